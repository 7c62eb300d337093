"""The ``descriptions`` field: folded like aliases, validated, and never a name."""

from __future__ import annotations

import pytest

from allegiance.errors import KnowledgeBaseError
from allegiance.kb import KnowledgeBase, entry_from_mapping, load_kb


def test_descriptions_are_folded_like_aliases() -> None:
    e = entry_from_mapping({"id": "NDF", "name": "National Defence Forces", "kind": "armed_group",
                            "descriptions": ["The Loyalist Militia", "pro-government fighters",
                                             "the loyalist militia"]}, "f.yaml", 1)
    assert e.descriptions == ("loyalist militia", "pro government fighters")


def test_descriptions_must_be_strings() -> None:
    with pytest.raises(KnowledgeBaseError, match="descriptions"):
        entry_from_mapping({"id": "X", "name": "X", "kind": "armed_group",
                            "descriptions": [3]}, "f.yaml", 1)


def test_a_description_is_not_an_alias() -> None:
    e = entry_from_mapping({"id": "NDF", "name": "National Defence Forces", "kind": "armed_group",
                            "descriptions": ["loyalists"]}, "f.yaml", 1)
    kb = KnowledgeBase([e])
    assert kb.candidates("loyalists") == []
    assert all(surface != "loyalists" for surface, _ in kb.alias_patterns())


def test_the_package_kb_describes_the_pmf_by_its_volunteers() -> None:
    pmf = load_kb().get("PMF")
    assert pmf is not None and "volunteers" in pmf.descriptions
