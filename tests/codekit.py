"""What the rules code in a sentence, for the construction tests (the ``rules`` fixture
in conftest.py gives the pipeline without the learned coder)."""

from __future__ import annotations

from typing import Any

from allegiance.pipeline import process_text


def coded(text: str, res: Any) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of the real events: not negated, not hypothetical."""
    return {(e.type.value, e.source, e.target) for e in process_text(text, res).events
            if not e.negated and e.factuality.value != "hypothetical"}
