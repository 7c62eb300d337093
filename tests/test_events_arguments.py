"""Argument rules on hand-built parses: who did it to whom."""

from __future__ import annotations

from allegiance.records import Factuality
from test_events_docs import build, run, triples


def test_active_subject_and_object() -> None:
    doc, an = build("""
        Egypt Egypt PROPN NNP 3 nsubj
        and and CCONJ CC 0 cc
        Jordan Jordan PROPN NNP 0 conj
        condemned condemn VERB VBD 3 ROOT
        Israel Israel PROPN NNP 3 dobj
        on on ADP IN 3 prep
        Monday Monday PROPN NNP 5 pobj
        . . PUNCT . 3 punct
    """, {"Egypt": "EGY", "Jordan": "JOR", "Israel": "ISR"})
    events, _ = run(doc, an)
    # coordination gives every conjunct its own event
    assert triples(events) == {("EGY", "ACCUSE", "ISR"), ("JOR", "ACCUSE", "ISR")}
    e = events[0]
    assert e.sentence == doc.text.strip() and e.sentence_start == 0 and e.trigger == "condemned"
    assert e.cameo_root == "11" and e.quad_class is not None


def test_passive_agent_is_the_source() -> None:
    doc, an = build("""
        Syria Syria PROPN NNP 2 nsubjpass
        was be AUX VBD 2 auxpass
        urged urge VERB VBN 2 ROOT
        by by ADP IN 2 agent
        Turkey Turkey PROPN NNP 3 pobj
        to to PART TO 6 aux
        withdraw withdraw VERB VB 2 xcomp
        . . PUNCT . 2 punct
    """, {"Syria": "SYR", "Turkey": "TUR"})
    events, _ = run(doc, an)
    assert ("TUR", "REQUEST", "SYR") in triples(events)
    # the withdrawal Turkey urged is only wished for
    for e in events:
        if e.type.value == "RETREAT":
            assert (e.source, e.factuality) == ("SYR", Factuality.HYPOTHETICAL)


def test_received_from_inverts_the_roles() -> None:
    doc, an = build("""
        Syria Syria PROPN NNP 1 nsubj
        received receive VERB VBD 1 ROOT
        support support NOUN NN 1 dobj
        from from ADP IN 1 prep
        Russia Russia PROPN NNP 3 pobj
        in in ADP IN 1 prep
        the the DET DT 7 det
        form form NOUN NN 5 pobj
        of of ADP IN 7 prep
        weapons weapon NOUN NNS 8 pobj
        . . PUNCT . 1 punct
    """, {"Syria": "SYR", "Russia": "RUS"})
    events, _ = run(doc, an)
    # material support ("in the form of X", X a weapon) is AID, with a military context
    assert triples(events) == {("RUS", "AID", "SYR")}
    assert events[0].mode == "military"


def test_trigger_noun_under_an_agentive_verb_takes_its_subject() -> None:
    doc, an = build("""
        The the DET DT 1 det
        rebels rebel NOUN NNS 2 nsubj
        launched launch VERB VBD 2 ROOT
        attacks attack NOUN NNS 2 dobj
        on on ADP IN 3 prep
        Kabul Kabul PROPN NNP 4 pobj
        . . PUNCT . 2 punct
    """, spans=[(0, 2, "TALIBAN"), (5, 6, "AFG")])
    events, _ = run(doc, an)
    assert triples(events) == {("TALIBAN", "ASSAULT", "AFG")}


def test_trigger_noun_under_another_verb_gets_no_source() -> None:
    doc, an = build("""
        Egypt Egypt PROPN NNP 1 nsubj
        condemned condemn VERB VBD 1 ROOT
        the the DET DT 3 det
        attacks attack NOUN NNS 1 dobj
        on on ADP IN 3 prep
        Kabul Kabul PROPN NNP 4 pobj
        . . PUNCT . 1 punct
    """, {"Egypt": "EGY", "Kabul": "AFG"})
    events, _ = run(doc, an)
    assert ("EGY", "ASSAULT", "AFG") not in triples(events)


def test_possessor_of_a_trigger_noun_is_the_source() -> None:
    doc, an = build("""
        Hamas Hamas PROPN NNP 3 poss
        's 's PART POS 0 case
        rocket rocket NOUN NN 3 compound
        attacks attack NOUN NNS 5 nsubj
        have have AUX VBP 5 aux
        continued continue VERB VBN 5 ROOT
        on on ADP IN 3 prep
        Israel Israel PROPN NNP 6 pobj
        . . PUNCT . 5 punct
    """, {"Hamas": "HAMAS", "Israel": "ISR"})
    events, _ = run(doc, an)
    assert triples(events) == {("HAMAS", "ASSAULT", "ISR")}


def test_relative_pronoun_and_partitive_reach_the_antecedent() -> None:
    doc, an = build("""
        Iran Iran PROPN NNP 1 nsubj
        supports support VERB VBZ 1 ROOT
        several several ADJ JJ 3 amod
        militias militia NOUN NNS 1 dobj
        , , PUNCT , 3 punct
        some some PRON DT 8 nsubj
        of of ADP IN 5 prep
        which which PRON WDT 6 pobj
        attacked attack VERB VBD 3 relcl
        US US PROPN NNP 10 compound
        forces force NOUN NNS 8 dobj
        . . PUNCT . 1 punct
    """, {"Iran": "IRN", "militias": "MILITIAS"}, spans=[(9, 11, "USA-MIL")])
    events, _ = run(doc, an)
    assert ("MILITIAS", "ASSAULT", "USA-MIL") in triples(events)
    assert ("IRN", "SUPPORT", "MILITIAS") in triples(events)


def test_modifier_actors_of_a_coordinated_compound_are_both_sources() -> None:
    doc, an = build("""
        A a DET DT 5 det
        joint joint ADJ JJ 5 amod
        French french ADJ JJ 4 amod
        - - PUNCT HYPH 4 punct
        German german ADJ JJ 5 amod
        force force NOUN NN 6 nsubj
        arrested arrest VERB VBD 6 ROOT
        five five NUM CD 9 nummod
        ISIS isis NOUN NN 9 compound
        leaders leader NOUN NNS 6 dobj
        . . PUNCT . 6 punct
    """, {"French": "FRA", "German": "DEU", "ISIS": "ISIS"})
    events, _ = run(doc, an)
    assert triples(events) == {("FRA", "COERCE", "ISIS"), ("DEU", "COERCE", "ISIS")}
    assert {e.mode for e in events} == {"arrest"}


def test_present_participle_takes_its_noun_as_source() -> None:
    doc, an = build("""
        Militias militia NOUN NNS 4 nsubj
        fighting fight VERB VBG 0 acl
        against against ADP IN 1 prep
        ISIS ISIS PROPN NNP 2 pobj
        captured capture VERB VBD 4 ROOT
        the the DET DT 6 det
        town town NOUN NN 4 dobj
        . . PUNCT . 4 punct
    """, {"Militias": "MILITIAS", "ISIS": "ISIS"})
    events, _ = run(doc, an)
    # taking the town is an assault too, on no named actor
    assert triples(events) == {("MILITIAS", "ASSAULT", "ISIS"), ("MILITIAS", "ASSAULT", None)}


def test_controlled_infinitive_inherits_the_subject() -> None:
    doc, an = build("""
        Turkey Turkey PROPN NNP 1 nsubj
        plans plan VERB VBZ 1 ROOT
        to to PART TO 3 aux
        attack attack VERB VB 1 xcomp
        Syria Syria PROPN NNP 3 dobj
        . . PUNCT . 1 punct
    """, {"Turkey": "TUR", "Syria": "SYR"})
    events, _ = run(doc, an)
    assert triples(events) == {("TUR", "ASSAULT", "SYR")}
    assert events[0].factuality is Factuality.INTENDED


def test_accused_of_gives_the_accused_as_agent() -> None:
    doc, an = build("""
        Britain Britain PROPN NNP 1 nsubj
        accused accuse VERB VBD 1 ROOT
        Iran Iran PROPN NNP 1 dobj
        of of ADP IN 1 prep
        attacking attack VERB VBG 3 pcomp
        Iraq Iraq PROPN NNP 4 dobj
        . . PUNCT . 1 punct
    """, {"Britain": "GBR", "Iran": "IRN", "Iraq": "IRQ"})
    events, _ = run(doc, an)
    got = {(e.source, e.type.value, e.target): e for e in events}
    assert ("GBR", "ACCUSE", "IRN") in got
    attack = got[("IRN", "ASSAULT", "IRQ")]
    # an accusation is somebody's claim
    assert attack.factuality is not Factuality.ASSERTED
    assert ("GBR", "ASSAULT", "IRQ") not in got


def test_no_self_loops_and_targets_required() -> None:
    doc, an = build("""
        Iraqi iraqi ADJ JJ 1 amod
        forces force NOUN NNS 2 nsubj
        attacked attack VERB VBD 2 ROOT
        Iraq Iraq PROPN NNP 2 dobj
        . . PUNCT . 2 punct
    """, spans=[(0, 2, "IRQ"), (3, 4, "IRQ")])
    assert run(doc, an)[0] == []
    doc, an = build("""
        Iran Iran PROPN NNP 1 nsubj
        attacked attack VERB VBD 1 ROOT
        . . PUNCT . 1 punct
    """, {"Iran": "IRN"})
    assert run(doc, an)[0] == []


def test_monadic_event_keeps_a_null_target() -> None:
    doc, an = build("""
        Iran Iran PROPN NNP 1 nsubj
        mobilized mobilize VERB VBD 1 ROOT
        its its PRON PRP$ 3 poss
        troops troop NOUN NNS 1 dobj
        . . PUNCT . 1 punct
    """, {"Iran": "IRN", "its": "IRN"})
    events, _ = run(doc, an)
    assert triples(events) == {("IRN", "MOBILIZE", None)}


def test_between_gives_both_sides() -> None:
    doc, an = build("""
        Clashes clash NOUN NNS 5 nsubj
        between between ADP IN 0 prep
        Armenia Armenia PROPN NNP 1 pobj
        and and CCONJ CC 2 cc
        Azerbaijan Azerbaijan PROPN NNP 2 conj
        killed kill VERB VBD 5 ROOT
        dozens dozen NOUN NNS 5 dobj
        . . PUNCT . 5 punct
    """, {"Armenia": "ARM", "Azerbaijan": "AZE"})
    events, _ = run(doc, an)
    assert triples(events) == {("ARM", "ASSAULT", "AZE")}


def test_threat_borrows_the_target_of_its_infinitive() -> None:
    doc, an = build("""
        Russia Russia PROPN NNP 1 nsubj
        threatened threaten VERB VBD 1 ROOT
        to to PART TO 3 aux
        cut cut VERB VB 1 xcomp
        ties tie NOUN NNS 3 dobj
        with with ADP IN 4 prep
        Georgia Georgia PROPN NNP 5 pobj
        . . PUNCT . 1 punct
    """, {"Russia": "RUS", "Georgia": "GEO"})
    events, _ = run(doc, an)
    got = {(e.source, e.type.value, e.target): e for e in events}
    assert ("RUS", "THREATEN", "GEO") in got
    # the threatened sanction itself did not happen
    cut = got[("RUS", "SANCTION", "GEO")]
    assert cut.factuality is Factuality.HYPOTHETICAL


def test_demand_that_targets_the_clause_subject() -> None:
    doc, an = build("""
        China China PROPN NNP 1 nsubj
        demanded demand VERB VBD 1 ROOT
        that that SCONJ IN 4 mark
        Japan Japan PROPN NNP 4 nsubj
        apologize apologize VERB VB 1 ccomp
        . . PUNCT . 1 punct
    """, {"China": "CHN", "Japan": "JPN"})
    assert triples(run(doc, an)[0]) == {("CHN", "REQUEST", "JPN")}


def test_want_someone_to_is_a_request() -> None:
    doc, an = build("""
        The the DET DT 1 det
        minister minister NOUN NN 2 nsubj
        wanted want VERB VBD 2 ROOT
        the the DET DT 4 det
        Americans Americans PROPN NNPS 6 nsubj
        to to PART TO 6 aux
        stay stay VERB VB 2 ccomp
        . . PUNCT . 2 punct
    """, {"Americans": "USA"}, spans=[(0, 2, "IRQ-GOV")])
    assert triples(run(doc, an)[0]) == {("IRQ-GOV", "REQUEST", "USA")}
    # without a controlled subject "want" is no request
    doc, an = build("""
        Iraq Iraq PROPN NNP 1 nsubj
        wants want VERB VBZ 1 ROOT
        to to PART TO 3 aux
        grow grow VERB VB 1 xcomp
        . . PUNCT . 1 punct
    """, {"Iraq": "IRQ"})
    assert run(doc, an)[0] == []


def test_phrase_trigger_with_a_modifier_gap() -> None:
    doc, an = build("""
        Iran Iran PROPN NNP 1 nsubj
        held hold VERB VBD 1 ROOT
        direct direct ADJ JJ 3 amod
        talks talk NOUN NNS 1 dobj
        with with ADP IN 3 prep
        Oman Oman PROPN NNP 4 pobj
        . . PUNCT . 1 punct
    """, {"Iran": "IRN", "Oman": "OMN"})
    events, _ = run(doc, an)
    assert triples(events) == {("IRN", "CONSULT", "OMN")}
    assert events[0].trigger == "held direct talks"


def test_adjectival_participles_and_actor_names_are_not_triggers() -> None:
    doc, an = build("""
        Armed armed ADJ JJ 1 amod
        groups group NOUN NNS 2 nsubj
        met meet VERB VBD 2 ROOT
        the the DET DT 6 det
        Popular Popular PROPN NNP 6 compound
        Mobilization Mobilization PROPN NNP 6 compound
        Forces Forces PROPN NNPS 2 dobj
        . . PUNCT . 2 punct
    """, spans=[(0, 2, "GROUPS"), (4, 7, "PMF")])
    events, _ = run(doc, an)
    assert {e.trigger for e in events} == {"met"}
    assert triples(events) == {("GROUPS", "CONSULT", "PMF")}


def test_same_sentence_gives_no_duplicate_events() -> None:
    doc, an = build("""
        Iran Iran PROPN NNP 1 nsubj
        attacked attack VERB VBD 1 ROOT
        and and CCONJ CC 1 cc
        bombed bomb VERB VBD 1 conj
        Iraq Iraq PROPN NNP 3 dobj
        . . PUNCT . 1 punct
    """, {"Iran": "IRN", "Iraq": "IRQ"})
    events, _ = run(doc, an)
    assert len(events) == 1 and triples(events) == {("IRN", "ASSAULT", "IRQ")}
    assert len({e.id for e in events}) == len(events)
