"""Actors on real articles nobody tuned on: every actor found, how it was resolved.

usage: python benchmarks/actors_corpora.py CORPUS [N] [--offset K] [--grep WORD]
                                           [--mentions] [--quiet]

CORPUS is one of

- ``guardian``: ``../shared/data/news_corpora/guardian_sdf_sample`` (Syria/Iraq/ISIS,
  2017-2019);
- ``isot``: ``../shared/data/news_corpora/isot_true_sample`` (Reuters, US politics and
  world news, late 2017);
- ``re3d``: ``../shared/data/re3d`` (Dstl's defence and security documents on Syria
  and Iraq, 2016-2017, with gold entity annotations).

Runs the spaCy pipeline and the actors stage on N articles (default 10) from
``--offset`` (``--grep WORD`` keeps only articles holding WORD) and prints, per
article, one line per actor (surfaces -> id, kind, country, via, mention
count), its roles and relations; then the share of mentions resolved to a
knowledge-base actor and the time the actors stage adds to spaCy.
``--mentions`` lists every mention, ``--quiet`` only the totals.

On re3d it also scores detection against the gold entities (confidence >=
0.5): the share of gold Organisation and Person entities that are names (not
pronouns or common nouns) a mention overlaps
(recall), and the named mentions of non-state actors that overlap only a gold
Location, Weapon or vehicle entity (places and things taken for actors).
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import statistics
import sys
import time
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from allegiance.analysis import ActorAnalysis

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
GUARDIAN = DATA / "news_corpora" / "guardian_sdf_sample" / "Guardian_SDF_sample.csv.zip"
ISOT = DATA / "news_corpora" / "isot_true_sample" / "True_sample.csv.gz"
RE3D = DATA / "re3d"
_ACTOR_TYPES = ("Organisation", "Person")
_THING_TYPES = ("Location", "Weapon", "Vehicle", "MilitaryPlatform")
_MIN_CONFIDENCE = 0.5
# Gold actor entities that are pronouns or common nouns ("we", "civilians") are
# not names: they are left out of recall, which measures named actors.
_PRONOUNS = frozenset({"i", "we", "they", "he", "she", "it", "me", "us", "them", "him", "her",
                       "my", "our", "their", "his", "its", "you", "your"})


def is_named(value: str) -> bool:
    """Whether a gold entity's text is a name (a capitalised word, not a pronoun)."""
    words = value.split()
    if not words or (len(words) == 1 and words[0].casefold() in _PRONOUNS):
        return False
    return any(w[:1].isupper() for w in words[1:]) or (
        words[0][:1].isupper() and words[0].casefold() not in ("the", "a", "an"))


@dataclass
class Doc:
    """One article to analyse, with its gold entities when the corpus has them."""

    key: str
    date: str | None
    outlet: str
    text: str
    gold: list[tuple[int, int, str, str]] = field(default_factory=list)  # begin, end, type, value


def read_guardian() -> list[Doc]:
    """Every row of the Guardian sample."""
    with zipfile.ZipFile(GUARDIAN) as z, z.open(z.namelist()[0]) as fh:
        rows = list(csv.DictReader(io.TextIOWrapper(fh, "utf-8")))
    return [Doc(f"guardian#{r['']}", r["date"] or None, "The Guardian", r["text"]) for r in rows]


def read_isot() -> list[Doc]:
    """Every row of the ISOT Reuters sample (title + body)."""
    with gzip.open(ISOT, "rt", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [Doc(f"isot#{n}", _isot_date(r["date"]), "Reuters", f"{r['title']}\n\n{r['text']}")
            for n, r in enumerate(rows)]


def _isot_date(text: str) -> str | None:
    """"December 31, 2017 " -> "2017-12-31"."""
    try:
        return dt.datetime.strptime(text.strip(), "%B %d, %Y").date().isoformat()
    except ValueError:
        return None


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def read_re3d() -> list[Doc]:
    """Every re3d document, folders in name order, with its gold entities."""
    out: list[Doc] = []
    for folder in sorted(p for p in RE3D.iterdir() if p.is_dir()):
        gold: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
        for e in _jsonl(folder / "entities.json"):
            conf = e.get("confidence", 0)
            if isinstance(conf, int | float) and conf >= _MIN_CONFIDENCE:
                gold[str(e["documentId"])].append(
                    (int(str(e["begin"])), int(str(e["end"])), str(e["type"]), str(e["value"])))
        for d in _jsonl(folder / "documents.json"):
            doc_id = str(d["_id"])
            out.append(Doc(f"re3d/{folder.name}/{doc_id[:8]}", None, folder.name,
                           str(d["text"]), sorted(gold.get(doc_id, []))))
    return out


READERS = {"guardian": (read_guardian, GUARDIAN), "isot": (read_isot, ISOT),
           "re3d": (read_re3d, RE3D)}


@dataclass
class Totals:
    """Counts over the articles run."""

    mentions: int = 0
    in_kb: int = 0
    not_new: int = 0
    gold_actors: int = 0
    gold_found: int = 0
    named: int = 0
    things: int = 0
    missed: Counter[str] = field(default_factory=Counter)
    thing_texts: Counter[str] = field(default_factory=Counter)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_gold(doc: Doc, analysis: ActorAnalysis, kinds: dict[str, str],
               totals: Totals) -> None:
    """Gold-entity recall and things taken for actors (re3d)."""
    spans = [(m.start, m.end) for m in analysis.mentions]
    for begin, end, kind, value in doc.gold:
        if kind not in _ACTOR_TYPES or not is_named(value):
            continue
        totals.gold_actors += 1
        if any(_overlaps((begin, end), s) for s in spans):
            totals.gold_found += 1
        else:
            totals.missed[f"{kind}: {value}"] += 1
    for m in analysis.mentions:
        if m.via == "coref" or kinds.get(m.actor_id) in ("state", None):
            continue
        totals.named += 1
        hits = {k for b, e, k, _ in doc.gold if _overlaps((b, e), (m.start, m.end))}
        if hits and hits <= set(_THING_TYPES):
            totals.things += 1
            totals.thing_texts[f"{m.text} -> {m.actor_id}"] += 1


def print_article(doc: Doc, analysis: ActorAnalysis, took: float, show_mentions: bool) -> None:
    """One block per article: actors with surfaces, kinds, roles and relations."""
    print(f"\n=== {doc.key} {doc.date or ''} ({len(doc.text)} chars, {took * 1000:.1f} ms actors) "
          f"{doc.text[:90]!r}")
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    vias: dict[str, Counter[str]] = defaultdict(Counter)
    for m in analysis.mentions:
        surfaces[m.actor_id][m.text] += 1
        vias[m.actor_id][m.via] += 1
        if show_mentions:
            print(f"    {m.start:>6} {m.text!r:40} -> {m.actor_id} ({m.via})")
    for actor_id, counts in sorted(surfaces.items(), key=lambda kv: -sum(kv[1].values())):
        a = analysis.actors.get(actor_id)
        kind = a.kind.value if a else "?"
        country = (a.country if a else None) or "-"
        via = ",".join(f"{v}:{c}" for v, c in vias[actor_id].most_common())
        forms = "; ".join(s + (f" x{c}" if c > 1 else "") for s, c in counts.most_common(4))
        print(f"  {forms[:60]:60} -> {actor_id:38} {kind:15} {country:4} {via}")
        if a and a.roles:
            for role in a.roles:
                print(f"  {'':60}    role: {role.title} @ {role.organization}"
                      f"{' (former)' if role.former else ''}")
    for rel in analysis.relations:
        print(f"  relation: {rel.source} {rel.relation.value} {rel.target}"
              f"{' (former)' if rel.former else ''}")


def _option(name: str) -> str | None:
    if name in sys.argv:
        n = sys.argv.index(name)
        if n + 1 < len(sys.argv):
            return sys.argv[n + 1]
    return None


def run(corpus: str, n: int, offset: int, grep: str | None, show_mentions: bool,
        quiet: bool) -> int:
    """Analyse ``n`` articles of ``corpus`` and print what was found."""
    reader, path = READERS[corpus]
    if not path.exists():
        print(f"skipped: {path} is absent")
        return 0
    from allegiance import ids
    from allegiance.actors import analyse
    from allegiance.kb import load_kb
    from allegiance.nlp import build_nlp
    from allegiance.records import Article

    kb = load_kb()
    nlp = build_nlp(kb)
    docs = reader()
    if grep:
        docs = [d for d in docs if grep.casefold() in d.text.casefold()]
    docs = docs[offset:offset + n]
    totals = Totals()
    spacy_s = actors_s = 0.0
    per_article: list[float] = []
    for d in docs:
        article = Article(id=ids.article_id(d.text), source_path=d.key, title=None,
                          author=None, outlet=d.outlet, original_source=None,
                          published=d.date, language="en", text=d.text)
        t0 = time.perf_counter()
        parsed = nlp(d.text)
        t1 = time.perf_counter()
        analysis = analyse(parsed, article, kb)
        t2 = time.perf_counter()
        spacy_s += t1 - t0
        actors_s += t2 - t1
        per_article.append(t2 - t1)
        for m in analysis.mentions:
            totals.mentions += 1
            totals.in_kb += kb.get(m.actor_id) is not None
            totals.not_new += not m.actor_id.startswith("new:")
        kinds = {k: a.kind.value for k, a in analysis.actors.items()}
        if d.gold:
            score_gold(d, analysis, kinds, totals)
        if not quiet:
            print_article(d, analysis, t2 - t1, show_mentions)
    share = max(totals.mentions, 1)
    print(f"\n{corpus}: {len(docs)} articles, {totals.mentions} mentions: "
          f"{totals.in_kb / share:.1%} resolved to a KB actor, "
          f"{totals.not_new / share:.1%} to a KB actor or collective (not new)")
    if totals.gold_actors:
        print(f"gold named Organisation/Person entities overlapped by a mention: "
              f"{totals.gold_found / totals.gold_actors:.1%} "
              f"({totals.gold_found}/{totals.gold_actors}); named non-state mentions on a "
              f"gold place or thing: {totals.things}/{totals.named}")
        if not quiet:
            print("  missed:", "; ".join(f"{k} x{c}" if c > 1 else k
                                         for k, c in totals.missed.most_common(40)))
            print("  things:", "; ".join(f"{k} x{c}" if c > 1 else k
                                         for k, c in totals.thing_texts.most_common(30)))
    if docs:
        print(f"spaCy {spacy_s * 1000 / len(docs):.0f} ms/article, actors "
              f"{actors_s * 1000 / len(docs):.1f} ms/article "
              f"({actors_s / max(spacy_s, 1e-9):.1%} of spaCy); median "
              f"{statistics.median(per_article) * 1000:.1f} ms (the first article also loads "
              "the GeoNames town list)")
    return 0


def main() -> int:
    args: list[str] = []
    skip = False
    for a in sys.argv[1:]:
        if skip:
            skip = False
            continue
        if a in ("--offset", "--grep"):
            skip = True
            continue
        if not a.startswith("--"):
            args.append(a)
    if not args or args[0] not in READERS:
        print(__doc__)
        return 2
    n = int(args[1]) if len(args) > 1 else 10
    offset = int(_option("--offset") or 0)
    return run(args[0], n, offset, _option("--grep"), "--mentions" in sys.argv,
               "--quiet" in sys.argv)


if __name__ == "__main__":
    raise SystemExit(main())
