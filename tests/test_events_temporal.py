"""Event dates: DATE spans attached to the trigger, resolved against the article date."""

from __future__ import annotations

import pytest

from allegiance.events.temporal import parse_published, resolve_date
from test_events_docs import build, run

LAST_YEAR = """
    Iran Iran PROPN NNP 1 nsubj
    attacked attack VERB VBD 1 ROOT
    Iraq Iraq PROPN NNP 1 dobj
    last last ADJ JJ 4 amod
    year year NOUN NN 1 npadvmod
    . . PUNCT . 1 punct
"""
TWO_CLAUSES = """
    Iran Iran PROPN NNP 1 nsubj
    attacked attack VERB VBD 1 ROOT
    Baghdad Baghdad PROPN NNP 1 dobj
    in in ADP IN 1 prep
    2014 2014 NUM CD 3 pobj
    and and CCONJ CC 1 cc
    met meet VERB VBD 1 conj
    Syria Syria PROPN NNP 6 dobj
    on on ADP IN 6 prep
    Saturday Saturday PROPN NNP 8 pobj
    . . PUNCT . 1 punct
"""
ACTORS = {"Iran": "IRN", "Iraq": "IRQ", "Baghdad": "IRQ", "Syria": "SYR"}


@pytest.mark.parametrize("text, published, expected", [
    ("last year", "2018-05-10", "2017"),
    ("last year", None, None),  # relative, and no article date: never a guess
    ("this week", "2018-05-10", "2018-05"),
    ("Saturday", "2018-05-10", "2018-05-05"),
    ("Saturday", "2018-05", None),  # finer than the article date
    ("in 2014", None, "2014"),
    ("October 26, 2024", None, "2024-10-26"),
    ("early March 3, 2022", None, "2022-03-03"),
    ("Friday", "2020-01-03", "2020-01-03"),  # a weekday in an article of that day: the day
    ("early on Wednesday", "2020-01-08", "2020-01-08"),
    ("the 1980s", "2024-01-01", None),
    ("for weeks now", "2024-11-01", None),
    ("last month", "2024-11-01", "2024-10"),
])
def test_resolve_date(text: str, published: str | None, expected: str | None) -> None:
    assert resolve_date(text, published) == expected


def test_parse_published_precision() -> None:
    assert parse_published("2024-11-01") is not None
    assert parse_published("2024-11")[1] == 2  # type: ignore[index]
    assert parse_published("2024")[1] == 1  # type: ignore[index]
    assert parse_published("soon") is None
    assert parse_published(None) is None


def test_event_date_from_its_own_clause() -> None:
    doc, an = build(LAST_YEAR, ACTORS, ents=[(3, 5, "DATE")])
    events, _ = run(doc, an, published="2018-05-10")
    assert [e.date for e in events] == ["2017"]
    doc, an = build(LAST_YEAR, ACTORS, ents=[(3, 5, "DATE")])
    assert [e.date for e in run(doc, an)[0]] == [None]


def test_each_clause_keeps_its_date() -> None:
    doc, an = build(TWO_CLAUSES, ACTORS, ents=[(4, 5, "DATE"), (9, 10, "DATE")])
    events, _ = run(doc, an, published="2018-05-10")
    dates = {e.type.value: e.date for e in events}
    assert dates == {"ASSAULT": "2014", "CONSULT": "2018-05-05"}
    # an explicit year well before the article date puts the event in the past
    assert {e.type.value: e.timeframe.value for e in events if e.timeframe}["ASSAULT"] == "past"


DAYS_LATER = """
    Days day NOUN NNS 1 npadvmod
    later later ADV RB 4 advmod
    , , PUNCT , 4 punct
    Iran Iran PROPN NNP 4 nsubj
    attacked attack VERB VBD 4 ROOT
    Iraq Iraq PROPN NNP 4 dobj
    on on ADP IN 4 prep
    Saturday Saturday PROPN NNP 6 pobj
    . . PUNCT . 4 punct
"""


def test_later_in_a_past_narrative_is_not_future() -> None:
    # "Days later, X attacked Y on Saturday": a past event, dated before the article
    doc, an = build(DAYS_LATER, ACTORS, ents=[(7, 8, "DATE")])
    events, _ = run(doc, an, published="2018-05-10")
    assert [(e.date, e.timeframe.value if e.timeframe else None) for e in events] == [
        ("2018-05-05", "current")]
