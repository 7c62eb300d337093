"""Throughput of the whole per-article path (clean, parse, actors, events) and of a full run.

usage: python benchmarks/speed.py [N] [--workers W]

Reads N (default 200) Reuters articles of ../shared/data/news_corpora/isot_true_sample
(skips when absent), times ``process_document`` in one process, then a full
``allegiance run`` (ingest, engine, store, aggregates, export) with W workers.
"""

from __future__ import annotations

import csv
import gzip
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "data" / "news_corpora" / "isot_true_sample" / "True_sample.csv.gz"


def main() -> int:
    if not SAMPLE.is_file():
        print(f"skipped: {SAMPLE} is absent")
        return 0
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 200
    workers = int(sys.argv[sys.argv.index("--workers") + 1]) if "--workers" in sys.argv else 2
    from allegiance.api import run
    from allegiance.pipeline import process_document
    from allegiance.records import RawDocument
    from allegiance.resources import load_resources
    from allegiance.settings import load_settings

    with gzip.open(SAMPLE, "rt", encoding="utf-8") as fh:
        rows = list(csv.DictReader(io.StringIO(fh.read())))[:n]
    docs = [RawDocument(f"isot#{i}", text=f"{r['title']}\n\n{r['text']}") for i, r in enumerate(rows)]
    t0 = time.perf_counter()
    res = load_resources(load_settings({}))
    print(f"load resources: {time.perf_counter() - t0:.2f}s")
    times, chars = [], 0
    for d in docs:
        t = time.perf_counter()
        process_document(d, res)
        times.append(time.perf_counter() - t)
        chars += len(d.text or "")
    total = sum(times)
    print(f"process_document, 1 process: {len(docs)} articles, {chars / 1e6:.2f} M chars, "
          f"{total:.1f}s, {len(docs) / total:.1f} articles/s, median {statistics.median(times) * 1000:.0f} ms, "
          f"p95 {sorted(times)[int(len(times) * 0.95)] * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        import json

        src.write_text("".join(json.dumps({"text": d.text}) + "\n" for d in docs), encoding="utf-8")
        out = Path(tmp) / "out"
        s = load_settings({"out_dir": out, "workers": workers, "progress": False})
        t = time.perf_counter()
        summary = run([str(src)], s)
        took = time.perf_counter() - t
        print(f"allegiance run, {workers} workers: {summary.articles} articles in {took:.1f}s "
              f"= {summary.articles / took:.1f} articles/s (incl. model load per worker, store, export)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
