"""Train the learned pair coder from the labelled sentences and ship it in the package.

usage: python training/train.py [--out DIR] [--sample N] [--seed S] [--C C]

1. The labelled sentences (``dataset.examples()``, rebuilt from ../shared) are split by
   record: the *test* fifth (``dataset.split``) is never trained on; of the rest, a
   *tune* fifth chooses the thresholds and C, the others are the *fit* set.
2. Each sentence is parsed and its actors resolved by the engine (spaCy, the KB, the
   actors stage); every ordered pair of actors in it is a training row, labelled with
   the type of the person-labelled event whose source and target spans overlap the two
   actors' mentions, else ``NONE``.
3. A multinomial logistic regression (scikit-learn, lbfgs, fixed seed) learns from the
   pairs' features (``allegiance.learned.features``); C is chosen on the tune set.
4. The thresholds of the combination (``allegiance.learned.coder``) are chosen on the tune
   set, with the rules' own events on those sentences: ``add`` and ``veto`` (and C) give
   the highest recall of (type, source, target) over the tune sentences' two-actor
   events whose precision is not below the rules' own there (the combination must add
   events without making the record less precise); F1 breaks ties.
5. The final model is trained on fit + tune with the chosen C and written, with its
   config, counts, seed and a SHA-256 of the training rows, to ``--out`` (default: the
   package's ``data/learned``).

``--sample N`` trains on the first N labelled sentences only (a smoke test).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import dataset  # noqa: E402

SEED = 13
C_GRID = (0.1, 0.3, 1.0, 3.0)
ADD_GRID = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8)
VETO_GRID = (0.9, 0.95, 0.98, 2.0)  # 2.0: never veto


@dataclass
class Row:
    """One ordered actor pair of a labelled sentence."""

    example: str
    source: str
    target: str
    features: list[str]
    label: str


@dataclass
class Sentence:
    """A labelled sentence with its pairs and the rules' two-actor events on it."""

    id: str
    rows: list[Row]
    gold: set[tuple[str, str, str]]
    rules: list[tuple[str, str, str, float]]


def tune_split(ex: Any) -> bool:
    """A fixed fifth of the non-test records, for choosing C and thresholds."""
    h = int(hashlib.sha1(f"tune:{ex.dataset}:{ex.key}".encode()).hexdigest()[:8], 16)
    return h % 5 == 0


def _actor_at(result_mentions: Sequence[Any], span: list[int] | None) -> str | None:
    if span is None:
        return None
    best, size = None, 0
    for m in result_mentions:
        overlap = min(m.end, span[1]) - max(m.start, span[0])
        if overlap > size:
            best, size = m.actor_id, overlap
    return best


def build(examples: Sequence[Any], res: Any) -> list[Sentence]:
    """Pairs, gold and rule events of each labelled sentence."""
    from allegiance.actors import analyse
    from allegiance.events import extract
    from allegiance.events.discourse import segments
    from allegiance.events.extractor import same_side
    from allegiance.learned.coder import kind_of, mention_heads, pairs
    from allegiance.learned.features import pair_features
    from allegiance.learned.model import NONE
    from allegiance.pipeline import process_text

    out: list[Sentence] = []
    texts = [e.text for e in examples]
    for ex, doc in zip(examples, res.nlp.pipe(texts, batch_size=64), strict=True):
        result = process_text(ex.text, res, source_path=ex.id, doc=doc)
        analysis = analyse(doc, result.article, res.kb)
        gold: dict[tuple[str, str], str] = {}
        for g in ex.events:
            s, t = _actor_at(result.mentions, g["source"]), _actor_at(result.mentions, g["target"])
            if s and t and s != t:
                gold.setdefault((s, t), g["type"])
        rows: list[Row] = []
        for seg in segments(doc):
            heads = mention_heads(analysis, seg.span)
            actors = analysis.actors
            for p in pairs(heads, lambda a, b, actors=actors: same_side(a, b, actors)):
                feats = pair_features(p, res.lexicon, (kind_of(p.source, analysis.actors),
                                                        kind_of(p.target, analysis.actors)))
                rows.append(Row(ex.id, p.source, p.target, feats,
                                gold.get((p.source, p.target), NONE)))
        rules_events, _ = extract(doc, analysis, result.article, res.lexicon, res.kb)
        rules = [(e.type.value, e.source, e.target, e.confidence) for e in rules_events
                 if e.source and e.target and not e.negated
                 and e.factuality.value != "hypothetical"]
        out.append(Sentence(ex.id, rows, {(t, s, g) for (s, g), t in gold.items()}, rules))
    return out


def _matrix(rows: Sequence[Row], vocab: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix

    data, ind, ptr = [], [], [0]
    for r in rows:
        cols = sorted({vocab[f] for f in r.features if f in vocab})
        ind.extend(cols)
        data.extend([1.0] * len(cols))
        ptr.append(len(ind))
    return csr_matrix((np.array(data), np.array(ind, dtype=np.int64), np.array(ptr)),
                      shape=(len(rows), len(vocab)))


def fit(rows: Sequence[Row], c: float, seed: int) -> Any:
    """A trained model (``allegiance.learned.model.PairModel``) on ``rows``."""
    from sklearn.linear_model import LogisticRegression

    from allegiance.learned.model import NONE, from_arrays

    counts = Counter(f for r in rows for f in set(r.features))
    features = sorted(f for f, n in counts.items() if n >= 2)
    vocab = {f: i for i, f in enumerate(features)}
    labels = sorted({r.label for r in rows} | {NONE})
    y = np.array([labels.index(r.label) for r in rows])
    clf = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    clf.fit(_matrix(rows, vocab), y)
    weights = np.zeros((len(features), len(labels)))
    bias = np.zeros(len(labels))
    for k, cls in enumerate(clf.classes_):
        weights[:, cls] = clf.coef_[k] if len(clf.classes_) > 2 else (
            clf.coef_[0] if k == 1 else -clf.coef_[0])
        bias[cls] = clf.intercept_[k] if len(clf.classes_) > 2 else (
            clf.intercept_[0] if k == 1 else -clf.intercept_[0])
    missing = [i for i in range(len(labels)) if i not in set(clf.classes_)]
    bias[missing] = -1e3
    return from_arrays(labels, features, weights, bias, {})


def combined_f1(sentences: Sequence[Sentence], model: Any, add: float, veto: float,
                veto_conf: float = 0.6, mode: str = "both") -> tuple[float, float, float]:
    """(F1, precision, recall) of two-actor (type, source, target) over ``sentences``."""
    tp = fp = fn = 0
    for s in sentences:
        scored = {(r.source, r.target): model.best(r.features) for r in s.rows}
        ours: set[tuple[str, str, str]] = set()
        if mode != "model":
            for t, a, b, conf in s.rules:
                _, _, none = scored.get((a, b), ("", 0.0, 0.0))
                if mode == "both" and conf < veto_conf and none >= veto:
                    continue
                ours.add((t, a, b))
        covered = {frozenset((a, b)) for _, a, b in ours}
        if mode != "rules":
            for (a, b), (label, p, _) in scored.items():
                if p >= add and (mode == "model" or frozenset((a, b)) not in covered):
                    ours.add((label, a, b))
        tp += len(ours & s.gold)
        fp += len(ours - s.gold)
        fn += len(s.gold - ours)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--C", type=float, default=0.0, help="skip the C search")
    args = ap.parse_args()
    from allegiance.learned.model import MODEL_DIR, fingerprint
    from allegiance.resources import load_resources
    from allegiance.settings import Settings

    t0 = time.perf_counter()
    examples = [e for e in dataset.examples() if dataset.split(e) == "train"]
    if args.sample:
        examples = examples[:args.sample]
    res = load_resources(Settings(progress=False, coder="rules"))
    sentences = build(examples, res)
    by_id = {e.id: e for e in examples}
    tune = [s for s in sentences if tune_split(by_id[s.id])]
    fitset = [s for s in sentences if not tune_split(by_id[s.id])] or sentences
    tune = tune or sentences
    fit_rows = [r for s in fitset for r in s.rows]
    grid = (args.C,) if args.C else C_GRID
    rules_f, rules_p, rules_r = combined_f1(tune, fit(fit_rows, grid[0], args.seed), 2.0, 2.0,
                                            mode="rules")
    best: tuple[tuple[bool, float, float], float, float, float] | None = None
    for c in grid:
        m = fit(fit_rows, c, args.seed)
        for add in ADD_GRID:
            for veto in VETO_GRID:
                f, p, r = combined_f1(tune, m, add, veto)
                key = (p >= rules_p, r, f)
                if best is None or key > best[0]:
                    best = (key, c, add, veto)
    assert best is not None
    _, c, add, veto = best
    all_rows = [r for s in sentences for r in s.rows]
    model = fit(all_rows, c, args.seed)
    digest = fingerprint(json.dumps([r.example, r.source, r.target, r.label, r.features])
                         for r in all_rows)
    both_f, both_p, both_r = combined_f1(tune, model, add, veto)
    meta = {
        "thresholds": {"add": add, "veto": veto, "veto_rule_confidence": 0.6},
        "config": {"C": c, "seed": args.seed, "solver": "lbfgs", "min_feature_count": 2,
                   "C_grid": list(grid), "add_grid": list(ADD_GRID), "veto_grid": list(VETO_GRID)},
        "data": {"sentences": len(sentences), "pairs": len(all_rows),
                 "events": sum(r.label != "NONE" for r in all_rows), "sha256": digest,
                 "labels": dict(Counter(r.label for r in all_rows))},
        "tune": {"rules_f1": round(rules_f, 4), "rules_precision": round(rules_p, 4),
                 "rules_recall": round(rules_r, 4), "both_f1_refit": round(both_f, 4),
                 "both_precision_refit": round(both_p, 4), "both_recall_refit": round(both_r, 4)},
    }
    model = type(model)(model.labels, model.vocab, model.weights, model.bias, meta)
    out = args.out or MODEL_DIR
    model.save(out)
    size = sum(p.stat().st_size for p in out.glob("pair_model.*"))
    print(f"{len(sentences)} sentences, {len(all_rows)} pairs, C={c}, add={add}, veto={veto}")
    print(f"tune: rules F1 {rules_f:.3f} (P {rules_p:.3f} R {rules_r:.3f}); "
          f"both recall {best[0][1]:.3f}, F1 {best[0][2]:.3f} before refit")
    print(f"wrote {out} ({size / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
