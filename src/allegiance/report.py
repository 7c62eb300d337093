"""The HTML report of a run: one self-contained page over the export bundle."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from allegiance.export import ExportBundle


def _env() -> Environment:
    return Environment(loader=PackageLoader("allegiance", "web/templates"),
                       autoescape=select_autoescape(["html"]))


def write_report(path: Path, bundle: ExportBundle) -> Path:
    """Render ``report.html``: counts, articles, actors, events, relations, dyads, shifts."""
    names = {a.id: a.name for a in bundle.actors}
    seen = Counter(m.actor_id for m in bundle.mentions)
    top_actors = [(a, seen[a.id]) for a in sorted(bundle.actors, key=lambda a: -seen[a.id])][:40]
    html = _env().get_template("report.html").render(
        b=bundle, names=names, top_actors=top_actors,
        types=Counter(e.type.value for e in bundle.events).most_common(),
        reasons=Counter(r.reason.value for r in bundle.rejections).most_common(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path
