"""Accusations made by evaluation: a speaker puts a damning word on an actor or its deed.

Three constructions of English, each giving ACCUSE (mode ``disapprove``) from the one
who judges to the one judged:

naming
    a verb of naming or depicting with an accusatory word in what it names: "X called
    the remarks an insult", "X described the sanctions as illegal", "casting Y as a
    cancerous influence", "what X called Saudi aggression".
reported judgement
    a copula clause with an accusatory predicate reported by a speech verb: "X said
    any Turkish move would be unacceptable", "X warned that Y's plan was reckless".
quoted judgement
    the same copula clause inside a quotation whose speaker is named.
blame
    a reported clause that makes an actor the doer behind a harm: "X alleged that Y was
    behind the blast", "X said Y was to blame for the explosion", "X claimed the attack
    had been orchestrated by Y", "X insists Y had a hand in the plot", "X's claims that Y
    was responsible for the killings". The harm must be named (an act noun or a harm
    noun: "responsible for the security of the region" blames nobody), except after a
    word that blames by itself ("was guilty of barbarity", "complicit in"); "X had made
    a serious mistake" faults X too.
consequence
    a THREATEN, not an accusation: a reported clause promising an actor a penalty to
    come ("X said Y will pay a heavy price", "Y would face consequences if ...", "Y
    will regret it", "Y will be punished").

The one judged is an actor named as the thing judged, else the owner or modifier of
the thing ("the American remarks", "Iran's plan"). A negated judgement ("is not
illegal") or one the speaker makes of itself gives nothing. The words are data
(``arguments.accusatory_words``, ``arguments.naming_verbs``, ``arguments.blame_*``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from allegiance.events.arguments import ArgumentFinder
from allegiance.events.discourse import Segment
from allegiance.lexicon import Lexicon
from allegiance.records import EventType

_COPULAS = frozenset({"be", "become", "remain", "seem", "look", "sound"})
_NEGATORS = frozenset({"not", "n't", "never", "no"})


@dataclass(frozen=True)
class Judgement:
    """One accusation by evaluation: who judges, who is judged, and the word."""

    source: str
    target: str
    anchor: Token
    verb: Token | None
    """The verb of naming or speaking that makes the judgement (None in a quotation)."""
    type: EventType = EventType.ACCUSE
    thing: Token | None = None
    """With no actor judged: the act or decision referred back to ("described the move
    as a betrayal", "said any such move would be unacceptable"), whose doer the
    article's history gives (extractor)."""


def judgements(seg: Segment, finder: ArgumentFinder, lexicon: Lexicon) -> Iterator[Judgement]:
    """Every accusation by evaluation in one sentence (see module doc)."""
    words = lexicon.words("arguments.accusatory_words")
    naming = lexicon.words("arguments.naming_verbs")
    speech = lexicon.words("modality.attribution.verbs")
    claims = lexicon.words("arguments.accusation_nouns")
    things = lexicon.words("arguments.verbal_things")
    dets = lexicon.words("arguments.definite_determiners") | {"any"}
    seen: set[tuple[str, str]] = set()
    for tok in seg.span:
        if tok.lemma_.lower() not in words and tok.lower_ not in words:
            continue
        if _negated(tok):
            continue
        for source, targets, verb in _readings(tok, finder, naming, speech, claims):
            for target in targets:
                if target != source and (source, target) not in seen:
                    seen.add((source, target))
                    yield Judgement(source, target, tok, verb)
            if not targets:
                thing = _referring_thing(tok, verb, things, dets, naming)
                if thing is not None:
                    yield Judgement(source, "", tok, verb, thing=thing)
    tellers = speech | lexicon.words("arguments.allegation_verbs")
    for source, target, anchor, verb in _blames(seg, finder, lexicon, tellers, claims):
        if target != source and (source, target) not in seen:
            seen.add((source, target))
            yield Judgement(source, target, anchor, verb)
    for source, target, anchor, verb in _consequences(seg, finder, lexicon, tellers, claims):
        if target != source:
            yield Judgement(source, target, anchor, verb, EventType.THREATEN)


def _readings(word: Token, finder: ArgumentFinder, naming: frozenset[str],
              speech: frozenset[str], claims: frozenset[str]
              ) -> Iterator[tuple[str, list[str], Token | None]]:
    verb = _naming_verb(word, naming)
    if verb is not None:
        judges = [a.actor for a in finder.subject_of(verb)]
        judged = _judged_objects(verb, word, finder)
        for j in judges:
            yield j, judged, verb
        return
    pred = word
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.dep_ in (
            "attr", "acomp"):
        pred = word.head.head  # "was an act of aggression", "a form of terrorism"
    cop = pred.head
    if pred.dep_ not in ("acomp", "attr") or cop.lemma_.lower() not in _COPULAS:
        return
    subjects = [c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")]
    judged = [x for s in subjects for x in _judged(s, finder)]
    teller = cop.head
    tellers = [c for c in cop.children if c.dep_ == "parataxis" and c.lemma_.lower() in speech]
    if cop.dep_ == "ccomp" and teller.lemma_.lower() in speech and teller.pos_ == "VERB":
        for arg in finder.subject_of(teller):
            yield arg.actor, judged, teller
    elif cop.dep_ in ("acl", "ccomp") and teller.pos_ == "NOUN" and teller.lemma_.lower() in \
            claims:
        # "repeated complaints that US deployments were illegal": the claimant's
        for arg in finder.agent_of_noun(teller):
            yield arg.actor, judged, teller
    elif tellers:
        # "X was an insult, the ministry said"
        for arg in finder.subject_of(tellers[0]):
            yield arg.actor, judged, tellers[0]
    elif finder.speaker is not None and cop.dep_ == "ROOT":
        yield finder.speaker, judged, None


def _referring_thing(word: Token, verb: Token | None, things: frozenset[str],
                     dets: frozenset[str], naming: frozenset[str]) -> Token | None:
    """The definite act or decision a judgement is about when it names no actor: the
    object of a verb of naming ("described the move as a betrayal") or the subject of
    the judging copula ("any such move would be unacceptable")."""
    if verb is not None and verb.lemma_.lower() in naming:
        cands = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        pred = word.head if word.dep_ == "pobj" else word
        cop = pred.head if pred.dep_ in ("acomp", "attr") else pred
        cands = [c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")]
    for c in cands:
        if c.lemma_.lower() in things and any(
                d.dep_ in ("det", "predet", "amod") and d.lower_ in dets for d in c.children):
            return c
    return None


def _naming_verb(word: Token, naming: frozenset[str]) -> Token | None:
    """The verb of naming whose complement holds ``word`` (up to three steps up)."""
    cur = word
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.pos_ == "VERB" and head.lemma_.lower() in naming and cur.dep_ in (
                "oprd", "xcomp", "ccomp", "dobj", "prep", "attr", "acomp", "amod"):
            return head
        if head.pos_ == "VERB":
            return None
        cur = head
    return None


def _judged_objects(verb: Token, word: Token, finder: ArgumentFinder) -> list[str]:
    """Who a verb of naming judges: its object ("called Iran a threat"), the owner of
    a thing object ("called the American remarks an insult"), or the modifier of the
    word itself in a free relative ("what he called Saudi aggression")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
            and c.i > verb.i and c.i != word.i and word not in c.subtree]
    out = [x for o in objs for x in _judged(o, finder)]
    if not out:
        # "branded Hezbollah a terrorist army": the parser hangs the one named on the
        # noun that names it
        for o in verb.children:
            if o.dep_ in ("dobj", "oprd") and word in o.subtree:
                out += [a.actor for c in o.children if c.dep_ in ("nmod", "poss", "npadvmod")
                        for a in finder.actors(c)]
    if not out:
        # "called the American remarks an insult": the parser makes "remarks" a clause
        for c in verb.children:
            if c.dep_ == "ccomp" and c.i < word.i:
                out += [a.actor for a in finder.modifiers(c, "modifier")]
    if not out and any(c.lower_ == "what" for c in verb.children):
        out = [a.actor for a in finder.modifiers(word, "modifier")]
    return list(dict.fromkeys(out))


def _judged(tok: Token, finder: ArgumentFinder) -> list[str]:
    """The actor a noun phrase names, else its owner or modifier ("Iran's plan")."""
    got = [a.actor for a in finder.actors(tok)]
    if not got:
        got = [a.actor for p in tok.children if p.dep_ == "poss" for a in finder.actors(p)]
    if not got:
        got = [a.actor for a in finder.modifiers(tok, "modifier")]
    if not got:
        # "the highest levels of the Saudi royal court", "elements of the regime"
        for o in finder.prep_objects(tok, ("of",)):
            got += [a.actor for a in finder.actors(o)] or [
                a.actor for a in finder.modifiers(o, "modifier")]
    return got


def _blames(seg: Segment, finder: ArgumentFinder, lexicon: Lexicon, tellers: frozenset[str],
            claims: frozenset[str]) -> Iterator[tuple[str, str, Token, Token | None]]:
    """The blame construction (module doc): (source, target, predicate, teller)."""
    harms = lexicon.words("arguments.blame_harms") | lexicon.words("arguments.act_nouns")
    damning = lexicon.words("arguments.blame_damning") | lexicon.words("arguments.fault_nouns")
    for tok in seg.span:
        found = _blame_clause(tok, lexicon)
        if found is None:
            continue
        clause, harm, passive = found
        if _negated(clause) or not (tok.lemma_.lower() in damning or (
                harm is not None and (harm.lemma_.lower() in harms or (
                    harm.dep_ == "dobj" and harm.head.lemma_.lower() in harms)))):
            continue
        if passive:
            # "the coup was masterminded by X", "... masterminded from the US"
            doers = [p for a in clause.children if a.dep_ == "agent" or (
                a.dep_ == "prep" and a.lower_ == "from")
                for p in a.children if p.dep_ == "pobj"]
        else:
            doers = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        judged = list(dict.fromkeys(x for d in doers for x in _judged(d, finder)))
        if not judged:
            continue
        for source, verb in _blamers(clause, finder, tellers, claims):
            for target in judged:
                yield source, target, tok, verb


def _blame_clause(tok: Token, lexicon: Lexicon) -> tuple[Token, Token | None, bool] | None:
    """(the clause's head, the harm it names, whether its doer is a "by" agent) when
    ``tok`` is a predicate of blame: "was behind", "was responsible/guilty/complicit
    (for/of/in)", "was to blame for", "had a hand in", "masterminded/orchestrated"."""
    lemma = tok.lemma_.lower()
    head = tok.head
    if tok.dep_ == "prep" and lemma in lexicon.words("arguments.blame_preps") \
            and head.lemma_.lower() == "be":
        return head, _pobj(tok), False
    if tok.dep_ in ("acomp", "xcomp") and head.lemma_.lower() == "be" and (
            lemma in lexicon.words("arguments.blame_adjectives")):
        preps = [c for c in tok.children if c.dep_ == "prep"]
        return head, _pobj(preps[0]) if preps else None, False
    if lemma in lexicon.words("arguments.fault_nouns") and tok.dep_ == "dobj" \
            and head.lemma_.lower() == "make":
        return head, tok, False  # "said the US envoy had made a serious mistake"
    if lemma == "hand" and tok.dep_ == "dobj" and head.lemma_.lower() == "have":
        preps = [c for c in (*tok.children, *head.children)
                 if c.dep_ == "prep" and c.lower_ == "in"]
        return head, _pobj(preps[0]) if preps else None, False
    if tok.pos_ == "VERB" and lemma in lexicon.words("arguments.blame_verbs"):
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        objs = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        return tok, objs[0] if objs else None, passive
    return None


def _pobj(prep: Token) -> Token | None:
    """The object of a preposition; of a gerund under it, the gerund's object or the
    gerund itself ("responsible for ordering the killing", "guilty of killing")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is not None:
        return obj
    ger = next((c for c in prep.children if c.dep_ == "pcomp"), None)
    if ger is None:
        return None
    return next((c for c in ger.children if c.dep_ == "dobj"), ger)


def _blamers(clause: Token, finder: ArgumentFinder, tellers: frozenset[str],
             claims: frozenset[str]) -> Iterator[tuple[str, Token | None]]:
    """Who lays the blame: the subject of the speech verb that reports the clause
    ("X alleged that ...", "..., X said"), the owner of a claim noun whose content it
    is ("X's claims that ..."), or the speaker of the quotation it stands in."""
    head = clause.head
    if clause.dep_ == "ccomp" and head.pos_ == "VERB" and head.lemma_.lower() in tellers:
        for arg in finder.subject_of(head):
            yield arg.actor, head
        return
    if clause.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in claims:
        for arg in finder.agent_of_noun(head):
            yield arg.actor, head
        return
    said = [c for c in clause.children if c.dep_ == "parataxis"
            and c.lemma_.lower() in tellers]
    if said:
        for arg in finder.subject_of(said[0]):
            yield arg.actor, said[0]
    elif finder.speaker is not None and clause.dep_ == "ROOT":
        yield finder.speaker, None


_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "must", "wo"})


def _consequences(seg: Segment, finder: ArgumentFinder, lexicon: Lexicon,
                  tellers: frozenset[str], claims: frozenset[str]
                  ) -> Iterator[tuple[str, str, Token, Token | None]]:
    """The consequence construction (module doc): (source, target, predicate, teller)."""
    objects = lexicon.words("arguments.consequence_objects")
    verbs = lexicon.words("arguments.consequence_verbs")
    for tok in seg.span:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or _negated(tok):
            continue
        if lemma in verbs:
            pass  # "X will regret it", "X will be punished"
        elif not any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in tok.children):
            continue  # "will pay a heavy price", "would face consequences"
        # "will pay", "will have to pay": the clause is about to come
        clause = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "have" else tok
        if not any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        targets = list(dict.fromkeys(x for sub in subjects for x in _judged(sub, finder)))
        for source, verb in _blamers(clause, finder, tellers, claims):
            for target in targets:
                yield source, target, tok, verb


def _negated(word: Token) -> bool:
    """ "is not illegal", "never a threat"."""
    for t in (word, word.head):
        if any(c.dep_ == "neg" or c.lower_ in _NEGATORS for c in t.children
               if c.dep_ in ("neg", "advmod", "det")):
            return True
    return False
