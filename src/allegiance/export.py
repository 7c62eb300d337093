"""Write the export files of the contract (``shared/CONTRACT.md``).

Every file is JSON Lines, UTF-8, one record a line, written atomically (to a
temporary name, then renamed) so a reader never sees half a file. Files with
no records are still written, empty, so tools can rely on their presence.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from allegiance.records import (
    Actor,
    Article,
    Dyad,
    Event,
    Mention,
    Rejection,
    Relation,
    Shift,
    to_dict,
)

CONTRACT_FILES = (
    "articles.jsonl",
    "actors.jsonl",
    "mentions.jsonl",
    "events.jsonl",
    "relations.jsonl",
    "dyads.jsonl",
    "shifts.jsonl",
    "rejected.jsonl",
)


@dataclass(frozen=True)
class ExportBundle:
    """Everything one export writes, already merged across articles."""

    articles: Sequence[Article] = ()
    actors: Sequence[Actor] = ()
    mentions: Sequence[Mention] = ()
    events: Sequence[Event] = ()
    relations: Sequence[Relation] = ()
    dyads: Sequence[Dyad] = ()
    shifts: Sequence[Shift] = ()
    rejections: Sequence[Rejection] = ()
    extra: Mapping[str, Sequence[Mapping[str, Any]]] = field(default_factory=dict)


def article_record(a: Article) -> dict[str, Any]:
    """The contract form of an article (``url`` kept as an extra field)."""
    return to_dict(a)


def event_record(e: Event) -> dict[str, Any]:
    """The contract form of an event, with the CAMEO crosswalk as extra fields."""
    return to_dict(e)


def rejection_record(r: Rejection) -> dict[str, Any]:
    """``{source_path, reason, detail}``."""
    return to_dict(r)


def write_jsonl(path: Path, records: Iterable[Mapping[str, Any]]) -> int:
    """Write records atomically as JSON Lines; return how many were written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False))
            fh.write("\n")
            n += 1
    os.replace(tmp, path)
    return n


def write_export(out_dir: Path, bundle: ExportBundle) -> dict[str, int]:
    """Write every contract file (and any extra files) into ``out_dir``; return counts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    plan: dict[str, Iterable[Mapping[str, Any]]] = {
        "articles.jsonl": (article_record(a) for a in bundle.articles),
        "actors.jsonl": (to_dict(a) for a in bundle.actors),
        "mentions.jsonl": (to_dict(m) for m in bundle.mentions),
        "events.jsonl": (event_record(e) for e in bundle.events),
        "relations.jsonl": (to_dict(r) for r in bundle.relations),
        "dyads.jsonl": (to_dict(d) for d in bundle.dyads),
        "shifts.jsonl": (to_dict(s) for s in bundle.shifts),
        "rejected.jsonl": (rejection_record(r) for r in bundle.rejections),
    }
    counts = {name: write_jsonl(out_dir / name, recs) for name, recs in plan.items()}
    for name, recs in bundle.extra.items():
        counts[name] = write_jsonl(out_dir / name, recs)
    return counts
