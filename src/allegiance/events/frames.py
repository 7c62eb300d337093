"""Frames and the clause-level readings every trigger shares.

``Frame`` holds the arguments of one trigger entry at one place in the text.
``Clauses`` (a ``referents.Referents``) adds what both verb and noun readings
need: who does what a verb says (its subject, the subject it inherits through
control, coordination, participles and relative clauses), the lexicon
prepositions of an entry, coordination siblings, passives and the finished
frame.  ``arguments.ArgumentFinder`` reads verbs and nouns on top of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from allegiance.analysis import ActorAnalysis
from allegiance.events.referents import Arg, Referents, unique, weaker
from allegiance.events.triggers import Match
from allegiance.lexicon import Lexicon, Trigger
from allegiance.records import EventType

__all__ = ["TARGETLESS_TYPES", "Clauses", "Frame", "active_participle"]

_VERB = frozenset({"VERB", "AUX"})
_NOUN = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# participles of saying after a report are the reporter's ("X said ..., repeating
# accusations that"), not the reported clause's subject's
_SPEAKER_PARTICIPLES = frozenset({"reiterate", "repeat", "renew", "echo", "add", "accuse",
                                  "blame", "claim", "insist", "note", "warn", "urge", "deny",
                                  "call", "charge", "allege", "say", "stress", "vow"})
# deps through which a controlled verb looks for its subject
_STOP_DEPS = frozenset({"ccomp", "parataxis", "csubj", "csubjpass", "ROOT", "relcl"})
_MAX_CLIMB = 7

# Material acts that are events even when what they were done to is no actor
# ("overran a military base", "freed 30 prisoners", "imposed a curfew").
TARGETLESS_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.SANCTION,
                              EventType.MOBILIZE, EventType.PROTEST, EventType.RETREAT,
                              EventType.CONCEDE, EventType.AID, EventType.THREATEN})


@dataclass(frozen=True)
class Frame:
    """The arguments of one trigger entry at one place in the text.

    ``governor`` is the verb a trigger noun hangs from; ``inner`` the infinitive
    whose target an ``inner`` trigger borrowed ("threatened to *attack* X");
    ``affected`` is true when the text names what the act was done to even
    if that is no actor ("overran a military base", "freed 30 prisoners");
    ``answers`` the sentence index of the earlier act a retaliation answers, whose
    time it keeps when it states none (events/antecedents.py).
    """

    trigger: Trigger
    sources: tuple[Arg, ...]
    targets: tuple[Arg, ...]
    governor: int | None = None
    inner: int | None = None
    affected: bool = False
    answers: int | None = None

    @property
    def complete(self) -> bool:
        """A source and, unless the entry is monadic, a target."""
        return bool(self.sources) and (bool(self.targets) or self.trigger.monadic)

    @property
    def usable(self) -> bool:
        """Complete, or a material act done to a named thing (see TARGETLESS_TYPES)."""
        return self.complete or (bool(self.sources) and self.affected
                                 and self.trigger.type in TARGETLESS_TYPES)


class Clauses(Referents):
    """Clause-level readings inside one sentence (``lo``..``hi``)."""

    def __init__(self, analysis: ActorAnalysis, lexicon: Lexicon, lo: int, hi: int) -> None:
        """Read inside tokens ``lo``..``hi``; set ``speaker`` for quoted sentences."""
        super().__init__(analysis, lexicon, lo, hi)
        w = lexicon.words
        self.agentive_nouns = w("arguments.agentive_nouns")
        self.plan_governors = w("arguments.plan_governors")
        self.subject_participles = w("arguments.subject_participles")
        # set by _apply_preps when a target phrase names a concrete thing
        self._touched = False

    def subject_of(self, verb: Token) -> list[Arg]:
        """The actors doing what ``verb`` says: its subject, or the one it inherits."""
        passive = self._is_passive(verb)
        subj = self._kids(verb, ("nsubjpass",) if passive else ("nsubj",))
        if subj:
            return [a for s in subj for a in self.actors(s)] or self.relative_author(verb, subj)
        if verb.dep_ == "acl" and active_participle(verb):
            head = self._head(verb)
            return self.participle_subject(verb, head) if head is not None else []
        return self._inherit(verb)

    def clause_subject(self, verb: Token) -> list[Arg]:
        """Who does what ``verb`` says, following control ("urged Iraq to rein in")."""
        return self.subject_of(verb)

    def participle_subject(self, v: Token, host: Token) -> list[Arg]:
        """Who does what an active participle says: the noun it modifies ("militias
        fighting IS"); when that noun names no actor and a comma precedes the
        participle, the noun phrase the comma closes ("a campaign led by the PMF,
        the umbrella of volunteer groups, fighting alongside the army": the
        parser hangs the participle on a noun further up)."""
        got = self.actors(host)
        prev = v.doc[v.i - 1] if v.i - 1 >= self.lo else None
        if got or prev is None or prev.text != "," or prev.i - 1 < self.lo:
            return got
        top = v.doc[prev.i - 1]
        for _ in range(_MAX_CLIMB):
            head = self._head(top)
            if head is None or head.i == host.i:
                break
            if top.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in _NOUN:
                top = head.head  # "the umbrella of volunteer groups"
            elif top.dep_ in ("appos", "conj", "compound", "amod") and head.pos_ in _NOUN:
                top = head
            else:
                break
        return [replace(a, via=weaker(a.via, "relative")) for a in self.actors(top)]

    def participle_host(self, v: Token, host: Token) -> Token:
        """The noun a past participle describes; after a comma, the clause subject."""
        prev = v.doc[v.i - 1] if v.i > self.lo else None
        if prev is None or prev.text != "," or v.lemma_.lower() not in self.subject_participles:
            return host
        cur = host
        for _ in range(4):
            up = self._head(cur)
            if up is None:
                return host
            if up.pos_ in _VERB:
                subj = self._kids(up, ("nsubj", "nsubjpass"))
                return subj[0] if subj else host
            cur = up
        return host

    def _inherit(self, v: Token) -> list[Arg]:
        """The subject a verb without one takes from the verb controlling it."""
        cur = v
        via_prep: Token | None = None
        for _ in range(_MAX_CLIMB):
            head = self._head(cur)
            dep = cur.dep_
            if head is None or dep in _STOP_DEPS:
                if dep == "relcl" and head is not None:
                    return self.actors(head, "relative")
                return []
            if dep == "acl":
                if head.pos_ in _NOUN and head.lemma_.lower() in self.agentive_nouns:
                    return self.agent_of_noun(head)
                return self.participle_subject(cur, head) if active_participle(cur) else []
            if dep == "prep":
                via_prep = cur
            cur = head
            if dep == "advcl" and v.tag_ == "VBG" and v.lemma_.lower() in _SPEAKER_PARTICIPLES \
                    and cur.dep_ == "ccomp" and cur.head.lemma_.lower() in self.reporting:
                # "X said the attackers came from Syria, repeating accusations that ...":
                # the participle after the report is the reporter's
                subj = self._kids(cur.head, ("nsubj",))
                if subj:
                    return [a for s in subj for a in self.actors(s)]
            if cur.pos_ in _VERB:
                if via_prep is not None and via_prep.lower_ in ("for", "of", "from"):
                    objs = self._kids(cur, ("dobj",))
                    if objs:
                        return [a for o in objs for a in self.actors(o)]
                if dep == "xcomp":
                    # object control: "leaving the adviser to hold talks", "urged X to"
                    objs = self._kids(cur, ("dobj",))
                    if objs:
                        return [a for o in objs for a in self.actors(o)]
                subj = self._kids(cur, ("nsubj", "nsubjpass"))
                if subj:
                    return [a for s in subj for a in self.actors(s)]
                if cur.dep_ == "acl" and cur.tag_ == "VBG":
                    h = self._head(cur)
                    return self.actors(h) if h is not None else []
            elif cur.pos_ in _NOUN and cur.lemma_.lower() in self.agentive_nouns:
                poss = self._kids(cur, ("poss",))
                if poss:
                    return [a for p in poss for a in self.actors(p)]
        return []

    def relative_author(self, verb: Token, subj: list[Token]) -> list[Arg]:
        """ "published a report that calls on Egypt to", "a statement which urged": a
        text's relative clause speaks for its author (``agent_of_noun``)."""
        head = self._head(verb)
        if verb.dep_ != "relcl" or head is None or head.pos_ not in _NOUN \
                or head.lemma_.lower() not in self.agentive_nouns \
                or not subj or subj[0].tag_ not in ("WDT", "WP"):
            return []
        return self.agent_of_noun(head)

    def agent_of_noun(self, noun: Token) -> list[Arg]:
        """Whose decision, plan or pledge ``noun`` is: its possessor ("Iraq's decision
        to") or actor modifier ("a US plan to"), else the subject of the light verb whose object it is ("the EU took the
        decision to", "Iran made a promise to", "announced a plan to"); not of any
        verb ("rejected a plan to" is not the rejecter's plan)."""
        poss = self._kids(noun, ("poss",))
        if poss:
            return [a for p in poss for a in self.actors(p)]
        # "a US plan to", "the Turkish decision to": the actor modifier's
        owners = [a for c in self._kids(noun, ("compound", "amod", "nmod"))
                  for a in self.actors(c)]
        if owners:
            return owners
        gov = self._head(noun)
        if noun.dep_ != "dobj" or gov is None or gov.pos_ not in _VERB \
                or gov.lemma_.lower() not in self.plan_governors:
            return []
        return self.subject_of(gov)

    def _apply_preps(self, m: Match, trig: Trigger, anchors: Iterable[Token], srcs: list[Arg],
                     tgts: list[Arg], *, only_targets: bool = False,
                     extra: bool = False) -> tuple[bool, bool]:
        """Add prepositional arguments; return (a lexicon prep was present, "between" pair).

        ``extra`` anchors are other words than the trigger's own (its object).
        A target phrase that names no actor gives its owner ("attacks on
        positions of the PKK").
        """
        found = between = False
        tokens = list(anchors)
        if not extra and tokens and tokens[0].i == m.anchor.i:
            tokens += [m.anchor.doc[i] for i in m.tokens if i != m.anchor.i]
        for tok in tokens:
            # "provided weapons to the Houthis": the parser calls that "to" a dative
            preps = [c for c in self._kids(tok, ("prep", "dative"))
                     if c.dep_ == "prep" or c.pos_ == "ADP"]
            if not extra and tok.pos_ == "ADP" and tok.i in m.tokens:
                preps.append(tok)
            for p in preps:
                low = p.lower_
                if low in ("between", "among", "amongst"):
                    pair = [a for o in self._kids(p, ("pobj",)) for a in self.np_actors(o)]
                    if len({a.actor for a in pair}) > 1 and not only_targets:
                        between = True
                        if not srcs and trig.symmetric:
                            # "talks between X and Y", "a deal reached among X, Y and Z";
                            # a mediator is not X
                            srcs.append(pair[0])
                        tgts.extend(a for a in pair if a.actor not in {s.actor for s in srcs})
                    continue
                role = trig.preps.get(low)
                if role is None or (only_targets and role != "target"):
                    continue
                objs = self._kids(p, ("pobj", "pcomp"))
                if objs:
                    found = True
                for o in objs:
                    got = self.actors(o)
                    if role == "target":
                        concrete = self.concrete(o)
                        self._touched = self._touched or (concrete and not got)
                        if not got and not concrete and o.pos_ == "NOUN":
                            # "opposed to French mediation in talks with Syria": an abstract
                            # thing is its modifier's before anything it is about
                            got = self.modifiers(o, "modifier")
                        if not got and (concrete or self.pact(o) or o.pos_ == "NOUN"):
                            # "attacks on positions of the PKK", "sanctions on Iranian exports"
                            got = self.owners(o)
                    (tgts if role == "target" else srcs).extend(got)
        return found, between

    def _finish(self, trig: Trigger, srcs: list[Arg], tgts: list[Arg],
                gov: int | None, inner: Token | None = None, *,
                affected: bool = False, pair: bool = True) -> Frame:
        srcs = unique(srcs)
        tgts = [a for a in unique(tgts) if a.actor not in {s.actor for s in srcs}] if len(
            srcs) == 1 else unique(tgts)
        if trig.symmetric and pair and not tgts and len({a.actor for a in srcs}) > 1:
            first = srcs[0]
            tgts = [a for a in srcs[1:] if a.actor != first.actor]
            srcs = [first]
        return Frame(trig, tuple(srcs), tuple(tgts), gov,
                     inner.i if inner is not None else None, affected)

    def _conj_siblings(self, tok: Token) -> list[Token]:
        out: list[Token] = []
        cur = tok
        while cur.dep_ == "conj" and self._head(cur) is not None:
            cur = self._head(cur)  # type: ignore[assignment]
            out.append(cur)
        stack = list(self._kids(tok, ("conj",)))
        while stack:
            c = stack.pop()
            out.append(c)
            stack += self._kids(c, ("conj",))
        for h in list(out):
            for c in self._kids(h, ("conj",)):
                if c.i != tok.i and c not in out:
                    out.append(c)
        return out

    def _is_passive(self, v: Token) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
            v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children))


def active_participle(v: Token) -> bool:
    """ "militias fighting IS" (-ing), or a past participle with a direct object,
    which no passive has ("the air force carried out strikes" misparsed as a
    noun with a participle): the noun is the one acting."""
    return v.tag_ == "VBG" or (v.tag_ == "VBN" and any(c.dep_ == "dobj" for c in v.children))
