"""User KB files: overriding entries, folders, and clear errors for bad data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from allegiance.errors import KnowledgeBaseError, Reason
from allegiance.kb import load_kb
from allegiance.records import ActorKind, Role

GOOD = """
- id: SHADOW_BRIGADE
  name: Shadow Brigade
  kind: armed_group
  country: IRQ
  aliases: [Saraya al-Zill]
  sponsors: [IRN]
  member_of: [IRI]
- id: JANE_ROE
  name: Jane Roe
  kind: person
  country: USA
  roles:
    - {title: Ambassador to Iraq, organization: USA, start: 2024-06, end: null}
    - {title: Deputy, organization: USA-GOV, start: 2020, end: 2021-03-04}
"""


def _write(tmp_path: Path, text: str, name: str = "my.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_entries_are_added(tmp_path: Path) -> None:
    kb = load_kb([_write(tmp_path, GOOD)])
    brigade = kb.get("SHADOW_BRIGADE")
    assert brigade is not None and brigade.sponsors == ("IRN",)
    assert [e.id for e in kb.candidates("Saraya al Zill")] == ["SHADOW_BRIGADE"]
    roe = kb.get("JANE_ROE")
    assert roe is not None and roe.roles == (
        Role("Ambassador to Iraq", "USA", "2024-06", None),
        Role("Deputy", "USA-GOV", "2020", "2021-03-04"))
    assert load_kb().get("SHADOW_BRIGADE") is None  # the package KB is untouched


def test_a_user_file_overrides_an_entry(tmp_path: Path) -> None:
    override = """
- id: PMF
  name: Hashd
  kind: armed_group
  country: IRQ
  aliases: [PMF, Popular Mobilization Forces]
"""
    kb = load_kb([_write(tmp_path, override)])
    pmf = kb.get("PMF")
    assert pmf is not None and pmf.name == "Hashd" and pmf.sponsors == ()
    assert kb.candidates("PMUs") == []
    assert len(kb) == len(load_kb())


def test_a_user_file_can_replace_a_generated_sector(tmp_path: Path) -> None:
    text = "- {id: IRQ-MIL, name: Iraqi Armed Forces, kind: military, country: IRQ}\n"
    kb = load_kb([_write(tmp_path, text)])
    assert kb.sector("IRQ", "MIL").name == "Iraqi Armed Forces"


def test_a_replaced_state_generates_sectors_from_its_new_names(tmp_path: Path) -> None:
    text = ("- {id: IRQ, name: Iraq, kind: state, country: IRQ, demonyms: [Mesopotamian],\n"
            "   capitals: [Babylon]}\n")
    kb = load_kb([_write(tmp_path, text)])
    assert kb.state_by_demonym("Mesopotamian") == "IRQ" and kb.state_by_demonym("Iraqi") is None
    assert kb.state_by_capital("Babylon") == "IRQ"
    assert "IRQ-MIL" in [e.id for e in kb.candidates("Mesopotamian troops")]
    assert "Babylon government" in kb.sector("IRQ", "GOV").aliases


def test_later_files_win_and_folders_are_read_in_name_order(tmp_path: Path) -> None:
    _write(tmp_path, "- {id: X_GROUP, name: First, kind: armed_group, country: null}\n", "a.yaml")
    _write(tmp_path, "- {id: X_GROUP, name: Second, kind: armed_group, country: null}\n",
           "b.yml")
    _write(tmp_path, "not a KB file", "notes.txt")
    entry = load_kb([tmp_path]).get("X_GROUP")
    assert entry is not None and entry.name == "Second"


def test_json_bodies_load_like_yaml(tmp_path: Path) -> None:
    rows = [{"id": "J1", "name": "J One", "kind": "igo", "country": None,
             "aliases": ["J-1"], "sources": ["test"]}]
    path = _write(tmp_path, "# a comment\n" + json.dumps(rows), "j.yaml")
    entry = load_kb([path]).get("J1")
    assert entry is not None and entry.kind is ActorKind.IGO and entry.aliases == ("J-1",)


def test_an_empty_file_adds_nothing(tmp_path: Path) -> None:
    assert len(load_kb([_write(tmp_path, "# nothing yet\n")])) == len(load_kb())


@pytest.mark.parametrize(("text", "entry", "problem"), [
    ("- {id: A1, name: A, kind: militia}", "A1", "unknown kind 'militia'"),
    ("- {id: A1, name: A, kind: person}\n- {id: A1, name: B, kind: person}", "A1",
     "duplicate id"),
    ("- {id: A1, name: A, kind: armed_group, sponsors: [NOPE]}", "A1", "'NOPE' is not a known"),
    ("- {id: A1, name: A, kind: armed_group, member_of: [ZZZ-GOV]}", "A1", "'ZZZ-GOV'"),
    ("- {id: A1, name: A, kind: person, roles: [{title: T, organization: GHOST}]}", "A1",
     "'GHOST'"),
    ("- {id: A1, name: A, kind: person, roles: [{title: T, start: 2014-13}]}", "A1",
     "not a real date"),
    ("- {id: A1, name: A, kind: person, roles: [{title: T, start: 'May 2014'}]}", "A1",
     "not an ISO date"),
    ("- {id: A1, name: A, kind: person, roles: [{title: T, start: 2015, end: 2014}]}", "A1",
     "before it starts"),
    ("- {id: A1, name: A, kind: person, country: Iraq}", "A1", "not a state id"),
    ("- {id: A1, name: A, kind: person, alias: [B]}", "A1", "unknown field"),
    ("- {id: A1, name: A, kind: person, aliases: [yes]}", "A1", "list of non-empty strings"),
    ("- {id: A1, kind: person}", "A1", "name is missing"),
    ("- {name: A, kind: person}", "#1", "id must be"),
])
def test_bad_entries_name_file_entry_and_problem(tmp_path: Path, text: str, entry: str,
                                                 problem: str) -> None:
    path = _write(tmp_path, text + "\n", "bad.yaml")
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb([path])
    message = str(err.value)
    assert str(path) in message and repr(entry) in message and problem in message
    assert err.value.code is Reason.KB_INVALID


@pytest.mark.parametrize(("text", "problem"), [
    ("id: A1\nname: A\n", "must be a YAML list"),
    ("- {id: A1, name: [unclosed\n", "not valid YAML"),
])
def test_bad_files_name_the_file(tmp_path: Path, text: str, problem: str) -> None:
    path = _write(tmp_path, text, "broken.yaml")
    with pytest.raises(KnowledgeBaseError, match=problem) as err:
        load_kb([path])
    assert str(path) in str(err.value)


def test_a_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="no such file"):
        load_kb([tmp_path / "absent.yaml"])
