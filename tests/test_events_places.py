"""Event locations from the offline gazetteer, and the holders of places an article names
as held ("the Kurdish-held town of Afrin"): an attack on such a place is aimed at them."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.events.places import load_gazetteer
from codekit import coded
from test_events_docs import build, run


def test_gazetteer_cities_and_countries() -> None:
    gaz = load_gazetteer()
    city = gaz.lookup("Baghdad")
    assert city is not None and city.country == "IRQ"
    assert city.lat is not None and 33 < city.lat < 34 and 44 < (city.lon or 0) < 45
    country = gaz.lookup("the United States")
    assert country is not None and country.country == "USA" and country.lat is None
    assert gaz.lookup("Iraq") is not None and gaz.lookup("Iraq").country == "IRQ"  # type: ignore[union-attr]
    assert gaz.lookup("Nowhereville-on-Sea") is None
    assert load_gazetteer() is gaz


def test_in_phrase_gives_the_place_but_an_argument_does_not() -> None:
    doc, an = build("""
        Iran Iran PROPN NNP 1 nsubj
        attacked attack VERB VBD 1 ROOT
        the the DET DT 3 det
        militias militia NOUN NNS 1 dobj
        in in ADP IN 1 prep
        Baghdad Baghdad PROPN NNP 4 pobj
        . . PUNCT . 1 punct
    """, {"Iran": "IRN"}, spans=[(2, 4, "MILITIAS")], ents=[(0, 1, "GPE"), (5, 6, "GPE")])
    events, _ = run(doc, an)
    assert len(events) == 1
    loc = events[0].location
    assert loc is not None and loc.name == "Baghdad" and loc.country == "IRQ"
    doc, an = build("""
        Iran Iran PROPN NNP 1 nsubj
        attacked attack VERB VBD 1 ROOT
        Baghdad Baghdad PROPN NNP 1 dobj
        . . PUNCT . 1 punct
    """, {"Iran": "IRN", "Baghdad": "IRQ"}, ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert [e.location for e in run(doc, an)[0]] == [None]


@pytest.mark.parametrize(("text", "want"), [
    ("Turkey shelled the Kurdish-held town of Afrin on Sunday. Turkish troops are already "
     "firing artillery at Afrin.", ("ASSAULT", "TUR-MIL", "SYR_KURDS")),
    ("Rebel-held Idlib is surrounded. Syrian jets bombed Idlib overnight.",
     ("ASSAULT", "SYR-MIL", "SYR_REBELS")),
])
def test_an_attack_on_a_place_held_by_an_actor_is_aimed_at_its_holder(
        text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in coded(text, rules)


def test_a_place_said_to_change_hands_has_no_holder(rules: Any) -> None:
    got = coded("ISIS-held Palmyra fell last year. Rebel-held Palmyra was then shelled. "
                "Syrian jets bombed Palmyra again.", rules)
    assert not [e for e in got if e[1] == "SYR-MIL" and e[2] in ("ISIS", "SYR_REBELS")]


@pytest.mark.parametrize(("text", "want"), [
    ("Iraqi forces have been struggling to recapture areas lost to the ISIS group.",
     ("ASSAULT", "IRQ-MIL", "ISIS")),
    ("Syrian troops seized the rebel-held town of Douma.", ("ASSAULT", "SYR-MIL", "SYR_REBELS")),
])
def test_taking_ground_is_aimed_at_who_holds_it(text: str, want: tuple[str, str, str],
                                                rules: Any) -> None:
    assert want in coded(text, rules)
