"""How much each claim counts: article (source quality) and event weights.

The formulas and every number are documented in ``data/aggregate/weights.yaml``:

* ``article_weight = max(floor, prod(1 - slope * min(1, signal / full_at)) * byline/date
  factors)``; duplicates weigh 0.
* ``event_weight = factuality[f] * article_weight``; negated events weigh 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from allegiance.aggregate.config import AggregateConfig, load_config
from allegiance.records import Article, Event, QuadClass

COOPERATIVE_QUADS = frozenset({QuadClass.VERBAL_COOPERATION, QuadClass.MATERIAL_COOPERATION})


def _signal(value: Any, full_at: float) -> float | None:
    """A quality signal scaled to [0, 1] (1 at ``full_at``), or None when it is not a number."""
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)) and full_at > 0:
        return min(1.0, max(0.0, float(value) / full_at))
    return None


def quality_weight(quality: Mapping[str, Any], *, has_author: bool, has_date: bool,
                   config: AggregateConfig | None = None) -> float:
    """Weight of a source from its quality signals, byline and date (0.1 .. 1)."""
    rules = (config or load_config()).quality
    w = 1.0
    for name, slope, full_at in rules.signals:
        v = _signal(quality.get(name), full_at)
        if v is not None:
            w *= 1.0 - slope * v
    if not has_author:
        w *= rules.missing_author
    if not has_date:
        w *= rules.missing_date
    return max(rules.floor, w)


def article_weight(article: Article, config: AggregateConfig | None = None) -> float:
    """How much an article's claims count: 0 for a duplicate, else its source quality."""
    if article.duplicate_of is not None:
        return 0.0
    return quality_weight(article.quality, has_author=bool(article.author),
                          has_date=bool(article.published), config=config)


def event_weight(event: Event, article: Article, config: AggregateConfig | None = None) -> float:
    """How much one report of an event counts: factuality times the article's weight."""
    cfg = config or load_config()
    if event.negated:
        return 0.0
    f = cfg.factuality.get(event.factuality, 0.0)
    if f == 0.0:
        return 0.0
    return f * article_weight(article, cfg)


def is_cooperative(quad: QuadClass) -> bool:
    """Whether a quad class is cooperation (else conflict)."""
    return quad in COOPERATIVE_QUADS
