"""Does the cleaner keep real prose on articles it was not written for?

Runs :func:`allegiance.clean.clean` on 50 Guardian articles (Syria/Iraq, SDF)
and 50 FA-KES articles (Syrian war, many outlets), then prints how many input
sentences survive whole, survive trimmed (a dateline, credit or site name
cut off) or are dropped, with samples of what was removed, and the time per
article. Both corpora hold one line per article, so the re3d documents
(government and news pages kept with their line breaks) are measured as well.
Reads the corpora from ``../shared/data``; prints a note and exits 0 if they
are absent.

    python benchmarks/clean_generality.py [--n 50] [--samples 25]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from allegiance.clean import clean
from allegiance.clean_rules import SENTENCE_SPLIT
from allegiance.errors import NotAnArticle
from allegiance.records import RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GUARDIAN = SHARED / "data" / "news_corpora" / "guardian_sdf_sample" / "Guardian_SDF_sample.csv.zip"
FAKES = SHARED / "data" / "fa_kes" / "FA-KES-Dataset.csv"
RE3D = SHARED / "data" / "re3d"
TOKEN = re.compile(r"\w+")
#: A sentence counts as kept-but-trimmed when this share of its words survives.
TRIMMED_SHARE = 0.6


def guardian(n: int, rng: random.Random) -> Iterator[RawDocument]:
    """``n`` Guardian articles (columns ``,date,text,source``)."""
    with zipfile.ZipFile(GUARDIAN) as z:
        name = z.namelist()[0]
        rows = list(csv.DictReader(io.TextIOWrapper(z.open(name), encoding="utf-8")))
    for i, row in enumerate(rng.sample(rows, min(n, len(rows)))):
        yield RawDocument(
            source_path=f"guardian#{i}",
            text=row["text"],
            published=row["date"] or None,
            outlet=row["source"] or None,
        )


def fakes(n: int, rng: random.Random) -> Iterator[RawDocument]:
    """``n`` FA-KES articles (latin-1 CSV; columns per its README)."""
    with FAKES.open(encoding="latin-1", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rng.sample(rows, min(n, len(rows))):
        yield RawDocument(
            source_path=f"fakes#{row['unit_id']}",
            text=row["article_content"],
            title=row["article_title"] or None,
            published=row["date"] or None,
            outlet=row["source"] or None,
        )


def re3d() -> Iterator[RawDocument]:
    """Every re3d document (JSON lines with ``title`` and ``text``), line breaks kept."""
    for path in sorted(RE3D.glob("*/documents.json")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                yield RawDocument(source_path=f"re3d#{doc['_id'][:8]}", text=doc["text"], title=doc.get("title"))


def _norm(text: str) -> str:
    return " ".join(TOKEN.findall(text.casefold()))


def evaluate(name: str, docs: list[RawDocument], samples: int) -> None:
    """Clean ``docs`` and print the sentence accounting for one corpus."""
    kept = trimmed = dropped = total = rejected = 0
    dropped_samples: list[str] = []
    removed_samples: list[str] = []
    elapsed = 0.0
    for raw in docs:
        text = raw.text or ""
        start = time.perf_counter()
        try:
            result = clean(raw)
        except NotAnArticle as exc:
            elapsed += time.perf_counter() - start
            rejected += 1
            print(f"  rejected {raw.source_path}: {exc.code.value}: {exc.message}")
            continue
        elapsed += time.perf_counter() - start
        out = _norm(result.text)
        out_words = set(out.split())
        removed_samples.extend(f"{raw.source_path}: {r[:160]}" for r in result.removed)
        sentences = [s for line in text.splitlines() for s in SENTENCE_SPLIT.split(line)]
        for sentence in sentences:
            words = _norm(sentence)
            if not words:
                continue
            total += 1
            if words in out:
                kept += 1
                continue
            share = sum(w in out_words for w in words.split()) / len(words.split())
            if share >= TRIMMED_SHARE:
                trimmed += 1
            else:
                dropped += 1
                dropped_samples.append(f"{raw.source_path}: {sentence.strip()[:200]}")
    n = len(docs)
    print(f"\n== {name}: {n} articles, {total} input sentences")
    print(f"   kept whole   {kept:5d}  ({kept / max(total, 1):.1%})")
    share = trimmed / max(total, 1)
    print(f"   trimmed      {trimmed:5d}  ({share:.1%})  (dateline, credit or site name cut)")
    print(f"   dropped      {dropped:5d}  ({dropped / max(total, 1):.1%})")
    print(f"   rejected articles {rejected}; mean {elapsed / max(n, 1) * 1000:.1f} ms per article")
    print(f"-- dropped sentences ({len(dropped_samples)}):")
    for s in dropped_samples[:samples]:
        print("   ", s)
    print(f"-- removed fragments ({len(removed_samples)}), sample:")
    for s in removed_samples[:samples]:
        print("   ", s)


def main() -> int:
    """Run both corpora and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=50, help="articles per corpus")
    parser.add_argument("--samples", type=int, default=25, help="examples to print")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not GUARDIAN.exists() or not FAKES.exists():
        print(f"corpora not found under {SHARED / 'data'}; nothing to measure")
        return 0
    # Load the language model once so the timings measure cleaning, not start-up.
    clean(RawDocument(source_path="warm-up", text="Warm up the models. " * 20))
    rng = random.Random(args.seed)
    evaluate("Guardian SDF sample", list(guardian(args.n, rng)), args.samples)
    evaluate("FA-KES", list(fakes(args.n, rng)), args.samples)
    if RE3D.is_dir():
        evaluate("re3d documents (multi-line)", list(re3d()), args.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
