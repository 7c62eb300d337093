"""Golden tests: the five seed articles in ../shared against their gold annotations.

Snippets and fields are compared with the scorer's own normalisations
(``text_norm`` and ``norm`` of ``shared/tools/score.py``), loaded from there.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from allegiance.clean import clean
from allegiance.records import CleanedText, RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold" / "seeds.json"
SEEDS = SHARED / "seeds"
SCORER = SHARED / "tools" / "score.py"


def _scorer() -> tuple[Callable[[str], str], Callable[[str | None], str]]:
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    if spec is None or spec.loader is None:
        raise ImportError(SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.text_norm, module.norm


def _gold() -> list[dict[str, Any]]:
    if not GOLD.is_file() or not SEEDS.is_dir():
        return []
    return list(json.loads(GOLD.read_text(encoding="utf-8"))["articles"])


GOLD_ARTICLES = _gold() if SCORER.is_file() else []
pytestmark = pytest.mark.skipif(
    not GOLD_ARTICLES, reason=f"seeds, gold or scorer not found under {SHARED} (shared absent)"
)
text_norm, norm = _scorer() if GOLD_ARTICLES else (str, str)
_cache: dict[str, CleanedText] = {}


def cleaned(gold: dict[str, Any]) -> CleanedText:
    name = gold["file"]
    if name not in _cache:
        path = SEEDS / name
        _cache[name] = clean(RawDocument(source_path=str(path), text=path.read_text("utf-8")))
    return _cache[name]


@pytest.mark.parametrize("gold", GOLD_ARTICLES, ids=lambda g: g["file"][:3])
def test_clean_seed_junk_removed(gold: dict[str, Any]) -> None:
    text = text_norm(cleaned(gold).text)
    kept = [j for j in gold["junk"] if text_norm(j) in text]
    assert kept == []


@pytest.mark.parametrize("gold", GOLD_ARTICLES, ids=lambda g: g["file"][:3])
def test_clean_seed_prose_kept(gold: dict[str, Any]) -> None:
    text = text_norm(cleaned(gold).text)
    lost = [k for k in gold["keep"] if text_norm(k) not in text]
    assert lost == []


@pytest.mark.parametrize("field", ["title", "published", "author"])
@pytest.mark.parametrize("gold", GOLD_ARTICLES, ids=lambda g: g["file"][:3])
def test_clean_seed_metadata(gold: dict[str, Any], field: str) -> None:
    assert norm(getattr(cleaned(gold), field)) == norm(gold.get(field))


@pytest.mark.parametrize("gold", GOLD_ARTICLES, ids=lambda g: g["file"][:3])
def test_clean_seed_outlet_and_source(gold: dict[str, Any]) -> None:
    c = cleaned(gold)
    if gold.get("outlet"):
        assert norm(gold["outlet"]) in {norm(c.outlet), norm(c.original_source)}
    else:
        assert c.outlet is None
    if gold.get("original_source"):
        assert norm(c.original_source) == norm(gold["original_source"])
    for rule in gold.get("must_not", []):
        if rule["kind"] == "outlet":
            assert norm(c.outlet) not in {norm(v) for v in rule["value"]}
            assert norm(c.original_source) not in {norm(v) for v in rule["value"]}
        if rule["kind"] == "published":
            assert c.published != rule["value"]


@pytest.mark.parametrize("gold", GOLD_ARTICLES, ids=lambda g: g["file"][:3])
def test_clean_seed_shape(gold: dict[str, Any]) -> None:
    c = cleaned(gold)
    assert c.language == "en"
    assert "\n\n\n" not in c.text
    assert c.text == c.text.strip()
    assert c.title is not None and c.text.startswith(c.title)


@pytest.mark.parametrize("gold", GOLD_ARTICLES, ids=lambda g: g["file"][:3])
def test_clean_seed_idempotent(gold: dict[str, Any]) -> None:
    first = cleaned(gold)
    again = clean(RawDocument(source_path="again", text=first.text))
    assert again.text == first.text
    assert again.title == first.title
