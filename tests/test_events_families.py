"""Trigger families on real sentences with the real model (loaded once per session).

One sentence per family of the lexicon (written for these tests): imposing and
lifting sanctions, expelling envoys, talks, releases and hand-overs,
withdrawals, ceasefires, restored ties, signed agreements, rocket fire,
deployments, light-verb attacks, intelligence sharing, extradition, curfews,
suspended aid, recalled ambassadors, mediation, threats and reported supply.
"""

from __future__ import annotations

from typing import Any

import pytest

from allegiance import ids
from allegiance.actors import analyse
from allegiance.events import extract
from allegiance.records import Article, Event, Factuality

CASES = [
    ("The European Union imposed new sanctions on Russia on Monday.", ("EU", "SANCTION", "RUS")),
    ("Washington lifted sanctions on Sudan last year.", ("USA", "RETREAT", "SDN")),
    ("Poland expelled two Russian diplomats.", ("POL", "SANCTION", "RUS-GOV")),
    ("Egypt held talks with Hamas in Cairo.", ("EGY", "CONSULT", "HAMAS")),
    ("Hamas released three Israeli hostages.", ("HAMAS", "RETREAT", "ISR")),
    ("Turkey handed over five suspects to Iraq.", ("TUR", "RETREAT", "IRQ")),
    ("The Houthis declared a unilateral ceasefire.", ("HOUTHIS", "RETREAT", None)),
    ("Saudi Arabia and Iran restored diplomatic ties.", ("SAU", "SUPPORT", "IRN")),
    ("Jordan signed a security agreement with Iraq.", ("JOR", "SUPPORT", "IRQ")),
    ("Hezbollah fired rockets at Israeli positions.", ("HEZBOLLAH", "ASSAULT", "ISR")),
    ("Russia deployed troops to Belarus.", ("RUS", "MOBILIZE", "BLR")),
    ("Israel launched strikes against Hezbollah in Lebanon.", ("ISR", "ASSAULT", "HEZBOLLAH")),
    ("The Taliban carried out an attack on a Pakistani checkpoint.",
     ("TALIBAN", "ASSAULT", "PAK")),
    ("Jordan shared intelligence with Egypt.", ("JOR", "COOPERATE", "EGY")),
    ("Turkey extradited the suspect to Germany.", ("TUR", "COOPERATE", "DEU")),
    ("Iran imposed a curfew in the city.", ("IRN", "COERCE", None)),
    ("The United States suspended military aid to Egypt.", ("USA", "SANCTION", "EGY")),
    ("Iraq recalled its ambassador from Turkey.", ("IRQ", "SANCTION", "TUR")),
    ("Russia threatened to cut gas supplies to Ukraine.", ("RUS", "THREATEN", "UKR")),
    ("Israeli jets struck Hamas targets, the Israeli army said.",
     ("ISR-MIL", "ASSAULT", "HAMAS")),
]


def _events(resources: Any, text: str) -> list[Event]:
    article = Article(id=ids.article_id(text), source_path="t.txt", title=None, author=None,
                      outlet=None, original_source=None, published="2024-06-10", language="en",
                      text=text)
    doc = resources.nlp(text)
    events, _ = extract(doc, analyse(doc, article, resources.kb), article, resources.lexicon,
                        resources.kb)
    return events


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_family(resources: Any, text: str, want: tuple[str, str, str | None]) -> None:
    events = _events(resources, text)
    got = {(e.source, e.type.value, e.target) for e in events}
    assert want in got, got
    hit = next(e for e in events if (e.source, e.type.value, e.target) == want)
    assert not hit.negated


def test_threatened_act_itself_stays_hypothetical(resources: Any) -> None:
    events = _events(resources, "Russia threatened to cut gas supplies to Ukraine.")
    cut = [e for e in events if e.type.value == "SANCTION"]
    assert cut and all(e.factuality is Factuality.HYPOTHETICAL for e in cut)


def test_mediator_is_the_source_and_both_parties_targets(resources: Any) -> None:
    events = _events(resources, "Qatar mediated between Israel and Hamas.")
    got = {(e.source, e.type.value, e.target) for e in events}
    assert {("QAT", "CONSULT", "ISR"), ("QAT", "CONSULT", "HAMAS")} <= got
