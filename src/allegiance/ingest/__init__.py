"""Ingest: turn inputs (files, folders, URLs) into ``RawDocument`` or ``Rejection`` records.

One reader per format, chosen by extension (looking through ``.gz``)::

    .txt .text .md            text.read_text_file    one file, one document
    .html .htm .xhtml         html.read_html_file    trafilatura main text + metadata
    .jsonl .ndjson / .json    jsonl.read_jsonl/json  one article a line (``file#N``)
    .csv .tsv / .zip          tabular.read_csv/zip   one article a row (``file#N``)
    .warc                     warc.read_warc         HTML/text responses (``file#N``)
    http(s)://                web.read_url           one fetched page

Files with other extensions are sniffed: WARC and HTML by their first bytes,
binary formats are rejected, anything else is read as text. Readers never raise
for bad input: every failure is a ``Rejection`` with a ``Reason``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

import httpx

from allegiance.errors import InputRejected, Reason
from allegiance.ingest.decode import MAGIC_NUMBERS, sniff_binary
from allegiance.ingest.discover import discover, is_url
from allegiance.ingest.html import read_html_file
from allegiance.ingest.jsonl import read_json, read_jsonl
from allegiance.ingest.patterns import HTML_START
from allegiance.ingest.streams import Item, format_suffix, read_head, rejection
from allegiance.ingest.tabular import read_csv, read_zip
from allegiance.ingest.text import read_text_file
from allegiance.ingest.warc import read_warc
from allegiance.ingest.web import read_url
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

__all__ = ["discover", "iter_documents", "read_input"]

Reader = Callable[[str, Settings], Iterator[Item]]

READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".md": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".xhtml": read_html_file,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".csv": read_csv,
    ".tsv": read_csv,
    ".zip": read_zip,
    ".warc": read_warc,
}


def read_input(ref: str, settings: Settings, *,
               transport: httpx.BaseTransport | None = None) -> Iterator[RawDocument | Rejection]:
    """Stream the documents of one input: a file, a folder, or an ``http(s)://`` URL.

    Never raises for bad input; each failure is a ``Rejection``. ``transport``
    replaces httpx's network transport for URL inputs (tests).
    """
    if is_url(ref):
        yield from read_url(ref, settings, transport=transport)
        return
    shown = printable_path(ref)
    if os.path.isdir(ref):
        if not os.access(ref, os.R_OK | os.X_OK):
            yield Rejection(shown, Reason.UNREADABLE, "folder cannot be read (permission)")
            return
        for path in discover([ref]):
            yield from read_input(path, settings)
        return
    if not os.path.exists(ref):
        yield Rejection(shown, Reason.NOT_FOUND, "no such file or folder")
        return
    try:
        mode = os.stat(ref).st_mode
    except OSError as exc:
        yield Rejection(shown, Reason.UNREADABLE, exc.strerror or "cannot be read")
        return
    if not stat.S_ISREG(mode):
        # a named pipe, a socket or a device ("/dev/urandom" linked as x.jsonl) would
        # block or never end
        yield Rejection(shown, Reason.NOT_A_FILE, "not a regular file (a pipe, socket or device)")
        return
    reader = READERS.get(format_suffix(ref), _read_unknown)
    for item in reader(ref, settings):
        if shown != ref and item.source_path.startswith(ref):
            item = replace(item, source_path=shown + item.source_path[len(ref):])
        yield item


def printable_path(path: str) -> str:
    """A path as text that can be stored and printed: bytes of a file name that are not
    UTF-8 (kept by Python as lone surrogates) become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def iter_documents(inputs: Sequence[str], settings: Settings) -> Iterator[RawDocument | Rejection]:
    """Stream the documents of every input in order (folders expanded by ``discover``)."""
    for ref in discover(inputs):
        yield from read_input(ref, settings)


def _read_unknown(path: str, settings: Settings) -> Iterator[Item]:
    """Read a file whose extension says nothing, by what its first bytes look like."""
    try:
        head = read_head(path)
    except InputRejected as exc:
        yield rejection(path, exc)
        return
    if head.startswith(b"WARC/"):
        yield from read_warc(path, settings)
        return
    binary = sniff_binary(head)
    if binary is not None:
        known = any(head.startswith(m) for m, _ in MAGIC_NUMBERS)
        reason = Reason.UNSUPPORTED_FORMAT if known else Reason.BINARY
        yield Rejection(path, reason, f"{binary}: not a supported input format")
        return
    if HTML_START.match(head):
        yield from read_html_file(path, settings)
        return
    yield from read_text_file(path, settings)
