"""Text repairs: small pure ``str -> str`` functions with keyword-only options.

Each function is idempotent (applying it twice changes nothing more) and is
safe on any text. :func:`repair_text` chains them in the order the cleaner
uses; the others are exported for callers that need one repair alone.
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from collections.abc import Sequence

import ftfy

from allegiance import clean_rules as R

__all__ = [
    "count_entity_debris",
    "fix_encoding",
    "fix_entity_debris",
    "normalize_bullets",
    "normalize_whitespace",
    "rejoin_broken_lines",
    "rejoin_paragraphs",
    "repair_text",
    "unwrap_hard_wraps",
]


def _decode_entity(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups.get("name") is not None:
        key = groups["name"] + ";"
        value = html.entities.html5.get(key)
        if value is None:
            return match.group(0)
    else:
        number = groups["dec"] if groups.get("dec") is not None else None
        code = int(number) if number is not None else int(groups["hex"], 16)
        value = html.unescape(f"&#{code};")
    # A decoded control character (tab, newline, NUL) would break the line structure.
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in value):
        return " "
    return value


def fix_entity_debris(text: str) -> str:
    """Decode HTML character references, including the spaced debris extractors leave.

    ``"& # 39;"`` becomes ``"'"``, ``"& amp ;"`` becomes ``"&"``, and double
    escapes (``"&amp;#39;"``) are decoded to the end. A bare ``&`` or an unknown
    name (``"R&D;"``) is left alone.
    """
    while True:
        fixed = R.NUMERIC_ENTITY.sub(_decode_entity, text)
        fixed = R.NAMED_ENTITY.sub(_decode_entity, fixed)
        if fixed == text:
            return text
        text = fixed


def count_entity_debris(text: str) -> int:
    """How many HTML character references :func:`fix_entity_debris` would decode."""
    named = sum(1 for m in R.NAMED_ENTITY.finditer(text) if m.group("name") + ";" in html.entities.html5)
    return named + sum(1 for _ in R.NUMERIC_ENTITY.finditer(text))


def fix_encoding(text: str, *, uncurl_quotes: bool = False) -> str:
    """Repair mojibake and odd code points with ftfy (HTML entities are left to
    :func:`fix_entity_debris`; curly quotes are kept unless ``uncurl_quotes``)."""
    return str(
        ftfy.fix_text(
            text,
            unescape_html=False,
            uncurl_quotes=uncurl_quotes,
            fix_line_breaks=True,
            normalization="NFC",
        )
    )


def normalize_whitespace(text: str, *, max_blank_lines: int = 1) -> str:
    """Fold runs of spaces (no-break and typographic ones too), strip line ends,
    drop invisible characters and keep at most ``max_blank_lines`` blank lines in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = R.INVISIBLE.sub("", text)
    lines = [R.HSPACE.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    blanks = 0
    for line in lines:
        if line:
            blanks = 0
            out.append(line)
        elif out:
            blanks += 1
            if blanks <= max_blank_lines:
                out.append("")
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def normalize_bullets(text: str, *, marker: str = "-") -> str:
    """Write every list bullet (``•``, ``▪``, ``*``, ``-`` ...) as ``marker`` plus one space.

    Numbered items keep their numbers; a bullet with nothing after it is dropped.
    """
    out: list[str] = []
    for line in text.split("\n"):
        m = R.BULLET.match(line)
        if m is None:
            out.append(line)
            continue
        rest = line[m.end() :].strip()
        out.append(f"{marker} {rest}" if rest else "")
    return "\n".join(out)


def _is_bullet(line: str) -> bool:
    return R.BULLET.match(line) is not None or R.NUMBERED_ITEM.match(line) is not None


def unwrap_hard_wraps(text: str, *, min_lines: int = 3, max_width: int = 100) -> str:
    """Join lines of blocks that were hard-wrapped at a fixed width (e-mail, plain-text wires).

    A block (lines between blank lines) counts as wrapped when it has at least
    ``min_lines`` lines, none longer than ``max_width``, and three quarters of its
    lines but the last fill at least 60% of the widest; a line that ends a
    sentence well short of the width closes a paragraph.
    """
    blocks = text.split("\n\n")
    out: list[str] = []
    for block in blocks:
        lines = block.split("\n")
        if len(lines) < min_lines or any(_is_bullet(x) for x in lines):
            out.append(block)
            continue
        width = max(len(x) for x in lines)
        # Short menus and headings are stacked lines too, but never this wide.
        if width > max_width or width < 40:
            out.append(block)
            continue
        body = lines[:-1]
        if sum(len(x) >= 0.6 * width for x in body) < 0.75 * len(body):
            out.append(block)
            continue
        paragraphs: list[str] = []
        current = ""
        for line in lines:
            current = _join(current, line) if current else line
            if R.ends_sentence(line) and len(line) < 0.6 * width:
                paragraphs.append(current)
                current = ""
        if current:
            paragraphs.append(current)
        out.append("\n".join(paragraphs))
    return "\n\n".join(out)


def _join(left: str, right: str) -> str:
    if left.endswith("-") and R.HYPHEN_END.search(left[-3:]) and right[:1].islower():
        return left + right
    return left + " " + right


def _word_count(text: str) -> int:
    return len(text.split())


def _heading_case(text: str) -> bool:
    """A short line with most words capitalised: a heading, which nothing continues."""
    words = text.split()
    if len(words) > 12:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= 0.6 * len(words)


def _continues(prev: str, nxt: str) -> str | None:
    """How ``nxt`` continues ``prev`` ("" = glued, " " = with a space), or None."""
    if not prev or not nxt or _is_bullet(prev) or _is_bullet(nxt):
        return None
    if R.ends_sentence(prev) or prev.endswith(":"):
        return None
    first = nxt.split(maxsplit=1)[0]
    lead = R.LEADING_DIGITS.match(nxt)
    trail = R.TRAILING_DIGITS.search(prev[-12:]) if prev[-1].isdigit() else None
    if lead and trail:
        if _word_count(prev) < 3 or _heading_case(prev):
            return None  # "Chapter 1" + "2 soldiers ...": a heading, then a paragraph
        # "collapsed in 201" + "4, a coalition": a number cut in two (a year at most).
        if len(lead.group(0)) + len(trail.group(0)) <= 4:
            return ""
        return " " if _word_count(prev) >= 8 else None
    if prev.endswith("-") and R.HYPHEN_END.search(prev[-3:]) and first[:1].islower():
        return ""
    if _heading_case(prev):
        return None
    letters = "".join(c for c in first if c.isalpha())
    # Only a fully lower-case first word continues a sentence ("iPhone" does not).
    if letters and letters.islower() and _word_count(prev) >= 4:
        return " "
    # A sentence of prose cut before a number ("... collapsed in" + "2014, a ...").
    if lead and _word_count(prev) >= 8 and prev.split()[-1].islower():
        return " "
    return None


def rejoin_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    """Join paragraphs that a page or an extractor split inside a sentence or a token.

    A paragraph that ends without terminal punctuation is joined with the next
    one when that one starts in lower case, or with a digit that completes a
    number (``"in 201"`` + ``"4, a"`` gives ``"in 2014, a"``). Bullets are never joined.
    """
    out: list[str] = []
    for para in paragraphs:
        glue = _continues(out[-1], para) if out else None
        if glue is None:
            out.append(para)
        else:
            out[-1] = out[-1] + glue + para
    return out


def rejoin_broken_lines(text: str) -> str:
    """:func:`rejoin_paragraphs` over the lines of ``text`` (blank lines are kept where
    nothing is joined)."""
    blocks: list[tuple[str, bool]] = []  # (line, blank line before it)
    blank = False
    for line in text.split("\n"):
        if not line.strip():
            blank = True
            continue
        blocks.append((line, blank))
        blank = False
    out: list[tuple[str, bool]] = []
    for line, before in blocks:
        glue = _continues(out[-1][0], line) if out else None
        if glue is None:
            out.append((line, before))
        else:
            out[-1] = (out[-1][0] + glue + line, out[-1][1])
    parts: list[str] = []
    for i, (line, before) in enumerate(out):
        if i:
            parts.append("\n\n" if before else "\n")
        parts.append(line)
    return "".join(parts)


def repair_text(
    text: str,
    *,
    fix_mojibake: bool = True,
    entities: bool = True,
    bullets: bool = True,
    unwrap: bool = True,
    rejoin: bool = False,
) -> str:
    """Repair a raw article text: encoding (ftfy), HTML entity debris, white space,
    bullets, hard wraps and (optionally) paragraphs split mid-sentence."""
    # Each repair can uncover work for another: decoded entities can spell mojibake
    # ("&#195;&#169;"), ftfy turns full-width debris into entities, and a stripped
    # no-break space can complete a mis-decoded sequence. They run until stable.
    for _ in range(6):
        before = text
        if fix_mojibake:
            text = fix_encoding(text)
        if entities:
            text = fix_entity_debris(text)
        text = normalize_whitespace(text)
        if bullets:
            text = normalize_whitespace(normalize_bullets(text))
        if text == before:
            break
    if unwrap:
        text = unwrap_hard_wraps(text)
    if rejoin:
        text = rejoin_broken_lines(text)
    return text
