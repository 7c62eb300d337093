"""Answers to what an earlier sentence said, and consent received (sentences written
here, several wordings each): a denial is aimed at the last accuser; rejecting "the
plan" answers its planner; "won the backing of X", "secured Russian support",
"gained the approval of X"; acquiescing concedes."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text


def events(text: str, res: Any) -> set[tuple[str, str | None, str | None]]:
    return {(e.type.value, e.source, e.target) for e in process_text(text, res).events
            if not e.negated and e.factuality.value != "hypothetical"}


@pytest.mark.parametrize(("text", "want"), [
    ("Israel accused Iran of attacking the ship. Iran denied the accusation.",
     ("REJECT", "IRN", "ISR")),
    ("Saudi Arabia blamed Iran for the missile attack. Tehran denied it was behind the "
     "attack.", ("REJECT", "IRN", "SAU")),
    ("Iraq accused Turkey of backing the rebels. Turkey has denied those claims.",
     ("REJECT", "TUR", "IRQ")),
    ("The US accused Russia of meddling. Moscow denied any role.", ("REJECT", "RUS", "USA")),
    ("Israel accused Hezbollah of firing rockets. The group denied it.",
     ("REJECT", "HEZBOLLAH", "ISR")),
    ("Iran denied Israel's claims.", ("REJECT", "IRN", "ISR")),
])
def test_a_denial_answers_the_accuser(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Iran denied the report.",
    # the accusation is too far back to be the one denied
    "Washington accused Beijing of spying. The weather was cold. It rained all week. "
    "Rain fell. China denied the charges.",
])
def test_a_denial_with_no_accuser_near_has_no_target(text: str, rules: Any) -> None:
    assert not [e for e in process_text(text, rules).events if e.type.value == "REJECT"]


@pytest.mark.parametrize(("text", "want"), [
    ("Washington announced a plan to arm the Kurds. Russia opposed the plan.",
     ("REJECT", "RUS", "USA")),
    ("Washington announced a plan to arm the Kurds. Turkey rejected the plan.",
     ("REJECT", "TUR", "USA")),
])
def test_rejecting_the_plan_answers_its_planner(text: str, want: tuple[str, str, str],
                                                rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Turkey won the backing of Russia for the operation.", ("SUPPORT", "RUS", "TUR")),
    ("Turkey secured Russian support for the offensive.", ("SUPPORT", "RUS", "TUR")),
    ("Iraq obtained Iranian backing for the plan.", ("SUPPORT", "IRN", "IRQ")),
    ("Turkey launched the operation after gaining the approval of Russia.",
     ("AGREE", "RUS", "TUR")),
    ("Moscow gave its blessing to the Turkish operation.", ("AGREE", "RUS", "TUR")),
    ("Russia acquiesced in the Turkish incursion.", ("CONCEDE", "RUS", "TUR")),
    ("Russia acquiesced to Turkish demands.", ("CONCEDE", "RUS", "TUR")),
])
def test_consent_given_and_received(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Iran's support for the Houthis is well known.",
    "Iran's backing of the Houthis is well known.",
    "The backing of the Houthis by Iran is well known.",
])
def test_support_of_a_side_is_still_for_it(text: str, rules: Any) -> None:
    # no verb of receiving: the possessor backs, the "of" object is backed
    assert ("SUPPORT", "IRN", "HOUTHIS") in events(text, rules)


@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("Russia condemned Erdogan's Syria incursion.", ("ACCUSE", "RUS", "ERDOGAN"),
     ("ACCUSE", "RUS", "SYR")),
    ("Russia acquiesced in Erdogan's Syria incursion.", ("CONCEDE", "RUS", "ERDOGAN"),
     ("CONCEDE", "RUS", "SYR")),
])
def test_a_named_agent_leaves_the_state_modifier_the_ground(
        text: str, want: tuple[str, str, str], not_want: tuple[str, str, str],
        rules: Any) -> None:
    got = events(text, rules)
    assert want in got and not_want not in got, got


@pytest.mark.parametrize("text", [
    "Houthi missile attacks on Riyadh, enabled by Iran, continued.",
    "Iran enabled the Houthis to strike Saudi Arabia.",
])
def test_enabling_an_actor_is_backing_it(text: str, rules: Any) -> None:
    assert ("SUPPORT", "IRN", "HOUTHIS") in events(text, rules)
