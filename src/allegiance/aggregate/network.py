"""The signed actor network: blocs, structural balance, GraphML/GEXF export.

Each period's dyads form a signed, weighted, undirected graph (edge ``weight``
= dyad score, ``sign`` = +1 cooperative, -1 hostile, 0 neutral by
``dyads.stance``); ``period=None`` sums every period first. Blocs are the
communities (greedy modularity, networkx) of the positive subgraph.
Structural balance (Heider; Cartwright-Harary): a triangle whose three signs
multiply to a negative number ("my friend's friend is my enemy") is
unbalanced, a relationship under strain worth watching.

A tie between an actor and something that belongs to it (``rollup.py``: a
state and its sectors, a state and its officials in office during the
period, an umbrella or collective and its member groups) is left out: it is
one side talking to itself, and counted as a relation it made a state
"hostile" to its own army in unbalanced triads.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from networkx.algorithms.community import greedy_modularity_communities

from allegiance.aggregate.config import AggregateConfig, load_config
from allegiance.aggregate.dyads import DIGITS, stance
from allegiance.aggregate.periods import date_span_of_period
from allegiance.aggregate.rollup import Rollup
from allegiance.records import Actor, Dyad, Stance

ALL_PERIODS = "all"

_SIGN = {Stance.COOPERATIVE: 1, Stance.HOSTILE: -1, Stance.NEUTRAL: 0}


@dataclass(frozen=True)
class UnbalancedTriad:
    """Three actors whose signed ties multiply to a negative number.

    ``signs`` are those of the ties (a, b), (a, c), (b, c).
    """

    a: str
    b: str
    c: str
    signs: tuple[int, int, int]


def _combine(dyads: Iterable[Dyad]) -> list[Dyad]:
    """One dyad per pair over every period (sums of counts and weights)."""
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for d in dyads:
        s = sums[(d.a, d.b)]
        s[0] += d.events
        s[1] += d.cooperation
        s[2] += d.conflict
    out = []
    for (a, b), (n, coop, conflict) in sorted(sums.items()):
        total = coop + conflict
        score = (coop - conflict) / total if total > 0 else 0.0
        out.append(Dyad(a, b, ALL_PERIODS, int(n), round(coop, DIGITS),
                        round(conflict, DIGITS), round(score, DIGITS)))
    return out


def internal(dyad: Dyad, rollup: Rollup) -> bool:
    """Whether one actor of the dyad belongs to the other during its period
    (any time, for the undated ``past``/``current`` periods)."""
    when = date_span_of_period(dyad.period)
    return rollup.belongs(dyad.a, dyad.b, when) or rollup.belongs(dyad.b, dyad.a, when)


def signed_graph(dyads: Iterable[Dyad], actors: Mapping[str, Actor] | Iterable[Actor],
                 period: str | None = None, config: AggregateConfig | None = None, *,
                 rollup: Rollup | None = None) -> nx.Graph:
    """The signed actor graph of one period (all periods summed when ``period`` is None).

    Nodes carry ``name``, ``kind`` and ``country`` (empty string when unknown,
    as GraphML has no null); edges ``weight`` (score), ``sign``, ``events``,
    ``cooperation``, ``conflict``. Internal ties (``internal``) are left out;
    ``rollup`` defaults to one over ``actors`` alone (pass one built with the
    knowledge base's ``member_of`` pairs to leave out those ties too).
    """
    cfg = config or load_config()
    by_id = dict(actors) if isinstance(actors, Mapping) else {a.id: a for a in actors}
    index = rollup or Rollup(by_id)
    kept = [d for d in dyads if not internal(d, index)]
    chosen = ([d for d in kept if d.period == period] if period is not None
              else _combine(kept))
    g = nx.Graph(period=period or ALL_PERIODS)
    for d in sorted(chosen, key=lambda d: (d.a, d.b)):
        for node in (d.a, d.b):
            if node not in g:
                actor = by_id.get(node)
                g.add_node(node, name=actor.name if actor else node,
                           kind=actor.kind.value if actor else "",
                           country=(actor.country or "") if actor else "")
        g.add_edge(d.a, d.b, weight=d.score, sign=_SIGN[stance(d, cfg)], events=d.events,
                   cooperation=d.cooperation, conflict=d.conflict)
    return g


def period_graphs(dyads: Iterable[Dyad], actors: Mapping[str, Actor] | Iterable[Actor],
                  config: AggregateConfig | None = None, *,
                  rollup: Rollup | None = None) -> dict[str, nx.Graph]:
    """One signed graph per period of the dyads."""
    ds = list(dyads)
    acts = dict(actors) if isinstance(actors, Mapping) else {a.id: a for a in actors}
    index = rollup or Rollup(acts)
    return {p: signed_graph(ds, acts, p, config, rollup=index)
            for p in sorted({d.period for d in ds})}


def blocs(graph: nx.Graph) -> list[tuple[str, ...]]:
    """Groups of two or more actors tied by cooperation (communities of the
    positive subgraph), largest first."""
    pos = nx.Graph()
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: (min(e[0], e[1]),
                                                                     max(e[0], e[1]))):
        if data.get("sign", 0) > 0:
            pos.add_edge(u, v, weight=float(data.get("weight", 1.0)))
    if pos.number_of_edges() == 0:
        return []
    found = greedy_modularity_communities(pos, weight="weight")
    groups = [tuple(sorted(c)) for c in found if len(c) >= 2]
    return sorted(groups, key=lambda c: (-len(c), c))


def unbalanced_triads(graph: nx.Graph, *, weak: bool = False) -> list[UnbalancedTriad]:
    """Every triangle of non-neutral ties whose signs multiply to a negative number.

    With ``weak=True`` (Davis's weak balance) a triangle of three hostile ties
    counts as balanced: several mutually hostile camps are a stable state.
    """
    signed: dict[str, dict[str, int]] = defaultdict(dict)
    for u, v, data in graph.edges(data=True):
        s = int(data.get("sign", 0))
        if s:
            signed[u][v] = s
            signed[v][u] = s
    out = []
    for a in sorted(signed):
        for b in sorted(n for n in signed[a] if n > a):
            for c in sorted(n for n in signed[a] if n > b and n in signed[b]):
                signs = (signed[a][b], signed[a][c], signed[b][c])
                if signs[0] * signs[1] * signs[2] < 0 and not (weak and signs == (-1, -1, -1)):
                    out.append(UnbalancedTriad(a, b, c, signs))
    return out


# characters XML 1.0 cannot hold (a form feed kept from a scraped page broke GraphML)
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(value: object) -> object:
    return _XML_ILLEGAL.sub(" ", value) if isinstance(value, str) else value


def write_graph(graph: nx.Graph, path: Path) -> Path:
    """Write the graph as GraphML (``.graphml``) or GEXF (``.gexf``), by suffix: into a
    folder made if missing, with characters XML cannot hold replaced by spaces, and
    through a temporary file, so a failure leaves no half-written graph."""
    suffix = path.suffix.lower()
    if suffix not in (".graphml", ".gexf"):
        raise ValueError(f"unknown graph format {path.suffix!r}: use .graphml or .gexf")
    clean = nx.relabel_nodes(graph, {n: _xml_safe(n) for n in graph.nodes}, copy=True)
    for _, data in clean.nodes(data=True):
        data.update({k: _xml_safe(v) for k, v in data.items()})
    for *_, data in clean.edges(data=True):
        data.update({k: _xml_safe(v) for k, v in data.items()})
    clean.graph.update({k: _xml_safe(v) for k, v in clean.graph.items()})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        if suffix == ".graphml":
            nx.write_graphml(clean, tmp)
        else:
            nx.write_gexf(clean, tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
