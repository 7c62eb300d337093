"""Check a labeller's work file against its batch: every sentence labelled once, valid
types and modality, spans copied exactly from the sentence.

usage: python training/check_labels.py training/work/batch-NN.jsonl training/work/labels-NN.jsonl
Prints one line per problem and a summary; exits 1 when there is any problem.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
FACTUALITY = {"asserted", "reported", "intended", "hypothetical"}
TIMEFRAME = {"past", "current", "future"}


def problems(batch: Path, labels: Path) -> tuple[list[str], int, int]:
    """(problems, sentences labelled, events)."""
    texts = {}
    # split on newlines only: sentences may hold U+2028, which splitlines() breaks on
    for line in batch.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        rec = json.loads(line)
        texts[rec["id"]] = rec["text"]
    out: list[str] = []
    seen: set[str] = set()
    events = 0
    for n, line in enumerate(labels.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(f"line {n}: not JSON ({exc.msg})")
            continue
        sid = rec.get("id")
        if sid not in texts:
            out.append(f"line {n}: unknown id {sid!r}")
            continue
        if sid in seen:
            out.append(f"line {n}: {sid} labelled twice")
        seen.add(sid)
        evs = rec.get("events")
        if not isinstance(evs, list):
            out.append(f"line {n}: {sid}: 'events' must be a list")
            continue
        for j, e in enumerate(evs):
            events += 1
            where = f"line {n}: {sid} event {j}"
            if e.get("type") not in TYPES:
                out.append(f"{where}: bad type {e.get('type')!r}")
            for role in ("source", "target"):
                span = e.get(role)
                if span is not None and (not isinstance(span, str) or span not in texts[sid]):
                    out.append(f"{where}: {role} {span!r} is not copied from the sentence")
            if not isinstance(e.get("negated"), bool):
                out.append(f"{where}: negated must be true or false")
            if e.get("factuality") not in FACTUALITY:
                out.append(f"{where}: bad factuality {e.get('factuality')!r}")
            if e.get("timeframe") not in TIMEFRAME:
                out.append(f"{where}: bad timeframe {e.get('timeframe')!r}")
    for sid in texts:
        if sid not in seen:
            out.append(f"not labelled yet: {sid}")
    return out, len(seen), events


def main() -> int:
    batch, labels = Path(sys.argv[1]), Path(sys.argv[2])
    found, n, events = problems(batch, labels)
    for p in found[:200]:
        print(p)
    print(f"{n} sentences labelled, {events} events, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
