"""The pair coder's weights: a multinomial logistic regression over feature strings.

Trained by ``training/train.py`` (scikit-learn, fixed seed) and shipped inside the
package as ``data/learned/pair_model.npz`` (weights) with ``pair_model.json`` (labels,
feature vocabulary, thresholds, training config and data hash). Prediction needs only
numpy: the score of a label is its bias plus the weights of the features present, and
the probabilities are their softmax. Same input, same output, on every run.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from allegiance.errors import KnowledgeBaseError

NONE = "NONE"
"""The label of a pair the sentence states no event between."""

MODEL_DIR = Path(str(resources.files("allegiance") / "data" / "learned"))


@dataclass(frozen=True, eq=False)
class PairModel:
    """Labels, feature index, weights (features x labels), bias and metadata."""

    labels: tuple[str, ...]
    vocab: Mapping[str, int]
    weights: np.ndarray
    bias: np.ndarray
    meta: Mapping[str, Any]

    def proba(self, features: Iterable[str]) -> np.ndarray:
        """Probability of each label (in ``labels`` order) for one pair's features."""
        rows = sorted({self.vocab[f] for f in features if f in self.vocab})
        scores = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        scores = scores - scores.max()
        exp: np.ndarray = np.exp(scores)
        out: np.ndarray = exp / exp.sum()
        return out

    def best(self, features: Iterable[str]) -> tuple[str, float, float]:
        """(most probable event label, its probability, probability of ``NONE``)."""
        p = self.proba(features)
        none = self.labels.index(NONE)
        order = np.argsort(-p, kind="stable")
        label = next(int(i) for i in order if int(i) != none)
        return self.labels[label], float(p[label]), float(p[none])

    def threshold(self, name: str, default: float) -> float:
        """A threshold of the combination (``meta['thresholds']``)."""
        return float(self.meta.get("thresholds", {}).get(name, default))

    def save(self, folder: Path, stem: str = "pair_model") -> None:
        """Write ``stem.npz`` and ``stem.json`` into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        features = [f for f, _ in sorted(self.vocab.items(), key=lambda kv: kv[1])]
        np.savez_compressed(folder / f"{stem}.npz", weights=self.weights.astype(np.float32),
                            bias=self.bias.astype(np.float32))
        (folder / f"{stem}.json").write_text(json.dumps(
            {"labels": list(self.labels), "features": features, "meta": dict(self.meta)},
            indent=1, sort_keys=True) + "\n", encoding="utf-8")


def from_arrays(labels: Sequence[str], features: Sequence[str], weights: np.ndarray,
                bias: np.ndarray, meta: Mapping[str, Any]) -> PairModel:
    """A model from trained arrays, features whose weights are all ~0 dropped."""
    keep = np.abs(weights).max(axis=1) > 1e-4
    kept = [f for f, k in zip(features, keep, strict=True) if k]
    return PairModel(tuple(labels), {f: i for i, f in enumerate(kept)},
                     weights[keep].astype(np.float32), bias.astype(np.float32), dict(meta))


def load_model(folder: Path | None = None, stem: str = "pair_model") -> PairModel | None:
    """The shipped model (or one in ``folder``); None when no model file is there."""
    return _load(str(folder or MODEL_DIR), stem)


@lru_cache(maxsize=4)
def _load(folder: str, stem: str) -> PairModel | None:
    npz, js = Path(folder) / f"{stem}.npz", Path(folder) / f"{stem}.json"
    if not npz.is_file() or not js.is_file():
        return None
    try:
        info = json.loads(js.read_text(encoding="utf-8"))
        with np.load(npz) as arrays:
            weights, bias = arrays["weights"], arrays["bias"]
    except (OSError, ValueError, KeyError) as exc:
        raise KnowledgeBaseError(f"cannot read the pair model in {folder}: {exc}") from exc
    labels = tuple(info["labels"])
    if weights.shape != (len(info["features"]), len(labels)) or NONE not in labels:
        raise KnowledgeBaseError(f"{js}: weights do not fit labels and features")
    return PairModel(labels, {f: i for i, f in enumerate(info["features"])}, weights, bias,
                     info.get("meta", {}))


def fingerprint(rows: Iterable[str]) -> str:
    """SHA-256 of the training rows, as recorded in the model's metadata."""
    h = hashlib.sha256()
    for r in rows:
        h.update(r.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()
