"""Calling someone (sentences written here, several wordings each): a call to an actor
is a phone call; calling an actor a name is an accusation; "call on" asks; arriving in
a capital for talks or on a visit meets its state."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from codekit import coded as events


@pytest.mark.parametrize(("text", "want"), [
    ("Putin called Erdogan on Tuesday.", ("CONSULT", "PUTIN", "ERDOGAN")),
    ("Erdogan called Trump to discuss the withdrawal.", ("CONSULT", "ERDOGAN", "TRUMP")),
    ("Iraq called on Turkey to withdraw.", ("REQUEST", "IRQ", "TUR")),
    ("Erdogan called the YPG terrorists.", ("ACCUSE", "ERDOGAN", "YPG")),
])
def test_what_a_call_is(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


def test_a_call_on_a_day_is_no_request(rules: Any) -> None:
    got = events("Putin called Erdogan on Tuesday.", rules)
    assert ("REQUEST", "PUTIN", "ERDOGAN") not in got


def test_a_naming_is_no_phone_call(rules: Any) -> None:
    got = events("Erdogan called the YPG terrorists.", rules)
    assert not [e for e in got if e[0] == "CONSULT"]


@pytest.mark.parametrize(("text", "want"), [
    ("Erdogan told Putin to stay out of Syria.", ("REQUEST", "ERDOGAN", "PUTIN")),
    ("Erdogan told Putin: keep us out of your quarrels.", ("REQUEST", "ERDOGAN", "PUTIN")),
    ("Washington advised Ankara to show restraint.", ("REQUEST", "USA", "TUR")),
])
def test_telling_someone_to_act_asks_it(text: str, want: tuple[str, str, str],
                                        rules: Any) -> None:
    assert want in events(text, rules)


def test_telling_someone_a_fact_asks_nothing(rules: Any) -> None:
    got = events("Erdogan told Putin that the deal was off.", rules)
    assert not [e for e in got if e[0] == "REQUEST"]


def test_being_told_a_fact_is_no_request(rules: Any) -> None:
    got = events("Iran has been told by the US envoy that the sanctions will stay.", rules)
    assert not [e for e in got if e[0] == "REQUEST"]


def test_protecting_an_area_is_no_support_of_its_state(rules: Any) -> None:
    got = events("The YPG wants a force to protect the Kurdish areas of northern Syria.", rules)
    assert ("SUPPORT", "YPG", "SYR") not in got


def test_vehicles_driving_back_are_no_attack(rules: Any) -> None:
    got = process_text("The trucks leave filled with US equipment to drive back to Iraq.",
                       rules).events
    assert not [e for e in got if e.type.value == "ASSAULT"]


@pytest.mark.parametrize(("text", "want"), [
    ("Saddam Hussein arrived in Amman on a previously unannounced visit on Wednesday.",
     ("CONSULT", "SADDAM_HUSSEIN", "JOR")),
    ("Erdogan arrived in Moscow for talks with Putin.", ("CONSULT", "ERDOGAN", "PUTIN")),
    ("Pompeo landed in Baghdad on a surprise visit.", ("CONSULT", "POMPEO", "IRQ")),
])
def test_arriving_for_talks_or_on_a_visit_meets_the_host(
        text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "US troops arrived in Kabul on Monday.",
    "A bomb exploded in Baghdad on a busy street.",
])
def test_arriving_without_a_visit_meets_nobody(text: str, rules: Any) -> None:
    assert not [e for e in events(text, rules) if e[0] == "CONSULT"]
