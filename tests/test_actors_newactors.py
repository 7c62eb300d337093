"""Unknown names become new actors of the right kind; debris is not an actor."""

from __future__ import annotations

import pytest

from allegiance.actors import analyse
from allegiance.analysis import ActorAnalysis
from test_actors_support import article_for, make_doc, mention_ids, small_kb


def _analyse(words: list[str], ents: list[tuple[int, int, str, str]],
             sent_starts: tuple[int, ...] = ()) -> ActorAnalysis:
    doc = make_doc(words, ents, sent_starts=sent_starts)
    return analyse(doc, article_for(doc), small_kb())


@pytest.mark.parametrize(("name", "kind"), [
    (["Imam", "Ali", "Brigades"], "armed_group"),
    (["Saraya", "Awliya", "al", "-", "Dam", "Forces"], "armed_group"),
    (["Dawa", "Party"], "political_party"),
    (["National", "Wisdom", "Movement"], "political_party"),
    (["Ministry", "of", "Oil"], "government"),
    (["New", "Lines", "Institute"], "organization"),
    (["Foundation", "for", "the", "Defense", "of", "Democracies"], "organization"),
    (["United", "Nations", "Assistance", "Mission"], "igo"),
])
def test_kind_from_the_head_word(name: list[str], kind: str) -> None:
    words = ["Officials", "of", "the", *name, "spoke", "in", "Iraq", "."]
    a = _analyse(words, [(3, 3 + len(name), "ORG", "")])
    ids_ = [i for i in a.actors if i.startswith("new:")]
    assert len(ids_) == 1 and ids_[0].startswith(f"new:{kind}:")


def test_a_militia_called_x_is_an_armed_group() -> None:
    a = _analyse(["a", "militia", "called", "Rab", "Allah", "struck", "."], [(3, 5, "ORG", "")])
    assert "new:armed_group:rab-allah" in a.actors


def test_org_without_tagging_is_found_from_its_capitalised_words() -> None:
    a = _analyse(["Jonathan", "Schanzer", "from", "the", "Foundation", "for", "the", "Defense",
                  "of", "Democracies", "remarked", "that", "it", "was", "bad", "."],
                 [(0, 2, "PERSON", "")])
    org = "new:organization:foundation-for-the-defense-of-democracies"
    assert org in a.actors
    assert [(r.title, r.organization) for r in a.actors["new:person:jonathan-schanzer"].roles] \
        == [("affiliate", org)]


def test_country_of_a_new_organisation_from_a_state_in_its_name() -> None:
    a = _analyse(["the", "Iraqi", "National", "Congress", "met", "."], [(1, 4, "ORG", "")])
    assert a.actors["new:political_party:iraqi-national-congress"].country == "IRQ"


@pytest.mark.parametrize(("words", "label"), [
    (["INTERNATIONAL"], "ORG"),
    (["POLITICS"], "ORG"),
    (["2014"], "ORG"),
    (["X"], "PERSON"),
    (["قالب", "وردپرس"], "PERSON"),
    (["Home", "/", "World", "/"], "ORG"),
])
def test_debris_is_not_an_actor(words: list[str], label: str) -> None:
    a = _analyse(["It", "was", "said", ":", *words, "here", "."], [(4, 4 + len(words), label, "")])
    assert not any(i.startswith("new:") for i in a.actors)


def test_places_are_not_actors() -> None:
    a = _analyse(["Fighters", "fled", "to", "the", "al", "-", "Hawl", "camp", "and", "into",
                  "Baghuz", "."], [(4, 7, "PERSON", ""), (10, 11, "PERSON", "")])
    assert not any(i.startswith("new:") for i in a.actors)


def test_unknown_person_is_a_new_person_and_never_dropped() -> None:
    a = _analyse(["Caroline", "Rose", "spoke", "."], [(0, 2, "PERSON", "")])
    assert mention_ids(a)["Caroline Rose"] == "new:person:caroline-rose"
    assert a.actors["new:person:caroline-rose"].kind.value == "person"
