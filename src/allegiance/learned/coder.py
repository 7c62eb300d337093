"""The learned pair coder beside the rules: proposals where rules are silent, a check on
what they find.

For every ordered pair of actors mentioned in one sentence (``pairs``), the pair model
(``model.py``) gives the probability of each PLOVER type and of no event. How its
output joins the rules' (``Coder.combine``) is decided by thresholds chosen on held-out
training sentences (``training/train.py`` writes them into the model's metadata):

- ``add``: a pair the rules coded nothing for in that sentence gets the model's most
  probable type when its probability reaches ``add`` (the event's ``origin`` is
  ``model``, its confidence that probability);
- ``veto``: a two-actor rule event is dropped when the model gives its pair no event with
  probability at least ``veto`` and the rule's own confidence is below
  ``veto_rule_confidence``.

A model event's modality (negation, factuality, timeframe, speaker) is read by the
rules' modality reader on its trigger word: the word of the dependency path between the
two actors whose lexicon entries have the event's type, else the top of that path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Span, Token

from allegiance.analysis import ActorAnalysis
from allegiance.learned.features import Pair, lexicon_types, nearest_heads, pair_features, path
from allegiance.learned.model import PairModel
from allegiance.lexicon import Lexicon
from allegiance.records import Actor

# Defaults when a model file carries no thresholds of its own.
DEFAULT_ADD = 0.5
DEFAULT_VETO = 0.97
DEFAULT_VETO_RULE_CONFIDENCE = 0.6


class CoderMode(StrEnum):
    """Which coders run: the rules, the model, or both combined."""

    RULES = "rules"
    MODEL = "model"
    BOTH = "both"


@dataclass(frozen=True)
class Proposal:
    """A model event for one pair: type, probability, the word that evokes it."""

    source: str
    target: str
    type: str
    probability: float
    trigger: Token


def mention_heads(analysis: ActorAnalysis, span: Span) -> dict[str, list[Token]]:
    """Each actor of a sentence with the head tokens of its mentions there.

    A mention inside another actor's mention is a word of how that actor is named, not a
    participant: "Iranian" in "Iranian-backed forces", "Iraq" in "factions backed by
    Iraq". It pairs with nothing (the backing is a relation, not an event of the sentence).
    """
    out: dict[str, list[Token]] = {}
    doc = span.doc
    here = [m for m in analysis.mentions if span.start <= m.token_start < span.end]
    for m in here:
        if any(n.actor_id != m.actor_id and n.token_start <= m.token_start
               and m.token_end <= n.token_end and n.token_end - n.token_start
               > m.token_end - m.token_start for n in here):
            continue
        toks = doc[m.token_start:m.token_end]
        head = toks.root
        out.setdefault(m.actor_id, [])
        if head not in out[m.actor_id]:
            out[m.actor_id].append(head)
    return out


def pairs(heads: Mapping[str, Sequence[Token]],
          same_side: Callable[[str, str], bool]) -> list[Pair]:
    """Ordered pairs of distinct actors, not two parts of one state."""
    out: list[Pair] = []
    ids = sorted(heads)
    for a in ids:
        for b in ids:
            if a == b or same_side(a, b):
                continue
            ha, hb = nearest_heads(heads[a], heads[b])
            if ha.i == hb.i:
                continue
            out.append(Pair(a, b, ha, hb))
    return out


def kind_of(actor_id: str, actors: Mapping[str, Actor]) -> str:
    """The actor's kind, for features ("state", "person", ...)."""
    a = actors.get(actor_id)
    return a.kind.value if a is not None else "unknown"


class Coder:
    """Applies a pair model to the sentences of one article."""

    def __init__(self, model: PairModel, lexicon: Lexicon, mode: CoderMode) -> None:
        """Use ``model`` in ``mode`` (``rules`` makes it propose and veto nothing)."""
        self.model = model
        self.lexicon = lexicon
        self.mode = mode
        self.add = model.threshold("add", DEFAULT_ADD)
        self.veto = model.threshold("veto", DEFAULT_VETO)
        self.veto_rule_confidence = model.threshold("veto_rule_confidence",
                                                    DEFAULT_VETO_RULE_CONFIDENCE)

    def score(self, pair: Pair, actors: Mapping[str, Actor]) -> tuple[str, float, float]:
        """(best type, its probability, probability of no event) for a pair."""
        feats = pair_features(pair, self.lexicon, (kind_of(pair.source, actors),
                                                    kind_of(pair.target, actors)))
        return self.model.best(feats)

    def proposals(self, candidates: Iterable[Pair], covered: set[frozenset[str]],
                  actors: Mapping[str, Actor]) -> list[Proposal]:
        """Model events for pairs the rules left uncoded in the sentence."""
        if self.mode is CoderMode.RULES:
            return []
        out: list[Proposal] = []
        for pair in candidates:
            if self.mode is CoderMode.BOTH and frozenset((pair.source, pair.target)) in covered:
                continue
            label, p, _ = self.score(pair, actors)
            if p >= self.add:
                out.append(Proposal(pair.source, pair.target, label, p,
                                    self.trigger(pair, label)))
        return out

    def vetoes(self, pair: Pair, rule_confidence: float, actors: Mapping[str, Actor]) -> bool:
        """Whether the model overrules a rule event on this pair (see module doc)."""
        if self.mode is not CoderMode.BOTH or rule_confidence >= self.veto_rule_confidence:
            return False
        _, _, none = self.score(pair, actors)
        return none >= self.veto

    def trigger(self, pair: Pair, label: str) -> Token:
        """The word that evokes the proposed event (see module doc)."""
        left, top, right = path(pair.source_head, pair.target_head)
        on_path = [*left[1:], *([top] if top is not None else []), *right[1:]]
        for tok in on_path:
            if label in lexicon_types(self.lexicon, tok):
                return tok
        for tok in on_path:
            for c in tok.children:
                if label in lexicon_types(self.lexicon, c):
                    return c
        return top if top is not None else pair.source_head.head
