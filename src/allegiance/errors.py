"""The one exception tree of allegiance, every error with a stable reason code.

::

    AllegianceError                 base; ``code`` is a stable ``Reason``
    ├── UsageError                  bad command-line or API usage (CLI exits 2)
    ├── InputRejected               one input could not become an article
    │   ├── UnreadableInput         missing, binary, undecodable, truncated, too large
    │   ├── MalformedRecord         a JSONL/CSV/WARC record that does not parse
    │   └── NotAnArticle            readable, but no article prose (empty, nav page, ...)
    ├── FetchError                  an ``http(s)://`` input failed (timeout, status, size)
    ├── KnowledgeBaseError          a KB or lexicon data file is invalid
    └── StoreError                  the DuckDB store cannot be opened or migrated

A rejected input becomes a ``Rejection`` record (``records.py``) with the code as
its ``reason``; a run never stops for one.
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    """Stable reason codes written to ``rejected.jsonl``; never renamed, only added."""

    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    TRUNCATED = "truncated"
    TOO_LARGE = "too_large"
    NOT_FOUND = "not_found"
    UNSUPPORTED_FORMAT = "unsupported_format"
    MALFORMED_RECORD = "malformed_record"
    NO_TEXT_FIELD = "no_text_field"
    NOT_AN_ARTICLE = "not_an_article"
    TOO_SHORT = "too_short"
    FETCH_FAILED = "fetch_failed"
    FETCH_TIMEOUT = "fetch_timeout"
    HTTP_STATUS = "http_status"
    PROCESSING_FAILED = "processing_failed"
    USAGE = "usage"
    KB_INVALID = "kb_invalid"
    STORE_FAILED = "store_failed"
    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"


class AllegianceError(Exception):
    """Base of every error allegiance raises on purpose."""

    code: Reason = Reason.PROCESSING_FAILED

    def __init__(self, message: str, *, code: Reason | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        """The human-readable message."""
        return str(self.args[0]) if self.args else self.code.value


class UsageError(AllegianceError):
    """Wrong usage of the CLI or the API."""

    code = Reason.USAGE


class InputRejected(AllegianceError):
    """One input could not become an article."""

    code = Reason.NOT_AN_ARTICLE


class UnreadableInput(InputRejected):
    """The bytes cannot be read as text."""

    code = Reason.UNDECODABLE


class MalformedRecord(InputRejected):
    """A record inside a container file does not parse."""

    code = Reason.MALFORMED_RECORD


class NotAnArticle(InputRejected):
    """Readable, but there is no article prose in it."""

    code = Reason.NOT_AN_ARTICLE


class FetchError(InputRejected):
    """A URL input could not be fetched."""

    code = Reason.FETCH_FAILED


class KnowledgeBaseError(AllegianceError):
    """A knowledge-base or lexicon data file is invalid."""

    code = Reason.KB_INVALID


class StoreError(AllegianceError):
    """The store cannot be opened, migrated or written."""

    code = Reason.STORE_FAILED
