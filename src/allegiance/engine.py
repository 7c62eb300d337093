"""Engines move raw documents through ``process_document`` and results back.

``local`` runs in this process (one worker) or in a pool of processes, each
loading its ``Resources`` once; ``ray`` (optional extra ``allegiance[ray]``)
does the same on a Ray cluster. Engines never change what a document becomes:
they only decide where ``process_document`` runs. Input is streamed with a
bounded number of documents in flight, so a huge WARC never sits in memory.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from allegiance.errors import Reason, UsageError
from allegiance.pipeline import process_document
from allegiance.records import DocResult, RawDocument, Rejection
from allegiance.resources import Resources, load_resources
from allegiance.settings import Settings

Item = RawDocument | Rejection
Outcome = tuple[RawDocument | None, DocResult | Rejection]

_WORKER: Resources | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER  # one Resources per worker process, by design
    _WORKER = load_resources(settings)


def _work(raw: RawDocument) -> DocResult | Rejection:
    if _WORKER is None:  # pragma: no cover - initializer always runs first
        raise RuntimeError("worker not initialised")
    return _safe(raw, _WORKER)


def _safe(raw: RawDocument, resources: Resources) -> DocResult | Rejection:
    try:
        return process_document(raw, resources)
    except Exception as exc:  # one bad article (or crashed worker) never stops a run
        return Rejection(raw.source_path, Reason.PROCESSING_FAILED, f"{type(exc).__name__}: {exc}")


def run_engine(items: Iterable[Item], settings: Settings,
               resources: Resources | None = None) -> Iterator[Outcome]:
    """Process every raw document; rejections from ingest pass straight through.

    Yields ``(raw, outcome)`` in input order.
    """
    workers = settings.worker_count
    if settings.engine == "ray":
        yield from _run_ray(items, settings)
        return
    if workers <= 1:
        res = resources or load_resources(settings)
        for item in items:
            if isinstance(item, Rejection):
                yield None, item
            else:
                yield item, _safe(item, res)
        return
    yield from _run_pool(items, settings, workers)


def _windowed(items: Iterable[Item], submit: Callable[[RawDocument], Any],
              resolve: Callable[[Any], DocResult | Rejection], window: int) -> Iterator[Outcome]:
    """Keep at most ``window`` documents in flight and yield outcomes in input order;
    a handle that fails to resolve rejects its one document."""
    pending: deque[tuple[RawDocument | None, Any]] = deque()

    def take() -> Outcome:
        raw, handle = pending.popleft()
        if raw is None:
            return None, handle
        try:
            return raw, resolve(handle)
        except Exception as exc:  # one bad article (or crashed worker) never stops a run
            return raw, Rejection(raw.source_path, Reason.PROCESSING_FAILED, f"{type(exc).__name__}: {exc}")

    for item in items:
        pending.append((None, item) if isinstance(item, Rejection) else (item, submit(item)))
        while len(pending) > window:
            yield take()
    while pending:
        yield take()


def _run_pool(items: Iterable[Item], settings: Settings, workers: int) -> Iterator[Outcome]:
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(settings,)) as pool:
        yield from _windowed(items, lambda raw: pool.submit(_work, raw),
                             lambda fut: fut.result(), workers * 4)


def _run_ray(items: Iterable[Item], settings: Settings) -> Iterator[Outcome]:
    try:
        import ray
    except ImportError as exc:
        raise UsageError("the ray engine needs the extra: pip install 'allegiance[ray]'") from exc
    if not ray.is_initialized():
        ray.init(address=os.environ.get("RAY_ADDRESS"), ignore_reinit_error=True,
                 include_dashboard=False, log_to_driver=False)

    @ray.remote
    class Worker:  # pragma: no cover - exercised only where ray is installed
        def __init__(self, s: Settings) -> None:
            self.res = load_resources(s)

        def work(self, raw: RawDocument) -> DocResult | Rejection:
            return _safe(raw, self.res)

    actors = [Worker.remote(settings) for _ in range(settings.worker_count)]  # type: ignore[attr-defined]
    counter = iter(range(1 << 62))

    def submit(raw: RawDocument) -> Any:
        return actors[next(counter) % len(actors)].work.remote(raw)

    yield from _windowed(items, submit, ray.get, len(actors) * 4)
