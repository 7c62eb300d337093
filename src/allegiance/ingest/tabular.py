"""CSV/TSV files (optionally gzipped, or inside a ``.zip``): one article a row.

The text column is found by name (``fields.ROLES``), else it is the string column
with the longest average value; title, URL, date, outlet and author columns are
found by name. Rows stream one at a time and are numbered from 1 after the
header (``file#N``, blank lines not counted). A file without a header row
(its first row already holds prose) is read by position.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from itertools import chain, islice
from typing import TypeVar

from allegiance.errors import InputRejected, Reason, UnreadableInput
from allegiance.ingest.decode import stream_encoding
from allegiance.ingest.fields import from_values, resolve_fields
from allegiance.ingest.jsonl import read_jsonl_stream
from allegiance.ingest.streams import (
    ByteStream,
    Item,
    file_cap,
    format_suffix,
    open_binary,
    rejection,
    stream_error,
)
from allegiance.records import Rejection
from allegiance.settings import Settings

T = TypeVar("T")
Opener = Callable[[], AbstractContextManager[ByteStream]]

_SAMPLE_BYTES = 65_536
_DELIMITERS = (",", "\t", ";", "|")
# Rows looked at to choose a text column when none is named.
_SAMPLE_ROWS = 100
# A column whose values average fewer characters than this holds labels or ids, not articles.
_MIN_TEXT_AVERAGE = 40
# A header cell is a short name; a first row with a cell this long is already data.
_MAX_HEADER_CELL = 100
_TABLE_SUFFIXES = (".csv", ".tsv")
_ZIP_MEMBER_SUFFIXES = (*_TABLE_SUFFIXES, ".jsonl", ".ndjson")


def read_csv(path: str, settings: Settings) -> Iterator[Item]:
    """Stream the rows of a ``.csv``/``.tsv`` file (optionally gzipped) as documents."""
    yield from _read_table(lambda: open_binary(path), path, format_suffix(path), settings)


def read_zip(path: str, settings: Settings) -> Iterator[Item]:
    """Read the CSV, TSV and JSONL members of a ``.zip`` archive.

    Records are ``archive#N`` when the archive holds one such member, else
    ``archive!member#N``.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, EOFError, zlib.error, zipfile.BadZipFile) as exc:
        yield _zip_rejection(path, exc)
        return
    with archive:
        members = [
            info for info in archive.infolist()
            if not info.is_dir() and format_suffix(info.filename) in _ZIP_MEMBER_SUFFIXES
            # hidden members and macOS forks are skipped; "../x.csv" is only a name here
            # (nothing is extracted), so it is read like any other
            and not any(part.startswith((".", "__MACOSX")) and part not in (".", "..")
                        for part in info.filename.split("/"))
        ]
        if not members:
            yield Rejection(path, Reason.UNSUPPORTED_FORMAT,
                            "the archive holds no .csv, .tsv or .jsonl file")
            return
        for info in members:
            where = path if len(members) == 1 else f"{path}!{info.filename}"
            try:
                if format_suffix(info.filename) in _TABLE_SUFFIXES:
                    yield from _read_table(_member(archive, info), where,
                                           format_suffix(info.filename), settings)
                else:
                    with archive.open(info) as stream:
                        yield from read_jsonl_stream(stream, where, settings)
            except (OSError, EOFError, zlib.error, zipfile.BadZipFile, RuntimeError) as exc:
                yield _zip_rejection(where, exc)


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Opener:
    return lambda: archive.open(info)


def _zip_rejection(where: str, exc: BaseException) -> Rejection:
    if isinstance(exc, zipfile.BadZipFile):
        return Rejection(where, Reason.UNDECODABLE, f"invalid zip archive ({exc})")
    if isinstance(exc, RuntimeError):
        # zipfile raises RuntimeError for encrypted members.
        return Rejection(where, Reason.UNSUPPORTED_FORMAT, f"cannot open zip member ({exc})")
    return rejection(where, stream_error(exc))


def _read_table(opener: Opener, source: str, suffix: str, settings: Settings) -> Iterator[Item]:
    _set_field_limit(file_cap(settings))
    try:
        with opener() as raw:
            sample, cut = _read_sample(raw)
            encoding = stream_encoding(sample)
            delimiter = "\t" if suffix == ".tsv" else _sniff_delimiter(sample, encoding)
            rest = io.BufferedReader(_Prepend(sample, raw, cut))
            # Undecodable bytes deep in a large file become U+FFFD rather than
            # costing every row after them.
            with io.TextIOWrapper(rest, encoding=encoding, errors="replace", newline="") as text:
                reader = csv.reader(text, delimiter=delimiter)
                yield from _rows_to_items(_hold_last(_non_blank(reader)), source)
    except InputRejected as exc:
        yield rejection(source, exc)
    except (OSError, EOFError, zlib.error) as exc:
        yield rejection(source, stream_error(exc))


def _rows_to_items(rows: Iterator[list[str]], source: str) -> Iterator[Item]:
    number = 0
    try:
        first = next(rows, None)
        if first is None:
            yield Rejection(source, Reason.EMPTY, "the table has no rows")
            return
        if _is_header(first):
            header = first
        else:
            header = [f"column{i + 1}" for i in range(len(first))]
            rows = chain([first], rows)
        roles = {role: header.index(name) for role, name in resolve_fields(header).items()}
        sample: list[list[str]] = []
        if "text" not in roles and "html" not in roles:
            sample = list(islice(rows, _SAMPLE_ROWS))
            column = _longest_column(sample, exclude=set(roles.values()))
            if column is None:
                yield Rejection(source, Reason.NO_TEXT_FIELD,
                                f"no text column: none is named like one ({', '.join(header[:8])})"
                                f" and no column averages {_MIN_TEXT_AVERAGE} characters")
                return
            roles["text"] = column
        for row in chain(sample, rows):
            number += 1
            values = {role: row[i] for role, i in roles.items() if i < len(row)}
            yield from_values(values, f"{source}#{number}")
    except csv.Error as exc:
        # After a parse error csv resumes at the next line, which may sit inside a
        # quoted field; rows read from there would be fragments, so reading stops.
        reason = Reason.TOO_LARGE if "field limit" in str(exc) else Reason.MALFORMED_RECORD
        yield Rejection(f"{source}#{number + 1}", reason,
                        f"bad CSV row ({exc}); this row and the rest of the table are not read")
        return
    except EOFError as exc:
        raise UnreadableInput(
            f"compressed stream ends early; rows from #{number + 1} on are lost",
            code=Reason.TRUNCATED) from exc
    if number == 0:
        yield Rejection(source, Reason.EMPTY, "the table has a header but no rows")


def _non_blank(reader: Iterator[list[str]]) -> Iterator[list[str]]:
    return (row for row in reader if any(cell.strip() for cell in row))


def _hold_last(items: Iterator[T]) -> Iterator[T]:
    """Yield one item behind: when the stream breaks, the partial item being read is dropped."""
    pending: list[T] = []
    try:
        for item in items:
            if pending:
                yield pending.pop()
            pending.append(item)
    except EOFError:
        raise
    except Exception:
        # Only a broken stream can leave the held item partial; after any other
        # failure it is whole and still passed on.
        yield from pending
        raise
    yield from pending


def _is_header(row: list[str]) -> bool:
    if resolve_fields(row).keys() & {"text", "html"}:
        return True
    return all(len(cell) <= _MAX_HEADER_CELL for cell in row)


def _longest_column(rows: list[list[str]], exclude: set[int]) -> int | None:
    totals: dict[int, int] = {}
    count = 0
    for row in rows:
        count += 1
        for i, cell in enumerate(row):
            if i not in exclude:
                totals[i] = totals.get(i, 0) + len(cell)
    if not totals or count == 0:
        return None
    column = max(totals, key=lambda i: (totals[i], -i))
    return column if totals[column] / count >= _MIN_TEXT_AVERAGE else None


def _read_sample(raw: ByteStream) -> tuple[bytes, bool]:
    """The first bytes of a stream, and whether the stream broke (EOFError) while reading them."""
    parts: list[bytes] = []
    size = 0
    while size < _SAMPLE_BYTES:
        try:
            # Small reads: a gzip read that hits a cut loses the whole read's data.
            part = raw.read(8192)
        except EOFError:
            return b"".join(parts), True
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts), False


def _sniff_delimiter(sample: bytes, encoding: str) -> str:
    first_line = sample.decode(encoding, errors="replace").split("\n", 1)[0]
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _set_field_limit(limit: int) -> None:
    # csv's default 128 KiB field limit rejects long articles; the cap for whole
    # text files bounds memory instead. The limit is process-wide, so it is set
    # on every table read to the settings in force.
    csv.field_size_limit(max(limit, 131_072))


class _Prepend(io.RawIOBase):
    """A raw stream that replays ``head`` and then reads on from ``rest``.

    ``cut``: the stream already broke after ``head``; reading past it raises ``EOFError``.
    """

    def __init__(self, head: bytes, rest: ByteStream, cut: bool) -> None:
        self._head = memoryview(head)
        self._rest = rest
        self._cut = cut

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head.nbytes:
            n = min(len(buffer), self._head.nbytes)
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self._cut:
            raise EOFError("compressed stream ends early")
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
