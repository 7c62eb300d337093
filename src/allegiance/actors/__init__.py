"""Actors: who is who in an article, with sponsors, roles and disambiguation.

``analyse(doc, article, kb)`` runs, in order:

1. ``detect``       named spans: entities, missed organisation names, titled names, "IS"
2. ``resolve``      KB ids and aliases, context choice (Fatah), people and short names,
                    new actors (``newactors``)
3. ``collectives``  sponsored collectives ("Iran-backed militias") and ``backs`` links;
   ``described``    groups described by identity ("Kurdish forces", "the rebels")
4. ``sectors``      states, demonyms, capitals, "Iraqi forces"/"US leaders" sectors;
   ``civilians``    unorganised people of a country ("Iraqi protesters", "civilians in Idlib")
5. ``assemble.select``  one mention per token (states nested in phrases kept)
6. ``roles``        titles and appositions -> roles, ``leads``/``member_of``
7. ``coref``        pronouns and definite phrases -> earlier actors
8. ``assemble.build``   ``ActorAnalysis``: mentions, actors, relations

Word lists live in ``data/actors/*.yaml`` (``tables``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from allegiance.actors.assemble import build, select
from allegiance.actors.civilians import find_civilians
from allegiance.actors.collectives import find_collectives
from allegiance.actors.context import ArticleContext
from allegiance.actors.coref import resolve_coreference
from allegiance.actors.described import find_described
from allegiance.actors.detect import named_spans
from allegiance.actors.resolve import resolve_named
from allegiance.actors.roles import find_as_roles, find_roles
from allegiance.actors.sectors import find_states, person_governments, town_courts
from allegiance.analysis import ActorAnalysis
from allegiance.records import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from allegiance.kb import KnowledgeBase


def analyse(doc: Doc, article: Article, kb: KnowledgeBase) -> ActorAnalysis:
    """Find, resolve and describe every actor of one article.

    ``doc`` is the spaCy parse of ``article.text`` (``build_nlp``); mention
    offsets are character offsets into that text and token offsets into
    ``doc``.
    """
    ctx = ArticleContext(doc, article, kb)
    resolve_named(ctx, named_spans(ctx))
    links = find_collectives(ctx)
    find_described(ctx)
    find_states(ctx)
    town_courts(ctx)
    person_governments(ctx)
    find_civilians(ctx)
    chosen = select(ctx, ctx.found)
    finder = find_roles(ctx, chosen)
    corefs = resolve_coreference(ctx, chosen, finder.roles)
    mentions = sorted([*chosen, *corefs], key=lambda f: (f.start, f.end))
    find_as_roles(finder, mentions)
    return build(ctx, mentions, links, finder.links, finder.roles)


__all__ = ["analyse"]
