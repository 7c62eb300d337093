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
    from allegiance.lexicon import Lexicon


@dataclass(frozen=True)
class Resources:
    """The spaCy pipeline, the actor knowledge base and the trigger lexicon."""

    nlp: Language
    kb: KnowledgeBase
    lexicon: Lexicon
    settings: Settings


def load_resources(settings: Settings) -> Resources:
    """Load the model, the KB (package data plus ``settings.kb_paths``) and the lexicon."""
    from allegiance.kb import load_kb
    from allegiance.lexicon import load_lexicon
    from allegiance.nlp import build_nlp

    kb = load_kb(settings.kb_paths)
    return Resources(nlp=build_nlp(kb), kb=kb, lexicon=load_lexicon(), settings=settings)
