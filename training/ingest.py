"""Turn labellers' work files into committed labels: offsets and fingerprints, no text.

usage: python training/ingest.py
Reads ``work/batch-NN.jsonl`` with ``work/labels-NN.jsonl`` for every batch that is fully
labelled and writes ``labels/batch-NN.jsonl`` (see ``dataset.py`` for the format).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check_labels  # noqa: E402
from dataset import LABELS, locate, sha  # noqa: E402

WORK = HERE / "work"


def main() -> int:
    LABELS.mkdir(exist_ok=True)
    for batch in sorted(WORK.glob("batch-*.jsonl")):
        labels = WORK / batch.name.replace("batch-", "labels-")
        if not labels.is_file():
            continue
        problems, n, _ = check_labels.problems(batch, labels)
        if problems:
            print(f"{batch.name}: {len(problems)} problems, skipped")
            continue
        sents = {}
        for line in batch.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                r = json.loads(line)
                sents[r["id"]] = r
        rows = []
        for line in labels.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            lab = json.loads(line)
            s = sents[lab["id"]]
            events = [{"type": e["type"], "source": locate(e.get("source"), s["text"]),
                       "target": locate(e.get("target"), s["text"]), "negated": e["negated"],
                       "factuality": e["factuality"], "timeframe": e["timeframe"]}
                      for e in lab["events"]]
            rows.append({"dataset": s["dataset"], "key": s["key"], "start": s["start"],
                         "end": s["end"], "sha": sha(s["text"]), "events": events})
        out = LABELS / batch.name
        out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        print(f"{out.name}: {n} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
