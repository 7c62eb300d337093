"""Cooperation/conflict agreement with the ConfliBERT CAMEO sentences (shared/data).

usage: python benchmarks/conflibert_cameo.py [--limit N] [--seed S] [--show K]

``cameo_class_test.tsv`` holds 451 news sentences with a class 0..4.  The
repository does not document the classes; from the examples they follow the
CAMEO quad classes (shared/data/conflibert_cameo/README.md): 0 statements
and appeals and 1 agree/consult/support are verbal cooperation, 2 (aid,
exchanges, releases) material cooperation, 3 (investigate, demand,
disapprove, reject, threaten) verbal conflict, 4 (protest, force, coerce,
attack) material conflict.

We run our parse -> actors -> events path on each sentence (without the
cleaner, whose length floor would reject single sentences) and take the quad
class of our most confident event (asserted ones first).  Printed: n, *coverage* (sentences with an
event), *polarity agreement* (cooperation {0,1,2} vs conflict {3,4}) and
*quad agreement* on covered sentences, and polarity agreement over all
sentences (no event counts as a miss).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "conflibert_cameo" / "cameo_class_test.tsv"

LABEL_QUAD = {"0": "verbal_cooperation", "1": "verbal_cooperation",
              "2": "material_cooperation", "3": "verbal_conflict", "4": "material_conflict"}


def _polarity(quad: str) -> str:
    return "cooperation" if quad.endswith("cooperation") else "conflict"


def _rank(e: Any) -> tuple[bool, float]:
    """Asserted or reported events first, then by confidence."""
    return (not e.negated and e.factuality.value != "hypothetical", e.confidence)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="sample N sentences (fixed seed)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=0, help="print K disagreements")
    args = ap.parse_args()
    if not DATA.is_file():
        print(f"skipped: {DATA} is absent")
        return 0
    from allegiance import ids
    from allegiance.actors import analyse
    from allegiance.events import extract
    from allegiance.records import Article
    from allegiance.resources import load_resources
    from allegiance.settings import Settings

    rows: list[tuple[str, str]] = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text.strip() and label.strip() in LABEL_QUAD:
            rows.append((text.strip(), label.strip()))
    if args.limit and args.limit < len(rows):
        rows = random.Random(args.seed).sample(rows, args.limit)
    res = load_resources(Settings(progress=False))
    t0 = time.perf_counter()
    covered = pol_ok = quad_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    for (text, label), doc in zip(rows, res.nlp.pipe(t for t, _ in rows), strict=True):
        article = Article(id=ids.article_id(text), source_path="conflibert", title=None,
                          author=None, outlet=None, original_source=None, published=None,
                          language="en", text=text)
        analysis = analyse(doc, article, res.kb)
        events, _ = extract(doc, analysis, article, res.lexicon, res.kb)
        events = [e for e in events if e.quad_class is not None]
        if not events:
            continue
        covered += 1
        best = max(events, key=_rank)
        ours = best.quad_class.value if best.quad_class else ""
        gold = LABEL_QUAD[label]
        confusion[(gold, ours)] += 1
        quad_ok += ours == gold
        agree = _polarity(ours) == _polarity(gold)
        pol_ok += agree
        if not agree and len(shown) < args.show:
            shown.append(f"gold {label} ({gold}); ours {best.type.value} {best.source} -> "
                         f"{best.target}\n    {text}")
    took = time.perf_counter() - t0
    n = len(rows)

    def pct(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

    print(f"ConfliBERT CAMEO test sentences: n={n}"
          + (f" (sample, seed {args.seed})" if args.limit else ""))
    print(f"coverage (any event):                 {pct(covered, n)}")
    print(f"polarity agreement (covered):         {pct(pol_ok, covered)}")
    print(f"quad-class agreement (covered):       {pct(quad_ok, covered)}")
    print(f"polarity agreement (all, miss=wrong): {pct(pol_ok, n)}")
    print("confusion (gold -> ours):")
    for (gold, ours), c in sorted(confusion.items()):
        print(f"  {gold:22s} -> {ours:22s} {c}")
    print(f"time: {took:.1f}s")
    for line in shown:
        print("  - " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
