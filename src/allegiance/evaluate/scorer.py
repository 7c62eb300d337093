"""Score an export directory against hand-annotated gold, so users can measure the engine.

The gold is two JSON files in the shared format: a *gold file* (``{"articles": [...]}``,
one entry per annotated input file, with ``junk``/``keep`` snippets, metadata, actors,
roles, relations, events, optional dyads, shifts and ``must_not`` claims) and an
*actors file* mapping gold actor ids to ``{names, kind, country, sponsor, role,
organization}``. Their ``_doc`` fields describe them.

The metrics and matching rules (``matching.py``) are those of the project's reference
scorer, so the numbers printed by ``allegiance eval`` and by that scorer agree:

- A gold event is found when an event of the same article has an accepted type, is
  neither hypothetical nor negated, and links the gold source to the gold target
  (either way round only when the gold event is ``symmetric``); ``events_grounded``
  also asks that one such event comes from the sentence that states it.
- A standing relation ``allied`` or ``hostile`` matches either way round.
- ``dyad_precision`` counts a system event as plausible when its actor pair is one
  of the gold events' pairs or ``optional_dyads``.
- ``must_not_ok`` counts the ``must_not`` claims that were avoided; claims of kind
  ``actor_country`` (a wrong identity, named ``fatah_ok`` by the reference scorer
  after the case that motivated it) are counted apart.
- ``score`` is the mean of the headline metrics, a metric with nothing to count
  scoring 0.

Beyond the reference scorer, the report has a per-event-type confusion (for each
gold event, the type of the best system event on the same actor pair, or
``missed``) and a diagnosis (``diagnosis.py``): the cause of every miss and of every
emitted event that matches no gold event, with recall and precision per type.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from allegiance.errors import UsageError
from allegiance.evaluate.diagnosis import Diagnoser, Diagnosis, Sides, links, plausible_pairs, real
from allegiance.evaluate.matching import (
    Obj,
    Resolver,
    as_list,
    grounded,
    hashable,
    normalize_name,
    normalize_text,
    title_match,
)

METRIC_NAMES: tuple[str, ...] = (
    "junk_removed", "kept", "title", "published", "author", "actors", "roles",
    "relations", "events", "events_grounded", "dyad_precision", "shifts", "must_not_ok",
    "fatah_ok",
)
"""Every metric, in report order."""

HEADLINE_METRICS: tuple[str, ...] = (
    "junk_removed", "kept", "title", "published", "actors", "relations", "events",
    "dyad_precision", "shifts", "must_not_ok",
)
"""The metrics whose mean is the overall score (author, roles, grounding and identity are
shown only)."""

MISSED = "missed"
"""Confusion column of a gold event with no system event on its actor pair."""

EXPORT_TABLES = ("articles", "actors", "mentions", "events", "relations", "shifts")
"""The export files (``<name>.jsonl``) the scorer reads; a missing one counts as empty."""

_ARTICLE_FIELDS = ("junk_removed", "kept", "title", "published", "author")
_SYMMETRIC_RELATIONS = frozenset({"allied", "hostile"})


@dataclass(frozen=True)
class Metric:
    """One metric: ``hits`` out of ``total``; ``value`` is None when there is nothing to count."""

    name: str
    hits: int
    total: int
    value: float | None


@dataclass(frozen=True)
class EvalReport:
    """Metrics, overall score, one line per miss, the event-type confusion and the diagnosis.

    ``confusion[gold][system]`` counts gold events whose accepted types (joined by
    ``|``) are ``gold`` and whose best system event has type ``system`` (``missed``
    when there is none).
    """

    metrics: tuple[Metric, ...]
    overall: float
    details: tuple[str, ...]
    confusion: Mapping[str, Mapping[str, int]]
    diagnosis: Diagnosis = field(default_factory=lambda: Diagnosis((), (), ()))

    def metric(self, name: str) -> Metric:
        """The metric called ``name``."""
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the reference scorer's ``--json`` keys plus ``confusion`` and
        ``diagnosis``."""
        return {
            "metrics": {m.name: m.value for m in self.metrics},
            "counts": {m.name: [m.hits, m.total] for m in self.metrics},
            "overall": self.overall,
            "detail": list(self.details),
            "confusion": {g: dict(row) for g, row in self.confusion.items()},
            "diagnosis": self.diagnosis.to_dict(),
        }


def evaluate(gold_path: Path, actors_path: Path, export_dir: Path) -> EvalReport:
    """Score the export files in ``export_dir`` against a gold file and its actors file.

    Missing export files count as empty. Raises ``UsageError`` when a gold file cannot
    be read or lacks required fields, when ``export_dir`` is not a directory, or when
    an export line is not a JSON object.
    """
    gold = _read_json(gold_path)
    gold_actors = _read_json(actors_path)
    articles = gold.get("articles")
    if not isinstance(articles, list):
        raise UsageError(f"{gold_path}: no 'articles' list")
    if not export_dir.is_dir():
        raise UsageError(f"not an export directory: {export_dir}")
    tables = {name: _read_jsonl(export_dir / f"{name}.jsonl") for name in EXPORT_TABLES}
    scorer = _Scorer(Resolver(gold_actors, tables["actors"]), tables)
    for i, entry in enumerate(articles):
        scorer.score_article(_checked_article(entry, gold_path, i))
    return scorer.report()


# --- scoring ------------------------------------------------------------------------


class _Scorer:
    """Accumulates hits, misses, confusion and diagnosis over the gold articles."""

    def __init__(self, resolver: Resolver, tables: Mapping[str, list[Obj]]) -> None:
        self.r = resolver
        self.t = tables
        self.counts: dict[str, list[int]] = {k: [0, 0] for k in METRIC_NAMES}
        self.details: list[str] = []
        self.confusion: dict[str, Counter[str]] = {}
        self.diagnoser = Diagnoser(resolver)
        self.by_file: dict[str, Obj] = {}
        for art in tables["articles"]:
            # a record inside a container keeps its '#n' suffix, as in source_path
            self.by_file[os.path.basename(str(art.get("source_path", "")))] = art
        self.mentions = _group_by_article(tables["mentions"])
        self.events = _group_by_article(tables["events"])

    def tally(self, name: str, ok: bool, miss: str | None = None) -> None:
        self.counts[name][1] += 1
        self.counts[name][0] += int(ok)
        if not ok and miss is not None:
            self.details.append(miss)

    def confuse(self, ge: Obj, system_type: str) -> None:
        self.confusion.setdefault("|".join(ge["type"]), Counter())[system_type] += 1

    def score_article(self, g: Obj) -> None:
        f = g["file"]
        art = self.by_file.get(f)
        if art is None:
            self.details.append(f"{f}: MISSING from articles.jsonl")
            for k in _ARTICLE_FIELDS:
                self.counts[k][1] += 1
            self.counts["events"][1] += len(g["events"])
            self.counts["actors"][1] += len(g["actors"])
            for ge in g["events"]:
                self.confuse(ge, MISSED)
            self.diagnoser.article(f, g["events"], [self._sides(ge) for ge in g["events"]],
                                   [], frozenset(), set())
            return
        aid = art.get("id")
        events = self.events.get(_key(aid), [])
        self._text(f, g, art)
        self._metadata(f, g, art)
        known = self._actors(f, g, aid, events)
        self._roles(f, g)
        self._relations(f, g)
        self._events(f, g, events, known)
        self._shifts(f, g)
        self._must_not(f, g, art, events)

    def _text(self, f: str, g: Obj, art: Obj) -> None:
        text = normalize_text(str(art.get("text") or ""))
        for j in g.get("junk", []):
            self.tally("junk_removed", normalize_text(j) not in text, f"{f}: junk kept: {j!r}")
        for k in g.get("keep", []):
            self.tally("kept", normalize_text(k) in text, f"{f}: text lost: {k!r}")

    def _metadata(self, f: str, g: Obj, art: Obj) -> None:
        title, published, author = art.get("title"), art.get("published"), art.get("author")
        self.tally("title", normalize_name(title) == normalize_name(g["title"]),
                   f"{f}: title {title!r} != {g['title']!r}")
        self.tally("published", (published or None) == g.get("published"),
                   f"{f}: published {published!r} != {g.get('published')!r}")
        self.tally("author", normalize_name(author) == normalize_name(g.get("author")),
                   f"{f}: author {author!r} != {g.get('author')!r}")

    def _actors(self, f: str, g: Obj, aid: object, events: list[Obj]) -> frozenset[str]:
        """Tally the article's gold actors; return every gold id its actors stand for
        (officials with their states)."""
        ids = {m.get("actor_id") for m in self.mentions.get(_key(aid), [])
               if hashable(m.get("actor_id"))}
        for e in events:
            ids |= {x for x in (e.get("source"), e.get("target")) if hashable(x)}
        found: set[str] = set()
        for s in ids:
            found |= self.r.gold_ids(s)
        for ga in g["actors"]:
            self.tally("actors", ga in found, f"{f}: actor not found: {ga}")
        return self.r.with_states(found)

    def _roles(self, f: str, g: Obj) -> None:
        for r in g.get("roles", []):
            ok = any(
                title_match(r["title"], ro.get("title"))
                and r["organization"] in self.r.gold_ids(ro.get("organization"))
                for a in self.t["actors"] if r["person"] in self.r.gold_ids(a.get("id"))
                for ro in as_list(a.get("roles")) if isinstance(ro, Mapping)
            )
            self.tally("roles", ok, f"{f}: role missing: {r}")

    def _relations(self, f: str, g: Obj) -> None:
        for r in g.get("relations", []):
            targets = {r["target"], *r.get("alt_target", [])}
            either_way = r["relation"] in _SYMMETRIC_RELATIONS

            def fits(x: Obj, src: str, tgt: str, r: Obj = r, targets: set[str] = targets) -> bool:
                return r["source"] in self.r.gold_ids(x.get(src)) \
                    and bool(self.r.gold_ids(x.get(tgt)) & targets)

            ok = any(
                x.get("relation") == r["relation"]
                and (fits(x, "source", "target") or (either_way and fits(x, "target", "source")))
                for x in self.t["relations"]
            )
            self.tally("relations", ok,
                       f"{f}: relation missing: {r['source']} {r['relation']} {r['target']}")

    def _sides(self, ge: Obj) -> Sides:
        return (self.r.with_states({ge["source"], *ge.get("alt_source", [])}),
                self.r.with_states({ge["target"], *ge.get("alt_target", [])}))

    def _events(self, f: str, g: Obj, events: list[Obj], known: frozenset[str]) -> None:
        sides = [self._sides(ge) for ge in g["events"]]
        for ge, side in zip(g["events"], sides, strict=True):
            on_pair = [e for e in events if real(e) and links(self.r, ge, side, e)]
            self.confuse(ge, _best_type(ge["type"], on_pair))
            hits = [e for e in on_pair if e.get("type") in ge["type"]]
            what = f"{ge['source']} {ge['type']} {ge['target']} " \
                   f"({str(ge.get('evidence', ''))[:50]})"
            self.tally("events", bool(hits), f"{f}: event missing: {what}")
            if hits:
                self.tally("events_grounded", any(
                    grounded(ge.get("evidence"), e.get("sentence")) for e in hits),
                    f"{f}: event found only in another sentence: {what}")
            else:
                self.tally("events_grounded", False)
        pairs = plausible_pairs(sides, g.get("optional_dyads", []))
        for e in events:
            if e.get("source") is None or e.get("target") is None or not real(e):
                continue
            es, et = self.r.event_ids(e.get("source")), self.r.event_ids(e.get("target"))
            ok = any(frozenset((s, t)) in pairs for s in es for t in et)
            self.tally("dyad_precision", ok,
                       f"{f}: implausible event: {e.get('source')} {e.get('type')} "
                       f"{e.get('target')}: {str(e.get('sentence'))[:60]!r}")
        self.diagnoser.article(f, g["events"], sides, events, known, pairs)

    def _shifts(self, f: str, g: Obj) -> None:
        for sh in g.get("shifts", []):
            ok = False
            for x in self.t["shifts"]:
                both = self.r.gold_ids(x.get("a")) | self.r.gold_ids(x.get("b"))
                if {sh["a"], sh["b"]} <= both and x.get("from") == sh["from"] \
                        and x.get("to") == sh["to"]:
                    ok = True
                    break
            self.tally("shifts", ok,
                       f"{f}: shift missing: {sh['a']}~{sh['b']} {sh['from']}->{sh['to']}")

    def _must_not(self, f: str, g: Obj, art: Obj, events: list[Obj]) -> None:
        for mn in g.get("must_not", []):
            kind = mn.get("kind")
            bad = False
            if kind == "asserted_event":
                targets = {mn["target"], *mn.get("alt_target", [])}
                bad = any(
                    e.get("type") in _types(mn["type"])
                    and e.get("factuality") in (None, "asserted") and not e.get("negated")
                    and mn["source"] in self.r.event_ids(e.get("source"))
                    and bool(self.r.event_ids(e.get("target")) & targets)
                    for e in events
                )
            elif kind == "published":
                bad = art.get("published") == mn["value"]
            elif kind == "outlet":
                bad = normalize_name(art.get("outlet")) in {normalize_name(v) for v in mn["value"]}
            elif kind == "actor_country":
                bad = any(mn["actor"] in self.r.gold_ids(a.get("id"))
                          and a.get("country") == mn["value"] for a in self.t["actors"])
            name = "fatah_ok" if kind == "actor_country" else "must_not_ok"
            self.tally(name, not bad, f"{f}: must_not violated: {mn.get('why', kind)}")

    def report(self) -> EvalReport:
        metrics = tuple(
            Metric(k, h, t, (h / t) if t else None)
            for k, (h, t) in self.counts.items()
        )
        values = {m.name: m.value for m in metrics}
        overall = sum(values[k] or 0.0 for k in HEADLINE_METRICS) / len(HEADLINE_METRICS)
        confusion = MappingProxyType({
            g: MappingProxyType(dict(sorted(row.items())))
            for g, row in sorted(self.confusion.items())
        })
        return EvalReport(metrics, overall, tuple(self.details), confusion,
                          self.diagnoser.result())


def _best_type(accepted: Sequence[str], on_pair: Sequence[Obj]) -> str:
    """The confusion column of a gold event: an accepted type when one was found, else
    the commonest type on the pair (ties alphabetical), else ``missed``."""
    types = [str(e.get("type")) for e in on_pair]
    for t in accepted:
        if t in types:
            return t
    if not types:
        return MISSED
    counts = Counter(types)
    return min(counts, key=lambda t: (-counts[t], t))


# --- input --------------------------------------------------------------------------


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UsageError(f"no such file: {path}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path}: cannot read JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected a JSON object")
    return data


def _read_jsonl(path: Path) -> list[Obj]:
    if not path.is_file():
        return []
    out: list[Obj] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{n}: invalid JSON: {exc.msg}") from exc
        if not isinstance(rec, dict):
            raise UsageError(f"{path}:{n}: expected a JSON object")
        out.append(rec)
    return out


def _checked_article(entry: object, path: Path, i: int) -> Obj:
    """A gold article with its required fields present; type lists given as one string
    are accepted as a one-element list."""
    where = f"{path}: articles[{i}]"
    if not isinstance(entry, Mapping):
        raise UsageError(f"{where}: expected an object")
    for key, kind in (("file", str), ("title", (str, type(None))),
                      ("actors", list), ("events", list)):
        if not isinstance(entry.get(key), kind):
            raise UsageError(f"{where}: missing or invalid '{key}'")
    events = []
    for j, ge in enumerate(entry["events"]):
        if not isinstance(ge, Mapping) or not all(k in ge for k in ("source", "type", "target")):
            raise UsageError(f"{where}.events[{j}]: needs source, type and target")
        events.append({**ge, "type": _types(ge["type"])})
    return {**entry, "events": events}


def _types(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value]
    raise UsageError(f"event type must be a string or a list of strings, not {value!r}")


def _key(value: object) -> object:
    # export ids are strings; anything else is keyed by its JSON text so grouping never fails
    return value if hashable(value) else json.dumps(value, sort_keys=True)


def _group_by_article(records: Iterable[Obj]) -> dict[object, list[Obj]]:
    out: dict[object, list[Obj]] = {}
    for rec in records:
        out.setdefault(_key(rec.get("article_id")), []).append(rec)
    return out
