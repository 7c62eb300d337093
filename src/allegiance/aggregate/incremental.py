"""Incremental aggregation: add articles, recompute only what they touch.

The ``Aggregator`` keeps the per-article records it was given (articles
without their text, events, relations) and the derived results, each
filed under the key that alone decides it:

* duplicate groups in a ``DuplicateIndex``;
* merged events per ``(source, type, target)`` group;
* dyads and series shifts per actor pair;
* cue shifts per article; merged relations per ``(source, relation, target)``.

``add`` indexes the new articles, then recomputes the derived results of the
*dirty* keys only: the groups, pairs and relations of the new articles and of
every older article whose ``duplicate_of`` changed (an earlier original can
demote an article seen before). Each derived result is a pure function of the
records under its key, computed in a fixed order, so any split and order of
the same records gives exactly the from-scratch result.

``to_state``/``from_state`` turn the whole aggregator into plain JSON-ready
data (records as ``records.to_dict``; MinHash values as lists of ints) so the
store can persist it between runs.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from allegiance import codec
from allegiance.aggregate.config import AggregateConfig, load_config
from allegiance.aggregate.corroborate import (
    GroupKey,
    MergedEvent,
    group_key,
    merge_group,
    merged_event_from_dict,
)
from allegiance.aggregate.dedup import DuplicateIndex
from allegiance.aggregate.dyads import Pair, build_dyads, pair_of, sort_dyads
from allegiance.aggregate.relations import RelationKey, merge_relation, relation_key
from allegiance.aggregate.shifts import cue_shifts, merge_shifts, series_shifts
from allegiance.records import (
    Article,
    DocResult,
    Dyad,
    Event,
    Relation,
    Shift,
    to_dict,
)

STATE_VERSION = 1


class StaleState(ValueError):
    """Stored state was made by another state version or under other weights or
    rules; rebuild it from the stored records (``aggregate`` / ``Aggregator.add``)."""


@dataclass(frozen=True)
class Changes:
    """What one ``Aggregator.add`` did.

    ``duplicates`` maps every article whose ``duplicate_of`` is new or changed
    to its value; ``pairs`` are the actor pairs whose dyads and series shifts
    were recomputed (every other pair is untouched).
    """

    added: tuple[str, ...] = ()
    duplicates: Mapping[str, str | None] = dataclasses.field(default_factory=dict)
    pairs: tuple[Pair, ...] = ()
    groups: int = 0
    relations: int = 0


@dataclass(frozen=True)
class Aggregate:
    """Everything aggregation produces, sorted and ready to export."""

    duplicates: Mapping[str, str | None]
    merged_events: tuple[MergedEvent, ...]
    relations: tuple[Relation, ...]
    dyads: tuple[Dyad, ...]
    shifts: tuple[Shift, ...]


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    """A record dict without its null/false fields (the decoders default them)."""
    return {k: v for k, v in d.items() if v is not None and v is not False}


def _group_sort(g: GroupKey) -> tuple[str, str, str]:
    return (g[0] or "", g[1].value, g[2] or "")


def _rel_sort(k: RelationKey) -> tuple[str, str, str]:
    return (k[0], k[1].value, k[2])


class Aggregator:
    """Cross-article aggregates, updated incrementally (see the module docstring)."""

    def __init__(self, config: AggregateConfig | None = None) -> None:
        self.config = config or load_config()
        self._index = DuplicateIndex(self.config.dedup)
        self._articles: dict[str, Article] = {}
        self._events: dict[str, tuple[Event, ...]] = {}
        self._relations: dict[str, tuple[Relation, ...]] = {}
        self._group_articles: dict[GroupKey, set[str]] = defaultdict(set)
        self._rel_articles: dict[RelationKey, set[str]] = defaultdict(set)
        self._pair_groups: dict[Pair, set[GroupKey]] = defaultdict(set)
        self._merged: dict[GroupKey, list[MergedEvent]] = {}
        self._merged_relations: dict[RelationKey, Relation] = {}
        self._dyads: dict[Pair, list[Dyad]] = {}
        self._series: dict[Pair, list[Shift]] = {}
        self._cues: dict[str, list[Shift]] = {}

    def __len__(self) -> int:
        return len(self._articles)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._articles

    # --- adding --------------------------------------------------------

    def add(self, results: Iterable[DocResult]) -> Changes:
        """Add articles' records (already-known article ids are ignored) and
        update every aggregate they touch."""
        new: dict[str, DocResult] = {}
        for r in results:
            if r.article.id not in self._articles and r.article.id not in new:
                new[r.article.id] = r
        for aid in sorted(new):
            self._file(new[aid])
        dup_changes = self._index.update(new[aid].article for aid in sorted(new))
        for aid, dup in dup_changes.items():
            self._articles[aid] = dataclasses.replace(self._articles[aid], duplicate_of=dup)
        dirty = set(dup_changes) | set(new)
        groups = {g for aid in dirty for g in map(group_key, self._events[aid])}
        rel_keys = {relation_key(r) for aid in dirty for r in self._relations[aid]}
        pairs = self._remerge(groups)
        self._recompute_pairs(pairs)
        for k in rel_keys:
            self._remerge_relation(k)
        for aid in dirty:
            self._cues[aid] = cue_shifts(self._articles[aid], self._events[aid],
                                         self._relations[aid], self.config)
        return Changes(added=tuple(sorted(new)), duplicates=dup_changes,
                       pairs=tuple(sorted(pairs)), groups=len(groups), relations=len(rel_keys))

    def _file(self, r: DocResult) -> None:
        aid = r.article.id
        self._articles[aid] = dataclasses.replace(r.article, text="", duplicate_of=None)
        self._events[aid] = tuple(sorted(r.events, key=lambda e: e.id))
        self._relations[aid] = tuple(r.relations)
        for e in r.events:
            g = group_key(e)
            self._group_articles[g].add(aid)
            p = pair_of(e.source, e.target)
            if p is not None:
                self._pair_groups[p].add(g)
        for rel in r.relations:
            self._rel_articles[relation_key(rel)].add(aid)

    def _remerge(self, groups: Iterable[GroupKey]) -> set[Pair]:
        pairs: set[Pair] = set()
        for g in sorted(groups, key=_group_sort):
            reports = [
                (e, self._articles[aid])
                for aid in sorted(self._group_articles[g])
                if self._articles[aid].duplicate_of is None
                for e in self._events[aid] if group_key(e) == g
            ]
            merged = merge_group(reports, self.config)
            if merged:
                self._merged[g] = merged
            else:
                self._merged.pop(g, None)
            p = pair_of(g[0], g[2])
            if p is not None:
                pairs.add(p)
        return pairs

    def _recompute_pairs(self, pairs: Iterable[Pair]) -> None:
        for p in pairs:
            merged = [m for g in self._pair_groups[p] for m in self._merged.get(g, ())]
            dyads = build_dyads(merged, self.config)
            self._dyads[p] = dyads
            self._series[p] = series_shifts(p, dyads, merged, self.config)

    def _remerge_relation(self, key: RelationKey) -> None:
        reports = [(r, self._articles[aid]) for aid in sorted(self._rel_articles[key])
                   for r in self._relations[aid] if relation_key(r) == key]
        merged = merge_relation(key, reports)
        if merged is None:
            self._merged_relations.pop(key, None)
        else:
            self._merged_relations[key] = merged

    # --- results -------------------------------------------------------

    def duplicates(self) -> dict[str, str | None]:
        """``duplicate_of`` of every article (None for originals)."""
        return {aid: self._articles[aid].duplicate_of for aid in sorted(self._articles)}

    def article(self, article_id: str) -> Article:
        """The stored article (without its text), ``duplicate_of`` up to date."""
        return self._articles[article_id]

    def merged_events(self) -> list[MergedEvent]:
        """Every incident, sorted."""
        return [m for g in sorted(self._merged, key=_group_sort) for m in self._merged[g]]

    def relations(self) -> list[Relation]:
        """Merged relations, sorted by (source, relation, target)."""
        return [self._merged_relations[k] for k in sorted(self._merged_relations, key=_rel_sort)]

    def dyads(self) -> list[Dyad]:
        """Every dyad, by pair then period."""
        return sort_dyads(d for ds in self._dyads.values() for d in ds)

    def shifts(self) -> list[Shift]:
        """Series and cue shifts, merged and sorted."""
        cues = [s for aid in sorted(self._cues) for s in self._cues[aid]]
        series = [s for p in sorted(self._series) for s in self._series[p]]
        return merge_shifts([*series, *cues])

    def snapshot(self) -> Aggregate:
        """Every result at once."""
        return Aggregate(
            duplicates=self.duplicates(), merged_events=tuple(self.merged_events()),
            relations=tuple(self.relations()), dyads=tuple(self.dyads()),
            shifts=tuple(self.shifts()),
        )

    # --- state -----------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        """Plain JSON-ready state: inputs and derived results (see the module docstring)."""
        return {
            "version": STATE_VERSION,
            "config": self.config.fingerprint(),
            "dedup": self._index.to_state(),
            "articles": [
                {"article": to_dict(self._articles[aid]),
                 "events": [_compact(to_dict(e)) for e in self._events[aid]],
                 "relations": [_compact(to_dict(r)) for r in self._relations[aid]],
                 "cue_shifts": [to_dict(s) for s in self._cues.get(aid, ())]}
                for aid in sorted(self._articles)
            ],
            "merged_events": [to_dict(m) for m in self.merged_events()],
            "relations": [to_dict(r) for r in self.relations()],
            "dyads": [to_dict(d) for d in self.dyads()],
            "series_shifts": [to_dict(s) for p in sorted(self._series) for s in self._series[p]],
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any], config: AggregateConfig | None = None,
                   ) -> Aggregator:
        """Rebuild an aggregator from ``to_state()`` data without recomputing anything.

        Raises ``StaleState`` when the state was made by another version or
        under other weights or rules than ``config``.
        """
        agg = cls(config)
        if state.get("version") != STATE_VERSION:
            raise StaleState(f"unknown aggregator state version {state.get('version')!r}")
        if state.get("config") != agg.config.fingerprint():
            raise StaleState("aggregation weights or rules changed since the state was saved")
        agg._index = DuplicateIndex.from_state(state["dedup"])
        for item in state["articles"]:
            art = codec.article(item["article"])
            aid = art.id
            agg._file(DocResult(
                article=art,
                events=tuple(codec.event(e) for e in item["events"]),
                relations=tuple(codec.relation(r) for r in item["relations"]),
            ))
            agg._articles[aid] = art
            agg._cues[aid] = [codec.shift(s) for s in item["cue_shifts"]]
        for m in map(merged_event_from_dict, state["merged_events"]):
            agg._merged.setdefault(m.group, []).append(m)
        for r in map(codec.relation, state["relations"]):
            agg._merged_relations[relation_key(r)] = r
        for d in map(codec.dyad, state["dyads"]):
            agg._dyads.setdefault((d.a, d.b), []).append(d)
            agg._series.setdefault((d.a, d.b), [])
        for s in map(codec.shift, state["series_shifts"]):
            agg._series.setdefault((s.a, s.b), []).append(s)
        return agg


def aggregate(results: Iterable[DocResult], config: AggregateConfig | None = None) -> Aggregate:
    """Aggregate a set of DocResults from scratch."""
    agg = Aggregator(config)
    agg.add(results)
    return agg.snapshot()


__all__ = ["Aggregate", "Aggregator", "Changes", "StaleState", "aggregate"]
