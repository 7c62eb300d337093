"""JSON Lines (one article object a line, optionally gzipped) and plain JSON files.

Lines are read one at a time, each at most ``Settings.fetch_max_bytes`` long, so
a file of any length streams. A bad line is rejected on its own (``file#N``,
``N`` the 1-based line number) and the rest of the file still loads.
"""

from __future__ import annotations

import codecs
import json
import zlib
from collections.abc import Iterator
from typing import Any

from allegiance.errors import InputRejected, Reason
from allegiance.ingest.decode import decode_bytes, wide_encoding
from allegiance.ingest.fields import from_record
from allegiance.ingest.streams import (
    ByteStream,
    Item,
    file_cap,
    open_binary,
    read_file_bytes,
    rejection,
    stream_error,
)
from allegiance.records import Rejection
from allegiance.settings import Settings

_DRAIN_CHUNK = 1 << 20
_SAMPLE = 4096


def read_jsonl(path: str, settings: Settings) -> Iterator[Item]:
    """Stream the records of a ``.jsonl``/``.ndjson`` file (optionally gzipped).

    A gzip stream that ends early yields ``TRUNCATED`` for the remainder after
    the records read so far.
    """
    try:
        with open_binary(path) as stream:
            yield from read_jsonl_stream(stream, path, settings)
    except (OSError, EOFError, zlib.error) as exc:
        yield rejection(path, stream_error(exc))


def read_jsonl_stream(stream: ByteStream, source: str, settings: Settings) -> Iterator[Item]:
    """Stream the records of JSON Lines from an open byte stream named ``source``
    (UTF-16 or UTF-32 lines, with or without a byte-order mark, are read as UTF-8)."""
    count = 0
    try:
        stream = _as_utf8(stream)
        for item in _read_lines(stream, source, settings.fetch_max_bytes):
            count += 1
            yield item
    except (OSError, EOFError, zlib.error) as exc:
        yield rejection(source, stream_error(exc))
        return
    if count == 0:
        yield Rejection(source, Reason.EMPTY, "no records: every line is blank")


def read_json(path: str, settings: Settings) -> Iterator[Item]:
    """Read a ``.json`` file: one article object, or an array of them (``file#N``, 1-based).

    A ``.json`` file that is really JSON Lines is read as such.
    """
    try:
        data = read_file_bytes(path, file_cap(settings))
        value = _loads(data)
    except InputRejected as exc:
        yield rejection(path, exc)
        return
    except RecursionError:
        yield Rejection(path, Reason.MALFORMED_RECORD, "JSON nested too deeply")
        return
    except ValueError:
        yield from read_jsonl(path, settings)
        return
    if isinstance(value, dict):
        yield from_record(value, path)
    elif isinstance(value, list):
        if not value:
            yield Rejection(path, Reason.EMPTY, "the JSON array is empty")
        for index, item in enumerate(value, start=1):
            where = f"{path}#{index}"
            if isinstance(item, dict):
                yield from_record(item, where)
            else:
                yield Rejection(where, Reason.MALFORMED_RECORD, "array item is not a JSON object")
    else:
        yield Rejection(path, Reason.MALFORMED_RECORD, "not a JSON object or array of objects")


def _as_utf8(stream: ByteStream) -> ByteStream:
    """The stream itself when its lines are ASCII-compatible, else a reader that decodes
    UTF-16/32 and hands on UTF-8 bytes (their newlines are two or four bytes wide)."""
    peek = getattr(stream, "peek", None)
    codec = wide_encoding(peek(_SAMPLE)[:_SAMPLE]) if callable(peek) else None
    if codec is None:
        return stream
    return codecs.EncodedFile(stream, "utf-8", codec)  # type: ignore[arg-type]


def _read_lines(stream: ByteStream, path: str, limit: int) -> Iterator[Item]:
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        where = f"{path}#{lineno}"
        if len(line) > limit and not line.endswith(b"\n"):
            _drain_line(stream)
            yield Rejection(where, Reason.TOO_LARGE, f"line is longer than {limit:,} bytes")
            continue
        if not line.endswith(b"\n"):
            # The last line. If the gzip stream was cut, this read raises EOFError and
            # the partial line is reported as truncated rather than as malformed.
            stream.read(1)
        if lineno == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        yield _parse_line(line, where)


def _parse_line(line: bytes, where: str) -> Item:
    try:
        value = _loads(line)
    except InputRejected as exc:
        return Rejection(where, Reason.MALFORMED_RECORD, exc.message)
    except ValueError as exc:
        return Rejection(where, Reason.MALFORMED_RECORD, f"invalid JSON ({_short(exc)})")
    except RecursionError:
        return Rejection(where, Reason.MALFORMED_RECORD, "JSON nested too deeply")
    if not isinstance(value, dict):
        return Rejection(where, Reason.MALFORMED_RECORD, "line is not a JSON object")
    return from_record(value, where)


def _loads(data: bytes) -> Any:
    """Parse JSON bytes: UTF-8 as the standard says, else the detected encoding."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = decode_bytes(data)
    return json.loads(text)


def _drain_line(stream: ByteStream) -> None:
    while True:
        rest = stream.readline(_DRAIN_CHUNK)
        if not rest or rest.endswith(b"\n"):
            return


def _short(exc: Exception) -> str:
    message = str(exc)
    return message if len(message) <= 120 else message[:117] + "..."
