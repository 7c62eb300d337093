"""Rebuild records from their JSON form (the inverse of ``records.to_dict``).

The store keeps records as JSON; these decoders turn them back into the
frozen dataclasses, enums and nested tuples the rest of the code expects.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from allegiance.errors import Reason
from allegiance.records import (
    Actor,
    ActorKind,
    Article,
    Dyad,
    Event,
    EventType,
    Evidence,
    Factuality,
    Location,
    Mention,
    QuadClass,
    Rejection,
    Relation,
    RelationType,
    Role,
    Shift,
    Stance,
    Timeframe,
)

Data = Mapping[str, Any]


def article(d: Data) -> Article:
    """Article from its dict."""
    return Article(
        id=d["id"], source_path=d["source_path"], title=d.get("title"), author=d.get("author"),
        outlet=d.get("outlet"), original_source=d.get("original_source"),
        published=d.get("published"), language=d.get("language"), text=d["text"],
        url=d.get("url"), duplicate_of=d.get("duplicate_of"), quality=dict(d.get("quality") or {}),
        record_id=d.get("record_id"),
    )


def role(d: Data) -> Role:
    """Role from its dict."""
    return Role(title=d["title"], organization=d.get("organization"), start=d.get("start"),
                end=d.get("end"), former=bool(d.get("former", False)))


def actor(d: Data) -> Actor:
    """Actor from its dict."""
    return Actor(
        id=d["id"], name=d["name"], kind=ActorKind(d["kind"]), country=d.get("country"),
        aliases=tuple(d.get("aliases") or ()), sponsors=tuple(d.get("sponsors") or ()),
        roles=tuple(role(r) for r in d.get("roles") or ()),
    )


def mention(d: Data) -> Mention:
    """Mention from its dict."""
    return Mention(d["article_id"], d["actor_id"], d["text"], int(d["start"]), int(d["end"]))


def location(d: Data | None) -> Location | None:
    """Location from its dict, or None."""
    if not d:
        return None
    return Location(d["name"], d.get("country"), d.get("lat"), d.get("lon"))


def event(d: Data) -> Event:
    """Event from its dict."""
    return Event(
        id=d["id"], article_id=d["article_id"], sentence=d["sentence"], type=EventType(d["type"]),
        source=d.get("source"), target=d.get("target"), mode=d.get("mode"), date=d.get("date"),
        timeframe=Timeframe(d["timeframe"]) if d.get("timeframe") else None,
        location=location(d.get("location")), negated=bool(d.get("negated", False)),
        factuality=Factuality(d.get("factuality") or "asserted"),
        attributed_to=d.get("attributed_to"), confidence=float(d.get("confidence", 0.5)),
        trigger=d.get("trigger"), sentence_start=d.get("sentence_start"),
        cameo_root=d.get("cameo_root"),
        quad_class=QuadClass(d["quad_class"]) if d.get("quad_class") else None,
        origin=d.get("origin") or "rules", inferred=d.get("inferred"),
    )


def evidence(d: Data) -> Evidence:
    """Evidence from its dict."""
    return Evidence(d["article_id"], d["sentence"])


def relation(d: Data) -> Relation:
    """Relation from its dict."""
    return Relation(
        source=d["source"], relation=RelationType(d["relation"]), target=d["target"],
        former=bool(d.get("former", False)), first_seen=d.get("first_seen"),
        last_seen=d.get("last_seen"), evidence=tuple(evidence(e) for e in d.get("evidence") or ()),
    )


def dyad(d: Data) -> Dyad:
    """Dyad from its dict."""
    return Dyad(d["a"], d["b"], str(d["period"]), int(d["events"]), float(d["cooperation"]),
                float(d["conflict"]), float(d["score"]))


def shift(d: Data) -> Shift:
    """Shift from its dict."""
    return Shift(d["a"], d["b"], Stance(d["from"]), Stance(d["to"]), d.get("from_period"),
                 d.get("to_period"), tuple(evidence(e) for e in d.get("evidence") or ()))


def rejection(d: Data) -> Rejection:
    """Rejection from its dict."""
    return Rejection(d["source_path"], Reason(d["reason"]), d.get("detail", ""))
