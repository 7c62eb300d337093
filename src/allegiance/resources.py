"""What ``process_document`` needs besides the raw article, loaded once a worker.

Loading the spaCy model and the knowledge base takes seconds, so engines build
one ``Resources`` per worker process and reuse it for every article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from allegiance.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

    from allegiance.kb import KnowledgeBase
    from allegiance.learned.coder import Coder
    from allegiance.lexicon import Lexicon


@dataclass(frozen=True)
class Resources:
    """The spaCy pipeline, the actor knowledge base, the trigger lexicon and the learned
    pair coder (None when the rules code alone)."""

    nlp: Language
    kb: KnowledgeBase
    lexicon: Lexicon
    settings: Settings
    coder: Coder | None = None


def load_resources(settings: Settings) -> Resources:
    """Load the model, the KB (package data plus ``settings.kb_paths``), the lexicon and,
    unless ``settings.coder`` is ``rules``, the shipped pair model."""
    from allegiance.kb import load_kb
    from allegiance.learned.coder import Coder, CoderMode
    from allegiance.learned.model import load_model
    from allegiance.lexicon import load_lexicon
    from allegiance.nlp import build_nlp

    kb = load_kb(settings.kb_paths)
    lexicon = load_lexicon()
    mode = CoderMode(settings.coder)
    model = None if mode is CoderMode.RULES else load_model()
    coder = Coder(model, lexicon, mode) if model is not None else None
    return Resources(nlp=build_nlp(kb), kb=kb, lexicon=lexicon, settings=settings, coder=coder)
