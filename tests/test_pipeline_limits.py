"""The one-article path refuses, with a reason a user can act on, what the parser cannot take."""

from __future__ import annotations

from typing import Any

from allegiance.errors import Reason
from allegiance.pipeline import process_document
from allegiance.records import RawDocument, Rejection

PARA = "Iran-backed militias attacked a US base in Syria on Monday, the Pentagon said.\n\n"


def test_an_article_longer_than_the_parser_takes_is_too_large(resources: Any) -> None:
    limit = resources.nlp.max_length
    # one long paragraph (repeated paragraphs are page chrome to the cleaner)
    sentence = PARA.strip() + " "
    raw = RawDocument(source_path="big.txt", text=sentence * (limit // len(sentence) + 10))
    got = process_document(raw, resources)
    assert isinstance(got, Rejection)
    assert got.reason is Reason.TOO_LARGE
    assert f"{limit:,}" in got.detail and "E088" not in got.detail


def test_an_article_under_the_limit_is_read(resources: Any) -> None:
    got = process_document(RawDocument(source_path="ok.txt", text=PARA * 3), resources)
    assert not isinstance(got, Rejection)
