"""Inputs of any grain: a sentence, a headline, a wire snippet is an input; a record's own
id is kept; a run names what it rejected. Sentences written for these tests; the PLOVER
gold sentences (../shared) must all pass the cleaner."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from allegiance.clean import clean
from allegiance.records import RawDocument

LINES = [
    {"id": "w-1", "text": "Iran armed the rebels in Yemen."},
    {"id": "w-2", "text": "Turkish troops shelled Kurdish positions near the border on "
                          "Sunday, the army said.", "published": "2024-03-03"},
    {"doc_id": "w-3", "text": "Russia Condemns US Strikes On Syria"},
    {"id": "w-4", "text": "Home | News | Sport"},
]


def test_run_reads_sentences_and_headlines_and_names_what_it_rejects(tmp_path: Path) -> None:
    src = tmp_path / "wire.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in LINES) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "allegiance", "run", str(src), "--out", str(out),
                          "-w", "1", "--no-progress"], capture_output=True, text=True,
                         check=False, timeout=600)
    assert res.returncode == 0, res.stderr
    arts = [json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()]
    assert sorted(a["record_id"] for a in arts) == ["w-1", "w-2", "w-3"]
    assert {a["record_id"]: a["published"] for a in arts}["w-2"] == "2024-03-03"
    assert "wire.jsonl#4: not_an_article" in res.stderr
    events = [json.loads(x) for x in (out / "events.jsonl").read_text().splitlines()]
    assert any(e["type"] == "AID" and e["source"] == "IRN" for e in events)


def test_min_chars_rejects_short_bodies_when_asked(tmp_path: Path) -> None:
    src = tmp_path / "one.txt"
    src.write_text("Iran armed the rebels in Yemen.\n", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "allegiance", "run", str(src), "--out",
                          str(tmp_path / "out"), "-w", "1", "--no-progress", "--min-chars", "200"],
                         capture_output=True, text=True, check=False, timeout=600)
    assert res.returncode == 1  # nothing could be read
    assert "one.txt: too_short" in res.stderr


def test_every_plover_gold_sentence_is_an_input(shared_dir: Path) -> None:
    path = shared_dir / "data" / "plover" / "PLOVER_GSR_CAMEO.json"
    if not path.is_file():
        pytest.skip(f"PLOVER gold records not found at {path}")
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text")]
    assert len(records) > 300
    for r in records:
        body = clean(RawDocument(r["id"], text=r["text"])).text
        assert body.split() == r["text"].split()
