"""The curated entries: references resolve, ambiguity is kept, the brief's facts are there."""

from __future__ import annotations

import pytest

from allegiance.kb import KB_DIR, KBEntry, load_kb, read_entry_file
from allegiance.records import ActorKind


def _curated() -> list[KBEntry]:
    return [e for p in sorted(KB_DIR.glob("*.yaml")) for e in read_entry_file(p)]


def test_every_curated_reference_resolves() -> None:
    kb = load_kb()
    for e in _curated():
        refs = [*e.sponsors, *e.member_of, *(r.organization for r in e.roles if r.organization)]
        for ref in refs:
            assert kb.get(ref) is not None, f"{e.id} -> {ref}"
        if e.country is not None:
            state = kb.get(e.country)
            assert state is not None and state.kind is ActorKind.STATE, e.id


def test_every_curated_entry_names_a_source() -> None:
    assert [e.id for e in _curated() if not e.sources] == []


def test_people_have_a_country_and_roles_have_ordered_dates() -> None:
    people = [e for e in _curated() if e.kind is ActorKind.PERSON]
    assert len(people) > 80
    for p in people:
        assert p.country is not None, p.id
        for r in p.roles:
            assert not (r.start and r.end) or r.start <= r.end, p.id


def test_fatah_is_ambiguous_and_each_side_has_context() -> None:
    found = {e.id: e for e in load_kb().candidates("Fatah")}
    assert set(found) == {"FATAH_IRQ", "FATAH_PSE"}
    assert {"Ameri", "Badr", "Hashd"} <= set(found["FATAH_IRQ"].context)
    assert {"Abbas", "West Bank", "PLO"} <= set(found["FATAH_PSE"].context)
    assert found["FATAH_IRQ"].country == "IRQ" and found["FATAH_PSE"].country == "PSE"


@pytest.mark.parametrize("alias", ["PMUs", "PMU", "Hashd al-Shaabi", "al-Hashd al-Shaabi",
                                   "Popular Mobilisation Units", "the PMF"])
def test_pmf_aliases(alias: str) -> None:
    assert [e.id for e in load_kb().candidates(alias)] == ["PMF"]


@pytest.mark.parametrize(("alias", "actor_id"), [
    ("Kata'ib Hizballah", "KATAIB_HEZBOLLAH"), ("Daesh", "ISIS"), ("ISIL", "ISIS"),
    ("Islamic State of Iraq and the Levant", "ISIS"), ("Ansar Allah", "HOUTHIS"),
    ("League of the Righteous", "AAH"), ("Revolutionary Guards", "IRGC"),
    ("IRGC-QF", "QUDS_FORCE"), ("Hizballah", "HEZBOLLAH"), ("Kurdistan Workers' Party", "PKK"),
    ("Mohammed Shia' Al-Sudani", "SUDANI"), ("Hadi al-Amiri", "AMERI"),
    ("Abu Mohammad al-Jolani", "SHARAA"), ("U.S.-led coalition", "GLOBAL_COALITION"),
    ("UN Security Council", "UN"), ("Saraya al-Salam", "SARAYA_AL_SALAM"),
])
def test_alias_resolves(alias: str, actor_id: str) -> None:
    assert actor_id in [e.id for e in load_kb().candidates(alias)]


def test_militia_ties() -> None:
    kb = load_kb()
    for group in ("KATAIB_HEZBOLLAH", "NUJABA", "KSS"):
        entry = kb.get(group)
        assert entry is not None
        assert "IRN" in entry.sponsors and {"PMF", "IRI"} <= set(entry.member_of)
    pmf, iri, axis = kb.get("PMF"), kb.get("IRI"), kb.get("AXIS")
    assert pmf is not None and iri is not None and axis is not None
    assert "IRQ" in pmf.member_of and iri.sponsors == ("IRN",) and "AXIS" in iri.member_of
    assert axis.kind is ActorKind.COALITION and axis.country is None
    isis = kb.get("ISIS")
    assert isis is not None and isis.country is None


def _role_spans(actor_id: str, org: str) -> list[tuple[str | None, str | None]]:
    entry = load_kb().get(actor_id)
    assert entry is not None and entry.kind is ActorKind.PERSON
    return sorted((r.start, r.end) for r in entry.roles if r.organization == org
                  and r.title in ("President", "Prime Minister"))


def test_dated_roles_of_heads_of_government() -> None:
    assert _role_spans("ABADI", "IRQ") == [("2014-09-08", "2018-10-25")]
    assert _role_spans("SUDANI", "IRQ") == [("2022-10-27", None)]
    assert _role_spans("TRUMP", "USA") == [("2017-01-20", "2021-01-20"), ("2025-01-20", None)]
    assert _role_spans("ASSAD", "SYR") == [("2000-07-17", "2024-12-08")]


def test_roles_point_at_actor_ids() -> None:
    kb = load_kb()
    soleimani, muhandis = kb.get("SOLEIMANI"), kb.get("MUHANDIS")
    assert soleimani is not None and muhandis is not None
    assert any(r.organization == "QUDS_FORCE" and r.end == "2020-01-03" for r in soleimani.roles)
    assert any(r.organization == "PMF" for r in muhandis.roles)
    assert any(r.organization == "KATAIB_HEZBOLLAH" for r in muhandis.roles)
