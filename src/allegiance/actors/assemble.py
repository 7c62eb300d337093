"""Settle overlapping mentions and turn what the rules found into records.

``select`` keeps one mention per token (lower rank, then longer, wins),
except that a state or person named inside a phrase mention is kept next to
it ("Iran" inside "Iran-backed militias", "Iraqi" inside "Iraqi forces").
``build`` makes the ``ActorAnalysis``: mentions with exact char and token
offsets, ``Actor`` records for every actor referenced (KB entries with the
surfaces seen and the roles read, collectives, sectors, new actors, and the
organisations and sponsors they point to) and the relations: ``backs`` from
sponsor phrases, ``leads``/``member_of`` from roles, and the KB's sponsors and
memberships of actors named together in one sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from allegiance.actors.collectives import SponsorLink
from allegiance.actors.context import ArticleContext, Found
from allegiance.actors.roles import RoleLink
from allegiance.analysis import ActorAnalysis, ResolvedMention
from allegiance.records import Actor, ActorKind, Evidence, Relation, RelationType, Role

_CONTAINERS = frozenset({"collective", "sector"})
_NESTABLE = frozenset({ActorKind.STATE, ActorKind.PERSON})


def select(ctx: ArticleContext, found: Sequence[Found]) -> list[Found]:
    """Non-overlapping mentions, plus states/people nested in phrase mentions."""
    order = sorted(found, key=lambda f: (f.rank, -(f.end - f.start), f.start))
    chosen: list[Found] = []
    occupied: dict[int, Found] = {}
    seen: set[tuple[int, int, str]] = set()
    for f in order:
        key = (f.start, f.end, f.actor_id)
        if key in seen or f.end <= f.start:
            continue
        clash = {occupied[i].start for i in range(f.start, f.end) if i in occupied}
        if not clash:
            chosen.append(f)
            seen.add(key)
            for i in range(f.start, f.end):
                occupied[i] = f
            continue
        holder = occupied.get(f.start)
        if holder is not None and holder.via in _CONTAINERS and holder.start <= f.start \
                and f.end <= holder.end and (holder.end - holder.start) > (f.end - f.start) \
                and ctx.actor_kind(f.actor_id) in _NESTABLE \
                and all(occupied.get(i) is holder for i in range(f.start, f.end)):
            f.inner = True
            chosen.append(f)
            seen.add(key)
    return sorted(chosen, key=lambda f: (f.start, f.end))


def _relation(ctx: ArticleContext, source: str, rel: RelationType, target: str, former: bool,
              token: int) -> Relation:
    published = ctx.article.published
    return Relation(source=source, relation=rel, target=target, former=former,
                    first_seen=published, last_seen=published,
                    evidence=(Evidence(ctx.article.id, ctx.sentence_text(token)),))


def _merge(relations: Iterable[Relation]) -> list[Relation]:
    out: dict[tuple[str, str, str, bool], Relation] = {}
    for r in relations:
        if r.source == r.target:
            continue
        key = (r.source, r.relation.value, r.target, r.former)
        have = out.get(key)
        if have is None:
            out[key] = r
        else:
            ev = have.evidence + tuple(e for e in r.evidence if e not in have.evidence)
            out[key] = Relation(have.source, have.relation, have.target, have.former,
                                have.first_seen, have.last_seen, ev)
    return list(out.values())


def _kb_relations(ctx: ArticleContext, mentions: Sequence[Found]) -> list[Relation]:
    """The KB's sponsors and memberships of actors named in one sentence."""
    by_sent: dict[int, set[str]] = {}
    first_token: dict[int, int] = {}
    for f in mentions:
        s = ctx.sent_index(f.start)
        ids_ = by_sent.setdefault(s, set())
        ids_.add(f.actor_id)
        country = ctx.actor_country(f.actor_id)
        if ctx.actor_kind(f.actor_id) in (ActorKind.GOVERNMENT, ActorKind.MILITARY) and country:
            ids_.add(country)
        first_token.setdefault(s, f.start)
    out: list[Relation] = []
    for s, present in sorted(by_sent.items()):
        for actor_id in sorted(present):
            entry = ctx.kb.get(actor_id)
            if entry is None:
                continue
            for sponsor in entry.sponsors:
                if sponsor in present:
                    out.append(_relation(ctx, sponsor, RelationType.BACKS, actor_id, False,
                                         first_token[s]))
            sector = entry.kind in (ActorKind.GOVERNMENT, ActorKind.MILITARY)
            for group in entry.member_of:
                # "Iraqi forces member_of Iraq" says nothing: a sector is its state's
                if group in present and not (sector and group == entry.country):
                    out.append(_relation(ctx, actor_id, RelationType.MEMBER_OF, group, False,
                                         first_token[s]))
    return out


def _kb_actor(ctx: ArticleContext, actor_id: str) -> Actor | None:
    entry = ctx.kb.get(actor_id)
    if entry is None and actor_id[-4:] in ("-GOV", "-MIL"):
        state = actor_id[:-4]
        if ctx.kb.get(state) is not None:
            entry = ctx.kb.sector(state, actor_id[-3:])
    return entry.to_actor() if entry is not None else None


def _merge_roles(known: Sequence[Role], read: Sequence[Role]) -> tuple[Role, ...]:
    out = list(known)
    keys = {(r.title.casefold(), r.organization) for r in out}
    for r in read:
        if (r.title.casefold(), r.organization) not in keys:
            keys.add((r.title.casefold(), r.organization))
            out.append(r)
    return tuple(out)


def _actor(ctx: ArticleContext, actor_id: str, roles: dict[str, list[Role]]) -> Actor | None:
    actor = ctx.created.get(actor_id) or _kb_actor(ctx, actor_id)
    if actor is None:
        return None
    aliases = list(actor.aliases)
    for s in ctx.surfaces.get(actor_id, []):
        if s != actor.name and s not in aliases:
            aliases.append(s)
    read = roles.get(actor_id, [])
    all_roles = _merge_roles(actor.roles, read)
    country = actor.country
    if actor.kind is ActorKind.PERSON and country is None:
        for r in all_roles:
            if r.organization and ctx.actor_kind(r.organization) is ActorKind.STATE:
                country = r.organization
                break
    return Actor(actor.id, actor.name, actor.kind, country, tuple(aliases), actor.sponsors,
                 all_roles)


def build(ctx: ArticleContext, mentions: Sequence[Found], links: Sequence[SponsorLink],
          role_links: Sequence[RoleLink], roles: dict[str, list[Role]]) -> ActorAnalysis:
    """The ``ActorAnalysis`` of the article."""
    doc = ctx.doc
    analysis = ActorAnalysis(place_names=frozenset(ctx.places))
    for f in sorted(mentions, key=lambda m: (m.start, m.end)):
        span = doc[f.start:f.end]
        analysis.add(ResolvedMention(f.actor_id, span.text, span.start_char, span.end_char,
                                     f.start, f.end, f.via))
    relations = [_relation(ctx, link.sponsor, RelationType.BACKS, link.target, False, link.token)
                 for link in links]
    relations += [_relation(ctx, r.person, RelationType(r.relation), r.org, r.former, r.token)
                  for r in role_links]
    relations += _kb_relations(ctx, mentions)
    analysis.relations = _merge(relations)
    wanted: list[str] = []
    for f in mentions:
        wanted.append(f.actor_id)
    for r in analysis.relations:
        wanted += [r.source, r.target]
    for person, rs in roles.items():
        wanted.append(person)
        wanted += [r.organization for r in rs if r.organization]
    extra: list[str] = []
    for actor_id in wanted:
        actor = ctx.created.get(actor_id) or _kb_actor(ctx, actor_id)
        if actor is not None:
            extra += actor.sponsors
            extra += [r.organization for r in actor.roles if r.organization]
    for actor_id in dict.fromkeys([*wanted, *extra]):
        if actor_id in analysis.actors:
            continue
        actor = _actor(ctx, actor_id, roles)
        if actor is not None:
            analysis.actors[actor_id] = actor
    return analysis
