"""Actors on real Guardian articles: every actor found, how it was resolved.

usage: python benchmarks/actors_guardian.py [N] [--offset K] [--mentions]

Reads ``../shared/data/news_corpora/guardian_sdf_sample/Guardian_SDF_sample.csv.zip``
(Syria/Iraq/ISIS, 2017-2019), runs the spaCy pipeline and the actors stage on
N articles (default 10) and prints, per article, one line per actor
(surfaces -> id, kind, country, via, mention count), its roles and relations,
then the share of mentions resolved to a knowledge-base actor and the time
the actors stage adds to spaCy. ``--mentions`` also lists every mention.
"""

from __future__ import annotations

import csv
import io
import statistics
import sys
import time
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ZIP = ROOT.parent / "shared" / "data" / "news_corpora" / "guardian_sdf_sample" / \
    "Guardian_SDF_sample.csv.zip"


def read_articles(n: int, offset: int) -> list[dict[str, str]]:
    """The first ``n`` rows after ``offset`` of the Guardian sample."""
    with zipfile.ZipFile(ZIP) as z, z.open(z.namelist()[0]) as fh:
        rows = list(csv.DictReader(io.TextIOWrapper(fh, "utf-8")))
    return rows[offset:offset + n]


def main() -> int:
    if not ZIP.is_file():
        print(f"skipped: {ZIP} is absent")
        return 0
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 10
    offset = int(sys.argv[sys.argv.index("--offset") + 1]) if "--offset" in sys.argv else 0
    if "--offset" in sys.argv:
        args = args[1:]
    from allegiance import ids
    from allegiance.actors import analyse
    from allegiance.kb import load_kb
    from allegiance.nlp import build_nlp
    from allegiance.records import Article

    kb = load_kb()
    nlp = build_nlp(kb)
    rows = read_articles(n, offset)
    total = in_kb = resolved = 0
    spacy_s = actors_s = 0.0
    per_article: list[float] = []
    for row in rows:
        text = row["text"]
        article = Article(id=ids.article_id(text), source_path=f"guardian#{row['']}",
                          title=None, author=None, outlet="The Guardian", original_source=None,
                          published=row["date"] or None, language="en", text=text)
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        analysis = analyse(doc, article, kb)
        t2 = time.perf_counter()
        spacy_s += t1 - t0
        actors_s += t2 - t1
        per_article.append(t2 - t1)
        print(f"\n=== guardian#{row['']} {row['date']} ({len(text)} chars, "
              f"{(t2 - t1) * 1000:.1f} ms actors) {text[:90]!r}")
        surfaces: dict[str, Counter[str]] = defaultdict(Counter)
        vias: dict[str, Counter[str]] = defaultdict(Counter)
        for m in analysis.mentions:
            surfaces[m.actor_id][m.text] += 1
            vias[m.actor_id][m.via] += 1
            total += 1
            in_kb += kb.get(m.actor_id) is not None
            resolved += not m.actor_id.startswith("new:")
            if "--mentions" in sys.argv:
                print(f"    {m.start:>6} {m.text!r:40} -> {m.actor_id} ({m.via})")
        for actor_id, counts in sorted(surfaces.items(), key=lambda kv: -sum(kv[1].values())):
            a = analysis.actors.get(actor_id)
            kind = a.kind.value if a else "?"
            country = (a.country if a else None) or "-"
            via = ",".join(f"{v}:{c}" for v, c in vias[actor_id].most_common())
            forms = "; ".join(s + (f" x{c}" if c > 1 else "") for s, c in counts.most_common(4))
            print(f"  {forms[:60]:60} -> {actor_id:38} {kind:15} {country:4} {via}")
            if a and a.roles:
                for r in a.roles:
                    print(f"  {'':60}    role: {r.title} @ {r.organization}"
                          f"{' (former)' if r.former else ''}")
        for r in analysis.relations:
            print(f"  relation: {r.source} {r.relation.value} {r.target}"
                  f"{' (former)' if r.former else ''}")
    print(f"\n{len(rows)} articles, {total} mentions: {in_kb / max(total, 1):.1%} resolved to a "
          f"KB actor, {resolved / max(total, 1):.1%} to a KB actor or collective (not new)")
    print(f"spaCy {spacy_s * 1000 / max(len(rows), 1):.0f} ms/article, actors "
          f"{actors_s * 1000 / max(len(rows), 1):.1f} ms/article "
          f"({actors_s / max(spacy_s, 1e-9):.1%} of spaCy); median "
          f"{statistics.median(per_article) * 1000:.1f} ms (the first article also loads "
          "the GeoNames town list)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
