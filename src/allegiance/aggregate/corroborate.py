"""Event merging and corroboration: many reports, one incident, counted once.

Reports of the same ``(source, type, target)`` are one incident when their
dates fall within ``window_days`` of each other (single linkage over the
sorted dates, so the result does not depend on input order). Month- or
year-only dates merge with reports of the same month / year at that precision;
undated reports merge within their timeframe period (``past`` / ``current``).

A merged event counts its *independent outlets*: the outlet an article
credits (``original_source``), else its publisher (``outlet``), else the
article itself. Only affirming reports count (not negated, not hypothetical);
duplicates never reach this stage. ``single_source`` is set when fewer than
two independent outlets affirm it. Its ``weight`` is the noisy-or over outlets
of each outlet's best report weight (``weights.yaml``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from allegiance.aggregate.config import AggregateConfig, load_config
from allegiance.aggregate.periods import date_interval, event_date, period_of
from allegiance.aggregate.weights import event_weight
from allegiance.records import Article, Event, EventType, Evidence, QuadClass

GroupKey = tuple[str | None, EventType, str | None]
Report = tuple[Event, Article]

_URL_PREFIX = re.compile(r"^[a-z][a-z0-9+.-]*://|^www\.")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")

NEGATED = "negated"


@dataclass(frozen=True)
class MergedEvent:
    """One incident as told by every (non-duplicate) article that reports it.

    ``factuality`` counts the reports by factuality (``negated`` for reports
    saying it did not happen); ``outlets`` the independent outlets affirming
    it; ``weight`` how much it counts (0..1); ``events`` the merged event ids.
    """

    source: str | None
    type: EventType
    target: str | None
    period: str
    first_date: str | None
    last_date: str | None
    factuality: Mapping[str, int]
    articles: tuple[str, ...]
    outlets: int
    single_source: bool
    evidence: tuple[Evidence, ...]
    weight: float
    quad_class: QuadClass
    events: tuple[str, ...] = field(default=())

    @property
    def group(self) -> GroupKey:
        """The ``(source, type, target)`` this incident belongs to."""
        return (self.source, self.type, self.target)

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """A total sort key."""
        return (self.source or "", self.type.value, self.target or "", self.period,
                self.first_date or "")


def outlet_key(article: Article) -> str:
    """Who independently stands behind an article: credited source, publisher, or itself."""
    for name in (article.original_source, article.outlet):
        if name:
            host = _URL_PREFIX.sub("", name.strip().casefold()).split("/")[0]
            host = _URL_PREFIX.sub("", host)
            norm = _NON_ALNUM.sub("", host)
            if norm:
                return norm
    return f"article:{article.id}"


def group_key(event: Event) -> GroupKey:
    """The ``(source, type, target)`` of an event."""
    return (event.source, event.type, event.target)


def _clusters(reports: list[Report], window_days: int) -> list[list[Report]]:
    """Split one group's reports into incidents (see the module docstring)."""
    undated: dict[str, list[Report]] = defaultdict(list)
    coarse: dict[tuple[int, date], list[Report]] = defaultdict(list)
    days: list[tuple[date, Report]] = []
    for ev, art in reports:
        iv = date_interval(event_date(ev, art))
        if iv is None:
            undated[period_of(ev, art)].append((ev, art))
        elif iv[2] == 3:
            days.append((iv[0], (ev, art)))
        else:
            coarse[(iv[2], iv[0])].append((ev, art))
    out = [undated[k] for k in sorted(undated)]
    out.extend(coarse[k] for k in sorted(coarse))
    days.sort(key=lambda x: (x[0], x[1][1].id, x[1][0].id))
    window = timedelta(days=window_days)
    current: list[Report] = []
    last: date | None = None
    for d, rep in days:
        if last is not None and d - last > window:
            out.append(current)
            current = []
        current.append(rep)
        last = d
    if current:
        out.append(current)
    return out


def _merge_cluster(cluster: list[Report], config: AggregateConfig) -> MergedEvent:
    cluster = sorted(cluster, key=lambda r: (r[1].id, r[0].id))
    first_ev, first_art = cluster[0]
    dates = sorted(d for ev, art in cluster if (d := event_date(ev, art)) is not None)
    factuality: dict[str, int] = defaultdict(int)
    best: dict[str, float] = {}
    for ev, art in cluster:
        factuality[NEGATED if ev.negated else ev.factuality.value] += 1
        w = event_weight(ev, art, config)
        if w > 0.0:
            k = outlet_key(art)
            best[k] = max(best.get(k, 0.0), w)
    remaining = 1.0
    for k in sorted(best):
        remaining *= 1.0 - best[k]
    quads = sorted({config.quad_of(ev.type, ev.quad_class) for ev, _ in cluster})
    return MergedEvent(
        source=first_ev.source,
        type=first_ev.type,
        target=first_ev.target,
        period=dates[0][:7] if dates else period_of(first_ev, first_art),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        factuality=dict(sorted(factuality.items())),
        articles=tuple(sorted({art.id for _, art in cluster})),
        outlets=len(best),
        single_source=len(best) < 2,
        evidence=tuple(sorted({Evidence(art.id, ev.sentence) for ev, art in cluster},
                              key=lambda e: (e.article_id, e.sentence))),
        weight=round(1.0 - remaining, 6),
        # The crosswalk gives one quad per type; an event-level override wins
        # when every report agrees, else the type's documented quad.
        quad_class=quads[0] if len(quads) == 1 else config.type_quads[first_ev.type],
        events=tuple(sorted(ev.id for ev, _ in cluster)),
    )


def merge_group(reports: Iterable[Report], config: AggregateConfig | None = None,
                ) -> list[MergedEvent]:
    """Merge the reports of one ``(source, type, target)`` into incidents."""
    cfg = config or load_config()
    merged = [_merge_cluster(c, cfg) for c in _clusters(list(reports), cfg.window_days)]
    return sorted(merged, key=lambda m: m.key)


def merge_events(reports: Iterable[Report], config: AggregateConfig | None = None,
                 ) -> list[MergedEvent]:
    """Merge every report (event with its article) into incidents.

    Reports from duplicate articles (``duplicate_of`` set) are left out: a copy
    is not a second source.
    """
    cfg = config or load_config()
    groups: dict[GroupKey, list[Report]] = defaultdict(list)
    for ev, art in reports:
        if art.duplicate_of is None:
            groups[group_key(ev)].append((ev, art))
    out: list[MergedEvent] = []
    for k in sorted(groups, key=lambda g: (g[0] or "", g[1].value, g[2] or "")):
        out.extend(merge_group(groups[k], cfg))
    return out


def merged_event_from_dict(d: Mapping[str, Any]) -> MergedEvent:
    """A MergedEvent from its ``records.to_dict`` form (for stored aggregation state)."""
    return MergedEvent(
        source=d.get("source"), type=EventType(d["type"]), target=d.get("target"),
        period=str(d["period"]), first_date=d.get("first_date"), last_date=d.get("last_date"),
        factuality={str(k): int(v) for k, v in (d.get("factuality") or {}).items()},
        articles=tuple(d.get("articles") or ()), outlets=int(d["outlets"]),
        single_source=bool(d["single_source"]),
        evidence=tuple(Evidence(e["article_id"], e["sentence"]) for e in d.get("evidence") or ()),
        weight=float(d["weight"]), quad_class=QuadClass(d["quad_class"]),
        events=tuple(d.get("events") or ()),
    )
