"""The read-only explorer serves the home, actor and article pages and the JSON API."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from allegiance import ids
from allegiance.records import (
    Actor,
    ActorKind,
    Article,
    DocResult,
    Event,
    EventType,
    Mention,
)
from allegiance.store import Store
from allegiance.web.app import create_app


@pytest.fixture()
def client(tmp_path: Path) -> TestClient:
    text = "Iran armed the militia. <script>alert(1)</script>"
    aid = ids.article_id(text)
    art = Article(aid, "a.txt", "Militia <b>armed</b>", None, None, None, "2024-05-01", "en", text)
    actors = (Actor("IRN", "Iran", ActorKind.STATE, "IRN"),
              Actor("MIL", "The militia", ActorKind.ARMED_GROUP, "IRQ", sponsors=("IRN",)))
    ev = Event(ids.event_id(aid, 0, 1, "AID", "IRN", "MIL"), aid, "Iran armed the militia.",
               EventType.AID, "IRN", "MIL")
    with Store(tmp_path / "s.duckdb") as s:
        s.add_result(DocResult(art, actors, (Mention(aid, "IRN", "Iran", 0, 4),), (ev,)))
    return TestClient(create_app(tmp_path / "s.duckdb"))


def test_web_home_lists_actors_and_articles(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert "Iran" in r.text and "/actors/IRN" in r.text
    assert "Militia &lt;b&gt;armed&lt;/b&gt;" in r.text  # titles are escaped


def test_web_actor_and_article_pages(client: TestClient) -> None:
    r = client.get("/actors/IRN")
    assert r.status_code == 200 and "Iran armed the militia." in r.text
    art_id = client.get("/api/articles").json()[0]["id"]
    r = client.get(f"/articles/{art_id}")
    assert r.status_code == 200
    assert "<script>alert(1)</script>" not in r.text
    assert client.get("/actors/NOPE").status_code == 404


def test_web_api_returns_contract_records(client: TestClient) -> None:
    events = client.get("/api/events").json()
    assert events[0]["type"] == "AID" and events[0]["source"] == "IRN"
    actors = {a["id"]: a for a in client.get("/api/actors").json()}
    assert actors["MIL"]["sponsors"] == ["IRN"]
