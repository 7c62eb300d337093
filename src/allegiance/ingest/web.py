"""``http(s)://`` inputs: fetch one page with httpx and turn it into a document.

Redirects are followed up to ``Settings.fetch_max_redirects``; the body is
streamed and refused past ``Settings.fetch_max_bytes``; ``fetch_timeout`` bounds
each network wait and the whole download. ``transport`` is the test seam
(``httpx.MockTransport`` or any other transport).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx

from allegiance import __version__
from allegiance.errors import FetchError, Reason
from allegiance.ingest.payload import from_payload
from allegiance.ingest.streams import Item, rejection
from allegiance.settings import Settings

USER_AGENT = f"allegiance/{__version__} (news relation extraction)"


def read_url(url: str, settings: Settings, *,
             transport: httpx.BaseTransport | None = None) -> Iterator[Item]:
    """Fetch ``url`` and yield its article (or the reason it has none)."""
    try:
        body, content_type, final_url = fetch(url, settings, transport=transport)
    except FetchError as exc:
        yield rejection(url, exc)
        return
    yield from_payload(body, content_type, url, final_url)


def fetch(url: str, settings: Settings, *,
          transport: httpx.BaseTransport | None = None) -> tuple[bytes, str | None, str]:
    """Download ``url``: its body, ``Content-Type`` and final URL after redirects.

    Raises ``FetchError`` with code ``FETCH_TIMEOUT``, ``HTTP_STATUS``,
    ``TOO_LARGE`` or ``FETCH_FAILED``.
    """
    limit = settings.fetch_max_bytes
    deadline = time.monotonic() + settings.fetch_timeout
    try:
        with httpx.Client(
            transport=transport,
            timeout=settings.fetch_timeout,
            follow_redirects=True,
            max_redirects=settings.fetch_max_redirects,
            headers={"User-Agent": USER_AGENT},
        ) as client, client.stream("GET", url) as response:
            if not response.is_success:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip(),
                                 code=Reason.HTTP_STATUS)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise FetchError(f"body of {int(declared):,} bytes is larger than {limit:,}",
                                 code=Reason.TOO_LARGE)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"body is larger than {limit:,} bytes", code=Reason.TOO_LARGE)
                if time.monotonic() > deadline:
                    # httpx times each read; a server that trickles bytes never trips that.
                    raise FetchError(f"download took longer than {settings.fetch_timeout:g} s",
                                     code=Reason.FETCH_TIMEOUT)
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get("Content-Type"), str(response.url)
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out ({exc.__class__.__name__})",
                         code=Reason.FETCH_TIMEOUT) from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(f"more than {settings.fetch_max_redirects} redirects",
                         code=Reason.FETCH_FAILED) from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise FetchError(f"{exc.__class__.__name__}: {exc}", code=Reason.FETCH_FAILED) from exc
