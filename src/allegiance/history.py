"""Store-level views over the aggregates: a pair's history and the actor graph.

Both roll actors up (``aggregate/rollup.py``) over the store's actor records,
the package knowledge base's entries and ``member_of`` links (for the groups
the store has not met yet, like an umbrella only named in the KB) and the
merged text relations.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from rich.console import RenderableType

from allegiance.aggregate import (
    DyadHistory,
    Rollup,
    Side,
    dyad_history,
    render_history,
    signed_graph,
)
from allegiance.aggregate import write_graph as write_graph_file
from allegiance.api import load_aggregator
from allegiance.errors import UsageError
from allegiance.kb import load_kb, normalise_alias
from allegiance.records import Actor, Relation
from allegiance.store import Store


def kb_actors() -> tuple[dict[str, Actor], list[tuple[str, str]]]:
    """The package knowledge base as actor records and its ``(member, group)`` links."""
    kb = load_kb()
    actors = {e.id: e.to_actor() for e in kb}
    links = [(e.id, g) for e in kb for g in e.member_of]
    return actors, links


def rollup_index(store: Store, relations: Iterable[Relation] = ()) -> Rollup:
    """The roll-up over the store's actors (they win over the KB's) and the KB links."""
    actors, links = kb_actors()
    actors.update({a.id: a for a in store.actors()})
    return Rollup(actors, member_of=links, relations=relations)


def resolve_actor(store: Store, query: str) -> Actor:
    """The actor a user means by ``query``: an id, else the actor with that name
    or alias, else one whose id, name or alias contains it; ties go to the actor
    mentioned most often. Raises ``UsageError`` when nothing matches."""
    found = store.actor(query)
    if found is not None:
        return found
    actors = list(store.actors())
    q = query.casefold()
    by_id = [a for a in actors if a.id.casefold() == q]
    key = normalise_alias(query)
    by_name = [a for a in actors if key in {normalise_alias(n) for n in (a.name, *a.aliases)}]
    partial = [a for a in actors
               if q in a.id.casefold() or any(q in n.casefold() for n in (a.name, *a.aliases))]
    pick = by_id or by_name or partial
    if not pick:
        raise UsageError(f"no actor matches {query!r}; try `allegiance actors search`")
    if len(pick) == 1:
        return pick[0]
    seen = Counter(m.actor_id for m in store.mentions())
    return min(pick, key=lambda a: (-seen[a.id], a.id))


def pair_dyad_history(store: Store, a: str, b: str, *, exact: bool = False) -> DyadHistory:
    """Everything known about the pair (a, b) (actor ids): periods, turns,
    evidence. Each side is rolled up unless ``exact``."""
    agg = load_aggregator(store)
    snap = agg.snapshot()
    index = rollup_index(store, snap.relations)
    sides = (Side.exact(a), Side.exact(b)) if exact else None
    wanted = {x for m in snap.merged_events for x in m.events}
    events = {e.id: e for e in store.events() if e.id in wanted}
    articles = {aid: agg.article(aid) for aid in agg.duplicates()}
    return dyad_history(a, b, snap.merged_events, snap.relations, snap.shifts, index.actors,
                        sides=sides, rollup=index, articles=articles, events=events)


def pair_history(store: Store, a: str, b: str, *, exact: bool = False) -> RenderableType:
    """The rich view of ``pair_dyad_history`` (``allegiance dyad A B``)."""
    return render_history(pair_dyad_history(store, a, b, exact=exact))


def write_graph(store: Store, path: Path, fmt: str) -> int:
    """Write the signed actor graph (all periods summed) as GraphML or GEXF; return its edges."""
    snap = load_aggregator(store).snapshot()
    index = rollup_index(store, snap.relations)
    graph = signed_graph(snap.dyads, {x.id: x for x in store.actors()}, rollup=index)
    write_graph_file(graph, path.with_suffix("." + fmt))
    return int(graph.number_of_edges())
