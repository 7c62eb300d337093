"""The spaCy pipeline of ``build_nlp``: KB ruler, name repair, paragraph sentences."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from allegiance.nlp import RULER_NAME, build_nlp, kb_patterns, ruler_label
from allegiance.records import ActorKind
from test_actors_support import small_kb


def _ents(doc: Doc) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label_, e.ent_id_) for e in doc.ents}


def test_ruler_fixes_the_model_misses(resources: Any) -> None:
    doc = resources.nlp("Hadi al-Ameri, the leader of the Badr organization, met the Axis of "
                        "Resistance and the Popular Mobilization Units in Baghdad.")
    ents = _ents(doc)
    assert ents["Badr organization"] == ("ORG", "BADR")
    assert ents["Axis of Resistance"][0] == "ORG"
    assert ents["Popular Mobilization Units"] == ("ORG", "PMF")
    assert ents["Hadi al-Ameri"][0] == "PERSON"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_names_cut_at_an_apostrophe_are_one_person(resources: Any, apostrophe: str) -> None:
    doc = resources.nlp(f"Iraqi Prime Minister Mohammed Shia{apostrophe} Al-Sudani has vowed "
                        "to preserve national sovereignty.")
    assert f"Mohammed Shia{apostrophe} Al-Sudani" in _ents(doc)


def test_unknown_name_cut_at_an_apostrophe_is_joined(resources: Any) -> None:
    doc = resources.nlp("Yesterday Ahmed Bara\u2019 Al-Khafaji said the talks failed.")
    assert any(e.text.startswith("Ahmed") and e.text.endswith("Al-Khafaji") for e in doc.ents)


def test_paragraph_breaks_start_sentences(resources: Any) -> None:
    doc = resources.nlp("Iraq needs the USA\n\nThe militias never worked with the US")
    assert [s.text.strip() for s in doc.sents] == ["Iraq needs the USA",
                                                   "The militias never worked with the US"]


def test_one_word_aliases_match_only_as_written_and_is_is_left_out() -> None:
    patterns = kb_patterns(small_kb(), {"is", "us"})
    surfaces = {p["pattern"] for p in patterns}
    assert "IS" not in surfaces and "US" not in surfaces
    assert {"Badr", "PMUs", "ISIL"} <= surfaces
    fatah = [p for p in patterns if p["pattern"] == "Fatah"]
    assert fatah and "id" not in fatah[0]  # ambiguous: resolved by context later


def test_ruler_labels_by_kind() -> None:
    assert ruler_label([ActorKind.PERSON]) == "PERSON"
    assert ruler_label([ActorKind.STATE]) == "GPE"
    assert ruler_label([ActorKind.ARMED_GROUP, ActorKind.POLITICAL_PARTY]) == "ORG"


def test_build_nlp_is_pipe_compatible_with_a_small_kb() -> None:
    nlp = build_nlp(small_kb())
    assert RULER_NAME in nlp.pipe_names
    docs = list(nlp.pipe(["The PMUs fought.", "Badr organization fighters left."]))
    assert [_ents(d).get("PMUs", ("", ""))[1] for d in docs[:1]] == ["PMF"]
    assert _ents(docs[1])["Badr organization"] == ("ORG", "BADR")
    # lower-case look-alikes of multi-word names are left alone
    doc = nlp("an islamic state of mind")
    assert not doc.ents or all(e.ent_id_ != "ISIS" for e in doc.ents)


@pytest.mark.parametrize(("text", "words"), [
    ("a U.S.-Russian plan", ["a", "U.S.", "-", "Russian", "plan"]),
    ("U.S.-Iraqi forces", ["U.S.", "-", "Iraqi", "forces"]),
    ("the U.S.-led coalition", ["the", "U.S.-led", "coalition"]),
    ("the U.N.-backed government", ["the", "U.N.-backed", "government"]),
])
def test_a_hyphen_after_an_abbreviation_joins_two_names(resources: Any, text: str,
                                                        words: list[str]) -> None:
    assert [t.text for t in resources.nlp(text)] == words
