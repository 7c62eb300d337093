"""Event coding against the PLOVER gold-standard records (shared/data/plover).

usage: python benchmarks/plover_gold.py [--limit N] [--seed S] [--show K]

Each of the 322 records of ``PLOVER_GSR_CAMEO.json`` is one sentence with a
gold event type and gold source/target actors.  We run our own parse ->
actors -> events path on the sentence (``process_document`` minus the
cleaner, whose article-length floor would reject one-sentence inputs) and
compare:

- gold types use PLOVER's older names; they are mapped to the 16 current
  types with the lexicon crosswalk (DEMAND -> REQUEST, DISAPPROVE -> ACCUSE,
  FIGHT -> ASSAULT, INVESTIGATE -> ACCUSE);
- *coverage*: records where we emit at least one event;
- *type accuracy (any)*: records where one of our events has the gold type;
  *type accuracy (top)*: our most confident asserted event has the gold type (of
  records with an event);
- *source/target accuracy*: of records where we emit the gold type, those
  where that event's source (target) matches a gold source (target).  Gold
  actors are CAMEO-style codes (ISO3 states, "IGO", ...) with the text span;
  our actor matches when its code equals the gold code (a state's id, the
  state part of a sector id "IRQ-GOV", or the actor's country) or when its
  name or the text it was found under occurs in the gold ``actorText``.

Prints n and every figure; ``--show K`` prints K misses.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.json"


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.casefold()).strip()


def _gold_actors(value: Any) -> list[dict[str, str]]:
    if isinstance(value, list):
        return [a for a in value if isinstance(a, dict)]
    return []


def _codes(actor_id: str | None, actors: dict[str, Any], texts: dict[str, set[str]]) -> set[str]:
    """Codes and names our actor can be compared with."""
    if actor_id is None:
        return set()
    out = {actor_id}
    m = re.match(r"^([A-Z]{3})-[A-Z]{3}$", actor_id)
    if m:
        out.add(m.group(1))
    actor = actors.get(actor_id)
    if actor is not None:
        if actor.country:
            out.add(actor.country)
        if actor.kind.value == "igo":
            out.add("IGO")
        out.add(_norm(actor.name))
    out |= {_norm(t) for t in texts.get(actor_id, set())}
    return out


def _matches(ours: set[str], gold: list[dict[str, str]]) -> bool:
    for g in gold:
        code = str(g.get("code", "")).upper()
        text = _norm(str(g.get("actorText", "")))
        if code and code in ours:
            return True
        if any(len(o) > 2 and o.islower() and re.search(rf"\b{re.escape(o)}\b", text)
               for o in ours):
            return True
    return False


def _rank(e: Any) -> tuple[bool, float]:
    """Asserted or reported events first, then by confidence."""
    return (not e.negated and e.factuality.value != "hypothetical", e.confidence)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="sample N records (fixed seed)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=0, help="print K misses")
    args = ap.parse_args()
    if not DATA.is_file():
        print(f"skipped: {DATA} is absent")
        return 0
    from allegiance import ids
    from allegiance.actors import analyse
    from allegiance.events import extract
    from allegiance.records import Article
    from allegiance.resources import load_resources
    from allegiance.settings import Settings

    records = [r for r in json.loads(DATA.read_text(encoding="utf-8"))
               if r.get("event") != "DOCUMENT" and r.get("text")]
    if args.limit and args.limit < len(records):
        records = random.Random(args.seed).sample(records, args.limit)
    res = load_resources(Settings(progress=False))
    cw = res.lexicon.crosswalk
    t0 = time.perf_counter()
    n = covered = any_type = top_type = 0
    src_n = src_ok = tgt_n = tgt_ok = 0
    by_type: Counter[str] = Counter()
    by_type_ok: Counter[str] = Counter()
    misses: list[str] = []
    texts = [r["text"] for r in records]
    for rec, doc in zip(records, res.nlp.pipe(texts), strict=True):
        n += 1
        gold_type = cw.event_type(rec["event"]).value
        by_type[gold_type] += 1
        article = Article(id=ids.article_id(rec["text"]), source_path=rec["id"], title=None,
                          author=None, outlet=None, original_source=None, published=None,
                          language="en", text=rec["text"])
        analysis = analyse(doc, article, res.kb)
        events, _ = extract(doc, analysis, article, res.lexicon, res.kb)
        found_texts: dict[str, set[str]] = {}
        for m in analysis.mentions:
            found_texts.setdefault(m.actor_id, set()).add(m.text)
        if events:
            covered += 1
            best = max(events, key=_rank)
            top_type += best.type.value == gold_type
        hits = [e for e in events if e.type.value == gold_type]
        if hits:
            any_type += 1
            by_type_ok[gold_type] += 1
            gs, gt = _gold_actors(rec.get("source")), _gold_actors(rec.get("target"))
            if gs:
                src_n += 1
                src_ok += any(_matches(_codes(e.source, analysis.actors, found_texts), gs)
                              for e in hits)
            if gt:
                tgt_n += 1
                tgt_ok += any(_matches(_codes(e.target, analysis.actors, found_texts), gt)
                              for e in hits)
        elif len(misses) < args.show:
            got = ", ".join(f"{e.source} {e.type.value} {e.target}" for e in events) or "-"
            misses.append(f"{rec['id']}: gold {gold_type}; ours {got}\n    {rec['text']}")
    took = time.perf_counter() - t0

    def pct(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

    print(f"PLOVER gold records: n={n}" + (f" (sample, seed {args.seed})" if args.limit else ""))
    print(f"coverage (any event):        {pct(covered, n)}")
    print(f"type accuracy (any event):   {pct(any_type, n)}")
    print(f"type accuracy (top event):   {pct(top_type, covered)}")
    print(f"source accuracy (gold type): {pct(src_ok, src_n)}")
    print(f"target accuracy (gold type): {pct(tgt_ok, tgt_n)}")
    print("per type (any):", ", ".join(f"{t} {by_type_ok[t]}/{c}"
                                       for t, c in sorted(by_type.items())))
    print(f"time: {took:.1f}s")
    for line in misses:
        print("  - " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
