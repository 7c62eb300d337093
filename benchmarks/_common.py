"""What the sentence benchmarks share: coding many sentences, ranking events, printing.

Sentences are coded with ``allegiance.pipeline.process_text`` (the article path without
the cleaner, whose length floor is for scraped pages), parsed in one ``nlp.pipe``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load() -> Any:
    """The engine's resources (model, KB, lexicon), loaded once."""
    from allegiance.resources import load_resources
    from allegiance.settings import Settings

    return load_resources(Settings(progress=False))


def code_all(texts: Iterable[str], res: Any) -> Iterator[Any]:
    """``DocResult`` of each text, in order."""
    from allegiance.pipeline import process_text

    texts = list(texts)
    for i, (text, doc) in enumerate(zip(texts, res.nlp.pipe(texts, batch_size=64), strict=True)):
        yield process_text(text, res, source_path=f"s{i}", doc=doc)


def real(e: Any) -> bool:
    """Neither negated nor hypothetical: an event a dataset would code."""
    return not e.negated and e.factuality.value != "hypothetical"


def rank(e: Any) -> tuple[bool, bool, float]:
    """Real events first, then those with a target, then by confidence."""
    return (real(e), e.target is not None, e.confidence)


def norm(s: str) -> str:
    """Lower-case words and digits only, for comparing actor texts."""
    return re.sub(r"[^a-z0-9]+", " ", s.casefold()).strip()


def pct(a: int, b: int) -> str:
    """``0.xxx (a/b)``, or n/a."""
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def f1(p: float, r: float) -> float:
    """Harmonic mean of precision and recall."""
    return 2 * p * r / (p + r) if p + r else 0.0
