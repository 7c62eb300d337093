"""When an event happened: spaCy DATE spans resolved with dateparser.

Only DATE entities attached to the trigger (or to the verb that governs a
trigger noun) count; a date elsewhere in the sentence belongs to another
clause.  Expressions with a year ("in 2014", "October 26, 2024") resolve on
their own; relative ones ("last year", "this week", "on Saturday") need the
article's publication date and give None without it: never a guess.

The result is a partial ISO date at the precision the text gives: ``YYYY``
("last year", "in 2014"), ``YYYY-MM`` ("last month"; a week that lies inside
one month), ``YYYY-MM-DD`` ("on Saturday", "October 26, 2024").
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta

from dateparser.date import DateDataParser
from spacy.tokens import Span, Token

_YEAR = re.compile(r"\b(1[5-9]\d{2}|20\d{2})\b")
_DECADE = re.compile(r"\b\d{3}0s\b")
# Words dateparser does not take but that do not change the day.
_NOISE = re.compile(r"\b(early|late|mid|the|this past|on|in|of|since|until|by|around)\b",
                    re.IGNORECASE)
_VERB = frozenset({"VERB", "AUX"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MAX_UP = 6


def parse_published(value: str | None) -> tuple[date, int] | None:
    """An article date ("2024-11-01", "2024-11", "2024") as (date, precision 1..3)."""
    if not value:
        return None
    parts = value.split("-")
    try:
        nums = [int(p) for p in parts[:3]]
        if len(nums) == 3:
            return date(nums[0], nums[1], nums[2]), 3
        if len(nums) == 2:
            return date(nums[0], nums[1], 1), 2
        return date(nums[0], 1, 1), 1
    except ValueError:
        return None


def event_date(anchor: Token, governor: int | None, span: Span, published: str | None,
               *, future: bool = False) -> str | None:
    """The date of the event whose trigger is ``anchor`` (see module doc), or None."""
    heads = {anchor.i} | ({governor} if governor is not None else set())
    if anchor.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when"
                                      for c in anchor.children):
        heads.add(anchor.head.i)  # "they clashed in 2015, when Turkey shot down a jet"
    for ent in span.ents:
        if ent.label_ != "DATE" or not _attached(ent, heads, span):
            continue
        resolved = resolve_date(ent.text, published, future=future)
        if resolved is not None:
            return resolved
    return None


def _attached(ent: Span, heads: set[int], span: Span) -> bool:
    cur = ent.root
    for _ in range(_MAX_UP):
        if cur.i in heads:
            return True
        head = cur.head
        if head.i == cur.i or not span.start <= head.i < span.end:
            return False
        if head.i in heads:
            return True
        if head.pos_ in _VERB:
            return False
        cur = head
    return False


def resolve_date(text: str, published: str | None, *, future: bool = False) -> str | None:
    """A DATE expression as a partial ISO date, or None when it cannot be pinned down."""
    if _DECADE.search(text):
        return None
    cleaned = " ".join(_NOISE.sub(" ", text).split())
    if not cleaned:
        return None
    absolute = _YEAR.search(text) is not None
    base_info = parse_published(published)
    if not absolute and base_info is None:
        return None
    base = base_info[0] if base_info else date(int(_YEAR.findall(text)[0]), 1, 1)
    if base_info is not None and base_info[1] == 3 and cleaned.lower() in _WEEKDAYS and (
            _WEEKDAYS.index(cleaned.lower()) == base.weekday()):
        return base.isoformat()  # "on Friday" in a Friday article is that day
    data = _parser("future" if future else "past", base).get_date_data(cleaned)
    when = data.date_obj
    period = data.period
    if when is None or period not in ("day", "week", "month", "year"):
        return None
    precision = {"year": 1, "month": 2, "week": 2, "day": 3}[period]
    if not absolute and base_info is not None and precision > base_info[1]:
        return None  # "on Saturday" against an article dated only by month
    if period == "week":
        start = when.date() - timedelta(days=when.weekday())
        end = start + timedelta(days=6)
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.year:04d}-{start.month:02d}"
        return f"{start.year:04d}" if start.year == end.year else None
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    return f"{when.year:04d}-{when.month:02d}-{when.day:02d}"


@functools.lru_cache(maxsize=64)
def _parser(prefer: str, base: date) -> DateDataParser:
    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first",
    })
