"""Shifts: pairs whose stance turned, from dated series and from the text's own cues.

1. *Series.* For each pair, the stance of each calendar period
   (``dyads.stance``); a change between consecutive non-neutral periods is a
   shift. Evidence: the sentences of the incidents behind each side's stance
   (at most ``EVIDENCE_PER_SIDE`` per side, heaviest first).
2. *Cues inside one article.* The past side is what the text puts before its
   present: relations marked ``former`` ("once considered foes", "former
   enemies") and events whose timeframe is past; the current side is the
   rest. Each side's stance is the majority of its cues (``rules.yaml``,
   ``cues``; a tie says nothing). When both sides have a stance and they
   differ, the pair shifted from ``past`` to the article's period. A sentence
   that states the turn itself ("relations between X and Y have soured", "X
   broke with Y": a former relation and the opposite current one from the
   same sentence) outweighs incidental events: its cues count
   ``STATED_TURN_WEIGHT`` times.

For cues, a sector of a state (``IRQ-GOV``, ``IRQ-MIL``) pairs as the state
itself: "Iraq" and "the Iraqi government" are one side of the story. The
shift names the actors as the earliest past-side cue wrote them. A person is
not merged into the organisation they belong to.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from allegiance.aggregate.config import AggregateConfig, load_config
from allegiance.aggregate.corroborate import MergedEvent
from allegiance.aggregate.dyads import Pair, pair_of, stance
from allegiance.aggregate.periods import PAST, article_period, is_dated, period_key
from allegiance.aggregate.rollup import sector_state
from allegiance.aggregate.weights import is_cooperative
from allegiance.records import (
    Article,
    Dyad,
    Event,
    Evidence,
    Factuality,
    Relation,
    Shift,
    Stance,
    Timeframe,
)

EVIDENCE_PER_SIDE = 5


def state_of(actor_id: str) -> str:
    """The state a sector id belongs to (``IRQ-GOV`` -> ``IRQ``); other ids unchanged."""
    return sector_state(actor_id) or actor_id


def _sort_evidence(items: Iterable[Evidence]) -> list[Evidence]:
    return sorted(set(items), key=lambda e: (e.article_id, e.sentence))


def _unique(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Evidence without repeats, first occurrence kept: the side before the turn
    reads before the side after it."""
    return tuple(dict.fromkeys(items))


def _side_evidence(incidents: Sequence[MergedEvent], side: Stance) -> list[Evidence]:
    fitting = [m for m in incidents
               if m.weight > 0 and m.type not in load_config().stance_neutral_types
               and is_cooperative(m.quad_class) == (side is Stance.COOPERATIVE)]
    fitting.sort(key=lambda m: (-m.weight, m.key))
    out: list[Evidence] = []
    for m in fitting:
        out.extend(m.evidence)
    return out[:EVIDENCE_PER_SIDE]


def turn_points(stances: Sequence[Stance]) -> list[tuple[int, int]]:
    """Indices ``(i, j)`` of consecutive non-neutral stances that differ
    (neutral ones in between are skipped): the turns of a series."""
    out: list[tuple[int, int]] = []
    prev: int | None = None
    for j, s in enumerate(stances):
        if s is Stance.NEUTRAL:
            continue
        if prev is not None and stances[prev] is not s:
            out.append((prev, j))
        prev = j
    return out


def series_shifts(pair: Pair, dyads: Iterable[Dyad], merged: Iterable[MergedEvent],
                  config: AggregateConfig | None = None) -> list[Shift]:
    """Shifts of one pair between consecutive non-neutral calendar periods."""
    cfg = config or load_config()
    series = sorted((d for d in dyads if (d.a, d.b) == pair and is_dated(d.period)),
                    key=lambda d: period_key(d.period))
    by_period: dict[str, list[MergedEvent]] = defaultdict(list)
    for m in merged:
        if pair_of(m.source, m.target) == pair:
            by_period[m.period].append(m)
    stances = [stance(d, cfg) for d in series]
    out: list[Shift] = []
    for i, j in turn_points(stances):
        before, after = series[i], series[j]
        evidence = (_sort_evidence(_side_evidence(by_period[before.period], stances[i]))
                    + _sort_evidence(_side_evidence(by_period[after.period], stances[j])))
        out.append(Shift(a=pair[0], b=pair[1], from_=stances[i], to=stances[j],
                         from_period=before.period, to_period=after.period,
                         evidence=_unique(evidence)))
    return out


STATED_TURN_WEIGHT = 3


@dataclass(frozen=True)
class _Cue:
    past: bool
    stance: Stance
    pair: Pair
    evidence: tuple[Evidence, ...]
    weight: int = 1


def _stated_turns(cues: list[_Cue]) -> list[_Cue]:
    """Relation cues re-weighted where one sentence gives a pair's former stance
    and the opposite current one."""
    def key(c: _Cue) -> tuple[Pair, tuple[Evidence, ...]]:
        return (c.pair, c.evidence)
    past = {(key(c), c.stance) for c in cues if c.past}
    out = []
    for c in cues:
        other = Stance.HOSTILE if c.stance is Stance.COOPERATIVE else Stance.COOPERATIVE
        if (key(c), other) in past or (c.past and any(
                not d.past and key(d) == key(c) and d.stance is other for d in cues)):
            c = dataclasses.replace(c, weight=STATED_TURN_WEIGHT)
        out.append(c)
    return out


def _relation_cue(r: Relation, cfg: AggregateConfig) -> _Cue | None:
    pair = pair_of(r.source, r.target)
    if pair is None:
        return None
    if r.relation in cfg.cue_cooperative_relations:
        s = Stance.COOPERATIVE
    elif r.relation in cfg.cue_hostile_relations:
        s = Stance.HOSTILE
    else:
        return None
    return _Cue(r.former, s, pair, tuple(r.evidence))


def _event_cue(e: Event, cfg: AggregateConfig) -> _Cue | None:
    pair = pair_of(e.source, e.target)
    if pair is None or e.negated or e.factuality is Factuality.HYPOTHETICAL:
        return None
    if e.type in cfg.cue_cooperative_types:
        s = Stance.COOPERATIVE
    elif e.type in cfg.cue_hostile_types:
        s = Stance.HOSTILE
    else:
        return None
    return _Cue(e.timeframe is Timeframe.PAST, s, pair, (Evidence(e.article_id, e.sentence),))


def _majority(cues: list[_Cue]) -> Stance | None:
    coop = sum(c.weight for c in cues if c.stance is Stance.COOPERATIVE)
    hostile = sum(c.weight for c in cues) - coop
    if coop == hostile:
        return None
    return Stance.COOPERATIVE if coop > hostile else Stance.HOSTILE


def cue_shifts(article: Article, events: Iterable[Event], relations: Iterable[Relation],
               config: AggregateConfig | None = None) -> list[Shift]:
    """Shifts one article states by contrasting a pair's past with its present."""
    if article.duplicate_of is not None:
        return []
    cfg = config or load_config()
    cues: list[_Cue] = []
    for r in relations:
        c = _relation_cue(r, cfg)
        if c is not None:
            cues.append(c)
    cues = _stated_turns(cues)
    for e in events:
        c = _event_cue(e, cfg)
        if c is not None:
            cues.append(c)
    by_pair: dict[Pair, list[_Cue]] = defaultdict(list)
    for c in cues:
        key = pair_of(state_of(c.pair[0]), state_of(c.pair[1]))
        if key is not None:
            by_pair[key].append(c)
    out: list[Shift] = []
    for key in sorted(by_pair):
        past = [c for c in by_pair[key] if c.past]
        now = [c for c in by_pair[key] if not c.past]
        before, after = _majority(past), _majority(now)
        if before is None or after is None or before is after:
            continue
        named = min((c for c in past if c.stance is before),
                    key=lambda c: (c.pair, [(e.article_id, e.sentence) for e in c.evidence]))
        evidence = _sort_evidence(e for c in past if c.stance is before for e in c.evidence)
        evidence += _sort_evidence(e for c in now if c.stance is after for e in c.evidence)
        out.append(Shift(a=named.pair[0], b=named.pair[1], from_=before, to=after,
                         from_period=PAST, to_period=article_period(article),
                         evidence=_unique(evidence)))
    return out


def shift_key(s: Shift) -> tuple[str, str, str, str, tuple[int, str], tuple[int, str]]:
    """The identity of a shift (evidence aside), usable as a total sort key."""
    return (s.a, s.b, s.from_.value, s.to.value, period_key(s.from_period or PAST),
            period_key(s.to_period or PAST))


def merge_shifts(shifts: Iterable[Shift]) -> list[Shift]:
    """One record per (pair, from, to, periods), sorted; evidence united, each
    source shift's evidence in its own order, source shifts in evidence order."""
    groups: dict[tuple[str, str, str, str, tuple[int, str], tuple[int, str]],
                 list[Shift]] = defaultdict(list)
    for s in shifts:
        groups[shift_key(s)].append(s)
    out = []
    for k in sorted(groups):
        members = sorted(groups[k], key=lambda s: [(e.article_id, e.sentence) for e in s.evidence])
        first = members[0]
        out.append(Shift(a=first.a, b=first.b, from_=first.from_, to=first.to,
                         from_period=first.from_period, to_period=first.to_period,
                         evidence=_unique(e for s in members for e in s.evidence)))
    return out
