"""WARC archives: HTML/text responses become documents, streamed record by record."""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from allegiance.errors import Reason
from allegiance.ingest import read_input
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

PAGE = ("<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>"
        "<article><h1>{title}</h1><p>Armed groups backed by Iran attacked positions held by rival "
        "fighters on Friday, officials in the Iraqi capital said. The clashes lasted hours.</p>"
        "<p>The government has sought to bring the groups under state control for years, with "
        "mixed results so far, analysts said.</p></article></body></html>")


def _page(title: str) -> bytes:
    return PAGE.replace("{title}", title).encode("utf-8")


class Archive:
    """A WARC file under construction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh = path.open("wb")
        self._writer = WARCWriter(self._fh, gzip=path.name.endswith(".gz"))

    def response(self, uri: str, body: bytes, content_type: str = "text/html; charset=utf-8",
                 status: str = "200 OK") -> None:
        headers = StatusAndHeaders(status, [("Content-Type", content_type),
                                            ("Content-Length", str(len(body)))],
                                   protocol="HTTP/1.1")
        # A known payload length keeps warcio from spooling the body to a temporary file.
        self._writer.write_record(self._writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers))

    def record(self, uri: str, kind: str, body: bytes, content_type: str) -> None:
        self._writer.write_record(self._writer.create_warc_record(
            uri, kind, payload=io.BytesIO(body), length=len(body),
            warc_content_type=content_type))

    def info(self) -> None:
        self._writer.write_record(self._writer.create_warcinfo_record("x.warc", {"software": "t"}))

    def close(self) -> Path:
        self._fh.close()
        return self.path


def _sample(path: Path) -> Path:
    warc = Archive(path)
    warc.info()                                                          # 1
    warc.record("https://e.com/a", "request", b"GET /a HTTP/1.1\r\n\r\n",
                "application/http; msgtype=request")                     # 2
    warc.response("https://e.com/a", _page("First page"))                # 3
    warc.response("https://e.com/gone", _page("Gone"), status="404 Not Found")  # 4
    warc.response("https://e.com/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
                  content_type="image/png")                              # 5
    warc.response("https://e.com/b", _page("Second page").decode().encode("cp1252"),
                  content_type="text/html; charset=windows-1252")        # 6
    warc.record("https://e.com/c.txt", "resource",
                b"Officials said the talks in Geneva would resume on Monday.", "text/plain")  # 7
    warc.record("https://e.com/d", "conversion",
                b"Extracted text of a page about the ceasefire.", "text/plain")  # 8
    return warc.close()


def _items(path: Path, settings: Settings | None = None) -> list[RawDocument | Rejection]:
    return list(read_input(str(path), settings or Settings()))


def test_ingest_warc_reads_html_and_text_records(tmp_path: Path) -> None:
    for name in ("crawl.warc", "crawl.warc.gz"):
        path = _sample(tmp_path / name)
        items = _items(path)
        assert all(isinstance(i, RawDocument) for i in items), items
        docs = [i for i in items if isinstance(i, RawDocument)]
        assert [d.source_path for d in docs] == [f"{path}#{n}" for n in (3, 6, 7, 8)]
        assert [d.url for d in docs] == ["https://e.com/a", "https://e.com/b",
                                         "https://e.com/c.txt", "https://e.com/d"]
        assert docs[0].title == "First page"
        assert docs[0].text is not None and "Armed groups backed by Iran" in docs[0].text
        assert docs[0].text is not None and "Sport" not in docs[0].text
        assert docs[1].title == "Second page"
        assert docs[2].text == "Officials said the talks in Geneva would resume on Monday."


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
@pytest.mark.parametrize("keep", [0.1, 0.3, 0.5, 0.7, 0.9, 0.97, 0.999])
def test_ingest_warc_cut_short_keeps_records_read(tmp_path: Path, name: str, keep: float) -> None:
    data = _sample(tmp_path / name).read_bytes()
    cut = tmp_path / f"cut-{name}"
    cut.write_bytes(data[: int(len(data) * keep)])
    items = _items(cut)
    *docs, last = items
    assert isinstance(last, Rejection), items
    assert last.reason is Reason.TRUNCATED
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.source_path for d in docs] == [f"{cut}#{n}" for n in (3, 6, 7, 8)][: len(docs)]
    if keep >= 0.9:
        assert len(docs) >= 2


def test_ingest_warc_oversize_record_is_skipped_alone(tmp_path: Path) -> None:
    warc = Archive(tmp_path / "big.warc")
    huge = b"<html><body><p>" + b"word " * 4000 + b"</p></body></html>"
    warc.response("https://e.com/huge", huge)
    warc.response("https://e.com/ok", _page("Small page"))
    items = _items(warc.close(), Settings(fetch_max_bytes=5000))
    assert isinstance(items[0], Rejection) and items[0].reason is Reason.TOO_LARGE
    assert isinstance(items[1], RawDocument) and items[1].title == "Small page"


def test_ingest_warc_without_articles_or_records(tmp_path: Path) -> None:
    warc = Archive(tmp_path / "images.warc")
    warc.response("https://e.com/x.png", b"\x89PNG" + b"\x00" * 10, content_type="image/png")
    [only_images] = _items(warc.close())
    assert isinstance(only_images, Rejection) and only_images.reason is Reason.NOT_AN_ARTICLE
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    [nothing] = _items(empty)
    assert isinstance(nothing, Rejection) and nothing.reason is Reason.EMPTY
    junk = tmp_path / "junk.warc"
    junk.write_text("this is not a web archive\n" * 20, encoding="utf-8")
    [bad] = _items(junk)
    assert isinstance(bad, Rejection) and bad.reason is Reason.MALFORMED_RECORD
    fake_gz = tmp_path / "fake.warc.gz"
    fake_gz.write_bytes(b"WARC/1.0\r\n")
    [not_gzip] = _items(fake_gz)
    assert isinstance(not_gzip, Rejection) and not_gzip.reason is Reason.UNDECODABLE


def test_ingest_warc_sniffed_without_extension(tmp_path: Path) -> None:
    path = _sample(tmp_path / "crawl.warc")
    renamed = path.rename(tmp_path / "crawl.dat")
    assert len([i for i in _items(renamed) if isinstance(i, RawDocument)]) == 4


@pytest.mark.parametrize("name", ["large.warc", "large.warc.gz"])
def test_ingest_warc_streams_a_large_archive(tmp_path: Path, name: str) -> None:
    """~50 MB of records are read in a few MB: bodies are capped and skipped records drained."""
    blob = b"\xff\xd8\xff" + b"\x00" * (8 * 1024 * 1024)
    warc = Archive(tmp_path / name)
    warc.response("https://e.com/first", _page("First"))
    for i in range(5):
        warc.response(f"https://e.com/img{i}.jpg", blob, content_type="image/jpeg")
    warc.response("https://e.com/huge.html", b"<html><body><p>" + blob[3:] + b"</p></body></html>")
    warc.response("https://e.com/last", _page("Last"))
    path = warc.close()
    del blob
    if not name.endswith(".gz"):
        assert path.stat().st_size > 48 * 1024 * 1024
    tracemalloc.start()
    try:
        items = _items(path, Settings(fetch_max_bytes=1_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    kinds = [i.reason.value if isinstance(i, Rejection) else i.title for i in items]
    assert kinds == ["First", "too_large", "Last"]
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"
