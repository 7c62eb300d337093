"""Field names of article records (JSONL keys, CSV headers) and records to documents.

Datasets name the same thing many ways; each role lists the names it answers to,
most specific first. Names are compared after lower-casing and turning spaces and
hyphens into underscores.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from allegiance.errors import Reason
from allegiance.ingest.dates import normalize_date
from allegiance.ingest.html import from_html
from allegiance.ingest.patterns import HTML_START_TEXT, SURROGATE
from allegiance.ingest.streams import Item
from allegiance.records import RawDocument, Rejection

#: Role -> field names it answers to, in order of preference.
ROLES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "full_text", "fulltext",
             "maintext", "article_body", "body_text", "story", "document"),
    "html": ("html", "raw_html", "html_content", "content_html", "body_html", "page_html"),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "article_url", "source_url", "uri", "permalink"),
    "published": ("published", "date", "published_date", "publish_date", "date_publish",
                  "publication_date", "pub_date", "pubdate", "date_published", "datetime",
                  "published_at", "publishedat", "time"),
    "outlet": ("outlet", "source", "publisher", "site_name", "sitename", "source_name",
               "publication", "newspaper"),
    "author": ("author", "authors", "byline", "creator", "writer"),
    "record_id": ("id", "record_id", "doc_id", "document_id", "article_id", "story_id",
                  "guid", "uuid"),
}


def normalize_name(name: str) -> str:
    """A field name in the form the role tables use."""
    return name.strip().lower().replace(" ", "_").replace("-", "_")


def resolve_fields(names: Iterable[str]) -> dict[str, str]:
    """Map each role to the field of ``names`` that fills it (roles without one are absent)."""
    by_norm: dict[str, str] = {}
    for name in names:
        by_norm.setdefault(normalize_name(name), name)
    found: dict[str, str] = {}
    taken: set[str] = set()
    for role, aliases in ROLES.items():
        for alias in aliases:
            actual = by_norm.get(alias)
            if actual is not None and actual not in taken:
                found[role] = actual
                taken.add(actual)
                break
    return found


def from_record(record: Mapping[str, Any], source_path: str) -> Item:
    """Turn one JSON object into a document: its ``text``, else its ``html`` via trafilatura.

    ``NO_TEXT_FIELD`` when it has neither, ``EMPTY`` when they are blank.
    """
    fields = resolve_fields(k for k in record if isinstance(k, str))
    values = {role: record[key] for role, key in fields.items()}
    return from_values(values, source_path)


def from_values(values: Mapping[str, Any], source_path: str) -> Item:
    """Turn role-keyed values (``text``, ``html``, ``title`` ...) into a document or a rejection."""
    if "text" not in values and "html" not in values:
        return Rejection(source_path, Reason.NO_TEXT_FIELD,
                         "no text or html field (looked for: "
                         + ", ".join(ROLES["text"][:6] + ROLES["html"][:2]) + ")")
    meta = {
        "title": _string(values.get("title")),
        "url": _string(values.get("url")),
        "published": normalize_date(_string(values.get("published"))),
        "outlet": _string(values.get("outlet")),
        "author": _string(values.get("author")),
        "record_id": _string(values.get("record_id")),
    }
    raw_text = values.get("text")
    if isinstance(raw_text, (bool, int, float)) and _string(values.get("html")) is None:
        # {"text": 42}: a number is no article text, and saying "empty" would mislead
        kind = "boolean" if isinstance(raw_text, bool) else "number"
        return Rejection(source_path, Reason.MALFORMED_RECORD,
                         f"the text field holds a {kind} ({raw_text!r}), not text")
    text = _string(raw_text, joiner="\n\n")
    html = _string(values.get("html"))
    if text is not None and HTML_START_TEXT.match(text) and html is None:
        # A whole page stored in the text field.
        text, html = None, text
    if text is not None:
        return RawDocument(source_path=source_path, text=text, **meta)
    if html is not None:
        extracted = from_html(html, source_path, url=meta["url"])
        if isinstance(extracted, Rejection):
            return extracted
        # What the record states outranks what trafilatura inferred from the page.
        given = {k: v for k, v in meta.items() if v is not None}
        return dataclasses.replace(extracted, **given)
    return Rejection(source_path, Reason.EMPTY, "the text field is empty")


def _string(value: Any, *, joiner: str = "; ") -> str | None:
    """A value as a string: lists are joined (authors by ``;``, paragraphs by a blank
    line), ``{"name": ...}`` objects unwrapped, blanks and other types ``None``."""
    if isinstance(value, str):
        return SURROGATE.sub("\ufffd", value).strip() or None
    if isinstance(value, Mapping):
        return _string(value.get("name"))
    if isinstance(value, (list, tuple)):
        parts = [s for s in (_string(v) for v in value) if s]
        return joiner.join(parts) or None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    return None
