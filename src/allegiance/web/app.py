"""The read-only web explorer over a store (``allegiance serve``).

FastAPI + Jinja2: the home page is the run report; actor and article pages
show where each actor was seen and what each sentence says. JSON endpoints
under ``/api`` return the contract records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from allegiance.records import to_dict
from allegiance.store import Store


def create_app(db: Path) -> FastAPI:
    """Build the explorer app over the store at ``db`` (opened read-only per request)."""
    app = FastAPI(title="allegiance explorer", docs_url="/api/docs", redoc_url=None)
    env = Environment(loader=PackageLoader("allegiance", "web/templates"),
                      autoescape=select_autoescape(["html"]))

    @contextmanager
    def store() -> Iterator[Store]:
        s = Store(db, read_only=True)
        try:
            yield s
        finally:
            s.close()

    @app.get("/", response_class=HTMLResponse)
    def home() -> str:
        with store() as s:
            seen = Counter(m.actor_id for m in s.mentions())
            actors = sorted(s.actors(), key=lambda a: -seen[a.id])
            return env.get_template("explorer_home.html").render(
                counts=s.counts(), actors=actors[:60], seen=seen, articles=list(s.articles()),
                shifts=(s.get_aggregate("export") or {}).get("shifts", []))

    @app.get("/actors/{actor_id}", response_class=HTMLResponse)
    def actor_page(actor_id: str) -> str:
        with store() as s:
            a = s.actor(actor_id)
            if a is None:
                raise HTTPException(404, f"no actor {actor_id}")
            mentions = list(s.mentions(actor_id))
            events = [e for e in s.events() if actor_id in (e.source, e.target)]
            titles = {x.id: x.title or x.source_path for x in s.articles()}
            names = {x.id: x.name for x in s.actors()}
            return env.get_template("explorer_actor.html").render(
                a=a, mentions=mentions, events=events, titles=titles, names=names)

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(article_id: str) -> str:
        with store() as s:
            art = s.article(article_id)
            if art is None:
                raise HTTPException(404, f"no article {article_id}")
            events = list(s.events([article_id]))
            names = {x.id: x.name for x in s.actors()}
            return env.get_template("explorer_article.html").render(
                art=art, events=events, names=names)

    @app.get("/api/actors")
    def api_actors() -> list[dict[str, Any]]:
        with store() as s:
            return [to_dict(a) for a in s.actors()]

    @app.get("/api/events")
    def api_events() -> list[dict[str, Any]]:
        with store() as s:
            return [to_dict(e) for e in s.events()]

    @app.get("/api/articles")
    def api_articles() -> list[dict[str, Any]]:
        with store() as s:
            return [to_dict(a) for a in s.articles()]

    return app
