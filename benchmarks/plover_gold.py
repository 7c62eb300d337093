"""Event coding against the PLOVER gold-standard records (shared/data/plover).

usage: python benchmarks/plover_gold.py [--limit N] [--seed S] [--show K] [--brief]

Each of the 322 records of ``PLOVER_GSR_CAMEO.json`` is one sentence with one gold
event: a type, gold source actors and gold target actors (CAMEO codes with the text
they were read from). Each sentence is coded on its own (``process_text``).

- Gold types use PLOVER's older names, mapped to the 16 current types with the
  lexicon crosswalk (DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, FIGHT -> ASSAULT,
  INVESTIGATE -> ACCUSE).
- Our actor matches a gold actor when its code equals the gold code (a state's id, the
  state of a sector id "IRQ-GOV", the actor's country, "IGO" for an IGO) or when its
  name or the text it was found under occurs in the gold ``actorText``.
- A record is *found* when one real (neither negated nor hypothetical) event has the gold
  type, a source matching a gold source and a target matching a gold target; records
  marked ``SRC/TAR`` (two sources, no target) take the other source as target; the 16
  records whose gold has no target need only type and source.
- **Recall** = found records / all records. **Precision** = correct events / every real
  two-actor event we emit (an event is correct when it is such a match for its record;
  a true event the record does not code counts as wrong, so precision is a floor).
  **F1** is their harmonic mean.

Also printed: coverage (records with any event), type accuracy over all records, and
recall per type. ``--show K`` prints K misses.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from typing import Any

from _common import REJECTED, SHARED, code_all, f1, load, norm, pct, real

DATA = SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.json"


def _gold_actors(value: Any) -> list[dict[str, str]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def _codes(actor_id: str | None, result: Any) -> set[str]:
    """Codes and names our actor can be compared with."""
    if actor_id is None:
        return set()
    out = {actor_id}
    m = re.match(r"^([A-Z]{3})-[A-Z]{3}$", actor_id)
    if m:
        out.add(m.group(1))
    actor = next((a for a in result.actors if a.id == actor_id), None)
    if actor is not None:
        if actor.country:
            out.add(actor.country)
        if actor.kind.value == "igo":
            out.add("IGO")
        out.add(norm(actor.name))
    out |= {norm(x.text) for x in result.mentions if x.actor_id == actor_id}
    return out


def _matches(ours: set[str], gold: list[dict[str, str]]) -> bool:
    for g in gold:
        code = str(g.get("code", "")).upper()
        text = norm(str(g.get("actorText", "")))
        if code and code in ours:
            return True
        if any(len(o) > 2 and o.islower() and re.search(rf"\b{re.escape(o)}\b", text)
               for o in ours):
            return True
    return False


def score_records(records: list[dict[str, Any]], res: Any) -> dict[str, Any]:
    """Recall, precision and F1 of (type, source, target) over ``records``."""
    cw = res.lexicon.crosswalk
    found = covered = typed = emitted = correct = 0
    by_type: Counter[str] = Counter()
    by_type_ok: Counter[str] = Counter()
    misses: list[str] = []
    for rec, result in zip(records, code_all((r["text"] for r in records), res), strict=True):
        gold_type = cw.event_type(rec["event"]).value
        by_type[gold_type] += 1
        gs, gt = _gold_actors(rec.get("source")), _gold_actors(rec.get("target"))
        reciprocal = len(gs) > 1 and not gt

        def hit(e: Any, gs: list[dict[str, str]] = gs, gt: list[dict[str, str]] = gt,
                gold_type: str = gold_type, reciprocal: bool = reciprocal,
                result: Any = result) -> bool:
            if not real(e) or e.type.value != gold_type:
                return False
            if not _matches(_codes(e.source, result), gs):
                return False
            if reciprocal:
                return _matches(_codes(e.target, result), gs)
            return not gt or _matches(_codes(e.target, result), gt)

        events = list(result.events)
        covered += bool(events)
        typed += any(e.type.value == gold_type and real(e) for e in events)
        ok = any(hit(e) for e in events)
        found += ok
        by_type_ok[gold_type] += ok
        for e in events:
            if real(e) and e.target is not None:
                emitted += 1
                correct += hit(e)
        if not ok:
            got = ", ".join(f"{e.source} {e.type.value} {e.target}" for e in events) or "-"
            misses.append(f"{rec['id']}: gold {gold_type}; ours {got}\n    {rec['text']}")
    n = len(records)
    recall = found / n if n else 0.0
    precision = correct / emitted if emitted else 0.0
    return {"n": n, "found": found, "covered": covered, "typed": typed, "emitted": emitted,
            "correct": correct, "recall": recall, "precision": precision,
            "f1": f1(precision, recall), "by_type": by_type, "by_type_ok": by_type_ok,
            "misses": misses}


def load_records(limit: int = 0, seed: int = 13) -> list[dict[str, Any]]:
    """The gold records with a sentence, optionally a fixed-seed sample."""
    records = [r for r in json.loads(DATA.read_text(encoding="utf-8"))
               if r.get("event") != "DOCUMENT" and r.get("text")]
    if limit and limit < len(records):
        records = random.Random(seed).sample(records, limit)
    return records


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="sample N records (fixed seed)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=0, help="print K misses")
    ap.add_argument("--brief", action="store_true", help="headline figures only")
    args = ap.parse_args()
    if not DATA.is_file():
        print(f"skipped: {DATA} is absent")
        return 0
    records = load_records(args.limit, args.seed)
    res = load()
    t0 = time.perf_counter()
    s = score_records(records, res)
    took = time.perf_counter() - t0
    print(f"PLOVER gold records: n={s['n']}" + (f" (sample, seed {args.seed})" if args.limit else ""))
    print(f"recall    (type, source, target):  {pct(s['found'], s['n'])}")
    print(f"precision (real two-actor events): {pct(s['correct'], s['emitted'])}")
    print(f"F1:                                {s['f1']:.3f}")
    if not args.brief:
        print(f"coverage (any event):              {pct(s['covered'], s['n'])}")
        print(f"type right (a real event):         {pct(s['typed'], s['n'])}")
        print("recall per type:", ", ".join(f"{t} {s['by_type_ok'][t]}/{c}"
                                            for t, c in sorted(s["by_type"].items())))
        print(f"rejected by the cleaner (coded as nothing): {len(REJECTED)}")
        print(f"time: {took:.1f}s")
    for line in s["misses"][:args.show]:
        print("  - " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
