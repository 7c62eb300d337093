"""People the model mislabels or names in part: given names, surnames, gender."""

from __future__ import annotations

from allegiance.actors import analyse
from allegiance.analysis import ActorAnalysis
from allegiance.records import ActorKind
from test_actors_support import article_for, make_doc, small_kb


def _analyse(words: list[str], ents: list[tuple[int, int, str, str]],
             sent_starts: tuple[int, ...] = ()) -> ActorAnalysis:
    doc = make_doc(words, ents, sent_starts=sent_starts)
    return analyse(doc, article_for(doc), small_kb())


def _kinds(a: ActorAnalysis) -> dict[str, ActorKind]:
    return {m.text: a.actors[m.actor_id].kind for m in a.mentions}


def test_organisation_labelled_given_names_are_people() -> None:
    words = ["Aid", "workers", "found", "Kirsty", "Rosse", "-", "Emile", "and", "Zaynab",
             "in", "the", "camp", "."]
    a = _analyse(words, [(3, 7, "ORG", ""), (8, 9, "ORG", "")])
    kinds = _kinds(a)
    assert kinds["Kirsty Rosse-Emile"] is ActorKind.PERSON
    assert kinds["Zaynab"] is ActorKind.PERSON


def test_a_name_after_other_words_is_cut_out_as_the_person() -> None:
    words = ["Minister", "for", "the", "Middle", "East", "Tobias", "Ellwood", "spoke", "."]
    a = _analyse(words, [(3, 7, "ORG", "")])
    assert _kinds(a) == {"Tobias Ellwood": ActorKind.PERSON}


def test_capitalised_words_after_a_lower_case_noun_are_the_person() -> None:
    words = ["The", "Iraqi", "national", "Yago", "Riedijk", "spoke", "."]
    a = _analyse(words, [(1, 5, "ORG", "")])
    assert _kinds(a)["Yago Riedijk"] is ActorKind.PERSON


def test_a_name_with_an_organisation_word_stays_an_organisation() -> None:
    a = _analyse(["Kirsty", "Foundation", "said", "so", "."], [(0, 2, "ORG", "")])
    assert _kinds(a) == {"Kirsty Foundation": ActorKind.ORGANIZATION}


def test_place_labelled_given_names_are_people() -> None:
    words = ["A", "story", "of", "Karim", "and", "Sadiq", "."]
    a = _analyse(words, [(3, 4, "GPE", ""), (5, 6, "GPE", "")])
    assert _kinds(a) == {"Karim": ActorKind.PERSON, "Sadiq": ActorKind.PERSON}


def test_shared_surname_goes_to_the_person_named_last() -> None:
    words = ["Asma", "Begum", "spoke", ".", "Shamima", "Begum", "left", ".", "Begum", "cried",
             "."]
    for label in ("ORG", "PERSON"):
        a = _analyse(words, [(0, 2, "PERSON", ""), (4, 6, "PERSON", ""), (8, 9, label, "")],
                     sent_starts=(4, 8))
        last = next(m for m in a.mentions if m.token_start == 8)
        assert last.actor_id == "new:person:shamima-begum", label


def test_a_given_name_alone_is_the_one_person_of_that_given_name() -> None:
    words = ["Karim", "Wasifi", "studied", "music", ".", "Karim", "played", "."]
    a = _analyse(words, [(0, 2, "PERSON", ""), (5, 6, "PERSON", "")], sent_starts=(5,))
    assert {m.actor_id for m in a.mentions} == {"new:person:karim-wasifi"}


def test_pronouns_respect_the_gender_of_given_names() -> None:
    words = ["Sarah", "Jones", "met", "Ahmed", "Ali", ".", "She", "left", ".", "He", "stayed",
             "."]
    a = _analyse(words, [(0, 2, "PERSON", ""), (3, 5, "PERSON", "")], sent_starts=(6, 9))
    coref = {m.text: m.actor_id for m in a.mentions if m.via == "coref"}
    assert coref == {"She": "new:person:sarah-jones", "He": "new:person:ahmed-ali"}


def test_a_pronoun_of_the_other_gender_stays_unresolved() -> None:
    words = ["Ahmed", "Ali", "spoke", ".", "Her", "daughter", "left", "."]
    a = _analyse(words, [(0, 2, "PERSON", "")], sent_starts=(4,))
    assert [m for m in a.mentions if m.via == "coref"] == []
