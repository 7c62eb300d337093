"""Calls for measures, failed agreements and cyber warfare (sentences written here,
several wordings each): calling for sanctions against X threatens X with them (CAMEO
1312), calling for their lifting does not; failing to reach an agreement rejects the
other side's terms (CAMEO 127) while agreeing stays agreement; cyber warfare coerces."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from codekit import coded as events


@pytest.mark.parametrize(("text", "want"), [
    ("The EU called for sanctions against Belarus.", ("THREATEN", "EU", "BLR")),
    ("Ukraine urged an oil embargo on Russia.", ("THREATEN", "UKR", "RUS")),
    ("Britain pressed for new sanctions on Iran.", ("THREATEN", "GBR", "IRN")),
    ("Poland is seeking tougher sanctions against Moscow.", ("THREATEN", "POL", "RUS")),
])
def test_calling_for_sanctions_threatens_their_target(text: str, want: tuple[str, str, str],
                                                      rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Russia called for the lifting of sanctions on Syria.",
    "China urged an end to the sanctions against Iran.",
    "Italy pushed for the easing of the embargo on Libya.",
])
def test_calling_for_sanctions_to_end_threatens_no_one(text: str, rules: Any) -> None:
    assert not any(e[0] == "THREATEN" for e in events(text, rules))


def test_a_call_for_sanctions_keeps_its_cameo_code(rules: Any) -> None:
    got = [e for e in process_text("The EU called for sanctions against Belarus.",
                                   rules).events if e.type.value == "THREATEN"]
    assert got and got[0].cameo_root == "13"


@pytest.mark.parametrize(("text", "pair"), [
    ("The United States and South Korea failed to reach agreement on a trade deal.",
     ("USA", "KOR")),
    ("Turkey and Russia failed to agree on a ceasefire in Idlib.", ("TUR", "RUS")),
    ("Armenia and Azerbaijan once again failed to reach a deal on the border.",
     ("ARM", "AZE")),
])
def test_a_failed_agreement_is_a_rejection(text: str, pair: tuple[str, str],
                                           rules: Any) -> None:
    got = process_text(text, rules).events
    rejects = [e for e in got if e.type.value == "REJECT" and not e.negated]
    assert any({e.source, e.target} == set(pair) for e in rejects)
    assert not any(e.type.value == "AGREE" and not e.negated for e in got)
    assert all(e.quad_class is not None and e.quad_class.value == "verbal_conflict"
               for e in rejects)


@pytest.mark.parametrize("text", [
    "Israel and Hamas agreed to a truce.",
    "Turkey and Russia reached agreement on a ceasefire in Idlib.",
])
def test_an_agreement_reached_stays_agreement(text: str, rules: Any) -> None:
    got = events(text, rules)
    assert any(e[0] == "AGREE" for e in got)
    assert not any(e[0] == "REJECT" for e in got)


@pytest.mark.parametrize(("text", "want"), [
    ("Israel has waged cyber warfare against Iran for years.", ("COERCE", "ISR", "IRN")),
    ("Pakistan launched a cyber war against India.", ("COERCE", "PAK", "IND")),
    ("Russia conducted cyberwarfare against Estonia.", ("COERCE", "RUS", "EST")),
])
def test_cyber_warfare_coerces(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)
