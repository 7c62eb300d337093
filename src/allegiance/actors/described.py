"""Groups described, not named: "Kurdish forces", "the rebels", "Shia militias".

News names a side by who its members are as often as by its name. A described group
is a noun phrase with an identity word (``data/actors/identities.yaml``: a people, a
sect, a side) and a group head ("Kurdish fighters", "opposition forces", "Syrian rebel
groups", "Kurdish officials"), or an identity word used alone as a plural noun ("the
Kurds", "rebels"). It is resolved in the country it operates in (a demonym or state in
the phrase, "in Syria" after it, else the country the article places its story in):

- the KB groups tagged with the identity in that country are its candidates
  (``tags: [kurdish]`` on the YPG, the SDF and the PKK, ``[rebel]`` on the Free Syrian
  Army); when the article names exactly one of them, the description is that group
  ("Kurdish forces" in a story that names the YPG and no other Kurdish group);
- otherwise it is the country's described collective, the KB entry tagged
  ``described`` ("Syrian Kurdish forces", "Syrian rebels", the Peshmerga for Iraq's
  Kurdish forces, the Houthis for Yemen's rebels);
- failing that a collective made for the article ("Kurdish armed groups in Turkey";
  "pro-government" groups are the state's own: backed by it).

A phrase that holds a named actor is that actor ("the Kurdish YPG militia"), and the
demonym inside a described phrase is not the state's army ("Syrian Kurdish forces" are
not Syria's military). "rebel-held towns" makes "rebel" a described group, the owner of
the towns.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from allegiance import ids
from allegiance.actors.collectives import RANK_PHRASE, collective_actor, is_plural
from allegiance.actors.context import ArticleContext, Found
from allegiance.errors import KnowledgeBaseError
from allegiance.records import Actor, ActorKind

# Modifier tokens allowed between the identity word and the head ("Kurdish-led militias",
# "Syrian Kurdish YPG fighters" is stopped by its name).
_MAX_GAP = 3
_LOCATIVES = ("in", "inside", "across", "throughout")
DESCRIBED = "described"
"""``Found.via`` of a described group, and the KB tag of a country's default entry."""


@dataclass(frozen=True)
class Identities:
    """The word lists of ``data/actors/identities.yaml``."""

    by_word: dict[str, str]
    people_nouns: frozenset[str]
    political_heads: frozenset[str]
    owner_participles: frozenset[str]
    owned_things: frozenset[str]


@cache
def identities() -> Identities:
    """The identity words, read once."""
    path = resources.files("allegiance") / "data" / "actors" / "identities.yaml"
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        by_word = {str(w).lower(): str(tag) for tag, words in data["identities"].items()
                   for w in words}
        return Identities(by_word, frozenset(map(str.lower, data["people_nouns"])),
                          frozenset(map(str.lower, data["political_heads"])),
                          frozenset(map(str.lower, data["owner_participles"])),
                          frozenset(map(str.lower, data["owned_things"])))
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise KnowledgeBaseError(f"cannot read actor table identities.yaml: {exc}") from exc


def identity_of(word: str) -> str | None:
    """The identity tag of a word ("Kurdish" -> kurdish), or None."""
    return identities().by_word.get(word.lower())


def find_described(ctx: ArticleContext) -> None:
    """Add described-group mentions to ``ctx.found`` (see module doc)."""
    doc = ctx.doc
    idt = identities()
    heads = ctx.tables.group_heads | ctx.tables.military_heads | idt.political_heads
    # tokens of sponsored collectives ("Iranian-funded Shiite militias") are theirs
    claimed = {j for f in ctx.found if f.via == "collective" for j in range(f.start, f.end)}
    i = 0
    while i < len(doc):
        tok = doc[i]
        tag = idt.by_word.get(tok.lower_)
        if tag is None or _named(ctx, i):
            i += 1
            continue
        start = _left_edge(ctx, i)
        end = _right_end(ctx, i, heads, idt)
        if end is None:
            i += 1
            continue
        if any(_named(ctx, j) or j in claimed for j in range(start, end)):
            i = end
            continue
        country, stated = _country(ctx, start, end, tag)
        actor_id = _resolve(ctx, tag, country, stated)
        if actor_id is None:
            i = end
            continue
        ctx.add(Found(start, end, actor_id, DESCRIBED, RANK_PHRASE,
                      plural=is_plural(doc[end - 1])))
        ctx.add_surface(actor_id, ctx.span_text(start, end))
        for j in range(start, end):
            ref = ctx.state_refs.get(j)
            if ref is not None and ref.start == j:
                ctx.add(Found(ref.start, ref.end, ref.state, "demonym", 2, inner=True))
        ctx.described_tokens.update(range(start, end))
        i = end


def _named(ctx: ArticleContext, i: int) -> bool:
    """Token ``i`` is part of a named non-state actor ("YPG", "Houthi")."""
    ent = ctx.ent_at[i]
    tok = ctx.doc[i]
    if tok.ent_id_:
        kind = ctx.actor_kind(tok.ent_id_)
        return kind not in (ActorKind.STATE, None) and not tok.ent_id_.endswith(("-GOV", "-MIL"))
    return ent is not None and ent.label_ in ("ORG", "PERSON") and identity_of(tok.text) is None


def _left_edge(ctx: ArticleContext, i: int) -> int:
    """Start of the phrase: a demonym or state name right before the identity word
    ("Syrian Kurdish forces", "Iraq's Shia militias")."""
    doc = ctx.doc
    j = i
    if j > 0 and doc[j - 1].lower_ in ("'s", "’s") and (j - 2) in ctx.state_refs:
        return ctx.state_refs[j - 2].start
    if j > 0 and (j - 1) in ctx.state_refs:
        return ctx.state_refs[j - 1].start
    return j


def _right_end(ctx: ArticleContext, i: int, heads: frozenset[str], idt: Identities) -> int | None:
    """End (exclusive) of the phrase that begins with identity word ``i``, or None."""
    doc = ctx.doc
    # "rebel-held towns", "Kurdish-controlled areas": the identity word names the owner
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in idt.owner_participles:
        return i + 1
    # "rebel positions", "opposition strongholds": the owner of a place
    if i + 1 < len(doc) and doc[i + 1].lower_ in idt.owned_things:
        return i + 1
    j = i + 1
    gap = 0
    while j < len(doc) and gap <= _MAX_GAP:
        t = doc[j]
        low = t.lower_
        if low in heads and not (j + 1 < len(doc) and doc[j + 1].lower_ in heads):
            return j + 1
        if t.text == "-" or low in ("led", "dominated", "majority", "armed") \
                or identity_of(low) is not None:
            j += 1
            continue
        if t.pos_ in ("ADJ", "NOUN", "PROPN") and not t.is_punct and j not in ctx.state_refs \
                and not _named(ctx, j):
            gap += 1
            j += 1
            continue
        break
    if doc[i].lower_ in idt.people_nouns and doc[i].pos_ in ("NOUN", "PROPN"):
        return i + 1  # "the Kurds", "rebels shelled the town"
    return None


def _country(ctx: ArticleContext, start: int, end: int, tag: str) -> tuple[str | None, bool]:
    """Where the described group operates (see module doc), and whether the phrase or its
    sentence says so (else it is the article's focus, a weaker guess). Rebels rise against
    their own state: the state a sentence with no place names is theirs ("rebels
    surrendered to the Colombian army")."""
    doc = ctx.doc
    for j in range(start, end):
        ref = ctx.state_refs.get(j)
        if ref is not None:
            return ref.state, True
    k = end
    if k + 1 < len(doc) and doc[k].lower_ in _LOCATIVES:
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        ref = ctx.state_refs.get(k)
        if ref is not None and ref.form == "name":
            return ref.state, True
    # a place of the sentence the gazetteer knows ("clashed near Afrin")
    here = ctx.place_countries(ctx.doc[start].sent.ents)
    if here:
        return here[0], True
    s = ctx.sent_index(start)
    located = [r.state for r in ctx.locatives if ctx.sent_index(r.start) == s]
    if located:
        return located[0], True
    # the country most of the article's places lie in: a state the sentence names is as
    # often the group's enemy ("a Turkish attack on Kurdish fighters" in Afrin)
    if ctx.place_counts:
        return ctx.place_counts.most_common(1)[0][0], False
    # a state the sentence names ("the Syrian army laid siege to the rebel stronghold")
    sent = ctx.doc[start].sent
    named = [r.state for j, r in sorted(ctx.state_refs.items()) if sent.start <= j < sent.end]
    named += [f.actor_id.split("-")[0] for f in sorted(ctx.found, key=lambda f: f.start)
              if sent.start <= f.start < sent.end and f.actor_id.endswith(("-GOV", "-MIL"))]
    if named:
        return named[0], tag == "rebel"
    return ctx.operating_country(None, start), False


def _resolve(ctx: ArticleContext, tag: str, country: str | None, stated: bool) -> str | None:
    named = {f.actor_id for f in ctx.found if f.via in ("kb", "alias")}
    if country is None:
        # no country known: the one group of that identity the story names, if any
        anywhere = [e for e in ctx.kb.tagged(tag) if e.id in named]
        return anywhere[0].id if len(anywhere) == 1 else None
    if tag == "loyalist":
        return collective_actor(ctx, country, country)  # the state's own militias
    tagged = ctx.kb.tagged(tag)
    candidates = [e for e in tagged if e.country == country]
    if not candidates and not stated:
        # a guessed country with no such group: the one group of that identity the story
        # names anywhere ("Sunni fighters" after the story named a transnational group)
        anywhere = [e for e in tagged if e.id in named]
        return anywhere[0].id if len(anywhere) == 1 else None
    specific = [e for e in candidates if DESCRIBED not in e.tags]
    # transnational groups of that identity count wherever the story names them
    in_story = [e for e in (*specific, *(x for x in tagged if x.country is None))
                if e.id in named]
    if len(in_story) == 1:
        return in_story[0].id
    default = next((e for e in candidates if DESCRIBED in e.tags), None)
    if default is not None:
        return default.id
    if len(specific) == 1:
        return specific[0].id
    # the story's own sponsored groups there ("Iran-backed militias ... the Shiite militias")
    sponsored = [a for a in ctx.created.values() if a.country == country and a.sponsors
                 and a.kind is ActorKind.ARMED_GROUP and a.sponsors != (country,)]
    if len(sponsored) == 1:
        return sponsored[0].id
    return _made(ctx, tag, country) if stated else None


def _made(ctx: ArticleContext, tag: str, country: str) -> str:
    actor_id = ids.described_id(tag, country)
    if actor_id not in ctx.created:
        state = ctx.kb.get(country)
        where = state.name if state is not None else country
        ctx.created[actor_id] = Actor(actor_id, f"{tag.capitalize()} armed groups in {where}",
                                      ActorKind.ARMED_GROUP, country)
    return actor_id
