"""Importing a small CAMEO actor dictionary written here, in the TABARI/PETRARCH format."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegiance.cameo_import import import_cameo_dictionary, write_kb_yaml
from allegiance.errors import KnowledgeBaseError
from allegiance.kb import load_kb
from allegiance.records import ActorKind, Role

# Invented actors (so the test says exactly what each rule does), plus blocks that
# name actors the curated KB has, which must be skipped.
SNIPPET = """\
# a comment line
NORTHLAND_  [NRL]
+NORTH_LAND_

ZARAN_TOWN_
+ZARAN_CITY
\t[IRQ <20030320]
\t[IRQOCC 20030320-20060520]
\t[IRQ >20060520]

KARIM_AL_ZUBAIRI_  # CountryInfo.txt
+KARIM_ZUBAIRI
+K._ZUBAIRI
\t[IRQELI 680101-060519]
\t[IRQGOV 20060520-20140908]
\t[IRQMIL >20140909]

LAYLA_HASSAN_ [IGOUNOREFHCR 150101-181231]

BRIGADE_OF_THE_EAST_(BOTE)_ [IRQREB] # kkl 21 Mar 13
+EASTERN_BRIGADE_
+EAST_BRIGADE_+EASTERN_BRIGADES_

NEW_DAWN_PARTY_ [IRQOPP]
RIVER_RELIEF_ [NGO]
BORDER_LEGION_ [IMGREB]
NOBODY_
HOLLOW_ENTRY_ [---]

HEZBOLLAH_ [LBNREB]
+HIZBALLAH_

NURI_AL_MALIKI_
+NOURI_AL-MALIKI
\t[IRQGOV 20060520-20140908]

THE_UNITED_NATIONS_ [IGOUNO]

KARIM_AL_ZUBAIRI_
+KARIM_AL-ZUBAIRI
\t[IRQGOV 20060520-20140908]
"""


@pytest.fixture()
def snippet(tmp_path: Path) -> Path:
    path = tmp_path / "Test.actors.txt"
    path.write_text(SNIPPET, encoding="utf-8")
    return path


def test_blocks_become_entries_with_guessed_kinds(snippet: Path) -> None:
    got = {e.id: e for e in import_cameo_dictionary(snippet)}
    assert set(got) == {"CAMEO_KARIM_AL_ZUBAIRI", "CAMEO_LAYLA_HASSAN",
                        "CAMEO_BRIGADE_OF_THE_EAST", "CAMEO_NEW_DAWN_PARTY",
                        "CAMEO_RIVER_RELIEF", "CAMEO_BORDER_LEGION"}
    kinds = {i: (e.kind, e.country) for i, e in got.items()}
    assert kinds == {
        "CAMEO_KARIM_AL_ZUBAIRI": (ActorKind.PERSON, "IRQ"),
        "CAMEO_LAYLA_HASSAN": (ActorKind.PERSON, None),
        "CAMEO_BRIGADE_OF_THE_EAST": (ActorKind.ARMED_GROUP, "IRQ"),
        "CAMEO_NEW_DAWN_PARTY": (ActorKind.POLITICAL_PARTY, "IRQ"),
        "CAMEO_RIVER_RELIEF": (ActorKind.ORGANIZATION, None),
        "CAMEO_BORDER_LEGION": (ActorKind.ARMED_GROUP, None),
    }


def test_dated_codes_become_roles(snippet: Path) -> None:
    got = {e.id: e for e in import_cameo_dictionary(snippet)}
    karim = got["CAMEO_KARIM_AL_ZUBAIRI"]
    assert karim.name == "Karim Al Zubairi"
    assert karim.roles == (
        Role("elite (IRQELI)", "IRQ", "1968-01-01", "2006-05-19"),
        Role("government official (IRQGOV)", "IRQ-GOV", "2006-05-20", "2014-09-08"),
        Role("military officer (IRQMIL)", "IRQ-MIL", "2014-09-09", None),
    )
    # the second block with the same name merges into the first
    assert {"Karim Zubairi", "K. Zubairi", "Karim Al-Zubairi"} <= set(karim.aliases)
    layla = got["CAMEO_LAYLA_HASSAN"]
    # the UN is a curated actor: a role under IGOUNO... points at it
    assert layla.roles == (Role("refugees (IGOUNOREFHCR)", "UN", "2015-01-01", "2018-12-31"),)


def test_names_aliases_and_acronyms(snippet: Path) -> None:
    got = {e.id: e for e in import_cameo_dictionary(snippet)}
    brigade = got["CAMEO_BRIGADE_OF_THE_EAST"]
    assert brigade.name == "Brigade Of The East"
    assert brigade.aliases == ("Eastern Brigade", "East Brigade", "Eastern Brigades", "BOTE")
    assert brigade.sources[0].endswith("Test.actors.txt, line 20")


def test_curated_actors_places_and_codeless_blocks_are_skipped(snippet: Path) -> None:
    ids = {e.id for e in import_cameo_dictionary(snippet)}
    for skipped in ("CAMEO_HEZBOLLAH", "CAMEO_NURI_AL_MALIKI", "CAMEO_THE_UNITED_NATIONS",
                    "CAMEO_NORTHLAND", "CAMEO_ZARAN_TOWN", "CAMEO_NOBODY",
                    "CAMEO_HOLLOW_ENTRY"):
        assert skipped not in ids


def test_limit_caps_the_entries(snippet: Path) -> None:
    assert len(import_cameo_dictionary(snippet, limit=2)) == 2


def test_written_file_loads_back_without_touching_curated_entries(snippet: Path,
                                                                   tmp_path: Path) -> None:
    entries = import_cameo_dictionary(snippet)
    out = tmp_path / "cameo.yaml"
    write_kb_yaml(entries, out)
    assert out.read_text(encoding="utf-8").startswith("#")
    kb = load_kb([out])
    for e in entries:
        assert kb.get(e.id) == e
    base = load_kb()
    assert all(kb.get(e.id) == e for e in base)
    assert len(kb) == len(base) + len(entries)


def test_an_empty_import_writes_a_loadable_file(tmp_path: Path) -> None:
    out = tmp_path / "empty.yaml"
    write_kb_yaml([], out)
    assert len(load_kb([out])) == len(load_kb())


def test_an_agents_dictionary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "Test.agents.txt"
    path.write_text("!PERSON! = MAN, MEN\nPOLICE [~COP]\nAMBASSADOR [~GOV] # x\n",
                    encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="agents dictionary"):
        import_cameo_dictionary(path)


def test_a_folder_imports_its_actor_dictionaries(snippet: Path) -> None:
    assert {e.id for e in import_cameo_dictionary(snippet.parent)} == {
        e.id for e in import_cameo_dictionary(snippet)}


def test_a_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="no such file"):
        import_cameo_dictionary(tmp_path / "absent.actors.txt")
