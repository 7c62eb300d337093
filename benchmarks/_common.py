"""What the sentence benchmarks share: coding many sentences, ranking events, printing.

Sentences go through the whole per-article path, as ``allegiance run`` takes them: the
cleaner (a sentence is an input), then ``allegiance.pipeline.process_text`` on the cleaned
text, parsed in one ``nlp.pipe``. A sentence the cleaner rejects is coded as nothing (and
counted in ``REJECTED``).
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


REJECTED: list[str] = []


def code_all(texts: Iterable[str], res: Any) -> Iterator[Any]:
    """``DocResult`` of each text, in order (see the module doc)."""
    from allegiance.clean import clean
    from allegiance.errors import NotAnArticle
    from allegiance.pipeline import process_text
    from allegiance.records import RawDocument

    cleaned: list[str] = []
    for i, text in enumerate(texts):
        try:
            cleaned.append(clean(RawDocument(f"s{i}", text=text),
                                 min_chars=res.settings.min_article_chars).text)
        except NotAnArticle:
            REJECTED.append(text)
            cleaned.append("")
    docs = res.nlp.pipe(cleaned, batch_size=64)
    for i, (text, doc) in enumerate(zip(cleaned, docs, strict=True)):
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
