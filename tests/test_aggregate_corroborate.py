"""Event merging and corroboration (allegiance.aggregate.corroborate)."""

from __future__ import annotations

import itertools

from allegiance.aggregate import merge_events, outlet_key
from allegiance.aggregate.corroborate import Report
from allegiance.records import Article, Event, EventType, Factuality, Timeframe


def art(aid: str, published: str | None = "2024-03-01", outlet: str | None = None,
        original_source: str | None = None, duplicate_of: str | None = None) -> Article:
    return Article(id=aid, source_path=aid, title=None, author="A. Writer", outlet=outlet,
                   original_source=original_source, published=published, language="en",
                   text="", duplicate_of=duplicate_of)


def ev(a: Article, n: int = 0, *, type_: EventType = EventType.ASSAULT, source: str = "AAA",
       target: str = "BBB", date: str | None = None,
       factuality: Factuality = Factuality.ASSERTED, negated: bool = False,
       timeframe: Timeframe | None = None) -> Report:
    e = Event(id=f"e_{a.id}_{n}", article_id=a.id, sentence=f"{a.id} says so ({n}).",
              type=type_, source=source, target=target, date=date, factuality=factuality,
              negated=negated, timeframe=timeframe)
    return (e, a)


def test_reports_within_three_days_are_one_incident() -> None:
    a, b, c = art("a1", outlet="X"), art("a2", outlet="Y"), art("a3", outlet="Z")
    merged = merge_events([ev(a, date="2024-03-01"), ev(b, date="2024-03-04"),
                           ev(c, date="2024-03-08")])
    assert [(m.first_date, m.last_date, m.outlets) for m in merged] == [
        ("2024-03-01", "2024-03-04", 2), ("2024-03-08", "2024-03-08", 1)]
    assert [m.single_source for m in merged] == [False, True]
    assert [e.article_id for e in merged[0].evidence] == ["a1", "a2"]


def test_window_is_single_linkage_and_order_free() -> None:
    arts = [art(f"a{i}", outlet=f"O{i}") for i in range(4)]
    reports = [ev(arts[0], date="2024-03-01"), ev(arts[1], date="2024-03-04"),
               ev(arts[2], date="2024-03-07"), ev(arts[3], date="2024-03-11")]
    outs = [merge_events(p) for p in itertools.permutations(reports)]
    merged = outs[0]
    assert all(o == merged for o in outs)
    assert [(m.first_date, m.last_date) for m in merged] == [
        ("2024-03-01", "2024-03-07"), ("2024-03-11", "2024-03-11")]


def test_other_type_or_direction_is_another_incident() -> None:
    a, b = art("a1", outlet="X"), art("a2", outlet="Y")
    merged = merge_events([ev(a, date="2024-03-01"),
                           ev(b, date="2024-03-01", source="BBB", target="AAA"),
                           ev(b, 1, date="2024-03-01", type_=EventType.THREATEN)])
    assert len(merged) == 3 and all(m.single_source for m in merged)


def test_month_dates_merge_only_within_their_month() -> None:
    a, b, c = art("a1", outlet="X"), art("a2", outlet="Y"), art("a3", outlet="Z")
    merged = merge_events([ev(a, date="2024-03"), ev(b, date="2024-03"),
                           ev(c, date="2024-03-05")])
    assert sorted((m.period, m.first_date, m.outlets) for m in merged) == [
        ("2024-03", "2024-03", 2), ("2024-03", "2024-03-05", 1)]


def test_undated_reports_merge_within_their_timeframe() -> None:
    a, b = art("a1", None, outlet="X"), art("a2", None, outlet="Y")
    merged = merge_events([ev(a, timeframe=Timeframe.PAST), ev(b, timeframe=Timeframe.PAST),
                           ev(b, 1, timeframe=Timeframe.CURRENT), ev(a, 1)])
    assert [(m.period, m.outlets, m.first_date) for m in merged] == [
        ("current", 2, None), ("past", 2, None)]


def test_outlets_count_credited_source_then_publisher_then_article() -> None:
    a = art("a1", outlet="NJ Times", original_source="www.foxnews.com")
    b = art("a2", outlet="Fox News", original_source="https://foxnews.com/world/x")
    c, d = art("a3"), art("a4")
    assert outlet_key(a) == outlet_key(b) == "foxnewscom"
    assert outlet_key(c) == "article:a3"
    (m,) = merge_events([ev(x, date="2024-03-01") for x in (a, b)])
    assert m.outlets == 1 and m.single_source and m.articles == ("a1", "a2")
    (m,) = merge_events([ev(x, date="2024-03-01") for x in (c, d)])
    assert m.outlets == 2 and not m.single_source


def test_duplicates_never_count() -> None:
    a = art("a1", outlet="X")
    copy = art("a2", outlet="Y", duplicate_of="a1")
    (m,) = merge_events([ev(a, date="2024-03-01"), ev(copy, date="2024-03-01")])
    assert m.outlets == 1 and m.articles == ("a1",)
    assert merge_events([ev(copy, date="2024-03-01")]) == []


def test_hypothetical_and_negated_reports_do_not_corroborate() -> None:
    a, b, c = art("a1", outlet="X"), art("a2", outlet="Y"), art("a3", outlet="Z")
    (m,) = merge_events([ev(a, date="2024-03-01"),
                         ev(b, date="2024-03-01", factuality=Factuality.HYPOTHETICAL),
                         ev(c, date="2024-03-02", negated=True)])
    assert m.outlets == 1 and m.single_source
    assert m.factuality == {"asserted": 1, "hypothetical": 1, "negated": 1}
    (h,) = merge_events([ev(b, date="2024-03-01", factuality=Factuality.HYPOTHETICAL)])
    assert h.weight == 0.0 and h.outlets == 0


def test_weight_is_noisy_or_over_outlets() -> None:
    a, b = art("a1", outlet="X"), art("a2", outlet="Y")
    (one,) = merge_events([ev(a, date="2024-03-01", factuality=Factuality.REPORTED)])
    (two,) = merge_events([ev(a, date="2024-03-01", factuality=Factuality.REPORTED),
                           ev(b, date="2024-03-01", factuality=Factuality.REPORTED)])
    assert one.weight == 0.5
    assert two.weight == 0.75
