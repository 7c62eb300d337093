"""Standing relations merged across articles: one record per (source, relation, target).

``former`` is true only when every article that states the relation puts it
in the past: one article saying "Iran backs the group" outweighs another's
"once backed" for the question "does it hold?". ``first_seen`` / ``last_seen``
are the earliest and latest dates of the articles stating it (null when none
is dated); the evidence is every sentence, sorted. Duplicates add nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from allegiance.aggregate.periods import normal_date
from allegiance.records import Article, Evidence, Relation, RelationType

RelationKey = tuple[str, RelationType, str]


def relation_key(r: Relation) -> RelationKey:
    """The ``(source, relation, target)`` of a relation."""
    return (r.source, r.relation, r.target)


def merge_relation(key: RelationKey, reports: Iterable[tuple[Relation, Article]],
                   ) -> Relation | None:
    """The merged record of one ``(source, relation, target)``, or None without reports."""
    dates: list[str] = []
    evidence: set[Evidence] = set()
    former = True
    seen = False
    for r, art in reports:
        if art.duplicate_of is not None or relation_key(r) != key:
            continue
        seen = True
        former = former and r.former
        evidence.update(r.evidence)
        for d in (r.first_seen, r.last_seen, art.published):
            nd = normal_date(d)
            if nd is not None:
                dates.append(nd)
    if not seen:
        return None
    dates.sort()
    return Relation(
        source=key[0], relation=key[1], target=key[2], former=former,
        first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
        evidence=tuple(sorted(evidence, key=lambda e: (e.article_id, e.sentence))),
    )


def merge_relations(reports: Iterable[tuple[Relation, Article]]) -> list[Relation]:
    """Every relation merged across articles, sorted by (source, relation, target)."""
    groups: dict[RelationKey, list[tuple[Relation, Article]]] = defaultdict(list)
    for r, art in reports:
        groups[relation_key(r)].append((r, art))
    out = []
    for k in sorted(groups, key=lambda k: (k[0], k[1].value, k[2])):
        merged = merge_relation(k, groups[k])
        if merged is not None:
            out.append(merged)
    return out
