"""Regular expressions of the ingest package, kept together so they are easy to audit."""

from __future__ import annotations

import re

#: ``http://`` or ``https://`` at the start of an input reference.
URL_SCHEME = re.compile(r"^https?://", re.IGNORECASE)

#: A charset declared in the first bytes of an HTML page: ``<meta charset=...>`` or
#: ``<meta http-equiv="Content-Type" content="text/html; charset=...">``.
META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE
)

#: ``charset=`` inside a ``Content-Type`` header value.
HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)

#: Markup that says a text-like file of unknown extension is an HTML page.
HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                        re.IGNORECASE | re.DOTALL)

#: The same, for a field of a record that is already text.
HTML_START_TEXT = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                             re.IGNORECASE | re.DOTALL)

#: A date that already is ISO 8601 (possibly partial, possibly with a time after it).
ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}\S*)?\s*$")

#: A UTF-16 surrogate code point: JSON escapes like ``"\\ud800"`` decode to lone ones,
#: which no UTF-8 writer downstream accepts.
SURROGATE = re.compile("[\ud800-\udfff]")

#: Line breaks between the blocks of trafilatura's text output.
BLOCK_BREAK = re.compile(r"\s*\n\s*")
