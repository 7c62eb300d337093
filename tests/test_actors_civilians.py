"""Unorganised people as actors of their country (sentences written here, several
wordings each): "Iraqi protesters", "demonstrators in Tehran", "civilians in Afrin"."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from codekit import coded as events


def _mentions(text: str, res: Any) -> set[tuple[str, str]]:
    return {(m.text, m.actor_id) for m in process_text(text, res).mentions}


@pytest.mark.parametrize(("text", "phrase", "actor"), [
    ("Iraqi protesters blocked the road.", "Iraqi protesters", "civ:protesters:IRQ"),
    ("Demonstrators in Tehran chanted slogans.", "Demonstrators", "civ:protesters:IRN"),
    ("Syrian refugees crossed the border.", "Syrian refugees", "civ:civilians:SYR"),
    ("Five civilians in Afrin were wounded.", "civilians", "civ:civilians:SYR"),
    ("Striking workers in France blocked the refineries.", "Striking workers",
     "civ:civilians:FRA"),
])
def test_people_of_a_country(text: str, phrase: str, actor: str, rules: Any) -> None:
    assert (phrase, actor) in _mentions(text, rules)


@pytest.mark.parametrize("text", [
    "Hamas supporters rallied in the square.",
    "Kurdish refugees crossed the border.",
    "Protesters blocked the road.",
])
def test_owned_described_or_placeless_people_are_not_civilians(text: str,
                                                               rules: Any) -> None:
    assert not any(a.startswith("civ:") for _, a in _mentions(text, rules))


@pytest.mark.parametrize(("text", "want"), [
    ("Iraqi police fired on protesters in Baghdad.",
     ("ASSAULT", "IRQ", "civ:protesters:IRQ")),
    ("Turkish strikes killed five civilians in Afrin.",
     ("ASSAULT", "TUR", "civ:civilians:SYR")),
    ("Egyptian security forces arrested dozens of students in Cairo.",
     ("COERCE", "EGY-MIL", "civ:civilians:EGY")),
])
def test_a_state_acting_on_its_people_is_a_dyad(text: str, want: tuple[str, str, str],
                                                rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "source"), [
    ("Thousands of demonstrators marched in Tehran.", "civ:protesters:IRN"),
    ("Protesters in Baghdad staged a sit-in.", "civ:protesters:IRQ"),
])
def test_protesters_protest(text: str, source: str, rules: Any) -> None:
    assert any(e[0] == "PROTEST" and e[1] == source for e in events(text, rules))


@pytest.mark.parametrize(("text", "phrase", "actor"), [
    ("Unidentified gunmen killed three soldiers in Baghdad.", "Unidentified gunmen",
     "coll:armed_group:IRQ:none"),
    ("Kidnappers in Nigeria seized 300 students.", "Kidnappers", "coll:armed_group:NGA:none"),
    ("A suicide bomber struck a market in Kabul.", "suicide bomber",
     "coll:armed_group:AFG:none"),
])
def test_armed_men_nobody_names_are_the_countrys_unnamed_armed_groups(
        text: str, phrase: str, actor: str, rules: Any) -> None:
    assert (phrase, actor) in _mentions(text, rules)


@pytest.mark.parametrize("text", [
    "Taliban gunmen attacked a checkpoint in Kabul.",
    "Russian bombers struck Aleppo.",
])
def test_named_gunmen_and_aircraft_are_not_unnamed_groups(text: str, rules: Any) -> None:
    assert not any(a.startswith("coll:armed_group:") for _, a in _mentions(text, rules))
