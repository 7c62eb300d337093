"""Sponsored collectives: "Iran-backed militias", "a militia backed by Iran".

Stories about proxies rarely name each group; they say "Iran-backed militias",
"Iranian proxies", "factions allegedly backed by Iraq". Each such phrase is a
mention of ONE collective armed-group actor per (country, sponsor):
``ids.collective_id("armed_group", country, (sponsor,))``, country being
where they operate ("... in Iraq", else the article's place focus), and the
phrase a ``backs`` relation from the sponsor. A sponsor phrase on a *named*
group ("the Iran-backed Axis of Resistance") is only the relation.

Forms (words in ``data/actors/sponsors.yaml`` and ``heads.yaml``):

- ``<State|Demonym> - <participle> [and <State> - <participle>] [adj...] <head>``
- ``pro - <State> [adj...] <head>``
- ``<head> [hedge...] <participle> by|to|with [the] <State>``
- ``<head> of <State>`` and ``<State> 's <head>`` for proxy heads
- ``<head> that are pro - <State>``
- ``<Demonym> [adj...] <militia-like head>``: sponsored when the state is not
  where they operate ("Iranian militias" in Iraq), else the state's own
  unsponsored armed groups ("Iraqi militias").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from allegiance import ids
from allegiance.actors.context import ArticleContext, Found, StateRef
from allegiance.records import Actor, ActorKind

RANK_PHRASE = 1
# Modifier words allowed between a sponsor phrase and its head noun.
_MAX_MODIFIERS = 3
_LOCATIVES = ("in", "inside", "within", "across", "throughout")
_RELATIVES = ("that", "which", "who")
_COPULAS = ("are", "is", "were", "was")


@dataclass(frozen=True)
class SponsorLink:
    """A ``backs`` relation seen in the text (sponsor -> actor) at a token."""

    sponsor: str
    target: str
    token: int


def _is_modifier(tok: Token) -> bool:
    if tok.is_punct or tok.is_digit or tok.like_num:
        return False
    if tok.pos_:
        return tok.pos_ in ("ADJ", "NOUN", "PROPN") and tok.tag_ not in ("POS",)
    return tok.is_alpha and not tok.is_stop


def is_plural(tok: Token) -> bool:
    """Whether a head noun is plural (tag, else a trailing "s")."""
    if tok.tag_:
        return tok.tag_ in ("NNS", "NNPS")
    return tok.lower_.endswith("s") and not tok.lower_.endswith("ss")


def _head_after(ctx: ArticleContext, i: int, identity_words: frozenset[str] | None = None
                ) -> int | None:
    """Index of the group head noun after modifiers starting at ``i``, if any."""
    doc = ctx.doc
    heads = ctx.tables.group_heads
    j = i
    while j < len(doc) and j - i <= _MAX_MODIFIERS:
        tok = doc[j]
        if tok.lower_ in heads and not (j + 1 < len(doc) and doc[j + 1].lower_ in heads):
            return j
        if identity_words is not None and tok.lower_ in identity_words:
            return None  # "Syrian Kurdish militias": a described group (described.py)
        if not _is_modifier(tok) or j in ctx.state_refs or _names_group(ctx, tok):
            return None  # "Syrian Kurdish YPG militia" is the YPG
        j += 1
    return None


def _names_group(ctx: ArticleContext, tok: Token) -> bool:
    """A token of a named non-state actor ("YPG")."""
    return bool(tok.ent_id_) and ctx.actor_kind(tok.ent_id_) not in (ActorKind.STATE, None) \
        and not tok.ent_id_.endswith(("-GOV", "-MIL"))


def _named_at(ctx: ArticleContext, i: int) -> Found | None:
    """A named (non-state) mention starting at token ``i`` (quotes skipped)."""
    doc = ctx.doc
    while i < len(doc) and doc[i].is_quote:
        i += 1
    for f in ctx.found:
        if f.start == i and f.via in ("kb", "alias", "new") \
                and ctx.actor_kind(f.actor_id) not in (ActorKind.STATE, ActorKind.PERSON, None):
            return f
    return None


def _participle_after(ctx: ArticleContext, ref: StateRef) -> int | None:
    """End of "<State>-<participle>" / "<State> <participle>" after a state ref."""
    doc = ctx.doc
    k = ref.end
    if k < len(doc) and doc[k].text == "-":
        k += 1
    if k < len(doc) and doc[k].lower_ in ctx.tables.sponsor_participles:
        return k + 1
    return None


def _explicit_country(ctx: ArticleContext, end: int) -> StateRef | None:
    doc = ctx.doc
    if end < len(doc) and doc[end].lower_ in _LOCATIVES:
        k = end + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        ref = ctx.state_refs.get(k)
        if ref is not None and ref.start == k and ref.form == "name":
            return ref
    return None


def collective_actor(ctx: ArticleContext, sponsor: str | None, country: str | None) -> str:
    """Id of the collective armed group backed by ``sponsor`` in ``country`` (created once)."""
    sponsors = (sponsor,) if sponsor else ()
    actor_id = ids.collective_id(ActorKind.ARMED_GROUP.value, country, sponsors)
    if actor_id not in ctx.created:
        where = _short_name(ctx, country) if country else None
        # "Iran-backed armed groups in Iraq"; with no sponsor stated, "armed groups
        # in Iraq" (not "Iraqi armed groups", which reads as the state's own forces)
        name = f"{_short_name(ctx, sponsor)}-backed armed groups" if sponsor else "armed groups"
        if where:
            name += f" in {where}"
        ctx.created[actor_id] = Actor(actor_id, name, ActorKind.ARMED_GROUP, country,
                                      sponsors=sponsors)
    return actor_id


def _short_name(ctx: ArticleContext, state: str) -> str:
    e = ctx.kb.get(state)
    return e.name if e is not None else state


def _emit(ctx: ArticleContext, start: int, end: int, head: int, sponsor: str | None,
          country_ref: StateRef | None, links: list[SponsorLink], surface: str | None = None,
          sponsor_ref: StateRef | None = None) -> None:
    country = country_ref.state if country_ref else ctx.operating_country(sponsor, head)
    actor_id = collective_actor(ctx, sponsor, country)
    ctx.add(Found(start, end, actor_id, "collective", RANK_PHRASE,
                  plural=is_plural(ctx.doc[head])))
    ctx.add_surface(actor_id, surface or ctx.span_text(start, end))
    if sponsor:
        links.append(SponsorLink(sponsor, actor_id, head))
    if sponsor_ref is not None and sponsor_ref.start >= start and sponsor_ref.end <= end:
        ctx.add(Found(sponsor_ref.start, sponsor_ref.end, sponsor_ref.state, _via(sponsor_ref),
                      2, inner=True))


def _via(ref: StateRef) -> str:
    return {"name": "kb", "demonym": "demonym", "capital": "metonym"}[ref.form]


def _left_forms(ctx: ArticleContext, links: list[SponsorLink], used: set[int]) -> None:
    """"Iran-backed militias", "the Iraqi-linked and Iranian-backed militias", "pro-Iran forces"."""
    doc = ctx.doc
    refs = sorted({(r.start, r.end): r for r in ctx.state_refs.values()}.values(),
                  key=lambda r: r.start)
    for ref in refs:
        if ref.start in used:
            continue
        pro = ref.start >= 2 and doc[ref.start - 1].text == "-" \
            and doc[ref.start - 2].lower_ in ctx.tables.pro_prefixes
        after = ref.end if pro else _participle_after(ctx, ref)
        if after is None:
            continue
        first = ref.start - 2 if pro else ref.start
        # coordinated sponsor phrases share the head: "Iraqi-linked and Iranian-backed militias"
        chain = [(first, after, ref)]
        k = after
        while k + 1 < len(doc) and doc[k].lower_ in ("and", "or", ","):
            nxt = ctx.state_refs.get(k + 1)
            end2 = _participle_after(ctx, nxt) if nxt is not None and nxt.start == k + 1 else None
            if nxt is None or end2 is None:
                break
            chain.append((nxt.start, end2, nxt))
            k = end2
        named = _named_at(ctx, k)
        if named is not None:
            for _, _, r in chain:
                links.append(SponsorLink(r.state, named.actor_id, named.start))
                ctx.add(Found(r.start, r.end, r.state, _via(r), 2))
            used.update(range(first, k))
            continue
        head = _head_after(ctx, k)
        if head is None:
            continue
        country = _explicit_country(ctx, head + 1)
        head_text = ctx.span_text(k, head + 1)
        for n, (s, e, r) in enumerate(chain):
            last = n == len(chain) - 1
            end = head + 1 if last else e
            surface = None if last else f"{ctx.span_text(s, e)} {head_text}"
            _emit(ctx, s, end, head, r.state, country, links, surface, r)
        used.update(range(first, head + 1))


def _right_forms(ctx: ArticleContext, links: list[SponsorLink], used: set[int]) -> None:
    """"a militia backed by Iran", "factions allegedly backed by Iraq", "proxies of Iran"."""
    doc = ctx.doc
    t = ctx.tables
    for tok in doc:
        i = tok.i
        if i in used or tok.lower_ not in t.group_heads:
            continue
        if i + 1 < len(doc) and doc[i + 1].lower_ in t.group_heads:
            continue
        start = i
        while start > 0 and _is_modifier(doc[start - 1]) and i - start < _MAX_MODIFIERS \
                and (start - 1) not in ctx.state_refs and (start - 1) not in used:
            start -= 1
        if start > 0 and (start - 1) in ctx.state_refs:
            continue  # "Iraqi forces backed by Iran" are Iraq's forces
        k = i + 1
        ref: StateRef | None = None
        if tok.lower_ in t.proxy_heads and k < len(doc) and doc[k].lower_ == "of":
            ref = _ref_at(ctx, k + 1)
        else:
            if k + 1 < len(doc) and doc[k].lower_ in _RELATIVES and doc[k + 1].lower_ in _COPULAS:
                k += 2
                if k + 1 < len(doc) and doc[k].lower_ in t.pro_prefixes and doc[k + 1].text == "-":
                    ref = _ref_at(ctx, k + 2)
            else:
                while k < len(doc) and doc[k].lower_ in t.hedges:
                    k += 1
                if k + 1 < len(doc) and doc[k].lower_ in t.sponsor_participles \
                        and doc[k + 1].lower_ in t.sponsor_prepositions:
                    ref = _ref_at(ctx, k + 2)
        if ref is None:
            continue
        named = next((f for f in ctx.found if f.start <= i < f.end
                      and f.via in ("kb", "alias", "new")), None)
        if named is not None:
            # "the Popular Mobilization Forces, backed by Iran": a relation, not a collective
            links.append(SponsorLink(ref.state, named.actor_id, i))
            ctx.add(Found(ref.start, ref.end, ref.state, _via(ref), 2))
            continue
        end = ref.end
        country = _explicit_country(ctx, end)
        _emit(ctx, start, end, i, ref.state, country, links, sponsor_ref=ref)
        used.update(range(start, end))


def _ref_at(ctx: ArticleContext, k: int) -> StateRef | None:
    doc = ctx.doc
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    ref = ctx.state_refs.get(k)
    return ref if ref is not None and ref.start == k else None


def _demonym_forms(ctx: ArticleContext, links: list[SponsorLink], used: set[int]) -> None:
    """"Iranian militias", "Iran's proxies", "Iraqi militias"."""
    from allegiance.actors.described import identities  # described.py builds on this module

    doc = ctx.doc
    t = ctx.tables
    seen: set[int] = set()
    for ref in ctx.state_refs.values():
        if ref.start in seen or ref.start in used:
            continue
        seen.add(ref.start)
        k = ref.end
        if k < len(doc) and (doc[k].tag_ == "POS" or doc[k].lower_ in ("'s", "’s")):
            k += 1
        head = _head_after(ctx, k, frozenset(identities().by_word))
        if head is None:
            continue
        phrase = " ".join(x.lower_ for x in doc[k:head + 1])
        head_low = doc[head].lower_
        militia = head_low in t.militia_heads or phrase in t.militia_heads or any(
            phrase.endswith(p) for p in t.militia_heads if " " in p)
        if head_low in t.proxy_heads:
            sponsor: str | None = ref.state
            country = ctx.operating_country(ref.state, head)
        elif militia:
            where = ctx.operating_country(ref.state, head)
            sponsor = None if where in (None, ref.state) else ref.state
            country = where or ref.state
        else:
            continue
        explicit = _explicit_country(ctx, head + 1)
        if explicit is not None:
            country = explicit.state
            sponsor = None if explicit.state == ref.state else ref.state
        actor_id = collective_actor(ctx, sponsor, country)
        ctx.add(Found(ref.start, head + 1, actor_id, "collective", RANK_PHRASE,
                      plural=is_plural(doc[head])))
        ctx.add(Found(ref.start, ref.end, ref.state, _via(ref), 2, inner=True))
        ctx.add_surface(actor_id, ctx.span_text(ref.start, head + 1))
        if sponsor:
            links.append(SponsorLink(sponsor, actor_id, head))
        used.update(range(ref.start, head + 1))


def find_collectives(ctx: ArticleContext) -> list[SponsorLink]:
    """Add collective mentions to ``ctx.found``; return the ``backs`` links seen."""
    links: list[SponsorLink] = []
    used: set[int] = set()
    _left_forms(ctx, links, used)
    _right_forms(ctx, links, used)
    _demonym_forms(ctx, links, used)
    return links
