"""The event-coding acceptance table: dev gold, seeds, PLOVER records, ConfliBERT sentences.

usage: python benchmarks/event_coding.py [--skip-dev]

Runs the engine on the 24 development articles (``../shared/dev``) and on the five seed
articles, scores both with ``allegiance.evaluate`` (the reference scorer's numbers), runs
the PLOVER and ConfliBERT sentence benchmarks, and prints one table: each figure now,
the figure measured on main at 737f7a8 before the event-coding work, and the target.

What the figures mean:

- dev ``events``: gold events found (type accepted, source and target right, neither
  negated nor hypothetical) / all gold events; ``events_grounded``: found *from the
  sentence that states it*; ``relations``: gold standing relations found;
  ``dyad_precision``: emitted real two-actor events whose pair the gold relates / all
  of them; ``must_not_ok``: hard negatives avoided; ``shifts``: gold shifts found.
- PLOVER ``F1``: of (type, source, target) on one event per record, with precision over
  every real two-actor event emitted (``benchmarks/plover_gold.py``).
- ConfliBERT ``polarity``: cooperation/conflict of our top event right over all 451
  sentences (no event = wrong); ``target``: the top event's target overlaps the gold
  target span, where an event is found (``benchmarks/conflibert_cameo.py``).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from _common import SHARED, load

# (label, figure before the work at 737f7a8, target) in print order
ROWS: list[tuple[str, str, str]] = [
    ("dev events", "0.230", ">= 0.60"),
    ("dev events_grounded", "0.171", ">= 0.50"),
    ("dev relations", "0.264", ">= 0.50"),
    ("dev dyad_precision", "0.941", ">= 0.85"),
    ("dev must_not_ok", "0.933", ">= 0.95"),
    ("dev shifts", "0/3", ">= 2/3"),
    ("seed events", "1.000", ">= 0.90"),
    ("seed must_not_ok", "1.000", "1.0"),
    ("PLOVER recall", "0.357", ""),
    ("PLOVER precision", "0.839", ""),
    ("PLOVER F1", "0.501", ">= 0.65"),
    ("ConfliBERT polarity, all", "0.488", ">= 0.70"),
    ("ConfliBERT target, found", "0.620", ">= 0.75"),
]


def _run_and_score(inputs: Path, gold: Path, actors: Path) -> dict[str, tuple[int, int]]:
    from allegiance.api import run
    from allegiance.evaluate import evaluate
    from allegiance.settings import load_settings

    out = Path(tempfile.mkdtemp(prefix="evbench-"))
    run([str(inputs)], load_settings({"out_dir": out, "db_path": out / "s.duckdb", "workers": 2,
                                      "progress": False}))
    report = evaluate(gold, actors, out)
    return {m.name: (m.hits, m.total) for m in report.metrics}


def _ratio(c: tuple[int, int]) -> str:
    return f"{c[0] / c[1]:.3f} ({c[0]}/{c[1]})" if c[1] else "n/a"


def main() -> int:
    import conflibert_cameo
    import plover_gold

    now: dict[str, str] = {}
    t0 = time.perf_counter()
    g = SHARED / "gold"
    if "--skip-dev" not in sys.argv and (SHARED / "dev").is_dir():
        dev = _run_and_score(SHARED / "dev", g / "dev.json", g / "dev_actors.json")
        for k in ("events", "events_grounded", "relations", "dyad_precision", "must_not_ok"):
            now[f"dev {k}"] = _ratio(dev[k])
        now["dev shifts"] = f"{dev['shifts'][0]}/{dev['shifts'][1]}"
    if (SHARED / "seeds").is_dir():
        seeds = _run_and_score(SHARED / "seeds", g / "seeds.json", g / "actors.json")
        now["seed events"] = _ratio(seeds["events"])
        now["seed must_not_ok"] = _ratio(seeds["must_not_ok"])
    res = load()
    if plover_gold.DATA.is_file():
        p = plover_gold.score_records(plover_gold.load_records(), res)
        now["PLOVER recall"] = _ratio((p["found"], p["n"]))
        now["PLOVER precision"] = _ratio((p["correct"], p["emitted"]))
        now["PLOVER F1"] = f"{p['f1']:.3f}"
    if conflibert_cameo.CLASSES.is_file():
        c = conflibert_cameo.score_rows(conflibert_cameo.load_rows(), res)
        now["ConfliBERT polarity, all"] = _ratio((c["pol_ok"], c["n"]))
        now["ConfliBERT target, found"] = _ratio((c["tgt_ok"], c["tgt_n"]))
    width = max(len(r[0]) for r in ROWS)
    print(f"{'measure':<{width}}  {'now':>20}  {'before (737f7a8)':>16}  target")
    for label, before, target in ROWS:
        print(f"{label:<{width}}  {now.get(label, 'skipped'):>20}  {before:>16}  {target}")
    print(f"time: {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
