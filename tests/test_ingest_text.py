"""Plain-text files, gzip variants, size caps, missing paths and unknown extensions."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from allegiance.errors import Reason
from allegiance.ingest import read_input
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

ARTICLE = ("Iraqi officials said on Monday that talks with the armed factions would resume.\n\n"
           "The factions, several of them backed by Iran, have resisted calls to disarm.\n")


def _items(path: Path | str, settings: Settings | None = None) -> list[RawDocument | Rejection]:
    return list(read_input(str(path), settings or Settings()))


def test_ingest_text_file_is_one_document(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert _items(path) == [RawDocument(source_path=str(path), text=ARTICLE)]


def test_ingest_text_gzipped_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    assert _items(path) == [RawDocument(source_path=str(path), text=ARTICLE)]


def test_ingest_text_truncated_gzip(tmp_path: Path) -> None:
    data = gzip.compress((ARTICLE * 200).encode("utf-8"))
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    [item] = _items(path)
    assert isinstance(item, Rejection)
    assert item.reason is Reason.TRUNCATED


def test_ingest_text_gz_that_is_not_gzip(tmp_path: Path) -> None:
    path = tmp_path / "fake.txt.gz"
    path.write_bytes(ARTICLE.encode())
    [item] = _items(path)
    assert isinstance(item, Rejection)
    assert item.reason is Reason.UNDECODABLE


def test_ingest_text_too_large(tmp_path: Path) -> None:
    settings = Settings(extra={"max_file_bytes": 1000})
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 20, encoding="utf-8")
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a " * 100_000))
    for path in (big, bomb):
        [item] = _items(path, settings)
        assert isinstance(item, Rejection)
        assert item.reason is Reason.TOO_LARGE


def test_ingest_text_default_cap_is_50_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50_000_001)
    [item] = _items(path)
    assert isinstance(item, Rejection)
    assert item.reason is Reason.TOO_LARGE


def test_ingest_text_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert _items(missing) == [Rejection(str(missing), Reason.NOT_FOUND, "no such file or folder")]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("blob.bin", bytes(range(256)) * 8, Reason.BINARY),
        ("doc.pdf", b"%PDF-1.7\n" + b"\x00\x01" * 100, Reason.UNSUPPORTED_FORMAT),
        ("archive.7z", b"7z\xbc\xaf\x27\x1c" + b"\x00" * 50, Reason.UNSUPPORTED_FORMAT),
        ("image.jpg", b"\xff\xd8\xff\xe0" + b"\x10" * 50, Reason.UNSUPPORTED_FORMAT),
    ],
)
def test_ingest_text_unknown_binaries(tmp_path: Path, name: str, data: bytes,
                                      reason: Reason) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [item] = _items(path)
    assert isinstance(item, Rejection)
    assert item.reason is reason


def test_ingest_text_unknown_text_extension_reads_as_text(tmp_path: Path) -> None:
    path = tmp_path / "NOTES"
    path.write_text(ARTICLE, encoding="utf-8")
    assert _items(path) == [RawDocument(source_path=str(path), text=ARTICLE)]


def test_ingest_text_folder_input_reads_every_file(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    paths = [i.source_path for i in _items(tmp_path)]
    assert paths == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.txt")]
