"""The history of one pair of actors: periods, incidents, relations and shifts.

``dyad_history`` gathers what aggregation knows about a pair; asked about a
state (``IRQ``) it includes the state's sectors (``IRQ-GOV``, ``IRQ-MIL``),
summing their dyads per period, since "Iraq" and "the Iraqi government" are
one side of the story; asked about a sector, only that sector.
``render_history`` draws it with rich for ``allegiance dyad A B``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from allegiance.aggregate.config import AggregateConfig, load_config
from allegiance.aggregate.corroborate import MergedEvent
from allegiance.aggregate.dyads import DIGITS, pair_of, stance
from allegiance.aggregate.periods import period_key
from allegiance.aggregate.shifts import state_of
from allegiance.records import Actor, Dyad, Relation, Shift, Stance

EVIDENCE_SHOWN = 3

_STANCE_STYLE = {Stance.COOPERATIVE: "green", Stance.HOSTILE: "red", Stance.NEUTRAL: "dim"}


@dataclass(frozen=True)
class PeriodRecord:
    """One period of a pair: its dyad (None when only weightless incidents), stance
    and incidents (heaviest first)."""

    period: str
    dyad: Dyad | None
    stance: Stance
    incidents: tuple[MergedEvent, ...]


@dataclass(frozen=True)
class DyadHistory:
    """What aggregation knows about the pair ``a``/``b`` (ids as asked)."""

    a: str
    b: str
    a_name: str
    b_name: str
    periods: tuple[PeriodRecord, ...]
    relations: tuple[Relation, ...]
    shifts: tuple[Shift, ...]


def _covers(query: str, actor_id: str) -> bool:
    return actor_id == query or state_of(actor_id) == query


def _is_pair(a: str, b: str, x: str | None, y: str | None) -> bool:
    if x is None or y is None:
        return False
    return (_covers(a, x) and _covers(b, y)) or (_covers(a, y) and _covers(b, x))


def _sum(a: str, b: str, period: str, dyads: list[Dyad]) -> Dyad | None:
    if not dyads:
        return None
    if len(dyads) == 1:
        d = dyads[0]
        return Dyad(a, b, period, d.events, d.cooperation, d.conflict, d.score)
    coop = sum(d.cooperation for d in dyads)
    conflict = sum(d.conflict for d in dyads)
    total = coop + conflict
    score = (coop - conflict) / total if total > 0 else 0.0
    return Dyad(a, b, period, sum(d.events for d in dyads), round(coop, DIGITS),
                round(conflict, DIGITS), round(score, DIGITS))


def dyad_history(a: str, b: str, dyads: Iterable[Dyad], merged_events: Iterable[MergedEvent],
                 relations: Iterable[Relation], shifts: Iterable[Shift],
                 actors: Mapping[str, Actor] | Iterable[Actor],
                 config: AggregateConfig | None = None) -> DyadHistory:
    """The history of the pair ``a``/``b`` (actor ids; see the module docstring)."""
    cfg = config or load_config()
    by_id = dict(actors) if isinstance(actors, Mapping) else {x.id: x for x in actors}
    per_dyads: dict[str, list[Dyad]] = defaultdict(list)
    for d in sorted(dyads, key=lambda d: (d.a, d.b, d.period)):
        if _is_pair(a, b, d.a, d.b):
            per_dyads[d.period].append(d)
    per_incidents: dict[str, list[MergedEvent]] = defaultdict(list)
    for m in merged_events:
        if pair_of(m.source, m.target) is not None and _is_pair(a, b, m.source, m.target):
            per_incidents[m.period].append(m)
    periods = []
    for p in sorted(set(per_dyads) | set(per_incidents), key=period_key):
        summed = _sum(a, b, p, per_dyads[p])
        incidents = sorted(per_incidents[p], key=lambda m: (-m.weight, m.key))
        periods.append(PeriodRecord(p, summed, stance(summed, cfg), tuple(incidents)))
    rels = sorted((r for r in relations if _is_pair(a, b, r.source, r.target)),
                  key=lambda r: (r.source, r.relation.value, r.target))
    shs = sorted((s for s in shifts if _is_pair(a, b, s.a, s.b)),
                 key=lambda s: (period_key(s.from_period or "past"),
                                period_key(s.to_period or "current"), s.a, s.b))
    return DyadHistory(
        a=a, b=b,
        a_name=by_id[a].name if a in by_id else a,
        b_name=by_id[b].name if b in by_id else b,
        periods=tuple(periods), relations=tuple(rels), shifts=tuple(shs),
    )


def _incident_line(m: MergedEvent) -> Text:
    if m.weight > 0:
        trust = "single source" if m.single_source else f"{m.outlets} outlets"
        note = f"(w={m.weight:.2f}, {trust}) "
    else:
        said = ", ".join(f"{k} {n}" for k, n in m.factuality.items())
        note = f"(not counted: {said}) "
    head = Text(f"{m.source} {m.type.value} {m.target} ", style="bold")
    head.append(note, style="dim")
    head.append(m.evidence[0].sentence if m.evidence else "")
    return head


def render_history(history: DyadHistory) -> RenderableType:
    """A rich view: one row per period (counts, score, stance, evidence), then
    standing relations and shifts."""
    title = f"{history.a_name} ({history.a}) ~ {history.b_name} ({history.b})"
    table = Table(title=title, box=box.SIMPLE_HEAVY, show_lines=True, expand=True)
    for name, justify in (("period", "left"), ("events", "right"), ("coop", "right"),
                          ("conflict", "right"), ("score", "right"), ("stance", "left")):
        table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    table.add_column("evidence", ratio=1)
    for rec in history.periods:
        d = rec.dyad
        lines = Text("\n").join(_incident_line(m) for m in rec.incidents[:EVIDENCE_SHOWN])
        if len(rec.incidents) > EVIDENCE_SHOWN:
            lines.append(f"\n… {len(rec.incidents) - EVIDENCE_SHOWN} more", style="dim")
        table.add_row(
            rec.period,
            str(d.events) if d else "0",
            f"{d.cooperation:.2f}" if d else "-",
            f"{d.conflict:.2f}" if d else "-",
            f"{d.score:+.2f}" if d else "-",
            Text(rec.stance.value, style=_STANCE_STYLE[rec.stance]),
            lines,
        )
    parts: list[RenderableType] = [table]
    if not history.periods:
        parts.append(Text("No events between these actors.", style="dim"))
    if history.relations:
        rel = Table(title="Standing relations", box=box.SIMPLE, expand=True)
        for col in ("relation", "seen", "evidence"):
            rel.add_column(col)
        for r in history.relations:
            label = f"{r.source} {r.relation.value} {r.target}" + (" (former)" if r.former else "")
            seen = f"{r.first_seen or '?'} .. {r.last_seen or '?'}"
            rel.add_row(label, seen, r.evidence[0].sentence if r.evidence else "")
        parts.append(rel)
    if history.shifts:
        sh = Table(title="Shifts", box=box.SIMPLE, expand=True)
        for col in ("when", "from", "to", "evidence"):
            sh.add_column(col)
        for s in history.shifts:
            sh.add_row(f"{s.from_period} -> {s.to_period}",
                       Text(s.from_.value, style=_STANCE_STYLE[s.from_]),
                       Text(s.to.value, style=_STANCE_STYLE[s.to]),
                       "\n".join(e.sentence for e in s.evidence[:EVIDENCE_SHOWN]))
        parts.append(sh)
    return Group(*parts)
