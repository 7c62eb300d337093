"""``allegiance export``: the contract files again, or PLOVER / graph formats."""

from __future__ import annotations

from pathlib import Path

from allegiance.errors import UsageError
from allegiance.export import write_jsonl
from allegiance.store import Store

FORMATS = ("contract", "plover", "graphml", "gexf")


def export_format(store: Store, out_dir: Path, fmt: str) -> dict[str, int]:
    """Write ``fmt`` from ``store`` into ``out_dir``; return {file: records}."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)  # "export --out NEWDIR"
    if fmt == "contract":
        from allegiance.api import export_store

        return {str(out_dir / k): v for k, v in export_store(store, out_dir).items()}
    if fmt == "plover":
        from allegiance.events.plover import to_plover

        articles = {a.id: a for a in store.articles()}
        path = out_dir / "events.plover.jsonl"
        n = write_jsonl(path, (to_plover(e, articles[e.article_id]) for e in store.events()))
        return {str(path): n}
    from allegiance.history import write_graph

    path = out_dir / f"actors.{fmt}"
    return {str(path): write_graph(store, path, fmt)}
