"""Events and standing relations: who did what to whom, as the text says it.

``extract(doc, analysis, article, lexicon, kb)`` turns one parsed article
with its resolved actors into PLOVER ``Event`` records and standing
``Relation`` records, each tied to the sentence that states it.  The stages
live in their own modules: ``discourse`` (sentences, lists, quotes),
``triggers``, ``referents`` (what a noun phrase stands for), ``frames``
(clause-level readings), ``arguments``, ``antecedents`` (nouns that refer
back to earlier sentences), ``modality``, ``temporal``, ``places``,
``relations``, ``cameo`` (crosswalk) and ``plover`` (PLOVER JSON export).
"""

from __future__ import annotations

from allegiance.events.extractor import extract
from allegiance.events.plover import to_plover

__all__ = ["extract", "to_plover"]
