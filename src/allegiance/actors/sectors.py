"""States and their sectors: "Iraq", "Iraqi forces", "US leaders", "Tehran".

Decisions (documented in the README of the stage):

- A state's name, short form ("U.S.", "US") or capital used as an actor
  ("Tehran said") is the state (``via`` ``kb``/``metonym``). A capital after a
  locative preposition ("a building in Tehran") is a place, not an actor, but one
  aimed at ("fired rockets at Riyadh") or arrived in ("landed in Baghdad") is the
  state.
- Demonym or state + a military head ("Iraqi forces", "US troops", "Israeli
  Air Force") is the state's military sector ``kb.sector(state, "MIL")``; + a
  government head ("Iraqi government", "US leaders", "Iraq's leadership") its
  government ``kb.sector(state, "GOV")`` (``via`` ``sector``).
- A bare demonym on any other noun ("Iranian resources", "Israeli
  interests") is the state itself (``via`` ``demonym``), and so is a plural
  demonym noun ("Americans", "Iraqis": the people of, standing for the state).
- "<Person> regime/administration/government" is the government of the
  person's state when the KB knows it ("the Trump administration").
- A sector head before the state, joined by "of", "from" or (for civil heads and
  the police) "in", is the same sector: "the authorities in the U.S.", "officials
  in Washington", "police in France", "the armed forces of Syria". "Troops in
  Syria" are not Syria's: an army is where it is sent, a state's officials where
  they serve.
- A KB name after the state is that actor, not a sector: "Iraq's Popular
  Mobilization Forces" is the PMF (with "Iraq" kept), not Iraq's military.
- Definite phrases with no state ("the army", "the cabinet") are left to
  ``coref``, which knows the article's dominant state.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.actors.collectives import RANK_PHRASE, is_plural
from allegiance.actors.context import ArticleContext, Found, StateRef
from allegiance.records import ActorKind

RANK_STATE = 2
# Compound words allowed between a demonym and its head ("Iraqi security forces").
_MAX_COMPOUND = 4
_VIA = {"name": "kb", "demonym": "demonym", "capital": "metonym"}


def _noun_like(tok: Token) -> bool:
    if tok.is_punct or tok.like_num:
        return False
    if tok.pos_:
        return tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.tag_ != "POS"
    return tok.is_alpha and not tok.is_stop


def phrase_head(ctx: ArticleContext, i: int) -> int | None:
    """Last token of the noun compound starting at ``i`` ("security forces" -> forces)."""
    doc = ctx.doc
    j = i
    while j < len(doc) and j - i < _MAX_COMPOUND and _noun_like(doc[j]) \
            and j not in ctx.state_refs:
        j += 1
    return j - 1 if j > i else None


def sector_of(ctx: ArticleContext, ref: StateRef) -> tuple[str, int] | None:
    """(sector, head token) when a state ref begins a sector phrase."""
    doc = ctx.doc
    k = ref.end
    if k < len(doc) and (doc[k].tag_ == "POS" or doc[k].lower_ in ("'s", "’s")):
        k += 1
    head = phrase_head(ctx, k)
    if head is None:
        return None
    if any(doc[j].ent_type_ == "NORP" for j in range(k, head)):
        return None  # "the Syrian Kurdish government" is not Syria's
    if any(_names_other_actor(ctx, j, ref.state) for j in range(k, head + 1)):
        return None  # "Iraq's Popular Mobilization Forces" is the PMF, not Iraq's army
    if _rebel_name(ctx, ref, head):
        return None  # "Sudan Liberation Army", "Free Syrian Army": a movement's name
    low = doc[head].lower_
    if low in ctx.tables.military_heads:
        return "MIL", head
    if low in ctx.tables.government_heads:
        return "GOV", head
    return None


def _shared_sector(ctx: ArticleContext, ref: StateRef) -> tuple[str, int] | None:
    """(sector, head) of the next conjunct when a state ref is the first of coordinated
    ones sharing a sector noun ("Turkish and Russian officials", "US, British and French
    troops")."""
    doc = ctx.doc
    k = ref.end
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].lower_ in ("and", "or"):
        k += 1
    if k == ref.end or k >= len(doc):
        return None
    ent = ctx.ent_at[k]
    if ent is not None and ent.start == k and ent.ent_id_:
        # the next conjunct is a sector the KB names ("Russian officials")
        state, _, code = ent.ent_id_.partition("-")
        if code in ("GOV", "MIL") and state != ref.state and ctx.kb.get(ent.ent_id_):
            return code, ent.end - 1
    nxt = ctx.state_refs.get(k)
    if nxt is None or nxt.start != k or nxt.state == ref.state:
        return None
    return sector_of(ctx, nxt) or _shared_sector(ctx, nxt)


_POSTNOMINAL_PREPS = {"of": True, "from": True, "in": False}  # prep -> armed heads allowed


def _postnominal_sector(ctx: ArticleContext, ref: StateRef) -> tuple[str, int] | None:
    """(sector, head token) when the state is the object of "of"/"from"/"in" after a
    bare sector head ("authorities in the U.S.", "the armed forces of Syria")."""
    doc = ctx.doc
    root = doc[ref.end - 1]
    prep = root.head
    if root.dep_ != "pobj" or (prep.i != ref.start - 1 and not (
            prep.i == ref.start - 2 and doc[ref.start - 1].lower_ == "the")):
        return None
    armed = _POSTNOMINAL_PREPS.get(prep.lower_)
    head = prep.head
    if armed is None or prep.dep_ != "prep" or head.i >= prep.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(j in ctx.state_refs or ctx.ent_at[j] is not None
           for j in range(head.left_edge.i, head.i + 1)):
        return None  # "US forces in Iraq", "Kurdish officials in Syria": theirs already
    low = head.lower_
    phrase = " ".join(t.lower_ for t in doc[head.i - 1:head.i + 1]) if head.i else low
    # "police", "security forces": a state's own forces at home, so "in" names the state
    policing = ctx.tables.definite_sectors.get(phrase) or ctx.tables.definite_sectors.get(low)
    if low in ctx.tables.government_heads:
        code = "GOV"
    elif policing is not None and (armed or low == "police" or phrase == "security forces"):
        code = policing
    elif armed and low in ctx.tables.military_heads:
        code = "MIL"
    else:
        return None
    start = head.i
    while start > head.left_edge.i and doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN"):
        start -= 1  # "security forces in Iraq", "federal police in Iraq"
    return code, start


def _rebel_name(ctx: ArticleContext, ref: StateRef, head: int) -> bool:
    """A capitalised word of a rebel movement's name just before the state or between
    it and the sector head."""
    doc = ctx.doc
    words = [doc[j] for j in range(ref.end, head)]
    if ref.start > 0:
        words.append(doc[ref.start - 1])
    return any(w.text[:1].isupper() and not w.is_sent_start
               and w.lower_ in ctx.tables.insurgent_name_words for w in words)


def _names_other_actor(ctx: ArticleContext, i: int, state: str) -> bool:
    """Whether token ``i`` is part of a KB name other than the state's own sectors."""
    ent = ctx.ent_at[i]
    if ent is None or not ent.ent_id_:
        return False
    actor_id = ent.ent_id_
    if actor_id in (f"{state}-GOV", f"{state}-MIL"):
        return False
    return ctx.actor_kind(actor_id) is not ActorKind.STATE


def _is_place(ctx: ArticleContext, ref: StateRef) -> bool:
    """A capital used as a place: "in Tehran", "Brussels airport"."""
    if ref.form != "capital":
        return False
    doc = ctx.doc
    if ref.end < len(doc) and doc[ref.end].lower_ in ctx.tables.place_nouns:
        return True
    if ref.start == 0:
        return False
    before = doc[ref.start - 1]
    if before.lower_ == "at" and before.head.pos_ in ("VERB", "NOUN") and any(
            c.dep_ == "dobj" for c in before.head.children):
        return False  # "fired missiles at Riyadh": the state is what is aimed at
    if before.lower_ == "in" and before.head.lemma_.lower() in ctx.tables.arrival_verbs:
        return False  # "arrived in Moscow for talks": the state visited
    if before.lower_ == "in" and ref.start >= 2 and (
            doc[ref.start - 2].lemma_.lower() in ctx.tables.partner_nouns
            or before.head.lemma_.lower() in ctx.tables.partner_nouns):
        return False  # "its partners in Riyadh", "our allies in Kabul": the state
    return before.lower_ in ctx.tables.locatives


def find_states(ctx: ArticleContext) -> None:
    """Add state, sector and person-government mentions to ``ctx.found``."""
    doc = ctx.doc
    seen: set[int] = set()
    for ref in sorted(ctx.state_refs.values(), key=lambda r: r.start):
        if ref.start in seen:
            continue
        seen.add(ref.start)
        if ref.start in ctx.described_tokens:
            continue  # "Syrian Kurdish forces": the demonym was kept inside the phrase
        behind = _postnominal_sector(ctx, ref)
        if behind is not None:
            code, head = behind
            entry = ctx.kb.sector(ref.state, code)
            ctx.add(Found(head, ref.end, entry.id, "sector", RANK_PHRASE,
                          plural=is_plural(doc[head])))
            ctx.add(Found(ref.start, ref.end, ref.state, _VIA[ref.form], RANK_STATE, inner=True))
            continue
        if _is_place(ctx, ref):
            continue
        sector = sector_of(ctx, ref)
        if sector is not None:
            code, head = sector
            entry = ctx.kb.sector(ref.state, code)
            ctx.add(Found(ref.start, head + 1, entry.id, "sector", RANK_PHRASE,
                          plural=is_plural(doc[head])))
            ctx.add_surface(entry.id, ctx.span_text(ref.start, head + 1))
            ctx.add(Found(ref.start, ref.end, ref.state, _VIA[ref.form], RANK_STATE, inner=True))
            continue
        shared = _shared_sector(ctx, ref)
        if shared is not None:
            # "Turkish and Russian officials": the first state's officials too
            entry = ctx.kb.sector(ref.state, shared[0])
            ctx.add(Found(ref.start, ref.end, entry.id, "sector", RANK_PHRASE,
                          plural=is_plural(doc[shared[1]])))
            continue
        nxt = doc[ref.end] if ref.end < len(doc) else None
        if ref.form == "demonym" and nxt is not None \
                and nxt.lower_ in ctx.tables.not_state_nouns:
            continue
        plural = ref.form == "demonym" and ref.end - ref.start == 1 and is_plural(doc[ref.start]) \
            and doc[ref.start].pos_ in ("PROPN", "NOUN", "")
        ctx.add(Found(ref.start, ref.end, ref.state, _VIA[ref.form], RANK_STATE, plural=plural))
        ctx.add_surface(ref.state, ctx.span_text(ref.start, ref.end))


_JUSTICE_HEADS = frozenset({"court", "courts", "tribunal", "judge", "judges", "prosecutor",
                            "prosecutors"})


def town_courts(ctx: ArticleContext) -> None:
    """"a court in Istanbul", "prosecutors in Milan": a state's justice sits in its
    towns, so the court is the government of the country the gazetteer puts the town
    in. Only courts and prosecutors: "authorities in Idlib" or "police in Gaza" may be
    whoever holds the town."""
    doc = ctx.doc
    taken = {j for f in ctx.found for j in range(f.start, f.end)}
    for ent in doc.ents:
        prep = ent.root.head
        head = prep.head
        if ent.root.dep_ != "pobj" or prep.lower_ != "in" or head.i >= prep.i \
                or head.lower_ not in _JUSTICE_HEADS or head.i in taken \
                or any(t.i in taken for t in ent):
            continue
        countries = ctx.place_countries([ent])
        if not countries or ctx.kb.get(countries[0]) is None:
            continue
        start = head.i
        while start > head.left_edge.i and doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN"):
            start -= 1  # "an appeals court in Istanbul"
        entry = ctx.kb.sector(countries[0], "GOV")
        ctx.add(Found(start, head.i + 1, entry.id, "sector", RANK_PHRASE,
                      plural=is_plural(head)))


def person_governments(ctx: ArticleContext) -> None:
    """"the Assad regime", "the Trump administration": the person's state's government."""
    doc = ctx.doc
    for f in list(ctx.found):
        if ctx.actor_kind(f.actor_id) is not ActorKind.PERSON or f.end >= len(doc):
            continue
        if doc[f.end].lower_ not in ctx.tables.government_anaphors:
            continue
        state = _person_state(ctx, f.actor_id)
        if state is None:
            continue
        entry = ctx.kb.sector(state, "GOV")
        ctx.add(Found(f.start, f.end + 1, entry.id, "sector", RANK_PHRASE))
        ctx.add_surface(entry.id, ctx.span_text(f.start, f.end + 1))
        f.inner = True


def _person_state(ctx: ArticleContext, actor_id: str) -> str | None:
    entry = ctx.kb.get(actor_id)
    if entry is None:
        return None
    for role in entry.roles:
        org = ctx.kb.get(role.organization) if role.organization else None
        if org is not None and org.kind is ActorKind.STATE:
            return org.id
    return entry.country
