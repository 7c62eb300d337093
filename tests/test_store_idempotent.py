"""The store: idempotent upserts by stable id, merged actors, schema version."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allegiance import ids
from allegiance.errors import Reason, StoreError
from allegiance.records import (
    Actor,
    ActorKind,
    Article,
    DocResult,
    Event,
    EventType,
    Evidence,
    Mention,
    Rejection,
    Relation,
    RelationType,
    Role,
)
from allegiance.store import Store


def _result(text: str, actor_alias: str = "Iraqi government") -> DocResult:
    aid = ids.article_id(text)
    art = Article(aid, f"{aid}.txt", "T", None, None, None, "2024-01-02", "en", text)
    actor = Actor("IRQ", "Iraq", ActorKind.STATE, "IRQ", aliases=(actor_alias,))
    men = Mention(aid, "IRQ", text[:1], 0, 1)
    ev = Event(ids.event_id(aid, 0, 0, "AID", "IRN", "IRQ"), aid, text, EventType.AID, "IRN", "IRQ")
    rel = Relation("IRN", RelationType.BACKS, "IRQ", evidence=(Evidence(aid, text),))
    return DocResult(art, (actor,), (men,), (ev,), (rel,))


texts = st.lists(st.text(alphabet="abcdefgh .", min_size=5, max_size=40), min_size=1,
                 max_size=6, unique_by=ids.article_id)


@settings(max_examples=25, deadline=None)
@given(texts)
def test_store_rerun_adds_nothing(tmp_path_factory: pytest.TempPathFactory, batch: list[str]) -> None:
    db = tmp_path_factory.mktemp("db") / "s.duckdb"
    with Store(db) as s:
        first = [s.add_result(_result(t)) for t in batch]
        counts = s.counts()
    with Store(db) as s:
        again = [s.add_result(_result(t)) for t in batch]
        assert s.counts() == counts
    assert all(first) and not any(again)
    assert counts["articles"] == len(batch)


def test_store_adding_inputs_adds_only_them(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        s.add_result(_result("first article text"))
        before = s.counts()
        s.add_result(_result("second article text"))
        after = s.counts()
    assert after["articles"] == before["articles"] + 1
    assert after["events"] == before["events"] + 1


def test_store_merges_actor_aliases_and_roles(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        s.add_result(_result("one", "Baghdad"))
        s.add_result(_result("two", "Iraqi state"))
        a = s.actor("IRQ")
    assert a is not None
    assert {"Baghdad", "Iraqi state"} <= set(a.aliases)


def test_store_round_trips_records(tmp_path: Path) -> None:
    r = _result("round trip text")
    r2 = DocResult(r.article, (Actor("P", "P", ActorKind.PERSON, roles=(Role("Minister", "IRQ"),)),),
                   r.mentions, r.events, r.relations)
    with Store(tmp_path / "s.duckdb") as s:
        s.add_result(r2)
        assert list(s.articles()) == [r.article]
        assert list(s.events()) == list(r.events)
        assert list(s.relations()) == list(r.relations)
        assert s.actor("P") == r2.actors[0]


def test_store_rejections_are_recorded_once(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as s:
        assert s.add_rejection(Rejection("x.bin", Reason.BINARY))
        assert not s.add_rejection(Rejection("x.bin", Reason.BINARY))
        assert [r.reason for r in s.rejections()] == [Reason.BINARY]


def test_store_refuses_newer_schema(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        s._con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError):
        Store(db)
