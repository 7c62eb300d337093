"""Run allegiance on the five seed articles and score the export against the gold.

usage: python benchmarks/seed_score.py [OUT_DIR] [--brief]

Prints the scorer's lines (``../shared/tools/score.py``) and the wall time.
Runs the real ``allegiance run`` code path in-process.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main() -> int:
    if not (SHARED / "seeds").is_dir():
        print(f"skipped: {SHARED / 'seeds'} is absent")
        return 0
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="seedscore-"))
    from allegiance.api import run
    from allegiance.settings import load_settings

    settings = load_settings({"out_dir": out, "db_path": out / "seeds.duckdb", "workers": 1,
                              "progress": False})
    (out / "seeds.duckdb").unlink(missing_ok=True)
    t0 = time.perf_counter()
    summary = run([str(SHARED / "seeds")], settings)
    took = time.perf_counter() - t0
    cmd = [sys.executable, str(SHARED / "tools" / "score.py"), str(SHARED / "gold" / "seeds.json"),
           str(SHARED / "gold" / "actors.json"), str(out)]
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = res.stdout.splitlines()
    if "--brief" in sys.argv:
        lines = [ln for ln in lines if not ln.startswith("  - ")]
    print("\n".join(lines))
    print(f"articles: {summary.articles}  rejected: {summary.rejected}  time: {took:.2f}s  out: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
