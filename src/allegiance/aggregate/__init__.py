"""Across articles: duplicates, corroboration, dyad timelines, shifts, source quality.

One article is an anecdote; the record of who backs or fights whom appears only
across many. This package turns the per-article ``DocResult`` records into
that record, and says how much to trust each claim. Pure functions over
records: no database, no NLP.

::

    DocResult* --dedup-------> duplicate_of       (dedup.py: MinHash LSH)
               --weights-----> article / event weight   (weights.py)
               --corroborate-> MergedEvent        (one incident, its outlets)
               --dyads-------> Dyad per pair and period
               --shifts------> Shift (series of periods; before/after cues)
               --relations---> Relation merged per (source, relation, target)
    Dyad*      --network-----> signed graph, blocs, unbalanced triads, GraphML/GEXF
    actors     --rollup------> Side: who stands for a side, and when (rollup.py)
    all of it  --history-----> DyadHistory of two rolled-up sides (history.py),
                               drawn by view.py (``allegiance dyad A B``)

Every weight and threshold is documented in ``data/aggregate/weights.yaml`` and
``data/aggregate/rules.yaml`` (read by ``config.load_config``); the roll-up
rules in ``data/aggregate/rollup.yaml`` (read by ``rollup.load_rules``). The
network leaves out ties between an actor and what belongs to it (a state and
its army, a state and its president in office, an umbrella and its member
groups): they are one side, not a relation.

Incremental design (``incremental.Aggregator``): each derived result is a pure
function of the records under one key (``(source, type, target)`` for merged
events, the actor pair for dyads and series shifts, the article for cue
shifts, ``(source, relation, target)`` for relations). Adding articles
recomputes only the keys they touch, plus those of older articles whose
``duplicate_of`` changed. Ties are broken by fixed keys (canonical article by
publication date then id; evidence sorted), so any split and order of the same
records gives the from-scratch result exactly. State is plain data
(``to_state``/``from_state``) for the store to persist; it carries a
fingerprint of the weights and rules, and ``from_state`` raises
``StaleState`` when they changed, so the caller rebuilds from its records.
"""

from __future__ import annotations

from allegiance.aggregate.config import AggregateConfig, load_config
from allegiance.aggregate.corroborate import MergedEvent, merge_events, outlet_key
from allegiance.aggregate.dedup import DuplicateIndex, find_duplicates
from allegiance.aggregate.dyads import build_dyads, pair_of, stance
from allegiance.aggregate.history import (
    DyadHistory,
    EvidenceLine,
    PeriodRecord,
    Turn,
    dyad_history,
)
from allegiance.aggregate.incremental import (
    Aggregate,
    Aggregator,
    Changes,
    StaleState,
    aggregate,
)
from allegiance.aggregate.network import (
    UnbalancedTriad,
    blocs,
    period_graphs,
    signed_graph,
    unbalanced_triads,
    write_graph,
)
from allegiance.aggregate.relations import merge_relations
from allegiance.aggregate.rollup import (
    Rollup,
    Side,
    pair_sides,
    rollup_members,
    rollup_side,
)
from allegiance.aggregate.shifts import cue_shifts, merge_shifts, series_shifts
from allegiance.aggregate.view import render_history
from allegiance.aggregate.weights import article_weight, event_weight

__all__ = [
    "Aggregate",
    "AggregateConfig",
    "Aggregator",
    "Changes",
    "DuplicateIndex",
    "DyadHistory",
    "EvidenceLine",
    "MergedEvent",
    "PeriodRecord",
    "Rollup",
    "Side",
    "StaleState",
    "Turn",
    "UnbalancedTriad",
    "aggregate",
    "article_weight",
    "blocs",
    "build_dyads",
    "cue_shifts",
    "dyad_history",
    "event_weight",
    "find_duplicates",
    "load_config",
    "merge_events",
    "merge_relations",
    "merge_shifts",
    "outlet_key",
    "pair_of",
    "pair_sides",
    "period_graphs",
    "render_history",
    "rollup_members",
    "rollup_side",
    "series_shifts",
    "signed_graph",
    "stance",
    "unbalanced_triads",
    "write_graph",
]
