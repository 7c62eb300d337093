"""PLOVER JSON export of events, checked against the shape of the PLOVER gold records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from allegiance.events import to_plover
from allegiance.records import (
    Article,
    Event,
    EventType,
    Factuality,
    Location,
    QuadClass,
    Timeframe,
)

ARTICLE = Article(id="a_1", source_path="x.txt", title=None, author=None, outlet="Daily",
                  original_source=None, published="2024-05-01", language="en",
                  text="Iraqi forces attacked ISIS in Mosul.")


def _event(**kw: object) -> Event:
    base: dict[str, object] = dict(
        id="e_1", article_id="a_1", sentence="Iraqi forces attacked ISIS in Mosul.",
        type=EventType.ASSAULT, source="IRQ-MIL", target="ISIS", mode="aerial",
        date="2024-04-30", timeframe=Timeframe.CURRENT,
        location=Location("Mosul", "IRQ", 36.3, 43.1), factuality=Factuality.ASSERTED,
        confidence=0.8, trigger="attacked", sentence_start=0, cameo_root="19",
        quad_class=QuadClass.MATERIAL_CONFLICT)
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_fields_follow_the_gold_records() -> None:
    rec = to_plover(_event(), ARTICLE)
    assert rec["event"] == "ASSAULT" and rec["mode"] == "aerial"
    assert rec["source"] == [{"actorText": "IRQ-MIL", "code": "IRQ", "sector": "MIL"}]
    assert rec["target"] == [{"actorText": "ISIS", "code": "ISIS"}]
    assert rec["text"] == ARTICLE.text and rec["eventText"] == "attacked"
    assert rec["date"] == "2024-04-30" and rec["language"] == "en"
    assert rec["eventLoc"]["name"] == "Mosul" and rec["eventLoc"]["country code"] == "IQ"
    assert rec["allegiance"]["cameo_root"] == "19"
    assert json.loads(json.dumps(rec)) == rec
    assert all(v is not None for v in rec.values())


def test_monadic_and_context_types() -> None:
    rec = to_plover(_event(type=EventType.MOBILIZE, target=None, mode="troops",
                           location=None, date=None), ARTICLE)
    assert rec["target"] == "" and "eventLoc" not in rec
    assert rec["date"] == "2024-05-01"  # the article date when the event has none
    rec = to_plover(_event(type=EventType.AID, mode="military"), ARTICLE)
    assert "mode" not in rec and rec["context"] == "military"


def test_keys_are_those_of_the_shared_gold_records(shared_dir: Path) -> None:
    gold = shared_dir / "data" / "plover" / "PLOVER_GSR_CAMEO.json"
    if not gold.is_file():
        pytest.skip(f"{gold} is absent")
    records = json.loads(gold.read_text(encoding="utf-8"))
    gold_keys = {k for r in records for k in r}
    gold_actor_keys = {k for r in records for side in ("source", "target")
                       if isinstance(r.get(side), list) for a in r[side] for k in a}
    rec = to_plover(_event(), ARTICLE)
    assert set(rec) - {"allegiance"} <= gold_keys
    for side in ("source", "target"):
        for actor in rec[side]:
            assert set(actor) <= gold_actor_keys
    loc_keys = {k for r in records if "eventLoc" in r for k in r["eventLoc"]}
    assert {"name", "country code"} <= loc_keys
