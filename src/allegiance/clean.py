"""The cleaner: a raw article text in, its body and metadata out.

::

    RawDocument.text
      -> repair (ftfy, entity debris, white space, bullets, hard wraps)   repair.py
      -> lines, each classified on its own (chrome, caption, foreign ...)  clean_lines.py
      -> the document's zones: page header before the title, byline zone,
         tail after the last paragraph (comment forms, bios, related links)
      -> duplicates and teasers, trailing credits and site names
      -> paragraphs split mid-sentence rejoined
      -> CleanedText (text, title, author, published, outlet, language, removed, quality)

The title stays as the first paragraph of ``text`` (a headline can state an
event the body only implies); metadata lines (dates, bylines, "Original
Source: ...") leave the text. Container metadata on the ``RawDocument`` wins
over what the text says, except for the date: a byline date printed with the
article beats the container's, which beats a page-header date above the title.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from allegiance import clean_rules as R
from allegiance import quality
from allegiance.clean_lines import (
    caption_verdict,
    classify_line,
    fold,
    is_prose,
    is_section_label,
    is_tail_marker,
    main_script,
    trailing_chrome,
    trailing_fragment,
    word_count,
)
from allegiance.errors import NotAnArticle, Reason
from allegiance.metadata import (
    DateLine,
    Metadata,
    bio_subject,
    date_line,
    detect_language,
    find_date,
    first_known,
    is_byline_shaped,
    is_headline,
    language_of,
    leading_dateline,
    name_line,
    normalize_date,
    parse_byline,
    parse_source_line,
    split_headline_suffix,
    wire_agency,
)
from allegiance.records import CleanedText, RawDocument
from allegiance.repair import (
    fix_encoding,
    fix_entity_debris,
    normalize_bullets,
    normalize_whitespace,
    rejoin_broken_lines,
    rejoin_paragraphs,
    repair_text,
    unwrap_hard_wraps,
)

__all__ = [
    "clean",
    "clean_text",
    "fix_encoding",
    "fix_entity_debris",
    "normalize_bullets",
    "normalize_whitespace",
    "rejoin_broken_lines",
    "repair_text",
    "unwrap_hard_wraps",
]

#: The title is looked for among the first lines only: past them we are in the body.
TITLE_WINDOW = 12
#: A tail marker ("Leave a Reply") cuts the rest only in the second half of a page,
#: so that a "Related" heading early in an article does not eat it.
TAIL_MARKER_FROM = 0.5
#: How sure py3langid must be of the article's language before lines are judged by it.
DOC_LANGUAGE_PROBABILITY = 0.9
#: Passes of the line rules; a pass can uncover a stub the previous one hid.
MAX_PASSES = 4


@dataclass
class _Unit:
    text: str
    drop: str | None = None
    date: DateLine | None = None


@dataclass
class _Found:
    """Metadata candidates one pass found in the text."""

    title: str | None = None
    title_outlet: str | None = None
    section: str | None = None
    echo_outlet: str | None = None
    byline_date: str | None = None
    header_date: str | None = None
    updated_date: str | None = None
    author: str | None = None
    bio_author: str | None = None
    original_source: str | None = None
    removed: list[str] = field(default_factory=list)

    def merge(self, other: _Found) -> None:
        """Fill what this pass did not know from a later pass."""
        for name in self.__dataclass_fields__:
            if name != "removed" and getattr(self, name) is None:
                setattr(self, name, getattr(other, name))
        self.removed.extend(other.removed)


def _bullet(text: str) -> bool:
    return R.BULLET.match(text) is not None


def _classify(units: list[_Unit], found: _Found, script: str | None, language: str | None) -> None:
    """Line-by-line verdicts that need no context; metadata lines are read here."""
    for u in units:
        u.date = date_line(u.text)
        if u.date is not None:
            u.drop = "date"
            continue
        author = parse_byline(u.text)
        dated_byline = author is None and is_byline_shaped(u.text) and find_date(u.text)
        if author is not None or dated_byline:
            # "Posted by admin on March 3, 2020": a byline whose name is no name.
            found.author = found.author or author
            # "By Jane Doe | November 1, 2024": the byline's date is the article's.
            dated = find_date(u.text)
            if dated is not None:
                found.byline_date = found.byline_date or dated[0]
            u.drop = "byline"
            continue
        source = parse_source_line(u.text, explicit_only=True)
        if source is not None:
            found.original_source = found.original_source or source
            u.drop = "source"
            continue
        reason = classify_line(u.text, script=script, language=language)
        if reason is not None:
            u.drop = reason
            continue
        cap = caption_verdict(u.text)
        if cap.action == "drop":
            u.drop = "caption"
        elif cap.action == "strip":
            # "(Source: X)" closing a paragraph credits the text, not a photo.
            found.original_source = found.original_source or parse_source_line(cap.credit)
            found.removed.append(cap.credit)
            u.text = u.text.rstrip()[: -len(cap.credit)].rstrip()


def _find_title(units: list[_Unit], hint: str | None) -> int | None:
    """Index of the headline: the line equal to the container title, else the first
    headline-shaped line before any prose."""
    if hint:
        want = fold(split_headline_suffix(hint)[0])
        for i, u in enumerate(units[:TITLE_WINDOW]):
            if u.drop is None and fold(split_headline_suffix(u.text)[0]) == want:
                return i
    for i, u in enumerate(units[:TITLE_WINDOW]):
        if u.drop is not None:
            continue
        if is_prose(u.text):
            return None
        if is_headline(u.text) and not is_section_label(u.text):
            return i
    return None


def _byline_like(u: _Unit) -> bool:
    """A byline-zone line after a standfirst: a byline, a count, or a full or labelled
    date ("March 2011" standing alone there is a timeline heading, not a byline)."""
    if u.drop in ("byline", "count"):
        return True
    if u.drop != "date" or u.date is None:
        return False
    return u.date.kind != "plain" or u.date.iso.count("-") == 2


def _header(units: list[_Unit], found: _Found, title_at: int | None) -> None:
    """The page header: chrome above the title, dates and labels around it.

    The header ends at the first paragraph of prose; the byline lines right
    after it count too, as a standfirst often sits between headline and byline.
    """
    prose = next((i for i, u in enumerate(units) if u.drop is None and is_prose(u.text)), None)
    zone_end = len(units) if prose is None else prose + 1
    if prose is not None:
        while zone_end < len(units) and _byline_like(units[zone_end]):
            zone_end += 1
    for i, u in enumerate(units[:zone_end]):
        if u.date is not None and u.drop == "date":
            if u.date.kind == "updated":
                found.updated_date = found.updated_date or u.date.iso
            elif title_at is not None and i < title_at and u.date.kind == "plain":
                # A bare date above the headline is the page's (often today's) date.
                found.header_date = found.header_date or u.date.iso
            else:
                found.byline_date = found.byline_date or u.date.iso
            continue
        if u.drop is not None or i == title_at or (prose is not None and i >= prose):
            continue
        if title_at is not None and i < title_at:
            u.drop = "header"
        elif is_section_label(u.text):
            u.drop = "section"
        else:
            head, outlet, section = split_headline_suffix(u.text)
            if (outlet or section) and is_headline(head):
                # The source's own page title repeated under ours.
                found.echo_outlet = found.echo_outlet or outlet
                u.drop = "headline"
    # Date lines inside the body are kept: they belong to timelines and lists.
    for i, u in enumerate(units[zone_end:], start=zone_end):
        if u.drop == "date" and any(x.drop is None for x in units[i + 1 :]):
            u.drop = None


def _tail(units: list[_Unit], found: _Found) -> None:
    """Everything after the article: comment forms, related links, author bios."""
    total = sum(len(u.text) for u in units) or 1
    seen = 0
    for i, u in enumerate(units):
        if u.drop is None and seen >= TAIL_MARKER_FROM * total and is_tail_marker(u.text):
            for x in units[i:]:
                x.drop = x.drop or "tail"
            break
        seen += len(u.text)
    bio_names: list[str] = []
    for i in range(len(units) - 1, -1, -1):
        u = units[i]
        if u.drop is not None:
            continue
        subject = bio_subject(u.text)
        if subject is not None:
            bio_names.append(subject)
            u.drop = "bio"
            continue
        source = parse_source_line(u.text)
        if source is not None:
            found.original_source = found.original_source or source
            u.drop = "source"
            continue
        name = name_line(u.text)
        if name is not None:
            if any(b.startswith(name) or name.startswith(b) for b in bio_names):
                found.bio_author = found.bio_author or name
            u.drop = "name"
            continue
        if _bullet(u.text):
            intro = next((x for x in reversed(units[:i]) if x.drop is None and not _bullet(x.text)), None)
            # A list the article introduces ("... can lead to:") or of real items is body.
            if word_count(u.text) >= 4 or (intro is not None and intro.text.rstrip().endswith(":")):
                break
        # A short line that ends a sentence ("He declined to comment.") is the
        # article's last word; only headings, labels and stubs are tail junk.
        if is_prose(u.text) or R.ends_sentence(u.text) or u.text.rstrip().endswith(":"):
            break
        u.drop = "tail"


def _dedupe(units: list[_Unit], title: str | None) -> None:
    """Drop a repeated title, repeated paragraphs and teasers (a paragraph that is
    the start of the text that follows it)."""
    kept = [u for u in units if u.drop is None]
    folded = [fold(u.text) for u in kept]
    title_key = fold(split_headline_suffix(title)[0]) if title else None
    seen_title = False
    seen: set[str] = set()
    for k, u in enumerate(kept):
        key = folded[k]
        if title_key and fold(split_headline_suffix(u.text)[0]) == title_key:
            if seen_title:
                u.drop = "title-repeat"
            seen_title = True
            continue
        if word_count(u.text) >= 3 and not _bullet(u.text):
            if key in seen:
                u.drop = "duplicate"
                continue
            seen.add(key)
        if word_count(u.text) < 6:
            continue
        stem = key.rstrip(".… ").removesuffix("...").rstrip()
        for j in range(k + 1, min(k + 6, len(kept))):
            follow = " ".join(folded[j : j + 6])
            if len(follow) > len(stem) and follow.startswith(stem):
                u.drop = "teaser"
                break


def _body_edges(units: list[_Unit], found: _Found, title_at: int | None, title: str | None) -> None:
    """A dateline opening the first paragraph, a title glued to it, a site name
    glued to the last one."""
    body = [u for i, u in enumerate(units) if u.drop is None and i != title_at]
    if not body:
        return
    first = body[0]
    if title and title_at is None:
        stem = split_headline_suffix(title)[0]
        dl = leading_dateline(first.text)
        start = dl.end if dl else 0
        if first.text[start:].lower().startswith(stem.lower()):
            rest = first.text[start + len(stem) :].lstrip(" .:-–—")
            if rest and word_count(rest) >= PROSE_WORDS_AFTER_TITLE:
                if dl is not None:
                    found.byline_date = found.byline_date or dl.iso
                    found.removed.append(first.text[:start].strip())
                at = units.index(first)
                first.text = rest
                units.insert(at, _Unit(stem))
    for _ in range(2):
        dl = leading_dateline(first.text)
        if dl is None or dl.kind == "updated" or word_count(first.text[dl.end :]) < 3:
            break
        found.byline_date = found.byline_date or dl.iso
        found.removed.append(first.text[: dl.end].strip())
        first.text = first.text[dl.end :]
    # "BAGHDAD (Reuters) -": wire copy credits its agency.
    found.original_source = found.original_source or wire_agency(first.text)
    last = body[-1]
    if is_prose(last.text):
        cut = trailing_chrome(last.text)
        if cut is not None:
            found.removed.append(last.text[cut:].strip())
            last.text = last.text[:cut].rstrip()
        cut = trailing_fragment(last.text)
        if cut is not None:
            found.removed.append(last.text[cut:])
            last.text = last.text[:cut].rstrip()


#: A title glued to the first paragraph is split off only when prose follows it.
PROSE_WORDS_AFTER_TITLE = 5


def _assemble(paragraphs: list[str]) -> str:
    parts: list[str] = []
    for i, p in enumerate(paragraphs):
        if i:
            both_items = _bullet(p) and _bullet(paragraphs[i - 1])
            parts.append("\n" if both_items else "\n\n")
        parts.append(p)
    return "".join(parts)


def _analyse(text: str, hint_title: str | None, language: str | None = None) -> tuple[list[_Unit], _Found]:
    """Give every line of repaired text its verdict (``drop`` is the reason, or None).

    ``language`` is the article's language when it is beyond doubt: lines in
    another one are dropped.
    """
    found = _Found()
    units = [_Unit(line) for line in text.split("\n") if line.strip()]
    _classify(units, found, main_script(text), language)
    title_at = _find_title(units, hint_title)
    if title_at is not None:
        head, outlet, section = split_headline_suffix(units[title_at].text)
        units[title_at].text = head
        found.title, found.title_outlet, found.section = head, outlet, section
    _header(units, found, title_at)
    _tail(units, found)
    title = hint_title or found.title
    _dedupe(units, title)
    _body_edges(units, found, title_at, title)
    return units, found


def _pass(text: str, hint_title: str | None, language: str | None) -> tuple[str, _Found]:
    """One pass of the line rules over repaired text."""
    units, found = _analyse(text, hint_title, language)
    found.removed.extend(u.text for u in units if u.drop is not None)
    kept = rejoin_paragraphs([u.text for u in units if u.drop is None and u.text.strip()])
    return _assemble(kept), found


def _run(text: str, title: str | None) -> tuple[str, _Found]:
    """Repair, then run the line rules until the text stops changing (idempotence)."""
    current = repair_text(text)
    lang, prob = language_of(current)
    language = lang if prob >= DOC_LANGUAGE_PROBABILITY else None
    found: _Found | None = None
    for _ in range(MAX_PASSES):
        # Only the container's title guides every pass: what a pass found in the
        # text is found again from the text, as when the output is cleaned anew.
        cleaned, step = _pass(current, title, language)
        if found is None:
            found = step
        else:
            found.merge(step)
        if cleaned == current:
            break
        current = cleaned
    assert found is not None
    found.removed = [r for r in found.removed if r.strip()]
    return current, found


def _metadata(text: str, found: _Found, raw: RawDocument | None = None) -> Metadata:
    """Combine what the text says with the container's metadata (``raw``)."""
    raw = raw or RawDocument(source_path="")
    text_outlet = first_known(found.title_outlet, found.echo_outlet)
    original = found.original_source
    if original is None and raw.outlet and text_outlet and fold(text_outlet) != fold(raw.outlet):
        # The page names another outlet than the site it came from: that is its source.
        original = text_outlet
    return Metadata(
        title=first_known(split_headline_suffix(raw.title)[0] if raw.title else None, found.title),
        author=first_known(raw.author, found.author, found.bio_author),
        # A byline date printed with the article, else the container's date, else a
        # date from the page header above the title, else a revision date.
        published=first_known(found.byline_date, normalize_date(raw.published), found.header_date, found.updated_date),
        outlet=first_known(raw.outlet, text_outlet),
        original_source=original,
        language=detect_language(text) if text else None,
        section=found.section,
    )


def clean_text(text: str, *, title: str | None = None) -> tuple[str, Metadata, list[str]]:
    """Clean an article text: (body, metadata read from the text, removed lines).

    ``title`` is a known headline (container metadata) to find and dedupe.
    """
    body, found = _run(text, title)
    return body, _metadata(body, found, RawDocument(source_path="", title=title)), found.removed


def _raw_text(raw: RawDocument) -> str:
    if raw.text is not None:
        return raw.text
    if raw.html:
        # The ingest stage extracts HTML with trafilatura; this covers callers that
        # hand the cleaner an HTML-only document directly.
        import trafilatura

        return str(trafilatura.extract(raw.html, include_comments=False) or "")
    return ""


#: An input of at most this many lines and characters is a short input (a headline, a
#: sentence, a wire snippet): when the line rules leave no paragraph of it, its own
#: lines of at least SHORT_INPUT_MIN_WORDS words that are no page chrome are the text.
SHORT_INPUT_LINES = 3
SHORT_INPUT_CHARS = 1500
SHORT_INPUT_MIN_WORDS = 3


def _short_input(source: str) -> str | None:
    """The sentences of a short input, which the article rules would drop as a headline
    or as too short to be prose; ``None`` when it is long or holds none."""
    lines = [x.strip() for x in repair_text(source).splitlines() if x.strip()]
    if not lines or len(lines) > SHORT_INPUT_LINES or sum(map(len, lines)) > SHORT_INPUT_CHARS:
        return None
    kept = [x for x in lines if word_count(x) >= SHORT_INPUT_MIN_WORDS
            and classify_line(x, script=None, language=None) is None
            and date_line(x) is None and parse_byline(x) is None]
    return "\n\n".join(kept) or None


def clean(raw: RawDocument, *, min_chars: int = 0) -> CleanedText:
    """Clean one raw article into its body text and metadata.

    Raises :class:`~allegiance.errors.NotAnArticle` with code ``EMPTY`` for a
    blank input, ``NOT_AN_ARTICLE`` when no sentence of prose is left (a short input,
    see ``_short_input``, keeps its own sentences) and ``TOO_SHORT`` when the body is
    under ``min_chars`` characters (0 by default: one sentence is enough).
    """
    source = _raw_text(raw)
    if not source.strip():
        raise NotAnArticle("the document has no text", code=Reason.EMPTY)
    text, found = _run(source, raw.title)
    if not text or not any(is_prose(p) for p in text.split("\n")):
        # a headline, a sentence, a wire snippet: its own sentences are the text
        text = _short_input(source) or ""
        if not text:
            raise NotAnArticle("no sentence of prose in the input (no paragraph, headline "
                               "or sentence of three words or more outside page chrome)")
    if len(text) < min_chars:
        raise NotAnArticle(
            f"only {len(text)} characters of article text (minimum {min_chars})",
            code=Reason.TOO_SHORT,
        )
    meta = _metadata(text, found, raw)
    return CleanedText(
        text=text,
        title=meta.title,
        author=meta.author,
        published=meta.published,
        outlet=meta.outlet,
        original_source=meta.original_source,
        language=meta.language,
        removed=tuple(found.removed),
        quality=quality.signals(source, text, found.removed, meta),
    )
