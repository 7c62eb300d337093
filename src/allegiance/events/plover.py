"""PLOVER-conformant JSON for one event (``allegiance export --format plover``).

The shape follows the PLOVER gold-standard records (shared/data/plover,
``PLOVER_GSR_CAMEO.json``): ``id``, ``date``, ``source``/``target`` as lists
of ``{actorText, code, sector}``, ``event``, ``mode``, ``context``,
``eventText``, ``text``, ``eventLoc``, ``language``, ``publication``.  As in
those records, only non-null fields are written, and ``target`` is ``""``
for a monadic event.

Codes: a state is its ISO3 code; a sector id ``IRQ-GOV`` is code ``IRQ``
with sector ``GOV``; other actors keep their allegiance id.  ``actorText``
is that id too: the record carries no mention text.  For PLOVER types
without modes (AID, COOPERATE, ...) our ``mode`` holds a context word
("military"), which goes to ``context``.  Our own modality, time and CAMEO
fields go under ``allegiance``.
"""

from __future__ import annotations

import re
from typing import Any

import pycountry

from allegiance.records import Article, Event, EventType

PLOVER_VERSION = "0.8"
# Types for which PLOVER defines modes (NGEC structured codebook).
_MODE_LESS = frozenset({EventType.AGREE, EventType.SUPPORT, EventType.CONCEDE,
                        EventType.COOPERATE, EventType.AID})
_SECTOR = re.compile(r"^([A-Z]{3})-([A-Z]{3})$")


def _actor(actor_id: str) -> dict[str, str]:
    m = _SECTOR.match(actor_id)
    if m:
        return {"actorText": actor_id, "code": m.group(1), "sector": m.group(2)}
    return {"actorText": actor_id, "code": actor_id}


def to_plover(event: Event, article: Article) -> dict[str, Any]:
    """The PLOVER record of ``event`` (see module doc for the field mapping)."""
    mode, context = event.mode, None
    if event.type in _MODE_LESS:
        mode, context = None, event.mode
    record: dict[str, Any] = {
        "id": event.id,
        "date": event.date or article.published,
        "source": [_actor(event.source)] if event.source else None,
        "target": [_actor(event.target)] if event.target else "",
        "event": event.type.value,
        "mode": mode,
        "context": context,
        "eventText": event.trigger,
        "text": event.sentence,
        "eventLoc": None,
        "language": article.language or "en",
        "publication": article.outlet or article.original_source,
        "version": PLOVER_VERSION,
        "allegiance": {
            "article_id": event.article_id,
            "negated": event.negated,
            "factuality": event.factuality.value,
            "timeframe": event.timeframe.value if event.timeframe else None,
            "attributed_to": event.attributed_to,
            "confidence": event.confidence,
            "cameo_root": event.cameo_root,
            "quad_class": event.quad_class.value if event.quad_class else None,
        },
    }
    if event.location is not None:
        loc: dict[str, Any] = {"name": event.location.name}
        if event.location.country:
            # PLOVER writes ISO 3166 alpha-2 ("CH"); we hold alpha-3.
            country = pycountry.countries.get(alpha_3=event.location.country)
            loc["country code"] = country.alpha_2 if country else event.location.country
        if event.location.lat is not None and event.location.lon is not None:
            loc["lat"], loc["lon"] = event.location.lat, event.location.lon
        record["eventLoc"] = loc
    return {k: v for k, v in record.items() if v is not None}
