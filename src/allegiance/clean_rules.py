"""Patterns and word lists of the cleaner, kept together (textacy style).

The regular expressions of ``repair``, ``clean_lines``, ``clean``, ``metadata``
and ``quality`` live here; the longer word lists (site chrome, caption
openings, biography vocabulary, outlet words, filler phrases) are data in
``data/clean/boilerplate.yaml`` and are loaded once by :func:`word_lists`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from allegiance.errors import KnowledgeBaseError

# --- word lists (data file) -------------------------------------------------

_LIST_KEYS = (
    "chrome_lines",
    "chrome_prefixes",
    "tail_markers",
    "caption_starters",
    "credit_words",
    "bio_roles",
    "bio_phrases",
    "section_words",
    "outlet_words",
    "credit_agencies",
    "filler_phrases",
    "published_labels",
    "updated_labels",
)


@dataclass(frozen=True)
class WordLists:
    """The cleaner's vocabularies, all lower case."""

    chrome_lines: frozenset[str]
    chrome_prefixes: tuple[str, ...]
    tail_markers: frozenset[str]
    caption_starters: tuple[str, ...]
    credit_words: frozenset[str]
    bio_roles: tuple[str, ...]
    bio_phrases: tuple[str, ...]
    section_words: frozenset[str]
    outlet_words: frozenset[str]
    credit_agencies: frozenset[str]
    filler_phrases: tuple[str, ...]
    published_labels: tuple[str, ...]
    updated_labels: tuple[str, ...]


@cache
def word_lists() -> WordLists:
    """Load ``data/clean/boilerplate.yaml`` once; raise ``KnowledgeBaseError`` if it is invalid."""
    path = files("allegiance") / "data" / "clean" / "boilerplate.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(f"cannot read cleaner word lists {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{path}: expected a mapping of lists")
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LIST_KEYS:
        values = data.get(key)
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise KnowledgeBaseError(f"{path}: '{key}' must be a list of strings")
        lists[key] = tuple(v.strip().casefold() for v in values if v.strip())
    # Longest first, so "published on" wins over "published" when stripping labels.
    by_length = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in lists.items()}
    return WordLists(
        chrome_lines=frozenset(lists["chrome_lines"]),
        chrome_prefixes=by_length["chrome_prefixes"],
        tail_markers=frozenset(lists["tail_markers"]),
        caption_starters=by_length["caption_starters"],
        credit_words=frozenset(lists["credit_words"]),
        bio_roles=lists["bio_roles"],
        bio_phrases=lists["bio_phrases"],
        section_words=frozenset(lists["section_words"]),
        outlet_words=frozenset(lists["outlet_words"]),
        credit_agencies=frozenset(lists["credit_agencies"]),
        filler_phrases=lists["filler_phrases"],
        published_labels=by_length["published_labels"],
        updated_labels=by_length["updated_labels"],
    )


# --- repair -------------------------------------------------------------------

#: HTML character references, also when an extractor put spaces inside them
#: ("& # 39;", "& #x27 ;"). Only these exact shapes are decoded, never a bare "&".
NUMERIC_ENTITY = re.compile(r"&\s*#\s*(?:[xX]\s*(?P<hex>[0-9a-fA-F]{1,6})|(?P<dec>\d{1,7}))\s*;")
NAMED_ENTITY = re.compile(r"&\s*(?P<name>[A-Za-z][A-Za-z0-9]{1,31})\s*;")

#: Horizontal white space, including no-break and typographic spaces.
HSPACE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
#: Invisible characters that carry no meaning in news prose (ZWNJ is kept: Persian needs it).
#: U+FFFD marks characters lost before we got the text; it carries nothing to keep.
INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\ufffd]")
BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")

#: A list bullet at the start of a line (numbered items keep their number).
BULLET = re.compile(r"^[ \t]*(?:[•·▪●◦‣∙○■□➢➤►▶✓✔➔→]|[-*+](?=[ \t]))[ \t]*")
NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s+\S")

#: The end of a sentence: terminal punctuation, then closing quotes or brackets
#: and reference marks ("...in 2008.[4]").
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?:\[\d{1,3}\])*$")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence (only its tail is searched: lines can be long)."""
    return SENTENCE_END.search(text[-24:]) is not None


#: A line that ends mid-word with a hyphen ("Iran-" + "backed").
HYPHEN_END = re.compile(r"[^\W\d_]-$")
LEADING_DIGITS = re.compile(r"^\d+")
TRAILING_DIGITS = re.compile(r"\d+$")

# --- line classification ------------------------------------------------------

WORD = re.compile(r"[^\W_][\w'’.-]*")
LETTER = re.compile(r"[^\W\d_]")
ASCII_LETTER = re.compile(r"[A-Za-z]")
NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: Every written date has a four-digit year: lines without one skip the date patterns.
YEAR_HINT = re.compile(r"(?:19|20)\d\d")
URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
DOMAIN_ONLY = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:/\S*)?$",
    re.IGNORECASE,
)
#: Breadcrumb separators ("Home / World / ...", "News > Middle East").
CRUMB_SEP = re.compile(r"\s+(?:/|>|»|›|→|\\)\s+")
#: Menu separators ("Home | About | Contact").
MENU_SEP = re.compile(r"\s+[|·•]\s+")
#: A line that is only a count ("0", "12 Comments", "3 min read").
COUNT_LINE = re.compile(
    r"^\d[\d,.]*\s*[km]?\s*(?:comments?|replies|views|shares|likes|reads?|min(?:ute)?s?(?:\s+read)?)?$",
    re.IGNORECASE,
)
BRACKET_PAIRS: tuple[tuple[str, str], ...] = (("(", ")"), ("[", "]"), ("{", "}"))
#: A copyright notice ("Copyright © 2018 TRT World", "(c) 2020 ...").
COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:[^\W_]|\d{4})", re.IGNORECASE)
#: A wire credit line: "Jane Roe in Beirut contributed to this report."
CONTRIBUTOR_LINE = re.compile(
    r"\bcontributed(?:\s+reporting)?\s+(?:to|for)\s+this\s+(?:report|story|article)\.?$",
    re.IGNORECASE,
)
#: A wire dateline opening the body: "BAGHDAD (Reuters) -", "BEIRUT, Lebanon (AP) —".
WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][\w .'-]{1,30})?\s*\((?P<agency>[A-Z][\w .&-]{0,30})\)\s*[-–—:]"
)
#: "Al Jazeera and news agencies": the agencies are not a source name.
AND_AGENCIES = re.compile(r"\s+(?:and|with|&)\s+(?:news\s+)?agencies$", re.IGNORECASE)
#: A parenthesis closing a line: the place of a photo or wire credit.
TRAILING_PAREN = re.compile(r"\s*\((?P<credit>[^()]{2,100})\)\s*$")
#: "Name/Agency", "Agency via Agency": shapes only credits have.
CREDIT_SHAPE = re.compile(r"\S/\S|\bvia\b|\bcourtesy\b|\bphoto\b|\bimages?\b", re.IGNORECASE)
#: Words that show a line reports speech or argument, which captions rarely do.
REPORTING = re.compile(r"\b(?:said|says|told|according to|stated|added)\b|[\"“”]", re.IGNORECASE)

# --- dates --------------------------------------------------------------------

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun)\b\.?,?"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
#: Date shapes in the order they are tried; each has named year/mon|month/day groups.
DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_YEAR}-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)",
        rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)",
        rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}(?!\d)",
        r"\b(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d{2})(?!\d)",
        rf"\b{_MONTH},?\s+{_YEAR}(?!\d)",
        rf"\b{_YEAR}/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)",
    )
)
WEEKDAY = re.compile(rf"\b{_WEEKDAY}", re.IGNORECASE)
#: Clock times and zones that may sit next to a date in a byline.
TIME = re.compile(
    r"\b(?:at\s+)?(?:[0-2]?\d[:.h][0-5]\d(?::[0-5]\d)?|[0-2]\d[0-5]\d(?=\s*(?:$|gmt|utc)))"
    r"\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*(?:gmt|utc|[a-z]{1,4}t)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
#: What may follow a dateline before the first sentence: a time, separators.
AFTER_DATELINE = re.compile(rf"[\s|•·,:;\-–—]*(?:{TIME.pattern})?[\s|•·,:;\-–—]*", re.IGNORECASE)
ISO_PARTIAL = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
#: What may be left of a date line once the date is taken out: separators and labels.
DATE_LINE_FILLER = re.compile(r"^[\s|•·,:;/()\[\]\-–—]*$")

# --- metadata -------------------------------------------------------------------

#: A headline closed by " – SECTION", " | Outlet", " - Outlet".
HEADLINE_SUFFIX = re.compile(r"^(?P<head>.+\S)\s+(?P<sep>[–—|]|--?)\s+(?P<suffix>[^–—|]{2,60}?)\s*$")
#: A byline: "By Jane Doe", "Written by ...", "Author: ...".
BYLINE = re.compile(
    r"^(?:by|written\s+by|posted\s+by|words\s+by|story\s+by|reported\s+by|reporting\s+by)\s*:?\s+"
    r"(?P<names>.+)$|^(?:author|authors|byline)\s*[:\-–]\s*(?P<names2>.+)$",
    re.IGNORECASE,
)
#: "Original Source: www.foxnews.com", "Originally published at ...", "Source: X".
SOURCE_LINE = re.compile(
    r"^\(?(?:(?P<plain>source|via)\s*[:\-–]|original\s+source\s*[:\-–]"
    r"|originally\s+(?:published|appeared)\s+(?:at|on|in|by)\s*:?"
    r"|this\s+(?:article|story)\s+(?:was\s+)?(?:originally\s+|first\s+)?"
    r"(?:appeared|published)\s+(?:on|in|at)\s*:?)"
    r"\s*(?P<source>[^()]+?)[.)]*$",
    re.IGNORECASE,
)
#: A label before an author biography.
BIO_LABEL = re.compile(r"^about\s+the\s+authors?\s*[:.\-–—]?\s*", re.IGNORECASE)
#: One word of a person's name, particles included ("al-Sudani", "bin", "van").
_NAME_WORD = (
    r"(?:[A-Z][\w'’]*\.?(?:-[\w'’]+)*|(?:al|el|bin|ibn|abu|de|del|da|di|van|von|der|la|le)"
    r"(?:-[\w'’]+)?)"
)
#: A line that is only a person's name: two to five name words.
NAME_LINE = re.compile(rf"^(?P<name>[A-Z][\w'’]*\.?(?:-[\w'’]+)*(?:\s+{_NAME_WORD}){{1,4}})$")
#: The opening of an author biography: "Jane Doe is a ...", "Jane Doe has ...".
BIO_START = re.compile(
    rf"^(?P<name>[A-Z][\w'’]*\.?(?:-[\w'’]+)*(?:\s+{_NAME_WORD}){{0,4}})\s+"
    r"(?:is|was|has\s+been|has|serves\s+as|works\s+as|writes|covers|joined|holds)\b"
)
#: A byline whose names come last: "Posted on November 1, 2024 by Jane Doe".
LATE_BYLINE = re.compile(r"^(?P<pre>.+?)\s+by\s+(?P<names>[A-Z].*)$")
#: Splitting names in "By Jane Doe and John Roe".
NAME_JOIN = re.compile(r"\s*(?:,|\band\b|&)\s*")

# --- quality --------------------------------------------------------------------

REPEATED_WORD = re.compile(r"\b(?P<w>[^\W\d_]{2,})\s+(?P=w)\b", re.IGNORECASE)
#: Repetitions that are normal English ("had had", "that that").
REPEAT_OK = frozenset({"had", "that", "is", "bye", "very", "so", "no", "yeah", "ha"})
#: A capitalised function word right after a lower-case word ("mistakes In the past"):
#: typical of joined fragments and machine translation.
MIDSENTENCE_CAPITAL = re.compile(
    r"(?<=[a-z]) (?:In|The|And|But|Of|To|For|With|On|At|As|From|This|That|It|We|They|He|She)"
    r"(?= [a-z])"
)
#: Paragraphs split inside a sentence in the raw text (a blank line, then lower case or digit).
RAW_BROKEN_TOKEN = re.compile(r"[\w,]\n[ \t]*\n+[ \t]*[a-z0-9]")
#: A simple sentence splitter, used for counts only.
SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


@cache
def label_pattern(kind: str) -> re.Pattern[str]:
    """Words that label a date (``kind`` is ``published`` or ``updated``), from the word lists."""
    words = word_lists().published_labels if kind == "published" else word_lists().updated_labels
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:{alternatives})\b\s*:?", re.IGNORECASE)


@cache
def filler_pattern() -> re.Pattern[str]:
    """One pattern for every filler phrase of the word lists (whole words, any case)."""
    alternatives = "|".join(re.escape(p) for p in word_lists().filler_phrases)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
