"""Merge the per-article views of the same actor into one record.

The same actor id is seen by many articles, each adding the surface forms and
the roles it printed; the export and the store keep one record with the union.
"""

from __future__ import annotations

import dataclasses

from allegiance.records import Actor, Role


def merge_actor(old: Actor, new: Actor) -> Actor:
    """Union of aliases, sponsors and roles; the first record's name, kind and country win
    unless the first had no country."""
    aliases = _union(old.aliases, new.aliases, exclude=old.name)
    if new.name != old.name and new.name not in aliases:
        aliases = (*aliases, new.name)
    return dataclasses.replace(
        old,
        country=old.country or new.country,
        aliases=aliases,
        sponsors=_union(old.sponsors, new.sponsors),
        roles=_merge_roles(old.roles, new.roles),
    )


def _union(a: tuple[str, ...], b: tuple[str, ...], *, exclude: str | None = None) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for x in (*a, *b):
        if x and x != exclude:
            seen.setdefault(x, None)
    return tuple(seen)


def _merge_roles(a: tuple[Role, ...], b: tuple[Role, ...]) -> tuple[Role, ...]:
    """Roles are the same when title and organisation agree; keep the widest dates."""
    out: dict[tuple[str, str | None, bool], Role] = {}
    for r in (*a, *b):
        key = (r.title.casefold(), r.organization, r.former)
        if key not in out:
            out[key] = r
            continue
        cur = out[key]
        start = min((d for d in (cur.start, r.start) if d), default=None)
        end = max((d for d in (cur.end, r.end) if d), default=None)
        out[key] = dataclasses.replace(cur, start=start, end=end)
    return tuple(out.values())
