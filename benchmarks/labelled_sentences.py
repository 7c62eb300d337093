"""Event coding on the sentences people labelled for training (``training/labels``).

usage: python benchmarks/labelled_sentences.py [--split all|test] [--show K] [--type T]

Each labelled sentence (rebuilt from ../shared by ``training/dataset.py``) is coded on
its own. A gold event counts when it has a source and a target span; an emitted event
*matches* it when the type is equal, the event is real (neither negated nor
hypothetical), and the source and target were read from mentions overlapping the gold
spans. **Recall** = matched gold two-actor events / all of them; **precision** = emitted
real two-actor events that match a gold event / all of them. Also printed: *sentence
type F1* (the set of types per sentence, every sentence counted, no event included) and
recall/precision per type. ``--split test`` scores only the held-out fifth of the
sentences (``training/dataset.py``: ``split``), the part a trained model never sees.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from typing import Any

from _common import ROOT, code_all, f1, load, pct, real

sys.path.insert(0, str(ROOT / "training"))


def _spans(result: Any, actor: str | None) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in result.mentions if m.actor_id == actor]


def _overlaps(spans: list[tuple[int, int]], gold: list[int] | None) -> bool:
    return gold is not None and any(a < gold[1] and gold[0] < b for a, b in spans)


def score(examples: list[Any], res: Any, type_filter: str | None = None) -> dict[str, Any]:
    """Figures over ``examples`` (see module doc)."""
    gold_n = gold_hit = emitted = correct = 0
    tp = fp = fn = 0
    per_gold: Counter[str] = Counter()
    per_hit: Counter[str] = Counter()
    per_emit: Counter[str] = Counter()
    per_ok: Counter[str] = Counter()
    misses: list[str] = []
    for ex, result in zip(examples, code_all((e.text for e in examples), res), strict=True):
        gold = [g for g in ex.events if type_filter is None or g["type"] == type_filter]
        ours = [e for e in result.events if real(e)
                and (type_filter is None or e.type.value == type_filter)]

        def match(e: Any, g: dict[str, Any], result: Any = result) -> bool:
            return (e.type.value == g["type"] and _overlaps(_spans(result, e.source), g["source"])
                    and _overlaps(_spans(result, e.target), g["target"]))

        gtypes = {g["type"] for g in gold if not g["negated"] and g["factuality"] != "hypothetical"}
        otypes = {e.type.value for e in ours}
        tp += len(gtypes & otypes)
        fp += len(otypes - gtypes)
        fn += len(gtypes - otypes)
        for g in gold:
            if g["source"] is None or g["target"] is None or g["negated"] \
                    or g["factuality"] == "hypothetical":
                continue
            gold_n += 1
            per_gold[g["type"]] += 1
            if any(match(e, g) for e in ours):
                gold_hit += 1
                per_hit[g["type"]] += 1
            else:
                got = "; ".join(f"{e.type.value} {e.source}->{e.target}" for e in result.events)
                s, t = g["source"], g["target"]
                misses.append(f"{g['type']} {ex.text[s[0]:s[1]]!r} -> {ex.text[t[0]:t[1]]!r}"
                              f"  [ours: {got or '-'}]\n      {ex.text}")
        for e in ours:
            if e.target is None:
                continue
            emitted += 1
            per_emit[e.type.value] += 1
            ok = any(match(e, g) for g in gold)
            correct += ok
            per_ok[e.type.value] += ok
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"n": len(examples), "gold_n": gold_n, "gold_hit": gold_hit, "emitted": emitted,
            "correct": correct, "type_f1": f1(p, r), "type_p": p, "type_r": r,
            "per_gold": per_gold, "per_hit": per_hit, "per_emit": per_emit, "per_ok": per_ok,
            "misses": misses}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("all", "test"), default="all")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--type", default=None)
    args = ap.parse_args()
    try:
        import dataset
        examples = dataset.examples()
    except (FileNotFoundError, KeyError) as exc:
        print(f"skipped: the shared corpora are absent ({exc})")
        return 0
    if args.split == "test":
        examples = [e for e in examples if dataset.split(e) == "test"]
    res = load()
    t0 = time.perf_counter()
    s = score(examples, res, args.type)
    r = s["gold_hit"] / s["gold_n"] if s["gold_n"] else 0.0
    p = s["correct"] / s["emitted"] if s["emitted"] else 0.0
    print(f"labelled sentences ({args.split}): n={s['n']}")
    print(f"two-actor recall:    {pct(s['gold_hit'], s['gold_n'])}")
    print(f"two-actor precision: {pct(s['correct'], s['emitted'])}")
    print(f"two-actor F1:        {f1(p, r):.3f}")
    print(f"sentence type F1:    {s['type_f1']:.3f} (P {s['type_p']:.3f}, R {s['type_r']:.3f})")
    print("per type (recall; precision):")
    for t in sorted(set(s["per_gold"]) | set(s["per_emit"])):
        print(f"  {t:10s} {pct(s['per_hit'][t], s['per_gold'][t]):>18}  "
              f"{pct(s['per_ok'][t], s['per_emit'][t]):>18}")
    print(f"time: {time.perf_counter() - t0:.0f}s")
    for line in s["misses"][:args.show]:
        print("  - " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
