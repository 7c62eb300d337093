"""Hand-built spaCy Docs for the events rule tests, and checks of the builder itself.

A Doc is written one token a line: ``word lemma POS TAG head dep`` with
``head`` the absolute index of the head token (the ROOT points to itself).
Actors are given as ``{"Iran": "IRN"}`` (every token with that text) or as
token ranges; entities as ``(start, end, label)``.  No model is loaded, so
the rules are tested on exactly the parse written down.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pytest
import spacy
from spacy.tokens import Doc, Span

from allegiance import ids
from allegiance.analysis import ActorAnalysis, ResolvedMention
from allegiance.events import extract
from allegiance.lexicon import load_lexicon
from allegiance.records import Actor, ActorKind, Article, Event, Relation

# the English vocab: lexical attributes (lower case, ...) as the model has them
_VOCAB = spacy.blank("en").vocab


def build(spec: str, actors: Mapping[str, str] | None = None,
          spans: Iterable[tuple[int, int, str]] = (),
          ents: Iterable[tuple[int, int, str]] = (),
          kinds: Mapping[str, ActorKind] | None = None) -> tuple[Doc, ActorAnalysis]:
    """A parsed Doc and an ActorAnalysis from a one-token-a-line spec."""
    rows = [line.split() for line in spec.strip().splitlines() if line.strip()]
    words = [r[0] for r in rows]
    doc = Doc(_VOCAB, words=words, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
              tags=[r[3] for r in rows], heads=[int(r[4]) for r in rows],
              deps=[r[5] for r in rows],
              ents=_ent_tags(len(rows), ents))
    analysis = ActorAnalysis()
    chosen: list[tuple[int, int, str]] = list(spans)
    for i, w in enumerate(words):
        if actors and w in actors and not any(s <= i < e for s, e, _ in chosen):
            chosen.append((i, i + 1, actors[w]))
    for start, end, actor_id in sorted(chosen):
        span = doc[start:end]
        analysis.add(ResolvedMention(actor_id, span.text, span.start_char, span.end_char,
                                     start, end))
        kind = (kinds or {}).get(actor_id, ActorKind.STATE if len(actor_id) == 3
                                 else ActorKind.ARMED_GROUP)
        analysis.actors.setdefault(actor_id, Actor(actor_id, actor_id, kind))
    return doc, analysis


def run(doc: Doc, analysis: ActorAnalysis,
        published: str | None = None) -> tuple[list[Event], list[Relation]]:
    """``extract`` on a hand-built Doc with the package lexicon."""
    article = Article(id=ids.article_id(doc.text), source_path="test.txt", title=None,
                      author=None, outlet=None, original_source=None, published=published,
                      language="en", text=doc.text)
    return extract(doc, analysis, article, load_lexicon(), None)  # type: ignore[arg-type]


def triples(events: Iterable[Event]) -> set[tuple[str | None, str, str | None]]:
    """(source, type, target) of events."""
    return {(e.source, e.type.value, e.target) for e in events}


def _ent_tags(n: int, ents: Iterable[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for start, end, label in ents:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def test_builder_keeps_the_written_parse() -> None:
    doc, analysis = build("""
        Iran Iran PROPN NNP 1 nsubj
        attacked attack VERB VBD 1 ROOT
        Iraq Iraq PROPN NNP 1 dobj
        . . PUNCT . 1 punct
    """, {"Iran": "IRN", "Iraq": "IRQ"}, ents=[(0, 1, "GPE")])
    assert [t.head.i for t in doc] == [1, 1, 1, 1]
    assert doc[1].dep_ == "ROOT" and doc[1].lemma_ == "attack"
    assert len(list(doc.sents)) == 1
    assert isinstance(doc.ents[0], Span) and doc.ents[0].label_ == "GPE"
    mention = analysis.at_token(2)
    assert mention is not None and mention.actor_id == "IRQ"
    assert doc.text[mention.start:mention.end] == "Iraq"


def test_builder_rejects_a_broken_head() -> None:
    with pytest.raises((ValueError, IndexError)):
        build("""
            a a DET DT 7 det
        """)
