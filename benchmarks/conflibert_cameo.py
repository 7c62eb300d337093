"""Cooperation/conflict and targets on the ConfliBERT CAMEO test sentences (shared/data).

usage: python benchmarks/conflibert_cameo.py [--limit N] [--seed S] [--show K] [--brief]

``cameo_class_test.tsv`` holds 451 news sentences with a class 0..4. The repository
does not document the classes; from the examples they follow the CAMEO quad classes
(shared/data/conflibert_cameo/README.md): 0 statements and appeals and 1
agree/consult/support are verbal cooperation, 2 (aid, exchanges, releases) material
cooperation, 3 (investigate, demand, disapprove, reject, threaten) verbal conflict, 4
(protest, force, coerce, attack) material conflict. ``cameo_ner_test.txt`` has the same
sentences tokenised, with the source (S) and target (T) spans tagged.

Each sentence is coded on its own (``process_text``); our *top event* is the first by
(real, has a target, confidence). Printed:

- **polarity, all sentences**: the top event's cooperation/conflict equals the gold
  class's, over all 451 sentences (no event counts as wrong; saying "conflict" every
  time scores 0.572);
- **target where found**: of the sentences with a top event and a gold target span, those
  where the top event's target was read from a mention that overlaps a gold T span;
- coverage, polarity and quad class where an event is found, and the confusion.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from typing import Any

from _common import REJECTED, SHARED, code_all, load, pct, rank

CLASSES = SHARED / "data" / "conflibert_cameo" / "cameo_class_test.tsv"
NER = SHARED / "data" / "conflibert_cameo" / "cameo_ner_test.txt"

LABEL_QUAD = {"0": "verbal_cooperation", "1": "verbal_cooperation",
              "2": "material_cooperation", "3": "verbal_conflict", "4": "material_conflict"}


def polarity(quad: str) -> str:
    """cooperation or conflict, from a quad class name."""
    return "cooperation" if quad.endswith("cooperation") else "conflict"


def _ner_sentences() -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in NER.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
            continue
        tok, _, tag = line.rpartition(" ")
        cur.append((tok, tag))
    if cur:
        out.append(cur)
    return out


def _squash(s: str) -> str:
    return "".join(s.split())


def target_spans(text: str, tokens: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Character spans of the T-tagged tokens in ``text`` (tokens found in order)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    cur: tuple[int, int] | None = None
    for tok, tag in tokens:
        at = text.find(tok, pos)
        if at < 0:
            cur = None
            continue
        pos = at + len(tok)
        if tag.endswith("-T"):
            if tag.startswith("B-") or cur is None:
                if cur is not None:
                    spans.append(cur)
                cur = (at, pos)
            else:
                cur = (cur[0], pos)
        elif cur is not None:
            spans.append(cur)
            cur = None
    if cur is not None:
        spans.append(cur)
    return spans


def load_rows(limit: int = 0, seed: int = 13) -> list[tuple[str, str, list[tuple[int, int]] | None]]:
    """(sentence, class, gold target spans or None when the NER file lacks the sentence)."""
    ner = {_squash(" ".join(t for t, _ in s)): s for s in _ner_sentences()}
    rows: list[tuple[str, str, list[tuple[int, int]] | None]] = []
    for line in CLASSES.read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        text, label = text.strip(), label.strip()
        if text and label in LABEL_QUAD:
            toks = ner.get(_squash(text))
            rows.append((text, label, None if toks is None else target_spans(text, toks)))
    if limit and limit < len(rows):
        rows = random.Random(seed).sample(rows, limit)
    return rows


def score_rows(rows: list[tuple[str, str, list[tuple[int, int]] | None]], res: Any) -> dict[str, Any]:
    """Polarity over all sentences and target accuracy where an event is found."""
    covered = pol_ok = quad_ok = tgt_n = tgt_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    for (text, label, spans), result in zip(rows, code_all((r[0] for r in rows), res), strict=True):
        events = [e for e in result.events if e.quad_class is not None]
        if not events:
            continue
        covered += 1
        best = max(events, key=rank)
        ours = best.quad_class.value
        gold = LABEL_QUAD[label]
        confusion[(gold, ours)] += 1
        quad_ok += ours == gold
        agree = polarity(ours) == polarity(gold)
        pol_ok += agree
        if spans:
            tgt_n += 1
            where = [(m.start, m.end) for m in result.mentions if m.actor_id == best.target]
            tgt_ok += any(a < e and s < b for a, b in where for s, e in spans)
        if not agree:
            shown.append(f"gold {label} ({gold}); ours {best.type.value} {best.source} -> "
                         f"{best.target}\n    {text}")
    return {"n": len(rows), "covered": covered, "pol_ok": pol_ok, "quad_ok": quad_ok,
            "tgt_n": tgt_n, "tgt_ok": tgt_ok, "confusion": confusion, "shown": shown,
            "polarity_all": pol_ok / len(rows) if rows else 0.0,
            "target": tgt_ok / tgt_n if tgt_n else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="sample N sentences (fixed seed)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=0, help="print K disagreements")
    ap.add_argument("--brief", action="store_true", help="headline figures only")
    args = ap.parse_args()
    if not CLASSES.is_file() or not NER.is_file():
        print(f"skipped: {CLASSES.parent} is absent")
        return 0
    rows = load_rows(args.limit, args.seed)
    res = load()
    t0 = time.perf_counter()
    s = score_rows(rows, res)
    took = time.perf_counter() - t0
    n = s["n"]
    conflict = sum(label in ("3", "4") for _, label, _ in rows)
    print(f"ConfliBERT CAMEO test sentences: n={n}"
          + (f" (sample, seed {args.seed})" if args.limit else ""))
    print(f"polarity right, all sentences (no event = wrong): {pct(s['pol_ok'], n)}"
          f"   [always 'conflict': {pct(conflict, n)}]")
    print(f"target right where an event is found:             {pct(s['tgt_ok'], s['tgt_n'])}")
    if not args.brief:
        print(f"coverage (any event):                             {pct(s['covered'], n)}")
        print(f"polarity right where found:                       {pct(s['pol_ok'], s['covered'])}")
        print(f"quad class right where found:                     {pct(s['quad_ok'], s['covered'])}")
        print("confusion (gold -> ours):")
        for (gold, ours), c in sorted(s["confusion"].items()):
            print(f"  {gold:22s} -> {ours:22s} {c}")
        print(f"rejected by the cleaner (coded as nothing): {len(REJECTED)}")
        print(f"time: {took:.1f}s")
    for line in s["shown"][:args.show]:
        print("  - " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
