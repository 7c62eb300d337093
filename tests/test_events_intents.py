"""Hostile acts stated as a will or readiness (sentences written here, several wordings
each): "is ready to strike X", "is preparing to attack X", "vowed to" are threats
(CAMEO 13) stated now; an attempt ("tried to", "attempted to") is conduct and keeps its
type; a force crossing a border or river into a place moves against it, and a force's
own will to do so counts; "its sponsor" is the one the KB names; outreach to a
state seeks contact with it."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from codekit import coded as events


@pytest.mark.parametrize(("text", "want"), [
    ("Russia is ready to attack Ukraine.", ("THREATEN", "RUS", "UKR")),
    ("Israel is poised to strike Hezbollah.", ("THREATEN", "ISR", "HEZBOLLAH")),
    ("Turkey is preparing to attack the YPG in Manbij.", ("THREATEN", "TUR", "YPG")),
    ("Iran is determined to retaliate against Israel.", ("THREATEN", "IRN", "ISR")),
    ("Iran swore to strike Israel.", ("THREATEN", "IRN", "ISR")),
])
def test_a_hostile_act_willed_is_a_threat(text: str, want: tuple[str, str, str],
                                          rules: Any) -> None:
    got = process_text(text, rules).events
    threats = [e for e in got if (e.type.value, e.source, e.target) == want]
    assert threats and threats[0].factuality.value == "asserted"
    assert not any(e.type.value == "ASSAULT" for e in got)


@pytest.mark.parametrize(("text", "want"), [
    ("Hamas attempted to kidnap Israeli soldiers.", "ASSAULT"),
    ("Ethiopia plans to bomb Eritrea.", "ASSAULT"),
    ("Taliban fighters tried to storm a Pakistani army post.", "ASSAULT"),
])
def test_an_attempt_or_a_plan_is_conduct_not_a_threat(text: str, want: str, rules: Any) -> None:
    got = process_text(text, rules).events
    assert any(e.type.value == want for e in got)
    assert not any(e.type.value == "THREATEN" for e in got)


@pytest.mark.parametrize(("text", "want"), [
    ("Turkish troops crossed the border into Syria.", ("MOBILIZE", "TUR-MIL", "SYR")),
    ("Ethiopian soldiers crossed the river into Sudan.", ("MOBILIZE", "ETH-MIL", "SDN")),
    ("Turkish forces are determined to enter Syria.", ("MOBILIZE", "TUR-MIL", "SYR")),
    ("Turkish troops are preparing to cross the border into Iraq.",
     ("MOBILIZE", "TUR-MIL", "IRQ")),
])
def test_a_force_crossing_into_a_place_moves_against_it(
        text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Migrants crossed the border into Greece.",
    "Putin crossed the border into Finland for talks.",
    "Erdogan wants to enter Syria.",
])
def test_crossing_by_no_force_moves_nothing(text: str, rules: Any) -> None:
    assert not any(e[0] == "MOBILIZE" for e in events(text, rules))


@pytest.mark.parametrize(("text", "want"), [
    ("The SDF implored its sponsor to defend it.", ("REQUEST", "SDF", "USA")),
    ("Hezbollah asked its patron for more rockets.", ("REQUEST", "HEZBOLLAH", "IRN")),
    ("The Houthis thanked their backers.", ("SUPPORT", "HOUTHIS", "IRN")),
])
def test_an_owners_sponsor_is_the_one_the_kb_names(text: str, want: tuple[str, str, str],
                                                   rules: Any) -> None:
    assert want in events(text, rules)


def test_allies_are_no_sponsor(rules: Any) -> None:
    got = process_text("Turkey criticised its allies.", rules).mentions
    assert [m.actor_id for m in got] == ["TUR"]


@pytest.mark.parametrize(("text", "want"), [
    ("Obama's outreach to Iran angered Saudi Arabia.", ("CONSULT", "OBAMA", "IRN")),
    ("Saudi Arabia made overtures to Syria last year.", ("CONSULT", "SAU", "SYR")),
])
def test_outreach_to_a_state_seeks_contact(text: str, want: tuple[str, str, str],
                                           rules: Any) -> None:
    assert want in events(text, rules)
