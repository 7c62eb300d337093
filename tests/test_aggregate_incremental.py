"""Incremental aggregation equals from-scratch aggregation (allegiance.aggregate.incremental)."""

from __future__ import annotations

import dataclasses
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allegiance import ids
from allegiance.aggregate import Aggregate, Aggregator, StaleState, aggregate
from allegiance.records import (
    Actor,
    ActorKind,
    Article,
    DocResult,
    Event,
    EventType,
    Evidence,
    Factuality,
    Relation,
    RelationType,
    Timeframe,
)

ACTOR_IDS = ["AAA", "AAA-GOV", "BBB", "CCC", "coll:armed_group:AAA:BBB"]
WORDS = ["army", "militia", "border", "ceasefire", "minister", "talks", "rocket", "convoy",
         "province", "council", "envoy", "parliament", "treaty", "airstrike", "refugees",
         "governor", "pipeline", "drone", "faction"]
DATES = [None, "2024", "2024-01", "2024-01-01", "2024-01-03", "2024-01-09", "2024-02-28",
         "2024-03-02", "2024-03-30"]


def base_text(seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(" ".join(rng.choice(WORDS) for _ in range(10)).capitalize() + "."
                    for _ in range(25))


actor_ids = st.sampled_from(ACTOR_IDS)


@st.composite
def doc_results(draw: st.DrawFn) -> list[DocResult]:
    n = draw(st.integers(1, 7))
    out = []
    for i in range(n):
        base = draw(st.integers(0, 3))
        text = base_text(base) + f" Closing line number {i} of this report."
        aid = ids.article_id(text)
        article = Article(
            id=aid, source_path=f"doc{i}", title=None,
            author=draw(st.sampled_from([None, "A. Writer"])),
            outlet=draw(st.sampled_from([None, "Alpha News", "Beta Wire", "Gamma"])),
            original_source=draw(st.sampled_from([None, None, "wire.example"])),
            published=draw(st.sampled_from(DATES)), language="en", text=text,
            quality=draw(st.sampled_from([{}, {"boilerplate_share": 0.4},
                                          {"hedged_share": 1.0}])))
        events = []
        for j in range(draw(st.integers(0, 4))):
            src, tgt = draw(actor_ids), draw(st.one_of(st.none(), actor_ids))
            type_ = draw(st.sampled_from(list(EventType)))
            events.append(Event(
                id=ids.event_id(aid, j, 0, type_.value, src, tgt), article_id=aid,
                sentence=f"Sentence {j} of article {i}.", type=type_, source=src, target=tgt,
                date=draw(st.sampled_from(DATES)),
                timeframe=draw(st.sampled_from([None, *Timeframe])),
                factuality=draw(st.sampled_from(list(Factuality))),
                negated=draw(st.booleans())))
        relations = []
        for j in range(draw(st.integers(0, 2))):
            relations.append(Relation(
                draw(actor_ids), draw(st.sampled_from(list(RelationType))), draw(actor_ids),
                former=draw(st.booleans()), first_seen=article.published,
                last_seen=article.published,
                evidence=(Evidence(aid, f"Relation {j} of article {i}."),)))
        actors = tuple(Actor(x, draw(st.sampled_from([x, x.lower()])), ActorKind.STATE)
                       for x in sorted({e.source for e in events if e.source}))
        out.append(DocResult(article, actors=actors, events=tuple(events),
                             relations=tuple(relations)))
    return out


def incremental(chunks: list[list[DocResult]], *, through_state: bool) -> Aggregate:
    agg = Aggregator()
    for chunk in chunks:
        if through_state:
            agg = Aggregator.from_state(json.loads(json.dumps(agg.to_state())))
        agg.add(chunk)
    return agg.snapshot()


@settings(max_examples=60, deadline=None)
@given(doc_results(), st.randoms(use_true_random=False), st.booleans())
def test_any_split_and_order_equals_from_scratch(results: list[DocResult],
                                                 rnd: random.Random, through_state: bool,
                                                 ) -> None:
    expected = aggregate(results)
    shuffled = list(results)
    rnd.shuffle(shuffled)
    cuts = sorted(rnd.sample(range(1, len(shuffled) + 1), k=min(2, len(shuffled))))
    chunks = [shuffled[a:b] for a, b in zip([0, *cuts], [*cuts, len(shuffled)], strict=True)]
    assert incremental(chunks, through_state=through_state) == expected
    # adding the same records again changes nothing
    agg = Aggregator()
    agg.add(results)
    again = agg.add(shuffled)
    assert again.added == () and again.pairs == ()
    assert agg.snapshot() == expected


def _doc(aid_text: str, events: list[tuple[EventType, str, str]], published: str) -> DocResult:
    aid = ids.article_id(aid_text)
    art = Article(id=aid, source_path=aid, title=None, author="W", outlet=aid,
                  original_source=None, published=published, language="en", text=aid_text)
    return DocResult(art, events=tuple(
        Event(id=f"e_{aid}_{n}", article_id=aid, sentence=f"S{n}.", type=t, source=s, target=o)
        for n, (t, s, o) in enumerate(events)))


def test_untouched_pairs_are_not_recomputed() -> None:
    agg = Aggregator()
    agg.add([_doc(base_text(1), [(EventType.ASSAULT, "AAA", "BBB")], "2024-01-01"),
             _doc(base_text(2), [(EventType.AID, "CCC", "DDD")], "2024-01-01")])
    before = {(d.a, d.b): d for d in agg.dyads()}
    changes = agg.add([_doc(base_text(3), [(EventType.AID, "AAA", "BBB")], "2024-01-02")])
    assert changes.pairs == (("AAA", "BBB"),)
    after = {(d.a, d.b): d for d in agg.dyads()}
    assert after[("CCC", "DDD")] is before[("CCC", "DDD")]
    assert after[("AAA", "BBB")] != before[("AAA", "BBB")]


def test_earlier_original_demotes_a_known_article() -> None:
    text = base_text(4)
    late = _doc(text + " Reposted here.", [(EventType.ASSAULT, "AAA", "BBB")], "2024-02-01")
    early = _doc(text, [(EventType.ASSAULT, "AAA", "BBB")], "2024-01-01")
    agg = Aggregator()
    agg.add([late])
    changes = agg.add([early])
    assert changes.duplicates == {early.article.id: None, late.article.id: early.article.id}
    assert changes.pairs == (("AAA", "BBB"),)
    assert [d.period for d in agg.dyads()] == ["2024-01"]
    assert agg.snapshot() == aggregate([early, late])


def test_state_made_under_other_weights_is_stale() -> None:
    agg = Aggregator()
    agg.add([_doc(base_text(5), [(EventType.ASSAULT, "AAA", "BBB")], "2024-01-01")])
    state = json.loads(json.dumps(agg.to_state()))
    assert Aggregator.from_state(state).snapshot() == agg.snapshot()
    cfg = agg.config
    other = dataclasses.replace(cfg, window_days=cfg.window_days + 1)
    with pytest.raises(StaleState, match="changed"):
        Aggregator.from_state(state, other)
    with pytest.raises(StaleState, match="version"):
        Aggregator.from_state({**state, "version": -1})


def test_demo_corpus_shuffled_split_equals_from_scratch(resources) -> None:  # type: ignore[no-untyped-def]
    """The real pipeline's records of the demo corpus, split at random and added
    in two runs through stored state, aggregate exactly as all at once."""
    from allegiance.api import demo_corpus
    from allegiance.ingest import discover, iter_documents
    from allegiance.pipeline import process_document
    from allegiance.records import RawDocument
    from allegiance.settings import load_settings

    demo = demo_corpus()
    if not demo.is_dir() or not any(p.is_file() for p in demo.rglob("*")):
        pytest.skip("demo corpus not shipped (src/allegiance/data/demo/articles is empty)")
    cfg = load_settings({}, env={})
    raws = [r for r in iter_documents(discover([str(demo)]), cfg) if isinstance(r, RawDocument)]
    results = [r for r in (process_document(x, resources) for x in raws)
               if isinstance(r, DocResult)]
    assert len(results) == len(raws) >= 17
    expected = aggregate(results)
    # the comparison means something only when the corpus gives every kind of result
    assert expected.merged_events and expected.dyads and expected.relations
    rng = random.Random(13)
    rng.shuffle(results)
    half = len(results) // 2
    assert incremental([results[:half], results[half:]], through_state=True) == expected
    for cut in sorted(rng.sample(range(1, len(results)), k=3)):
        assert incremental([results[cut:], results[:cut]], through_state=False) == expected
