"""Find trigger words and phrases of the lexicon in a sentence.

A token is a candidate when its lemma (or lower-case form, for plurals the
lemmatiser keeps: "talks", "hostilities") is a lexicon word of the right part
of speech.  Phrases ("call upon", "hold talks", "take up positions") are
matched first, allowing a few modifier tokens inside ("held direct talks"),
and their tokens are not matched again as single words; a two-word phrasal
verb also matches around its object when the parser hangs the particle on the
verb ("drove the militants back", "called the strike off").

Skipped: adjectival participles ("armed groups", "Iran-backed"), nouns that
only modify another noun ("attack helicopter"), and tokens that are part of
an actor's name or a named entity ("Popular Mobilization Forces",
"Islamic Resistance").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from allegiance.lexicon import Lexicon, Trigger

# Part-of-speech classes a lexicon entry names.
_POS_CLASS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
# Tokens allowed between the words of a phrase ("held *direct* talks", "cut *its* ties").
_GAP_POS = frozenset({"ADJ", "DET", "NUM", "ADV", "PART"})
_GAP_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "advmod", "prt"})
_MAX_GAP = 3
# Adverbs that are the particle of a phrasal verb ("push X back", "call X off").
# particles, and the preposition of a verb-preposition entry ("drove ISIS from Kobani"
# matches "drive from" around its object)
_PARTICLES = frozenset({"back", "out", "off", "up", "down", "in", "over", "away", "on", "from"})
# Named-entity labels whose words are names, not events.
_NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "GPE", "NORP",
                          "FAC", "PRODUCT", "LOC"})


@dataclass(frozen=True)
class Match:
    """A trigger found in a sentence: candidate entries (in lexicon order) and tokens."""

    triggers: tuple[Trigger, ...]
    anchor: Token
    tokens: tuple[int, ...]
    text: str

    @property
    def pos(self) -> str:
        """VERB, NOUN or ADJ: how the anchor is used here."""
        return _POS_CLASS.get(self.anchor.pos_, "OTHER")


def find_triggers(span: Span, lexicon: Lexicon,
                  blocked: Callable[[int], bool] = lambda i: False) -> list[Match]:
    """Every trigger in ``span``; ``blocked(i)`` marks tokens that belong to actor names."""
    used: set[int] = set()
    out: list[Match] = []
    for tok in span:
        if tok.i in used or _skip(tok, blocked):
            continue
        phrase = _phrase_at(tok, span, lexicon, used, blocked)
        if phrase is not None:
            out.append(phrase)
            used.update(phrase.tokens)
    for tok in span:
        if tok.i in used or _skip(tok, blocked):
            continue
        entries = _entries_for(tok, lexicon.single.get(tok.lemma_.lower(), ()))
        if tok.lower_ != tok.lemma_.lower():
            entries += _entries_for(tok, lexicon.single.get(tok.lower_, ()))
        if entries:
            out.append(Match(tuple(dict.fromkeys(entries)), tok, (tok.i,), tok.text))
            used.add(tok.i)
    out.sort(key=lambda m: m.anchor.i)
    return out


def _skip(tok: Token, blocked: Callable[[int], bool]) -> bool:
    if tok.is_punct or tok.is_space or blocked(tok.i):
        return True
    if tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBG"):
        return True
    return bool(tok.ent_type_ in _NAME_LABELS)


def _entries_for(tok: Token, entries: Sequence[Trigger]) -> tuple[Trigger, ...]:
    cls = _POS_CLASS.get(tok.pos_)
    if cls is None:
        return ()
    if cls == "NOUN" and tok.dep_ == "compound":
        return ()
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    return tuple(t for t in entries if cls in t.pos and not t.unless & mods)


def _phrase_head(doc: Doc, idx: list[int]) -> int:
    """A verb phrase is anchored on its verb ("take up positions"), a noun phrase on
    its head: the word the others hang from ("cessation of hostilities"), else the last
    word, the English head ("security cooperation")."""
    if _POS_CLASS.get(doc[idx[0]].pos_) == "VERB":
        return 0
    inside = set(idx)
    if "of" in (doc[i].lower_ for i in idx):
        roots = [k for k, i in enumerate(idx) if doc[i].head.i not in inside
                 or doc[i].head.i == i]
        if len(roots) == 1:
            return roots[0]
    return len(idx) - 1


def _word_matches(word: str, tok: Token) -> bool:
    return word in (tok.lemma_.lower(), tok.lower_)


def _particle(tok: Token, trig: Trigger, span: Span, used: set[int]) -> int | None:
    """The particle of a two-word phrasal verb entry ("drive back", "call off")
    when the parser attached it to ``tok`` after an object, or None."""
    if len(trig.words) != 2 or _POS_CLASS.get(tok.pos_) != "VERB" or "VERB" not in trig.pos:
        return None
    for c in tok.children:
        # the parser tags some particles as adverbs ("drove the militants back")
        particle = c.dep_ == "prt" or (c.dep_ in ("advmod", "prep") and c.lower_ in _PARTICLES)
        if c.dep_ == "prep" and c.lower_ != "from" and any(k.dep_ == "pobj" for k in c.children):
            particle = False  # "called Erdogan on Tuesday": a phrase of its own, no "call on"
        if (particle and c.i > tok.i + 1 and span.start <= c.i < span.end
                and c.i not in used and _word_matches(trig.words[1], c)):
            return c.i
    return None


def _phrase_at(tok: Token, span: Span, lexicon: Lexicon, used: set[int],
               blocked: Callable[[int], bool]) -> Match | None:
    candidates = lexicon.phrases.get(tok.lemma_.lower(), ()) or lexicon.phrases.get(tok.lower_, ())
    doc = tok.doc
    for trig in candidates:
        particle = _particle(tok, trig, span, used)
        if particle is not None:
            # "drove the militants back": a phrasal verb around its object
            first, last = doc[tok.i], doc[particle]
            same = tuple(t for t in candidates if t.words == trig.words and "VERB" in t.pos)
            return Match(same, tok, (tok.i, particle),
                         doc.text[first.idx:last.idx + len(last.text)])
        idx = [tok.i]
        pos = tok.i + 1
        for word in trig.words[1:]:
            gap = 0
            while pos < span.end and not _word_matches(word, doc[pos]):
                t = doc[pos]
                if gap >= _MAX_GAP or not (t.pos_ in _GAP_POS or t.dep_ in _GAP_DEPS):
                    break
                gap += 1
                pos += 1
            if pos >= span.end or not _word_matches(word, doc[pos]) or pos in used:
                break
            idx.append(pos)
            pos += 1
        if len(idx) != len(trig.words) or any(blocked(i) for i in idx):
            continue
        anchor = doc[idx[trig.head if trig.head is not None else _phrase_head(doc, idx)]]
        cls = _POS_CLASS.get(anchor.pos_)
        if cls not in trig.pos:
            continue
        first, last = doc[idx[0]], doc[idx[-1]]
        text = doc.text[first.idx:last.idx + len(last.text)]
        same = tuple(t for t in candidates if t.words == trig.words and cls in t.pos)
        return Match(same, anchor, tuple(idx), text)
    return None
