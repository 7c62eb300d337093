"""Container dates (JSONL fields, CSV columns) to partial ISO 8601."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from allegiance.ingest.patterns import ISO_DATE

# Relative expressions ("yesterday", "3 days ago") are left out: they depend on
# the day the run happens, and the contract wants null rather than a guess.
_PARSERS = ["timestamp", "custom-formats", "absolute-time"]
_PERIOD_LENGTH = {"year": 4, "month": 7}
# Languages whose month names are understood. Letting dateparser try all of its
# ~200 locales costs seconds on the first odd string; these cover the languages
# conflict news datasets mostly come in.
_LANGUAGES = ["en", "fr", "de", "es", "pt", "it", "nl", "ru", "uk", "ar", "fa", "tr", "he"]


def normalize_date(value: object) -> str | None:
    """``value`` as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or ``None`` when it is no date.

    The precision follows the input: ``"March 2019"`` gives ``"2019-03"``.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    match = ISO_DATE.match(text)
    if match:
        return _iso_from_parts(*match.groups())
    return _parse(text)


def _iso_from_parts(year: str, month: str | None, day: str | None) -> str | None:
    try:
        if day is not None and month is not None:
            return dt.date(int(year), int(month), int(day)).isoformat()
        if month is not None:
            return dt.date(int(year), int(month), 1).isoformat()[:7]
    except ValueError:
        return None
    return year


@lru_cache(maxsize=4096)
def _parse(text: str) -> str | None:
    found = _parser().get_date_data(text)
    when = found.date_obj
    if not isinstance(when, dt.datetime):
        return None
    iso = when.date().isoformat()
    return iso[: _PERIOD_LENGTH.get(str(found.period), 10)]


@lru_cache(maxsize=1)
def _parser() -> Any:
    # Imported lazily: dateparser takes a moment to load and most inputs carry no dates.
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "PARSERS": _PARSERS,
                "RETURN_AS_TIMEZONE_AWARE": False}
    return DateDataParser(languages=_LANGUAGES, settings=settings)
