"""HTML pages: trafilatura main text and metadata, via files and ``from_html``."""

from __future__ import annotations

import gzip
from pathlib import Path

from allegiance.errors import Reason
from allegiance.ingest import read_input
from allegiance.ingest.html import from_html, html_charset
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>Militias clash near Baghdad | Example News</title>
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-11-01T08:00:00Z">
<link rel="canonical" href="https://news.example.com/world/militias-clash"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Militias clash near Baghdad</h1>
<p>Armed groups backed by Iran attacked positions held by rival fighters on Friday, officials
in the Iraqi capital said. The clashes lasted several hours and left the café district shut.</p>
<h2>Background</h2>
<p>The government has sought to bring the groups under state control for years, with mixed
results so far, according to analysts who follow the security forces closely.</p>
<ul><li>Talks between the factions stalled in October.</li>
<li>A ceasefire brokered by tribal leaders collapsed last week.</li></ul>
</article>
<section class="comments"><h3>Comments</h3><p>Reader42: this is all nonsense!!!</p></section>
<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>
"""


def page(charset: str = "utf-8") -> str:
    """A small news page with navigation, an article, comments and a footer."""
    return PAGE.replace("{charset}", charset)


def test_ingest_html_extracts_text_and_metadata() -> None:
    doc = from_html(page(), "page.html")
    assert isinstance(doc, RawDocument)
    assert doc.html is None
    assert doc.text is not None
    assert "Armed groups backed by Iran attacked positions" in doc.text
    assert "Background" in doc.text
    assert "Talks between the factions stalled" in doc.text
    assert "Reader42" not in doc.text
    assert "Sport" not in doc.text
    assert "\n\n" in doc.text
    assert doc.title == "Militias clash near Baghdad"
    assert doc.published == "2024-11-01"
    assert doc.author == "Jane Roe"
    assert doc.outlet == "Example News"
    assert doc.url == "https://news.example.com/world/militias-clash"


def test_ingest_html_given_url_wins_over_canonical() -> None:
    doc = from_html(page(), "x#3", url="https://mirror.example.org/a")
    assert isinstance(doc, RawDocument)
    assert doc.url == "https://mirror.example.org/a"
    assert doc.source_path == "x#3"


def test_ingest_html_without_article_is_not_an_article() -> None:
    for html in ("<html><body></body></html>", "<html><head><title>t</title></head></html>"):
        item = from_html(html, "nav.html")
        assert isinstance(item, Rejection)
        assert item.reason is Reason.NOT_AN_ARTICLE


def test_ingest_html_file_in_legacy_charset(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(page("windows-1252").encode("cp1252"))
    doc = next(read_input(str(path), Settings()))
    assert isinstance(doc, RawDocument)
    assert doc.text is not None and "café district" in doc.text
    assert doc.source_path == str(path)


def test_ingest_html_meta_charset_sniffing() -> None:
    assert html_charset(b'<html><head><meta charset="koi8-r">') == "koi8-r"
    assert html_charset(b'<meta http-equiv="Content-Type" content="text/html; '
                        b'charset=Shift_JIS">') == "Shift_JIS"
    assert html_charset(b"<html><body>no declaration</body></html>") is None


def test_ingest_html_gzipped_and_unknown_extension(tmp_path: Path) -> None:
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(page().encode()))
    odd = tmp_path / "page.download"
    odd.write_text(page(), encoding="utf-8")
    for path in (gz, odd):
        doc = next(read_input(str(path), Settings()))
        assert isinstance(doc, RawDocument), doc
        assert doc.title == "Militias clash near Baghdad"


def test_ingest_html_binary_with_html_extension(tmp_path: Path) -> None:
    path = tmp_path / "scan.html"
    path.write_bytes(b"%PDF-1.5\n" + bytes(range(256)))
    item = next(read_input(str(path), Settings()))
    assert isinstance(item, Rejection)
    assert item.reason is Reason.BINARY
