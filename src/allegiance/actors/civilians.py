"""People who are no organisation: "Iraqi protesters", "civilians in Idlib"; armed men
nobody names: "unidentified gunmen", "a suicide bomber".

Conflict data code unorganised people as actors of their country: ACLED's
"Protesters (Iraq)" and "Civilians (Iraq)", CAMEO's IRQOPP and IRQCVL. A noun phrase
headed by a protester or civilian noun (``heads.yaml``) that no other rule took is
the protesters or civilians of a country:

- the state named by a demonym or name before the head ("Iraqi protesters", "Syrian
  refugees");
- else the place it is in ("demonstrators in Baghdad", "civilians in Idlib": a state
  or a place the gazetteer puts in one);
- else, when the article places its story in one country (a state named as a place in
  the sentence, or the country most of its towns lie in), that country;
- else nothing: people of no known country are left unnamed.

Armed men of no named group ("gunmen", "assailants", "a suicide bomber") are the
country's unnamed armed groups (the collective "armed groups in Iran"), found the same
way. The protesters and civilians actors are of kind ``other`` and belong to no state's side: "police fired on
protesters" is a dyad, not a state acting on itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance import ids
from allegiance.actors.collectives import RANK_PHRASE, collective_actor, is_plural
from allegiance.actors.context import ArticleContext, Found
from allegiance.gazetteer import load_gazetteer
from allegiance.records import Actor, ActorKind

_ARMED = "armed"
# modifiers allowed between a demonym and the head ("Syrian Kurdish refugees" is left
# to the described groups)
_MAX_GAP = 2
_PLACE_PREPS = ("in", "from", "of", "across", "throughout", "inside")


def find_civilians(ctx: ArticleContext) -> None:
    """Add protester, civilian and unnamed armed-group mentions to ``ctx.found``."""
    taken = {i for f in ctx.found if not f.inner for i in range(f.start, f.end)}
    heads = {w: "protesters" for w in ctx.tables.protester_heads}
    heads.update({w: "civilians" for w in ctx.tables.civilian_heads})
    heads.update({w: _ARMED for w in ctx.tables.unnamed_armed_heads})
    for tok in ctx.doc:
        kind = heads.get(tok.lower_)
        if kind is None and tok.lower_ in ("bomber", "bombers") and tok.i > 0 \
                and ctx.doc[tok.i - 1].lower_ == "suicide":
            kind = _ARMED  # "a suicide bomber" (not "Russian bombers", aircraft)
        if kind is None or tok.pos_ not in ("NOUN", "PROPN", "") or tok.i in taken:
            continue
        if any(c.dep_ in ("poss", "compound") and (c.i in taken or c.ent_type_ == "ORG")
               and c.i not in ctx.state_refs for c in tok.children):
            continue  # "Hamas supporters", "the party's activists": the owner's own
        start, state = _before(ctx, tok)
        if start is None:
            continue
        country = state or _where(ctx, tok)
        if country is None or ctx.kb.get(country) is None:
            continue
        if kind == _ARMED:
            # "unidentified gunmen", "a suicide bomber": an armed group of the country
            # nobody names (ACLED's "Unidentified Armed Group (Iran)")
            actor_id, via = collective_actor(ctx, None, country), "collective"
        else:
            actor_id, via = ids.civilians_id(kind, country), "civilians"
            if actor_id not in ctx.created:
                place = ctx.kb.get(country)
                name = f"{kind} in {place.name if place else country}"
                ctx.created[actor_id] = Actor(actor_id, name, ActorKind.OTHER, country)
        ctx.add(Found(start, tok.i + 1, actor_id, via, RANK_PHRASE, plural=is_plural(tok)))
        ctx.add_surface(actor_id, ctx.span_text(start, tok.i + 1))
        if state is not None:
            ref = ctx.state_refs[start]
            ctx.add(Found(ref.start, ref.end, ref.state, "demonym", 2, inner=True))


def _before(ctx: ArticleContext, head: Token) -> tuple[int | None, str | None]:
    """(start of the phrase, the state a demonym or name before the head names); start
    None when a word before it makes it something else ("Kurdish refugees")."""
    doc = ctx.doc
    start = head.i
    k = head.i - 1
    gap = 0
    while k >= 0 and gap <= _MAX_GAP:
        t = doc[k]
        ref = ctx.state_refs.get(k)
        if ref is not None and ref.end == k + 1 and (t.dep_ in ("amod", "compound", "poss")
                                                     or t.head.i == head.i):
            return ref.start, ref.state
        if t.tag_ == "POS" and k > 0 and ctx.state_refs.get(k - 1) is not None:
            ref = ctx.state_refs[k - 1]
            return ref.start, ref.state  # "Syria's refugees"
        if t.ent_type_ == "NORP":
            return None, None  # "Kurdish refugees", "Shia pilgrims": the described groups'
        if t.dep_ not in ("amod", "compound", "nummod") or (t.head.i != head.i and \
                t.head.dep_ not in ("amod", "compound")):
            break
        if t.dep_ in ("amod", "compound"):
            start = k  # "striking workers", "local residents"
        gap += 1
        k -= 1
    return start, None


def _where(ctx: ArticleContext, head: Token) -> str | None:
    """The country of the place the phrase is in, else the article's."""
    gaz = load_gazetteer()
    for p in head.children:
        if p.dep_ != "prep" or p.lower_ not in _PLACE_PREPS:
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            ref = next((r for r in ctx.state_refs.values() if r.start <= o.i < r.end), None)
            if ref is not None:
                return ref.state
            if o.ent_type_ in ("GPE", "LOC", "FAC"):
                ent = next((e for e in ctx.doc.ents if e.start <= o.i < e.end), None)
                loc = gaz.lookup(ent.text) if ent is not None else None
                if loc is not None and loc.country:
                    return loc.country
    s = ctx.sent_index(head.i)
    here = [r.state for r in ctx.locatives if ctx.sent_index(r.start) == s]
    if here:
        return here[0]
    if ctx.place_counts:
        return max((n, c) for c, n in ctx.place_counts.items())[1]
    return None
