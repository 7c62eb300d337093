"""Nouns that refer back to what the article said before (events/antecedents.py and
the discourse readings of events/referents.py), on hand-built parses.

"the attack was carried out by X" after an attack on Y; "welcomed / condemned
the decision" after a decision; "rejected the idea" after a request; "the
announcement" after a speaker; "a response to pressure from X"; "rebel
commanders" after "the Syrian rebels".
"""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.records import ActorKind, Factuality
from codekit import coded
from test_events_docs import build, run, triples

_EARLIER_ATTACK = """
    Rockets rocket NOUN NNS 1 nsubj
    hit hit VERB VBD 1 ROOT
    the the DET DT 4 det
    Turkish turkish ADJ JJ 4 amod
    embassy embassy NOUN NN 1 dobj
    . . PUNCT . 1 punct
"""
_LATER_CLAIM = """
    Officials official NOUN NNS 7 nsubj
    said say VERB VBD 7 ROOT
    the the DET DT 9 det
    attack attack NOUN NN 11 nsubjpass
    was be AUX VBD 11 auxpass
    carried carry VERB VBN 7 ccomp
    out out ADP RP 11 prt
    by by ADP IN 11 agent
    the the DET DT 15 det
    PKK PKK PROPN NNP 13 pobj
    . . PUNCT . 7 punct
"""


def test_the_attack_takes_the_target_of_the_attack_told_before() -> None:
    doc, an = build(_EARLIER_ATTACK + _LATER_CLAIM, {"PKK": "PKK"}, spans=[(3, 4, "TUR")])
    events, _ = run(doc, an)
    assert ("PKK", "ASSAULT", "TUR") in triples(events)


def test_the_attack_of_another_known_attacker_is_not_borrowed() -> None:
    earlier = _EARLIER_ATTACK.replace("Rockets rocket NOUN NNS 1 nsubj",
                                      "Syria Syria PROPN NNP 1 nsubj")
    doc, an = build(earlier + _LATER_CLAIM, {"PKK": "PKK", "Syria": "SYR"},
                    spans=[(3, 4, "TUR")])
    events, _ = run(doc, an)
    assert ("SYR", "ASSAULT", "TUR") in triples(events)
    assert ("PKK", "ASSAULT", "TUR") not in triples(events)


def _decree(verb_rows: str) -> str:
    return """
        The the DET DT 1 det
        cabinet cabinet NOUN NN 2 nsubj
        approved approve VERB VBD 2 ROOT
        a a DET DT 4 det
        decree decree NOUN NN 2 dobj
    """ + verb_rows


_MAKES_PERMANENT = """
    that that PRON WDT 6 nsubj
    makes make VERB VBZ 4 relcl
    the the DET DT 9 det
    tribal tribal ADJ JJ 9 amod
    militia militia NOUN NN 12 nsubj
    a a DET DT 12 det
    permanent permanent ADJ JJ 12 amod
    force force NOUN NN 6 ccomp
    . . PUNCT . 2 punct
"""
_BANS = """
    that that PRON WDT 6 nsubj
    bans ban VERB VBZ 4 relcl
    the the DET DT 9 det
    tribal tribal ADJ JJ 9 amod
    militia militia NOUN NN 6 dobj
    . . PUNCT . 2 punct
"""


def _reaction(verb: str, lemma: str, first: int) -> str:
    return f"""
        The the DET DT {first + 1} det
        governor governor NOUN NN {first + 2} nsubj
        {verb} {lemma} VERB VBD {first + 2} ROOT
        the the DET DT {first + 4} det
        decision decision NOUN NN {first + 2} dobj
        . . PUNCT . {first + 2} punct
    """


def _decision_doc(decree: str, verb: str, lemma: str) -> tuple[set[tuple[str | None, str,
                                                                         str | None]], str]:
    first = 14 if decree is _MAKES_PERMANENT else 11
    doc, an = build(_decree(decree) + _reaction(verb, lemma, first), spans=[
        (1, 2, "JOR-GOV"), (7, 9, "TRIBES"), (first + 1, first + 2, "GOVERNOR")],
        kinds={"JOR-GOV": ActorKind.GOVERNMENT, "GOVERNOR": ActorKind.PERSON})
    events, _ = run(doc, an)
    return triples(events), doc.text


def test_a_decree_acts_for_its_author_and_welcoming_it_supports_its_beneficiary() -> None:
    found, text = _decision_doc(_MAKES_PERMANENT, "welcomed", "welcome")
    # "a decree that makes X a permanent force": the cabinet gives X a lawful place
    assert ("JOR-GOV", "SUPPORT", "TRIBES") in found, text
    assert ("GOVERNOR", "SUPPORT", "TRIBES") in found, text


def test_condemning_a_decision_accuses_its_maker() -> None:
    found, _ = _decision_doc(_MAKES_PERMANENT, "condemned", "condemn")
    assert ("GOVERNOR", "ACCUSE", "JOR-GOV") in found


def test_welcoming_a_hostile_decision_supports_nobody_it_hurts() -> None:
    found, _ = _decision_doc(_BANS, "welcomed", "welcome")
    assert ("JOR-GOV", "COERCE", "TRIBES") in found
    assert not {t for t in found if t[0] == "GOVERNOR" and t[1] == "SUPPORT"}, found


def _request_then_rejection(request: str, actors: dict[str, str]) -> set[tuple[str | None, str,
                                                                              str | None]]:
    first = len([x for x in request.strip().splitlines() if x.strip()])
    rejection = f"""
        The the DET DT {first + 1} det
        Shabaab Shabaab PROPN NNP {first + 2} nsubj
        rejected reject VERB VBD {first + 2} ROOT
        the the DET DT {first + 4} det
        idea idea NOUN NN {first + 2} dobj
        . . PUNCT . {first + 2} punct
    """
    doc, an = build(request + rejection, actors)
    events, _ = run(doc, an)
    return triples(events)


def test_rejecting_the_idea_answers_who_asked_it_of_the_rejecter() -> None:
    found = _request_then_rejection("""
        Kenya Kenya PROPN NNP 1 nsubj
        urged urge VERB VBD 1 ROOT
        the the DET DT 3 det
        Shabaab Shabaab PROPN NNP 1 dobj
        to to PART TO 5 aux
        disarm disarm VERB VB 1 xcomp
        . . PUNCT . 1 punct
    """, {"Kenya": "KEN", "Shabaab": "SHABAAB"})
    assert ("KEN", "REQUEST", "SHABAAB") in found
    assert ("SHABAAB", "REJECT", "KEN") in found


def test_an_idea_put_to_someone_else_is_not_the_rejecters_to_answer() -> None:
    found = _request_then_rejection("""
        Kenya Kenya PROPN NNP 1 nsubj
        urged urge VERB VBD 1 ROOT
        Somalia Somalia PROPN NNP 1 dobj
        to to PART TO 4 aux
        disarm disarm VERB VB 1 xcomp
        militias militia NOUN NNS 4 dobj
        . . PUNCT . 1 punct
    """, {"Kenya": "KEN", "Shabaab": "SHABAAB", "Somalia": "SOM"})
    assert ("KEN", "REQUEST", "SOM") in found
    assert not {t for t in found if t[1] == "REJECT" and t[2] is not None}, found


_SPEAKER = """
    The the DET DT 1 det
    Houthis Houthis PROPN NNPS 2 nsubj
    said say VERB VBD 2 ROOT
    they they PRON PRP 5 nsubj
    would would AUX MD 5 aux
    halt halt VERB VB 2 ccomp
    attacks attack NOUN NNS 5 dobj
    . . PUNCT . 2 punct
"""


def test_the_announcement_is_the_last_speakers_and_pressure_falls_on_who_responds() -> None:
    doc, an = build(_SPEAKER + """
        The the DET DT 9 det
        announcement announcement NOUN NN 11 nsubjpass
        was be AUX VBD 11 auxpass
        seen see VERB VBN 11 ROOT
        as as ADP IN 11 prep
        a a DET DT 14 det
        response response NOUN NN 12 pobj
        to to ADP IN 14 prep
        pressure pressure NOUN NN 15 pobj
        from from ADP IN 16 prep
        Riyadh Riyadh PROPN NNP 17 pobj
        . . PUNCT . 11 punct
    """, {"Houthis": "HOUTHI", "Riyadh": "SAU"})
    events, _ = run(doc, an)
    assert ("SAU", "COERCE", "HOUTHI") in triples(events)


def test_welcoming_the_announcement_supports_its_speaker() -> None:
    doc, an = build(_SPEAKER + """
        Oman Oman PROPN NNP 9 nsubj
        welcomed welcome VERB VBD 9 ROOT
        the the DET DT 11 det
        announcement announcement NOUN NN 9 dobj
        . . PUNCT . 9 punct
    """, {"Houthis": "HOUTHI", "Oman": "OMN"})
    events, _ = run(doc, an)
    assert ("OMN", "SUPPORT", "HOUTHI") in triples(events)


def test_an_announcement_with_no_speaker_before_it_is_nobodys() -> None:
    doc, an = build("""
        Oman Oman PROPN NNP 1 nsubj
        welcomed welcome VERB VBD 1 ROOT
        the the DET DT 3 det
        announcement announcement NOUN NN 1 dobj
        . . PUNCT . 1 punct
    """, {"Oman": "OMN"})
    events, _ = run(doc, an)
    assert not [e for e in events if e.target is not None], triples(events)


def test_resigning_under_pressure_is_coerced_by_who_pressed() -> None:
    doc, an = build("""
        The the DET DT 1 det
        minister minister NOUN NN 2 nsubj
        resigned resign VERB VBD 2 ROOT
        under under ADP IN 2 prep
        pressure pressure NOUN NN 3 pobj
        from from ADP IN 4 prep
        the the DET DT 7 det
        army army NOUN NN 5 pobj
        . . PUNCT . 2 punct
    """, spans=[(1, 2, "MINISTER"), (7, 8, "EGY-MIL")],
        kinds={"MINISTER": ActorKind.PERSON, "EGY-MIL": ActorKind.MILITARY})
    events, _ = run(doc, an)
    assert ("EGY-MIL", "COERCE", "MINISTER") in triples(events)


def _rebels(first_object: str) -> set[tuple[str | None, str, str | None]]:
    doc, an = build(f"""
        Turkey Turkey PROPN NNP 1 nsubj
        armed arm VERB VBD 1 ROOT
        the the DET DT 4 det
        Syrian syrian ADJ JJ 4 amod
        {first_object} NOUN NNS 1 dobj
        . . PUNCT . 1 punct
        Rebel rebel NOUN NN 7 compound
        commanders commander NOUN NNS 8 nsubj
        met meet VERB VBD 8 ROOT
        Russian russian ADJ JJ 10 amod
        officials official NOUN NNS 8 dobj
        . . PUNCT . 8 punct
    """, {"Turkey": "TUR"}, spans=[(3, 5, "coll:rebel:SYR:TUR"), (9, 11, "RUS-GOV")],
        kinds={"RUS-GOV": ActorKind.GOVERNMENT})
    events, _ = run(doc, an)
    return triples(events)


def test_a_bare_group_noun_is_the_group_last_named_with_that_head() -> None:
    assert ("coll:rebel:SYR:TUR", "CONSULT", "RUS-GOV") in _rebels("rebels rebel")


def test_a_bare_group_noun_with_no_such_group_before_names_nobody() -> None:
    found = _rebels("opposition opposition")
    assert not {t for t in found if t[1] == "CONSULT"}, found


def test_coordinated_acts_accuse_each_agent_and_a_bare_militia_is_the_one_named() -> None:
    doc, an = build("""
        An an DET DT 2 det
        Iran-backed iran-backed ADJ JJ 2 amod
        militia militia NOUN NN 3 nsubj
        fired fire VERB VBD 3 ROOT
        rockets rocket NOUN NNS 3 dobj
        . . PUNCT . 3 punct
        Jordan Jordan PROPN NNP 7 nsubj
        condemned condemn VERB VBD 7 ROOT
        both both CCONJ CC 11 preconj
        the the DET DT 11 det
        militia militia NOUN NN 11 compound
        attacks attack NOUN NNS 7 dobj
        and and CCONJ CC 11 cc
        the the DET DT 15 det
        Israeli israeli ADJ JJ 15 amod
        strikes strike NOUN NNS 11 conj
        . . PUNCT . 7 punct
    """, {"Jordan": "JOR"}, spans=[(0, 3, "coll:armed_group:IRQ:IRN"), (14, 15, "ISR")])
    events, _ = run(doc, an)
    found = triples(events)
    assert ("JOR", "ACCUSE", "coll:armed_group:IRQ:IRN") in found
    assert ("JOR", "ACCUSE", "ISR") in found


def test_borrowed_targets_keep_the_sentences_own_hedge() -> None:
    doc, an = build(_EARLIER_ATTACK + _LATER_CLAIM, {"PKK": "PKK"},
                    spans=[(3, 4, "TUR"), (6, 7, "TUR-GOV")],
                    kinds={"TUR-GOV": ActorKind.GOVERNMENT})
    events, _ = run(doc, an)
    claim = [e for e in events if (e.source, e.target) == ("PKK", "TUR")]
    # the Turkish officials' claim is theirs, not the PKK's own word
    assert claim and claim[0].factuality is Factuality.REPORTED
    assert claim[0].attributed_to == "TUR-GOV"


def test_an_attack_named_by_its_own_agent_borrows_no_target() -> None:
    # "the Kurdish strikes" says whose strikes they are, not that they are the
    # story's attack: only a clause that names the agent refers back
    doc, an = build(_EARLIER_ATTACK + """
        Officials official NOUN NNS 7 nsubj
        condemned condemn VERB VBD 7 ROOT
        the the DET DT 10 det
        Kurdish kurdish ADJ JJ 10 amod
        strikes strike NOUN NNS 7 dobj
        . . PUNCT . 7 punct
    """, spans=[(3, 4, "TUR"), (9, 10, "PKK")])
    events, _ = run(doc, an)
    assert not [e for e in events if e.type.value == "ASSAULT" and e.source == "PKK"], \
        triples(events)


def test_a_phrase_under_pressure_that_describes_an_object_is_not_the_subjects() -> None:
    doc, an = build("""
        Macron Macron PROPN NNP 1 nsubj
        invited invite VERB VBD 1 ROOT
        Kurdish kurdish ADJ JJ 3 amod
        leaders leader NOUN NNS 1 dobj
        under under ADP IN 1 prep
        pressure pressure NOUN NN 4 pobj
        from from ADP IN 5 prep
        Ankara Ankara PROPN NNP 6 pobj
        . . PUNCT . 1 punct
    """, {"Macron": "MACRON", "Ankara": "TUR"}, kinds={"MACRON": ActorKind.PERSON})
    events, _ = run(doc, an)
    assert not [e for e in events if e.source == "TUR" and e.target == "MACRON"], \
        triples(events)


def test_its_after_a_clause_naming_the_owner(rules: Any) -> None:
    got = coded("Although Turkey is a Nato member, its growing defence cooperation with "
                "Moscow includes a deal to buy missiles.", rules)
    assert ("COOPERATE", "TUR", "RUS") in got


@pytest.mark.parametrize("noun", ["allies", "countries"])
def test_the_two_allies_came_to_an_agreement(noun: str, rules: Any) -> None:
    got = coded(f"Washington and Ankara argued over Syria. The two {noun} have come to an "
                "agreement on several issues.", rules)
    assert any(t == "AGREE" and {s, g} == {"USA", "TUR"} for t, s, g in got)
