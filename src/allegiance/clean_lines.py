"""Line signals of the cleaner: is this line site chrome, a caption, a breadcrumb ...?

Each function looks at one line (a paragraph of the extracted text) and
answers from general signals: boilerplate vocabulary, link-likeness, the shape
of a photo credit, the writing system, length and punctuation. Where a line
sits in the document (junk clusters at the top and the bottom) is decided by
:mod:`allegiance.clean`, which combines these answers.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from allegiance import clean_rules as R
from allegiance.metadata import find_date, is_credit_agency, language_scores

__all__ = [
    "Caption",
    "caption_verdict",
    "chrome_reason",
    "classify_line",
    "fold",
    "is_bracket_fragment",
    "is_breadcrumb",
    "is_count_line",
    "is_foreign_line",
    "is_link_line",
    "is_other_language",
    "is_prose",
    "is_section_label",
    "is_tail_marker",
    "main_script",
    "trailing_chrome",
    "trailing_fragment",
    "word_count",
]

#: A paragraph of article prose has at least this many words and ends a
#: sentence, or is long enough (25 words) to be prose without a full stop
#: (extractors and machine translation drop final periods).
PROSE_MIN_WORDS = 10
PROSE_UNTERMINATED_WORDS = 25


def fold(text: str) -> str:
    """Casefolded, white space folded, bullets and edge punctuation trimmed: for comparisons."""
    text = R.BULLET.sub("", text)
    return " ".join(text.casefold().split()).strip(" .,:;!?*|-–—•·>»\"'“”‘’()[]")


def word_count(text: str) -> int:
    """Number of white-space separated words."""
    return len(text.split())


def is_prose(text: str) -> bool:
    """Whether a line reads as a paragraph of prose (not a heading, label or menu)."""
    if R.BULLET.match(text):
        return False
    n = word_count(text)
    if n >= PROSE_UNTERMINATED_WORDS:
        return True
    return n >= PROSE_MIN_WORDS and R.ends_sentence(text)


# --- writing system ----------------------------------------------------------------


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    if ch.isascii():
        return "LATIN"
    name = unicodedata.name(ch, "")
    head = name.split(" ", 1)[0]
    # Han, Hiragana and Katakana share texts; so do the Latin letter variants.
    if head in ("CJK", "HIRAGANA", "KATAKANA"):
        return "CJK"
    return head or "UNKNOWN"


def _scripts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    # Most news text is ASCII: count it in one pass and look up only the rest.
    ascii_letters = len(R.ASCII_LETTER.findall(text))
    if ascii_letters:
        counts["LATIN"] = ascii_letters
    if not text.isascii():
        counts.update(_script(c) for c in R.NON_ASCII.findall(text) if c.isalpha())
    return counts


def main_script(text: str) -> str | None:
    """The writing system most letters of ``text`` use (``LATIN``, ``ARABIC`` ...).

    Counted on the first 8,000 characters: enough to tell, and articles can be long.
    """
    counts = _scripts(text[:8000])
    return counts.most_common(1)[0][0] if counts else None


def is_foreign_line(line: str, script: str | None) -> bool:
    """A line written mostly (over half its letters) in another script than the article."""
    if script is None or (script == "LATIN" and line.isascii()):
        return False
    counts = _scripts(line)
    total = sum(counts.values())
    return total >= 2 and counts[script] < 0.5 * total


#: A line in the article's script is taken for another language only when it is
#: long enough for py3langid to judge (6-40 words; longer lines are body prose),
#: another language wins clearly, and the article's own language is all but ruled
#: out: short English lines with names or dates can score 0.8 for Kurdish or
#: Nigerian Pidgin, yet keep ~1% for English, while Spanish spam keeps 0.01%.
OTHER_LANGUAGE_WORDS = (6, 40)
OTHER_LANGUAGE_PROBABILITY = 0.6
ARTICLE_LANGUAGE_FLOOR = 0.001


def is_other_language(line: str, language: str | None) -> bool:
    """A line in another language than the article's, in the same script (spam, leftovers)."""
    low, high = OTHER_LANGUAGE_WORDS
    if language is None or not low <= word_count(line) <= high:
        return False
    scores = language_scores(line)
    best = max(scores, key=lambda k: scores[k])
    return (
        best != language
        and scores[best] >= OTHER_LANGUAGE_PROBABILITY
        and scores.get(language, 0.0) < ARTICLE_LANGUAGE_FLOOR
    )


# --- chrome ------------------------------------------------------------------------


def chrome_reason(line: str) -> str | None:
    """``"chrome"`` when the line is a known piece of site furniture, else ``None``.

    A whole line may match (``"Source link"``, ``"Exit mobile version"``), or
    a line of at most 40 words may open with a chrome phrase (``"Your email
    address will not be published ..."``).
    """
    lists = R.word_lists()
    folded = fold(line)
    if not folded:
        return "chrome"
    if folded in lists.chrome_lines:
        return "chrome"
    low = " ".join(line.casefold().split())
    n = word_count(line)
    if n <= 40 and any(low.startswith(p) for p in lists.chrome_prefixes):
        return "chrome"
    if n <= 30 and R.CONTRIBUTOR_LINE.search(line):
        return "chrome"
    # "Advertisement · Scroll to continue": a menu whose every item is chrome.
    items = R.MENU_SEP.split(line)
    if len(items) > 1 and all(fold(i) in lists.chrome_lines for i in items):
        return "chrome"
    return None


def is_tail_marker(line: str) -> bool:
    """A short heading that opens a non-article block (comments, related posts)."""
    return word_count(line) <= 6 and fold(line) in R.word_lists().tail_markers


def is_link_line(line: str) -> bool:
    """A bare URL, domain or e-mail address, or a menu of at least three short items."""
    text = R.BULLET.sub("", line).strip()
    if R.DOMAIN_ONLY.match(text):
        return True
    words = text.split()
    # Long lines are menus or link lists only if they hold addresses at all.
    if len(words) > 40 and not ("http" in text or "www." in text or "@" in text):
        return False
    links = sum(1 for w in words if R.URL.match(w) or R.EMAIL.fullmatch(w.strip(".,;:()")))
    # A line that is mostly addresses is a link list, not a sentence.
    if words and links / len(words) >= 0.5:
        return True
    items = R.MENU_SEP.split(text)
    return len(items) >= 3 and all(1 <= word_count(i) <= 4 for i in items)


def is_breadcrumb(line: str) -> bool:
    """``"Home / World / Middle East"``: short items joined by path separators.

    At least two separators whose leading items have at most four words, or one
    separator after a home-like first item.
    """
    if word_count(line) > 40:
        return False
    parts = R.CRUMB_SEP.split(line.strip())
    if len(parts) < 2 or not all(R.LETTER.search(p) for p in parts):
        return False
    first = fold(parts[0])
    if first in ("home", "homepage", "main", "start", "front page", "news"):
        return True
    return len(parts) >= 3 and all(word_count(p) <= 4 for p in parts[:-1])


def is_count_line(line: str) -> bool:
    """A line with no words, or only a count (``"• 0"``, ``"12 Comments"``, ``"3 min read"``)."""
    text = R.BULLET.sub("", line).strip()
    return not R.LETTER.search(text) or R.COUNT_LINE.match(text) is not None


def is_bracket_fragment(line: str) -> bool:
    """A short navigation fragment with unbalanced brackets (``"taking a chance ]"``)."""
    if word_count(line) > 6 or R.ends_sentence(line.rstrip("])}")):
        return False
    return any(line.count(a) != line.count(b) for a, b in R.BRACKET_PAIRS)


def is_section_label(line: str) -> bool:
    """A section name standing alone (``"POLITICS"``, ``"World News"``)."""
    if word_count(line) > 3:
        return False
    return fold(line) in R.word_lists().section_words or (line.isupper() and len(line) <= 30)


# --- captions ----------------------------------------------------------------------


@dataclass(frozen=True)
class Caption:
    """What to do with a line that may be a photo caption.

    ``action`` is ``"drop"`` (the whole line is a caption), ``"strip"`` (prose
    that ends with a credit: remove ``credit``) or ``"keep"``.
    """

    action: str
    credit: str = ""
    score: int = 0


def _credit_strength(credit: str) -> int:
    """3: shapes only photo credits have ("Name/Agency", "via AP", "Photo: ...");
    2: a credit word or agency alone ("Reuters"); 1: a short title-cased name
    ("Israel Defense Forces"); 0: not a credit."""
    if R.CREDIT_SHAPE.search(credit):
        return 3
    words = credit.split()
    lists = R.word_lists()
    if is_credit_agency(credit) or any(w.casefold().strip(".,;:") in lists.credit_words for w in words):
        return 2
    letters = R.LETTER.findall(credit)
    if (
        1 <= len(words) <= 6
        and len(letters) >= 3
        and all(w[:1].isupper() or w in ("of", "the", "and", "for") for w in words)
    ):
        return 1
    return 0


def caption_verdict(line: str) -> Caption:
    """Decide whether ``line`` is a photo caption, from a small additive score.

    Signals: a trailing parenthesised credit after the last sentence (+1..+3 by
    :func:`_credit_strength`), a calendar date (+1, captions date the photo;
    +1 more when it closes the sentence),
    a caption opening such as "In this photo" (+2), shortness (+1 under 45
    words), reported speech or quotes (-1, captions describe, they do not quote).
    A line of at most 70 words scoring 4 or more with a credit, or opening like a
    caption, is dropped; a longer line only loses its trailing credit.
    """
    text = line.strip()
    n = word_count(text)
    lists = R.word_lists()
    low = " ".join(text.casefold().split())
    starter = any(low.startswith(s) for s in lists.caption_starters)
    m = R.TRAILING_PAREN.search(text) if text.endswith(")") else None
    if m is None and not starter:
        return Caption("keep")
    strength = 0
    credit = ""
    if m is not None:
        before = text[: m.start()].rstrip()
        if not before or R.ends_sentence(before):
            credit = m.group(0).strip()
            strength = _credit_strength(m.group("credit"))
    score = strength
    body = text[: m.start()].rstrip(" .,") if m else text.rstrip(" .,")
    date = find_date(body)
    if date is not None:
        score += 1
        # Captions date the photo in their last words ("..., early October 26, 2024.").
        if date[2] >= len(body) - 1:
            score += 1
    if starter:
        score += 2
    if n < 45:
        score += 1
    if R.REPORTING.search(text[: m.start()] if m else text):
        score -= 1
    if n <= 70 and ((strength and score >= 4) or (starter and n <= 60 and score >= 3)):
        return Caption("drop", credit, score)
    if strength:
        return Caption("strip", credit, score)
    return Caption("keep", "", score)


def trailing_chrome(paragraph: str) -> int | None:
    """Where the page footer glued to the end of a paragraph starts, or ``None``.

    Single-line extracts carry the footer in their last sentences (``"...
    Follow us on Twitter. Copyright 2018 X. Contact us"``). A copyright notice in
    the last 40% of the paragraph starts the footer; chrome sentences right
    before it, or closing the paragraph, belong to it. The first sentence stays.
    """
    starts = [0] + [m.end() for m in R.SENTENCE_SPLIT.finditer(paragraph)]
    ends = [*starts[1:], len(paragraph)]
    sentences = [paragraph[a:b] for a, b in zip(starts, ends, strict=True)]
    keep = len(sentences)
    for k in range(len(sentences) - 1, 0, -1):
        if starts[k] < 0.6 * len(paragraph):
            break
        if R.COPYRIGHT.search(sentences[k]):
            keep = k
    while keep > 1 and chrome_reason(sentences[keep - 1]):
        keep -= 1
    return None if keep == len(sentences) else starts[keep]


def trailing_fragment(paragraph: str) -> int | None:
    """Where a site name or chrome word glued after the last sentence starts.

    ``"... is likely to continue. NJ Times"`` -> the offset of ``"NJ Times"``.
    The fragment has at most four words, all capitalised (or a chrome phrase),
    and no closing punctuation; the text before it ends a sentence.
    """
    text = paragraph.rstrip()
    if R.ends_sentence(text):
        return None
    words = text.split()
    for k in range(1, 5):
        if k >= len(words):
            return None
        head = " ".join(words[:-k])
        tail = words[-k:]
        if not R.ends_sentence(head):
            continue
        # "the U.S. Army": a single initial before the period is an abbreviation.
        last = words[-k - 1]
        if len(last.rstrip(".")) <= 1 or last.count(".") > 1:
            return None
        fragment = " ".join(tail)
        chrome = fold(fragment) in R.word_lists().chrome_lines
        if chrome or all(w[:1].isupper() or w[:1].isdigit() or w[:1] in "-–—" for w in tail):
            return len(text) - len(fragment)
        return None
    return None


# --- one line, no context ------------------------------------------------------------


def classify_line(line: str, *, script: str | None, language: str | None = None) -> str | None:
    """The reason to drop ``line`` whatever its position, or ``None`` to look further.

    Reasons: ``foreign`` (another writing system, or another language than
    ``language``), ``chrome``, ``link``, ``breadcrumb``, ``count``,
    ``fragment`` (unbalanced bracket stub).
    """
    if is_foreign_line(line, script) or is_other_language(line, language):
        return "foreign"
    if chrome_reason(line):
        return "chrome"
    if is_link_line(line):
        return "link"
    if is_breadcrumb(line):
        return "breadcrumb"
    if is_count_line(line):
        return "count"
    if is_bracket_fragment(line):
        return "fragment"
    return None
