"""Why the engine missed a gold event, and why an event it emitted matches none.

Every gold event that is not found gets one cause, decided in this order:

``modality``
    an event of an accepted type links the gold pair, but it is negated or
    hypothetical;
``unresolved_actor``
    the gold source or the gold target is never resolved anywhere in the article
    (no mention or event argument stands for it), so no event could match;
``no_event``
    no event at all comes from the sentence that states it (the sentence holding 60%
    of the evidence's words);
``other_type``
    events come from that sentence, none of an accepted type;
``no_target``
    the accepted type comes from that sentence, but without a target;
``other_actors``
    the accepted type comes from that sentence with a target, but with other actors.

A gold event found only in another sentence than the one that states it is a
grounding miss: ``other_sentence``.

Every emitted two-actor event that is neither negated nor hypothetical and matches no
gold event gets one cause:

``reversed``
    a gold event of the article read backwards (source and target swapped);
``wrong_type``
    it links a pair of a gold event, with a type the gold does not accept for it;
``uncoded_pair``
    its pair is plausible for the article (an optional dyad or a pair of gold sides),
    but the gold codes no such event;
``implausible``
    the gold never relates the pair (what ``dyad_precision`` counts against).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from allegiance.evaluate.matching import Obj, Resolver, grounded

_UNREAL = "hypothetical"


class MissCause(StrEnum):
    """Why a gold event was not found (see the module doc)."""

    MODALITY = "modality"
    UNRESOLVED_ACTOR = "unresolved_actor"
    NO_EVENT = "no_event"
    OTHER_TYPE = "other_type"
    NO_TARGET = "no_target"
    OTHER_ACTORS = "other_actors"
    OTHER_SENTENCE = "other_sentence"


class ExtraCause(StrEnum):
    """Why an emitted event matches no gold event (see the module doc)."""

    REVERSED = "reversed"
    WRONG_TYPE = "wrong_type"
    UNCODED_PAIR = "uncoded_pair"
    IMPLAUSIBLE = "implausible"


@dataclass(frozen=True)
class Miss:
    """A gold event that was not found (or found only in another sentence)."""

    file: str
    source: str
    types: tuple[str, ...]
    target: str
    evidence: str
    cause: MissCause
    seen: str
    """What the engine emitted from the stating sentence ("ACCUSE TUR->USA; ..."), or ""."""


@dataclass(frozen=True)
class Extra:
    """An emitted event that matches no gold event of its article."""

    file: str
    type: str
    source: str
    target: str
    sentence: str
    cause: ExtraCause


@dataclass(frozen=True)
class TypeScore:
    """Recall and precision of one event type.

    ``gold`` counts gold events whose first accepted type is this one and ``found``
    those of them found; ``emitted`` counts the two-actor, real (neither negated nor
    hypothetical) events of this type the engine wrote and ``matched`` those that
    match a gold event.
    """

    type: str
    gold: int
    found: int
    emitted: int
    matched: int

    @property
    def recall(self) -> float | None:
        """found / gold, or None when there is no gold event of this type."""
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        """matched / emitted, or None when nothing of this type was emitted."""
        return self.matched / self.emitted if self.emitted else None


@dataclass(frozen=True)
class Diagnosis:
    """Misses and unmatched events with their causes, and scores per event type."""

    misses: tuple[Miss, ...]
    extras: tuple[Extra, ...]
    per_type: tuple[TypeScore, ...]

    def miss_counts(self) -> dict[str, int]:
        """Misses per cause, every cause listed (grounding misses included)."""
        return {c.value: sum(m.cause is c for m in self.misses) for c in MissCause}

    def extra_counts(self) -> dict[str, int]:
        """Unmatched events per cause, every cause listed."""
        return {c.value: sum(x.cause is c for x in self.extras) for c in ExtraCause}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "misses": self.miss_counts(),
            "extras": self.extra_counts(),
            "per_type": {t.type: {"gold": t.gold, "found": t.found, "emitted": t.emitted,
                                  "matched": t.matched, "recall": t.recall,
                                  "precision": t.precision} for t in self.per_type},
            "miss_list": [{"file": m.file, "source": m.source, "type": list(m.types),
                           "target": m.target, "evidence": m.evidence, "cause": m.cause.value,
                           "seen": m.seen} for m in self.misses],
            "extra_list": [{"file": x.file, "type": x.type, "source": x.source,
                            "target": x.target, "sentence": x.sentence, "cause": x.cause.value}
                           for x in self.extras],
        }


Sides = tuple[frozenset[str], frozenset[str]]


def real(e: Obj) -> bool:
    """Neither negated nor hypothetical: an event the scorer can count."""
    return e.get("factuality") != _UNREAL and not e.get("negated")


def links(r: Resolver, ge: Obj, sides: Sides, e: Obj) -> bool:
    """Whether ``e`` links the gold event's pair (either way round when symmetric)."""
    srcs, tgts = sides
    es, et = r.event_ids(e.get("source")), r.event_ids(e.get("target"))
    if es & srcs and et & tgts:
        return True
    return bool(ge.get("symmetric")) and bool(et & srcs) and bool(es & tgts)


class Diagnoser:
    """Collects causes article by article (the scorer calls it)."""

    def __init__(self, resolver: Resolver) -> None:
        """Start with nothing collected."""
        self.r = resolver
        self.misses: list[Miss] = []
        self.extras: list[Extra] = []
        self._gold: dict[str, int] = {}
        self._found: dict[str, int] = {}
        self._emitted: dict[str, int] = {}
        self._matched: dict[str, int] = {}

    def article(self, f: str, gold_events: Sequence[Obj], sides: Sequence[Sides],
                events: Sequence[Obj], known: frozenset[str], plausible: set[frozenset[str]],
                ) -> None:
        """Diagnose one article: its gold events with their sides, its system events,
        the gold ids its actors stand for and its plausible pairs."""
        for ge, side in zip(gold_events, sides, strict=True):
            self._gold_event(f, ge, side, events, known)
        for e in events:
            if e.get("source") is None or e.get("target") is None or not real(e):
                continue
            t = str(e.get("type"))
            self._emitted[t] = self._emitted.get(t, 0) + 1
            cause = self._extra_cause(e, gold_events, sides, plausible)
            if cause is None:
                self._matched[t] = self._matched.get(t, 0) + 1
            else:
                self.extras.append(Extra(f, t, str(e.get("source")), str(e.get("target")),
                                         str(e.get("sentence") or ""), cause))

    def _gold_event(self, f: str, ge: Obj, sides: Sides, events: Sequence[Obj],
                    known: frozenset[str]) -> None:
        types = tuple(ge["type"])
        first = types[0] if types else "?"
        self._gold[first] = self._gold.get(first, 0) + 1
        evidence = str(ge.get("evidence") or "")
        on_pair = [e for e in events if links(self.r, ge, sides, e)]
        hits = [e for e in on_pair if real(e) and e.get("type") in types]
        stating = [e for e in events if grounded(evidence, e.get("sentence"))]
        seen = "; ".join(sorted({_show(e) for e in stating}))

        def miss(cause: MissCause) -> None:
            self.misses.append(Miss(f, str(ge["source"]), types, str(ge["target"]), evidence,
                                    cause, seen))

        if hits:
            self._found[first] = self._found.get(first, 0) + 1
            if not any(grounded(evidence, e.get("sentence")) for e in hits):
                miss(MissCause.OTHER_SENTENCE)
            return
        srcs, tgts = sides
        if any(e.get("type") in types for e in on_pair):
            miss(MissCause.MODALITY)
        elif not (srcs & known and tgts & known):
            miss(MissCause.UNRESOLVED_ACTOR)
        elif not stating:
            miss(MissCause.NO_EVENT)
        elif not any(e.get("type") in types for e in stating):
            miss(MissCause.OTHER_TYPE)
        elif all(e.get("target") is None for e in stating if e.get("type") in types):
            miss(MissCause.NO_TARGET)
        else:
            miss(MissCause.OTHER_ACTORS)

    def _extra_cause(self, e: Obj, gold_events: Sequence[Obj], sides: Sequence[Sides],
                     plausible: set[frozenset[str]]) -> ExtraCause | None:
        es, et = self.r.event_ids(e.get("source")), self.r.event_ids(e.get("target"))
        reversed_ = same_pair = False
        for ge, (srcs, tgts) in zip(gold_events, sides, strict=True):
            forward = bool(es & srcs and et & tgts)
            backward = bool(et & srcs and es & tgts)
            typed = e.get("type") in ge["type"]
            if typed and (forward or (backward and ge.get("symmetric"))):
                return None
            reversed_ = reversed_ or (typed and backward)
            same_pair = same_pair or forward or backward
        if reversed_:
            return ExtraCause.REVERSED
        if same_pair:
            return ExtraCause.WRONG_TYPE
        if any(frozenset((s, t)) in plausible for s in es for t in et):
            return ExtraCause.UNCODED_PAIR
        return ExtraCause.IMPLAUSIBLE

    def result(self) -> Diagnosis:
        """Everything collected, per-type scores sorted by type."""
        types = sorted({*self._gold, *self._emitted})
        per_type = tuple(TypeScore(t, self._gold.get(t, 0), self._found.get(t, 0),
                                   self._emitted.get(t, 0), self._matched.get(t, 0))
                         for t in types)
        return Diagnosis(tuple(self.misses), tuple(self.extras), per_type)


def _show(e: Obj) -> str:
    flags = "".join((" negated" if e.get("negated") else "",
                     " hypothetical" if e.get("factuality") == _UNREAL else ""))
    return f"{e.get('type')} {e.get('source')}->{e.get('target')}{flags}"


def plausible_pairs(sides: Iterable[Sides], optional: Iterable[Iterable[str]]
                    ) -> set[frozenset[str]]:
    """Pairs an article's events may plausibly link: every pair of gold sides, and the
    optional dyads."""
    out = {frozenset((s, t)) for srcs, tgts in sides for s in srcs for t in tgts}
    out |= {frozenset(p) for p in optional}
    return out


def count_table(counts: Mapping[str, int]) -> str:
    """``cause n, cause n, ...`` for the non-zero counts."""
    return ", ".join(f"{k} {v}" for k, v in counts.items() if v) or "none"
