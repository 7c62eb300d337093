"""Importing the real Phoenix dictionaries from ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegiance.cameo_import import import_cameo_dictionary, write_kb_yaml
from allegiance.kb import KBEntry, load_kb
from allegiance.records import ActorKind


@pytest.fixture(scope="module")
def dictionaries() -> Path:
    folder = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "petrarch2" \
        / "dictionaries"
    if not folder.is_dir():
        pytest.skip(f"PETRARCH2 dictionaries not found at {folder}")
    return folder


def test_non_state_armed_groups_import_and_load_back(dictionaries: Path, tmp_path: Path) -> None:
    entries = import_cameo_dictionary(dictionaries / "Phoenix.MilNonState.actors.txt")
    assert len(entries) > 500
    assert sum(e.kind is ActorKind.ARMED_GROUP for e in entries) > 0.9 * len(entries)
    out = tmp_path / "mns.yaml"
    write_kb_yaml(entries, out)
    kb, base = load_kb([out]), load_kb()
    assert all(e.id.startswith("CAMEO_") for e in entries)
    assert all(kb.get(e.id) == e for e in base)   # no curated entry overridden
    # groups the curated KB knows are not imported a second time
    for alias in ("Hezbollah", "Mahdi Army", "PKK"):
        assert [e.id for e in kb.candidates(alias)] == [e.id for e in base.candidates(alias)]


@pytest.fixture(scope="module")
def countries(dictionaries: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[
        list[KBEntry], Path]:
    """The whole country dictionary, imported once and written to a KB file."""
    entries = import_cameo_dictionary(dictionaries / "Phoenix.Countries.actors.txt")
    out = tmp_path_factory.mktemp("cameo") / "countries.yaml"
    write_kb_yaml(entries, out)
    return entries, out


def test_country_dictionary_gives_people_with_dated_roles(
        countries: tuple[list[KBEntry], Path]) -> None:
    entries, out = countries
    people = [e for e in entries if e.kind is ActorKind.PERSON]
    assert len(people) > 0.8 * len(entries) > 5000
    dated = [r for p in people for r in p.roles if r.start or r.end]
    assert len(dated) > len(people)
    base = load_kb()
    assert all(r.organization is None or base.get(r.organization) is not None
               for p in people for r in p.roles)
    assert len(load_kb([out])) == len(base) + len(entries)


def test_limit_stops_early(dictionaries: Path) -> None:
    assert len(import_cameo_dictionary(dictionaries / "Phoenix.Countries.actors.txt",
                                       limit=50)) == 50


def test_curated_people_are_not_duplicated(countries: tuple[list[KBEntry], Path]) -> None:
    # the dictionary has leaders the curated KB also has (Iraqi prime ministers among
    # them): after the import a curated name must still find only the curated entry
    kb, base = load_kb([countries[1]]), load_kb()
    people = [e for e in base if e.kind is ActorKind.PERSON]
    assert people
    for person in people:
        for name in (person.name, *person.aliases):
            assert [e.id for e in kb.candidates(name)] == [e.id for e in base.candidates(name)]
