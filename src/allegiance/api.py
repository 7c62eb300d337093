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

from allegiance.engine import run_engine
from allegiance.errors import UsageError
from allegiance.export import ExportBundle, write_export
from allegiance.ingest import discover, iter_documents
from allegiance.records import DocResult, RawDocument, Rejection
from allegiance.settings import Settings
from allegiance.store import Store

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class RunSummary:
    """What one run did."""

    inputs: int
    read: int
    articles: int
    rejected: int
    duplicates: int
    skipped: int
    seconds: float
    out_dir: Path
    db: Path

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
    with Store(settings.db) as store:
        seen = [0]
        fresh = _fresh(store, iter_documents(refs, settings), seen)
        for raw, outcome in run_engine(fresh, settings):
            read += 1
            if isinstance(outcome, Rejection):
                rejected += store.add_rejection(outcome)
                if raw is not None:
                    store.mark_input(input_key(raw), raw.source_path, None)
            else:
                assert raw is not None
                if store.add_result(outcome):
                    articles += 1
                else:
                    duplicates += 1
                store.mark_input(input_key(raw), raw.source_path, outcome.article.id)
            if on_progress:
                on_progress(read, raw.source_path if raw else outcome.source_path)
        skipped = seen[0]
        refresh_aggregates(store)
        export_store(store, settings.out_dir)
    return RunSummary(inputs=len(refs), read=read, articles=articles, rejected=rejected,
                      duplicates=duplicates, skipped=skipped,
                      seconds=time.perf_counter() - t0, out_dir=settings.out_dir, db=settings.db)


def _fresh(store: Store, items: Iterator[RawDocument | Rejection],
           skipped: list[int]) -> Iterator[RawDocument | Rejection]:
    """Drop raw inputs already processed by an earlier run (same path, same content);
    ``skipped[0]`` counts them."""
    for item in items:
        if isinstance(item, RawDocument) and store.has_input(input_key(item)):
            skipped[0] += 1
            continue
        yield item


def refresh_aggregates(store: Store) -> None:
    """Recompute duplicates, merged relations, dyads and shifts from the stored records."""
    from allegiance import codec
    from allegiance.records import to_dict

    merged: dict[tuple[str, str, str], dict[str, object]] = {}
    for r in store.relations():
        key = (r.source, r.relation.value, r.target)
        rec = merged.setdefault(key, {**to_dict(r), "evidence": [], "former": True})
        rec["former"] = bool(rec["former"]) and r.former
        ev = rec["evidence"]
        assert isinstance(ev, list)
        ev.extend(to_dict(e) for e in r.evidence)
    store.put_aggregate("export", {"relations": list(merged.values())})
    _ = codec


def export_store(store: Store, out_dir: Path) -> dict[str, int]:
    """Write the contract files and the HTML report from the store."""
    from allegiance import codec
    from allegiance.report import write_report

    agg = store.get_aggregate("export") or {}
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
