"""General argument and modality rules on hand-built parses (no model loaded).

Each test writes down one English construction the events stage must read the
same way wherever it occurs: reported pronouns, possessives, act nouns as
agents, owners of struck places, passives without an agent, phrasal verbs,
one reading per state, targetless material acts, threats and vows.
"""

from __future__ import annotations

from allegiance.records import ActorKind, Factuality, Timeframe
from test_events_docs import build, run, triples


def test_reported_pronoun_is_the_reporter_and_would_is_a_reported_future() -> None:
    doc, an = build("""
        Syria Syria PROPN NNP 1 nsubj
        said say VERB VBD 1 ROOT
        it it PRON PRP 4 nsubj
        would would AUX MD 4 aux
        withdraw withdraw VERB VB 1 ccomp
        its its PRON PRP$ 6 poss
        troops troop NOUN NNS 4 dobj
        from from ADP IN 4 prep
        Lebanon Lebanon PROPN NNP 7 pobj
        . . PUNCT . 1 punct
    """, {"Syria": "SYR", "Lebanon": "LBN"})
    events, _ = run(doc, an)
    # a stated future withdrawal is an (asserted) intent: PLOVER AGREE
    agree = [e for e in events if (e.source, e.type.value, e.target) == ("SYR", "AGREE", "LBN")]
    assert agree, triples(events)
    assert agree[0].factuality is Factuality.ASSERTED
    assert agree[0].timeframe is Timeframe.FUTURE


def test_possessive_pronoun_is_the_clause_subject_and_the_object_noun_is_consumed() -> None:
    doc, an = build("""
        Qatar Qatar PROPN NNP 1 nsubj
        lifted lift VERB VBD 1 ROOT
        its its PRON PRP$ 3 poss
        blockade blockade NOUN NN 1 dobj
        of of ADP IN 3 prep
        Yemen Yemen PROPN NNP 4 pobj
        . . PUNCT . 1 punct
    """, {"Qatar": "QAT", "Yemen": "YEM"})
    events, _ = run(doc, an)
    # the blockade is what was lifted, not a second (COERCE) event
    assert triples(events) == {("QAT", "RETREAT", "YEM")}


def test_act_noun_subject_names_the_agent() -> None:
    doc, an = build("""
        A a DET DT 3 det
        Turkish turkish ADJ JJ 3 amod
        drone drone NOUN NN 3 compound
        strike strike NOUN NN 4 nsubj
        killed kill VERB VBD 4 ROOT
        a a DET DT 7 det
        PKK PKK PROPN NNP 7 compound
        commander commander NOUN NN 4 dobj
        . . PUNCT . 4 punct
    """, spans=[(1, 2, "TUR"), (6, 7, "PKK")])
    events, _ = run(doc, an)
    # one event: the strike is the killing, not a second targetless ASSAULT
    assert triples(events) == {("TUR", "ASSAULT", "PKK")}


def test_a_subject_that_names_no_actor_lends_no_source() -> None:
    doc, an = build("""
        Iran Iran PROPN NNP 1 nsubj
        protested protest VERB VBD 1 ROOT
        after after SCONJ IN 4 mark
        strikes strike NOUN NNS 4 nsubj
        killed kill VERB VBD 1 advcl
        Hezbollah Hezbollah PROPN NNP 6 compound
        fighters fighter NOUN NNS 4 dobj
        . . PUNCT . 1 punct
    """, {"Iran": "IRN", "Hezbollah": "HEZBOLLAH"})
    events, _ = run(doc, an)
    assert not [e for e in events if e.type.value == "ASSAULT"], triples(events)


def test_a_struck_place_falls_on_its_owner() -> None:
    doc, an = build("""
        Israel Israel PROPN NNP 1 nsubj
        bombed bomb VERB VBD 1 ROOT
        a a DET DT 3 det
        depot depot NOUN NN 1 dobj
        used use VERB VBN 3 acl
        by by ADP IN 4 agent
        Hezbollah Hezbollah PROPN NNP 5 pobj
        . . PUNCT . 1 punct
    """, {"Israel": "ISR", "Hezbollah": "HEZBOLLAH"})
    events, _ = run(doc, an)
    assert triples(events) == {("ISR", "ASSAULT", "HEZBOLLAH")}


def test_bases_hosting_troops_are_the_troops() -> None:
    doc, an = build("""
        Iran Iran PROPN NNP 1 nsubj
        fired fire VERB VBD 1 ROOT
        missiles missile NOUN NNS 1 dobj
        at at ADP IN 1 prep
        bases base NOUN NNS 3 pobj
        hosting host VERB VBG 4 acl
        American american ADJ JJ 7 amod
        troops troop NOUN NNS 5 dobj
        . . PUNCT . 1 punct
    """, {"Iran": "IRN"}, spans=[(6, 8, "USA-MIL")])
    events, _ = run(doc, an)
    assert triples(events) == {("IRN", "ASSAULT", "USA-MIL")}


def test_a_passive_without_agent_takes_the_agent_of_the_act() -> None:
    doc, an = build("""
        Three three NUM CD 1 nummod
        soldiers soldier NOUN NNS 3 nsubjpass
        were be AUX VBD 3 auxpass
        killed kill VERB VBN 3 ROOT
        in in ADP IN 3 prep
        an an DET DT 6 det
        attack attack NOUN NN 4 pobj
        by by ADP IN 6 prep
        the the DET DT 9 det
        Taliban Taliban PROPN NNP 7 pobj
        . . PUNCT . 3 punct
    """, {"soldiers": "USA-MIL", "Taliban": "TALIBAN"},
        kinds={"USA-MIL": ActorKind.MILITARY})
    events, _ = run(doc, an)
    assert triples(events) == {("TALIBAN", "ASSAULT", "USA-MIL")}


def test_phrasal_verb_around_its_object() -> None:
    doc, an = build("""
        Peshmerga Peshmerga PROPN NNP 1 nsubj
        drove drive VERB VBD 1 ROOT
        ISIS ISIS PROPN NNP 1 dobj
        back back ADV RB 1 advmod
        . . PUNCT . 1 punct
    """, {"Peshmerga": "PESHMERGA", "ISIS": "ISIS"})
    events, _ = run(doc, an)
    assert triples(events) == {("PESHMERGA", "ASSAULT", "ISIS")}
    assert events[0].trigger == "drove ISIS back"


def test_a_state_and_its_own_sector_are_one_source() -> None:
    doc, an = build("""
        Turkey Turkey PROPN NNP 4 nsubj
        and and CCONJ CC 0 cc
        Turkish turkish ADJ JJ 3 amod
        jets jet NOUN NNS 0 conj
        struck strike VERB VBD 4 ROOT
        the the DET DT 6 det
        PKK PKK PROPN NNP 4 dobj
        . . PUNCT . 4 punct
    """, spans=[(0, 1, "TUR"), (2, 4, "TUR-MIL"), (6, 7, "PKK")],
        kinds={"TUR": ActorKind.STATE, "TUR-MIL": ActorKind.MILITARY})
    events, _ = run(doc, an)
    assert triples(events) == {("TUR-MIL", "ASSAULT", "PKK")}


def test_a_ministry_reporting_its_own_forces_is_attribution_not_a_second_source() -> None:
    doc, an = build("""
        Turkish turkish ADJ JJ 1 amod
        jets jet NOUN NNS 2 nsubj
        struck strike VERB VBD 9 ccomp
        the the DET DT 4 det
        PKK PKK PROPN NNP 2 dobj
        , , PUNCT , 9 punct
        the the DET DT 8 det
        Turkish turkish ADJ JJ 8 amod
        ministry ministry NOUN NN 9 nsubj
        said say VERB VBD 9 ROOT
        . . PUNCT . 9 punct
    """, spans=[(0, 2, "TUR-MIL"), (4, 5, "PKK"), (7, 9, "TUR-GOV")],
        kinds={"TUR-MIL": ActorKind.MILITARY, "TUR-GOV": ActorKind.GOVERNMENT})
    events, _ = run(doc, an)
    assert triples(events) == {("TUR-MIL", "ASSAULT", "PKK")}
    e = events[0]
    # the state's own word about its forces: asserted, attributed to the ministry
    assert e.factuality is Factuality.ASSERTED and e.attributed_to == "TUR-GOV"


def test_an_announced_hostile_act_is_a_threat_even_with_a_condition() -> None:
    doc, an = build("""
        Egypt Egypt PROPN NNP 1 nsubj
        said say VERB VBD 1 ROOT
        it it PRON PRP 4 nsubj
        would would AUX MD 4 aux
        suspend suspend VERB VB 1 ccomp
        aid aid NOUN NN 4 dobj
        to to ADP IN 5 prep
        Sudan Sudan PROPN NNP 6 pobj
        unless unless SCONJ IN 10 mark
        Khartoum Khartoum PROPN NNP 10 nsubj
        withdrew withdraw VERB VBD 4 advcl
        . . PUNCT . 1 punct
    """, {"Egypt": "EGY", "Sudan": "SDN", "Khartoum": "SDN"})
    events, _ = run(doc, an)
    threat = [e for e in events if (e.source, e.type.value, e.target) == ("EGY", "THREATEN", "SDN")]
    assert threat and threat[0].factuality is Factuality.ASSERTED, triples(events)
    assert not [e for e in events if e.type.value == "SANCTION"]


def test_a_vow_to_avenge_threatens_but_the_avenged_is_no_target() -> None:
    doc, an = build("""
        Hezbollah Hezbollah PROPN NNP 1 nsubj
        vowed vow VERB VBD 1 ROOT
        to to PART TO 3 aux
        avenge avenge VERB VB 1 xcomp
        Nasrallah Nasrallah PROPN NNP 3 dobj
        . . PUNCT . 1 punct
    """, {"Hezbollah": "HEZBOLLAH", "Nasrallah": "NASRALLAH"})
    events, _ = run(doc, an)
    assert triples(events) == {("HEZBOLLAH", "THREATEN", None)}


def test_suspending_ones_attacks_is_a_retreat_not_an_attack() -> None:
    doc, an = build("""
        Hezbollah Hezbollah PROPN NNP 1 nsubj
        suspended suspend VERB VBD 1 ROOT
        its its PRON PRP$ 3 poss
        attacks attack NOUN NNS 1 dobj
        on on ADP IN 3 prep
        Israel Israel PROPN NNP 4 pobj
        . . PUNCT . 1 punct
    """, {"Hezbollah": "HEZBOLLAH", "Israel": "ISR"})
    events, _ = run(doc, an)
    assert triples(events) == {("HEZBOLLAH", "RETREAT", "ISR")}


def test_a_material_act_on_a_thing_is_an_event_without_target_but_not_on_an_idea() -> None:
    base, an = build("""
        Jihadists jihadist NOUN NNS 1 nsubj
        overran overran VERB VBD 1 ROOT
        a a DET DT 4 det
        military military ADJ JJ 4 amod
        base base NOUN NN 1 dobj
        . . PUNCT . 1 punct
    """, spans=[(0, 1, "BOKO_HARAM")])
    assert triples(run(base, an)[0]) == {("BOKO_HARAM", "ASSAULT", None)}
    idea, an2 = build("""
        Trump Trump PROPN NNP 1 nsubj
        attacked attack VERB VBD 1 ROOT
        the the DET DT 3 det
        plan plan NOUN NN 1 dobj
        . . PUNCT . 1 punct
    """, {"Trump": "TRUMP"})
    assert run(idea, an2)[0] == []


def test_blamed_for_an_attack_makes_the_blamed_its_alleged_agent() -> None:
    doc, an = build("""
        Washington Washington PROPN NNP 1 nsubj
        blamed blame VERB VBD 1 ROOT
        Hezbollah Hezbollah PROPN NNP 1 dobj
        for for ADP IN 1 prep
        the the DET DT 5 det
        attack attack NOUN NN 3 pobj
        on on ADP IN 5 prep
        the the DET DT 8 det
        base base NOUN NN 6 pobj
        . . PUNCT . 1 punct
    """, {"Washington": "USA", "Hezbollah": "HEZBOLLAH"})
    events, _ = run(doc, an)
    assert ("USA", "ACCUSE", "HEZBOLLAH") in triples(events)
    attack = [e for e in events if e.type.value == "ASSAULT"]
    assert [(e.source, e.target) for e in attack] == [("HEZBOLLAH", None)]
    assert attack[0].factuality is Factuality.REPORTED


def test_claimed_responsibility_names_the_agent() -> None:
    doc, an = build("""
        ISIS ISIS PROPN NNP 1 nsubj
        claimed claim VERB VBD 1 ROOT
        responsibility responsibility NOUN NN 1 dobj
        for for ADP IN 2 prep
        the the DET DT 5 det
        bombing bombing NOUN NN 3 pobj
        of of ADP IN 5 prep
        the the DET DT 8 det
        embassy embassy NOUN NN 6 pobj
        of of ADP IN 8 prep
        Egypt Egypt PROPN NNP 9 pobj
        . . PUNCT . 1 punct
    """, {"ISIS": "ISIS", "Egypt": "EGY"})
    events, _ = run(doc, an)
    assert ("ISIS", "ASSAULT", "EGY") in triples(events)


def test_a_named_apposition_beats_its_collective_descriptor() -> None:
    doc, an = build("""
        Israel Israel PROPN NNP 1 nsubj
        struck strike VERB VBD 1 ROOT
        the the DET DT 4 det
        Iranian iranian ADJ JJ 4 amod
        militia militia NOUN NN 1 dobj
        Kataib Kataib PROPN NNP 6 compound
        Hezbollah Hezbollah PROPN NNP 4 appos
        . . PUNCT . 1 punct
    """, {"Israel": "ISR"}, spans=[(3, 5, "coll:armed_group:IRQ:IRN"), (5, 7, "KH")])
    events, _ = run(doc, an)
    assert triples(events) == {("ISR", "ASSAULT", "KH")}


def test_fighting_alongside_one_against_another_gives_both_events() -> None:
    doc, an = build("""
        Militias militia NOUN NNS 1 nsubj
        fought fight VERB VBD 1 ROOT
        alongside alongside ADP IN 1 prep
        the the DET DT 4 det
        army army NOUN NN 2 pobj
        against against ADP IN 1 prep
        ISIS ISIS PROPN NNP 5 pobj
        . . PUNCT . 1 punct
    """, spans=[(0, 1, "MILITIAS"), (3, 5, "IRQ-MIL"), (6, 7, "ISIS")])
    events, _ = run(doc, an)
    assert triples(events) == {("MILITIAS", "ASSAULT", "ISIS"), ("MILITIAS", "COOPERATE", "IRQ-MIL")}


def test_two_subjects_with_a_shared_object_are_no_pair() -> None:
    doc, an = build("""
        Americans American PROPN NNPS 4 nsubj
        and and CCONJ CC 0 cc
        the the DET DT 3 det
        militias militia NOUN NNS 0 conj
        fought fight VERB VBD 4 ROOT
        the the DET DT 7 det
        same same ADJ JJ 7 amod
        enemy enemy NOUN NN 4 dobj
        . . PUNCT . 4 punct
    """, spans=[(0, 1, "USA"), (2, 4, "MILITIAS")])
    events, _ = run(doc, an)
    assert not [e for e in events if e.target in ("USA", "MILITIAS")], triples(events)


def test_ruling_out_an_act_negates_it() -> None:
    doc, an = build("""
        Obama Obama PROPN NNP 1 nsubj
        ruled rule VERB VBD 1 ROOT
        out out ADP RP 1 prt
        sending send VERB VBG 1 xcomp
        troops troop NOUN NNS 3 dobj
        to to ADP IN 3 prep
        Iraq Iraq PROPN NNP 5 pobj
        . . PUNCT . 1 punct
    """, {"Obama": "OBAMA", "Iraq": "IRQ"}, kinds={"OBAMA": ActorKind.PERSON})
    events, _ = run(doc, an)
    sent = [e for e in events if e.type.value == "MOBILIZE"]
    assert sent and all(e.negated for e in sent)


def test_restored_ties_is_current_cooperation_after_former_rivalry() -> None:
    doc, an = build("""
        Egypt Egypt PROPN NNP 10 nsubj
        , , PUNCT , 0 punct
        once once ADV RB 4 advmod
        bitter bitter ADJ JJ 4 amod
        rivals rival NOUN NNS 0 appos
        of of ADP IN 4 prep
        Qatar Qatar PROPN NNP 5 pobj
        , , PUNCT , 0 punct
        has have AUX VBZ 10 aux
        since since ADV RB 10 advmod
        restored restore VERB VBN 10 ROOT
        ties tie NOUN NNS 10 dobj
        with with ADP IN 11 prep
        Doha Doha PROPN NNP 12 pobj
        . . PUNCT . 10 punct
    """, {"Egypt": "EGY", "Qatar": "QAT", "Doha": "QAT"})
    events, relations = run(doc, an)
    assert triples(events) == {("EGY", "SUPPORT", "QAT")}
    assert events[0].timeframe is Timeframe.CURRENT and not events[0].negated
    hostile = [(r.source, r.target, r.former) for r in relations if r.relation.value == "hostile"]
    assert hostile == [("EGY", "QAT", True)]


def test_a_dateline_place_is_no_actor_of_its_sentence() -> None:
    doc, an = build("""
        BEIRUT BEIRUT PROPN NNP 3 nsubj
        — — PUNCT : 0 punct
        Israeli israeli ADJ JJ 3 amod
        jets jet NOUN NNS 4 nsubj
        struck strike VERB VBD 4 ROOT
        Hezbollah Hezbollah PROPN NNP 4 dobj
        . . PUNCT . 4 punct
    """, {"BEIRUT": "LBN", "Hezbollah": "HEZBOLLAH"}, spans=[(2, 4, "ISR-MIL")],
        kinds={"LBN": ActorKind.STATE, "ISR-MIL": ActorKind.MILITARY})
    events, _ = run(doc, an)
    assert triples(events) == {("ISR-MIL", "ASSAULT", "HEZBOLLAH")}
