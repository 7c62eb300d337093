"""Negation beyond "not" (sentences written here, several wordings each): an act its
subject denies ("denied that its forces had struck"), and a negated verb that affirms
("will not hesitate to strike")."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from codekit import coded as events


@pytest.mark.parametrize("text", [
    "Iran denied that Iranian forces had struck the tanker.",
    "Iran denied that it had attacked the tanker.",
    "Turkey denied that its jets had bombed villages in Iraq.",
    "Moscow refuted claims... Russia refuted that its aircraft had bombed the hospital.",
])
def test_a_denied_act_is_negated(text: str, rules: Any) -> None:
    got = [e for e in process_text(text, rules).events if e.type.value == "ASSAULT"]
    assert got and all(e.negated for e in got), [(e.source, e.negated) for e in got]


def test_not_denying_leaves_the_act_standing(rules: Any) -> None:
    got = [e for e in process_text("Turkey did not deny that its jets had bombed the village.",
                                   rules).events if e.type.value == "ASSAULT"]
    assert got and not any(e.negated for e in got)


@pytest.mark.parametrize(("text", "want"), [
    ("Israel will not hesitate to strike Hezbollah, the minister said.", "THREATEN"),
    ("Israel did not hesitate to strike Hezbollah.", "ASSAULT"),
    ("The Houthis never shied away from attacking Saudi Arabia.", "ASSAULT"),
])
def test_a_negated_hesitation_affirms(text: str, want: str, rules: Any) -> None:
    got = [e for e in process_text(text, rules).events if e.type.value == want]
    assert got and not any(e.negated for e in got), [(e.type, e.negated) for e in
                                                       process_text(text, rules).events]


def test_a_command_is_only_wished(rules: Any) -> None:
    got = [e for e in process_text("Iraq denied it. The minister told his Iraqi counterpart: "
                                   "stop the shelling.", rules).events
           if e.type.value in ("RETREAT", "ASSAULT")]
    assert got and all(e.factuality.value == "hypothetical" for e in got)


def test_a_bare_infinitive_is_no_command(rules: Any) -> None:
    got = [e for e in process_text("Syria denied it. Russia, which is helping prop up the "
                                   "Syrian government, sent jets.", rules).events
           if e.type.value == "SUPPORT"]
    assert got and all(e.factuality.value != "hypothetical" for e in got), got


def _acts(text: str, rules: Any) -> list[Any]:
    """The support and force events of ``text`` (what the negation tests judge)."""
    return [e for e in process_text(text, rules).events
            if e.type.value in ("SUPPORT", "ASSAULT")]


@pytest.mark.parametrize(("text", "negated"), [
    ("The US ended its backing for the YPG.", True),
    ("The US refused to end its backing for the YPG.", False),
    ("Israel did not stop attacking Gaza.", False),
    ("Israel refused to attack Gaza.", True),
])
def test_two_negations_cancel(text: str, negated: bool, rules: Any) -> None:
    got = _acts(text, rules)
    assert got and all(e.negated is negated for e in got), [(e.type, e.negated) for e in got]


@pytest.mark.parametrize(("text", "negated"), [
    ("Iran's refusal to attack Israel surprised Hezbollah.", True),
    ("The US refusal to end its backing for the YPG angered Turkey.", False),
])
def test_a_refusal_noun_negates_what_it_refuses(text: str, negated: bool, rules: Any) -> None:
    got = _acts(text, rules)
    assert got and all(e.negated is negated for e in got), [(e.type, e.negated) for e in got]


@pytest.mark.parametrize(("text", "want"), [
    ("Saudi Arabia said Iran had supplied the missile. Iran denied it was behind the launch.",
     ("REJECT", "IRN", "SAU")),
    ("Israel said Hezbollah had fired the rockets. Hezbollah denied it.",
     ("REJECT", "HEZBOLLAH", "ISR")),
])
def test_a_denial_answers_who_reported_the_act(text: str, want: tuple[str, str, str],
                                               rules: Any) -> None:
    assert want in events(text, rules)


def test_a_denial_of_a_narrated_act_answers_nobody(rules: Any) -> None:
    got = events("Hezbollah fired rockets at Israel. Hezbollah denied it.", rules)
    assert ("REJECT", "HEZBOLLAH", None) in got
