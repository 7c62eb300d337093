"""Opening local inputs: gzip streams, size caps, and turning I/O failures into reasons.

Every reader yields ``Item``s. Failures inside helpers are raised as the
``InputRejected`` family (``errors.py``) and turned into a ``Rejection`` at the
reader's boundary, so a bad input never stops a run.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol, TypeAlias

from allegiance.errors import AllegianceError, InputRejected, Reason, UnreadableInput
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

Item: TypeAlias = RawDocument | Rejection


class ByteStream(Protocol):
    """What the readers need of an open byte stream (a file, a gzip or zip member stream)."""

    def read(self, size: int = ..., /) -> bytes:
        """Read at most ``size`` bytes (all if negative)."""
        ...

    def readline(self, size: int = ..., /) -> bytes:
        """Read one line of at most ``size`` bytes."""
        ...

#: Largest whole-file text input (``.txt``, ``.html``) read into memory. News
#: articles are kilobytes; 50 MB leaves room for bloated pages while bounding memory.
#: ``Settings.extra["max_file_bytes"]`` overrides it.
MAX_FILE_BYTES = 50_000_000

#: Bytes read from the head of a file to decide what it is.
HEAD_BYTES = 8192


def file_cap(settings: Settings) -> int:
    """The size cap for whole-file text inputs under these settings."""
    value = settings.extra.get("max_file_bytes", MAX_FILE_BYTES)
    return int(value) if isinstance(value, (int, float, str)) else MAX_FILE_BYTES


def is_gzip(path: str) -> bool:
    """Whether the path names a gzip-compressed file (by its ``.gz`` extension)."""
    return path.lower().endswith(".gz")


def format_suffix(path: str) -> str:
    """The lower-case format extension of ``path``, looking through ``.gz``.

    ``news.jsonl.gz`` -> ``.jsonl``; ``page.HTML`` -> ``.html``; no extension -> ``""``.
    """
    name = os.path.basename(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    _, suffix = os.path.splitext(name)
    return suffix


@contextmanager
def open_binary(path: str) -> Iterator[ByteStream]:
    """Open ``path`` for reading bytes, decompressing on the fly when it ends in ``.gz``."""
    with open(path, "rb") as raw:
        if is_gzip(path):
            with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
                yield unzipped
        else:
            yield raw


def read_capped(stream: ByteStream, limit: int, what: str = "input") -> bytes:
    """Read all of ``stream`` but refuse (``TOO_LARGE``) more than ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise UnreadableInput(f"{what} is larger than {limit:,} bytes", code=Reason.TOO_LARGE)
    return data


def read_file_bytes(path: str, limit: int) -> bytes:
    """All bytes of a local file (decompressed if ``.gz``), at most ``limit`` of them."""
    try:
        if not is_gzip(path) and os.path.getsize(path) > limit:
            raise UnreadableInput(f"file is larger than {limit:,} bytes", code=Reason.TOO_LARGE)
        with open_binary(path) as stream:
            return read_capped(stream, limit, "file")
    except (OSError, EOFError, zlib.error) as exc:
        raise stream_error(exc) from exc


def read_head(path: str) -> bytes:
    """The first bytes of a local file (decompressed if ``.gz``) to sniff its format."""
    try:
        with open_binary(path) as stream:
            return stream.read(HEAD_BYTES)
    except (OSError, EOFError, zlib.error) as exc:
        raise stream_error(exc) from exc


def stream_error(exc: BaseException) -> InputRejected:
    """The rejection an I/O or decompression failure stands for."""
    if isinstance(exc, EOFError):
        return UnreadableInput(f"compressed stream ends early ({exc})", code=Reason.TRUNCATED)
    if isinstance(exc, gzip.BadGzipFile):
        return UnreadableInput(f"invalid gzip data ({exc})", code=Reason.UNDECODABLE)
    if isinstance(exc, zlib.error):
        return UnreadableInput(f"corrupt compressed data ({exc})", code=Reason.UNDECODABLE)
    if isinstance(exc, FileNotFoundError):
        return UnreadableInput("no such file", code=Reason.NOT_FOUND)
    if isinstance(exc, IsADirectoryError):
        return UnreadableInput("is a directory", code=Reason.UNSUPPORTED_FORMAT)
    # There is no separate reason for a file that exists but cannot be opened
    # (permissions, device errors); "not found" is the nearest stable code.
    return UnreadableInput(f"cannot read file ({exc.__class__.__name__}: {exc})",
                           code=Reason.NOT_FOUND)


def rejection(source_path: str, exc: AllegianceError) -> Rejection:
    """The ``Rejection`` record for an error raised while reading ``source_path``."""
    return Rejection(source_path=source_path, reason=exc.code, detail=exc.message)
