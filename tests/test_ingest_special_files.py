"""Inputs that are no ordinary file (issue 11): named pipes and devices are rejected
with a reason instead of hanging the run, a file name that is not UTF-8 is read and
stored under a printable name, and folders that cannot be read say so."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from allegiance.errors import Reason
from allegiance.ingest import printable_path, read_input
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

_TEXT = ("Turkish troops attacked Kurdish positions near the border on Sunday, the army said "
         "in a statement. The militia denied the claim and said it had repelled the assault.")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_is_rejected_not_read(tmp_path: Path) -> None:
    pipe = tmp_path / "feed.jsonl"
    os.mkfifo(pipe)
    got = list(read_input(str(pipe), Settings()))
    assert [(type(r), getattr(r, "reason", None)) for r in got] == [(Rejection, Reason.NOT_A_FILE)]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_a_link_to_an_endless_device_is_rejected(tmp_path: Path) -> None:
    link = tmp_path / "endless.txt"
    link.symlink_to("/dev/zero")
    got = list(read_input(str(link), Settings()))
    assert len(got) == 1 and isinstance(got[0], Rejection)
    assert got[0].reason is Reason.NOT_A_FILE


def test_a_folder_with_a_pipe_still_reads_its_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(_TEXT, encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "b.txt")
    got = list(read_input(str(tmp_path), Settings()))
    assert sum(isinstance(r, RawDocument) for r in got) == 1


def test_a_file_name_that_is_not_utf8_is_read_under_a_printable_name(tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/caf\xff.txt"
    try:
        with open(raw, "wb") as fh:
            fh.write(_TEXT.encode("utf-8"))
    except (OSError, ValueError):
        pytest.skip("the file system refuses non-UTF-8 names")
    name = os.fsdecode(raw)
    got = list(read_input(name, Settings()))
    assert len(got) == 1 and isinstance(got[0], RawDocument)
    assert got[0].source_path == printable_path(name)
    got[0].source_path.encode("utf-8")  # storable and printable
    assert "\ufffd" in got[0].source_path


def test_printable_path_keeps_utf8_names() -> None:
    assert printable_path("/data/café/اخبار.txt") == "/data/café/اخبار.txt"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="permissions do not bind root")
def test_an_unreadable_folder_is_a_rejection(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "a.txt").write_text(_TEXT, encoding="utf-8")
    locked.chmod(0)
    try:
        got = list(read_input(str(tmp_path), Settings()))
    finally:
        locked.chmod(0o755)
    reasons = [r.reason for r in got if isinstance(r, Rejection)]
    assert Reason.UNREADABLE in reasons
    assert sum(isinstance(r, RawDocument) for r in got) == 1


def test_a_zip_member_named_with_dot_dot_is_read_not_skipped(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "wire.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("../items.csv", 'text\n"' + _TEXT + '"\n')
        z.writestr(".hidden.csv", 'text\n"' + _TEXT + '"\n')
    got = list(read_input(str(archive), Settings()))
    assert [type(r) for r in got] == [RawDocument]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_bom_is_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(_TEXT.encode(codec))
    got = list(read_input(str(path), Settings()))
    assert len(got) == 1 and isinstance(got[0], RawDocument)
    assert got[0].text is not None and got[0].text.startswith("Turkish troops")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32"])
def test_jsonl_in_utf16_or_utf32_is_read_line_by_line(tmp_path: Path, codec: str) -> None:
    import json

    path = tmp_path / "wire.jsonl"
    lines = [json.dumps({"text": _TEXT, "id": "a"}), json.dumps({"text": _TEXT + " Later.",
                                                                 "id": "b"})]
    path.write_bytes(("\n".join(lines) + "\n").encode(codec))
    got = list(read_input(str(path), Settings()))
    assert [type(r) for r in got] == [RawDocument, RawDocument]


def test_binary_with_nul_bytes_is_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 40)
    got = list(read_input(str(path), Settings()))
    assert len(got) == 1 and isinstance(got[0], Rejection) and got[0].reason is Reason.BINARY
