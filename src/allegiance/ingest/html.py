"""HTML pages to documents with trafilatura: the one place HTML becomes article text.

HTML files, JSONL ``html`` fields, WARC responses and fetched URLs all go
through ``from_html``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import trafilatura

from allegiance.errors import InputRejected, Reason
from allegiance.ingest.dates import normalize_date
from allegiance.ingest.decode import decode_bytes
from allegiance.ingest.patterns import BLOCK_BREAK, META_CHARSET
from allegiance.ingest.streams import Item, file_cap, read_file_bytes, rejection
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

# htmldate's extensive search reads any date printed in the page text, which is
# often not the publication date; the contract prefers null to a guess.
_DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False}

# Browsers look for a <meta charset> in the first 1024 bytes; a little more is cheap.
_META_SCAN_BYTES = 4096


def from_html(html: str, source_path: str, url: str | None = None) -> RawDocument | Rejection:
    """Extract the main text and metadata of one HTML page.

    The text keeps headings, list items and paragraphs, one block per paragraph
    with a blank line between blocks; comments are left out. ``url`` is where the
    page came from (it wins over the page's canonical link). ``NOT_AN_ARTICLE``
    when trafilatura finds no main text.
    """
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            favor_recall=True,
            with_metadata=True,
            date_extraction_params=_DATE_PARAMS,
        )
    # trafilatura and lxml raise assorted exceptions (ValueError, lxml parser
    # errors, RecursionError on deep trees) on hostile markup; any of them means
    # this page yields no article, and one page must not stop a run.
    except Exception as exc:
        return Rejection(source_path, Reason.NOT_AN_ARTICLE,
                         f"HTML extraction failed ({exc.__class__.__name__})")
    if doc is None:
        return Rejection(source_path, Reason.NOT_AN_ARTICLE, "no main text found in the HTML")
    text = _blocks(_attr(doc, "text") or "")
    if not text:
        return Rejection(source_path, Reason.NOT_AN_ARTICLE, "no main text found in the HTML")
    return RawDocument(
        source_path=source_path,
        text=text,
        title=_attr(doc, "title"),
        url=url or _attr(doc, "url"),
        published=normalize_date(_attr(doc, "date")),
        outlet=_attr(doc, "sitename"),
        author=_attr(doc, "author"),
    )


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start, if any."""
    match = META_CHARSET.search(data[:_META_SCAN_BYTES])
    return match.group(1).decode("ascii") if match else None


def from_html_bytes(data: bytes, source_path: str, *, url: str | None = None,
                    declared: str | None = None) -> Item:
    """Decode an HTML page (``declared`` charset, else its ``<meta>``) and extract it."""
    try:
        html = decode_bytes(data, declared=declared or html_charset(data))
    except InputRejected as exc:
        return rejection(source_path, exc)
    return from_html(html, source_path, url=url)


def read_html_file(path: str, settings: Settings) -> Iterator[Item]:
    """Read one ``.html``/``.htm`` file (optionally gzipped) as one document."""
    try:
        data = read_file_bytes(path, file_cap(settings))
    except InputRejected as exc:
        yield rejection(path, exc)
        return
    yield from_html_bytes(data, path)


def _attr(doc: Any, name: str) -> str | None:
    value = getattr(doc, name, None)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _blocks(text: str) -> str:
    """trafilatura's one-line-per-block text with a blank line between blocks."""
    return "\n\n".join(b for b in BLOCK_BREAK.split(text.strip()) if b)
