"""Where an event happened: GPE/LOC/FAC spans in "in/at/near X" phrases,
looked up in the offline gazetteer (``allegiance.gazetteer``).

Only places attached to the trigger (or the verb governing a trigger noun,
or the target's noun phrase: "attacks on groups in Iraq") count, and never a
span that is itself the event's source or target.  Countries carry no
coordinates (a country is not a point); cities carry theirs.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from allegiance.gazetteer import Gazetteer, load_gazetteer
from allegiance.records import Location

__all__ = ["Gazetteer", "event_location", "load_gazetteer"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "across", "outside", "around", "throughout",
                          "within", "into", "over"})
# "the Iraqi city of Mosul": the place is the "of" object.
_PLACE_NOUNS = frozenset({"city", "town", "province", "village", "region", "capital", "district",
                          "governorate", "area", "state", "country"})
_MAX_UP = 5


def event_location(anchor: Token, governor: int | None, argument_tokens: set[int],
                   span: Span, gazetteer: Gazetteer) -> Location | None:
    """The place of the event whose trigger is ``anchor``, or None."""
    hosts = {anchor.i} | ({governor} if governor is not None else set()) | argument_tokens
    for ent in span.ents:
        if ent.label_ not in _PLACE_LABELS or any(t.i in argument_tokens for t in ent):
            continue
        if not _in_place_phrase(ent, hosts, span):
            continue
        loc = gazetteer.lookup(ent.text)
        if loc is not None:
            return loc
    return None


def _in_place_phrase(ent: Span, hosts: set[int], span: Span) -> bool:
    root = ent.root
    head = root.head
    if root.dep_ != "pobj" or not span.start <= head.i < span.end:
        return False
    prep = head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _PLACE_NOUNS:
        noun = prep.head
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
    if prep.lower_ not in _PLACE_PREPS:
        return False
    cur = prep.head
    for _ in range(_MAX_UP):
        if cur.i in hosts:
            return True
        if cur.head.i == cur.i or not span.start <= cur.head.i < span.end:
            return False
        if cur.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
    return False
