"""Resolve named spans to actors: KB ids, aliases, context choice, people.

- A ruler id is taken as is; otherwise ``kb.candidates(surface)``, then the
  surface without a trailing group word ("Islamic Resistance factions").
- Several candidates (Fatah: the Iraqi alliance or the Palestinian movement):
  the entry whose ``context`` words the article uses most wins, then the one
  of the article's focus state, then one of a state the article names.
- People: full names first (KB by name, else KB by surname + first name,
  else a new person); then short forms ("Sudani", "Mr Ameri", "Hussein")
  link to a full name of the same article with that surname (several: the
  one named last before), else to the one person of the article with that
  given name ("Karim" after "Karim Wasifi"), else to the one KB person with
  that surname, else become a new person. One-word organisation spans that
  are such a surname or given name ("Begum", "El Hindawi") are that person.
- "USS Mahan", "HMS Daring": the navy of the prefix's state (its MIL sector).
- "Iraq's Council of Representatives", "the Senate": a state institution is
  the government of the state that owns it, else of the dominant state; an
  unknown organisation after "<State>'s" belongs to that state.
- "Popular Mobilization volunteers": the distinctive part of a KB name the
  article uses, before a member noun, is that actor (``member_phrases``).
- States, demonyms and capitals are left to ``sectors``; other places (GPE,
  LOC, FAC that are not states) are not actors.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from allegiance.actors.collectives import is_plural
from allegiance.actors.context import ArticleContext, Found
from allegiance.actors.detect import Named
from allegiance.actors.newactors import country_in, is_junk, is_place, new_actor, org_kind
from allegiance.actors.sectors import sector_of
from allegiance.actors.tables import Tables, load_tables
from allegiance.kb import normalise_alias
from allegiance.records import ActorKind

if TYPE_CHECKING:
    from allegiance.kb import KBEntry, KnowledgeBase

RANK_NAMED = 2
RANK_NEW = 3
# Longest distinctive part of a name read before a member noun.
_MAX_STEM_TOKENS = 6
# Organisation words that make a PERSON-labelled span an organisation
# ("Saray al-Jihad Group"), besides the armed-group and party words.
_GROUP_NAME_WORDS = frozenset({"group", "organisation", "organization", "committee", "council"})
_PERSONISH = frozenset({ActorKind.PERSON})


def context_score(ctx: ArticleContext, entry: KBEntry) -> int:
    """How many of an entry's context words the article uses."""
    score = 0
    for term in entry.context:
        low = term.lower()
        if " " in low:
            score += f" {low} " in f" {ctx.folded_text} "
        else:
            score += low in ctx.words
    return score


def choose(ctx: ArticleContext, entries: Sequence[KBEntry], label: str) -> KBEntry:
    """The candidate that fits the article best (context words, then focus)."""
    pool = list(entries)
    if label == "PERSON":
        people = [e for e in pool if e.kind in _PERSONISH]
        pool = people or pool
    elif label in ("ORG", "NORP"):
        orgs = [e for e in pool if e.kind not in _PERSONISH]
        pool = orgs or pool
    if len(pool) == 1:
        return pool[0]
    focus = ctx.focus_state
    named = set(ctx.state_counts)

    def key(e: KBEntry) -> tuple[int, int, int]:
        country = e.id if e.kind is ActorKind.STATE else e.country
        return (context_score(ctx, e), int(country is not None and country == focus),
                int(country in named))

    return max(pool, key=key)


def _kb_entry(ctx: ArticleContext, text: str, label: str) -> KBEntry | None:
    cands = ctx.kb.candidates(text)
    if not cands:
        return None
    return choose(ctx, cands, label)


def _record(ctx: ArticleContext, start: int, end: int, actor_id: str, via: str, rank: int,
            label: str) -> None:
    # "Iraqi forces", "Houthi rebels" name many: "they" may refer to them (an
    # unknown organisation with a plural-looking name, "Deferred Action for
    # Childhood Arrivals", is a programme or a company more often than not)
    plural = label != "PERSON" and is_plural(ctx.doc[end - 1]) and (
        ctx.kb.get(actor_id) is not None
        or ctx.actor_kind(actor_id) not in (ActorKind.ORGANIZATION, ActorKind.IGO))
    ctx.add(Found(start, end, actor_id, via, rank, plural=plural, label=label))
    ctx.add_surface(actor_id, ctx.span_text(start, end))


def _strip_group_word(ctx: ArticleContext, start: int, end: int) -> int:
    doc = ctx.doc
    while end - start > 1 and doc[end - 1].lower_ in ctx.tables.group_heads:
        end -= 1
    return end


def _rebel_sector_name(ctx: ArticleContext, start: int, end: int, entry: KBEntry) -> bool:
    """A state's forces ("Syria Army") right after a capitalised word of a rebel
    movement's name ("Free")."""
    if entry.id != f"{entry.country}-MIL" or start == 0:
        return False
    before = ctx.doc[start - 1]
    return before.text[:1].isupper() and before.lower_ in ctx.tables.insurgent_name_words


def resolve_org(ctx: ArticleContext, span: Named, pending: list[Named]) -> None:
    """Resolve a non-person named span (or leave it to ``sectors``/drop it)."""
    start, end, label = span.start, span.end, span.label
    ref = ctx.state_refs.get(start)
    if ref is not None and ref.start == start and ref.end >= end:
        return  # a state, demonym or capital: sectors.find_states
    if span.ent_id:
        entry = ctx.kb.get(span.ent_id)
        if entry is not None and entry.kind is not ActorKind.STATE:
            if _rebel_sector_name(ctx, start, end, entry):
                # "Free Syria Army": the name of a movement, not Syria's army
                pending.append(Named(start - 1, end, "ORG"))
                return
            _record(ctx, start, end, entry.id, "kb", RANK_NAMED, label)
            return
    text = ctx.span_text(start, end)
    entry = _kb_entry(ctx, text, label)
    if entry is None:
        short = _strip_group_word(ctx, start, end)
        if short < end:
            entry = _kb_entry(ctx, ctx.span_text(start, short), label)
            if entry is not None:
                end = short
    if entry is not None:
        if entry.kind is ActorKind.STATE:
            return
        _record(ctx, start, end, entry.id, "alias", RANK_NAMED, label)
        return
    if vessel(ctx, start, end) or state_institution(ctx, start, end, label):
        return
    if label not in ("ORG",) or is_junk(ctx, start, end, label) \
            or ctx.title_case_sentence(start) or is_place(ctx, start, end, label):
        return  # headlines capitalise every word: no new names from them
    if ref is not None and ref.start == start and sector_of(ctx, ref) is not None:
        return  # "Israeli Air Force": a sector phrase, left to sectors
    pending.append(Named(start, end, label))


def vessel(ctx: ArticleContext, start: int, end: int) -> bool:
    """"USS Mahan", "HMS Daring": a warship is its state's military (recorded here)."""
    state = ctx.tables.vessel_prefixes.get(ctx.doc[start].text)
    if state is None or end - start < 2 or ctx.kb.get(state) is None:
        return False
    entry = ctx.kb.sector(state, "MIL")
    _record(ctx, start, end, entry.id, "sector", RANK_NAMED, "ORG")
    return True


def owner_state(ctx: ArticleContext, start: int) -> str | None:
    """The state that owns a name starting at ``start``: "Iraq's Council of
    Representatives", "the Turkish National Assembly"."""
    doc = ctx.doc
    if start >= 2 and (doc[start - 1].tag_ == "POS" or doc[start - 1].lower_ in ("'s", "’s")):
        ref = ctx.state_refs.get(start - 2)
        if ref is not None and ref.end == start - 1:
            return ref.state
    ref = ctx.state_refs.get(start - 1) if start >= 1 else None
    if ref is not None and ref.end == start and ref.form == "demonym":
        return ref.state
    return None


def state_institution(ctx: ArticleContext, start: int, end: int, label: str) -> bool:
    """"the Senate", "Iraq's Council of Representatives": the government of the state
    that owns it, else of the dominant state when the article clearly has one
    (recorded here)."""
    text = normalise_alias(ctx.span_text(start, end))
    state = owner_state(ctx, start) or ctx.dominant_state
    if text not in ctx.tables.institutions or state is None or ctx.kb.get(state) is None:
        return False
    _record(ctx, start, end, ctx.kb.sector(state, "GOV").id, "sector", RANK_NAMED, label)
    return True


def _known_suffix(ctx: ArticleContext, start: int, end: int) -> str | None:
    """An organisation named earlier whose name ends in this one word.

    "the Times" after "the New York Times", "the Post" after "the Washington Post".
    """
    if end - start != 1:
        return None
    word = ctx.doc[start].lower_
    owners: list[str] = []
    for f in ctx.found:
        if f.start >= start or f.end - f.start < 2 or f.label == "PERSON":
            continue
        kind = ctx.actor_kind(f.actor_id)
        if kind in (None, ActorKind.PERSON, ActorKind.STATE) or f.via not in ("kb", "alias", "new"):
            continue
        if ctx.doc[f.end - 1].lower_ == word and f.actor_id not in owners:
            owners.append(f.actor_id)
    return owners[0] if len(owners) == 1 else None


def _known_prefix(ctx: ArticleContext, start: int, end: int) -> str | None:
    """A KB organisation of the article whose name begins with these words.

    "the Islamic Resistance factions" after "the Islamic Resistance in Iraq".
    """
    words = normalise_alias(ctx.span_text(start, end))
    if len(words.split()) < 2:
        return None
    for f in ctx.found:
        entry = ctx.kb.get(f.actor_id) if f.via in ("kb", "alias") else None
        if entry is None or entry.kind in (ActorKind.PERSON, ActorKind.STATE):
            continue
        for name in (entry.name, *entry.aliases):
            if normalise_alias(name).startswith(words + " "):
                return entry.id
    return None


def new_org(ctx: ArticleContext, span: Named) -> None:
    """An organisation the KB does not know: a known one's short form, else a new actor."""
    start, end = span.start, span.end
    known = _known_prefix(ctx, start, _strip_group_word(ctx, start, end)) \
        or _known_suffix(ctx, start, end)
    if known is not None:
        _record(ctx, start, end, known, "alias", RANK_NAMED, span.label)
        return
    kind = org_kind(ctx, start, end)
    # "Iraq's Supreme Judicial Council": the owner named before is the country
    country = country_in(ctx, start, end) or owner_state(ctx, start)
    actor_id = new_actor(ctx, start, end, kind, country=country)
    _record(ctx, start, end, actor_id, "new", RANK_NEW, span.label)


# --- people ----------------------------------------------------------------


def _name_words(ctx: ArticleContext, start: int, end: int) -> list[str]:
    return _plain_words(ctx.span_text(start, end), ctx.tables)


def _surname(words: Sequence[str]) -> str:
    return words[-1].casefold() if words else ""


@lru_cache(maxsize=4)
def _kb_people(kb: KnowledgeBase) -> dict[str, tuple[KBEntry, ...]]:
    """KB people by surname (last word of the name or an alias)."""
    tables = load_tables()
    out: dict[str, list[KBEntry]] = {}
    for entry in kb:
        if entry.kind is not ActorKind.PERSON:
            continue
        for name in (entry.name, *entry.aliases):
            words = [w for w in _plain_words(name, tables) if w[:1].isalpha()]
            if words:
                bucket = out.setdefault(words[-1].casefold(), [])
                if entry not in bucket:
                    bucket.append(entry)
    return {k: tuple(v) for k, v in out.items()}


def _plain_words(text: str, tables: Tables) -> list[str]:
    out = []
    for word in text.split():
        head, sep, rest = word.partition("-")
        if sep and head.lower() in tables.particles and rest:
            word = rest
        word = word.strip(",;:'’\"()")
        if word and word.lower() not in tables.particles | tables.honorifics:
            out.append(word)
    return out


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def _same_person(words: Sequence[str], entry: KBEntry, tables: Tables) -> bool:
    """Whether a full name is one of the entry's names give or take initials.

    "Douglas J. Silliman" is "Douglas Silliman"; "Mohammed Noor Masri" is not
    "Mohammed al-Masri" (an extra given name is another person, often).
    """
    mine = [w.casefold() for w in words]
    for name in (entry.name, *entry.aliases):
        theirs = [w.casefold() for w in _plain_words(name, tables)]
        if len(theirs) < 2 or theirs[0] != mine[0] or theirs[-1] != mine[-1]:
            continue
        extra = [w for w in mine if w not in theirs]
        missing = [w for w in theirs if w not in mine]
        if all(_is_initial(w) for w in extra) and all(_is_initial(w) for w in missing):
            return True
    return False


def resolve_people(ctx: ArticleContext, spans: Sequence[Named]) -> None:
    """Resolve PERSON spans: full names, then short forms within the article."""
    full: list[tuple[Named, list[str]]] = []
    short: list[tuple[Named, list[str]]] = []
    for span in spans:
        if is_junk(ctx, span.start, span.end, "PERSON"):
            continue
        if not span.ent_id and not ctx.kb.candidates(ctx.span_text(span.start, span.end)) and (
                ctx.title_case_sentence(span.start)
                or is_place(ctx, span.start, span.end, "PERSON")):
            continue  # headline words ("Background: A History of ..."), places ("in Baghuz")
        words = _name_words(ctx, span.start, span.end)
        if not words:
            continue
        (full if len(words) >= 2 else short).append((span, words))
    by_surname: dict[str, set[str]] = {}
    by_given: dict[str, set[str]] = {}
    people = _kb_people(ctx.kb)
    for span, words in full:
        if vessel(ctx, span.start, span.end):
            continue
        actor_id, via = _resolve_full(ctx, span, words, people)
        by_surname.setdefault(_surname(words), set()).add(actor_id)
        by_given.setdefault(words[0].casefold(), set()).add(actor_id)
        _record(ctx, span.start, span.end, actor_id, via, RANK_NAMED, "PERSON")
    for span, words in short:
        sur = _surname(words)
        ids_ = by_surname.get(sur, set())
        if len(ids_) == 1:
            _record(ctx, span.start, span.end, next(iter(ids_)), "alias", RANK_NAMED, "PERSON")
            continue
        if ids_:
            latest = latest_person(ctx, span.start, ids_)
            if latest is not None:
                _record(ctx, span.start, span.end, latest, "alias", RANK_NAMED, "PERSON")
            continue  # else two people of the article share the surname: do not guess
        given = by_given.get(sur, set())
        if len(given) == 1 and sur in ctx.tables.given_names:
            # "Karim" after "Karim Wasifi": people are also called by their given name
            _record(ctx, span.start, span.end, next(iter(given)), "alias", RANK_NAMED, "PERSON")
            continue
        entry = _kb_entry(ctx, ctx.span_text(span.start, span.end), "PERSON")
        if entry is None or entry.kind is not ActorKind.PERSON:
            known = people.get(sur, ())
            entry = known[0] if len(known) == 1 else None
        if entry is not None:
            _record(ctx, span.start, span.end, entry.id, "alias", RANK_NAMED, "PERSON")
            continue
        name = " ".join(words)
        actor_id = new_actor(ctx, span.start, span.end, ActorKind.PERSON, name=name)
        by_surname.setdefault(sur, set()).add(actor_id)
        _record(ctx, span.start, span.end, actor_id, "new", RANK_NEW, "PERSON")


def _resolve_full(ctx: ArticleContext, span: Named, words: list[str],
                  people: dict[str, tuple[KBEntry, ...]]) -> tuple[str, str]:
    if span.ent_id:
        entry = ctx.kb.get(span.ent_id)
        if entry is not None and entry.kind is ActorKind.PERSON:
            return entry.id, "kb"
    text = ctx.span_text(span.start, span.end)
    entry = _kb_entry(ctx, text, "PERSON")
    if entry is not None and entry.kind is ActorKind.PERSON:
        return entry.id, "alias"
    known = [e for e in people.get(_surname(words), ())
             if _same_person(words, e, ctx.tables)]
    if len(known) == 1:
        return known[0].id, "alias"
    return new_actor(ctx, span.start, span.end, ActorKind.PERSON,
                     name=_clean_name(ctx, span)), "new"


def _clean_name(ctx: ArticleContext, span: Named) -> str:
    """The name as printed, without honorifics."""
    doc = ctx.doc
    start = span.start
    while start < span.end - 1 and doc[start].lower_ in ctx.tables.honorifics:
        start += 1
    return doc[start:span.end].text


def _looks_like_org(ctx: ArticleContext, span: Named) -> bool:
    """A PERSON span that names an organisation.

    A one-word acronym or organisation word ("Unicef"), or a name holding a
    word of armed groups or parties ("Ansar al-Tawhid", "Supporters
    Brigades") that does not begin with a given name.
    """
    if span.ent_id:
        return False
    t = ctx.tables
    if span.end - span.start == 1:
        word = ctx.doc[span.start].text
        igo = next((w for k, w in t.new_kinds if k is ActorKind.IGO), frozenset())
        return (word.isupper() and len(word) > 1) or word.lower() in igo
    words = [tok.lower_ for tok in ctx.doc[span.start:span.end] if tok.is_alpha]
    if not words or words[0] in t.given_names:
        return False
    groups = frozenset().union(*(w for k, w in t.new_kinds
                                 if k in (ActorKind.ARMED_GROUP, ActorKind.POLITICAL_PARTY)))
    return any(w in groups or w in _GROUP_NAME_WORDS for w in words)


def latest_person(ctx: ArticleContext, token: int, ids_: set[str]) -> str | None:
    """Of several people sharing a name, the one named last before ``token``.

    "Asma Begum ... Begum said": the nearest full name is the one meant; with
    none of them named before, there is no telling.
    """
    best: Found | None = None
    for f in ctx.found:
        if f.actor_id in ids_ and f.start < token and (best is None or f.start > best.start):
            best = f
    return best.actor_id if best is not None else None


def _article_people(ctx: ArticleContext) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """People of the article by surname (full names and one-word names) and by given name."""
    surnames: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    for f in ctx.found:
        if f.label == "PERSON" and ctx.actor_kind(f.actor_id) is ActorKind.PERSON:
            words = _name_words(ctx, f.start, f.end)
            if words:
                surnames.setdefault(_surname(words), set()).add(f.actor_id)
            if len(words) >= 2:
                given.setdefault(words[0].casefold(), set()).add(f.actor_id)
    return surnames, given


def _name_stems(ctx: ArticleContext) -> dict[str, str]:
    """Distinctive parts of the KB names the article uses, folded.

    A name without its trailing group words, when two words or more are
    left ("popular mobilization" of the Popular Mobilization Forces); a part
    shared by two actors of the article is nobody's.
    """
    t = ctx.tables
    group_words = t.group_heads.union(*(words for _, words in t.new_kinds))
    out: dict[str, str] = {}
    shared: set[str] = set()
    for f in ctx.found:
        entry = ctx.kb.get(f.actor_id) if f.via in ("kb", "alias") else None
        if entry is None or entry.kind in (ActorKind.PERSON, ActorKind.STATE):
            continue
        for name in (entry.name, *entry.aliases):
            words = normalise_alias(name).split()
            cut = len(words)
            while cut > 0 and words[cut - 1] in group_words:
                cut -= 1
            if 2 <= cut < len(words):
                stem = " ".join(words[:cut])
                if out.setdefault(stem, entry.id) != entry.id:
                    shared.add(stem)
    return {k: v for k, v in out.items() if k not in shared}


def member_phrases(ctx: ArticleContext) -> None:
    """"Popular Mobilization volunteers", "Syrian Democratic fighters": a named group.

    The distinctive part of a KB name the article uses, in capitals,
    followed by a noun for its members (``heads.yaml`` ``member_nouns``).
    """
    stems = _name_stems(ctx)
    if not stems:
        return
    doc = ctx.doc
    named = {i for f in ctx.found if f.via in ("kb", "alias", "sector", "collective")
             for i in range(f.start, f.end)}
    for j, tok in enumerate(doc):
        if tok.lower_ not in ctx.tables.member_nouns or j in named:
            continue
        for i in range(max(0, j - _MAX_STEM_TOKENS), j):
            if not doc[i].text[:1].isupper() or any(k in named for k in range(i, j)):
                continue
            actor_id = stems.get(normalise_alias(ctx.span_text(i, j)))
            if actor_id is not None:
                _record(ctx, i, j + 1, actor_id, "alias", RANK_NAMED, "ORG")
                named.update(range(i, j + 1))
                break


def resolve_named(ctx: ArticleContext, spans: Sequence[Named]) -> None:
    """Resolve every named span into ``ctx.found``.

    KB organisations first, then people, then the organisations the KB does
    not know, since the model sometimes labels a person's surname ORG
    ("Begum") and an agency PERSON ("Unicef").
    """
    pending: list[Named] = []
    people: list[Named] = []
    for span in spans:
        # a name the model or the context makes a place once is a place throughout
        if span.ent_id:
            continue
        if span.label in ctx.tables.place_labels or span.label == "GPE" \
                or (span.label in ("ORG", "PERSON") \
                and is_place(ctx, span.start, span.end, span.label)):
            ctx.places.add(ctx.span_text(span.start, span.end).casefold())
    for span in spans:
        if span.label != "PERSON":
            resolve_org(ctx, span, pending)
        elif _looks_like_org(ctx, span):
            resolve_org(ctx, Named(span.start, span.end, "ORG"), pending)
        else:
            people.append(span)
    resolve_people(ctx, people)
    surnames, given = _article_people(ctx)
    for span in pending:
        plain = _name_words(ctx, span.start, span.end)
        if len(plain) == 1 and len(plain[0]) > 1:
            # "Begum", "Kadyrov", "El Hindawi" tagged ORG after the person was named
            word = plain[0].casefold()
            owners = surnames.get(word, set())
            owner = next(iter(owners)) if len(owners) == 1 else \
                latest_person(ctx, span.start, owners)
            if owner is None and len(given.get(word, ())) == 1:
                owner = next(iter(given[word]))
            if owner is not None:
                _record(ctx, span.start, span.end, owner, "alias", RANK_NAMED, "PERSON")
                continue
        new_org(ctx, span)
    member_phrases(ctx)
