"""The demo corpus that ships in the package: readable, dated, long enough, 2014 to 2025."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

DEMO = Path(str(resources.files("allegiance") / "data" / "demo" / "articles"))
README = "README.md"
DATE_LINE = re.compile(
    r"^(?:(?:Updated|Published):\s*)?(?:[A-Z][a-z]+,\s+)?"
    r"(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})$")
README_ROW = re.compile(r"^\| `(?P<file>[^`]+)`(?: #(?P<n>\d+))? \| (?P<date>\d{4}-\d{2}-\d{2}) \|")


@dataclass(frozen=True)
class DemoArticle:
    """One article of the corpus, whatever file it came in."""

    key: tuple[str, int]
    title: str
    date: dt.date
    body: str


def _parse_date(s: str) -> dt.date:
    for fmt in ("%B %d, %Y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise AssertionError(f"unparseable date {s!r}")


def _from_txt(path: Path) -> DemoArticle:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].strip() and not lines[0].startswith("By "), path.name
    assert lines[1].startswith("By "), f"{path.name}: second line is not a byline"
    m = DATE_LINE.match(lines[2].strip())
    assert m, f"{path.name}: third line is not a date line: {lines[2]!r}"
    return DemoArticle((path.name, 1), lines[0], _parse_date(m["date"]), "\n".join(lines[3:]))


def _from_jsonl(path: Path) -> list[DemoArticle]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        assert set(rec) == {"text", "title", "published", "outlet", "url"}, path.name
        out.append(DemoArticle((path.name, n), rec["title"],
                               dt.date.fromisoformat(rec["published"]), rec["text"]))
    return out


class _ArticleText(HTMLParser):
    """Collects the <h1>, the <time> and the paragraphs inside <article>."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.in_article = False
        self.title = ""
        self.datetime = ""
        self.time_text = ""
        self.paragraphs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        if tag == "article":
            self.in_article = True
        if tag == "time" and self.in_article:
            self.datetime = dict(attrs).get("datetime") or ""
        if tag == "p" and self.in_article:
            self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.in_article = False
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if not self.in_article or not self.stack:
            return
        top = self.stack[-1]
        if top == "h1":
            self.title += data
        elif top == "time":
            self.time_text += data
        elif top == "p" and self.paragraphs:
            self.paragraphs[-1] += data


def _from_html(path: Path) -> DemoArticle:
    parser = _ArticleText()
    parser.feed(path.read_text(encoding="utf-8"))
    assert parser.title.strip(), f"{path.name}: no <h1> in the article"
    date = _parse_date(parser.time_text.strip())
    assert dt.date.fromisoformat(parser.datetime) == date, path.name
    body = "\n\n".join(p for p in parser.paragraphs
                       if not p.startswith("By ") and p.strip() != parser.time_text.strip())
    return DemoArticle((path.name, 1), parser.title, date, body)


def _articles() -> list[DemoArticle]:
    out: list[DemoArticle] = []
    for path in sorted(DEMO.iterdir()):
        if path.suffix == ".txt":
            out.append(_from_txt(path))
        elif path.suffix == ".jsonl":
            out.extend(_from_jsonl(path))
        elif path.suffix == ".html":
            out.append(_from_html(path))
    return out


@pytest.fixture(scope="module")
def articles() -> list[DemoArticle]:
    return _articles()


def test_every_file_is_utf8_text() -> None:
    files = [p for p in DEMO.iterdir() if p.is_file()]
    assert files
    for p in files:
        text = p.read_bytes().decode("utf-8")  # raises on anything else
        assert "\x00" not in text and "\ufffd" not in text, p.name
        assert p.suffix in {".txt", ".jsonl", ".html", ".md"}, p.name


def test_between_16_and_18_articles_in_several_formats(articles: list[DemoArticle]) -> None:
    assert 16 <= len(articles) <= 18
    suffixes = {Path(a.key[0]).suffix for a in articles}
    assert suffixes == {".txt", ".jsonl", ".html"}
    assert len({a.title for a in articles}) == len(articles)


def test_every_article_is_150_to_400_words(articles: list[DemoArticle]) -> None:
    for a in articles:
        n = len(a.body.split())
        assert 150 <= n <= 400, (a.key, n)


def test_dates_span_2014_to_2025(articles: list[DemoArticle]) -> None:
    years = {a.date.year for a in articles}
    assert min(years) == 2014
    assert max(years) == 2025
    # the story's turning points need more than a handful of years
    assert len(years) >= 9


def test_readme_lists_every_article_with_its_date(articles: list[DemoArticle]) -> None:
    text = (DEMO.parent / README).read_text(encoding="utf-8")
    assert "MIT" in text and "written for this project" in text
    listed = {}
    for line in text.splitlines():
        m = README_ROW.match(line)
        if m:
            listed[(m["file"], int(m["n"] or 1))] = dt.date.fromisoformat(m["date"])
    assert listed == {a.key: a.date for a in articles}


def test_some_articles_carry_page_debris_for_the_cleaner() -> None:
    txt = [p.read_text(encoding="utf-8") for p in DEMO.glob("*.txt")]
    assert sum("Share this article" in t for t in txt) >= 5
    assert sum(bool(re.search(r"^Related:", t, re.M)) for t in txt) >= 3
    assert sum(bool(re.search(r"\((?:Photo|Image)[^)]*\)\s*$", t, re.M)) for t in txt) >= 3
    html = next(DEMO.glob("*.html")).read_text(encoding="utf-8")
    for tag in ("<nav>", "<header", "<footer>", "<article>", "<figcaption>"):
        assert tag in html
