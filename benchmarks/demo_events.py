"""Events on the bundled demo corpus, printed for a person to judge recall.

usage: python benchmarks/demo_events.py [--type T] [--summary]

Runs ``process_document`` on every article of the demo corpus (the package's
``data/demo/articles``, read with the same readers as ``allegiance run``) and
prints, per article, its title and date, then each event as

    TYPE  source name -> target name  [trigger]  factuality  date  | sentence

with standing relations after the events.  ``--type`` keeps one event type;
``--summary`` prints only the counts: events by type, events per article and
the share of articles with at least three events.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--type", default=None, help="only events of this PLOVER type")
    ap.add_argument("--summary", action="store_true", help="counts only")
    args = ap.parse_args()
    from allegiance.api import demo_corpus
    from allegiance.ingest import iter_documents
    from allegiance.pipeline import process_document
    from allegiance.records import DocResult, RawDocument
    from allegiance.resources import load_resources
    from allegiance.settings import load_settings

    settings = load_settings({"progress": False})
    res = load_resources(settings)
    t0 = time.perf_counter()
    by_type: Counter[str] = Counter()
    per_article: list[tuple[str, int]] = []
    rejected = 0
    for raw in iter_documents([str(demo_corpus())], settings):
        if not isinstance(raw, RawDocument):
            rejected += 1
            continue
        result = process_document(raw, res)
        if not isinstance(result, DocResult):
            rejected += 1
            print(f"rejected: {raw.source_path}: {result.reason}")
            continue
        names = {a.id: a.name for a in result.actors}
        events = [e for e in result.events if args.type is None or e.type.value == args.type]
        by_type.update(e.type.value for e in result.events)
        label = raw.source_path.rsplit("/", 1)[-1]
        per_article.append((label, len(result.events)))
        if args.summary:
            continue
        art = result.article
        print(f"\n== {label}  {art.published or '?'}  {art.title or ''}")
        for e in events:
            src = names.get(e.source or "", e.source)
            tgt = names.get(e.target or "", e.target) if e.target else "-"
            flags = " NEG" if e.negated else ""
            print(f"  {e.type.value:9} {src} -> {tgt}  [{e.trigger}]  "
                  f"{e.factuality.value}{flags}  {e.date or '-'}  | {e.sentence[:110]}")
        for r in result.relations:
            former = " (former)" if r.former else ""
            print(f"  REL {names.get(r.source, r.source)} {r.relation.value} "
                  f"{names.get(r.target, r.target)}{former}")
    took = time.perf_counter() - t0
    n = len(per_article)
    rich = sum(c >= 3 for _, c in per_article)
    print("\nevents by type:", ", ".join(f"{t} {c}" for t, c in sorted(by_type.items())))
    print("events per article:", ", ".join(f"{a} {c}" for a, c in per_article))
    print(f"articles: {n}  rejected: {rejected}  events: {sum(by_type.values())}  "
          f"with >= 3 events: {rich}/{n} ({rich / n if n else 0:.2f})  time: {took:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
