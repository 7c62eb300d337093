"""Dyads per pair and period, and how much each claim counts (aggregate.dyads, .weights)."""

from __future__ import annotations

import dataclasses

import pytest

from allegiance.aggregate import article_weight, build_dyads, load_config, merge_events, stance
from allegiance.aggregate.periods import period_of
from allegiance.records import (
    Article,
    Dyad,
    Event,
    EventType,
    Factuality,
    QuadClass,
    Stance,
    Timeframe,
)


def art(aid: str, published: str | None = "2024-03-01", *, outlet: str | None = None,
        author: str | None = "A. Writer", quality: dict[str, object] | None = None,
        duplicate_of: str | None = None) -> Article:
    return Article(id=aid, source_path=aid, title=None, author=author, outlet=outlet or aid,
                   original_source=None, published=published, language="en", text="",
                   duplicate_of=duplicate_of, quality=quality or {})


def ev(a: Article, n: int = 0, *, type_: EventType = EventType.ASSAULT, source: str = "BBB",
       target: str = "AAA", date: str | None = None,
       factuality: Factuality = Factuality.ASSERTED, negated: bool = False,
       timeframe: Timeframe | None = None) -> tuple[Event, Article]:
    return (Event(id=f"e_{a.id}_{n}", article_id=a.id, sentence=f"Sentence {a.id}/{n}.",
                  type=type_, source=source, target=target, date=date, factuality=factuality,
                  negated=negated, timeframe=timeframe), a)


def dyads(*reports: tuple[Event, Article]) -> list[Dyad]:
    return build_dyads(merge_events(reports))


def test_pair_is_undirected_and_sorted() -> None:
    a = art("a1")
    (d,) = dyads(ev(a, source="ZZZ", target="AAA"),
                 ev(a, 1, source="AAA", target="ZZZ", type_=EventType.AID))
    assert (d.a, d.b, d.period, d.events) == ("AAA", "ZZZ", "2024-03", 2)
    # material cooperation 2 vs material conflict 2
    assert (d.cooperation, d.conflict, d.score) == (2.0, 2.0, 0.0)


def test_quad_weights_and_score() -> None:
    a = art("a1")
    (d,) = dyads(ev(a, type_=EventType.CONSULT), ev(a, 1, type_=EventType.ASSAULT),
                 ev(a, 2, type_=EventType.ACCUSE))
    assert (d.cooperation, d.conflict) == (1.0, 3.0)
    assert d.score == pytest.approx((1.0 - 3.0) / 4.0)


def test_event_level_quad_class_wins() -> None:
    a = art("a1")
    e, _ = ev(a, type_=EventType.REQUEST)
    (d,) = dyads((dataclasses.replace(e, quad_class=QuadClass.VERBAL_CONFLICT), a))
    assert (d.cooperation, d.conflict) == (0.0, 1.0)


def test_hypothetical_and_negated_never_count() -> None:
    a = art("a1")
    assert dyads(ev(a, factuality=Factuality.HYPOTHETICAL), ev(a, 1, negated=True,
                                                              type_=EventType.AID)) == []
    (d,) = dyads(ev(a), ev(a, 1, type_=EventType.AID, factuality=Factuality.HYPOTHETICAL))
    assert (d.events, d.cooperation, d.conflict, d.score) == (1, 0.0, 2.0, -1.0)


def test_reported_and_intended_are_discounted() -> None:
    a = art("a1")
    (d,) = dyads(ev(a, factuality=Factuality.REPORTED))
    cfg = load_config()
    assert d.conflict == pytest.approx(2.0 * cfg.factuality[Factuality.REPORTED]) == 1.0
    (d,) = dyads(ev(a, type_=EventType.THREATEN, factuality=Factuality.INTENDED))
    assert d.conflict == pytest.approx(1.0 * cfg.factuality[Factuality.INTENDED])
    assert 0 < cfg.factuality[Factuality.INTENDED] < 1


def test_duplicate_articles_count_zero() -> None:
    a, copy = art("a1"), art("a2", duplicate_of="a1")
    assert dyads(ev(copy)) == []
    assert dyads(ev(a), ev(copy)) == dyads(ev(a))
    assert article_weight(copy) == 0.0


def test_periods_month_past_current() -> None:
    dated, undated = art("a1", "2024-03-15"), art("a2", None)
    assert period_of(*ev(dated)) == "2024-03"
    assert period_of(*ev(dated, date="2023-11-02")) == "2023-11"
    assert period_of(*ev(dated, date="2023")) == "2023"
    # an undated past event is not counted in the article's month
    assert period_of(*ev(dated, timeframe=Timeframe.PAST)) == "past"
    assert period_of(*ev(undated, timeframe=Timeframe.PAST)) == "past"
    assert period_of(*ev(undated, timeframe=Timeframe.CURRENT)) == "current"
    assert period_of(*ev(undated)) == "current"
    got = dyads(ev(undated, timeframe=Timeframe.PAST),
                ev(undated, 1, type_=EventType.COOPERATE), ev(dated, date="2024-01-09"))
    assert [d.period for d in got] == ["past", "2024-01", "current"]


def test_source_quality_lowers_weight() -> None:
    clean = art("a1")
    assert article_weight(clean) == 1.0
    cfg = load_config()
    rules = {name: (slope, full_at) for name, slope, full_at in cfg.quality.signals}
    (b_slope, b_full), (h_slope, h_full) = rules["boilerplate_share"], rules["hedged_share"]
    junky = art("a2", quality={"boilerplate_share": 0.5 * b_full, "hedged_share": 2 * h_full})
    assert article_weight(junky) == pytest.approx((1 - b_slope * 0.5) * (1 - h_slope))
    farm = art("a6", quality={"filler_phrases": 1, "mojibake": True})
    assert article_weight(farm) < 1.0
    anonymous = art("a3", None, author=None)
    assert article_weight(anonymous) == pytest.approx(
        cfg.quality.missing_author * cfg.quality.missing_date)
    awful = art("a4", None, author=None,
                quality={k: full_at * 10 for k, (_, full_at) in rules.items()})
    expected = cfg.quality.missing_author * cfg.quality.missing_date
    for _, slope, _ in cfg.quality.signals:
        expected *= 1 - slope
    assert article_weight(awful) == pytest.approx(max(cfg.quality.floor, expected))
    strict = dataclasses.replace(cfg, quality=dataclasses.replace(cfg.quality, floor=0.9))
    assert article_weight(awful, strict) == 0.9
    assert article_weight(art("a5", quality={"boilerplate_share": "n/a"})) == 1.0
    (d1,), (d2,) = dyads(ev(clean)), dyads(ev(junky))
    assert d2.conflict < d1.conflict


def test_stance_band_and_minimum_weight() -> None:
    assert stance(Dyad("A", "B", "2024-01", 1, 2.0, 0.0, 1.0)) is Stance.COOPERATIVE
    assert stance(Dyad("A", "B", "2024-01", 1, 0.0, 2.0, -1.0)) is Stance.HOSTILE
    assert stance(Dyad("A", "B", "2024-01", 2, 1.0, 1.1, -0.05)) is Stance.NEUTRAL
    assert stance(Dyad("A", "B", "2024-01", 1, 0.1, 0.0, 1.0)) is Stance.NEUTRAL
    assert stance(None) is Stance.NEUTRAL
