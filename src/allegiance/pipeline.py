"""``process_document``: the one pure path from a raw article to its records.

::

    RawDocument -> clean -> Article -> spaCy Doc -> actors -> events/relations -> DocResult

No I/O, no database, no globals: everything it needs comes in ``Resources``;
the spaCy ``Doc`` never leaves this function.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from allegiance import ids
from allegiance.actors import analyse
from allegiance.analysis import ActorAnalysis
from allegiance.clean import clean
from allegiance.errors import AllegianceError, InputRejected, Reason
from allegiance.events import extract
from allegiance.records import (
    Actor,
    Article,
    DocResult,
    Factuality,
    Mention,
    RawDocument,
    Rejection,
)
from allegiance.resources import Resources


def process_document(raw: RawDocument, resources: Resources) -> DocResult | Rejection:
    """Clean, parse and analyse one article; a bad input becomes a ``Rejection``."""
    try:
        return _process(raw, resources)
    except InputRejected as exc:
        return Rejection(raw.source_path, exc.code, exc.message)
    except AllegianceError as exc:
        return Rejection(raw.source_path, exc.code, exc.message)


def process_text(text: str, resources: Resources, *, source_path: str = "text",
                 published: str | None = None, doc: Doc | None = None) -> DocResult:
    """Code ``text`` as it stands (a sentence, a headline, a wire snippet): the same
    actors and events path as ``process_document`` without the article cleaner, whose
    junk filter and length floor are for scraped pages. ``doc`` may be a parse of
    ``text`` made beforehand (``nlp.pipe`` over many sentences)."""
    article = Article(id=ids.article_id(text), source_path=source_path, title=None,
                      author=None, outlet=None, original_source=None, published=published,
                      language="en", text=text)
    return _analyse(article, resources, resources.nlp(text) if doc is None else doc)


def _process(raw: RawDocument, resources: Resources) -> DocResult:
    cleaned = clean(raw, min_chars=resources.settings.min_article_chars)
    limit = resources.nlp.max_length
    if len(cleaned.text) > limit:
        # said plainly, not as the parser's raw [E088] processing failure
        raise InputRejected(f"the article text is {len(cleaned.text):,} characters, more than "
                            f"the parser's limit of {limit:,}", code=Reason.TOO_LARGE)
    article = Article(
        id=ids.article_id(cleaned.text),
        source_path=raw.source_path,
        title=cleaned.title,
        author=cleaned.author,
        outlet=cleaned.outlet,
        original_source=cleaned.original_source,
        published=cleaned.published,
        language=cleaned.language,
        text=cleaned.text,
        url=raw.url,
        quality=dict(cleaned.quality),
        record_id=raw.record_id,
    )
    return _analyse(article, resources, resources.nlp(article.text))


def _analyse(article: Article, resources: Resources, doc: Doc) -> DocResult:
    analysis = analyse(doc, article, resources.kb)
    events, relations = extract(doc, analysis, article, resources.lexicon, resources.kb,
                                resources.coder)
    mentions = tuple(
        Mention(article.id, m.actor_id, m.text, m.start, m.end) for m in analysis.mentions
    )
    hedged = sum(e.factuality is not Factuality.ASSERTED for e in events)
    quality = dict(article.quality)
    quality["hedged_share"] = round(hedged / len(events), 3) if events else 0.0
    article = dataclasses.replace(article, quality=quality)
    actor_ids = {m.actor_id for m in mentions}
    for e in events:
        actor_ids.update(x for x in (e.source, e.target, e.attributed_to) if x)
    for r in (*analysis.relations, *relations):
        actor_ids.update((r.source, r.target))
    for i in list(actor_ids):
        a = analysis.actors.get(i)
        if a is not None:
            actor_ids.update(x.organization for x in a.roles if x.organization)
            actor_ids.update(a.sponsors)
    found = (_actor(i, analysis, resources) for i in sorted(actor_ids))
    actors = tuple(a for a in found if a is not None)
    return DocResult(
        article=article,
        actors=actors,
        mentions=mentions,
        events=tuple(events),
        relations=tuple((*analysis.relations, *relations)),
    )


def _actor(actor_id: str, analysis: ActorAnalysis, resources: Resources) -> Actor | None:
    """The analysis's record of an actor, else the KB's (a sponsor or role organisation)."""
    found = analysis.actors.get(actor_id)
    if found is not None:
        return found
    entry = resources.kb.get(actor_id)
    return None if entry is None else entry.to_actor()


__all__ = ["Reason", "process_document", "process_text"]
