"""The labelled sentences: committed labels (offsets only) joined with the shared corpora.

``labels/*.jsonl`` holds one record a sentence:
``{dataset, key, start, end, sha, events: [{type, source, target, negated, factuality,
timeframe}]}``. ``start``/``end`` are character offsets into the corpus record (see
``corpora.py``), ``sha`` the first 12 hex digits of the SHA-1 of the sentence (to check a
rebuild), and ``source``/``target`` are ``[start, end]`` offsets into the sentence or
null. No third-party text is committed: ``examples()`` rebuilds the text from
``../shared``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora

LABELS = Path(__file__).resolve().parent / "labels"


def sha(text: str) -> str:
    """Short fingerprint of a sentence."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Example:
    """One labelled sentence with its text rebuilt from ../shared."""

    dataset: str
    key: str
    start: int
    end: int
    text: str
    events: tuple[dict[str, Any], ...]

    @property
    def id(self) -> str:
        """``dataset:key:start-end``."""
        return f"{self.dataset}:{self.key}:{self.start}-{self.end}"


def label_records() -> Iterator[dict[str, Any]]:
    """Every committed label record, file by file in name order."""
    for path in sorted(LABELS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                yield json.loads(line)


def examples() -> list[Example]:
    """The labelled sentences with their text; raises ValueError when a text no longer
    matches its fingerprint."""
    cache: dict[str, dict[str, str]] = {}
    out: list[Example] = []
    for r in label_records():
        if r["dataset"] not in cache:
            cache[r["dataset"]] = corpora.records(r["dataset"])
        texts = cache[r["dataset"]]
        text = texts[r["key"]][r["start"]:r["end"]]
        if sha(text) != r["sha"]:
            raise ValueError(f"{r['dataset']}:{r['key']}: the text changed under its label")
        out.append(Example(r["dataset"], r["key"], r["start"], r["end"], text,
                           tuple(r["events"])))
    return out


def locate(span: str | None, text: str) -> list[int] | None:
    """Offsets of the first whole-word occurrence of ``span`` in ``text`` (else the first
    occurrence), or None."""
    if span is None:
        return None
    left = r"\b" if span[:1].isalnum() else ""
    right = r"\b" if span[-1:].isalnum() else ""
    m = re.search(left + re.escape(span) + right, text)
    at = m.start() if m else text.find(span)
    if at < 0:
        raise ValueError(f"span {span!r} not in sentence")
    return [at, at + len(span)]


def split(example: Example) -> str:
    """``test`` for a fixed fifth of the records (by a hash of dataset and record key, so
    that sentences of one article stay together), else ``train``."""
    h = int(hashlib.sha1(f"{example.dataset}:{example.key}".encode()).hexdigest()[:8], 16)
    return "test" if h % 5 == 0 else "train"
