"""The Python API: what ``allegiance run`` does, as library calls.

>>> from allegiance.api import run
>>> from allegiance.settings import load_settings
>>> summary = run(["articles/"], load_settings({"out_dir": "out"}))  # doctest: +SKIP

``run`` streams inputs through the engine into the store, refreshes the
cross-article aggregates and writes the export; the CLI is a thin shell over it.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from allegiance.aggregate import (
    Aggregator,
    StaleState,
    blocs,
    signed_graph,
    unbalanced_triads,
)
from allegiance.engine import run_engine
from allegiance.errors import UsageError
from allegiance.export import ExportBundle, write_export
from allegiance.ingest import discover, iter_documents
from allegiance.records import DocResult, RawDocument, Rejection, to_dict
from allegiance.settings import Settings
from allegiance.store import Store

Progress = Callable[[int, str], None]


#: How many of a run's rejections its summary names (the CLI prints them).
SHOWN_REJECTIONS = 10


@dataclass(frozen=True)
class RunSummary:
    """What one run did."""

    inputs: int
    read: int
    articles: int
    rejected: int
    duplicates: int
    near_duplicates: int
    skipped: int
    seconds: float
    out_dir: Path
    db: Path
    rejections: tuple[Rejection, ...] = ()
    """This run's first ``SHOWN_REJECTIONS`` rejections (all are in ``rejected.jsonl``)."""

    @property
    def report(self) -> Path:
        """The HTML report of the run."""
        return self.out_dir / "report.html"


def demo_corpus() -> Path:
    """The folder of the demo corpus that ships inside the package."""
    return Path(str(importlib_resources.files("allegiance") / "data" / "demo" / "articles"))


def input_key(raw: RawDocument) -> str:
    """Content key of a raw input: the same input read twice has the same key."""
    h = hashlib.sha256()
    for part in (raw.source_path, raw.text or "", raw.html or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:32]


def run(inputs: Sequence[str], settings: Settings, *, on_progress: Progress | None = None,
        on_start: Callable[[int], None] | None = None) -> RunSummary:
    """Read, process, store, aggregate and export; see ``RunSummary``.

    With no inputs, runs on the demo corpus. ``on_start(n_inputs)`` and
    ``on_progress(n_done, source_path)`` let a caller draw progress.
    """
    t0 = time.perf_counter()
    refs = discover(list(inputs) if inputs else [str(demo_corpus())])
    if not refs:
        raise UsageError("no input files found")
    if on_start:
        on_start(len(refs))
    read = articles = rejected = duplicates = skipped = 0
    shown: list[Rejection] = []
    with Store(settings.db) as store:
        agg = load_aggregator(store)
        batch: list[DocResult] = []
        seen = [0]
        fresh = _fresh(store, iter_documents(refs, settings), seen)
        for raw, outcome in run_engine(fresh, settings):
            read += 1
            if isinstance(outcome, Rejection):
                rejected += store.add_rejection(outcome)
                if len(shown) < SHOWN_REJECTIONS:
                    shown.append(outcome)
                if raw is not None:
                    store.mark_input(input_key(raw), raw.source_path, None)
            else:
                assert raw is not None
                if store.add_result(outcome):
                    articles += 1
                    batch.append(outcome)
                    if len(batch) >= BATCH:
                        agg.add(batch)
                        batch = []
                else:
                    duplicates += 1
                store.mark_input(input_key(raw), raw.source_path, outcome.article.id)
            if on_progress:
                name = raw.source_path if raw else getattr(outcome, "source_path", "")
                on_progress(read, name)
        skipped = seen[0]
        agg.add(batch)
        save_aggregates(store, agg)
        near = sum(1 for d in agg.duplicates().values() if d)
        export_store(store, settings.out_dir)
    return RunSummary(inputs=len(refs), read=read, articles=articles, rejected=rejected,
                      duplicates=duplicates, near_duplicates=near, skipped=skipped,
                      seconds=time.perf_counter() - t0, out_dir=settings.out_dir, db=settings.db,
                      rejections=tuple(shown))


def _fresh(store: Store, items: Iterator[RawDocument | Rejection],
           skipped: list[int]) -> Iterator[RawDocument | Rejection]:
    """Drop raw inputs already processed by an earlier run (same path, same content);
    ``skipped[0]`` counts them."""
    for item in items:
        if isinstance(item, RawDocument) and store.has_input(input_key(item)):
            skipped[0] += 1
            continue
        yield item


AGGREGATOR_STATE = "aggregator"
BATCH = 256


def load_aggregator(store: Store) -> Aggregator:
    """The aggregator saved in the store, or one rebuilt from the stored records
    when there is none or the weights/rules changed since it was saved."""
    state = store.get_aggregate(AGGREGATOR_STATE)
    if state is not None:
        try:
            return Aggregator.from_state(state)
        except (StaleState, KeyError, ValueError):
            pass
    agg = Aggregator()
    batch: list[DocResult] = []
    for result in store.doc_results():
        batch.append(result)
        if len(batch) >= BATCH:
            agg.add(batch)
            batch = []
    agg.add(batch)
    return agg


def save_aggregates(store: Store, agg: Aggregator) -> None:
    """Persist the aggregator, the new duplicate links and the export view of the aggregates."""
    store.set_duplicates(agg.duplicates())
    store.put_aggregate(AGGREGATOR_STATE, agg.to_state())
    snap = agg.snapshot()
    from allegiance.history import rollup_index  # history imports this module

    actors = {a.id: a for a in store.actors()}
    graph = signed_graph(snap.dyads, actors, rollup=rollup_index(store, snap.relations))
    store.put_aggregate("export", {
        "relations": [to_dict(r) for r in snap.relations],
        "dyads": [to_dict(d) for d in snap.dyads],
        "shifts": [to_dict(s) for s in snap.shifts],
        "incidents.jsonl": [to_dict(m) for m in snap.merged_events],
        "blocs.jsonl": [{"members": list(b)} for b in blocs(graph)],
        "watch.jsonl": [{"kind": "unbalanced_triad", "actors": [t.a, t.b, t.c],
                         "signs": list(t.signs)} for t in unbalanced_triads(graph)],
    })


def export_store(store: Store, out_dir: Path) -> dict[str, int]:
    """Write the contract files and the HTML report from the store."""
    from allegiance import codec
    from allegiance.report import write_report

    agg: dict[str, Any] = store.get_aggregate("export") or {}
    bundle = ExportBundle(
        articles=list(store.articles()),
        actors=list(store.actors()),
        mentions=list(store.mentions()),
        events=list(store.events()),
        relations=[codec.relation(r) for r in agg.get("relations", [])],
        dyads=[codec.dyad(d) for d in agg.get("dyads", [])],
        shifts=[codec.shift(s) for s in agg.get("shifts", [])],
        rejections=list(store.rejections()),
        extra={k: v for k, v in agg.items() if k not in ("relations", "dyads", "shifts")},
    )
    counts = write_export(out_dir, bundle)
    write_report(out_dir / "report.html", bundle)
    return counts


__all__ = ["DocResult", "RunSummary", "demo_corpus", "export_store", "run"]
