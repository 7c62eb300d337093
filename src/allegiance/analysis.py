"""The hand-over from the actors stage to the events stage, inside one worker.

``ActorAnalysis`` may hold spaCy objects indirectly (token indices into the
``Doc``), so it never leaves the worker; ``process_document`` turns it into
``Actor``/``Mention``/``Relation`` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from allegiance.records import Actor, Relation


@dataclass(frozen=True)
class ResolvedMention:
    """A span of the Doc resolved to an actor.

    ``start``/``end`` are character offsets into ``doc.text`` (the article
    text); ``token_start``/``token_end`` token offsets (end exclusive).
    ``via`` says how it was resolved: ``kb``, ``alias``, ``demonym``,
    ``metonym``, ``sector``, ``collective``, ``coref``, ``new``.
    """

    actor_id: str
    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    via: str = "kb"


@dataclass
class ActorAnalysis:
    """Actors of one article: the records and the mention index by token."""

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[ResolvedMention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    # names (case-folded) the actor stage read as places, whatever the model's label
    # ("Tel Abyad" tagged a person): places, not actors, for the events stage
    place_names: frozenset[str] = frozenset()
    _by_token: dict[int, ResolvedMention] = field(default_factory=dict, repr=False)

    def add(self, mention: ResolvedMention) -> None:
        """Record a mention and index its tokens (first mention of a token wins)."""
        self.mentions.append(mention)
        for i in range(mention.token_start, mention.token_end):
            self._by_token.setdefault(i, mention)

    def at_token(self, i: int) -> ResolvedMention | None:
        """The mention covering token ``i``, if any."""
        return self._by_token.get(i)
