"""Properties: whatever bytes an input holds, reading it yields records or rejections."""

from __future__ import annotations

import gzip
import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allegiance.ingest import read_input
from allegiance.ingest.dates import normalize_date
from allegiance.ingest.html import from_html
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

SUFFIXES = [".txt", ".html", ".jsonl", ".json", ".csv", ".tsv", ".warc", ".zip", ".bin", ""]
PARTIAL_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Bytes that look a little like each format, so the readers get past their first checks.
_prefixes = st.sampled_from([b"", b"WARC/1.0\r\n", b'{"text": "', b"title,text\n", b"<html><p>",
                             b"PK\x03\x04", b"\x1f\x8b\x08\x00", b"\xef\xbb\xbf"])
_payloads = st.tuples(_prefixes, st.binary(max_size=600)).map(lambda t: t[0] + t[1])

_SETTINGS = Settings(fetch_max_bytes=10_000)


def _check(path: Path) -> None:
    items = list(read_input(str(path), _SETTINGS))
    assert items, "every input yields at least one record or rejection"
    for item in items:
        assert isinstance(item, (RawDocument, Rejection))
        assert item.source_path.startswith(str(path))
        if isinstance(item, RawDocument):
            assert item.html is None
            assert item.text is not None and item.text.strip()
            assert item.published is None or PARTIAL_ISO.match(item.published)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_payloads, suffix=st.sampled_from(SUFFIXES), gz=st.booleans(),
       keep=st.floats(min_value=0.0, max_value=1.0))
def test_ingest_arbitrary_bytes_never_raise(data: bytes, suffix: str, gz: bool,
                                            keep: float) -> None:
    with tempfile.TemporaryDirectory() as folder:
        name = f"input{suffix}"
        if gz:
            packed = gzip.compress(data)
            data, name = packed[: int(len(packed) * keep) or len(packed)], name + ".gz"
        path = Path(folder) / name
        path.write_bytes(data)
        _check(path)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=80), st.dictionaries(
    st.sampled_from(["text", "html", "title", "published", "outlet", "author", "url", "x"]),
    st.one_of(st.text(max_size=80), st.integers(), st.none(), st.lists(st.text(max_size=5))),
    max_size=5)), max_size=8))
def test_ingest_jsonl_of_arbitrary_values_never_raises(lines: list[object]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.jsonl"
        path.write_text("\n".join(json.dumps(v) if isinstance(v, dict) else str(v) for v in lines),
                        encoding="utf-8")
        _check(path)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_ingest_from_html_never_raises(markup: str) -> None:
    item = from_html(markup, "x.html")
    assert isinstance(item, (RawDocument, Rejection))


@settings(deadline=None)
@given(st.one_of(st.text(max_size=40), st.integers(), st.none()))
def test_ingest_normalize_date_is_partial_iso_or_none(value: object) -> None:
    out = normalize_date(value)
    assert out is None or PARTIAL_ISO.match(out)
