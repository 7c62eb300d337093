"""Dates: written dates, date lines, datelines, container dates; unknown stays None."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allegiance.metadata import date_line, find_date, leading_dateline, normalize_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("November 1, 2024", "2024-11-01"),
        ("on Nov. 1 2024 at noon", "2024-11-01"),
        ("1st November 2024", "2024-11-01"),
        ("Sept. 30, 2019", "2019-09-30"),
        ("2024-11-01T10:00", "2024-11-01"),
        ("23-04-2016", "2016-04-23"),
        ("01.10.2017", "2017-10-01"),
        ("12/25/2019", "2019-12-25"),
        ("25/12/2019", "2019-12-25"),
        ("4/5/2017", "2017"),
        ("in March 2011 the protests", "2011-03"),
        ("February 30, 2020", None),
        ("three days ago", None),
        ("the year 2014", None),
    ],
)
def test_metadata_find_date(text: str, iso: str | None) -> None:
    found = find_date(text)
    assert (found[0] if found else None) == iso


@pytest.mark.parametrize(
    ("line", "iso", "kind"),
    [
        ("January 18, 2025", "2025-01-18", "plain"),
        ("  • November 1, 2024", "2024-11-01", "plain"),
        ("Published: Wed 05 Apr 2017 09:14 GMT", "2017-04-05", "published"),
        ("Posted on 3 March 2020", "2020-03-03", "published"),
        ("Last updated: 4 March 2020 | 10:32 am", "2020-03-04", "updated"),
        ("Friday, 10 July 2015 19:14", "2015-07-10", "plain"),
    ],
)
def test_metadata_date_line(line: str, iso: str, kind: str) -> None:
    dl = date_line(line)
    assert dl is not None and (dl.iso, dl.kind) == (iso, kind)


@pytest.mark.parametrize(
    "line",
    [
        "The attack on November 1, 2024 killed three people.",
        "Elections are due in May 2025 and the campaign has begun.",
        "2014",
        "",
    ],
)
def test_metadata_date_line_rejects_sentences(line: str) -> None:
    assert date_line(line) is None


@pytest.mark.parametrize(
    ("text", "iso", "rest"),
    [
        ("Wed 05 Apr 2017 Troops entered the town.", "2017-04-05", "Troops entered the town."),
        ("Date of publication 7 July 2016 Officials said", "2016-07-07", "Officials said"),
        (
            "AFP Saturday 21 Jun 2014 Fighters from the group",
            "2014-06-21",
            "Fighters from the group",
        ),
        ("10 July 2015 - 14:05 Rockets hit the city", "2015-07-10", "Rockets hit the city"),
        ("Published June 2016 Officials said", "2016-06", "Officials said"),
        ("Reuters Thursday, 5 Feb 2015 At least 45 people", "2015-02-05", "At least 45 people"),
    ],
)
def test_metadata_leading_dateline(text: str, iso: str, rest: str) -> None:
    dl = leading_dateline(text)
    assert dl is not None and dl.iso == iso and text[dl.end :] == rest


@pytest.mark.parametrize(
    "text",
    [
        "June 2016 was the hottest month.",
        "10 July 2015 was a day of mourning.",
        "The army said on 10 July 2015 that it had withdrawn.",
        "Reporters Without Borders 10 July 2015 Officials said",
    ],
)
def test_metadata_leading_dateline_needs_a_dateline(text: str) -> None:
    assert leading_dateline(text) is None


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-11-01", "2024-11-01"),
        ("2024-11-01T08:00:00Z", "2024-11-01"),
        ("2018-05", "2018-05"),
        ("2018", "2018"),
        ("4/5/2017", "2017-04-05"),
        ("Wed, 05 Apr 2017 09:14:00 GMT", "2017-04-05"),
        ("November 2024", "2024-11"),
        ("", None),
        ("yesterday", None),
        ("not a date", None),
        ("2024-13-45", None),
    ],
)
def test_metadata_normalize_container_date(value: str, iso: str | None) -> None:
    assert normalize_date(value) == iso


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_metadata_dates_never_raise(text: str) -> None:
    found = find_date(text)
    if found is not None:
        assert 4 <= len(found[0]) <= 10
    date_line(text)
    leading_dateline(text)
