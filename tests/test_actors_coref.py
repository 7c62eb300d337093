"""Coreference rules on hand-built Docs: conservative, kind-compatible, windowed."""

from __future__ import annotations

from allegiance.actors import analyse
from allegiance.analysis import ActorAnalysis
from test_actors_support import article_for, make_doc, small_kb


def _analyse(words: list[str], ents: list[tuple[int, int, str, str]] = (),  # type: ignore[assignment]
             sent_starts: tuple[int, ...] = (), pos: list[str] | None = None) -> ActorAnalysis:
    doc = make_doc(words, ents, sent_starts=sent_starts, pos=pos)
    return analyse(doc, article_for(doc), small_kb())


def _coref(a: ActorAnalysis) -> list[tuple[str, str]]:
    return [(m.text, m.actor_id) for m in a.mentions if m.via == "coref"]


def test_definite_group_phrases_point_to_the_collective() -> None:
    words = ["Iran", "-", "backed", "groups", "grew", "in", "Iraq", ".", "These", "groups",
             "fought", ".", "Those", "militia", "groups", "won", "."]
    a = _analyse(words, sent_starts=(8, 12))
    assert _coref(a) == [("These groups", "coll:armed_group:IRQ:IRN"),
                         ("Those militia groups", "coll:armed_group:IRQ:IRN")]


def test_bare_militias_need_allowed_modifiers_only() -> None:
    words = ["Iran", "-", "backed", "groups", "grew", "in", "Iraq", ".", "Shiite", "militias",
             "fought", "rival", "militias", "."]
    a = _analyse(words, sent_starts=(8,))
    # "Shiite militias" are the story's Iran-backed groups (a described group, or by
    # coreference); "rival militias" are no one the story named
    got = [(m.text, m.actor_id) for m in a.mentions if m.text.endswith("militias")]
    assert got == [("Shiite militias", "coll:armed_group:IRQ:IRN")]


def test_no_collective_no_resolution() -> None:
    a = _analyse(["The", "militias", "fought", "in", "Iraq", "."])
    assert _coref(a) == []


def test_he_takes_the_nearest_person_and_she_is_not_him() -> None:
    words = ["Hadi", "al", "-", "Ameri", "spoke", ".", "He", "left", ".", "She", "stayed", "."]
    a = _analyse(words, [(0, 4, "PERSON", "")], sent_starts=(6, 9),
                 pos=["PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT", "PRON", "VERB",
                      "PUNCT", "PRON", "VERB", "PUNCT"])
    assert _coref(a) == [("He", "AMERI")]


def test_pronoun_beyond_the_window_stays_unresolved() -> None:
    words = ["Ameri", "spoke", ".", "A", ".", "B", ".", "C", ".", "D", ".", "He", "left", "."]
    a = _analyse(words, [(0, 1, "PERSON", "")], sent_starts=(3, 5, 7, 9, 11))
    assert _coref(a) == []


def test_the_group_takes_the_nearest_named_organisation() -> None:
    words = ["Badr", "fought", "in", "Iraq", ".", "The", "group", "won", "."]
    a = _analyse(words, [(0, 1, "ORG", "BADR")], sent_starts=(5,))
    assert _coref(a) == [("The group", "BADR")]


def test_the_government_takes_the_latest_government() -> None:
    words = ["The", "Iraqi", "government", "met", ".", "The", "government", "agreed", "."]
    a = _analyse(words, sent_starts=(5,), pos=["DET", "ADJ", "NOUN", "VERB", "PUNCT", "DET",
                                                "NOUN", "VERB", "PUNCT"])
    assert _coref(a) == [("government", "IRQ-GOV")]
