"""Store-level views over the aggregates: a pair's history and the actor graph."""

from __future__ import annotations

from pathlib import Path

from rich.console import RenderableType

from allegiance.aggregate import dyad_history, render_history, signed_graph
from allegiance.aggregate import write_graph as write_graph_file
from allegiance.api import load_aggregator
from allegiance.store import Store


def pair_history(store: Store, a: str, b: str) -> RenderableType:
    """The rich view of everything known about the pair (a, b): periods, turns, evidence."""
    snap = load_aggregator(store).snapshot()
    actors = {x.id: x for x in store.actors()}
    return render_history(dyad_history(a, b, snap.dyads, snap.merged_events, snap.relations,
                                       snap.shifts, actors))


def write_graph(store: Store, path: Path, fmt: str) -> int:
    """Write the signed actor graph (all periods summed) as GraphML or GEXF; return its edges."""
    snap = load_aggregator(store).snapshot()
    graph = signed_graph(snap.dyads, {x.id: x for x in store.actors()})
    write_graph_file(graph, path.with_suffix("." + fmt))
    return int(graph.number_of_edges())
