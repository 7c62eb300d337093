"""Protests (sentences written here, several wordings each): whom a protest is aimed at
is named by its purpose ("to protest X's decision", "calling for independence from X",
"in protest at X's policy") when no "against X" says it."""

from __future__ import annotations

from typing import Any

import pytest

from codekit import coded as events


@pytest.mark.parametrize(("text", "want"), [
    ("Hundreds of Turks began a hunger strike on Monday to protest against Sweden's "
     "decision to deport them.", ("PROTEST", "TUR", "SWE")),
    ("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday calling for independence "
     "from Iraq.", ("PROTEST", "PESHMERGA", "IRQ")),
    ("Palestinians staged a general strike in protest at Israeli settlement policy.",
     ("PROTEST", "PSE", "ISR")),
    ("Greek students marched through Athens to denounce the Turkish occupation of Cyprus.",
     ("PROTEST", "civ:civilians:GRC", "TUR")),
])
def test_a_protest_is_aimed_at_whom_its_purpose_names(text: str, want: tuple[str, str, str],
                                                      rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Kenyan students protested on Monday.",
    "Thousands of Kenyans marched through Nairobi to celebrate the election result.",
])
def test_a_protest_without_a_purpose_against_anyone_has_no_target(text: str,
                                                                  rules: Any) -> None:
    assert not [e for e in events(text, rules) if e[0] == "PROTEST" and e[2] is not None]


@pytest.mark.parametrize(("text", "want"), [
    ("Hundreds of Pakistanis protested against France.", ("PROTEST", "PAK", "FRA")),
    ("Thousands of Iraqis protested against Iran in Basra.", ("PROTEST", "IRQ", "IRN")),
    ("Iraqi protesters protested against Iran.", ("PROTEST", "civ:protesters:IRQ", "IRN")),
])
def test_a_crowd_that_protests_demonstrates(text: str, want: tuple[str, str, str],
                                            rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Iran protested to the Swiss envoy.", ("ACCUSE", "IRN", "CHE")),
    ("Turkey protested against the French resolution.", ("ACCUSE", "TUR", "FRA")),
])
def test_a_state_that_protests_complains(text: str, want: tuple[str, str, str],
                                         rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "target"), [
    ("Protesters in Baghdad burned the Macedonian flag.", "MKD"),
    ("Iraqi protesters burned American flags.", "USA"),
    ("Demonstrators in Tehran torched effigies of Trump.", "TRUMP"),
])
def test_burning_a_flag_or_an_effigy_protests_against_its_owner(text: str, target: str,
                                                                rules: Any) -> None:
    assert any(e[0] == "PROTEST" and e[2] == target for e in events(text, rules))


def test_burning_a_village_is_no_protest(rules: Any) -> None:
    assert not any(e[0] == "PROTEST"
                   for e in events("Syrian troops burned the village.", rules))
