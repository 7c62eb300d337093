"""The committed training labels: well formed, never from a reserved row, a dev or seed
article, and rebuildable from ../shared."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

TRAINING = Path(__file__).resolve().parents[1] / "training"
sys.path.insert(0, str(TRAINING))

import dataset  # noqa: E402

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_training_labels_are_well_formed_and_hold_no_text() -> None:
    records = list(dataset.label_records())
    assert len(records) >= 2500
    ids = set()
    for r in records:
        assert set(r) == {"dataset", "key", "start", "end", "sha", "events"}
        assert 0 <= r["start"] < r["end"]
        ids.add((r["dataset"], r["key"], r["start"], r["end"]))
        for e in r["events"]:
            assert e["type"] in TYPES
            for role in ("source", "target"):
                span = e[role]
                assert span is None or (0 <= span[0] < span[1] <= r["end"] - r["start"])
            assert isinstance(e["negated"], bool)
            assert e["factuality"] in {"asserted", "reported", "intended", "hypothetical"}
            assert e["timeframe"] in {"past", "current", "future"}
    assert len(ids) == len(records), "a sentence is labelled twice"
    # a third without an event, a tenth hedged, negated or hypothetical
    assert sum(not r["events"] for r in records) >= len(records) / 3
    assert sum(any(e["negated"] or e["factuality"] != "asserted" for e in r["events"])
               for r in records) >= len(records) / 10


def test_training_labels_never_come_from_reserved_rows(shared_dir: Path) -> None:
    import corpora

    reserved = corpora.reserved()
    assert reserved, "RESERVED.tsv lists nothing"
    hits = [(r["dataset"], r["key"]) for r in dataset.label_records()
            if (r["dataset"], r["key"]) in reserved]
    assert hits == []


def test_training_labels_rebuild_and_never_quote_dev_or_seed_articles(shared_dir: Path) -> None:
    examples = dataset.examples()  # raises when a text no longer matches its fingerprint
    measured = " ".join(" ".join(p.read_text(encoding="utf-8", errors="replace").split())
                        for folder in ("dev", "seeds") for p in (shared_dir / folder).glob("*")
                        if p.is_file())
    quoted = [e.id for e in examples if " ".join(e.text.split()) in measured]
    assert quoted == []


def test_training_label_spans_point_into_the_sentence(shared_dir: Path) -> None:
    for e in dataset.examples()[:300]:
        for ev in e.events:
            for role in ("source", "target"):
                if ev[role] is not None:
                    a, b = ev[role]
                    assert e.text[a:b].strip() == e.text[a:b], json.dumps(ev)


def test_training_locate_prefers_whole_words() -> None:
    assert dataset.locate("it", "Talks with Iran went on; it said no.") == [25, 27]
    assert dataset.locate(None, "x") is None
    with pytest.raises(ValueError):
        dataset.locate("Syria", "Iraq said no.")
