"""The DuckDB store: the only module that imports duckdb.

Schema (version ``SCHEMA_VERSION``, kept in ``meta``)::

    meta(key PK, value)
    inputs(key PK, source_path, article_id)          raw inputs already processed
    articles(id PK, seq, source_path, published, duplicate_of, record)
    actors(id PK, record)                             merged across articles
    mentions(article_id, actor_id, start_, end_, record)     PK all four
    events(id PK, article_id, source, target, type, record)
    relations(article_id, source, relation, target, former, record)   PK first five
    rejections(source_path, reason, record)           PK first two
    aggregates(name PK, record)                       aggregation state and results

Records are stored as their JSON form (``records.to_dict``) next to the key
columns that queries need; ``codec`` turns them back into dataclasses.
Every write is an idempotent upsert by stable id: running twice on the same
input adds nothing, and adding inputs adds only them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from allegiance import codec
from allegiance.errors import StoreError
from allegiance.merging import merge_actor
from allegiance.records import (
    Actor,
    Article,
    DocResult,
    Event,
    Mention,
    Rejection,
    Relation,
    to_dict,
)

SCHEMA_VERSION = 1
FLUSH_EVERY = 200  # articles staged before a bulk write
INSERT_CHUNK = 400  # rows per multi-row INSERT statement

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS inputs (key VARCHAR PRIMARY KEY, source_path VARCHAR,
    article_id VARCHAR);
CREATE TABLE IF NOT EXISTS articles (id VARCHAR PRIMARY KEY, seq BIGINT, source_path VARCHAR,
    published VARCHAR, duplicate_of VARCHAR, record VARCHAR);
CREATE TABLE IF NOT EXISTS actors (id VARCHAR PRIMARY KEY, record VARCHAR);
CREATE TABLE IF NOT EXISTS mentions (article_id VARCHAR, actor_id VARCHAR, start_ INTEGER,
    end_ INTEGER, record VARCHAR, PRIMARY KEY (article_id, actor_id, start_, end_));
CREATE TABLE IF NOT EXISTS events (id VARCHAR PRIMARY KEY, article_id VARCHAR, source VARCHAR,
    target VARCHAR, type VARCHAR, record VARCHAR);
CREATE TABLE IF NOT EXISTS relations (article_id VARCHAR, source VARCHAR, relation VARCHAR,
    target VARCHAR, former BOOLEAN, record VARCHAR,
    PRIMARY KEY (article_id, source, relation, target, former));
CREATE TABLE IF NOT EXISTS rejections (source_path VARCHAR, reason VARCHAR, record VARCHAR,
    PRIMARY KEY (source_path, reason));
CREATE TABLE IF NOT EXISTS aggregates (name VARCHAR PRIMARY KEY, record VARCHAR);
"""


def _dump(record: Any) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False)


class Store:
    """A DuckDB file holding every record of every run; use as a context manager."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        try:
            if not read_only:
                path.parent.mkdir(parents=True, exist_ok=True)
            self._con = duckdb.connect(str(path), read_only=read_only)
            self._read_only = read_only
            if not read_only:
                self._migrate()
        except (duckdb.Error, OSError) as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc

        self._inputs: dict[str, list[Any]] = {}
        self._articles: dict[str, list[Any]] = {}
        self._mentions: dict[tuple[str, str, int, int], list[Any]] = {}
        self._events: dict[str, list[Any]] = {}
        self._relations: dict[tuple[str, str, str, str, bool], list[Any]] = {}
        self._actors: dict[str, Actor] = {}
        self._dirty_actors: set[str] = set()
        self._seq = 0 if read_only else self._count("articles")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Write what is staged and close the connection (checkpointing the file)."""
        try:
            if not self._read_only:
                self.flush()
        finally:
            self._con.close()

    def _migrate(self) -> None:
        self._con.execute(_SCHEMA)
        row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            self._con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"store {self.path} has schema {row[0]}, newer than this "
                             f"allegiance ({SCHEMA_VERSION}); upgrade allegiance")

    # --- writes -------------------------------------------------------------

    def has_input(self, key: str) -> bool:
        """Was the raw input with this content key processed already?"""
        if key in self._inputs:
            return True
        return self._con.execute("SELECT 1 FROM inputs WHERE key = ?", [key]).fetchone() is not None

    def mark_input(self, key: str, source_path: str, article_id: str | None) -> None:
        """Remember that a raw input was processed (and which article it became)."""
        if key not in self._inputs:
            self._inputs[key] = [key, source_path, article_id]
            self._maybe_flush()

    def add_rejection(self, rejection: Rejection) -> bool:
        """Record a rejected input; False when it was already recorded."""
        before = self._count("rejections")
        self._con.execute("INSERT INTO rejections VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                          [rejection.source_path, rejection.reason.value, _dump(rejection)])
        return self._count("rejections") > before

    def add_result(self, result: DocResult) -> bool:
        """Stage one article's records (written in bulk by ``flush``); False, and
        nothing staged, when the article is already stored."""
        art = result.article
        if self.article_exists(art.id):
            return False
        self._articles[art.id] = [art.id, self._seq, art.source_path, art.published, art.duplicate_of,
                                  _dump(art)]
        self._seq += 1
        for a in result.actors:
            self._stage_actor(a)
        for m in result.mentions:
            self._mentions.setdefault((m.article_id, m.actor_id, m.start, m.end),
                                      [m.article_id, m.actor_id, m.start, m.end, _dump(m)])
        for e in result.events:
            self._events.setdefault(e.id, [e.id, e.article_id, e.source, e.target, e.type.value, _dump(e)])
        for r in result.relations:
            key = (art.id, r.source, r.relation.value, r.target, r.former)
            self._relations.setdefault(key, [*key, _dump(r)])
        self._maybe_flush()
        return True

    def _stage_actor(self, actor: Actor) -> None:
        old = self._actors.get(actor.id)
        if old is None:
            row = self._con.execute("SELECT record FROM actors WHERE id = ?", [actor.id]).fetchone()
            if row is None:
                self._actors[actor.id] = actor
                self._dirty_actors.add(actor.id)
                return
            old = codec.actor(json.loads(row[0]))
        merged = merge_actor(old, actor)
        self._actors[actor.id] = merged
        if merged != old:
            self._dirty_actors.add(actor.id)

    def _maybe_flush(self) -> None:
        if len(self._articles) >= FLUSH_EVERY or len(self._inputs) >= FLUSH_EVERY * 4:
            self.flush()

    def flush(self) -> None:
        """Write every staged record in one transaction (bulk multi-row inserts)."""
        if not (self._articles or self._inputs or self._dirty_actors):
            return
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            self._insert("inputs", list(self._inputs.values()))
            self._insert("articles", list(self._articles.values()))
            self._insert("mentions", list(self._mentions.values()))
            self._insert("events", list(self._events.values()))
            self._insert("relations", list(self._relations.values()))
            actors = [[i, _dump(self._actors[i])] for i in sorted(self._dirty_actors)]
            self._insert("actors", actors,
                         conflict="ON CONFLICT (id) DO UPDATE SET record = excluded.record")
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"cannot write to store {self.path}: {exc}") from exc
        for buf in (self._inputs, self._articles, self._mentions, self._events, self._relations):
            buf.clear()
        self._dirty_actors.clear()
        if len(self._actors) > 50_000:  # a bounded cache: merged records are in the table now
            self._actors.clear()

    def _insert(self, table: str, rows: list[list[Any]], *, conflict: str = "ON CONFLICT DO NOTHING") -> None:
        # DuckDB's executemany runs one statement a row; multi-row VALUES is ~50x faster.
        for i in range(0, len(rows), INSERT_CHUNK):
            chunk = rows[i:i + INSERT_CHUNK]
            one = "(" + ", ".join("?" * len(chunk[0])) + ")"
            sql = f"INSERT INTO {table} VALUES {', '.join([one] * len(chunk))} {conflict}"
            self._con.execute(sql, [x for row in chunk for x in row])

    def set_duplicates(self, duplicates: dict[str, str | None]) -> None:
        """Set (or clear) ``duplicate_of`` for the given article ids (only changed rows are written)."""
        self.flush()
        current = dict(self._con.execute("SELECT id, duplicate_of FROM articles").fetchall())
        for aid, dup in duplicates.items():
            if aid not in current or current[aid] == dup:
                continue
            row = self._con.execute("SELECT record FROM articles WHERE id = ?", [aid]).fetchone()
            rec = json.loads(row[0]) if row else {}
            rec["duplicate_of"] = dup
            self._con.execute("UPDATE articles SET duplicate_of = ?, record = ? WHERE id = ?",
                              [dup, json.dumps(rec, ensure_ascii=False), aid])

    def put_aggregate(self, name: str, value: Any) -> None:
        """Store an aggregate (plain JSON-able data) under a name."""
        self._con.execute(
            "INSERT INTO aggregates VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET record = excluded.record",
            [name, json.dumps(value, ensure_ascii=False)])

    def get_aggregate(self, name: str) -> Any:
        """An aggregate stored under ``name``, or None."""
        row = self._con.execute("SELECT record FROM aggregates WHERE name = ?", [name]).fetchone()
        return None if row is None else json.loads(row[0])

    # --- reads --------------------------------------------------------------

    def _count(self, table: str) -> int:
        if not self._read_only:
            self.flush()
        row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def counts(self) -> dict[str, int]:
        """Row counts of every record table."""
        return {t: self._count(t) for t in
                ("articles", "actors", "mentions", "events", "relations", "rejections")}

    def article_exists(self, article_id: str) -> bool:
        """Is an article with this id stored (or staged)?"""
        if article_id in self._articles:
            return True
        q = "SELECT 1 FROM articles WHERE id = ?"
        return self._con.execute(q, [article_id]).fetchone() is not None

    def _records(self, sql: str, params: list[Any] | None = None) -> Iterator[dict[str, Any]]:
        if not self._read_only:
            self.flush()
        cur = self._con.execute(sql, params or [])
        while True:
            rows = cur.fetchmany(1000)
            if not rows:
                return
            for (rec,) in rows:
                yield json.loads(rec)

    def articles(self) -> Iterator[Article]:
        """Articles in the order they were added."""
        return (codec.article(d) for d in self._records("SELECT record FROM articles ORDER BY seq"))

    def article(self, article_id: str) -> Article | None:
        """One article by id."""
        for d in self._records("SELECT record FROM articles WHERE id = ?", [article_id]):
            return codec.article(d)
        return None

    def actors(self) -> Iterator[Actor]:
        """Every actor, merged, by id."""
        return (codec.actor(d) for d in self._records("SELECT record FROM actors ORDER BY id"))

    def actor(self, actor_id: str) -> Actor | None:
        """One actor by id."""
        for d in self._records("SELECT record FROM actors WHERE id = ?", [actor_id]):
            return codec.actor(d)
        return None

    def mentions(self, actor_id: str | None = None) -> Iterator[Mention]:
        """Mentions, by article and offset; only one actor's when ``actor_id`` is given."""
        if actor_id is None:
            sql, params = "SELECT record FROM mentions ORDER BY article_id, start_, end_", []
        else:
            sql = "SELECT record FROM mentions WHERE actor_id = ? ORDER BY article_id, start_"
            params = [actor_id]
        return (codec.mention(d) for d in self._records(sql, params))

    def events(self, article_ids: Iterable[str] | None = None) -> Iterator[Event]:
        """Events by article order then id."""
        sql = ("SELECT e.record FROM events e JOIN articles a ON a.id = e.article_id "
               "ORDER BY a.seq, e.id")
        recs = self._records(sql)
        if article_ids is None:
            return (codec.event(d) for d in recs)
        wanted = set(article_ids)
        return (codec.event(d) for d in recs if d["article_id"] in wanted)

    def relations(self) -> Iterator[Relation]:
        """Per-article relations, in article order."""
        sql = ("SELECT r.record FROM relations r JOIN articles a ON a.id = r.article_id "
               "ORDER BY a.seq, r.source, r.relation, r.target, r.former")
        return (codec.relation(d) for d in self._records(sql))

    def doc_results(self) -> Iterator[DocResult]:
        """Every stored article with its events and relations (no actors or mentions),
        in the order articles were added: what cross-article aggregation needs."""
        events: dict[str, list[Event]] = {}
        for e in self.events():
            events.setdefault(e.article_id, []).append(e)
        rels: dict[str, list[Relation]] = {}
        self.flush()
        sql = "SELECT article_id, record FROM relations ORDER BY article_id, source, relation, target"
        for aid, rec in self._con.execute(sql).fetchall():
            rels.setdefault(aid, []).append(codec.relation(json.loads(rec)))
        for art in self.articles():
            yield DocResult(art, events=tuple(events.get(art.id, ())),
                            relations=tuple(rels.get(art.id, ())))

    def rejections(self) -> Iterator[Rejection]:
        """Rejected inputs, by path."""
        sql = "SELECT record FROM rejections ORDER BY source_path, reason"
        return (codec.rejection(d) for d in self._records(sql))

    def search_actors(self, query: str) -> list[Actor]:
        """Actors whose id, name or an alias contains ``query`` (case-insensitive)."""
        q = query.casefold()
        out = []
        for a in self.actors():
            if q in a.id.casefold() or q in a.name.casefold() or any(q in x.casefold() for x in a.aliases):
                out.append(a)
        return out
