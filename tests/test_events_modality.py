"""Modality rules on hand-built parses: negation, factuality, time, attribution, confidence."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from allegiance.records import Event, Factuality, Timeframe
from test_events_docs import build, run

STATES = {"Iran": "IRN", "Iraq": "IRQ", "Israel": "ISR", "Kuwait": "KWT", "Reuters": "REUTERS"}


def one(spec: str, **kw: object) -> Event:
    doc, an = build(spec, STATES, **kw)  # type: ignore[arg-type]
    events, _ = run(doc, an)
    assert len(events) == 1, events
    return events[0]


def test_never_negates() -> None:
    e = one("""
        The the DET DT 1 det
        militias militia NOUN NNS 3 nsubj
        never never ADV RB 3 neg
        worked work VERB VBD 3 ROOT
        with with ADP IN 3 prep
        the the DET DT 6 det
        army army NOUN NN 4 pobj
        . . PUNCT . 3 punct
    """, spans=[(0, 2, "MILITIAS"), (5, 7, "IRQ-MIL")])
    assert e.negated and e.type.value == "COOPERATE"


def test_failed_to_negates_the_embedded_event() -> None:
    e = one("""
        Iran Iran PROPN NNP 1 nsubj
        failed fail VERB VBD 1 ROOT
        to to PART TO 3 aux
        attack attack VERB VB 1 xcomp
        Israel Israel PROPN NNP 3 dobj
        . . PUNCT . 1 punct
    """)
    assert e.negated and (e.source, e.target) == ("IRN", "ISR")


def test_modal_makes_it_hypothetical() -> None:
    e = one("""
        Israel Israel PROPN NNP 2 nsubj
        may may AUX MD 2 aux
        attack attack VERB VB 2 ROOT
        Iran Iran PROPN NNP 2 dobj
        . . PUNCT . 2 punct
    """)
    assert e.factuality is Factuality.HYPOTHETICAL and not e.negated


def test_conditional_clause_is_hypothetical() -> None:
    e = one("""
        If if SCONJ IN 2 mark
        Iran Iran PROPN NNP 2 nsubj
        attacks attack VERB VBZ 8 advcl
        Israel Israel PROPN NNP 2 dobj
        , , PUNCT , 8 punct
        the the DET DT 6 det
        war war NOUN NN 8 nsubj
        will will AUX MD 8 aux
        spread spread VERB VB 8 ROOT
        . . PUNCT . 8 punct
    """)
    assert e.factuality is Factuality.HYPOTHETICAL


def test_fears_of_and_potential_are_hypothetical() -> None:
    e = one("""
        Fears fear NOUN NNS 6 nsubj
        of of ADP IN 0 prep
        Israeli israeli ADJ JJ 3 amod
        strikes strike NOUN NNS 1 pobj
        on on ADP IN 3 prep
        Iran Iran PROPN NNP 4 pobj
        grew grow VERB VBD 6 ROOT
        . . PUNCT . 6 punct
    """, spans=[(2, 3, "ISR")])
    assert (e.source, e.target) == ("ISR", "IRN")
    assert e.factuality is Factuality.HYPOTHETICAL
    e = one("""
        Potential potential ADJ JJ 2 amod
        Israeli israeli ADJ JJ 2 amod
        strikes strike NOUN NNS 6 nsubj
        on on ADP IN 2 prep
        Iran Iran PROPN NNP 3 pobj
        were be AUX VBD 6 aux
        discussed discuss VERB VBN 6 ROOT
        . . PUNCT . 6 punct
    """, spans=[(1, 2, "ISR")])
    assert e.factuality is Factuality.HYPOTHETICAL


def test_a_subject_is_presupposed_by_its_modal_clause() -> None:
    e = one("""
        Attacks attack NOUN NNS 6 nsubj
        by by ADP IN 0 prep
        Israel Israel PROPN NNP 1 pobj
        on on ADP IN 0 prep
        Iran Iran PROPN NNP 3 pobj
        can can AUX MD 6 aux
        threaten threaten VERB VB 6 ROOT
        peace peace NOUN NN 6 dobj
        . . PUNCT . 6 punct
    """)
    assert (e.source, e.type.value, e.target) == ("ISR", "ASSAULT", "IRN")
    assert e.factuality is Factuality.ASSERTED


def test_aims_to_is_intended() -> None:
    e = one("""
        Iraq Iraq PROPN NNP 1 nsubj
        aims aim VERB VBZ 1 ROOT
        to to PART TO 3 aux
        disarm disarm VERB VB 1 xcomp
        the the DET DT 5 det
        militias militia NOUN NNS 3 dobj
        . . PUNCT . 1 punct
    """, spans=[(4, 6, "MILITIAS")])
    assert e.factuality is Factuality.INTENDED and e.type.value == "COERCE"


def test_reportedly_and_according_to_are_reported() -> None:
    e = one("""
        Iran Iran PROPN NNP 2 nsubj
        reportedly reportedly ADV RB 2 advmod
        attacked attack VERB VBD 2 ROOT
        Iraq Iraq PROPN NNP 2 dobj
        . . PUNCT . 2 punct
    """)
    assert e.factuality is Factuality.REPORTED
    e = one("""
        According accord VERB VBG 5 prep
        to to ADP IN 0 prep
        Reuters Reuters PROPN NNP 1 pobj
        , , PUNCT , 5 punct
        Iran Iran PROPN NNP 5 nsubj
        attacked attack VERB VBD 5 ROOT
        Kuwait Kuwait PROPN NNP 5 dobj
        . . PUNCT . 5 punct
    """)
    assert e.factuality is Factuality.REPORTED and e.attributed_to == "REUTERS"


def test_third_party_claim_is_attributed_and_reported() -> None:
    e = one("""
        Iraq Iraq PROPN NNP 1 nsubj
        said say VERB VBD 1 ROOT
        Iran Iran PROPN NNP 3 nsubj
        attacked attack VERB VBD 1 ccomp
        Kuwait Kuwait PROPN NNP 3 dobj
        . . PUNCT . 1 punct
    """)
    assert e.attributed_to == "IRQ" and e.factuality is Factuality.REPORTED
    e = one("""
        Iran Iran PROPN NNP 1 nsubj
        attacked attack VERB VBD 5 ccomp
        Kuwait Kuwait PROPN NNP 1 dobj
        , , PUNCT , 5 punct
        Iraq Iraq PROPN NNP 5 nsubj
        said say VERB VBD 5 ROOT
        . . PUNCT . 5 punct
    """)
    assert e.attributed_to == "IRQ" and e.factuality is Factuality.REPORTED


def test_a_speaker_stating_its_own_act_is_asserted() -> None:
    e = one("""
        Iraq Iraq PROPN NNP 1 nsubj
        said say VERB VBD 1 ROOT
        it it PRON PRP 3 nsubj
        attacked attack VERB VBD 1 ccomp
        Kuwait Kuwait PROPN NNP 3 dobj
        . . PUNCT . 1 punct
    """, spans=[(2, 3, "IRQ")])
    assert e.attributed_to == "IRQ" and e.factuality is Factuality.ASSERTED


def test_timeframes() -> None:
    past_perfect = one("""
        Iran Iran PROPN NNP 2 nsubj
        had have AUX VBD 2 aux
        attacked attack VERB VBN 2 ROOT
        Iraq Iraq PROPN NNP 2 dobj
        . . PUNCT . 2 punct
    """)
    once = one("""
        Iran Iran PROPN NNP 2 nsubj
        once once ADV RB 2 advmod
        attacked attack VERB VBD 2 ROOT
        Iraq Iraq PROPN NNP 2 dobj
        . . PUNCT . 2 punct
    """)
    during = one("""
        Iran Iran PROPN NNP 1 nsubj
        attacked attack VERB VBD 1 ROOT
        Iraq Iraq PROPN NNP 1 dobj
        during during ADP IN 1 prep
        the the DET DT 5 det
        war war NOUN NN 3 pobj
        . . PUNCT . 1 punct
    """)
    will = one("""
        Iran Iran PROPN NNP 2 nsubj
        will will AUX MD 2 aux
        attack attack VERB VB 2 ROOT
        Iraq Iraq PROPN NNP 2 dobj
        . . PUNCT . 2 punct
    """)
    plain = one("""
        Iran Iran PROPN NNP 1 nsubj
        attacked attack VERB VBD 1 ROOT
        Iraq Iraq PROPN NNP 1 dobj
        . . PUNCT . 1 punct
    """)
    assert {past_perfect.timeframe, once.timeframe, during.timeframe} == {Timeframe.PAST}
    assert will.timeframe is Timeframe.FUTURE and will.factuality is Factuality.ASSERTED
    assert plain.timeframe is Timeframe.CURRENT


def test_question_is_hypothetical() -> None:
    e = one("""
        Did do AUX VBD 2 aux
        Iran Iran PROPN NNP 2 nsubj
        attack attack VERB VB 2 ROOT
        Iraq Iraq PROPN NNP 2 dobj
        ? ? PUNCT . 2 punct
    """)
    assert e.factuality is Factuality.HYPOTHETICAL


def test_confidence_drops_with_hedges_and_indirect_arguments() -> None:
    direct = one("""
        Iran Iran PROPN NNP 1 nsubj
        attacked attack VERB VBD 1 ROOT
        Iraq Iraq PROPN NNP 1 dobj
        . . PUNCT . 1 punct
    """)
    hedged = one("""
        Iran Iran PROPN NNP 2 nsubj
        reportedly reportedly ADV RB 2 advmod
        attacked attack VERB VBD 2 ROOT
        Iraq Iraq PROPN NNP 2 dobj
        . . PUNCT . 2 punct
    """)
    inherited = one("""
        Iran Iran PROPN NNP 1 nsubj
        continued continue VERB VBD 1 ROOT
        to to PART TO 3 aux
        attack attack VERB VB 1 xcomp
        Iraq Iraq PROPN NNP 3 dobj
        . . PUNCT . 1 punct
    """)
    supposed = one("""
        Israel Israel PROPN NNP 2 nsubj
        may may AUX MD 2 aux
        attack attack VERB VB 2 ROOT
        Iran Iran PROPN NNP 2 dobj
        . . PUNCT . 2 punct
    """)
    assert 0 < supposed.confidence < hedged.confidence < direct.confidence <= 1
    assert inherited.confidence < direct.confidence


@pytest.mark.parametrize(("text", "want"), [
    ("Israeli officials have warned that Iran is delivering missiles to Hezbollah.",
     "reported"),
    ("Israel warned that Iran has sent weapons to the Houthis.", "reported"),
    ("Israel warned that Iran would send weapons to the Houthis.", "hypothetical"),
])
def test_a_warning_that_something_is_happening_alleges_it(text: str, want: str,
                                                          rules: Any) -> None:
    got = [e for e in process_text(text, rules).events if e.type.value == "AID"]
    assert got and got[0].factuality.value == want


def test_warning_of_anothers_attack_is_no_threat_by_the_warner(rules: Any) -> None:
    got = process_text("Israel warned that Iran would attack Saudi Arabia.", rules).events
    assert not [e for e in got if e.type.value == "THREATEN" and e.source == "ISR"]
