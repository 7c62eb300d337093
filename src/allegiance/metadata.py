"""Article metadata read from the text: title, date, author, outlet, language.

These are line-level readers; :mod:`allegiance.clean` decides which lines of
a document to ask (the title zone, the byline zone, the tail). Every reader
returns ``None`` when it does not know: a missing field is never guessed.

Dates are ISO 8601 and may be partial (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).
A numeric date whose day and month cannot be told apart (``4/5/2017`` in the
text) keeps only its year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from allegiance import clean_rules as R

__all__ = [
    "DateLine",
    "Metadata",
    "bio_subject",
    "date_line",
    "detect_language",
    "find_date",
    "first_known",
    "is_byline_shaped",
    "is_credit_agency",
    "is_headline",
    "language_of",
    "language_scores",
    "leading_dateline",
    "name_line",
    "normalize_date",
    "parse_byline",
    "parse_source_line",
    "source_name",
    "split_headline_suffix",
    "wire_agency",
]


@dataclass(frozen=True)
class Metadata:
    """What the cleaner learned about an article besides its body."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    original_source: str | None = None
    language: str | None = None
    section: str | None = None


@dataclass(frozen=True)
class DateLine:
    """A date read from a line: its ISO form, its label kind and where it ends."""

    iso: str
    kind: str  # "published", "updated" or "plain"
    end: int = 0


def first_known(*values: str | None) -> str | None:
    """The first value that is not ``None`` or empty."""
    for v in values:
        if v:
            return v
    return None


# --- dates ---------------------------------------------------------------------


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if month is None:
            return f"{year:04d}"
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(name: str) -> int:
    key = name.casefold().rstrip(".")
    return R.MONTHS.get(key[:4] if key.startswith("sept") else key[:3], 0)


def _match_iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    year = int(g["year"])
    if g.get("mon"):
        month = _month_number(g["mon"])
        return _iso(year, month, int(g["day"]) if g.get("day") else None)
    if g.get("month"):
        return _iso(year, int(g["month"]), int(g["day"]))
    a, b, sep = int(g["a"]), int(g["b"]), g["sep"]
    if a > 12 >= b:
        return _iso(year, b, a)
    if b > 12 >= a:
        return _iso(year, a, b)
    # Dotted and dashed numeric dates are day-first wherever they are used;
    # slashed ones are month-first in the US and day-first elsewhere: keep the year only.
    if sep in ".-":
        return _iso(year, b, a)
    return _iso(year)


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first calendar date written in ``text``: ``(iso, start, end)``, or ``None``.

    Recognised: ``2024-11-01``, ``November 1, 2024``, ``Nov. 1 2024``,
    ``1 November 2024``, ``01.11.2024``, ``November 2024`` (month precision).
    A date needs a four-digit year; relative dates ("2 hours ago") are ignored.
    """
    if not R.YEAR_HINT.search(text):
        return None
    best: tuple[str, int, int] | None = None
    for pattern in R.DATE_PATTERNS:
        for m in pattern.finditer(text):
            iso = _match_iso(m)
            if iso is None:
                continue
            if best is None or m.start() < best[1] or (m.start() == best[1] and m.end() > best[2]):
                best = (iso, m.start(), m.end())
            break
    return best


def _strip_labels(text: str) -> tuple[str, str]:
    """Remove date labels from ``text``: (rest, kind of the strongest label)."""
    kind = "plain"
    rest, n = R.label_pattern("updated").subn(" ", text)
    if n:
        kind = "updated"
    rest, n = R.label_pattern("published").subn(" ", rest)
    if n and kind == "plain":
        kind = "published"
    return rest, kind


def date_line(line: str) -> DateLine | None:
    """Read a line that is nothing but a date (with labels, weekday, time, bullet).

    ``"• November 1, 2024"`` and ``"Published: Wed 05 Apr 2017 09:14 GMT"`` are
    date lines; a sentence that mentions a date is not.
    """
    body = R.BULLET.sub("", line).strip()
    if not body or len(body) > 80:
        return None
    found = find_date(body)
    if found is None:
        return None
    iso, start, end = found
    rest = body[:start] + " " + body[end:]
    rest = R.TIME.sub(" ", rest)
    rest = R.WEEKDAY.sub(" ", rest)
    rest, kind = _strip_labels(rest)
    if not R.DATE_LINE_FILLER.match(rest):
        return None
    return DateLine(iso, kind, len(line))


def leading_dateline(text: str) -> DateLine | None:
    """A date that opens a paragraph before its first sentence.

    ``"Wed 05 Apr 2017 Syria attack ..."``, ``"Date of publication 7 July 2016 ..."``,
    ``"AFP Saturday 21 Jun 2014 Jihadists ..."``. The date must be a full day
    (a labelled one may be partial), and what follows it must start a sentence.
    ``end`` is where the sentence starts.
    """
    head = text[:120]
    found = find_date(head)
    if found is None:
        return None
    iso, start, end = found
    prefix = R.WEEKDAY.sub(" ", head[:start])
    prefix, kind = _strip_labels(prefix)
    words = prefix.split()
    # A wire credit may precede the date ("AFP Saturday 21 Jun 2014").
    if any(not (is_credit_agency(w) or R.DATE_LINE_FILLER.match(w)) for w in words):
        return None
    if iso.count("-") < 2 and kind == "plain":
        return None
    skip = R.AFTER_DATELINE.match(text, end)
    offset = skip.end() if skip else end
    nxt = text[offset : offset + 1]
    if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'"):
        return None
    return DateLine(iso, kind, offset)


@cache
def _date_parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"PARSERS": ["timestamp", "absolute-time"], "REQUIRE_PARTS": ["year"]},
    )


def normalize_date(value: str | None) -> str | None:
    """A container date (ISO, RFC 2822, ``4/5/2017``, ``Nov 1 2024``...) as partial ISO."""
    if not value or not value.strip():
        return None
    value = value.strip()
    m = R.ISO_PARTIAL.match(value)
    if m and (len(value) == m.end() or not value[m.end()].isdigit()):
        g = m.groupdict()
        return _iso(
            int(g["year"]),
            int(g["month"]) if g["month"] else None,
            int(g["day"]) if g["day"] else None,
        )
    try:
        data = _date_parser().get_date_data(value)
    except (ValueError, OverflowError, TypeError):
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj
    if data.period == "year":
        return _iso(d.year)
    if data.period == "month":
        return _iso(d.year, d.month)
    return _iso(d.year, d.month, d.day)


# --- headlines, outlets, sources ----------------------------------------------


def _casefold(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .,:;")


def is_credit_agency(text: str) -> bool:
    """Whether ``text`` names a wire/photo agency (never the outlet of a page)."""
    return _casefold(text) in R.word_lists().credit_agencies


_CONNECTORS = frozenset({"of", "the", "and", "de", "al", "el", "la", "&", "for", "on", "in"})


def _title_cased(words: list[str]) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _CONNECTORS for w in words)


def split_headline_suffix(line: str) -> tuple[str, str | None, str | None]:
    """Split ``"Headline – The Outlet"`` / ``"Headline – SECTION"``: (headline, outlet, section).

    The suffix is an outlet when it is a domain or a short title-cased name
    with a publication word (Post, Times, News ...) or after a ``|``; it is a
    section when it is a known section word or written in capitals. Anything
    else is part of the headline.
    """
    if len(line) > 300:
        return line.strip(), None, None
    m = R.HEADLINE_SUFFIX.match(line.strip())
    if m is None:
        return line.strip(), None, None
    head, sep, suffix = m.group("head"), m.group("sep"), m.group("suffix").strip()
    words = suffix.split()
    # The headline left must still read as one (three words at least, as is_headline).
    if not words or len(words) > 6 or len(head.split()) < 3:
        return line.strip(), None, None
    lists = R.word_lists()
    folded = _casefold(suffix)
    if R.DOMAIN_ONLY.match(suffix):
        return head, source_name(suffix), None
    tokens = set(re.split(r"[\s-]+", folded))
    is_outlet_word = folded in lists.outlet_words or bool(tokens & lists.outlet_words)
    if folded in lists.section_words or (suffix.isupper() and not is_outlet_word):
        return head, None, suffix
    if _title_cased(words) and (is_outlet_word or sep == "|"):
        return head, suffix, None
    return line.strip(), None, None


def is_headline(line: str) -> bool:
    """A line shaped like a headline: 3-30 words, no closing period, capitalised start."""
    words = line.split()
    if not 3 <= len(words) <= 30 or len(line) > 250:
        return False
    if R.BULLET.match(line) or R.NUMBERED_ITEM.match(line):
        return False
    first = line.lstrip("\"“‘'(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    return not line.rstrip("\"'”’»)").endswith((".", ",", ";", ":"))


def source_name(text: str) -> str:
    """``"www.foxnews.com"``/``"https://www.foxnews.com/x"`` -> ``"foxnews.com"``; names stay."""
    text = text.strip().strip(".,;:()[]")
    m = R.DOMAIN_ONLY.match(text)
    if m:
        host = m.group("host").casefold()
        return host[4:] if host.startswith("www.") else host
    return text


def parse_source_line(line: str, *, explicit_only: bool = False) -> str | None:
    """The credited source of ``"Original Source: www.foxnews.com"``-like lines.

    With ``explicit_only``, a bare ``"Source: X"`` or ``"Via: X"`` does not count
    (inside an article it labels a table or a figure, not the article).
    """
    if len(line.split()) > 14:
        return None
    m = R.SOURCE_LINE.match(line.strip())
    if m is None or (explicit_only and m.group("plain")):
        return None
    name = R.AND_AGENCIES.sub("", source_name(m.group("source")))
    return name if R.LETTER.search(name) else None


def name_line(line: str) -> str | None:
    """A line that is only a person's name (2-5 capitalised words), else ``None``."""
    text = line.strip()
    m = R.NAME_LINE.match(text)
    if m is None or text.isupper():
        return None
    folded = _casefold(text)
    lists = R.word_lists()
    if folded in lists.chrome_lines or folded in lists.section_words or is_credit_agency(text):
        return None
    return m.group("name")


def parse_byline(line: str) -> str | None:
    """The author of a byline (``"By Jane Doe"``, ``"Author: Jane Doe | Nov 1, 2024"``)."""
    text = R.BULLET.sub("", line).strip()
    if len(text.split()) > 16:
        return None
    m = R.BYLINE.match(text)
    if m is not None:
        names = m.group("names") or m.group("names2") or ""
    else:
        # "Posted on November 1, 2024 by Jane Doe": a dated label, then the names.
        late = R.LATE_BYLINE.match(text)
        if late is None or date_line(late.group("pre")) is None:
            return None
        names = late.group("names")
    if names.isupper():
        names = names.title()
    # Cut what follows the names: a date, a separator, a role or an outlet.
    names = re.split(r"\s[|•·–—-]\s|;|\s+(?:on|in)\s+|\bpublished\b|\bupdated\b", names, maxsplit=1)[0]
    found = find_date(names)
    if found is not None:
        names = names[: found[1]]
    parts = [p.strip(" .") for p in R.NAME_JOIN.split(names) if p.strip(" .")]
    people = [p for p in parts if name_line(p) is not None]
    if not people or len(people) < len(parts) - 1:
        return None
    if len(people) == 1:
        return people[0]
    return ", ".join(people[:-1]) + " and " + people[-1]


def is_byline_shaped(line: str) -> bool:
    """A short line that opens like a byline (``"Posted by admin on ..."``), names or not."""
    text = R.BULLET.sub("", line).strip()
    return len(text.split()) <= 16 and R.BYLINE.match(text) is not None


def wire_agency(paragraph: str) -> str | None:
    """The agency of a wire dateline opening a paragraph (``"BAGHDAD (Reuters) - ..."``)."""
    m = R.WIRE_DATELINE.match(paragraph)
    return m.group("agency").strip() if m else None


def bio_subject(paragraph: str) -> str | None:
    """The person an author biography describes (``"Jane Doe is a journalist ..."``).

    The paragraph must open with a name and a linking verb, and its first
    sentence must name a writing role (journalist, reporter, editor ...).
    """
    if len(paragraph.split()) > 160:
        return None
    paragraph = R.BIO_LABEL.sub("", paragraph)
    m = R.BIO_START.match(paragraph)
    if m is None:
        return None
    first = R.SENTENCE_SPLIT.split(paragraph, maxsplit=1)[0].casefold()
    if not any(re.search(rf"\b{re.escape(role)}s?\b", first) for role in R.word_lists().bio_roles):
        return None
    return m.group("name")


# --- language --------------------------------------------------------------------


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_of(text: str) -> tuple[str, float]:
    """py3langid's best language for ``text`` and its (normalised) probability."""
    lang, prob = _identifier().classify(text[:2000])
    return str(lang), float(prob)


def language_scores(text: str) -> dict[str, float]:
    """py3langid's normalised probability of every language for ``text``."""
    return {str(k): float(v) for k, v in _identifier().rank(text[:2000])}


def detect_language(text: str, *, min_probability: float = 0.5) -> str | None:
    """ISO 639-1 code of ``text`` by py3langid, or ``None`` below ``min_probability``.

    py3langid scores short lines poorly (a five-word English line may get 0.4),
    so callers ask it about whole articles, not single lines.
    """
    # Two thousand characters settle the language; more only costs time.
    sample = text[:2000]
    if not R.LETTER.search(sample):
        return None
    lang, prob = language_of(sample)
    return lang if prob >= min_probability else None
