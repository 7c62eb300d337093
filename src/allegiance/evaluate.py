"""Score an export directory against hand-annotated gold, so users can measure the engine.

The gold is two JSON files in the shared format: a *gold file* (``{"articles": [...]}``,
one entry per annotated input file, with ``junk``/``keep`` snippets, metadata, actors,
roles, relations, events, optional dyads, shifts and ``must_not`` claims) and an
*actors file* mapping gold actor ids to ``{names, kind, country, sponsor, role,
organization}``. Their ``_doc`` fields describe them.

The metrics and matching rules are those of the project's reference scorer, so the
numbers printed by ``allegiance eval`` and by that scorer agree:

- A system actor maps to the gold actors one of whose names equals its ``name``
  (normalised: case-folded, punctuation and a leading "the" dropped, a plural ``s``
  ignored), or, failing that, one of its ``aliases``.
- An unnamed system actor may still match a *collective* gold actor ("the
  Iran-backed militias") by what it is: same ``kind`` and ``country`` and a sponsor
  that maps to the collective's ``sponsor``. A gold actor is collective when it says
  ``"collective": true``, or, when it does not say, when it has a sponsor and one of
  its names describes it by its backer ("X-backed ...", "X-funded ...").
- A person who serves a state also stands for that state in events, since event
  data codes officials by their state.
- A gold event is found when an event of the same article has an accepted type, is
  neither hypothetical nor negated, and links the gold source to the gold target
  (either way round only when the gold event is ``symmetric``).
- ``dyad_precision`` counts a system event as plausible when its actor pair is one
  of the gold events' pairs or ``optional_dyads``.
- ``must_not_ok`` counts the ``must_not`` claims that were avoided; claims of kind
  ``actor_country`` (a wrong identity, named ``fatah_ok`` by the reference scorer
  after the case that motivated it) are counted apart.
- ``score`` is the mean of the headline metrics, a metric with nothing to count
  scoring 0.

Beyond the reference scorer, the report has a per-event-type confusion: for each
gold event, the type of the best system event on the same actor pair, or
``missed``.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from allegiance.errors import UsageError

Obj = Mapping[str, Any]

METRIC_NAMES: tuple[str, ...] = (
    "junk_removed", "kept", "title", "published", "author", "actors", "roles",
    "relations", "events", "dyad_precision", "shifts", "must_not_ok", "fatah_ok",
)
"""Every metric, in report order."""

HEADLINE_METRICS: tuple[str, ...] = (
    "junk_removed", "kept", "title", "published", "actors", "relations", "events",
    "dyad_precision", "shifts", "must_not_ok",
)
"""The metrics whose mean is the overall score (author, roles and identity are shown only)."""

MISSED = "missed"
"""Confusion column of a gold event with no system event on its actor pair."""

EXPORT_TABLES = ("articles", "actors", "mentions", "events", "relations", "shifts")
"""The export files (``<name>.jsonl``) the scorer reads; a missing one counts as empty."""

# Regexes of this module, kept together.
_LEADING_THE = re.compile(r"^the\s+")
_NOT_NAME_CHAR = re.compile(r"[^\w\s'-]")
_WHITESPACE = re.compile(r"\s+")
_BACKER_LABEL = re.compile(r"\w-(?:backed|supported|funded|sponsored)\b", re.IGNORECASE)

_SINGLE_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_DOUBLE_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"'})
# Only a supposed event is discounted: a reported or intended one still counts as found,
# since the gold accepts hedged statements as the event (its 'factuality' lists both).
_UNREAL = "hypothetical"
_ARTICLE_FIELDS = ("junk_removed", "kept", "title", "published", "author")


@dataclass(frozen=True)
class Metric:
    """One metric: ``hits`` out of ``total``; ``value`` is None when there is nothing to count."""

    name: str
    hits: int
    total: int
    value: float | None


@dataclass(frozen=True)
class EvalReport:
    """Metrics, overall score, one line per miss, and the event-type confusion.

    ``confusion[gold][system]`` counts gold events whose accepted types (joined by
    ``|``) are ``gold`` and whose best system event has type ``system`` (``missed``
    when there is none).
    """

    metrics: tuple[Metric, ...]
    overall: float
    details: tuple[str, ...]
    confusion: Mapping[str, Mapping[str, int]]

    def metric(self, name: str) -> Metric:
        """The metric called ``name``."""
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, with the reference scorer's ``--json`` keys plus ``confusion``."""
        return {
            "metrics": {m.name: m.value for m in self.metrics},
            "counts": {m.name: [m.hits, m.total] for m in self.metrics},
            "overall": self.overall,
            "detail": list(self.details),
            "confusion": {g: dict(row) for g, row in self.confusion.items()},
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
    scorer = _Scorer(_Resolver(gold_actors, tables["actors"]), tables)
    for i, entry in enumerate(articles):
        scorer.score_article(_checked_article(entry, gold_path, i))
    return scorer.report()


def render_report(report: EvalReport, *, details: bool = True) -> str:
    """The report as text: misses (``  - ...``), ``name: 0.xxx (h/t)`` lines, ``score: x.xxx``,
    then the confusion table."""
    lines = [f"  - {d}" for d in report.details] if details else []
    for m in report.metrics:
        value = "n/a" if m.value is None else f"{m.value:.3f}"
        lines.append(f"{m.name}: {value} ({m.hits}/{m.total})")
    lines.append(f"score: {report.overall:.3f}")
    lines.append("")
    lines.extend(_confusion_table(report.confusion))
    return "\n".join(lines)


# --- names --------------------------------------------------------------------------


def normalize_name(s: object) -> str:
    """The form under which actor names and titles are compared."""
    if s is None:
        return ""
    t = unicodedata.normalize("NFKC", str(s)).translate(_SINGLE_QUOTES).casefold().strip()
    t = _NOT_NAME_CHAR.sub(" ", _LEADING_THE.sub("", t))
    tokens = t.replace("'", "").replace("-", " ").split()
    # a plural 's' on the head word ("militias" ~ "militia"); short words ("US", "IS") keep it
    if tokens and len(tokens[-1]) > 3 and tokens[-1].endswith("s"):
        tokens[-1] = tokens[-1][:-1]
    return " ".join(tokens)


def normalize_text(s: str) -> str:
    """The form under which ``junk``/``keep`` snippets are looked up in an article's text."""
    t = unicodedata.normalize("NFKC", s).translate(_SINGLE_QUOTES).translate(_DOUBLE_QUOTES)
    return _WHITESPACE.sub(" ", t).strip().casefold()


@dataclass(frozen=True)
class _Collective:
    gold_id: str
    kind: object
    country: object
    sponsor: str


def _collectives(gold: Mapping[str, Obj]) -> tuple[_Collective, ...]:
    out = []
    for gid, g in gold.items():
        sponsor = g.get("sponsor")
        if not isinstance(sponsor, str):
            continue
        flag = g.get("collective")
        named_by_backer = any(_BACKER_LABEL.search(str(n)) for n in g.get("names") or [])
        if flag is True or (flag is None and named_by_backer):
            out.append(_Collective(gid, g.get("kind"), g.get("country"), sponsor))
    return tuple(out)


class _Resolver:
    """Maps system actor ids to the gold actor ids they stand for."""

    def __init__(self, gold_actors: Obj, export_actors: Sequence[Obj]) -> None:
        self.gold: dict[str, Obj] = {
            k: v for k, v in gold_actors.items() if not k.startswith("_") and isinstance(v, Mapping)
        }
        self._by_name: dict[str, set[str]] = {}
        for gid, g in self.gold.items():
            for n in g.get("names") or []:
                self._by_name.setdefault(normalize_name(n), set()).add(gid)
        self._collectives = _collectives(self.gold)
        self._export: dict[object, Obj] = {}
        for a in export_actors:
            key = a.get("id")
            if _hashable(key):
                self._export[key] = a
        self._cache: dict[object, frozenset[str]] = {}
        self._resolving: set[object] = set()

    def gold_ids(self, actor_id: object) -> frozenset[str]:
        """Gold actors a system actor id (or, for an id not in the export, a name) stands for."""
        if actor_id is None or not _hashable(actor_id):
            return frozenset()
        if actor_id in self._cache:
            return self._cache[actor_id]
        if actor_id in self._resolving:  # a sponsorship cycle: no information from this path
            return frozenset()
        self._resolving.add(actor_id)
        try:
            out = self._resolve(actor_id)
        finally:
            self._resolving.discard(actor_id)
        self._cache[actor_id] = out
        return out

    def _resolve(self, actor_id: object) -> frozenset[str]:
        a = self._export.get(actor_id)
        if a is None:
            return frozenset(self._by_name.get(normalize_name(actor_id), ()))
        out = set(self._by_name.get(normalize_name(a.get("name")), ()))
        if not out:
            for n in _as_list(a.get("aliases")):
                out |= self._by_name.get(normalize_name(n), set())
        if not out:
            out = self._collective_ids(a)
        return frozenset(out)

    def _collective_ids(self, a: Obj) -> set[str]:
        fitting = [c for c in self._collectives
                   if a.get("kind") == c.kind and a.get("country") == c.country]
        if not fitting:
            return set()
        backers: set[str] = set()
        for s in _as_list(a.get("sponsors")):
            backers |= self.gold_ids(s)
        return {c.gold_id for c in fitting if c.sponsor in backers}

    def with_states(self, ids: Iterable[str]) -> frozenset[str]:
        """``ids`` plus the state each person among them serves."""
        out = set(ids)
        for gid in list(out):
            g = self.gold.get(gid, {})
            org = g.get("organization")
            if g.get("kind") == "person" and isinstance(org, str) \
                    and self.gold.get(org, {}).get("kind") == "state":
                out.add(org)
        return frozenset(out)

    def event_ids(self, actor_id: object) -> frozenset[str]:
        """Gold actors an event's source or target stands for, officials coded by their state."""
        return self.with_states(self.gold_ids(actor_id))


# --- scoring ------------------------------------------------------------------------


class _Scorer:
    """Accumulates hits, misses and confusion over the gold articles."""

    def __init__(self, resolver: _Resolver, tables: Mapping[str, list[Obj]]) -> None:
        self.r = resolver
        self.t = tables
        self.counts: dict[str, list[int]] = {k: [0, 0] for k in METRIC_NAMES}
        self.details: list[str] = []
        self.confusion: dict[str, Counter[str]] = {}
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
            return
        aid = art.get("id")
        events = self.events.get(_key(aid), [])
        self._text(f, g, art)
        self._metadata(f, g, art)
        self._actors(f, g, aid, events)
        self._roles(f, g)
        self._relations(f, g)
        self._events(f, g, events)
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

    def _actors(self, f: str, g: Obj, aid: object, events: list[Obj]) -> None:
        ids = {m.get("actor_id") for m in self.mentions.get(_key(aid), [])
               if _hashable(m.get("actor_id"))}
        for e in events:
            ids |= {x for x in (e.get("source"), e.get("target")) if _hashable(x)}
        found: set[str] = set()
        for s in ids:
            found |= self.r.gold_ids(s)
        for ga in g["actors"]:
            self.tally("actors", ga in found, f"{f}: actor not found: {ga}")

    def _roles(self, f: str, g: Obj) -> None:
        for r in g.get("roles", []):
            title = normalize_name(r["title"])
            ok = any(
                title in normalize_name(ro.get("title"))
                and r["organization"] in self.r.gold_ids(ro.get("organization"))
                for a in self.t["actors"] if r["person"] in self.r.gold_ids(a.get("id"))
                for ro in _as_list(a.get("roles")) if isinstance(ro, Mapping)
            )
            self.tally("roles", ok, f"{f}: role missing: {r}")

    def _relations(self, f: str, g: Obj) -> None:
        for r in g.get("relations", []):
            targets = {r["target"], *r.get("alt_target", [])}
            ok = any(
                x.get("relation") == r["relation"]
                and r["source"] in self.r.gold_ids(x.get("source"))
                and bool(self.r.gold_ids(x.get("target")) & targets)
                for x in self.t["relations"]
            )
            self.tally("relations", ok,
                       f"{f}: relation missing: {r['source']} {r['relation']} {r['target']}")

    def _sides(self, ge: Obj) -> tuple[frozenset[str], frozenset[str]]:
        return (self.r.with_states({ge["source"], *ge.get("alt_source", [])}),
                self.r.with_states({ge["target"], *ge.get("alt_target", [])}))

    def _on_pair(self, ge: Obj, sides: tuple[frozenset[str], frozenset[str]], e: Obj) -> bool:
        """Whether a real (not hypothetical, not negated) system event links the gold pair."""
        if e.get("factuality") == _UNREAL or e.get("negated"):
            return False
        srcs, tgts = sides
        es, et = self.r.event_ids(e.get("source")), self.r.event_ids(e.get("target"))
        if es & srcs and et & tgts:
            return True
        return bool(ge.get("symmetric")) and bool(et & srcs) and bool(es & tgts)

    def _events(self, f: str, g: Obj, events: list[Obj]) -> None:
        for ge in g["events"]:
            sides = self._sides(ge)
            on_pair = [e for e in events if self._on_pair(ge, sides, e)]
            self.confuse(ge, _best_type(ge["type"], on_pair))
            ok = any(e.get("type") in ge["type"] for e in on_pair)
            self.tally("events", ok, f"{f}: event missing: {ge['source']} {ge['type']} "
                                     f"{ge['target']} ({str(ge.get('evidence', ''))[:50]})")
        pairs: set[frozenset[str]] = set()
        for ge in g["events"]:
            srcs, tgts = self._sides(ge)
            pairs |= {frozenset((s, t)) for s in srcs for t in tgts}
        pairs |= {frozenset(p) for p in g.get("optional_dyads", [])}
        for e in events:
            if e.get("source") is None or e.get("target") is None:
                continue
            if e.get("factuality") == _UNREAL or e.get("negated"):
                continue
            es, et = self.r.event_ids(e.get("source")), self.r.event_ids(e.get("target"))
            ok = any(frozenset((s, t)) in pairs for s in es for t in et)
            self.tally("dyad_precision", ok,
                       f"{f}: implausible event: {e.get('source')} {e.get('type')} "
                       f"{e.get('target')}: {str(e.get('sentence'))[:60]!r}")

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
        return EvalReport(metrics, overall, tuple(self.details), confusion)


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


def _confusion_table(confusion: Mapping[str, Mapping[str, int]]) -> list[str]:
    if not confusion:
        return ["event types: no gold events"]
    seen = {c for row in confusion.values() for c in row}
    cols = [*sorted(seen - {MISSED}), MISSED]
    corner = "gold \\ system"
    first = max(len(corner), *(len(g) for g in confusion))
    widths = [max(len(c), 3) for c in cols]

    def row_text(label: str, cells: Iterable[str]) -> str:
        padded = (c.rjust(w) for c, w in zip(cells, widths, strict=True))
        return "  ".join([label.ljust(first), *padded])

    lines = ["event types (gold type -> type of the best system event on the pair):",
             row_text(corner, cols)]
    for g, row in confusion.items():
        # '.' for an empty cell makes the few filled ones stand out
        lines.append(row_text(g, [str(row[c]) if row.get(c) else "." for c in cols]))
    return lines


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


def _as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _hashable(value: object) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def _key(value: object) -> object:
    # export ids are strings; anything else is keyed by its JSON text so grouping never fails
    return value if _hashable(value) else json.dumps(value, sort_keys=True)


def _group_by_article(records: Iterable[Obj]) -> dict[object, list[Obj]]:
    out: dict[object, list[Obj]] = {}
    for rec in records:
        out.setdefault(_key(rec.get("article_id")), []).append(rec)
    return out
