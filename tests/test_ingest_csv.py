"""CSV/TSV tables (plain, gzipped, zipped): finding the text column, one article a row."""

from __future__ import annotations

import csv
import gzip
import io
import json
import zipfile
from pathlib import Path

from allegiance.errors import Reason
from allegiance.ingest import read_input
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

TEXT = "Turkish forces shelled positions of the SDF near Manbij on Sunday, a monitor said."


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _items(path: Path) -> list[RawDocument | Rejection]:
    return list(read_input(str(path), Settings()))


def test_ingest_csv_named_columns(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(_csv([["ID", "Headline", "Article Text", "Publish Date", "Publisher", "Link"],
                          ["7", "Shelling near Manbij", TEXT, "December 31, 2017 ", "Wire",
                           "https://e.com/7"],
                          ["8", "", "", "", "", ""],
                          ["9", "Second", TEXT + " More.", "bad date", "", ""]]),
                    encoding="utf-8")
    first, empty, third = _items(path)
    assert first == RawDocument(source_path=f"{path}#1", text=TEXT, title="Shelling near Manbij",
                                url="https://e.com/7", published="2017-12-31", outlet="Wire",
                                record_id="7")
    assert isinstance(empty, Rejection) and empty.reason is Reason.EMPTY
    assert empty.source_path == f"{path}#2"
    assert isinstance(third, RawDocument)
    assert third.published is None and third.outlet is None and third.title == "Second"


def test_ingest_csv_longest_column_when_none_is_named(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(_csv([["id", "label", "blurb", "title"],
                          ["1", "conflict", TEXT, "A"], ["2", "conflict", TEXT + " Two.", "B"]]),
                    encoding="utf-8")
    docs = _items(path)
    assert [d.text for d in docs if isinstance(d, RawDocument)] == [TEXT, TEXT + " Two."]
    assert [d.title for d in docs if isinstance(d, RawDocument)] == ["A", "B"]


def test_ingest_csv_without_any_text_column(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    path.write_text(_csv([["id", "label"], ["1", "a"], ["2", "b"]]), encoding="utf-8")
    [item] = _items(path)
    assert isinstance(item, Rejection)
    assert item.reason is Reason.NO_TEXT_FIELD
    assert item.source_path == str(path)


def test_ingest_csv_headerless_tsv_and_semicolons(tmp_path: Path) -> None:
    tsv = tmp_path / "plain.tsv"
    tsv.write_text(_csv([[TEXT + " " + TEXT, "1"], [TEXT, "0"]], delimiter="\t"), encoding="utf-8")
    assert [getattr(d, "text", None) for d in _items(tsv)] == [TEXT + " " + TEXT, TEXT]
    semi = tmp_path / "semi.csv"
    semi.write_text(_csv([["title", "text"], ["T; one", TEXT + ", with commas"]], delimiter=";"),
                    encoding="utf-8")
    assert _items(semi) == [RawDocument(source_path=f"{semi}#1", text=TEXT + ", with commas",
                                        title="T; one")]


def test_ingest_csv_large_field_and_legacy_encoding(tmp_path: Path) -> None:
    big = "Les négociations reprendront à Genève. " * 8000
    path = tmp_path / "big.csv"
    path.write_bytes(_csv([["title", "text"], ["Genève", big]]).encode("cp1252"))
    [doc] = _items(path)
    assert isinstance(doc, RawDocument)
    assert doc.text == big.strip()
    assert doc.title == "Genève"
    assert len(big) > 131_072


def test_ingest_csv_gzip_and_truncated_gzip(tmp_path: Path) -> None:
    rows = [["title", "text"]] + [[f"T{i}", f"{TEXT} Row {i} ends here."] for i in range(1, 801)]
    data = gzip.compress(_csv(rows).encode())
    whole = tmp_path / "all.csv.gz"
    whole.write_bytes(data)
    assert len(_items(whole)) == 800
    cut = tmp_path / "cut.csv.gz"
    cut.write_bytes(data[: len(data) // 2])
    items = _items(cut)
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert 0 < len(docs) < 800
    # The row being read when the stream broke is never passed on half-read.
    assert all(d.text and d.text.endswith("ends here.") for d in docs)
    assert isinstance(items[-1], Rejection) and items[-1].reason is Reason.TRUNCATED
    assert len(items) == len(docs) + 1


def test_ingest_csv_html_column(tmp_path: Path) -> None:
    html = ("<html><body><article><p>Warplanes struck a weapons depot used by armed groups near "
            "the border on Tuesday, local officials said, in the second raid this month.</p>"
            "</article></body></html>")
    path = tmp_path / "pages.csv"
    path.write_text(_csv([["url", "html"], ["https://e.com/x", html]]), encoding="utf-8")
    [doc] = _items(path)
    assert isinstance(doc, RawDocument)
    assert doc.text is not None and "Warplanes struck" in doc.text
    assert doc.url == "https://e.com/x"


def test_ingest_csv_zip_archives(tmp_path: Path) -> None:
    table = _csv([["title", "text"], ["One", TEXT]])
    single = tmp_path / "one.csv.zip"
    with zipfile.ZipFile(single, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("data/news.csv", table)
        z.writestr("__MACOSX/data/._news.csv", "junk")
        z.writestr("README", "not data")
    assert _items(single) == [RawDocument(source_path=f"{single}#1", text=TEXT, title="One")]
    double = tmp_path / "two.zip"
    with zipfile.ZipFile(double, "w") as z:
        z.writestr("a.csv", table)
        z.writestr("b.jsonl", json.dumps({"text": TEXT}) + "\n")
    assert [i.source_path for i in _items(double)] == [f"{double}!a.csv#1", f"{double}!b.jsonl#1"]
    nothing = tmp_path / "nothing.zip"
    with zipfile.ZipFile(nothing, "w") as z:
        z.writestr("image.png", b"\x89PNG")
    [item] = _items(nothing)
    assert isinstance(item, Rejection) and item.reason is Reason.UNSUPPORTED_FORMAT
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip file")
    [item] = _items(broken)
    assert isinstance(item, Rejection) and item.reason is Reason.UNDECODABLE


def test_ingest_csv_empty_and_binary_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(gzip.compress(b"title,text\n"))
    [e] = _items(empty)
    [b] = _items(binary)
    assert isinstance(e, Rejection) and e.reason is Reason.EMPTY
    assert isinstance(b, Rejection) and b.reason is Reason.BINARY


def test_ingest_csv_oversize_field_stops_the_table(tmp_path: Path) -> None:
    path = tmp_path / "huge-field.csv"
    path.write_text(_csv([["title", "text"], ["One", TEXT],
                          ["Two", "long line of text\n" * 12_000], ["Three", TEXT]]),
                    encoding="utf-8")
    items = list(read_input(str(path), Settings(extra={"max_file_bytes": 1000})))
    assert items[0] == RawDocument(source_path=f"{path}#1", text=TEXT, title="One")
    assert items[1:] == [items[1]]
    assert isinstance(items[1], Rejection)
    assert items[1].reason is Reason.TOO_LARGE
    assert items[1].source_path == f"{path}#2"
    # The process-wide limit follows the settings of the next read.
    [doc] = [i for i in _items(path) if isinstance(i, RawDocument) and i.title == "Two"]
    assert doc.text is not None and doc.text.count("long line") == 12_000
