"""What earlier sentences of an article said, for nouns that refer back to it.

A definite noun often names an act, decision or proposal the article stated
before: "drones struck his residence ... the attack was believed to have been
carried out by X"; "parliament passed a law that turns X into a permanent
force ... Abadi welcomed the vote"; "the government is trying to persuade the
factions to disarm ... some faction leaders rejected the idea".  ``History``
keeps, per article, the acts read so far (type, sources, targets, and whether
a decision governs them: "passed a law that ...", "voted to ...") and who
spoke in each sentence.  ``History.resolve`` fills the missing target of a
frame from them, and only then:

- a bare definite noun for an attack or a coercive act ("the attack", not
  "the Turkish strikes" nor "the attack in Salisbury") that the clause
  attributes to an agent ("the attack was carried out by X", "X claimed the
  strike", "blamed X for the attack", "X was behind the attack") takes the
  target of the article's lead act of its type (its first with a target)
  when the lead named no agent, or this one: the story's attack, which the
  attribution completes ("drones struck his residence ... the attack was
  believed to have been carried out by X");
- a speech act on a definite decision noun ("welcomed the vote", "condemned
  the decision"): support goes to the beneficiary of the article's last
  decision when that decision was cooperative, criticism and rejection to
  the decision's maker;
- rejecting or accepting a definite proposal noun ("rejected the idea")
  answers whoever last asked something of the one answering (the same actor
  or a collective of the same kind and country), else whoever last proposed or
  planned an act ("X announced a plan to ... Y opposed the plan");
- consenting or refusing to act ("agreed to cut its oil imports", "refused to
  open the crossings") answers whoever last asked something of the one
  answering, within a few sentences;
- a denial ("denied the accusations", "denied it was behind the attack",
  "denied any role") answers whoever last accused the denier, within a few
  sentences;
- a retaliation ("Moscow retaliated by imposing sanctions", "Iran responded
  with missile strikes") is aimed at whoever last did something hostile to the
  one retaliating, within as many sentences, and keeps that act's time;
- "a similar call", "the same warning": the latest act of that kind by another
  actor, aimed at the same target;
- disapproval with no object ("Moscow expressed serious concern") is about the
  act of force just reported (the sentence before), aimed at its doer.

Nothing is taken from the same sentence, and no stated argument is replaced.
Word classes live in ``data/lexicon/arguments.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from allegiance.events.frames import Clauses, Frame
from allegiance.events.referents import Arg, Referents
from allegiance.events.triggers import Match
from allegiance.lexicon import Lexicon, Trigger
from allegiance.records import Actor, ActorKind, EventType, Timeframe

__all__ = ["Act", "History"]

_COOPERATIVE = frozenset({EventType.SUPPORT, EventType.AID, EventType.COOPERATE,
                          EventType.CONCEDE, EventType.AGREE})
_FAULTING = frozenset({EventType.ACCUSE, EventType.REJECT})
_ANSWERS = frozenset({EventType.REJECT, EventType.AGREE})
# acts a retaliation answers, and may itself be
_HOSTILE = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.SANCTION,
                      EventType.THREATEN, EventType.ACCUSE, EventType.PROTEST})
# acts done to someone that a later "the attack" / "the raid" names again; verbal
# acts are not ("the investigation" of one story is not another's)
_MATERIAL = frozenset({EventType.ASSAULT, EventType.COERCE})
# deps through which a decision governs the act it decides ("voted to expel",
# "a law that turns", "the decision to send", "a resolution calling on")
_DECIDED_DEPS = frozenset({"relcl", "acl", "ccomp", "xcomp", "dobj", "pobj", "prep", "conj",
                           "pcomp"})
_MAX_UP = 6
# dependents that tell which act a noun is ("the Turkish strikes", "the attack in X")
_DESCRIBING = frozenset({"amod", "compound", "nmod", "poss", "prep", "acl", "relcl", "nummod",
                         "appos"})


@dataclass(frozen=True)
class Act:
    """One frame read in an earlier sentence (see module doc)."""

    seg: int
    type: EventType
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    decision: bool
    proposed: bool = False


class History:
    """The acts and speakers of one article so far."""

    def __init__(self, lexicon: Lexicon, actors: Mapping[str, Actor]) -> None:
        """Empty history for an article whose actors are ``actors``."""
        w = lexicon.words
        self.decision_nouns = w("arguments.decision_nouns")
        self.decision_verbs = w("arguments.decision_verbs")
        self.proposals = w("arguments.proposal_nouns")
        self.attributing = w("arguments.attribution_governors")
        self.attributing_preps = w("arguments.attribution_preps")
        self.denials = w("arguments.denial_verbs")
        self.retaliations = w("arguments.retaliation_verbs")
        self.disapproval_modes = w("arguments.disapproval_modes")
        self.likeness = w("arguments.likeness_modifiers")
        self.disapproval_window = int(lexicon.number("arguments.disapproval_window"))
        self.accusations = w("arguments.accusation_nouns")
        self.denial_window = int(lexicon.number("arguments.denial_window"))
        self.actors = actors
        self.acts: list[Act] = []
        self.speakers: dict[int, str] = {}
        self.times: dict[int, tuple[str, Timeframe]] = {}
        self.plans: list[tuple[int, tuple[str, ...]]] = []

    # ------------------------------------------------------------- recording

    def record(self, seg: int, framed: list[tuple[Match, list[Frame]]],
               bounds: tuple[int, int]) -> None:
        """Keep every frame of sentence ``seg`` (tokens ``bounds``), with or without
        a source."""
        for m, frames in framed:
            decided = self._decided(m.anchor, bounds)
            proposed = self._decided(m.anchor, bounds, self.proposals)
            for f in frames:
                self.acts.append(Act(seg, f.trigger.type, tuple(a.actor for a in f.sources),
                                     tuple(a.actor for a in f.targets), decided, proposed))

    def record_plans(self, seg: int, span: Span, finder: Clauses) -> None:
        """Who makes each plan or proposal sentence ``seg`` names ("Washington announced
        plans for a force", "the US plan"), for a later "opposed the plan"."""
        for tok in span:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.proposals:
                makers = tuple(dict.fromkeys(a.actor for a in finder.agent_of_noun(tok)))
                if makers:
                    self.plans.append((seg, makers))

    def record_speaker(self, seg: int, speaker: str | None) -> None:
        """Who spoke in sentence ``seg`` ("X said ..."), if anyone."""
        if speaker is not None:
            self.speakers[seg] = speaker

    def speaker_before(self, seg: int) -> str | None:
        """The speaker of the sentence before ``seg``."""
        return self.speakers.get(seg - 1)

    # ------------------------------------------------------------- reading

    def resolve(self, m: Match, frame: Frame, finder: Referents, seg: int) -> Frame:
        """``frame`` with the target a referring noun gives it, else unchanged."""
        if frame.targets or not frame.sources:
            return frame
        sources = {a.actor for a in frame.sources}
        found: tuple[str, ...] = ()
        token = m.anchor.i
        if m.pos == "NOUN" and any(c.dep_ == "amod" and c.lower_ in self.likeness
                                   for c in m.anchor.children):
            # "Iran made a similar call", "issued the same warning": the last act of
            # that kind by someone else, toward the same target
            similar = self._like(m, sources, seg)
            if similar is not None:
                trig, like = similar
                return replace(frame, trigger=trig,
                               targets=tuple(Arg(t, token, "inherited") for t in like.targets
                                             if t not in sources))
        if m.pos == "NOUN":
            # "the attack was carried out by X", "X claimed the strike": the clause
            # names the agent, the noun refers back ("the Turkish strikes" is no such)
            if (frame.trigger.type in _MATERIAL and not frame.trigger.monadic
                    and not frame.affected and self._bare(m.anchor, finder)
                    and self._attributed(m.anchor, frame)):
                found = self._act_target(frame.trigger.type, sources, seg)
        elif m.pos == "VERB":
            obj = next((c for c in m.anchor.children if c.dep_ == "dobj"), None)
            if obj is not None and finder.definite(obj) and not finder.actors(obj):
                token = obj.i
                found = self._answer(frame.trigger.type, obj, sources, seg)
            if not found and self._denial(m.anchor, frame, obj):
                found = self._accusers(sources, seg) or self._reporters(sources, seg)
            if not found and frame.trigger.type in _ANSWERS and frame.inner is not None:
                # "Washington pressed Ankara to curb oil imports ... Ankara agreed to
                # cut them": consenting or refusing to act answers the one who asked
                found = self._askers(sources, seg)
        answered: int | None = None
        if not found and frame.trigger.type in _HOSTILE and self._retaliation(m.anchor):
            provoked = self._aggressor(sources, seg)
            if provoked is not None:
                found, answered = provoked.sources, provoked.seg
        if not found and frame.trigger.mode in self.disapproval_modes \
                and frame.trigger.type is EventType.ACCUSE:
            deplored = self._last_material(sources, seg)
            if deplored is not None:
                found = deplored.sources
        found = tuple(t for t in found if t not in sources)
        if not found:
            return frame
        return replace(frame, targets=tuple(Arg(t, token, "inherited") for t in found),
                       answers=answered)

    def doer_of(self, thing: Token, judges: set[str], seg: int) -> str | None:
        """Whose act a definite noun a judgement is about refers back to ("described
        the move as a betrayal", "any such move would be unacceptable"): the maker of
        the article's last decision or plan of that kind; else, after "such", the doer
        of the last act by someone else just before ("the move" alone is too often
        another act than the last: no one)."""
        found = self._answer(EventType.ACCUSE, thing, judges, seg)
        if not found and any(d.lower_ == "such" for d in thing.children):
            # "any such move": the act just reported
            act = next((a for a in self._recent(seg, self.denial_window)
                        if self._by_other(a, judges)), None)
            found = act.sources if act is not None else ()
        return next((x for x in found if x not in judges), None)

    def _bare(self, noun: Token, finder: Referents) -> bool:
        """ "the attack", "the strikes": a determiner and nothing that tells which
        ("the Turkish strikes", "the nerve agent attack in Salisbury" say it)."""
        return finder.definite(noun) and not any(
            c.dep_ in _DESCRIBING for c in noun.children)

    def _attributed(self, noun: Token, frame: Frame) -> bool:
        """The clause hands the act to an agent: "the attack was carried out by X",
        "X claimed the strike", "blamed X for the attack", "X was behind it"."""
        if frame.governor is None or not all(a.via == "governor" for a in frame.sources):
            return False
        gov = noun.doc[frame.governor]
        if gov.lemma_.lower() in self.attributing:
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ in self.attributing_preps:
            return True
        return noun.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in gov.children)

    def _act_target(self, type_: EventType, sources: set[str], seg: int) -> tuple[str, ...]:
        """The target of the article's lead act of this type (its first with a
        target), when the lead named no agent or this one: the story's attack."""
        for act in self.acts:
            if act.seg >= seg:
                return ()
            if act.type is type_ and act.targets:
                known = set(act.sources)
                return act.targets if not known or known & sources else ()
        return ()

    def _answer(self, type_: EventType, obj: Token, sources: set[str],
                seg: int) -> tuple[str, ...]:
        lemma = obj.lemma_.lower()
        earlier = [a for a in self.acts if a.seg < seg]
        if lemma in self.decision_nouns and (type_ is EventType.SUPPORT or type_ in _FAULTING):
            decision = next((a for a in reversed(earlier) if a.decision), None)
            if decision is None:
                return ()
            if type_ is EventType.SUPPORT:
                return decision.targets if decision.type in _COOPERATIVE else ()
            return decision.sources
        if lemma in self.proposals and type_ in _ANSWERS:
            for act in reversed(earlier):
                if act.type is EventType.REQUEST and act.sources and any(
                        self._kin(t, s) for t in act.targets for s in sources) and not any(
                        self._kin(x, s) for x in act.sources for s in sources):
                    return act.sources
            for act in reversed(earlier):
                if act.proposed and self._by_other(act, sources):
                    return act.sources
            for plan_seg, makers in reversed(self.plans):
                if plan_seg < seg and not any(self._kin(x, s) for x in makers for s in sources):
                    return makers
        return ()

    def _retaliation(self, anchor: Token) -> bool:
        """A hostile act done in return: "Moscow retaliated" (with no "by"/"with"
        act of its own), or the act that is its means ("retaliated by imposing
        sanctions", "responded with air strikes")."""
        if anchor.lemma_.lower() in self.retaliations:
            return not any(c.dep_ == "prep" and c.lower_ in ("by", "with")
                           for c in anchor.children)
        cur = anchor
        for _ in range(2):
            if cur.dep_ not in ("pcomp", "pobj") or cur.head.i == cur.i:
                return False
            prep = cur.head
            if prep.lower_ in ("by", "with") and prep.head.lemma_.lower() in self.retaliations:
                return True
            cur = prep
        return False

    def _recent(self, seg: int, window: int) -> Iterator[Act]:
        """The acts of the ``window`` sentences before ``seg``, latest first."""
        for act in reversed(self.acts):
            if act.seg >= seg:
                continue
            if seg - act.seg > window:
                return
            yield act

    def _by_other(self, act: Act, sources: set[str]) -> bool:
        """``act`` has a source, none of them on the side of ``sources``."""
        return bool(act.sources) and not any(
            self._kin(x, s) for x in act.sources for s in sources)

    def _aimed_at(self, act: Act, sources: set[str]) -> bool:
        return any(self._kin(t, s) for t in act.targets for s in sources)

    def _askers(self, sources: set[str], seg: int) -> tuple[str, ...]:
        """Who last asked something of one of ``sources`` just before."""
        return next((a.sources for a in self._recent(seg, self.denial_window)
                     if a.type is EventType.REQUEST and self._aimed_at(a, sources)
                     and self._by_other(a, sources)), ())

    def _aggressor(self, sources: set[str], seg: int) -> Act | None:
        """The last hostile act done to one of ``sources`` just before."""
        return next((a for a in self._recent(seg, self.denial_window) if a.type in _HOSTILE
                     and self._aimed_at(a, sources) and self._by_other(a, sources)), None)

    def _like(self, m: Match, sources: set[str], seg: int) -> tuple[Trigger, Act] | None:
        """The entry of ``m`` and the latest act of its type by another actor, with a
        target, in the sentences just before."""
        types = {t.type: t for t in reversed(m.triggers)}
        act = next((a for a in self._recent(seg, self.denial_window)
                    if a.type in types and a.targets and self._by_other(a, sources)), None)
        return (types[act.type], act) if act is not None else None

    def _last_material(self, sources: set[str], seg: int) -> Act | None:
        """The last act of force or coercion by someone else in the sentences just
        before: what a bare "expressed concern" or "voiced alarm" is about."""
        return next((a for a in self._recent(seg, self.disapproval_window)
                     if a.type in _MATERIAL | {EventType.SANCTION}
                     and self._by_other(a, sources)), None)

    def record_time(self, seg: int, date: str | None, timeframe: Timeframe | None) -> None:
        """The date and timeframe of the first dated event built in sentence ``seg``."""
        if date is not None and timeframe is not None and seg not in self.times:
            self.times[seg] = (date, timeframe)

    def time_of(self, seg: int | None) -> tuple[str, Timeframe] | None:
        """The recorded time of sentence ``seg``, if any."""
        return self.times.get(seg) if seg is not None else None

    def _denial(self, verb: Token, frame: Frame, obj: Token | None) -> bool:
        """A denial with nobody named as its target: "denied the accusations",
        "denied any role", "denied (that) it was behind the attack"."""
        if frame.trigger.type is not EventType.REJECT or verb.lemma_.lower() not in self.denials:
            return False
        if obj is not None:  # "denied the accusations", "denied it"
            return obj.lemma_.lower() in self.accusations or (
                obj.pos_ == "PRON" and obj.lower_ in ("it", "this", "that", "them", "so"))
        return any(c.dep_ == "ccomp" for c in verb.children)

    def _accusers(self, sources: set[str], seg: int) -> tuple[str, ...]:
        """Who last accused one of ``sources`` in the sentences just before."""
        act = next((a for a in self._recent(seg, self.denial_window)
                    if a.type is EventType.ACCUSE and self._aimed_at(a, sources)
                    and self._by_other(a, sources)), None)
        return act.sources if act is not None else ()

    def _reporters(self, sources: set[str], seg: int) -> tuple[str, ...]:
        """Who last reported an act by one of ``sources`` in the sentences just before
        ("Riyadh said Iran had supplied the missile. Iran denied it"): the speaker of
        that act's sentence, when it is someone else."""
        act = next((a for a in self._recent(seg, self.denial_window)
                    if a.type is not EventType.REJECT and sources & set(a.sources)
                    and self.speakers.get(a.seg) not in (None, *sources)), None)
        speaker = self.speakers.get(act.seg) if act is not None else None
        return (speaker,) if speaker is not None else ()

    def _decided(self, anchor: Token, bounds: tuple[int, int],
                 nouns: frozenset[str] | None = None) -> bool:
        """A decision noun or verb governs the trigger ("voted to expel", "a law
        that turns"); a clause it merely happens in does not ("passed while
        forces were fighting"). With ``nouns``, one of those nouns governs it
        ("a plan to arm")."""
        cur = anchor
        lo, hi = bounds
        for _ in range(_MAX_UP):
            if cur.dep_ not in _DECIDED_DEPS or cur.head.i == cur.i or not (
                    lo <= cur.head.i < hi):
                return False
            cur = cur.head
            lemma = cur.lemma_.lower()
            if nouns is not None:
                if lemma in nouns and cur.pos_ == "NOUN":
                    return True  # "a plan to arm", "the proposal that X host"
                continue
            if (lemma in self.decision_nouns and cur.pos_ == "NOUN") or (
                    lemma in self.decision_verbs and cur.pos_ == "VERB"):
                return True
        return False

    def _kin(self, a: str, b: str) -> bool:
        """The same actor, collectives of one kind and country, or a state and its
        own sectors and people."""
        if a == b:
            return True
        if a.startswith("coll:") and b.startswith("coll:"):
            return a.split(":")[1:3] == b.split(":")[1:3]
        sa, sb = self._state(a), self._state(b)
        return sa is not None and sa == sb

    def _state(self, actor_id: str) -> str | None:
        if len(actor_id) == 7 and actor_id[3] == "-" and actor_id[:3].isupper():
            return actor_id[:3]
        actor = self.actors.get(actor_id)
        if actor is None:
            return actor_id if len(actor_id) == 3 and actor_id.isupper() else None
        if actor.kind is ActorKind.STATE:
            return actor_id
        return actor.country if actor.kind is ActorKind.PERSON else None
