"""Word tables of the actors stage, read once from ``data/actors/*.yaml``.

The rules in this subpackage are general English patterns; which words fill
them (group nouns, title words, sponsor participles, coreference phrases) is
data, so a user can read and extend it without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from allegiance.errors import KnowledgeBaseError
from allegiance.records import ActorKind

# Regexes of the actors stage, kept together.
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
NON_LATIN_LETTER = re.compile(r"[^\W\dA-Za-z\u00c0-\u024f_]")
DIGIT = re.compile(r"\d")
APOSTROPHE = re.compile(r"['\u2019\u2018\u02bc`]")
POSSESSIVE_END = re.compile(r"\s*['\u2019]s?$")
EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
WORD = re.compile(r"[\w'\u2019-]+")


@dataclass(frozen=True)
class Tables:
    """Every word list the actor rules use (lower-cased)."""

    group_heads: frozenset[str]
    militia_heads: frozenset[str]
    military_heads: frozenset[str]
    government_heads: frozenset[str]
    protester_heads: frozenset[str]
    civilian_heads: frozenset[str]
    unnamed_armed_heads: frozenset[str]
    new_kinds: tuple[tuple[ActorKind, frozenset[str]], ...]
    naming_verbs: frozenset[str]
    member_nouns: frozenset[str]
    not_state_nouns: frozenset[str]
    sponsor_participles: frozenset[str]
    sponsor_prepositions: frozenset[str]
    hedges: frozenset[str]
    pro_prefixes: frozenset[str]
    proxy_heads: frozenset[str]
    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    portfolios: dict[str, str]
    state_titles: frozenset[str]
    state_service_titles: frozenset[str]
    leads_titles: frozenset[str]
    former_words: frozenset[str]
    epithets: frozenset[str]
    subordinate_titles: frozenset[str]
    org_prepositions: frozenset[str]
    affiliation_title: str
    honorifics: frozenset[str]
    particles: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    determiners: frozenset[str]
    demonstratives: frozenset[str]
    org_heads: frozenset[str]
    hostile_labels: frozenset[str]
    government_anaphors: frozenset[str]
    blockers: frozenset[str]
    bare_allowed: frozenset[str]
    definite_sectors: dict[str, str]
    sector_modifiers: frozenset[str]
    side_modifiers: frozenset[str]
    side_installations: frozenset[str]
    side_holding: frozenset[str]
    it_verbs: frozenset[str]
    window_pronoun: int
    window_title: int
    window_org: int
    window_plural_pronoun: int
    section_words: frozenset[str]
    actor_labels: frozenset[str]
    place_labels: frozenset[str]
    locatives: frozenset[str]
    arrival_verbs: frozenset[str]
    partner_nouns: frozenset[str]
    place_nouns: frozenset[str]
    not_actors: frozenset[str]
    place_prefixes: frozenset[str]
    peoples: frozenset[str]
    place_names: frozenset[str]
    not_actor_heads: frozenset[str]
    not_actor_first: frozenset[str]
    things: frozenset[str]
    vessel_prefixes: dict[str, str]
    institutions: frozenset[str]
    jihadist_name_words: frozenset[str]
    insurgent_name_words: frozenset[str]
    jihadist_labels: frozenset[str]
    jihadist_modifiers: frozenset[str]
    male_names: frozenset[str]
    female_names: frozenset[str]
    given_names: frozenset[str]


def _read(name: str) -> dict[str, Any]:
    path = resources.files("allegiance") / "data" / "actors" / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(f"cannot read actor table {name}: {exc}") from exc
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"actor table {name}: expected a mapping at the top")
    return data


def _words(data: dict[str, Any], key: str, source: str) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnowledgeBaseError(f"actor table {source}: {key!r} must be a list of strings")
    return frozenset(v.lower() for v in value)


def _int(data: dict[str, Any], key: str, source: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or value < 0:
        raise KnowledgeBaseError(f"actor table {source}: {key!r} must be a non-negative integer")
    return value


def _mapping(data: dict[str, Any], key: str, source: str) -> dict[str, str]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise KnowledgeBaseError(f"actor table {source}: {key!r} must be a mapping")
    return {str(k): str(v) for k, v in value.items()}


def _sectors(data: dict[str, Any], key: str, source: str) -> dict[str, str]:
    out = {k.lower(): v for k, v in _mapping(data, key, source).items()}
    bad = sorted(v for v in out.values() if v not in ("GOV", "MIL"))
    if bad:
        raise KnowledgeBaseError(f"actor table {source}: {key!r} values must be GOV or MIL, "
                                 f"not {bad[0]!r}")
    return out


@cache
def load_tables() -> Tables:
    """Read the tables from the package data (cached: they never change in a run)."""
    heads = _read("heads.yaml")
    sponsors = _read("sponsors.yaml")
    titles = _read("titles.yaml")
    coref = _read("coref.yaml")
    junk = _read("junk.yaml")
    names = _read("given_names.yaml")
    male = _words(names, "male", "given_names.yaml")
    female = _words(names, "female", "given_names.yaml")
    either = _words(names, "either", "given_names.yaml")
    kinds_raw = heads.get("new_actor_kinds")
    if not isinstance(kinds_raw, dict):
        raise KnowledgeBaseError("actor table heads.yaml: 'new_actor_kinds' must be a mapping")
    new_kinds: list[tuple[ActorKind, frozenset[str]]] = []
    for kind, _ in kinds_raw.items():
        try:
            k = ActorKind(kind)
        except ValueError as exc:
            raise KnowledgeBaseError(f"actor table heads.yaml: unknown kind {kind!r}") from exc
        new_kinds.append((k, _words(kinds_raw, kind, "heads.yaml")))
    portfolios = titles.get("portfolios")
    if not isinstance(portfolios, dict):
        raise KnowledgeBaseError("actor table titles.yaml: 'portfolios' must be a mapping")
    affiliation = titles.get("affiliation_title")
    if not isinstance(affiliation, str):
        raise KnowledgeBaseError("actor table titles.yaml: 'affiliation_title' must be a string")
    return Tables(
        group_heads=_words(heads, "group", "heads.yaml"),
        militia_heads=_words(heads, "militia_like", "heads.yaml"),
        military_heads=_words(heads, "military", "heads.yaml"),
        government_heads=_words(heads, "government", "heads.yaml"),
        protester_heads=_words(heads, "protester_heads", "heads.yaml"),
        civilian_heads=_words(heads, "civilian_heads", "heads.yaml"),
        unnamed_armed_heads=_words(heads, "unnamed_armed_heads", "heads.yaml"),
        new_kinds=tuple(new_kinds),
        naming_verbs=_words(heads, "naming_verbs", "heads.yaml"),
        member_nouns=_words(heads, "member_nouns", "heads.yaml"),
        not_state_nouns=_words(heads, "not_state_nouns", "heads.yaml"),
        sponsor_participles=_words(sponsors, "participles", "sponsors.yaml"),
        sponsor_prepositions=_words(sponsors, "prepositions", "sponsors.yaml"),
        hedges=_words(sponsors, "hedges", "sponsors.yaml"),
        pro_prefixes=_words(sponsors, "pro_prefixes", "sponsors.yaml"),
        proxy_heads=_words(sponsors, "proxy_heads", "sponsors.yaml"),
        title_heads=_words(titles, "heads", "titles.yaml"),
        title_modifiers=_words(titles, "modifiers", "titles.yaml"),
        portfolios={str(k).lower(): str(v) for k, v in portfolios.items()},
        state_titles=_words(titles, "state_titles", "titles.yaml"),
        state_service_titles=_words(titles, "state_service", "titles.yaml"),
        leads_titles=_words(titles, "leads", "titles.yaml"),
        former_words=_words(titles, "former", "titles.yaml"),
        epithets=_words(titles, "epithets", "titles.yaml"),
        subordinate_titles=_words(titles, "subordinate", "titles.yaml"),
        org_prepositions=_words(titles, "org_prepositions", "titles.yaml"),
        affiliation_title=affiliation,
        honorifics=_words(titles, "honorifics", "titles.yaml"),
        particles=_words(titles, "particles", "titles.yaml"),
        person_pronouns=_words(coref, "person_pronouns", "coref.yaml"),
        plural_pronouns=_words(coref, "plural_pronouns", "coref.yaml"),
        determiners=_words(coref, "determiners", "coref.yaml"),
        demonstratives=_words(coref, "demonstratives", "coref.yaml"),
        org_heads=_words(coref, "org_heads", "coref.yaml"),
        hostile_labels=_words(coref, "hostile_labels", "coref.yaml"),
        government_anaphors=_words(coref, "government_heads", "coref.yaml"),
        blockers=_words(coref, "blockers", "coref.yaml"),
        bare_allowed=_words(coref, "bare_allowed", "coref.yaml"),
        definite_sectors=_sectors(coref, "definite_sectors", "coref.yaml"),
        sector_modifiers=_words(coref, "sector_modifiers", "coref.yaml"),
        side_modifiers=_words(coref, "side_modifiers", "coref.yaml"),
        side_installations=_words(coref, "side_installations", "coref.yaml"),
        side_holding=_words(coref, "side_holding", "coref.yaml"),
        it_verbs=_words(coref, "it_verbs", "coref.yaml"),
        window_pronoun=_int(coref, "window_pronoun", "coref.yaml"),
        window_title=_int(coref, "window_title", "coref.yaml"),
        window_org=_int(coref, "window_org", "coref.yaml"),
        window_plural_pronoun=_int(coref, "window_plural_pronoun", "coref.yaml"),
        section_words=_words(junk, "section_words", "junk.yaml"),
        actor_labels=frozenset(w.upper() for w in _words(junk, "actor_labels", "junk.yaml")),
        place_labels=frozenset(w.upper() for w in _words(junk, "place_labels", "junk.yaml")),
        locatives=_words(junk, "locative_prepositions", "junk.yaml"),
        arrival_verbs=_words(junk, "arrival_verbs", "junk.yaml"),
        partner_nouns=_words(junk, "partner_nouns", "junk.yaml"),
        place_nouns=_words(junk, "place_nouns", "junk.yaml"),
        not_actors=_words(junk, "not_actors", "junk.yaml"),
        place_prefixes=_words(junk, "place_prefixes", "junk.yaml"),
        peoples=_words(junk, "peoples", "junk.yaml"),
        place_names=_words(junk, "place_names", "junk.yaml"),
        not_actor_heads=_words(junk, "not_actor_heads", "junk.yaml"),
        not_actor_first=_words(junk, "not_actor_first", "junk.yaml"),
        things=_words(junk, "things", "junk.yaml"),
        vessel_prefixes=_mapping(heads, "vessel_prefixes", "heads.yaml"),
        institutions=_words(heads, "institutions", "heads.yaml"),
        jihadist_name_words=_words(heads, "jihadist_name_words", "heads.yaml"),
        insurgent_name_words=_words(heads, "insurgent_name_words", "heads.yaml"),
        jihadist_labels=_words(coref, "jihadist_labels", "coref.yaml"),
        jihadist_modifiers=_words(coref, "jihadist_modifiers", "coref.yaml"),
        # a name given to both sexes tells no gender
        male_names=(male - female) - either,
        female_names=(female - male) - either,
        given_names=male | female | either,
    )
