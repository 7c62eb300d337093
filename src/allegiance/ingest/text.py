"""Plain-text files: one file, one document."""

from __future__ import annotations

from collections.abc import Iterator

from allegiance.errors import InputRejected
from allegiance.ingest.decode import decode_bytes
from allegiance.ingest.streams import Item, file_cap, read_file_bytes, rejection
from allegiance.records import RawDocument
from allegiance.settings import Settings


def read_text_file(path: str, settings: Settings) -> Iterator[Item]:
    """Read one text file (optionally gzipped) as one document, detecting its encoding."""
    try:
        text = decode_bytes(read_file_bytes(path, file_cap(settings)))
    except InputRejected as exc:
        yield rejection(path, exc)
        return
    yield RawDocument(source_path=path, text=text)
