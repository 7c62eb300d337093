"""Helpers for the actors tests: a small real KnowledgeBase and hand-built Docs.

Rule tests build their own KB (real ``KBEntry``/``KnowledgeBase`` objects, a
handful of entries) so they state exactly which facts a rule relies on, and
their own ``Doc`` (words, entities, tags, sentence starts) so they need no
model. The tests below check that the small KB answers as the rules assume.
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc, Span

from allegiance import ids
from allegiance.analysis import ActorAnalysis
from allegiance.kb import KBEntry, KnowledgeBase
from allegiance.records import ActorKind, Article, Role

_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "'s", "’s", ")", "-", "'", "’"}
_NO_SPACE_AFTER = {"(", "-"}
# an English vocab: lexical attributes (lower, is_stop, like_num) need the language
VOCAB = spacy.blank("en").vocab


def _state(id_: str, name: str, demonyms: tuple[str, ...], capitals: tuple[str, ...],
           aliases: tuple[str, ...] = ()) -> KBEntry:
    return KBEntry(id_, name, ActorKind.STATE, id_, aliases, demonyms=demonyms,
                   capitals=capitals)


def small_kb() -> KnowledgeBase:
    """States, a few groups, two Fatahs and two people."""
    return KnowledgeBase([
        _state("IRQ", "Iraq", ("Iraqi", "Iraqis"), ("Baghdad",)),
        _state("IRN", "Iran", ("Iranian", "Iranians"), ("Tehran",)),
        _state("USA", "United States", ("American", "Americans"), ("Washington",),
               ("US", "U.S.", "America")),
        _state("SYR", "Syria", ("Syrian", "Syrians"), ("Damascus",)),
        _state("ISR", "Israel", ("Israeli", "Israelis"), ()),
        _state("PSE", "Palestine", ("Palestinian", "Palestinians"), ("Ramallah",)),
        KBEntry("ISIS", "Islamic State", ActorKind.ARMED_GROUP, None,
                ("ISIS", "ISIL", "IS", "Daesh")),
        KBEntry("PMF", "Popular Mobilization Forces", ActorKind.ARMED_GROUP, "IRQ",
                ("PMF", "PMUs", "Popular Mobilization Units"), sponsors=("IRN",),
                member_of=("IRQ",)),
        KBEntry("BADR", "Badr Organization", ActorKind.ARMED_GROUP, "IRQ", ("Badr",),
                sponsors=("IRN",)),
        KBEntry("FATAH_IRQ", "Fatah Alliance", ActorKind.POLITICAL_PARTY, "IRQ", ("Fatah",),
                context=("Iraq", "Iraqi", "Ameri", "Badr", "election")),
        KBEntry("FATAH_PSE", "Fatah", ActorKind.POLITICAL_PARTY, "PSE", ("Fateh",),
                context=("Palestinian", "Abbas", "West Bank", "Gaza", "PLO")),
        KBEntry("SUDANI", "Mohammed Shia al-Sudani", ActorKind.PERSON, "IRQ",
                ("Mohammed Shia' al-Sudani", "Sudani"),
                roles=(Role("Prime Minister", "IRQ", "2022-10-27"),)),
        KBEntry("AMERI", "Hadi al-Ameri", ActorKind.PERSON, "IRQ", ("Ameri",)),
    ])


def make_doc(text_words: Sequence[str], ents: Sequence[tuple[int, int, str, str]] = (),
             tags: Sequence[str] | None = None, pos: Sequence[str] | None = None,
             sent_starts: Sequence[int] = ()) -> Doc:
    """A Doc from words; ``ents`` as (start, end, label, kb id or "")."""
    words = list(text_words)
    spaces = []
    for n, w in enumerate(words):
        nxt = words[n + 1] if n + 1 < len(words) else None
        spaces.append(nxt is not None and nxt not in _NO_SPACE_BEFORE
                      and w not in _NO_SPACE_AFTER)
    starts = None
    if sent_starts:
        starts = [n == 0 or n in sent_starts for n in range(len(words))]
    if pos is None:
        # capitalised words inside a sentence are proper nouns, as the tagger says
        pos = ["PROPN" if w[:1].isupper() and n not in (0, *sent_starts) else ""
               for n, w in enumerate(words)]
    doc = Doc(VOCAB, words=words, spaces=spaces, tags=list(tags) if tags else None,
              pos=list(pos), sent_starts=starts)
    doc.set_ents([Span(doc, s, e, label=label, span_id=id_) for s, e, label, id_ in ents])
    return doc


def article_for(doc: Doc, published: str | None = "2024-05-01") -> Article:
    """An Article whose text is the Doc's text."""
    return Article(id=ids.article_id(doc.text), source_path="test", title=None, author=None,
                   outlet=None, original_source=None, published=published, language="en",
                   text=doc.text)


def mention_ids(analysis: ActorAnalysis) -> dict[str, str]:
    """Mention text -> actor id (last one wins)."""
    return {m.text: m.actor_id for m in analysis.mentions}


def test_small_kb_answers_as_the_rules_assume() -> None:
    kb = small_kb()
    assert kb.state_by_demonym("Iranian") == "IRN"
    assert kb.state_by_capital("Tehran") == "IRN"
    assert kb.state_by_name("U.S.") == "USA"
    assert kb.sector("IRQ", "MIL").id == "IRQ-MIL"
    assert {e.id for e in kb.candidates("Fatah")} == {"FATAH_IRQ", "FATAH_PSE"}


def test_make_doc_keeps_the_text_and_the_entities() -> None:
    doc = make_doc(["Iran", "-", "backed", "militias", "in", "Iraq", "."],
                   ents=[(0, 1, "GPE", "IRN")])
    assert doc.text == "Iran-backed militias in Iraq."
    assert doc.ents[0].ent_id_ == "IRN"


def make_parsed_doc(words: Sequence[str], heads: Sequence[int], deps: Sequence[str],
                    pos: Sequence[str], tags: Sequence[str] | None = None,
                    ents: Sequence[tuple[int, int, str, str]] = (),
                    sent_starts: Sequence[int] = ()) -> Doc:
    """A Doc with a dependency parse: ``heads`` are absolute token indices."""
    spaces = []
    for n, w in enumerate(words):
        nxt = words[n + 1] if n + 1 < len(words) else None
        spaces.append(nxt is not None and nxt not in _NO_SPACE_BEFORE
                      and w not in _NO_SPACE_AFTER)
    starts = [n == 0 or n in sent_starts for n in range(len(words))] if sent_starts else None
    doc = Doc(VOCAB, words=list(words), spaces=spaces, heads=list(heads), deps=list(deps),
              pos=list(pos), tags=list(tags) if tags else None,
              sent_starts=starts if starts and not heads else None)
    doc.set_ents([Span(doc, s, e, label=label, span_id=id_) for s, e, label, id_ in ents])
    return doc
