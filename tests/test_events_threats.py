"""Threats stated as nouns (sentences written here, several wordings each): the
threat's infinitive names what would be done and to whom; the threat itself is
stated, the act only supposed; warning of a harm to an actor threatens it."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from allegiance.records import Factuality
from codekit import coded


@pytest.mark.parametrize(("text", "source", "target", "act"), [
    ("Washington's threat to withhold aid from Egypt worried Cairo.", "USA", "EGY", "SANCTION"),
    ("Turkey renewed its threat to strike the YPG.", "TUR", "YPG", "ASSAULT"),
    ("Israel's threat to bomb Hezbollah positions drew a warning from Beirut.", "ISR",
     "HEZBOLLAH", "ASSAULT"),
])
def test_a_threat_to_act_threatens_the_acts_target(text: str, source: str, target: str,
                                                   act: str, rules: Any) -> None:
    got = process_text(text, rules).events
    threats = [e for e in got if e.type.value == "THREATEN"]
    assert any(e.source == source and e.target == target
               and e.factuality is Factuality.ASSERTED for e in threats), got
    # the act threatened is only supposed
    assert not [e for e in got if e.type.value == act and e.factuality is Factuality.ASSERTED]


@pytest.mark.parametrize("text", [
    "Russia dismissed the threat to its security.",
    "The threat of war with Iran loomed over the region.",
])
def test_a_threat_with_no_act_is_no_threat_event(text: str, rules: Any) -> None:
    assert not [e for e in process_text(text, rules).events if e.type.value == "THREATEN"]


@pytest.mark.parametrize(("text", "want"), [
    ("Netanyahu warned of an impending war with Iran.", ("THREATEN", "NETANYAHU", "IRN")),
    ("Erdogan warned of dire consequences for Damascus.", ("THREATEN", "ERDOGAN", "SYR")),
    ("Israel warned of military action against Hezbollah.", ("THREATEN", "ISR", "HEZBOLLAH")),
])
def test_warning_of_a_harm_to_an_actor_threatens_it(text: str, want: tuple[str, str, str],
                                                    rules: Any) -> None:
    assert want in coded(text, rules)


@pytest.mark.parametrize("text", [
    "Trump warned against a war with Iran.",
    "Erdogan warned of a terrorist corridor on the border.",
])
def test_warning_against_a_harm_or_of_a_danger_threatens_nobody(text: str,
                                                                rules: Any) -> None:
    assert not [e for e in coded(text, rules) if e[0] == "THREATEN"]


@pytest.mark.parametrize(("text", "want"), [
    ('"The Syrian regime will have to pay the price," Kalin said.',
     ("THREATEN", "KALIN", "SYR-GOV")),
    ("Erdogan said Damascus would face consequences if it struck a deal with the YPG.",
     ("THREATEN", "ERDOGAN", "SYR")),
    ("Iran warned that Israel will regret the attack.", ("THREATEN", "IRN", "ISR")),
    ("Netanyahu said Hamas will pay a heavy price.", ("THREATEN", "NETANYAHU", "HAMAS")),
])
def test_a_penalty_promised_to_an_actor_threatens_it(text: str, want: tuple[str, str, str],
                                                     rules: Any) -> None:
    assert want in coded(text, rules)


@pytest.mark.parametrize("text", [
    "Kalin said Syria did not pay a price.",
    "Kalin said Syria paid a heavy price in the war.",
])
def test_a_penalty_paid_or_not_threatens_nobody(text: str, rules: Any) -> None:
    assert not [e for e in coded(text, rules) if e[0] == "THREATEN"]


def test_a_threat_to_send_ones_forces_is_aimed_at_their_enemy(rules: Any) -> None:
    got = coded("Erdogan has repeatedly threatened to send his forces to confront the YPG.",
                rules)
    assert ("THREATEN", "ERDOGAN", "YPG") in got
    assert not [e for e in got if e[2] == "TUR-MIL"]


@pytest.mark.parametrize("text", [
    "Erdogan has repeatedly threatened to send his forces to confront its NATO ally.",
    "Turkey warned its NATO ally.",
])
def test_a_clubs_name_on_a_member_noun_names_no_member(text: str, rules: Any) -> None:
    assert not [e for e in coded(text, rules) if e[2] in ("NATO", "EU")]
