"""The learned pair coder: features, the shipped model (offline, deterministic), how its
proposals and vetoes join the rules, and training on a small sample."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from allegiance.learned.coder import Coder, CoderMode
from allegiance.learned.features import Pair, pair_features, path
from allegiance.learned.model import NONE, PairModel, load_model
from allegiance.pipeline import process_text
from allegiance.resources import Resources


def _pair(resources: Resources, text: str, a: str, b: str) -> Pair:
    doc = resources.nlp(text)
    toks = {t.text: t for t in doc}
    return Pair(a, b, toks[a], toks[b])


def test_learned_features_follow_the_dependency_path(resources: Resources) -> None:
    p = _pair(resources, "Turkey attacked the Kurds near the border.", "Turkey", "Kurds")
    _, top, _ = path(p.source_head, p.target_head)
    assert top is not None and top.lemma_ == "attack"
    feats = pair_features(p, resources.lexicon, ("state", "armed_group"))
    assert "top=attack" in feats and "top_type=ASSAULT" in feats
    assert "path=nsubj^_vdobj" in feats and "order=st" in feats
    assert "kinds=state>armed_group" in feats


def test_learned_shipped_model_loads_offline_and_is_deterministic(resources: Resources) -> None:
    model = load_model()
    assert model is not None and NONE in model.labels
    assert {"data", "config", "thresholds"} <= set(model.meta)
    assert len(model.meta["data"]["sha256"]) == 64
    feats = pair_features(_pair(resources, "Iran armed the Houthis.", "Iran", "Houthis"),
                          resources.lexicon, ("state", "armed_group"))
    p1, p2 = model.proba(feats), load_model().proba(feats)  # type: ignore[union-attr]
    assert np.array_equal(p1, p2)
    assert abs(float(p1.sum()) - 1.0) < 1e-6
    label, prob, none = model.best(feats)
    assert label != NONE and 0 <= prob <= 1 and 0 <= none <= 1


def test_learned_model_round_trips_through_its_files(tmp_path: Path) -> None:
    m = PairModel(("ASSAULT", NONE), {"top=strike": 0}, np.array([[2.0, -2.0]], np.float32),
                  np.array([0.0, 0.5], np.float32), {"thresholds": {"add": 0.4}})
    m.save(tmp_path)
    back = load_model(tmp_path)
    assert back is not None and back.labels == m.labels and back.threshold("add", 0.9) == 0.4
    assert np.allclose(back.proba(["top=strike"]), m.proba(["top=strike"]))
    assert back.best(["unknown"])[0] == "ASSAULT"


def _toy(add: float, veto: float) -> PairModel:
    """Calls every pair joined by 'strike' an ASSAULT, everything else no event."""
    return PairModel(("ASSAULT", NONE), {"top=strike": 0}, np.array([[6.0, -6.0]], np.float32),
                     np.array([-3.0, 3.0], np.float32),
                     {"thresholds": {"add": add, "veto": veto, "veto_rule_confidence": 0.99}})


def _coded(resources: Resources, text: str, model: PairModel, mode: CoderMode) -> set[Any]:
    from dataclasses import replace

    res = replace(resources, coder=Coder(model, resources.lexicon, mode))
    return {(e.type.value, e.source, e.target, e.origin) for e in process_text(text, res).events}


def test_learned_proposals_fill_pairs_the_rules_leave(resources: Resources) -> None:
    text = "Israel's strike on Iran was condemned."
    rules = _coded(resources, text, _toy(0.5, 2.0), CoderMode.RULES)
    both = _coded(resources, text, _toy(0.5, 2.0), CoderMode.BOTH)
    assert rules <= both
    model = _coded(resources, text, _toy(0.5, 2.0), CoderMode.MODEL)
    assert all(origin == "model" for *_, origin in model)


def test_learned_veto_drops_rule_events_the_model_rejects(resources: Resources) -> None:
    text = "Turkey accused Russia of lying."
    kept = _coded(resources, text, _toy(2.0, 2.0), CoderMode.BOTH)
    assert ("ACCUSE", "TUR", "RUS", "rules") in kept
    vetoed = _coded(resources, text, _toy(2.0, 0.5), CoderMode.BOTH)
    assert ("ACCUSE", "TUR", "RUS", "rules") not in vetoed


def test_learned_training_on_a_sample_takes_under_a_minute(tmp_path: Path,
                                                          shared_dir: Path) -> None:
    pytest.importorskip("sklearn")
    root = Path(__file__).resolve().parents[1]
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, str(root / "training" / "train.py"), "--sample", "50",
                           "--out", str(tmp_path), "--C", "1.0"],
                          capture_output=True, text=True, check=False, timeout=300)
    took = time.perf_counter() - t0
    assert done.returncode == 0, done.stderr[-2000:]
    assert took < 60, took
    model = load_model(tmp_path)
    assert model is not None and model.meta["data"]["sentences"] == 50


def _always(add: float = 0.5) -> PairModel:
    """Calls every pair an ASSAULT: what the coder proposes is then what it pairs."""
    return PairModel(("ASSAULT", NONE), {"top=strike": 0}, np.array([[6.0, -6.0]], np.float32),
                     np.array([3.0, -3.0], np.float32),
                     {"thresholds": {"add": add, "veto": 2.0, "veto_rule_confidence": 0.99}})


@pytest.mark.parametrize("text", [
    "Iranian-backed forces gathered near Basra.",
    "Militias backed by Iran gathered near Basra on Monday.",
    "Russian-supported fighters held the town.",
])
def test_learned_coder_never_pairs_a_group_with_the_name_inside_it(
        resources: Resources, text: str) -> None:
    # the sponsor named inside the group's own mention describes it: no event between them
    assert _coded(resources, text, _always(), CoderMode.MODEL) == set()


@pytest.mark.parametrize("text", [
    "Turkish-backed rebels shelled Kurdish fighters.",
    "Iran-backed militias clashed with US troops.",
])
def test_learned_coder_pairs_the_described_group_itself(resources: Resources, text: str) -> None:
    coded = _coded(resources, text, _always(), CoderMode.MODEL)
    assert coded and all(not {s, t} & {"TUR", "IRN"} for _, s, t, _ in coded)
