"""Ablation of the event coders: rules only, the learned pair model only, both combined.

usage: python benchmarks/coder_ablation.py [--skip-dev] [--skip-speed]

For each coder setting (``--coder rules|model|both``) it prints:

- dev gold (``../shared/dev``, scored by ``allegiance.evaluate``): events recall,
  events_grounded, dyad_precision, must_not_ok;
- PLOVER gold records: recall, precision and F1 of (type, source, target) with every real
  two-actor event counted (``plover_gold.py``);
- ConfliBERT CAMEO test: polarity right over all sentences, target right where an event
  is found (``conflibert_cameo.py``);
- the held-out fifth of the labelled training sentences (``labelled_sentences.py --split
  test``, never trained on): two-actor recall, precision and F1;
- cost: seconds per article and peak memory (max RSS) of a one-worker ``allegiance run``
  over the dev articles, in a fresh process per setting.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from _common import ROOT, SHARED, f1

CODERS = ("rules", "model", "both")


def _resources(coder: str) -> Any:
    from allegiance.resources import load_resources
    from allegiance.settings import Settings

    return load_resources(Settings(progress=False, coder=coder))


def _dev(coder: str) -> dict[str, str]:
    from allegiance.api import run
    from allegiance.evaluate import evaluate
    from allegiance.settings import load_settings

    out = Path(tempfile.mkdtemp(prefix=f"abl-{coder}-"))
    run([str(SHARED / "dev")], load_settings({"out_dir": out, "db_path": out / "s.duckdb",
                                              "workers": 2, "progress": False, "coder": coder}))
    rep = evaluate(SHARED / "gold" / "dev.json", SHARED / "gold" / "dev_actors.json", out)
    return {k: f"{rep.metric(k).value:.3f}" for k in
            ("events", "events_grounded", "dyad_precision", "must_not_ok")}


def _speed(coder: str) -> tuple[float, float]:
    """(seconds per article, peak RSS in MB) of a one-worker run over the dev articles."""
    out = Path(tempfile.mkdtemp(prefix=f"speed-{coder}-"))
    n = len(list((SHARED / "dev").glob("*.txt")))
    cmd = [sys.executable, "-m", "allegiance", "run", str(SHARED / "dev"), "--out", str(out),
           "--workers", "1", "--coder", coder, "--no-progress"]
    # a wrapper process per setting, so that the peak is this run's alone
    wrapper = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
               "subprocess.run(sys.argv[1:], check=True, capture_output=True); "
               "print(time.perf_counter() - t, "
               "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", wrapper, *cmd], check=True,
                          capture_output=True, text=True, cwd=ROOT)
    took, peak_kb = done.stdout.split()
    return float(took) / n, float(peak_kb) / 1024


def main() -> int:
    sys.path.insert(0, str(ROOT / "training"))
    import conflibert_cameo
    import labelled_sentences
    import plover_gold

    rows: dict[str, dict[str, str]] = {c: {} for c in CODERS}
    for coder in CODERS:
        r = rows[coder]
        if "--skip-dev" not in sys.argv and (SHARED / "dev").is_dir():
            for k, v in _dev(coder).items():
                r[f"dev {k}"] = v
        res = _resources(coder)
        if plover_gold.DATA.is_file():
            p = plover_gold.score_records(plover_gold.load_records(), res)
            r["PLOVER F1"] = f"{p['f1']:.3f}"
            r["PLOVER P / R"] = f"{p['precision']:.3f} / {p['recall']:.3f}"
        if conflibert_cameo.CLASSES.is_file():
            c = conflibert_cameo.score_rows(conflibert_cameo.load_rows(), res)
            r["ConfliBERT polarity, all"] = f"{c['polarity_all']:.3f}"
            r["ConfliBERT target, found"] = f"{c['target']:.3f}"
        try:
            import dataset
            test = [e for e in dataset.examples() if dataset.split(e) == "test"]
        except (FileNotFoundError, KeyError):
            test = []
        if test:
            s = labelled_sentences.score(test, res)
            rec = s["gold_hit"] / s["gold_n"] if s["gold_n"] else 0.0
            pre = s["correct"] / s["emitted"] if s["emitted"] else 0.0
            r["labelled test F1"] = f"{f1(pre, rec):.3f}"
            r["labelled test P / R"] = f"{pre:.3f} / {rec:.3f}"
        if "--skip-speed" not in sys.argv and (SHARED / "dev").is_dir():
            per, peak = _speed(coder)
            r["s / article (1 worker)"] = f"{per:.2f}"
            r["peak RSS MB (1 worker)"] = f"{peak:.0f}"
    labels = list(dict.fromkeys(k for r in rows.values() for k in r))
    width = max(len(x) for x in labels)
    print(f"{'measure':<{width}}  " + "  ".join(f"{c:>13}" for c in CODERS))
    for label in labels:
        print(f"{label:<{width}}  " + "  ".join(f"{rows[c].get(label, '-'):>13}" for c in CODERS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
