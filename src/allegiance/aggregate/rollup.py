"""Roll-up: which actors stand for one side of a pair, and when.

The news names one side of a story by many actors: "Iraq", "the Iraqi
government", "Iraqi forces", "Prime Minister Kadhimi"; "the Iran-backed
militias", "Kataib Hezbollah", "the PMF", "Abu Mahdi al-Muhandis". A question
about the pair (``allegiance dyad IRQ "Iran-backed militias"``) is about all of
them. ``Rollup`` indexes the actor records once; ``Rollup.side(query)`` is the
``Side`` of a query actor: every actor that belongs to it, each with the spans
of time during which it does. The rules (``data/aggregate/rollup.yaml``
explains them and holds the kind table), for an actor X and a query Q:

1. X is Q;
2. X is a sector of the state Q (``IRQ-GOV``, ``IRQ-MIL``);
3. X is ``member_of`` something that belongs to Q (knowledge base or text,
   not former) and X's kind may roll up into its kind (an armed group never
   into a state: that is the very pair analysts compare);
4. Q is a collective ``coll:<kind>:<country>:<sponsors>`` and X has that kind
   and country and is backed by every sponsor of Q (record or text ``backs``);
   a sponsored collective takes members of its members only when they are
   backed by those sponsors themselves;
5. X is a person with a role (not former) in something that belongs to Q,
   during that role (undated roles always hold).

``pair_sides`` makes the two sides of a pair disjoint where one query is part
of the other ("Iraq" against "the Kurdistan Regional Government" leaves the
KRG out of Iraq's side). ``Side.covers(actor, when)`` answers for an incident's
date span; an undated incident only matches members that belong for all time.
Pure functions over records: the caller gathers the knowledge base's
``member_of`` pairs and the text relations.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import yaml

from allegiance.aggregate.periods import date_interval
from allegiance.records import Actor, ActorKind, Relation, RelationType

Span = tuple[date | None, date | None]
"""First and last day (inclusive) something holds; ``None`` is open-ended."""

ALWAYS: Span = (None, None)

# A sector id is the state's alpha-3 code, a dash and the sector (ids.sector_id).
_SECTOR = re.compile(r"^([A-Z]{3})-[A-Z]+$")
COLLECTIVE_PREFIX = "coll:"
ANY_COUNTRY = "XXX"
NO_SPONSOR = "none"


@dataclass(frozen=True)
class RollupRules:
    """The kind table of rule 3: the kinds a member of each kind rolls up into."""

    member_of: Mapping[ActorKind, frozenset[ActorKind]]

    def may_join(self, member: ActorKind, group: ActorKind) -> bool:
        """Whether an actor of kind ``member`` rolls up into a group of kind ``group``."""
        return group in self.member_of.get(member, frozenset())


@cache
def load_rules() -> RollupRules:
    """The package's roll-up rules (``data/aggregate/rollup.yaml``, read once)."""
    path = resources.files("allegiance") / "data" / "aggregate" / "rollup.yaml"
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    table = data["member_of"]
    return RollupRules(member_of={ActorKind(k): frozenset(ActorKind(v) for v in vs)
                                  for k, vs in table.items()})


@dataclass(frozen=True)
class Collective:
    """What a collective id says: actors of ``kind`` in ``country`` (None: any)
    backed by all of ``sponsors``."""

    kind: str
    country: str | None
    sponsors: frozenset[str]


def parse_collective(actor_id: str) -> Collective | None:
    """``coll:armed_group:IRQ:IRN`` -> its kind, country and sponsors; None for other ids."""
    if not actor_id.startswith(COLLECTIVE_PREFIX):
        return None
    parts = actor_id.split(":")
    if len(parts) != 4:
        return None
    _, kind, country, sponsors = parts
    return Collective(kind=kind, country=None if country == ANY_COUNTRY else country,
                      sponsors=frozenset() if sponsors == NO_SPONSOR
                      else frozenset(s for s in sponsors.split("+") if s))


def sector_state(actor_id: str) -> str | None:
    """The state a sector id belongs to (``IRQ-GOV`` -> ``IRQ``); None for other ids."""
    m = _SECTOR.match(actor_id)
    return m.group(1) if m else None


def span_of(start: str | None, end: str | None) -> Span:
    """The span of a role from its partial ISO dates: from the first day of
    ``start`` to the last day of ``end`` (unparseable or missing: open)."""
    lo = date_interval(start)
    hi = date_interval(end)
    return (lo[0] if lo else None, hi[1] if hi else None)


def date_span(first: str | None, last: str | None = None) -> Span | None:
    """The span an incident covers (first day of ``first`` .. last day of
    ``last``, or of ``first`` alone); None when it is undated."""
    lo = date_interval(first)
    if lo is None:
        return None
    hi = date_interval(last) or lo
    return (lo[0], max(lo[1], hi[1]))


def overlaps(a: Span, b: Span) -> bool:
    """Whether two spans share a day (open ends reach forever)."""
    return (a[0] is None or b[1] is None or a[0] <= b[1]) and \
        (b[0] is None or a[1] is None or b[0] <= a[1])


def _meet(a: Span, b: Span) -> Span | None:
    lo = a[0] if b[0] is None else b[0] if a[0] is None else max(a[0], b[0])
    hi = a[1] if b[1] is None else b[1] if a[1] is None else min(a[1], b[1])
    if lo is not None and hi is not None and lo > hi:
        return None
    return (lo, hi)


@dataclass(frozen=True)
class Side:
    """One side of a pair: the query actor and every actor that belongs to it,
    each with the spans during which it does (``ALWAYS`` for all but people)."""

    query: str
    spans: Mapping[str, tuple[Span, ...]]

    @property
    def members(self) -> frozenset[str]:
        """Every actor that belongs to the side at some time (the query included)."""
        return frozenset(self.spans)

    def covers(self, actor_id: str | None, when: Span | None) -> bool:
        """Whether ``actor_id`` stands for this side during ``when`` (None: an
        undated incident, matched only by members that belong for all time)."""
        if actor_id is None:
            return False
        spans = self.spans.get(actor_id)
        if not spans:
            return False
        if when is None:
            return ALWAYS in spans
        return any(overlaps(s, when) for s in spans)

    def without(self, actor_ids: Iterable[str]) -> Side:
        """This side without the given actors (the query itself always stays)."""
        drop = set(actor_ids) - {self.query}
        return Side(self.query, {k: v for k, v in self.spans.items() if k not in drop})

    @classmethod
    def exact(cls, query: str) -> Side:
        """A side of the query actor alone (no roll-up)."""
        return cls(query, {query: (ALWAYS,)})

    @classmethod
    def of(cls, query: str, members: Iterable[str]) -> Side:
        """A side from a plain member set, every member belonging for all time."""
        return cls(query, {m: (ALWAYS,) for m in {query, *members}})


class Rollup:
    """The roll-up index over a set of actor records (see the module docstring).

    ``member_of`` are ``(member, group)`` pairs (the knowledge base's);
    ``relations`` are text relations: ``member_of`` ones (not former, of
    anything but a person, whose memberships come dated from its roles) add
    links, ``backs`` ones (not former) add sponsors.
    """

    def __init__(self, actors: Mapping[str, Actor] | Iterable[Actor], *,
                 member_of: Iterable[tuple[str, str]] = (),
                 relations: Iterable[Relation] = (),
                 rules: RollupRules | None = None) -> None:
        self.rules = rules or load_rules()
        self.actors: dict[str, Actor] = (dict(actors) if isinstance(actors, Mapping)
                                         else {a.id: a for a in actors})
        self._sponsors: dict[str, set[str]] = {k: set(a.sponsors) for k, a in self.actors.items()}
        links = set(member_of)
        for r in relations:
            if r.former:
                continue
            if r.relation is RelationType.BACKS:
                self._sponsors.setdefault(r.target, set()).add(r.source)
            elif r.relation is RelationType.MEMBER_OF and not self._is_person(r.source):
                links.add((r.source, r.target))
        # children[group] = [(member, span)]: the reverse of "belongs to"
        self._children: dict[str, list[tuple[str, Span]]] = defaultdict(list)
        for x in sorted(self.actors.values(), key=lambda a: a.id):
            state = sector_state(x.id)
            if state is not None:
                self._children[state].append((x.id, ALWAYS))
            if x.kind is ActorKind.PERSON:
                for role in x.roles:
                    if not role.former and role.organization and role.organization != x.id:
                        self._children[role.organization].append(
                            (x.id, span_of(role.start, role.end)))
        for member, group in sorted(links):
            m, g = self.actors.get(member), self.actors.get(group)
            if m is not None and g is not None and member != group \
                    and self.rules.may_join(m.kind, g.kind):
                self._children[group].append((member, ALWAYS))
        self._by_kind: dict[str, list[str]] = defaultdict(list)
        for x in sorted(self.actors.values(), key=lambda a: a.id):
            self._by_kind[x.kind.value].append(x.id)
        self._cache: dict[str, Side] = {}

    def _is_person(self, actor_id: str) -> bool:
        a = self.actors.get(actor_id)
        return a is not None and a.kind is ActorKind.PERSON

    def sponsors(self, actor_id: str) -> frozenset[str]:
        """Who backs an actor: its record's sponsors and text ``backs`` relations."""
        return frozenset(self._sponsors.get(actor_id, ()))

    def _in_collective(self, actor_id: str, c: Collective) -> bool:
        a = self.actors.get(actor_id)
        if a is None or a.kind.value != c.kind:
            return False
        if c.country is not None and a.country != c.country:
            return False
        return c.sponsors <= self.sponsors(actor_id)

    def side(self, query: str) -> Side:
        """Every actor that belongs to ``query`` and when (see the module docstring)."""
        found = self._cache.get(query)
        if found is None:
            found = self._cache[query] = self._side(query)
        return found

    def _side(self, query: str) -> Side:
        coll = parse_collective(query)
        roots = [query]
        if coll is not None:
            roots += [x for x in self._by_kind.get(coll.kind, ())
                      if x != query and self._in_collective(x, coll)]
        spans: dict[str, list[Span]] = defaultdict(list)
        queue: list[tuple[str, Span]] = [(r, ALWAYS) for r in roots]
        seen: set[tuple[str, Span]] = set()
        while queue:
            node, span = queue.pop()
            if (node, span) in seen:
                continue
            seen.add((node, span))
            spans[node].append(span)
            if self._is_person(node):
                continue  # nothing belongs to a person
            for child, child_span in self._children.get(node, ()):
                if coll is not None and not self._is_person(child) \
                        and not coll.sponsors <= self.sponsors(child):
                    continue
                met = _meet(span, child_span)
                if met is not None:
                    queue.append((child, met))
        return Side(query, {k: _simplify(v) for k, v in sorted(spans.items())})

    def belongs(self, member: str, group: str, when: Span | None) -> bool:
        """Whether ``member`` belongs to ``group`` (not being it) during ``when``
        (None: at any time)."""
        if member == group:
            return False
        side = self.side(group)
        return member in side.spans if when is None else side.covers(member, when)


def _simplify(spans: list[Span]) -> tuple[Span, ...]:
    """Spans without repeats; ``ALWAYS`` alone when it is among them."""
    if ALWAYS in spans:
        return (ALWAYS,)
    return tuple(sorted(set(spans), key=lambda s: (s[0] or date.min, s[1] or date.max)))


def rollup_side(query: str, actors: Mapping[str, Actor] | Iterable[Actor], *,
                member_of: Iterable[tuple[str, str]] = (),
                relations: Iterable[Relation] = ()) -> Side:
    """The ``Side`` of ``query`` over the given actor records (see ``Rollup``)."""
    return Rollup(actors, member_of=member_of, relations=relations).side(query)


def rollup_members(query: str, actors: Mapping[str, Actor] | Iterable[Actor], *,
                   member_of: Iterable[tuple[str, str]] = (),
                   relations: Iterable[Relation] = ()) -> frozenset[str]:
    """Every actor that belongs to ``query`` at some time, the query included."""
    return rollup_side(query, actors, member_of=member_of, relations=relations).members


def pair_sides(a: str, b: str, rollup: Rollup) -> tuple[Side, Side]:
    """The two sides of the pair (a, b); where one query belongs to the other,
    the larger side leaves the smaller one's members out."""
    side_a, side_b = rollup.side(a), rollup.side(b)
    if b in side_a.spans:
        side_a = side_a.without(side_b.members)
    if a in side_b.spans:
        side_b = side_b.without(side_a.members)
    return side_a, side_b


def counts_for_pair(sides: tuple[Side, Side], source: str | None, target: str | None,
                    when: Span | None) -> bool:
    """Whether an incident from ``source`` to ``target`` is one between the two
    sides: one end on each, and not both ends on the same side (an actor that
    belongs to both, like an official who also leads a militia, makes its
    events with either side internal)."""
    a, b = sides
    sa, sb = a.covers(source, when), b.covers(source, when)
    ta, tb = a.covers(target, when), b.covers(target, when)
    return ((sa and tb) or (sb and ta)) and not (sa and ta) and not (sb and tb)
