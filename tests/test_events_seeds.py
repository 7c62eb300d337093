"""The seed articles through the whole per-article path, scored like shared/tools/score.py.

Gold events, hard negatives (``must_not``), dyad plausibility and relations are
read from ``../shared/gold``; the actor matching is the shared scorer's own
``Resolver`` (loaded from ``../shared/tools/score.py``, not copied).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from allegiance.pipeline import process_document
from allegiance.records import DocResult, RawDocument, to_dict


def _scorer(shared: Path) -> ModuleType:
    path = shared / "tools" / "score.py"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def seed_results(seeds_dir: Path, shared_dir: Path, resources: Any) -> dict[str, Any]:
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    actors = json.loads((shared_dir / "gold" / "actors.json").read_text(encoding="utf-8"))
    results: dict[str, DocResult] = {}
    for g in gold["articles"]:
        path = seeds_dir / g["file"]
        res = process_document(RawDocument(str(path), text=path.read_text(encoding="utf-8")),
                               resources)
        assert isinstance(res, DocResult), res
        results[g["file"]] = res
    sys_actors = [to_dict(a) for r in results.values() for a in r.actors]
    resolver = _scorer(shared_dir).Resolver(actors, sys_actors)
    return {"gold": gold, "results": results, "resolver": resolver}


def _widen(resolver: Any, ids: set[str]) -> set[str]:
    out = set(ids)
    for gid in ids:
        g = resolver.gold.get(gid, {})
        org = g.get("organization")
        if g.get("kind") == "person" and org and resolver.gold.get(org, {}).get("kind") == "state":
            out.add(org)
    return out


def _matches(resolver: Any, ge: dict[str, Any], e: Any) -> bool:
    if e.type.value not in ge["type"] or e.factuality.value == "hypothetical" or e.negated:
        return False
    srcs = _widen(resolver, {ge["source"], *ge.get("alt_source", [])})
    tgts = _widen(resolver, {ge["target"], *ge.get("alt_target", [])})
    es, et = resolver.event_ids(e.source), resolver.event_ids(e.target)
    if es & srcs and et & tgts:
        return True
    return bool(ge.get("symmetric") and et & srcs and es & tgts)


def test_gold_events_are_found(seed_results: dict[str, Any]) -> None:
    resolver = seed_results["resolver"]
    found = total = 0
    missing = []
    for g in seed_results["gold"]["articles"]:
        events = seed_results["results"][g["file"]].events
        for ge in g["events"]:
            total += 1
            if any(_matches(resolver, ge, e) for e in events):
                found += 1
            else:
                missing.append((g["file"], ge["source"], ge["type"], ge["target"]))
    assert found / total >= 0.85, missing


def test_supposed_events_are_not_asserted(seed_results: dict[str, Any]) -> None:
    resolver = seed_results["resolver"]
    for g in seed_results["gold"]["articles"]:
        events = seed_results["results"][g["file"]].events
        for mn in g.get("must_not", []):
            if mn["kind"] != "asserted_event":
                continue
            targets = {mn["target"], *mn.get("alt_target", [])}
            bad = [e for e in events
                   if e.type.value in mn["type"] and e.factuality.value == "asserted"
                   and not e.negated and mn["source"] in resolver.event_ids(e.source)
                   and resolver.event_ids(e.target) & targets]
            assert not bad, (g["file"], mn["why"], bad)


def test_asserted_dyads_are_plausible(seed_results: dict[str, Any]) -> None:
    resolver = seed_results["resolver"]
    ok = total = 0
    for g in seed_results["gold"]["articles"]:
        dyads = set()
        for ge in g["events"]:
            for s in _widen(resolver, {ge["source"], *ge.get("alt_source", [])}):
                for t in _widen(resolver, {ge["target"], *ge.get("alt_target", [])}):
                    dyads.add(frozenset((s, t)))
        dyads |= {frozenset(p) for p in g.get("optional_dyads", [])}
        for e in seed_results["results"][g["file"]].events:
            if e.target is None or e.factuality.value == "hypothetical" or e.negated:
                continue
            total += 1
            es, et = resolver.event_ids(e.source), resolver.event_ids(e.target)
            ok += any(frozenset((s, t)) in dyads for s in es for t in et)
    assert total and ok / total >= 0.85


def test_gold_relations_are_found(seed_results: dict[str, Any]) -> None:
    resolver = seed_results["resolver"]
    relations = [r for res in seed_results["results"].values() for r in res.relations]
    found = total = 0
    for g in seed_results["gold"]["articles"]:
        for gr in g.get("relations", []):
            total += 1
            tgts = {gr["target"], *gr.get("alt_target", [])}
            found += any(r.relation.value == gr["relation"]
                         and gr["source"] in resolver.gold_ids(r.source)
                         and resolver.gold_ids(r.target) & tgts for r in relations)
    assert found / total >= 0.9


def test_every_event_is_tied_to_its_sentence(seed_results: dict[str, Any]) -> None:
    for res in seed_results["results"].values():
        text = res.article.text
        ids = set()
        for e in res.events:
            assert e.sentence_start is not None
            assert text[e.sentence_start:e.sentence_start + len(e.sentence)] == e.sentence
            assert "\n" not in e.sentence and e.source != e.target
            assert 0 < e.confidence <= 1 and e.cameo_root and e.quad_class
            assert e.id not in ids
            ids.add(e.id)
        for r in res.relations:
            assert r.evidence and all(ev.sentence in text for ev in r.evidence)
