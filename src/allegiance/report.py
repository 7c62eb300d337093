"""The HTML report of a run: one self-contained page over the export bundle."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from allegiance.export import ExportBundle


def _env() -> Environment:
    return Environment(loader=PackageLoader("allegiance", "web/templates"),
                       autoescape=select_autoescape(["html"]))


_DATED = re.compile(r"^\d{4}(-\d{2})?")


def timeline_chart(bundle: ExportBundle, names: dict[str, str], *, pairs: int = 8) -> str:
    """An interactive plotly chart of the signed dyad score over time for the busiest pairs
    (HTML fragment with plotly.js inlined, so the report works offline); "" when undated."""
    import plotly.graph_objects as go

    dated = [d for d in bundle.dyads if _DATED.match(d.period)]
    volume = Counter[tuple[str, str]]()
    for d in dated:
        volume[(d.a, d.b)] += d.events
    if not volume:
        return ""
    fig = go.Figure()
    for (a, b), _ in volume.most_common(pairs):
        series = sorted((d for d in dated if (d.a, d.b) == (a, b)), key=lambda d: d.period)
        fig.add_trace(go.Scatter(
            x=[d.period if len(d.period) > 4 else d.period + "-01" for d in series],
            y=[d.score for d in series], mode="lines+markers",
            name=f"{names.get(a, a)} ~ {names.get(b, b)}",
            text=[f"{d.events} events, coop {d.cooperation:.1f}, conflict {d.conflict:.1f}" for d in series]))
    fig.update_layout(title="Dyad score by period (+1 cooperative, -1 hostile)", yaxis_range=[-1.1, 1.1],
                      height=420, margin={"l": 40, "r": 10, "t": 40, "b": 40}, legend={"font": {"size": 10}})
    return str(fig.to_html(full_html=False, include_plotlyjs=True))


def write_report(path: Path, bundle: ExportBundle) -> Path:
    """Render ``report.html``: counts, articles, actors, events, relations, dyads, shifts."""
    names = {a.id: a.name for a in bundle.actors}
    seen = Counter(m.actor_id for m in bundle.mentions)
    top_actors = [(a, seen[a.id]) for a in sorted(bundle.actors, key=lambda a: -seen[a.id])][:40]
    html = _env().get_template("report.html").render(
        b=bundle, names=names, top_actors=top_actors,
        types=Counter(e.type.value for e in bundle.events).most_common(),
        reasons=Counter(r.reason.value for r in bundle.rejections).most_common(),
        chart=timeline_chart(bundle, names),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path
