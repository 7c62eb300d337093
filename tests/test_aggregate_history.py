"""The history view of one pair (allegiance.aggregate.history)."""

from __future__ import annotations

import dataclasses

from rich.console import Console

from allegiance.aggregate import Aggregator, dyad_history, render_history
from allegiance.records import (
    Actor,
    ActorKind,
    Article,
    DocResult,
    Event,
    EventType,
    Evidence,
    Factuality,
    Relation,
    RelationType,
    Stance,
)


def art(aid: str, published: str | None) -> Article:
    return Article(id=aid, source_path=aid, title=None, author="W", outlet=aid,
                   original_source=None, published=published, language="en", text="")


def ev(aid: str, n: int, type_: EventType, source: str, target: str) -> Event:
    return Event(id=f"e_{aid}_{n}", article_id=aid, sentence=f"Claim {n} of {aid}.",
                 type=type_, source=source, target=target)


ACTORS = [Actor("IRQ", "Iraq", ActorKind.STATE, "IRQ")]


def build() -> Aggregator:
    agg = Aggregator()
    agg.add([
        DocResult(art("a1", "2024-01-05"),
                  events=(ev("a1", 0, EventType.ASSAULT, "MIL", "IRQ-GOV"),
                          dataclasses.replace(ev("a1", 1, EventType.THREATEN, "IRQ", "MIL"),
                                              factuality=Factuality.HYPOTHETICAL))),
        DocResult(art("a2", "2024-03-05"),
                  events=(ev("a2", 0, EventType.COOPERATE, "IRQ", "MIL"),
                          ev("a2", 1, EventType.AID, "IRQ-GOV", "MIL"),
                          ev("a2", 2, EventType.AID, "IRQ", "OTHER")),
                  relations=(Relation("IRQ", RelationType.ALLIED, "MIL",
                                      evidence=(Evidence("a2", "Allied now."),)),)),
    ])
    return agg


def test_history_collects_periods_relations_and_shifts() -> None:
    agg = build()
    h = dyad_history("IRQ", "MIL", agg.dyads(), agg.merged_events(), agg.relations(),
                     agg.shifts(), ACTORS)
    assert (h.a_name, h.b_name) == ("Iraq", "MIL")
    assert [(p.period, p.stance) for p in h.periods] == [
        ("2024-01", Stance.HOSTILE), ("2024-03", Stance.COOPERATIVE)]
    assert [len(p.incidents) for p in h.periods] == [2, 2]
    assert h.periods[0].dyad is not None and h.periods[0].dyad.events == 1
    march = h.periods[1]
    assert march.dyad is not None and march.dyad.events == 2  # sector summed with its state
    assert [r.relation for r in h.relations] == [RelationType.ALLIED]
    assert [(s.from_, s.to) for s in h.shifts] == [(Stance.HOSTILE, Stance.COOPERATIVE)]
    only_sector = dyad_history("IRQ-GOV", "MIL", agg.dyads(), agg.merged_events(),
                               agg.relations(), agg.shifts(), ACTORS)
    assert [p.dyad.events for p in only_sector.periods if p.dyad] == [1, 1]


def test_render_shows_periods_evidence_and_shifts() -> None:
    agg = build()
    h = dyad_history("MIL", "IRQ", agg.dyads(), agg.merged_events(), agg.relations(),
                     agg.shifts(), ACTORS)
    console = Console(record=True, width=160)
    console.print(render_history(h))
    out = console.export_text()
    for snippet in ("2024-01", "2024-03", "hostile", "cooperative", "Claim 0 of a1.",
                    "Shifts", "Allied now.", "not counted: hypothetical 1", "single source"):
        assert snippet in out


def test_render_without_events() -> None:
    h = dyad_history("AAA", "BBB", [], [], [], [], [])
    console = Console(record=True, width=100)
    console.print(render_history(h))
    assert "No events" in console.export_text()
