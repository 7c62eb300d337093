"""Dates and periods: when an event counts, and how periods sort.

A dyad's period is the month (``YYYY-MM``) of the event's own date, else of
the article's publication date; a year-only date gives ``YYYY``. Where no date
is known the event's timeframe decides: ``past`` for events the text puts
before its present, ``current`` otherwise. An undated event the text puts in
the past is ``past`` even in a dated article: the publication date is only an
upper bound for it, and counting it in that month would put an old war into
this month's record.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from allegiance.records import Article, Event, Timeframe

PAST = "past"
CURRENT = "current"

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_interval(value: str | None) -> tuple[date, date, int] | None:
    """First and last day a partial ISO date covers, and its precision
    (1 year, 2 month, 3 day); ``None`` when it is not a date."""
    if not value:
        return None
    m = _ISO.match(value)
    if m is None:
        return None
    try:
        year = int(m.group(1))
        if m.group(2) is None:
            return date(year, 1, 1), date(year, 12, 31), 1
        month = int(m.group(2))
        if m.group(3) is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last), 2
        day = date(year, month, int(m.group(3)))
    except ValueError:
        return None
    return day, day, 3


def normal_date(value: str | None) -> str | None:
    """The partial ISO form of a date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), or None."""
    iv = date_interval(value)
    if iv is None:
        return None
    start, _, precision = iv
    return start.isoformat()[: {1: 4, 2: 7, 3: 10}[precision]]


def date_period(value: str | None) -> str | None:
    """The period of a date: ``YYYY-MM``, or ``YYYY`` for a year-only date."""
    d = normal_date(value)
    return None if d is None else d[:7]


def article_period(article: Article) -> str:
    """The article's own period: its publication month, else ``current``."""
    return date_period(article.published) or CURRENT


def event_date(event: Event, article: Article) -> str | None:
    """The date an event is counted at: its own, else (unless past) the article's."""
    own = normal_date(event.date)
    if own is not None:
        return own
    if event.timeframe is Timeframe.PAST:
        return None
    return normal_date(article.published)


def period_of(event: Event, article: Article) -> str:
    """The dyad period of an event (see the module docstring)."""
    d = event_date(event, article)
    if d is not None:
        return d[:7]
    return PAST if event.timeframe is Timeframe.PAST else CURRENT


def date_span_of_period(period: str) -> tuple[date, date] | None:
    """First and last day of a calendar period (``YYYY-MM`` or ``YYYY``); None
    for ``past``/``current``."""
    iv = date_interval(period) if is_dated(period) else None
    return (iv[0], iv[1]) if iv else None


def is_dated(period: str) -> bool:
    """Whether a period is a calendar period (not ``past``/``current``)."""
    return period not in (PAST, CURRENT)


def period_key(period: str) -> tuple[int, str]:
    """Sort key: ``past`` first, calendar periods in order, ``current`` last."""
    if period == PAST:
        return (0, "")
    if period == CURRENT:
        return (2, "")
    return (1, period)


def published_key(published: str | None) -> tuple[int, str]:
    """Sort key of publication dates: earliest first, undated last."""
    d = normal_date(published)
    return (0, d) if d is not None else (1, "")
