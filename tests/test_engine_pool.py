"""Engines only move documents: a process pool gives the same records as one process."""

from __future__ import annotations

from pathlib import Path

from allegiance.api import run
from allegiance.export import CONTRACT_FILES
from allegiance.settings import load_settings

TEXTS = (
    "Iraq Presses Militias\n\nBAGHDAD, March 3, 2021 - Iraqi forces arrested five members of an "
    "Iran-backed militia suspected of firing rockets at a base hosting US troops, officials said. "
    "The militia denied the accusation and threatened to retaliate against the government.",
    "Talks in Ankara\n\nTurkey and Iraq held talks in Ankara on Monday about water and security. "
    "Turkish officials urged Baghdad to act against PKK fighters in the north, and the two "
    "governments agreed to share intelligence on the group, according to a joint statement.",
    "",  # an empty file: a rejection passes through the pool in order
)


def _run(tmp: Path, workers: int) -> dict[str, str]:
    src = tmp / "in"
    src.mkdir(exist_ok=True)
    for i, t in enumerate(TEXTS):
        (src / f"{i}.txt").write_text(t, encoding="utf-8")
    out = tmp / f"out{workers}"
    run([str(src)], load_settings({"out_dir": out, "workers": workers, "progress": False}, env={}))
    return {n: (out / n).read_text(encoding="utf-8") for n in CONTRACT_FILES}


def test_engine_pool_equals_single_process(tmp_path: Path) -> None:
    one = _run(tmp_path, 1)
    assert one["events.jsonl"] and one["rejected.jsonl"]
    assert _run(tmp_path, 2) == one
