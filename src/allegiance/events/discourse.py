"""Sentences as events are tied to them: spaCy sentences cut at line breaks,
with the list heading a bullet item hangs from.

An event's ``sentence`` must be the exact text of one sentence of the
article, so sentences never cross a line break (titles, headings and bullets
are their own lines, whatever the parser thinks).  Bullet items after a
heading that ends in ":" ("The blockade could result in:") are
fragments that continue the heading, so they keep a pointer to it: modality
reads the heading's hedges and arguments may fall back on its actors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

# A line that starts with a bullet glyph or an enumerator ("1.", "a)").
_BULLET = re.compile(r"^\s*(?:[\u2022\u2023\u25aa\u25cf\u25e6\u2043\u2219\u00b7*\-\u2013\u2014>]|"
                     r"\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
# "Fuel shortages: Hospitals ..." - a bullet's own label before a colon.
_LABEL = re.compile(r"^\s*[^:.!?]{1,60}:\s+")
_GLYPHS = frozenset("\u2022\u2023\u25aa\u25cf\u25e6\u2043\u2219\u00b7*-\u2013\u2014>")
_QUOTE_OPEN = ("\u201c", '"', "\u2018", "'")


@dataclass(frozen=True)
class Segment:
    """One sentence of the article, never crossing a line break.

    ``span`` covers its tokens; ``text`` is exactly ``doc.text[start:end]``.
    ``heading`` is the index (into the segment list) of the list heading a
    bullet item continues, or None.
    """

    index: int
    span: Span
    start: int
    end: int
    text: str
    bullet: bool
    heading: int | None = None

    @property
    def opens_quote(self) -> bool:
        """True when the sentence starts inside quotation marks."""
        return self.text.startswith(_QUOTE_OPEN)


def segments(doc: Doc) -> list[Segment]:
    """Cut the Doc into sentences that respect line breaks; link bullets to headings."""
    out: list[Segment] = []
    text = doc.text
    glyph_pending = False
    for sent in doc.sents:
        for piece in _split_lines(doc, sent):
            if all(t.text in _GLYPHS for t in piece):
                glyph_pending = True  # the parser cut a bullet glyph off its item
                continue
            line_start = text.rfind("\n", 0, piece[0].idx) + 1
            bullet = glyph_pending or (not text[line_start:piece[0].idx].strip() and bool(
                _BULLET.match(text[piece[0].idx:piece[-1].idx + len(piece[-1].text)])))
            glyph_pending = False
            if bullet and piece[0].text in _GLYPHS and len(piece) > 1:
                piece = piece[1:]
            start = piece[0].idx
            end = piece[-1].idx + len(piece[-1].text)
            out.append(Segment(len(out), piece, start, end, text[start:end], bullet))
    return _link_headings(out, text)


def _split_lines(doc: Doc, sent: Span) -> Iterator[Span]:
    """Yield the sentence's pieces between line breaks, without space tokens."""
    begin: int | None = None
    for tok in sent:
        breaks = "\n" in tok.text or "\n" in tok.whitespace_
        if tok.is_space:
            if begin is not None:
                yield doc[begin:tok.i]
                begin = None
            continue
        if begin is None:
            begin = tok.i
        if breaks:
            yield doc[begin:tok.i + 1]
            begin = None
    if begin is not None:
        yield doc[begin:sent.end]


def _link_headings(segs: list[Segment], text: str) -> list[Segment]:
    """Mark list items (bullets, or "Label: ..." lines after a heading) and link them."""
    out: list[Segment] = []
    heading: int | None = None
    prev_item = False
    for seg in segs:
        line_start = text.rfind("\n", 0, seg.start) + 1
        at_line_start = not text[line_start:seg.start].strip()
        item = seg.bullet or (heading is not None and at_line_start
                              and _LABEL.match(seg.text) is not None)
        if not at_line_start and prev_item:
            item = True  # the rest of an item the parser cut after its label
        if item:
            out.append(replace(seg, bullet=True, heading=heading))
            prev_item = True
            continue
        prev_item = False
        heading = seg.index if seg.text.rstrip().endswith(":") else None
        out.append(seg)
    return out
