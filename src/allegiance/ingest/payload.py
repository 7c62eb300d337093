"""Bodies that come with a MIME type (HTTP responses, WARC records) to documents."""

from __future__ import annotations

from allegiance.errors import InputRejected, Reason
from allegiance.ingest.decode import decode_bytes
from allegiance.ingest.html import from_html_bytes
from allegiance.ingest.patterns import HEADER_CHARSET, HTML_START
from allegiance.ingest.streams import Item, rejection
from allegiance.records import RawDocument, Rejection

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})


def media_type(content_type: str | None) -> str:
    """The bare lower-case media type of a ``Content-Type`` value (``""`` if none)."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def header_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` value, if any."""
    match = HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def is_document_type(content_type: str | None) -> bool:
    """Whether a body of this type can hold an article (HTML or plain text)."""
    kind = media_type(content_type)
    return kind in HTML_TYPES or kind in TEXT_TYPES


def from_payload(body: bytes, content_type: str | None, source_path: str,
                 url: str | None = None) -> Item:
    """Turn a body into a document by its media type; untyped bodies are sniffed.

    HTML goes through trafilatura, plain text is decoded as is, any other
    type is ``UNSUPPORTED_FORMAT``.
    """
    kind = media_type(content_type)
    charset = header_charset(content_type)
    if not kind or kind == "application/octet-stream":
        kind = "text/html" if HTML_START.match(body[:4096]) else "text/plain"
    if kind in HTML_TYPES:
        return from_html_bytes(body, source_path, url=url, declared=charset)
    if kind in TEXT_TYPES:
        try:
            text = decode_bytes(body, declared=charset)
        except InputRejected as exc:
            return rejection(source_path, exc)
        return RawDocument(source_path=source_path, text=text, url=url)
    return Rejection(source_path, Reason.UNSUPPORTED_FORMAT,
                     f"content type {kind} is not an article")
