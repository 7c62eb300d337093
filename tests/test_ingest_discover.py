"""Expanding inputs: folders recursively and sorted, hidden entries skipped, URLs kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegiance.errors import Reason, UsageError
from allegiance.ingest import discover, iter_documents
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings


def _touch(path: Path, text: str = "Officials said talks would resume on Monday.") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_ingest_discover_expands_folders_sorted(tmp_path: Path) -> None:
    for rel in ("b.txt", "a/z.txt", "a/b/c.txt", "c.html", "A.txt", ".git/x.txt", "a/.cache.txt",
                ".hidden/d/e.txt"):
        _touch(tmp_path / rel)
    found = discover([str(tmp_path)])
    names = [Path(p).relative_to(tmp_path).as_posix() for p in found]
    assert names == ["A.txt", "a/b/c.txt", "a/z.txt", "b.txt", "c.html"]


def test_ingest_discover_keeps_files_urls_and_missing_paths(tmp_path: Path) -> None:
    f = tmp_path / ".explicit.txt"
    _touch(f)
    inputs = [str(f), "https://example.com/a", "HTTP://EXAMPLE.COM/B", str(tmp_path / "gone.txt")]
    assert discover(inputs) == inputs


def test_ingest_discover_lists_each_input_once(tmp_path: Path) -> None:
    _touch(tmp_path / "a.txt")
    assert discover([str(tmp_path), str(tmp_path / "a.txt")]) == [str(tmp_path / "a.txt")]


def test_ingest_discover_nothing_given_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as err:
        discover([])
    assert err.value.code is Reason.USAGE


def test_ingest_discover_empty_folder_gives_nothing(tmp_path: Path) -> None:
    assert discover([str(tmp_path)]) == []


def test_ingest_iter_documents_reads_everything_in_order(tmp_path: Path) -> None:
    _touch(tmp_path / "1.txt", "First article about the ceasefire talks in Baghdad.")
    _touch(tmp_path / "2.txt", "")
    items = list(iter_documents([str(tmp_path), str(tmp_path / "missing.jsonl")], Settings()))
    assert [type(i) for i in items] == [RawDocument, Rejection, Rejection]
    assert isinstance(items[1], Rejection) and items[1].reason is Reason.EMPTY
    assert isinstance(items[2], Rejection) and items[2].reason is Reason.NOT_FOUND
