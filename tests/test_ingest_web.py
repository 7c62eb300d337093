"""URL inputs against a local HTTP server (never the internet) and httpx.MockTransport."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from allegiance.errors import Reason
from allegiance.ingest import read_input
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

PAGE = (b"<html><head><title>Talks resume in Geneva</title>"
        b'<meta property="og:site_name" content="Local Wire"></head><body>'
        b"<nav>Home | World | Sport</nav><article><h1>Talks resume in Geneva</h1>"
        b"<p>Negotiators from the warring parties met in Geneva on Thursday, the UN envoy said, "
        b"in the first direct talks since the ceasefire collapsed in the spring.</p>"
        b"<p>Both delegations described the meeting as constructive but said deep differences "
        b"remained over prisoner exchanges and the withdrawal of foreign fighters.</p>"
        b"</article></body></html>")


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/article":
            self._send(200, PAGE)
        elif path == "/plain":
            self._send(200, "Caf\u00e9 owners said the talks were welcome.".encode("latin-1"),
                       "text/plain; charset=iso-8859-1")
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", "/article" if left == 0 else f"/hop/{left - 1}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/missing":
            self._send(404, b"<html><body>Not here</body></html>")
        elif path == "/declared-huge":
            self._send(200, b"", length=10_000_000_000)
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(400):
                self.wfile.write(b"<p>" + b"x" * 16_000 + b"</p>")
        elif path == "/slow":
            time.sleep(0.6)
            self._send(200, PAGE)
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<p>a</p>")
                self.wfile.flush()
                time.sleep(0.05)
        elif path == "/pdf":
            self._send(200, b"%PDF-1.4\n", "application/pdf")
        elif path == "/nav-only":
            self._send(200, b"<html><body></body></html>")
        else:
            self._send(500, b"unexpected")


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up on purpose (size cap, timeout) is not an error here."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def _one(url: str, settings: Settings | None = None, **kw: Any) -> RawDocument | Rejection:
    items = list(read_input(url, settings or Settings(fetch_timeout=5), **kw))
    assert len(items) == 1
    return items[0]


def test_ingest_web_fetches_an_article(server: str) -> None:
    doc = _one(f"{server}/article")
    assert isinstance(doc, RawDocument)
    assert doc.source_path == f"{server}/article"
    assert doc.url == f"{server}/article"
    assert doc.title == "Talks resume in Geneva"
    assert doc.outlet == "Local Wire"
    assert doc.text is not None and "Negotiators from the warring parties" in doc.text
    assert "Sport" not in doc.text


def test_ingest_web_plain_text_with_header_charset(server: str) -> None:
    doc = _one(f"{server}/plain")
    assert doc == RawDocument(source_path=f"{server}/plain",
                              text="Caf\u00e9 owners said the talks were welcome.",
                              url=f"{server}/plain")


def test_ingest_web_follows_redirects_within_the_limit(server: str) -> None:
    doc = _one(f"{server}/hop/2", Settings(fetch_timeout=5, fetch_max_redirects=3))
    assert isinstance(doc, RawDocument)
    assert doc.source_path == f"{server}/hop/2"
    assert doc.url == f"{server}/article"


def test_ingest_web_redirect_chain_over_the_limit(server: str) -> None:
    item = _one(f"{server}/hop/5", Settings(fetch_timeout=5, fetch_max_redirects=3))
    assert isinstance(item, Rejection)
    assert item.reason is Reason.FETCH_FAILED
    assert "redirect" in item.detail


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", Reason.HTTP_STATUS),
        ("/declared-huge", Reason.TOO_LARGE),
        ("/endless", Reason.TOO_LARGE),
        ("/pdf", Reason.UNSUPPORTED_FORMAT),
        ("/nav-only", Reason.NOT_AN_ARTICLE),
    ],
)
def test_ingest_web_rejections(server: str, path: str, reason: Reason) -> None:
    item = _one(f"{server}{path}", Settings(fetch_timeout=5, fetch_max_bytes=1_000_000))
    assert isinstance(item, Rejection)
    assert item.reason is reason
    assert item.source_path == f"{server}{path}"


def test_ingest_web_404_detail(server: str) -> None:
    item = _one(f"{server}/missing")
    assert isinstance(item, Rejection) and item.detail.startswith("HTTP 404")


@pytest.mark.parametrize("path", ["/slow", "/trickle"])
def test_ingest_web_timeouts(server: str, path: str) -> None:
    started = time.monotonic()
    item = _one(f"{server}{path}", Settings(fetch_timeout=0.2))
    assert isinstance(item, Rejection)
    assert item.reason is Reason.FETCH_TIMEOUT
    assert time.monotonic() - started < 1.0


def test_ingest_web_connection_refused() -> None:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    port = httpd.server_address[1]
    httpd.server_close()
    item = _one(f"http://127.0.0.1:{port}/article")
    assert isinstance(item, Rejection)
    assert item.reason is Reason.FETCH_FAILED


def test_ingest_web_mock_transport() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["User-Agent"])
        if request.url.path == "/timeout":
            raise httpx.ReadTimeout("slow", request=request)
        if request.url.path == "/broken":
            raise httpx.ConnectError("refused", request=request)
        if request.url.path == "/untyped":
            return httpx.Response(200, content=PAGE)
        return httpx.Response(200, content=PAGE, headers={"Content-Type": "text/html"})

    transport = httpx.MockTransport(handler)
    settings = Settings(fetch_timeout=5)
    doc = _one("https://news.example/a", settings, transport=transport)
    assert isinstance(doc, RawDocument) and doc.title == "Talks resume in Geneva"
    untyped = _one("https://news.example/untyped", settings, transport=transport)
    assert isinstance(untyped, RawDocument) and untyped.title == "Talks resume in Geneva"
    timeout = _one("https://news.example/timeout", settings, transport=transport)
    assert isinstance(timeout, Rejection) and timeout.reason is Reason.FETCH_TIMEOUT
    broken = _one("https://news.example/broken", settings, transport=transport)
    assert isinstance(broken, Rejection) and broken.reason is Reason.FETCH_FAILED
    assert all(ua.startswith("allegiance/") for ua in seen)


def test_ingest_web_invalid_url() -> None:
    item = _one("http://exa mple.com:notaport/x")
    assert isinstance(item, Rejection)
    assert item.reason is Reason.FETCH_FAILED
