"""Features of an ordered actor pair in one sentence, for the learned pair coder.

A pair is two actors of the sentence, each represented by the mention whose head is
nearest the other's in the dependency tree. What the pair coder reads is what a coder
reads: the words and grammatical relations that join the two (the dependency path and
the word at its top), the lexicon types those words evoke, how each actor attaches to
the clause (subject, object, the preposition it hangs from, a possessor), the words in
between, and what kind of actors they are. Features are strings; the model weighs them
(``model.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from allegiance.lexicon import Lexicon

_MAX_PATH = 7
_MAX_BETWEEN = 14
_CONTENT = frozenset({"VERB", "NOUN", "ADJ", "ADP", "PART", "AUX", "ADV", "PROPN"})


@dataclass(frozen=True)
class Pair:
    """Two actors of one sentence and the mention heads that stand for them."""

    source: str
    target: str
    source_head: Token
    target_head: Token


def lexicon_types(lexicon: Lexicon, tok: Token) -> tuple[str, ...]:
    """PLOVER types the lexicon gives a token's lemma (single-word entries)."""
    out: list[str] = []
    for key in {tok.lemma_.lower(), tok.lower_}:
        for t in lexicon.single.get(key, ()):
            if t.type.value not in out:
                out.append(t.type.value)
    return tuple(sorted(out))


def _chain(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def path(a: Token, b: Token) -> tuple[list[Token], Token | None, list[Token]]:
    """The tokens from ``a`` up to the lowest common ancestor and down to ``b``:
    (a's side without the ancestor, the ancestor, b's side without it)."""
    up_a, up_b = _chain(a), _chain(b)
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in ids_b:
            return up_a[:n], t, up_b[:ids_b[t.i]]
    return up_a, None, up_b


def path_length(a: Token, b: Token) -> int:
    """Edges between two tokens (a large number when they share no root)."""
    left, top, right = path(a, b)
    return len(left) + len(right) if top is not None else 99


def _attach(tok: Token) -> str:
    """How a mention head hangs in its clause: its relation, with the preposition."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        return f"{tok.head.lower_}:{tok.head.head.pos_}"
    if tok.dep_ == "poss":
        return f"poss:{tok.head.lemma_.lower()}"
    return tok.dep_


def pair_features(pair: Pair, lexicon: Lexicon, kinds: tuple[str, str]) -> list[str]:
    """The feature strings of ``pair``; ``kinds`` are the actors' kinds (state, person...)."""
    return [*_pair(pair, lexicon, kinds), *sentence_features(pair.source_head.sent, lexicon)]


def _pair(pair: Pair, lexicon: Lexicon, kinds: tuple[str, str]) -> list[str]:
    s, t = pair.source_head, pair.target_head
    left, top, right = path(s, t)
    f: list[str] = [f"skind={kinds[0]}", f"tkind={kinds[1]}", f"kinds={kinds[0]}>{kinds[1]}",
                    f"sdep={_attach(s)}", f"tdep={_attach(t)}",
                    f"deps={s.dep_}>{t.dep_}", "order=st" if s.i < t.i else "order=ts"]
    if top is None:
        f.append("path=none")
        return f
    steps = [f"{x.dep_}^" for x in left] + [f"v{x.dep_}" for x in reversed(right)]
    f.append(f"len={min(len(steps), _MAX_PATH)}")
    if len(steps) <= _MAX_PATH:
        f.append("path=" + "_".join(steps))
    top_lemma = top.lemma_.lower()
    f += [f"top={top_lemma}", f"top_pos={top.pos_}", f"top_dep={top.dep_}"]
    f.append(f"top_s={top_lemma}|{_attach(s)}")
    f.append(f"top_t={top_lemma}|{_attach(t)}")
    f.append(f"top_st={top_lemma}|{_attach(s)}|{_attach(t)}")
    for ty in lexicon_types(lexicon, top):
        f += [f"top_type={ty}", f"top_type_st={ty}|{s.dep_}|{t.dep_}"]
    inner = [x for x in (*left[1:], *right[1:])]
    for x in inner:
        if x.pos_ in _CONTENT:
            f.append(f"on={x.lemma_.lower()}")
            for ty in lexicon_types(lexicon, x):
                f.append(f"on_type={ty}")
    # words that qualify the top word: its negation, its modal, its particle, its object
    for c in top.children:
        if c.dep_ in ("neg", "aux", "prt", "dobj", "xcomp", "acomp", "advmod") and c.i not in (s.i, t.i):
            f.append(f"topkid={c.dep_}:{c.lemma_.lower()}")
            for ty in lexicon_types(lexicon, c):
                f.append(f"topkid_type={c.dep_}:{ty}")
    lo, hi = sorted((s.i, t.i))
    if hi - lo <= _MAX_BETWEEN:
        doc = s.doc
        for x in doc[lo + 1:hi]:
            if (x.pos_ in ("VERB", "NOUN", "ADP") and not x.is_stop) or x.pos_ == "VERB":
                f.append(f"btw={x.lemma_.lower()}")
                for ty in lexicon_types(lexicon, x):
                    f.append(f"btw_type={ty}")
    return f


def sentence_features(tokens: Iterable[Token], lexicon: Lexicon) -> list[str]:
    """Bag of lexicon types and verb lemmas of a sentence (shared context of its pairs)."""
    out: list[str] = []
    for tok in tokens:
        if tok.pos_ == "VERB":
            out.append(f"sverb={tok.lemma_.lower()}")
        for ty in lexicon_types(lexicon, tok):
            out.append(f"stype={ty}")
    return sorted(set(out))


def nearest_heads(heads_a: Sequence[Token], heads_b: Sequence[Token]) -> tuple[Token, Token]:
    """The pair of mention heads (one of each actor) closest in the tree."""
    best = min(((a, b) for a in heads_a for b in heads_b),
               key=lambda ab: (path_length(*ab), abs(ab[0].i - ab[1].i)))
    return best
