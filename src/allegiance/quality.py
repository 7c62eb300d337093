"""Per-article source-quality signals, computed by the cleaner.

They describe the source text, not the truth of its claims: cheap, measurable
hints that a page was scraped badly, machine-translated or machine-written.
None of them is a verdict on its own. Other stages add ``duplicate_of`` and
``hedged_share``.

| signal | type | meaning |
|---|---|---|
| `boilerplate_share` | float | share (0-1) of raw characters removed (navigation, captions...) |
| `removed_lines` | int | lines (or glued fragments) the cleaner removed |
| `entity_debris` | int | HTML entities decoded, spaced debris (`& # 39;`) included |
| `mojibake` | bool | mis-decoded characters in the raw text (ftfy's badness test) |
| `broken_paragraphs` | int | raw paragraphs split mid-sentence (blank line, then lower case) |
| `foreign_lines` | int | removed lines in another writing system (injected spam) |
| `stray_brackets` | int | cleaned lines with unbalanced brackets (navigation stubs, bad joins) |
| `repeated_words` | int | immediate repetitions ("the the"): typing or translation slips |
| `midsentence_capitals` | int | capitalised function word after lower case ("mistakes In the") |
| `unterminated_paragraphs` | int | prose paragraphs ending without terminal punctuation |
| `filler_phrases` | int | machine-writing filler ("In conclusion", "This article delves") |
| `missing_byline` | bool | no author is known |
| `missing_date` | bool | no publication date is known |
| `words` | int | words in the cleaned text |

Odd idioms of machine translation ("closed high-ranking positions") are not
detectable by cheap rules and are not attempted.
"""

from __future__ import annotations

from collections.abc import Sequence

import ftfy.badness

from allegiance import clean_rules as R
from allegiance.clean_lines import is_prose, main_script
from allegiance.metadata import Metadata
from allegiance.repair import count_entity_debris

__all__ = ["signals"]


def _unbalanced(line: str) -> bool:
    return any(line.count(a) != line.count(b) for a, b in R.BRACKET_PAIRS)


def _mojibake(text: str) -> bool:
    # Mis-decoded sequences live in words with non-ASCII characters: test only those.
    # (str.split, not a regex: "\S*[^\x00-\x7f]\S*" backtracks quadratically on one
    # long ASCII token, 7 s for 40k characters of base64)
    words = [w for w in text.split() if not w.isascii()]
    return bool(words) and bool(ftfy.badness.is_bad(" ".join(words)))


def _filler_count(text: str) -> int:
    return len(R.filler_pattern().findall(text))


def signals(raw_text: str, cleaned: str, removed: Sequence[str], meta: Metadata) -> dict[str, float | int | bool]:
    """Quality signals of one article (see the module docstring for each one)."""
    raw_chars = len(raw_text.strip()) or 1
    removed_chars = sum(len(r) for r in removed)
    script = main_script(cleaned)
    foreign = sum(1 for r in removed if script is not None and main_script(r) not in (None, script))
    paragraphs = [p for p in cleaned.split("\n") if p.strip()]
    repeated = sum(1 for m in R.REPEATED_WORD.finditer(cleaned) if m.group("w").casefold() not in R.REPEAT_OK)
    return {
        "boilerplate_share": round(min(1.0, removed_chars / raw_chars), 3),
        "removed_lines": len(removed),
        "entity_debris": count_entity_debris(raw_text),
        "mojibake": _mojibake(raw_text),
        "broken_paragraphs": len(R.RAW_BROKEN_TOKEN.findall(raw_text)),
        "foreign_lines": foreign,
        "stray_brackets": sum(1 for p in paragraphs if _unbalanced(p)),
        "repeated_words": repeated,
        "midsentence_capitals": len(R.MIDSENTENCE_CAPITAL.findall(cleaned)),
        "unterminated_paragraphs": sum(
            1 for p in paragraphs if is_prose(p) and not R.ends_sentence(p) and not p.endswith(":")
        ),
        "filler_phrases": _filler_count(cleaned),
        "missing_byline": meta.author is None,
        "missing_date": meta.published is None,
        "words": len(cleaned.split()),
    }
