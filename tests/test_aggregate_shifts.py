"""Shifts from dated series and from before/after cues (allegiance.aggregate.shifts)."""

from __future__ import annotations

from allegiance.aggregate import Aggregator, cue_shifts, merge_shifts
from allegiance.aggregate.shifts import state_of
from allegiance.records import (
    Article,
    DocResult,
    Event,
    EventType,
    Evidence,
    Factuality,
    Relation,
    RelationType,
    Shift,
    Stance,
    Timeframe,
)


def art(aid: str, published: str | None = None) -> Article:
    return Article(id=aid, source_path=aid, title=None, author="A. Writer", outlet=aid,
                   original_source=None, published=published, language="en", text="")


def ev(aid: str, n: int, type_: EventType, source: str, target: str, *,
       date: str | None = None, timeframe: Timeframe | None = None,
       factuality: Factuality = Factuality.ASSERTED, negated: bool = False) -> Event:
    return Event(id=f"e_{aid}_{n}", article_id=aid, sentence=f"{aid} sentence {n}.",
                 type=type_, source=source, target=target, date=date, timeframe=timeframe,
                 factuality=factuality, negated=negated)


def rel(aid: str, source: str, relation: RelationType, target: str, *,
        former: bool = False, n: int = 0) -> Relation:
    return Relation(source, relation, target, former=former,
                    evidence=(Evidence(aid, f"{aid} relation {n}."),))


def test_series_shift_between_non_neutral_periods() -> None:
    results = [
        DocResult(art("a1", "2024-01-10"),
                  events=(ev("a1", 0, EventType.ASSAULT, "AAA", "BBB"),)),
        DocResult(art("a2", "2024-02-10"),  # neutral month: skipped over
                  events=(ev("a2", 0, EventType.ASSAULT, "AAA", "BBB"),
                          ev("a2", 1, EventType.COOPERATE, "BBB", "AAA"))),
        DocResult(art("a3", "2024-03-10"),
                  events=(ev("a3", 0, EventType.AGREE, "AAA", "BBB"),
                          ev("a3", 1, EventType.AID, "AAA", "BBB"))),
        DocResult(art("a4", "2024-04-10"),
                  events=(ev("a4", 0, EventType.AID, "AAA", "BBB"),)),
    ]
    agg = Aggregator()
    agg.add(results)
    (s,) = agg.shifts()
    assert (s.a, s.b, s.from_, s.to, s.from_period, s.to_period) == (
        "AAA", "BBB", Stance.HOSTILE, Stance.COOPERATIVE, "2024-01", "2024-03")
    assert [e.sentence for e in s.evidence] == ["a1 sentence 0.", "a3 sentence 0.",
                                                "a3 sentence 1."]


def test_series_turns_back() -> None:
    results = [DocResult(art(f"a{m}", f"2024-0{m}-01"), events=(
        ev(f"a{m}", 0, t, "AAA", "BBB"),)) for m, t in
        [(1, EventType.AID), (2, EventType.ASSAULT), (3, EventType.COOPERATE)]]
    agg = Aggregator()
    agg.add(results)
    assert [(s.from_, s.to, s.from_period, s.to_period) for s in agg.shifts()] == [
        (Stance.COOPERATIVE, Stance.HOSTILE, "2024-01", "2024-02"),
        (Stance.HOSTILE, Stance.COOPERATIVE, "2024-02", "2024-03")]


def test_former_foes_now_cooperating() -> None:
    a = art("a1")
    (s,) = cue_shifts(a, [ev("a1", 0, EventType.COOPERATE, "IRQ-GOV", "coll:militia")],
                      [rel("a1", "coll:militia", RelationType.HOSTILE, "IRQ-GOV", former=True)])
    assert (s.a, s.b, s.from_, s.to, s.from_period, s.to_period) == (
        "IRQ-GOV", "coll:militia", Stance.HOSTILE, Stance.COOPERATIVE, "past", "current")
    assert {e.sentence for e in s.evidence} == {"a1 relation 0.", "a1 sentence 0."}


def test_former_enemies_now_allied_with_sector_as_state() -> None:
    a = art("a1", "2018-05-10")
    (s,) = cue_shifts(a, [], [rel("a1", "USA", RelationType.HOSTILE, "PROXY", former=True),
                              rel("a1", "USA-MIL", RelationType.ALLIED, "PROXY", n=1)])
    assert (s.a, s.b, s.from_, s.to, s.to_period) == (
        "PROXY", "USA", Stance.HOSTILE, Stance.COOPERATIVE, "2018-05")
    assert state_of("USA-MIL") == "USA" and state_of("coll:armed_group:IRQ:IRN") == (
        "coll:armed_group:IRQ:IRN")


def test_past_fighting_then_present_work_together() -> None:
    events = [ev("a1", 0, EventType.ASSAULT, "PROXY", "USA", timeframe=Timeframe.PAST),
              ev("a1", 1, EventType.COOPERATE, "USA", "PROXY")]
    (s,) = cue_shifts(art("a1"), events, [])
    assert (s.from_, s.to) == (Stance.HOSTILE, Stance.COOPERATIVE)


def test_former_allies_now_hostile() -> None:
    (s,) = cue_shifts(art("a1"), [ev("a1", 0, EventType.ASSAULT, "AAA", "BBB")],
                      [rel("a1", "AAA", RelationType.ALLIED, "BBB", former=True)])
    assert (s.from_, s.to) == (Stance.COOPERATIVE, Stance.HOSTILE)


def test_no_shift_without_a_turn() -> None:
    a = art("a1")
    # still hostile
    assert cue_shifts(a, [ev("a1", 0, EventType.ASSAULT, "AAA", "BBB")],
                      [rel("a1", "AAA", RelationType.HOSTILE, "BBB", former=True)]) == []
    # the present side only supposed or denied
    assert cue_shifts(a, [ev("a1", 0, EventType.COOPERATE, "AAA", "BBB",
                             factuality=Factuality.HYPOTHETICAL),
                          ev("a1", 1, EventType.AID, "AAA", "BBB", negated=True)],
                      [rel("a1", "AAA", RelationType.HOSTILE, "BBB", former=True)]) == []
    # a different pair
    assert cue_shifts(a, [ev("a1", 0, EventType.COOPERATE, "AAA", "CCC")],
                      [rel("a1", "AAA", RelationType.HOSTILE, "BBB", former=True)]) == []
    # a person is not the organisation they belong to
    assert cue_shifts(a, [ev("a1", 0, EventType.COOPERATE, "person:x", "BBB")],
                      [rel("a1", "AAA", RelationType.HOSTILE, "BBB", former=True)]) == []
    # mixed present cues say nothing
    assert cue_shifts(a, [ev("a1", 0, EventType.COOPERATE, "AAA", "BBB"),
                          ev("a1", 1, EventType.ASSAULT, "AAA", "BBB")],
                      [rel("a1", "AAA", RelationType.HOSTILE, "BBB", former=True)]) == []
    # duplicates state nothing
    dup = Article(id="a2", source_path="a2", title=None, author=None, outlet=None,
                  original_source=None, published=None, language="en", text="",
                  duplicate_of="a1")
    assert cue_shifts(dup, [ev("a2", 0, EventType.COOPERATE, "AAA", "BBB")],
                      [rel("a2", "AAA", RelationType.HOSTILE, "BBB", former=True)]) == []


def test_same_shift_from_two_articles_is_one_record() -> None:
    def one(aid: str) -> list[Shift]:
        return cue_shifts(art(aid), [ev(aid, 0, EventType.AID, "AAA", "BBB")],
                          [rel(aid, "AAA", RelationType.HOSTILE, "BBB", former=True)])
    (s,) = merge_shifts([*one("a2"), *one("a1")])
    assert [e.article_id for e in s.evidence] == ["a1", "a1", "a2", "a2"]


def test_seed_shifts_through_the_real_pipeline() -> None:
    """Seeds 000 and 004 each state a turn from hostile to cooperative; the gold
    (shared/gold/seeds.json) names the pair, matched the way the scorer does."""
    import importlib.util
    import json
    from pathlib import Path

    import pytest

    shared = Path(__file__).resolve().parents[1].parent / "shared"
    if not (shared / "tools" / "score.py").is_file():
        pytest.skip(f"shared gold and scorer not found under {shared}")
    try:
        from allegiance.pipeline import process_document
        from allegiance.resources import load_resources
        from allegiance.settings import load_settings
        resources = load_resources(load_settings({}, env={}))
    except (ImportError, OSError) as exc:
        pytest.skip(f"pipeline not available yet: {exc}")
    from allegiance.records import RawDocument, to_dict

    spec = importlib.util.spec_from_file_location("shared_score", shared / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    gold_actors = json.loads((shared / "gold" / "actors.json").read_text(encoding="utf-8"))
    for g in gold["articles"]:
        if not g.get("shifts"):
            continue
        path = shared / "seeds" / g["file"]
        result = process_document(RawDocument(str(path), text=path.read_text("utf-8")),
                                  resources)
        assert isinstance(result, DocResult), result
        agg = Aggregator()
        agg.add([result])
        resolver = score.Resolver(gold_actors, [to_dict(a) for a in result.actors])
        for want in g["shifts"]:
            found = [s for s in agg.shifts()
                     if {want["a"], want["b"]} <= (resolver.gold_ids(s.a) | resolver.gold_ids(s.b))
                     and s.from_.value == want["from"] and s.to.value == want["to"]]
            assert found, f"{g['file']}: no shift {want['a']}~{want['b']} in {agg.shifts()}"
