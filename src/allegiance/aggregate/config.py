"""The documented weights and rules of aggregation, read from package data.

``data/aggregate/weights.yaml`` holds the weights (quad classes, factuality,
source quality) and ``data/aggregate/rules.yaml`` the rules (dedup
thresholds, merge window, stance band, shift cues); both files explain every
number. ``load_config()`` reads them once; tests build variants with
``dataclasses.replace``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from allegiance.records import EventType, Factuality, QuadClass, RelationType


@dataclass(frozen=True)
class DedupRules:
    """Near-duplicate detection parameters (see ``rules.yaml``)."""

    shingle_words: int = 5
    num_perm: int = 128
    seed: int = 1
    lsh_threshold: float = 0.3
    jaccard: float = 0.5
    containment: float = 0.8
    min_shingles: int = 8


@dataclass(frozen=True)
class QualityRules:
    """How source-quality signals lower an article's weight (see ``weights.yaml``)."""

    floor: float = 0.1
    missing_author: float = 0.9
    missing_date: float = 0.9
    signals: tuple[tuple[str, float, float], ...] = ()  # (name, slope, full_at)


@dataclass(frozen=True)
class AggregateConfig:
    """Every weight and threshold aggregation uses."""

    quad_weights: dict[QuadClass, float]
    type_quads: dict[EventType, QuadClass]
    stance_neutral_types: frozenset[EventType]
    factuality: dict[Factuality, float]
    quality: QualityRules
    dedup: DedupRules
    window_days: int
    neutral_band: float
    min_weight: float
    cue_cooperative_types: frozenset[EventType]
    cue_hostile_types: frozenset[EventType]
    cue_cooperative_relations: frozenset[RelationType]
    cue_hostile_relations: frozenset[RelationType]

    def quad_of(self, type_: EventType, quad: QuadClass | None) -> QuadClass:
        """The event's own quad class, else the documented one of its type."""
        return quad if quad is not None else self.type_quads[type_]

    def stance_weight(self, type_: EventType, quad: QuadClass) -> float:
        """What one unit of an incident's weight adds to its side of the stance:
        the quad's magnitude, 0 for a de-escalation type."""
        return 0.0 if type_ in self.stance_neutral_types else self.quad_weights[quad]

    def fingerprint(self) -> str:
        """A digest of every weight and rule: stored aggregation state made under
        another fingerprint is stale."""
        return hashlib.sha256(
            json.dumps(_canonical(dataclasses.asdict(self)), sort_keys=True).encode("utf-8")
        ).hexdigest()[:16]


def _canonical(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(str(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    return value


def _read(name: str) -> dict[str, Any]:
    path = resources.files("allegiance") / "data" / "aggregate" / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{name}: expected a mapping")
    return data


@cache
def load_config() -> AggregateConfig:
    """The package's aggregation config (cached; the YAML files are read once)."""
    w = _read("weights.yaml")
    r = _read("rules.yaml")
    q = w["article_quality"]
    cues = r["cues"]
    return AggregateConfig(
        quad_weights={QuadClass(k): float(v) for k, v in w["quad_weights"].items()},
        type_quads={EventType(k): QuadClass(v) for k, v in w["type_quads"].items()},
        stance_neutral_types=frozenset(EventType(t) for t in w.get("stance_neutral_types", ())),
        factuality={Factuality(k): float(v) for k, v in w["factuality"].items()},
        quality=QualityRules(
            floor=float(q["floor"]),
            missing_author=float(q["missing_author"]),
            missing_date=float(q["missing_date"]),
            signals=tuple((str(k), float(v["slope"]), float(v["full_at"]))
                          for k, v in q["signals"].items()),
        ),
        dedup=DedupRules(**r["dedup"]),
        window_days=int(r["merge"]["window_days"]),
        neutral_band=float(r["stance"]["neutral_band"]),
        min_weight=float(r["stance"]["min_weight"]),
        cue_cooperative_types=frozenset(EventType(t) for t in cues["cooperative_types"]),
        cue_hostile_types=frozenset(EventType(t) for t in cues["hostile_types"]),
        cue_cooperative_relations=frozenset(
            RelationType(t) for t in cues["cooperative_relations"]),
        cue_hostile_relations=frozenset(RelationType(t) for t in cues["hostile_relations"]),
    )
