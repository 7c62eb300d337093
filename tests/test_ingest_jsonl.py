"""JSON Lines (and .json): one article a line, bad lines rejected alone, gzip truncation."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from allegiance.errors import Reason
from allegiance.ingest import read_input
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

TEXT = "Iran-backed militias attacked a US base in Syria on Monday, the Pentagon said."
HTML = ("<html><head><title>Page title</title></head><body><article><h1>Strikes hit depot</h1>"
        "<p>Warplanes struck a weapons depot used by armed groups near the border on Tuesday, "
        "local officials said, in the second such raid this month.</p>"
        "<p>No group has claimed the attack, which the ministry condemned in a statement.</p>"
        "</article></body></html>")


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


def _items(path: Path, settings: Settings | None = None) -> list[RawDocument | Rejection]:
    return list(read_input(str(path), settings or Settings()))


def test_ingest_jsonl_records_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        _line(text=TEXT, title="Base attacked", url="https://e.com/1", published="March 2019",
              outlet="Wire", author=["A. Writer", "B. Reporter"])
        + _line(Body=TEXT, source={"id": "w", "name": "Wire Service"}, date="2019-03-04T10:00:00Z"),
        encoding="utf-8")
    first, second = _items(path)
    assert first == RawDocument(source_path=f"{path}#1", text=TEXT, title="Base attacked",
                                url="https://e.com/1", published="2019-03", outlet="Wire",
                                author="A. Writer; B. Reporter")
    assert isinstance(second, RawDocument)
    assert second.source_path == f"{path}#2"
    assert second.text == TEXT
    assert second.outlet == "Wire Service"
    assert second.published == "2019-03-04"


def test_ingest_jsonl_malformed_line_in_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        _line(text=TEXT) + "{oops not json\n" + "\n" + '["a", "list"]\n' + _line(title="no body")
        + _line(text="   ") + _line(text=TEXT + " Again."),
        encoding="utf-8")
    items = _items(path)
    kinds = [(i.source_path.rsplit("#", 1)[1],
              i.reason.value if isinstance(i, Rejection) else "doc") for i in items]
    assert kinds == [("1", "doc"), ("2", "malformed_record"), ("4", "malformed_record"),
                     ("5", "no_text_field"), ("6", "empty"), ("7", "doc")]
    last = items[-1]
    assert isinstance(last, RawDocument) and last.text == TEXT + " Again."


def test_ingest_jsonl_html_field_goes_through_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(_line(html=HTML, title="Given title", url="https://e.com/p")
                    + _line(html="<html><body></body></html>"), encoding="utf-8")
    doc, empty = _items(path)
    assert isinstance(doc, RawDocument)
    assert doc.html is None
    assert doc.text is not None and "Warplanes struck a weapons depot" in doc.text
    assert doc.title == "Given title"
    assert doc.url == "https://e.com/p"
    assert isinstance(empty, Rejection) and empty.reason is Reason.NOT_AN_ARTICLE
    assert empty.source_path == f"{path}#2"


def test_ingest_jsonl_gzip_and_truncated_gzip(tmp_path: Path) -> None:
    lines = "".join(_line(text=f"{TEXT} Report number {i}.") for i in range(400)).encode()
    whole = tmp_path / "all.jsonl.gz"
    whole.write_bytes(gzip.compress(lines))
    assert len(_items(whole)) == 400
    cut = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(lines)
    cut.write_bytes(data[: len(data) // 2])
    items = _items(cut)
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert 0 < len(docs) < 400
    assert all(i.text and i.text.endswith(".") for i in docs)
    assert [i.source_path for i in docs] == [f"{cut}#{n}" for n in range(1, len(docs) + 1)]
    tail = items[len(docs):]
    assert tail == [tail[0]]
    assert isinstance(tail[0], Rejection) and tail[0].reason is Reason.TRUNCATED


def test_ingest_jsonl_overlong_line_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(_line(text="x " * 5000) + _line(text=TEXT), encoding="utf-8")
    items = _items(path, Settings(fetch_max_bytes=2000))
    assert isinstance(items[0], Rejection) and items[0].reason is Reason.TOO_LARGE
    assert items[0].source_path == f"{path}#1"
    assert items[1] == RawDocument(source_path=f"{path}#2", text=TEXT)


def test_ingest_jsonl_bom_and_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    text = "Le ministre a déclaré que les négociations reprendront à Genève la semaine prochaine."
    path.write_bytes(b"\xef\xbb\xbf" + _line(text=TEXT).encode()
                     + _line(text=text).encode("cp1252"))
    first, second = _items(path)
    assert first == RawDocument(source_path=f"{path}#1", text=TEXT)
    assert isinstance(second, RawDocument) and second.text == text


def test_ingest_json_object_array_and_lines(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": TEXT, "title": "T"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": TEXT}, 7, {"content": TEXT}]), encoding="utf-8")
    lines = tmp_path / "lines.json"
    lines.write_text(_line(text=TEXT) * 2, encoding="utf-8")
    assert _items(one) == [RawDocument(source_path=str(one), text=TEXT, title="T")]
    got = _items(many)
    assert [i.source_path for i in got] == [f"{many}#1", f"{many}#2", f"{many}#3"]
    assert isinstance(got[1], Rejection) and got[1].reason is Reason.MALFORMED_RECORD
    assert [i.source_path for i in _items(lines)] == [f"{lines}#1", f"{lines}#2"]


def test_ingest_jsonl_paragraph_lists_and_pages_in_the_text_field(tmp_path: Path) -> None:
    path = tmp_path / "shapes.jsonl"
    path.write_text(_line(text=["First paragraph.", " ", "Second paragraph."])
                    + _line(content=HTML), encoding="utf-8")
    paragraphs, page = _items(path)
    assert isinstance(paragraphs, RawDocument)
    assert paragraphs.text == "First paragraph.\n\nSecond paragraph."
    assert isinstance(page, RawDocument)
    assert page.text is not None and "Warplanes struck a weapons depot" in page.text
    assert "<p>" not in page.text
    assert page.title in {"Page title", "Strikes hit depot"}


def test_ingest_jsonl_lone_surrogate_escapes_become_replacement_chars(tmp_path: Path) -> None:
    path = tmp_path / "surrogates.jsonl"
    path.write_text('{"text": "Talks \\ud83d resumed \\ud83d\\ude00 today", "title": "\\udc00"}\n',
                    encoding="utf-8")
    [doc] = _items(path)
    assert isinstance(doc, RawDocument)
    assert doc.text == "Talks \ufffd resumed \U0001f600 today"
    assert doc.title == "\ufffd"
    assert doc.text.encode("utf-8")


def test_a_text_field_holding_a_number_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(_line(text=42) + _line(text=True) + _line(text=TEXT), encoding="utf-8")
    items = _items(path)
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert [r.reason for r in rejected] == [Reason.MALFORMED_RECORD, Reason.MALFORMED_RECORD]
    assert "number" in rejected[0].detail and "boolean" in rejected[1].detail
    assert [i.text for i in items if isinstance(i, RawDocument)] == [TEXT]
