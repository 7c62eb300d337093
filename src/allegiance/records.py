"""Typed records that cross module boundaries.

Every record is a frozen dataclass whose field names are those of the export
contract (``shared/CONTRACT.md``); enumerations are ``StrEnum``s so they
serialise as their contract strings. ``to_dict`` gives the JSON-ready form.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from allegiance.errors import Reason


class ActorKind(StrEnum):
    """What an actor is (contract ``kind``)."""

    STATE = "state"
    GOVERNMENT = "government"
    MILITARY = "military"
    ARMED_GROUP = "armed_group"
    POLITICAL_PARTY = "political_party"
    PERSON = "person"
    IGO = "igo"
    ORGANIZATION = "organization"
    COALITION = "coalition"
    OTHER = "other"


class EventType(StrEnum):
    """The 16 current PLOVER event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class QuadClass(StrEnum):
    """PLOVER/CAMEO quad class of an event type."""

    VERBAL_COOPERATION = "verbal_cooperation"
    MATERIAL_COOPERATION = "material_cooperation"
    VERBAL_CONFLICT = "verbal_conflict"
    MATERIAL_CONFLICT = "material_conflict"


class Factuality(StrEnum):
    """How firmly the text states an event."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    INTENDED = "intended"
    HYPOTHETICAL = "hypothetical"


class Timeframe(StrEnum):
    """When, relative to the article's present, an event or relation holds."""

    PAST = "past"
    CURRENT = "current"
    FUTURE = "future"


class RelationType(StrEnum):
    """Standing relations between actors."""

    BACKS = "backs"
    MEMBER_OF = "member_of"
    LEADS = "leads"
    ALLIED = "allied"
    HOSTILE = "hostile"


class Stance(StrEnum):
    """The stance of a pair of actors in a period (shifts)."""

    HOSTILE = "hostile"
    NEUTRAL = "neutral"
    COOPERATIVE = "cooperative"


def to_dict(record: Any) -> dict[str, Any]:
    """Turn a record (dataclass, possibly nested) into JSON-ready python values."""
    return _plain(record)  # type: ignore[no-any-return]


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            name = f.metadata.get("json", f.name)
            out[name] = _plain(getattr(value, f.name))
        return out
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


# --- input -----------------------------------------------------------------


@dataclass(frozen=True)
class RawDocument:
    """One input article before cleaning: exactly one of ``text``/``html`` is set.

    ``source_path`` is the input as given (path, URL or ``file#record``).
    Metadata fields carry what the container said (JSONL/CSV/WARC/HTTP
    headers); ``None`` when it said nothing.
    """

    source_path: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    record_id: str | None = None
    """The record's own id in its JSONL/CSV (``id``, ``doc_id`` ...), kept on the article."""


@dataclass(frozen=True)
class Rejection:
    """An input that did not become an article, and why."""

    source_path: str
    reason: Reason
    detail: str = ""


# --- per article -----------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """A cleaned article with its metadata (contract ``articles.jsonl``)."""

    id: str
    source_path: str
    title: str | None
    author: str | None
    outlet: str | None
    original_source: str | None
    published: str | None
    language: str | None
    text: str
    url: str | None = None
    duplicate_of: str | None = None
    quality: Mapping[str, Any] = field(default_factory=dict)
    record_id: str | None = None


@dataclass(frozen=True)
class Role:
    """A title a person holds in an organisation (an actor id), with dates."""

    title: str
    organization: str | None
    start: str | None = None
    end: str | None = None
    former: bool = False


@dataclass(frozen=True)
class Actor:
    """A resolved actor (contract ``actors.jsonl``)."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    aliases: tuple[str, ...] = ()
    sponsors: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True)
class Mention:
    """An actor named in an article: ``text == article.text[start:end]``."""

    article_id: str
    actor_id: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Location:
    """Where an event happened, from the offline gazetteer."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Event:
    """A PLOVER event stated by one sentence (contract ``events.jsonl``).

    ``cameo_root`` and ``quad_class`` are the CAMEO crosswalk; ``trigger`` the
    word(s) that evoked the event; ``sentence_start`` its offset in the text;
    ``origin`` the coder that found it (``rules``, or ``model`` for the learned pair
    coder) and ``inferred`` names an argument taken from the discourse rather than the
    sentence (``source`` or ``target``), or is None.
    """

    id: str
    article_id: str
    sentence: str
    type: EventType
    source: str | None
    target: str | None
    mode: str | None = None
    date: str | None = None
    timeframe: Timeframe | None = None
    location: Location | None = None
    negated: bool = False
    factuality: Factuality = Factuality.ASSERTED
    attributed_to: str | None = None
    confidence: float = 0.5
    trigger: str | None = None
    sentence_start: int | None = None
    cameo_root: str | None = None
    quad_class: QuadClass | None = None
    origin: str = "rules"
    inferred: str | None = None


@dataclass(frozen=True)
class Evidence:
    """A sentence of an article that supports a relation or shift."""

    article_id: str
    sentence: str


@dataclass(frozen=True)
class Relation:
    """A standing relation (contract ``relations.jsonl``).

    Per article, ``first_seen``/``last_seen`` are the article's date and
    ``evidence`` its sentences; aggregation merges the same triple across
    articles.
    """

    source: str
    relation: RelationType
    target: str
    former: bool = False
    first_seen: str | None = None
    last_seen: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class DocResult:
    """Everything ``process_document`` learns from one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()


# --- across articles -------------------------------------------------------


@dataclass(frozen=True)
class Dyad:
    """A pair of actors in one period (contract ``dyads.jsonl``)."""

    a: str
    b: str
    period: str
    events: int
    cooperation: float
    conflict: float
    score: float


@dataclass(frozen=True)
class Shift:
    """A pair whose stance turned (contract ``shifts.jsonl``)."""

    a: str
    b: str
    from_: Stance = field(metadata={"json": "from"})
    to: Stance
    from_period: str | None
    to_period: str | None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class CleanedText:
    """What the cleaner makes of a raw document: body text plus metadata.

    ``removed`` lists the lines dropped as junk (for audits and quality
    signals); ``quality`` holds the cleaner's signals (README documents them).
    """

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    original_source: str | None = None
    language: str | None = None
    removed: tuple[str, ...] = ()
    quality: Mapping[str, Any] = field(default_factory=dict)
