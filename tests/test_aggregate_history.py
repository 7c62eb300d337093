"""The history of a pair of rolled-up sides and its view (allegiance.aggregate.history/view)."""

from __future__ import annotations

import dataclasses

from rich.console import Console

from allegiance.aggregate import Aggregator, Side, dyad_history, render_history
from allegiance.aggregate.history import EVIDENCE_SHOWN, SNIPPET, snippet
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
    Role,
    Shift,
    Stance,
    Timeframe,
)

COLL = "coll:armed_group:IRQ:IRN"
ACTORS = [
    Actor("IRQ", "Iraq", ActorKind.STATE, "IRQ"),
    Actor("IRQ-GOV", "Government of Iraq", ActorKind.GOVERNMENT, "IRQ"),
    Actor("IRQ-MIL", "Iraqi military", ActorKind.MILITARY, "IRQ"),
    Actor(COLL, "Iran-backed armed groups in Iraq", ActorKind.ARMED_GROUP, "IRQ", sponsors=("IRN",)),
    Actor("PMF", "Popular Mobilization Forces", ActorKind.ARMED_GROUP, "IRQ", sponsors=("IRN",)),
    Actor("KH", "Kataib Hezbollah", ActorKind.ARMED_GROUP, "IRQ", sponsors=("IRN",)),
    Actor("USA", "United States", ActorKind.STATE, "USA"),
    Actor("PM_A", "First Premier", ActorKind.PERSON, "IRQ",
          roles=(Role("Prime Minister", "IRQ", "2014-09-08", "2018-10-25"),)),
    Actor("PM_B", "Second Premier", ActorKind.PERSON, "IRQ",
          roles=(Role("Prime Minister", "IRQ", "2020-05-07", "2022-10-27"),)),
]

LONG = ("In a long televised address to the nation on Saturday evening, the prime minister "
        "paid tribute to the army, the police and the volunteer forces, and declared a "
        "national holiday to mark the end of the war against the militants.")


def art(aid: str, published: str | None, title: str | None = None,
        outlet: str | None = None) -> Article:
    return Article(id=aid, source_path=aid, title=title, author="W", outlet=outlet or aid,
                   original_source=None, published=published, language="en", text="")


def ev(aid: str, n: int, type_: EventType, source: str, target: str, **kw: object) -> Event:
    return dataclasses.replace(
        Event(id=f"e_{aid}_{n}", article_id=aid, sentence=f"Claim {n} of {aid}.",
              type=type_, source=source, target=target), **kw)  # type: ignore[arg-type]


def docs() -> list[DocResult]:
    return [
        DocResult(art("a1", "2015-03-27", "Militias and army retake the city", "Tigris Wire"),
                  events=(ev("a1", 0, EventType.COOPERATE, "PMF", "IRQ-MIL"),
                          ev("a1", 1, EventType.SUPPORT, "PM_A", "PMF"),
                          ev("a1", 2, EventType.ASSAULT, "KH", "PMF"))),   # inside one side
        DocResult(art("a2", "2017-12-10"),
                  events=(ev("a2", 0, EventType.SUPPORT, "PM_A", COLL, sentence=LONG,
                             trigger="paid tribute"),
                          ev("a2", 1, EventType.THREATEN, "KH", "IRQ-GOV",
                             factuality=Factuality.HYPOTHETICAL))),
        DocResult(art("a3", "2020-06-30", "Raid on the militia"),
                  events=(ev("a3", 0, EventType.ASSAULT, "PM_B", "KH"),
                          ev("a3", 1, EventType.ACCUSE, "KH", "PM_B"),
                          # out of office: the first premier no longer speaks for Iraq
                          ev("a3", 2, EventType.ACCUSE, "PM_A", "KH"),
                          ev("a3", 3, EventType.ASSAULT, "USA", "KH"))),
        DocResult(art("a4", "2024-09-28"),
                  events=(ev("a4", 0, EventType.CONSULT, "IRQ-GOV", "KH"),),
                  relations=(Relation("KH", RelationType.MEMBER_OF, "PMF", first_seen="2024-09-28",
                                      last_seen="2024-09-28",
                                      evidence=(Evidence("a4", "KH is part of the PMF."),)),
                             Relation("IRQ-GOV", RelationType.ALLIED, "KH",
                                      first_seen="2024-09-28", last_seen="2024-09-28",
                                      evidence=(Evidence("a4", "They are allies now."),)))),
        DocResult(art("a5", None),
                  events=(ev("a5", 0, EventType.AID, "PM_A", "KH", timeframe=Timeframe.PAST),
                          ev("a5", 1, EventType.AID, "IRQ-GOV", "KH",
                             timeframe=Timeframe.PAST))),
    ]


def build() -> Aggregator:
    agg = Aggregator()
    agg.add(docs())
    return agg


def history(**kw: object):  # type: ignore[no-untyped-def]
    agg = build()
    events = {e.id: e for r in docs() for e in r.events}
    articles = {aid: agg.article(aid) for aid in agg.duplicates()}
    return dyad_history("IRQ", COLL, agg.merged_events(), agg.relations(), agg.shifts(), ACTORS,
                        articles=articles, events=events, **kw)  # type: ignore[arg-type]


def test_rolled_up_periods_turns_and_members() -> None:
    h = history()
    assert [(p.period, p.stance) for p in h.periods] == [
        ("past", Stance.COOPERATIVE), ("2015-03", Stance.COOPERATIVE),
        ("2017-12", Stance.COOPERATIVE), ("2020-06", Stance.HOSTILE),
        ("2024-09", Stance.COOPERATIVE)]
    by = {p.period: p for p in h.periods}
    # KH ~ PMF is inside one side; USA is on neither; PM_A is out of office in 2020
    assert by["2015-03"].dyad is not None and by["2015-03"].dyad.events == 2
    assert by["2020-06"].dyad is not None and by["2020-06"].dyad.events == 2
    assert {(i.source, i.target) for i in by["2020-06"].incidents} == {("PM_B", "KH"), ("KH", "PM_B")}
    # an undated past event counts only for members that belong for all time
    assert [(i.source, i.target) for i in by["past"].incidents] == [("IRQ-GOV", "KH")]
    # a hypothetical threat is listed but not counted
    dec = by["2017-12"]
    assert dec.dyad is not None and dec.dyad.events == 1 and len(dec.incidents) == 2
    assert dec.evidence[-1].note == "not counted: hypothetical 1"
    assert [(t.from_period, t.from_, t.to_period, t.to) for t in h.turns] == [
        ("2017-12", Stance.COOPERATIVE, "2020-06", Stance.HOSTILE),
        ("2020-06", Stance.HOSTILE, "2024-09", Stance.COOPERATIVE)]
    first = h.turns[0]
    assert [line.type for line in first.before] == [EventType.SUPPORT]
    assert {line.type for line in first.after} == {EventType.ASSAULT, EventType.ACCUSE}
    assert h.a_members == ("IRQ", "IRQ-GOV", "IRQ-MIL", "PM_A", "PM_B")
    assert h.b_members == (COLL, "KH", "PMF")
    assert [r.relation for r in h.relations] == [RelationType.ALLIED]


def test_evidence_lines_carry_date_title_outlet_and_a_cut_sentence() -> None:
    h = history()
    line = next(p for p in h.periods if p.period == "2015-03").evidence[0]
    assert (line.date, line.title, line.outlet) == ("2015-03-27", "Militias and army retake the city",
                                                   "Tigris Wire")
    tribute = next(p for p in h.periods if p.period == "2017-12").evidence[0]
    assert "paid tribute" in tribute.sentence and len(tribute.sentence) <= SNIPPET + 2
    assert tribute.sentence.startswith("…") or tribute.sentence.endswith("…")


def test_exact_sides_and_plain_member_sets() -> None:
    exact = history(sides=(Side.exact("IRQ"), Side.exact(COLL)))
    assert exact.periods == () and not exact.rolled_up
    sets = history(sides=(frozenset({"IRQ-GOV"}), frozenset({"KH"})))
    assert [p.period for p in sets.periods] == ["past", "2017-12", "2024-09"]


def test_stated_shifts_of_members_are_kept() -> None:
    agg = build()
    stated = Shift("IRQ-GOV", "KH", Stance.HOSTILE, Stance.COOPERATIVE, "past", "2024-09",
                   (Evidence("a4", "Once foes, now allies."),))
    other = Shift("USA", "KH", Stance.HOSTILE, Stance.COOPERATIVE, "past", "2024-09")
    h = dyad_history("IRQ", COLL, agg.merged_events(), [], [stated, other], ACTORS)
    assert h.shifts == (stated,)


def test_render_fits_a_100_column_terminal() -> None:
    console = Console(record=True, width=100)
    console.print(render_history(history()))
    out = console.export_text()
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 100
    for snippet_ in ("Iraq (IRQ) ~ Iran-backed armed groups in Iraq", "rolled up:", "period",
                     "2015-03", "cooperative", "hostile", "2015-03-27 · PMF COOPERATE IRQ-MIL",
                     "Tigris Wire: Militias and army retake the city", "Turns",
                     "2017-12 cooperative → 2020-06 hostile", "before:", "after:",
                     "paid tribute", "not counted: hypothetical 1", "Standing relations",
                     "They are allies now."):
        assert snippet_ in out, snippet_
    per_period = out.split("Evidence")[1].split("Turns")[0]
    assert per_period.count("2020-06-30 · ") <= EVIDENCE_SHOWN


def test_render_without_events() -> None:
    h = dyad_history("AAA", "BBB", [], [], [], [])
    console = Console(record=True, width=100)
    console.print(render_history(h))
    assert "No events" in console.export_text()


def test_snippet_cuts_around_the_trigger_at_word_boundaries() -> None:
    assert snippet("Short one.", "one") == "Short one."
    cut = snippet(LONG, "national holiday", 60)
    assert "national holiday" in cut and cut.startswith("…") and len(cut) <= 62
    assert not cut[1:].startswith(" ")
    head = snippet(LONG, None, 60)
    assert head.startswith("In a long") and head.endswith("…")
