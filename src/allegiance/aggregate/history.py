"""The history of one pair of sides: periods, turns, evidence, relations.

``dyad_history(a, b, ...)`` gathers what aggregation knows about the pair
``a``/``b``. Each side is rolled up (``rollup.py``): asked about ``IRQ`` and
``coll:armed_group:IRQ:IRN`` it counts the incidents between Iraq, its
government and army and its officials in office, and the Iran-backed armed
groups, their umbrellas and their commanders, each at the time of the
incident. An incident counts when one end is on each side and the two ends
are not on the same side. Per period the counted incidents give one dyad with
the formula of ``dyads.py``, and its stance (``rules.yaml``); a *turn* is a
change between consecutive non-neutral calendar periods (``shifts.turn_points``).
Evidence lines carry the sentence (cut around the trigger), the event's date
and the article's title and outlet. ``sides=(Side.exact(a), Side.exact(b))``
asks about the two ids alone.

``render_history`` (``view.py``) draws it for ``allegiance dyad A B``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from allegiance.aggregate.config import AggregateConfig, load_config
from allegiance.aggregate.corroborate import MergedEvent
from allegiance.aggregate.dyads import make_dyad, stance, tally
from allegiance.aggregate.periods import PAST, is_dated, period_key
from allegiance.aggregate.rollup import Rollup, Side, counts_for_pair, date_span, pair_sides
from allegiance.aggregate.shifts import turn_points
from allegiance.aggregate.weights import is_cooperative
from allegiance.records import Actor, Article, Dyad, Event, EventType, Relation, Shift, Stance

EVIDENCE_SHOWN = 3
EVIDENCE_PER_TURN = 2
SNIPPET = 96


@dataclass(frozen=True)
class EvidenceLine:
    """One incident as a line of evidence: when, who did what to whom, the
    sentence (cut to ``SNIPPET`` characters around its trigger) and where it
    was told. ``weight`` 0 marks an incident that does not count (``note`` says why)."""

    date: str
    source: str | None
    type: EventType
    target: str | None
    sentence: str
    article_id: str
    title: str | None
    outlet: str | None
    weight: float
    reports: int = 1
    note: str = ""


@dataclass(frozen=True)
class PeriodRecord:
    """One period of a pair: its dyad (None when only weightless incidents), stance,
    incidents (heaviest first) and their evidence lines (same order)."""

    period: str
    dyad: Dyad | None
    stance: Stance
    incidents: tuple[MergedEvent, ...]  # by weight times quad weight, heaviest first
    evidence: tuple[EvidenceLine, ...] = ()


@dataclass(frozen=True)
class Turn:
    """A change of stance between two consecutive non-neutral calendar periods,
    with the heaviest incidents behind each side's stance."""

    from_period: str
    from_: Stance
    to_period: str
    to: Stance
    before: tuple[EvidenceLine, ...]
    after: tuple[EvidenceLine, ...]


@dataclass(frozen=True)
class DyadHistory:
    """What aggregation knows about the pair ``a``/``b`` (ids as asked).

    ``a_members``/``b_members`` are the actors of each side that take part in
    the pair's incidents; ``shifts`` the turns a text states itself (a past
    stance against a present one); ``names`` actor names by id.
    """

    a: str
    b: str
    a_name: str
    b_name: str
    periods: tuple[PeriodRecord, ...]
    turns: tuple[Turn, ...]
    relations: tuple[Relation, ...]
    shifts: tuple[Shift, ...]
    a_members: tuple[str, ...] = ()
    b_members: tuple[str, ...] = ()
    rolled_up: bool = True
    names: Mapping[str, str] | None = None


def snippet(sentence: str, focus: str | None = None, limit: int = SNIPPET) -> str:
    """The sentence, or a window of about ``limit`` characters of it around
    ``focus`` (its trigger) cut at word boundaries, marked with ellipses."""
    text = " ".join(sentence.split())
    if len(text) <= limit:
        return text
    pos = text.casefold().find(focus.casefold()) if focus else -1
    start = max(0, pos - limit // 3) if pos >= 0 else 0
    start = min(start, len(text) - limit)
    end = start + limit
    if start > 0:
        cut = text.find(" ", start)
        start = cut + 1 if 0 <= cut < end else start
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    return ("…" if start > 0 else "") + text[start:end].rstrip(" ,;:") + \
        ("…" if end < len(text) else "")


def _note(m: MergedEvent) -> str:
    if m.weight > 0:
        return ""
    said = ", ".join(f"{k} {n}" for k, n in m.factuality.items())
    return f"not counted: {said}"


def _fact_rank(e: Event, cfg: AggregateConfig) -> float:
    return 0.0 if e.negated else cfg.factuality.get(e.factuality, 0.0)


def evidence_line(m: MergedEvent, articles: Mapping[str, Article],
                  events: Mapping[str, Event], config: AggregateConfig | None = None,
                  ) -> EvidenceLine:
    """The incident's evidence line from its firmest report (earliest article on ties)."""
    cfg = config or load_config()
    reports = [events[i] for i in m.events if i in events]
    if reports:
        best = min(reports, key=lambda e: (-_fact_rank(e, cfg),
                                           (articles[e.article_id].published or "~")
                                           if e.article_id in articles else "~", e.id))
        article_id, sentence, focus = best.article_id, best.sentence, best.trigger
    elif m.evidence:
        article_id, sentence, focus = m.evidence[0].article_id, m.evidence[0].sentence, None
    else:
        article_id, sentence, focus = (m.articles[0] if m.articles else ""), "", None
    art = articles.get(article_id)
    return EvidenceLine(
        date=m.first_date or m.period, source=m.source, type=m.type, target=m.target,
        sentence=snippet(sentence, focus), article_id=article_id,
        title=art.title if art else None,
        outlet=(art.outlet or art.original_source) if art else None,
        weight=m.weight, reports=len(m.articles), note=_note(m))


def _fits(m: MergedEvent, side: Stance) -> bool:
    return (m.weight > 0 and m.type not in load_config().stance_neutral_types
            and is_cooperative(m.quad_class) == (side is Stance.COOPERATIVE))


def _backing(rec: PeriodRecord) -> tuple[EvidenceLine, ...]:
    """The heaviest evidence behind a period's stance."""
    fitting = [line for m, line in zip(rec.incidents, rec.evidence, strict=True)
               if _fits(m, rec.stance)]
    return tuple(fitting[:EVIDENCE_PER_TURN])


def _as_side(query: str, side: Side | frozenset[str]) -> Side:
    return side if isinstance(side, Side) else Side.of(query, side)


def dyad_history(a: str, b: str, merged_events: Iterable[MergedEvent],
                 relations: Iterable[Relation], shifts: Iterable[Shift],
                 actors: Mapping[str, Actor] | Iterable[Actor], *,
                 sides: tuple[Side | frozenset[str], Side | frozenset[str]] | None = None,
                 rollup: Rollup | None = None,
                 articles: Mapping[str, Article] | None = None,
                 events: Mapping[str, Event] | None = None,
                 config: AggregateConfig | None = None) -> DyadHistory:
    """The history of the pair ``a``/``b`` (see the module docstring).

    ``sides`` overrides the roll-up (a ``Side`` or a plain member set per
    side); by default both sides are rolled up by ``rollup``, else by one
    over ``actors`` and the text ``relations``. ``articles`` and ``events``
    (by id) give evidence lines their titles, outlets and triggers.
    """
    cfg = config or load_config()
    by_id = dict(actors) if isinstance(actors, Mapping) else {x.id: x for x in actors}
    rels = list(relations)
    if sides is None:
        pair = pair_sides(a, b, rollup or Rollup(by_id, relations=rels))
        rolled = True
    else:
        pair = (_as_side(a, sides[0]), _as_side(b, sides[1]))
        rolled = any(len(s.members) > 1 for s in pair)
    arts, evs = articles or {}, events or {}

    per_period: dict[str, list[MergedEvent]] = defaultdict(list)
    for m in merged_events:
        if counts_for_pair(pair, m.source, m.target, date_span(m.first_date, m.last_date)):
            per_period[m.period].append(m)
    periods = []
    for p in sorted(per_period, key=period_key):
        incidents = sorted(per_period[p], key=lambda m: (
            -m.weight * cfg.stance_weight(m.type, m.quad_class), m.key))
        n, coop, conflict = tally(incidents, cfg)
        dyad = make_dyad(a, b, p, n, coop, conflict) if n else None
        periods.append(PeriodRecord(p, dyad, stance(dyad, cfg), tuple(incidents),
                                    tuple(evidence_line(m, arts, evs, cfg) for m in incidents)))

    dated = [r for r in periods if is_dated(r.period)]
    turns = []
    for i, j in turn_points([r.stance for r in dated]):
        before, after = dated[i], dated[j]
        turns.append(Turn(
            from_period=before.period, from_=before.stance, to_period=after.period, to=after.stance,
            before=_backing(before), after=_backing(after)))

    pair_rels = sorted((r for r in rels if counts_for_pair(
        pair, r.source, r.target, date_span(r.first_seen, r.last_seen))),
        key=lambda r: (r.source, r.relation.value, r.target, r.former))
    stated = sorted((s for s in shifts if s.from_period == PAST and counts_for_pair(
        pair, s.a, s.b, date_span(s.to_period))),
        key=lambda s: (period_key(s.to_period or PAST), s.a, s.b))
    counted = [m for r in periods for m in r.incidents]
    ends = {x for m in counted for x in (m.source, m.target) if x}
    named = ends | {a, b} | {x for r in pair_rels for x in (r.source, r.target)} \
        | {x for s in stated for x in (s.a, s.b)}
    names = {k: by_id[k].name for k in sorted(named) if k in by_id}
    return DyadHistory(
        a=a, b=b, a_name=names.get(a, a), b_name=names.get(b, b),
        periods=tuple(periods), turns=tuple(turns), relations=tuple(pair_rels),
        shifts=tuple(stated),
        a_members=_present(pair[0], ends), b_members=_present(pair[1], ends),
        rolled_up=rolled, names=names)


def _present(side: Side, ends: set[str]) -> tuple[str, ...]:
    """The side's query, then its other members seen in the pair's incidents."""
    return (side.query, *sorted(x for x in ends if x in side.spans and x != side.query))

