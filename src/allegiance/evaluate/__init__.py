"""Evaluation against hand-annotated gold: the reference metrics and why events were missed.

``evaluate(gold, actors, export_dir)`` scores an export (``scorer.py``, with the
reference scorer's matching rules in ``matching.py``) and diagnoses every miss and
every unmatched event (``diagnosis.py``); ``render_report`` prints it (``render.py``).
"""

from __future__ import annotations

from allegiance.evaluate.diagnosis import Diagnosis, Extra, ExtraCause, Miss, MissCause, TypeScore
from allegiance.evaluate.matching import normalize_name, normalize_text, title_match
from allegiance.evaluate.render import render_report
from allegiance.evaluate.scorer import (
    HEADLINE_METRICS,
    METRIC_NAMES,
    MISSED,
    EvalReport,
    Metric,
    evaluate,
)

__all__ = [
    "HEADLINE_METRICS", "METRIC_NAMES", "MISSED", "Diagnosis", "EvalReport", "Extra",
    "ExtraCause", "Metric", "Miss", "MissCause", "TypeScore", "evaluate", "normalize_name",
    "normalize_text", "render_report", "title_match",
]
