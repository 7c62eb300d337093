"""Coordinated state modifiers sharing one sector noun ("Turkish and Russian officials",
"Saudi and Emirati jets"): each state gets its sector and each takes part in the event;
sentences written for these tests, several wordings, the rules alone."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from codekit import coded


@pytest.mark.parametrize(("text", "first"), [
    ("Turkish and Russian officials met in Ankara on Monday.", "TUR-GOV"),
    ("Indian and Pakistani troops exchanged fire along the border.", "IND-MIL"),
    ("US and Iraqi forces attacked Islamic State positions.", "USA-MIL"),
    ("Saudi and Emirati jets bombed Houthi positions.", "SAU-MIL"),
])
def test_the_first_conjunct_gets_the_shared_sector(rules: Any, text: str, first: str) -> None:
    ids = {m.actor_id for m in process_text(text, rules).mentions}
    assert first in ids


@pytest.mark.parametrize(("text", "want"), [
    ("US and Iraqi forces attacked Islamic State positions.",
     {("ASSAULT", "USA-MIL", "ISIS"), ("ASSAULT", "IRQ-MIL", "ISIS")}),
    ("Saudi and Emirati jets bombed Houthi positions.",
     {("ASSAULT", "SAU-MIL", "HOUTHIS"), ("ASSAULT", "ARE-MIL", "HOUTHIS")}),
    ("Islamic State fighters attacked US and Iraqi forces near Mosul.",
     {("ASSAULT", "ISIS", "USA-MIL"), ("ASSAULT", "ISIS", "IRQ-MIL")}),
])
def test_each_coordinated_state_takes_part(rules: Any, text: str, want: Any) -> None:
    assert want <= coded(text, rules)


@pytest.mark.parametrize("text", [
    "Turkish and Russian officials met in Ankara on Monday.",
    "Indian and Pakistani troops exchanged fire along the border.",
])
def test_a_reciprocal_act_pairs_the_two_states(rules: Any, text: str) -> None:
    pairs = {frozenset((s, t)) for _, s, t in coded(text, rules) if s and t}
    assert pairs & {frozenset(("TUR-GOV", "RUS-GOV")), frozenset(("IND-MIL", "PAK-MIL"))}


def test_a_state_alone_before_its_own_sector_is_unchanged(rules: Any) -> None:
    ids = {m.actor_id for m in process_text("Turkey and Turkish troops held the town.",
                                            rules).mentions}
    assert "TUR-MIL" in ids


@pytest.mark.parametrize(("text", "pair"), [
    ("The US-Turkish deal on Manbij collapsed.", {"USA", "TUR"}),
    ("The Russian-Turkish agreement created a buffer zone.", {"RUS", "TUR"}),
    ("The troops left, as agreed in a U.S.-Iraqi accord.", {"USA", "IRQ"}),
])
def test_a_pact_named_by_its_two_parties_binds_them(text: str, pair: set[str],
                                                    rules: Any) -> None:
    assert any(t == "AGREE" and {s, g} == pair for t, s, g in coded(text, rules))


@pytest.mark.parametrize(("text", "pair"), [
    ("The agreement reached among Tehran, Washington and Moscow collapsed.", {"IRN", "USA"}),
    ("The deal signed between Israel and the UAE was hailed.", {"ISR", "ARE"}),
])
def test_a_pact_reached_among_its_parties_binds_them(text: str, pair: set[str],
                                                     rules: Any) -> None:
    assert any(t == "AGREE" and {s, g} == pair for t, s, g in coded(text, rules))
