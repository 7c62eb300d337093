"""WARC archives (``.warc``, ``.warc.gz``): HTML and text responses to documents.

The archive streams record by record and a record's body is read up to
``Settings.fetch_max_bytes``, so an archive of any size runs in bounded memory.
``.warc.gz`` goes through Python's gzip stream rather than warcio's own
decompression because only the former reports a file that was cut short (warcio
reads ``EOFError`` as a clean end, so the cut is passed to it as ``StreamCut``).
Records are named ``file#N``, ``N`` the 1-based position of the record in the
archive (every record counts, also those skipped).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from allegiance.errors import Reason
from allegiance.ingest.payload import from_payload, is_document_type
from allegiance.ingest.streams import ByteStream, Item, open_binary, rejection, stream_error
from allegiance.records import Rejection
from allegiance.settings import Settings

# "conversion" records hold text extracted from a page (WET files).
_DOCUMENT_RECORDS = frozenset({"response", "resource", "conversion"})


def read_warc(path: str, settings: Settings) -> Iterator[Item]:
    """Stream the article records of a WARC file (optionally gzipped).

    Response records need a 2xx status; records that are not HTML or plain text
    are skipped. An archive cut short yields ``TRUNCATED`` after the records read
    so far; an archive without a single article record yields one rejection.
    """
    try:
        with open_binary(path) as stream:
            yield from _read_records(_TrackedStream(stream), path, settings.fetch_max_bytes)
    except StreamCut as exc:
        yield Rejection(path, Reason.TRUNCATED, f"the archive ends early ({exc})")
    except (OSError, EOFError, zlib.error) as exc:
        yield rejection(path, stream_error(exc))


class StreamCut(Exception):
    """The compressed stream under an archive ended before its end marker."""


class _TrackedStream:
    """A byte stream that counts what it hands out and reports a cut gzip stream.

    warcio ends quietly when a stream runs dry inside a record's headers, so the
    reader compares where the last record ended with how much was read. Reads go
    through ``read1`` where there is one, so data decompressed before a cut is
    handed on rather than lost with the failing read.
    """

    _TAIL = 64

    def __init__(self, stream: ByteStream) -> None:
        self._stream = stream
        self.consumed = 0
        self.tail = b""

    def read(self, size: int = -1, /) -> bytes:
        try:
            read1 = getattr(self._stream, "read1", None)
            if size >= 0 and read1 is not None:
                data = bytes(read1(size))
            else:
                data = self._stream.read(size)
        except EOFError as exc:
            raise StreamCut(str(exc)) from exc
        return self._seen(data)

    def readline(self, size: int = -1, /) -> bytes:
        try:
            return self._seen(self._stream.readline(size))
        except EOFError as exc:
            raise StreamCut(str(exc)) from exc

    def _seen(self, data: bytes) -> bytes:
        self.consumed += len(data)
        self.tail = (self.tail + data)[-self._TAIL:]
        return data


def _read_records(stream: _TrackedStream, path: str, limit: int) -> Iterator[Item]:
    records = ArchiveIterator(stream)
    index = found = end = 0
    try:
        for record in records:
            index += 1
            where = f"{path}#{index}"
            problem = _broken(record)
            if problem is not None:
                yield Rejection(where, *problem)
                return
            wanted = _wanted(record)
            try:
                body = record.content_stream().read(limit + 1) if wanted else b""
            except zlib.error as exc:
                # A broken Content-Encoding spoils this body only, not the archive.
                body, wanted = b"", False
                yield Rejection(where, Reason.UNDECODABLE, f"cannot decode record body ({exc})")
            # Drain what is left of the record now, to see whether it is complete.
            records.read_to_end()
            if getattr(record.raw_stream, "limit", 0) > 0:
                yield Rejection(where, Reason.TRUNCATED, "the archive ends inside this record")
                return
            end = records.get_record_offset() + records.get_record_length()
            if not wanted:
                continue
            found += 1
            if len(body) > limit:
                yield Rejection(where, Reason.TOO_LARGE,
                                f"record body is larger than {limit:,} bytes")
                continue
            yield from_payload(body, _content_type(record), where, _target(record))
    except (ArchiveLoadFailed, StatusAndHeadersParserException, ValueError) as exc:
        yield Rejection(f"{path}#{index + 1}", Reason.MALFORMED_RECORD,
                        f"not a valid WARC record ({exc.__class__.__name__})")
        return
    if _cut_in_headers(stream, end):
        yield Rejection(f"{path}#{index + 1}", Reason.TRUNCATED,
                        "the archive ends inside a record's headers")
    elif index == 0:
        yield Rejection(path, Reason.EMPTY, "the archive holds no records")
    elif found == 0:
        yield Rejection(path, Reason.NOT_AN_ARTICLE,
                        f"none of the {index} records is an HTML or text page")


def _broken(record: Any) -> tuple[Reason, str] | None:
    if record.format != "warc":
        # warcio falls back to the old ARC format for any text it cannot read as
        # WARC; ARC archives are not supported and junk is not an archive.
        return Reason.MALFORMED_RECORD, "not a WARC record"
    if record.length is None:
        # Content-Length is mandatory; without it the headers were cut off.
        return Reason.TRUNCATED, "the archive ends inside this record's headers"
    return None


def _cut_in_headers(stream: _TrackedStream, end: int) -> bool:
    """Whether bytes other than blank lines follow the end of the last whole record."""
    left = stream.consumed - end
    if left <= 0:
        return False
    return left > len(stream.tail) or bool(stream.tail[-left:].strip())


def _wanted(record: Any) -> bool:
    if record.rec_type not in _DOCUMENT_RECORDS:
        return False
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if not (status and str(status).startswith("2")):
            return False
    return is_document_type(_content_type(record))


def _content_type(record: Any) -> str | None:
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    value = headers.get_header("Content-Type")
    return str(value) if value else None


def _target(record: Any) -> str | None:
    value = record.rec_headers.get_header("WARC-Target-URI")
    return str(value).strip("<>") if value else None
