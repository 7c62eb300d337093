"""Dyads: the record of each pair of actors in each period.

A dyad is undirected (``a < b``) and built from merged events, so an incident
told by ten outlets counts once (with a higher weight). For the pair's
incidents of a period with weight > 0::

    events      = their number
    cooperation = sum(weight * quad_weights[quad])  over cooperative quads
    conflict    = sum(weight * quad_weights[quad])  over conflict quads (positive)
    (a de-escalation type of ``stance_neutral_types`` adds 0 to either side)
    score       = (cooperation - conflict) / (cooperation + conflict)

Incidents with weight 0 (only hypothetical or negated reports) never count,
and a pair with none left has no dyad for that period. Sums run in a fixed
order and are rounded, so the same incidents always give the same numbers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from allegiance.aggregate.config import AggregateConfig, load_config
from allegiance.aggregate.corroborate import MergedEvent
from allegiance.aggregate.periods import period_key
from allegiance.aggregate.weights import is_cooperative
from allegiance.records import Dyad, Stance

Pair = tuple[str, str]

DIGITS = 4


def pair_of(source: str | None, target: str | None) -> Pair | None:
    """The undirected pair of two actors, or None when one is missing or both are one."""
    if not source or not target or source == target:
        return None
    return (source, target) if source < target else (target, source)


def tally(incidents: Iterable[MergedEvent], config: AggregateConfig | None = None,
          ) -> tuple[int, float, float]:
    """``(events, cooperation, conflict)`` of the incidents that count (weight > 0),
    summed in key order so the same incidents always give the same numbers."""
    cfg = config or load_config()
    coop = conflict = 0.0
    n = 0
    for m in sorted(incidents, key=lambda x: x.key):
        if m.weight <= 0.0:
            continue
        n += 1
        w = m.weight * cfg.stance_weight(m.type, m.quad_class)
        if is_cooperative(m.quad_class):
            coop += w
        else:
            conflict += w
    return n, coop, conflict


def make_dyad(a: str, b: str, period: str, events: int, cooperation: float,
              conflict: float) -> Dyad:
    """A dyad from its counts: score and rounding as the module docstring says."""
    total = cooperation + conflict
    score = (cooperation - conflict) / total if total > 0 else 0.0
    return Dyad(a=a, b=b, period=period, events=events, cooperation=round(cooperation, DIGITS),
                conflict=round(conflict, DIGITS), score=round(score, DIGITS))


def dyad_of(pair: Pair, period: str, merged: Iterable[MergedEvent],
            config: AggregateConfig | None = None) -> Dyad | None:
    """The dyad of ``pair`` in ``period`` from its incidents (others are ignored)."""
    n, coop, conflict = tally((m for m in merged
                               if m.period == period and pair_of(m.source, m.target) == pair),
                              config)
    if n == 0:
        return None
    return make_dyad(pair[0], pair[1], period, n, coop, conflict)


def build_dyads(merged: Iterable[MergedEvent], config: AggregateConfig | None = None,
                ) -> list[Dyad]:
    """Every dyad of the incidents, sorted by pair then period."""
    cfg = config or load_config()
    by_key: dict[tuple[Pair, str], list[MergedEvent]] = defaultdict(list)
    for m in merged:
        p = pair_of(m.source, m.target)
        if p is not None:
            by_key[(p, m.period)].append(m)
    out = []
    for (p, period), ms in by_key.items():
        d = dyad_of(p, period, ms, cfg)
        if d is not None:
            out.append(d)
    return sort_dyads(out)


def sort_dyads(dyads: Iterable[Dyad]) -> list[Dyad]:
    """Dyads by pair, then period (``past`` first, ``current`` last)."""
    return sorted(dyads, key=lambda d: (d.a, d.b, period_key(d.period)))


def stance(dyad: Dyad | None, config: AggregateConfig | None = None) -> Stance:
    """Stance of a dyad: the sign of its score outside the neutral band, given
    enough weight of evidence (``rules.yaml``, ``stance``)."""
    if dyad is None:
        return Stance.NEUTRAL
    cfg = config or load_config()
    if dyad.cooperation + dyad.conflict < cfg.min_weight:
        return Stance.NEUTRAL
    if dyad.score > cfg.neutral_band:
        return Stance.COOPERATIVE
    if dyad.score < -cfg.neutral_band:
        return Stance.HOSTILE
    return Stance.NEUTRAL
