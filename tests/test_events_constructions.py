"""English constructions of one sentence, on hand-built parses (no model loaded).

A participle after an apposition, raising verbs, "a figure in X", verbal
disapproval, a list the parser cut, a status conferred by a verb's complement,
a law's author, places that are no actors, dates without a year.
"""

from __future__ import annotations

import pytest

from allegiance.records import ActorKind, Factuality
from test_events_docs import build, run, triples


def test_a_participle_after_an_apposition_is_done_by_the_named_group() -> None:
    # the parser hangs "fighting" on "Reinforcements"; the comma closes the group
    doc, an = build("""
        Reinforcements reinforcement NOUN NNS 1 nsubj
        came come VERB VBD 1 ROOT
        from from ADP IN 1 prep
        the the DET DT 4 det
        Peshmerga Peshmerga PROPN NNP 2 pobj
        , , PUNCT , 4 punct
        the the DET DT 8 det
        Kurdish kurdish ADJ JJ 8 amod
        forces force NOUN NNS 4 appos
        , , PUNCT , 4 punct
        fighting fight VERB VBG 0 acl
        alongside alongside ADP IN 10 prep
        Turkish turkish ADJ JJ 13 amod
        troops troop NOUN NNS 11 pobj
        . . PUNCT . 1 punct
    """, {"Peshmerga": "PESHMERGA"}, spans=[(12, 14, "TUR-MIL")])
    events, _ = run(doc, an)
    assert ("PESHMERGA", "COOPERATE", "TUR-MIL") in triples(events)


def test_a_participle_after_a_thing_of_a_group_is_not_the_groups() -> None:
    doc, an = build("""
        Reinforcements reinforcement NOUN NNS 1 nsubj
        reached reach VERB VBD 1 ROOT
        the the DET DT 3 det
        base base NOUN NN 1 dobj
        of of ADP IN 3 prep
        the the DET DT 6 det
        Peshmerga Peshmerga PROPN NNP 4 pobj
        , , PUNCT , 3 punct
        fighting fight VERB VBG 0 acl
        alongside alongside ADP IN 8 prep
        Turkish turkish ADJ JJ 11 amod
        troops troop NOUN NNS 9 pobj
        . . PUNCT . 1 punct
    """, {"Peshmerga": "PESHMERGA"}, spans=[(10, 12, "TUR-MIL")])
    events, _ = run(doc, an)
    assert not [e for e in events if e.type.value == "COOPERATE"], triples(events)


def test_a_raising_verb_hands_its_subject_to_the_passive_infinitive() -> None:
    doc, an = build("""
        The the DET DT 1 det
        attack attack NOUN NN 7 nsubjpass
        on on ADP IN 1 prep
        the the DET DT 5 det
        Egyptian egyptian ADJ JJ 5 amod
        embassy embassy NOUN NN 2 pobj
        was be AUX VBD 7 auxpass
        believed believe VERB VBN 7 ROOT
        to to PART TO 11 aux
        have have AUX VB 11 aux
        been be AUX VBN 11 auxpass
        carried carry VERB VBN 7 xcomp
        out out ADP RP 11 prt
        by by ADP IN 11 agent
        Hamas Hamas PROPN NNP 13 pobj
        . . PUNCT . 7 punct
    """, {"Hamas": "HAMAS"}, spans=[(4, 5, "EGY")])
    events, _ = run(doc, an)
    found = [e for e in events if (e.source, e.type.value, e.target) == ("HAMAS", "ASSAULT",
                                                                         "EGY")]
    assert found, triples(events)
    assert found[0].factuality is Factuality.REPORTED


def test_a_figure_in_a_group_speaks_for_it_and_mockery_is_an_accusation() -> None:
    doc, an = build("""
        A a DET DT 2 det
        senior senior ADJ JJ 2 amod
        figure figure NOUN NN 5 nsubj
        in in ADP IN 2 prep
        Hamas Hamas PROPN NNP 3 pobj
        mocked mock VERB VBD 5 ROOT
        the the DET DT 8 det
        Egyptian egyptian ADJ JJ 8 amod
        president president NOUN NN 5 dobj
        . . PUNCT . 5 punct
    """, {"Hamas": "HAMAS"}, spans=[(7, 9, "SISI")], kinds={"SISI": ActorKind.PERSON})
    events, _ = run(doc, an)
    assert triples(events) == {("HAMAS", "ACCUSE", "SISI")}


def test_an_official_in_a_city_is_no_actor_of_the_city() -> None:
    doc, an = build("""
        An an DET DT 1 det
        official official NOUN NN 4 nsubj
        in in ADP IN 1 prep
        Cairo Cairo PROPN NNP 2 pobj
        ridiculed ridicule VERB VBD 4 ROOT
        Hamas Hamas PROPN NNP 4 dobj
        . . PUNCT . 4 punct
    """, {"Hamas": "HAMAS", "Cairo": "EGY"}, ents=[(3, 4, "GPE")])
    events, _ = run(doc, an)
    assert not [e for e in events if e.source == "EGY"], triples(events)


def test_a_list_the_parser_cut_after_a_prepositional_object_continues_it() -> None:
    # "the police" parsed as an apposition of "tribute", the rest as its conjunct:
    # every listed actor is honoured
    doc, an = build("""
        The the DET DT 1 det
        king king NOUN NN 2 nsubj
        paid pay VERB VBD 2 ROOT
        tribute tribute NOUN NN 2 dobj
        to to ADP IN 3 prep
        the the DET DT 6 det
        army army NOUN NN 4 pobj
        , , PUNCT , 2 punct
        the the DET DT 9 det
        police police NOUN NN 3 appos
        and and CCONJ CC 9 cc
        the the DET DT 13 det
        tribal tribal ADJ JJ 13 amod
        fighters fighter NOUN NNS 9 conj
        . . PUNCT . 2 punct
    """, spans=[(1, 2, "KING"), (6, 7, "JOR-MIL"), (9, 10, "JOR-POL"), (12, 14, "TRIBES")],
        kinds={"KING": ActorKind.PERSON, "JOR-MIL": ActorKind.MILITARY,
               "JOR-POL": ActorKind.MILITARY})
    events, _ = run(doc, an)
    assert {("KING", "SUPPORT", t) for t in ("JOR-MIL", "JOR-POL", "TRIBES")} <= triples(events)


def _turned(adjective: str) -> set[tuple[str | None, str, str | None]]:
    doc, an = build(f"""
        The the DET DT 1 det
        assembly assembly NOUN NN 2 nsubj
        turned turn VERB VBD 2 ROOT
        the the DET DT 4 det
        militia militia NOUN NN 2 dobj
        into into ADP IN 2 prep
        a a DET DT 8 det
        {adjective} {adjective} ADJ JJ 8 amod
        force force NOUN NN 5 pobj
        . . PUNCT . 2 punct
    """, spans=[(1, 2, "LBY-GOV"), (4, 5, "ZINTAN")], kinds={"LBY-GOV": ActorKind.GOVERNMENT})
    events, _ = run(doc, an)
    return triples(events)


def test_turning_a_group_into_a_lawful_force_supports_it() -> None:
    assert ("LBY-GOV", "SUPPORT", "ZINTAN") in _turned("permanent")
    assert ("LBY-GOV", "SUPPORT", "ZINTAN") in _turned("official")


def test_turning_a_group_into_any_other_force_is_no_event() -> None:
    assert not _turned("smaller")


def test_designating_a_group_a_terrorist_organization_bans_it() -> None:
    doc, an = build("""
        Washington Washington PROPN NNP 1 nsubj
        designated designate VERB VBD 1 ROOT
        the the DET DT 3 det
        group group NOUN NN 1 dobj
        as as ADP IN 1 prep
        a a DET DT 7 det
        terrorist terrorist ADJ JJ 7 amod
        organization organization NOUN NN 4 pobj
        . . PUNCT . 1 punct
    """, {"Washington": "USA"}, spans=[(3, 4, "HUTHI")])
    events, _ = run(doc, an)
    assert triples(events) == {("USA", "COERCE", "HUTHI")}


def test_declaring_a_party_illegal_through_a_small_clause_bans_it() -> None:
    doc, an = build("""
        The the DET DT 1 det
        court court NOUN NN 2 nsubj
        declared declare VERB VBD 2 ROOT
        the the DET DT 4 det
        party party NOUN NN 5 nsubj
        illegal illegal ADJ JJ 2 ccomp
        . . PUNCT . 2 punct
    """, spans=[(1, 2, "THA-GOV"), (4, 5, "PHEU_THAI")], kinds={"THA-GOV": ActorKind.GOVERNMENT})
    events, _ = run(doc, an)
    assert ("THA-GOV", "COERCE", "PHEU_THAI") in triples(events)


def test_a_law_acts_for_the_parliament_that_passed_it() -> None:
    doc, an = build("""
        Parliament parliament NOUN NN 1 nsubj
        passed pass VERB VBD 1 ROOT
        a a DET DT 3 det
        law law NOUN NN 1 dobj
        that that PRON WDT 5 nsubj
        bans ban VERB VBZ 3 relcl
        the the DET DT 7 det
        party party NOUN NN 5 dobj
        . . PUNCT . 1 punct
    """, spans=[(0, 1, "TUN-GOV"), (7, 8, "NAHDA")], kinds={"TUN-GOV": ActorKind.GOVERNMENT})
    events, _ = run(doc, an)
    assert triples(events) == {("TUN-GOV", "COERCE", "NAHDA")}


@pytest.mark.parametrize("place_head", [4, 3], ids=["on-verb", "on-noun"])
def test_a_place_named_with_a_state_actor_is_never_an_actor_of_the_act(place_head: int) -> None:
    doc, an = build(f"""
        An an DET DT 3 det
        American american ADJ JJ 3 amod
        drone drone NOUN NN 3 compound
        strike strike NOUN NN 4 nsubj
        killed kill VERB VBD 4 ROOT
        a a DET DT 6 det
        commander commander NOUN NN 4 dobj
        of of ADP IN 6 prep
        Nujaba Nujaba PROPN NNP 7 pobj
        in in ADP IN {place_head} prep
        eastern eastern ADJ JJ 11 amod
        Baghdad Baghdad PROPN NNP 9 pobj
        . . PUNCT . 4 punct
    """, {"Nujaba": "NUJABA", "Baghdad": "IRQ"}, spans=[(1, 2, "USA")],
        ents=[(11, 12, "GPE")])
    events, _ = run(doc, an)
    assert triples(events) == {("USA", "ASSAULT", "NUJABA")}


def test_a_day_and_month_without_a_year_is_the_articles_recent_past() -> None:
    doc, an = build("""
        Days day NOUN NNS 1 npadvmod
        later later ADV RB 9 advmod
        , , PUNCT , 9 punct
        on on ADP IN 9 prep
        February February PROPN NNP 3 pobj
        2 2 NUM CD 4 nummod
        , , PUNCT , 9 punct
        American american ADJ JJ 8 amod
        aircraft aircraft NOUN NN 9 nsubj
        struck strike VERB VBD 9 ROOT
        militia militia NOUN NN 11 compound
        targets target NOUN NNS 9 dobj
        . . PUNCT . 9 punct
    """, spans=[(7, 9, "USA-MIL")], ents=[(0, 2, "DATE"), (4, 6, "DATE")],
        kinds={"USA-MIL": ActorKind.MILITARY})
    events, _ = run(doc, an, published="2024-02-08")
    struck = [e for e in events if e.source == "USA-MIL"]
    assert struck and all(e.date == "2024-02-02" for e in struck), [
        (e.type, e.date) for e in events]


# --- owners of targets, places taken, capitals aimed at (sentences written here) ------

import pytest as _pytest  # noqa: E402


@_pytest.mark.parametrize(("text", "want"), [
    ("The US will extend sanctions on Iranian oil exports.", ("USA", "IRN")),
    ("Washington imposed new restrictions on Russian banks.", ("USA", "RUS")),
    ("Syrian jets struck Turkish positions near the border.", ("SYR-MIL", "TUR")),
    ("Israeli aircraft bombed Iranian bases outside Damascus.", ("ISR-MIL", "IRN")),
])
def test_modifier_owns_the_target_thing(text: str, want: tuple[str, str], resources) -> None:  # type: ignore[no-untyped-def]
    from allegiance.pipeline import process_text

    got = {(e.source, e.target) for e in process_text(text, resources).events}
    assert want in got, got


@_pytest.mark.parametrize("text", [
    "Houthi fighters fired missiles at Riyadh on Sunday.",
    "The Houthis launched drones at Riyadh.",
])
def test_capital_aimed_at_is_the_state(text: str, resources) -> None:  # type: ignore[no-untyped-def]
    from allegiance.pipeline import process_text

    events = process_text(text, resources).events
    assert ("ASSAULT", "HOUTHIS", "SAU") in {(e.type.value, e.source, e.target) for e in events}


def test_capital_as_a_meeting_place_is_no_target(resources) -> None:  # type: ignore[no-untyped-def]
    from allegiance.pipeline import process_text

    result = process_text("The two delegations met at Riyadh airport.", resources)
    assert all(m.actor_id != "SAU" for m in result.mentions)


# --- whose decision, plan or pledge it is (sentences written here) ---------------

@_pytest.mark.parametrize(("text", "want"), [
    ("The EU took the decision to impose sanctions on Syria.", ("SANCTION", "EU", "SYR")),
    ("Britain announced a plan to impose sanctions on Iran.", ("SANCTION", "GBR", "IRN")),
    ("France unveiled a plan to impose sanctions on Russia.", ("SANCTION", "FRA", "RUS")),
    ("Japan has made a pledge to impose sanctions on North Korea.",
     ("SANCTION", "JPN", "PRK")),
    ("Iraq adopted a decision to expel the Turkish ambassador.", ("SANCTION", "IRQ", "TUR")),
])
def test_light_verb_subject_owns_the_plan(text: str, want: tuple[str, str, str],
                                          rules) -> None:  # type: ignore[no-untyped-def]
    from allegiance.pipeline import process_text

    got = {(e.type.value, e.source, e.target, e.factuality) for e in
           process_text(text, rules).events}
    assert (*want, Factuality.INTENDED) in got, got


@_pytest.mark.parametrize("text", [
    "Russia rejected a plan to impose sanctions on Syria.",
    "Germany opposed the decision to impose sanctions on Russia.",
    "Moscow criticised the plan to impose sanctions on Iran.",
])
def test_a_plan_opposed_is_not_the_opponents(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    from allegiance.pipeline import process_text

    assert not [e for e in process_text(text, rules).events if e.type.value == "SANCTION"]


@_pytest.mark.parametrize("text", [
    "Washington has made a commitment to train the Iraqi army.",
    "Moscow expressed its readiness to supply Damascus with weapons.",
    "Ankara voiced its willingness to arm the Syrian opposition.",
])
def test_commitment_is_intent_not_the_act(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    from allegiance.pipeline import process_text

    events = process_text(text, rules).events
    assert events and all(e.type.value != "AID" or e.factuality is not Factuality.ASSERTED
                          for e in events), [(e.type, e.factuality) for e in events]


@_pytest.mark.parametrize("text", [
    "Analyst Maria Keller highlighted Iraqi efforts to disarm the militias.",
    "Professor Tom Hale praised the government's efforts to disarm the militias.",
])
def test_speech_about_a_plan_leaves_it_its_maker(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    from allegiance.pipeline import process_text

    people = {m.actor_id for m in process_text(text, rules).mentions
              if m.actor_id.startswith("new:person")}
    assert not [e for e in process_text(text, rules).events
                if e.source in people and e.type.value != "SUPPORT"]
