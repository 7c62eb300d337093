"""Roles from titles and appositions, and the relations they imply (hand-built Docs)."""

from __future__ import annotations

from typing import Any

from allegiance.actors import analyse
from allegiance.analysis import ActorAnalysis
from allegiance.pipeline import process_text
from allegiance.records import Role
from test_actors_support import article_for, make_doc, small_kb


def _analyse(words: list[str], ents: list[tuple[int, int, str, str]],
             sent_starts: tuple[int, ...] = (), tags: list[str] | None = None) -> ActorAnalysis:
    doc = make_doc(words, ents, sent_starts=sent_starts, tags=tags)
    return analyse(doc, article_for(doc), small_kb())


def _roles(a: ActorAnalysis, actor_id: str) -> list[tuple[str, str | None, bool]]:
    return [(r.title, r.organization, r.former) for r in a.actors[actor_id].roles]


def test_demonym_and_title_before_a_name() -> None:
    a = _analyse(["Iraqi", "Foreign", "Minister", "Fuad", "Hussein", "spoke", "."],
                 [(0, 1, "NORP", ""), (3, 5, "PERSON", "")])
    person = "new:person:fuad-hussein"
    assert _roles(a, person) == [("Foreign Minister", "IRQ", False)]
    assert a.actors[person].country == "IRQ"
    assert a.actors[person].roles[0] == Role("Foreign Minister", "IRQ", "2024-05-01")


def test_state_title_without_state_takes_the_known_role_or_the_focus() -> None:
    a = _analyse(["Prime", "Minister", "Sudani", "met", "Prime", "Minister", "Ali", "Saleh",
                  "in", "Iraq", "."], [(2, 3, "PERSON", ""), (6, 8, "PERSON", "")])
    assert ("Prime Minister", "IRQ", False) in _roles(a, "SUDANI")
    assert _roles(a, "new:person:ali-saleh") == [("Prime Minister", "IRQ", False)]


def test_minister_of_the_portfolio_is_the_portfolio_minister() -> None:
    a = _analyse(["Minister", "of", "the", "Interior", "Qassim", "Araji", "spoke", "in", "Iraq",
                  "."], [(4, 6, "PERSON", "")])
    assert _roles(a, "new:person:qassim-araji") == [("Interior Minister", "IRQ", False)]


def test_apposition_gives_the_organisation_and_leads() -> None:
    words = ["said", "Hadi", "al", "-", "Ameri", ",", "the", "leader", "of", "the", "Badr",
             "organization", ",", "and", "the", "leader", "of", "the", "electoral", "alliance",
             ",", "known", "as", "Fatah", ".", "Iraq", "votes", "."]
    a = _analyse(words, [(1, 5, "PERSON", ""), (10, 12, "ORG", "BADR"), (23, 24, "ORG", "")],
                 sent_starts=(25,))
    assert ("leader", "BADR", False) in _roles(a, "AMERI")
    assert ("leader", "FATAH_IRQ", False) in _roles(a, "AMERI")
    leads = {(r.source, r.relation.value, r.target) for r in a.relations}
    assert {("AMERI", "leads", "BADR"), ("AMERI", "leads", "FATAH_IRQ")} <= leads
    assert "FATAH_PSE" not in a.actors


def test_apposition_with_a_topic_and_an_employer() -> None:
    words = ["Inna", "Rudolf", ",", "an", "expert", "on", "the", "PMF", "from", "King", "'s",
             "College", "London", ",", "highlighted", "efforts", "."]
    tags = ["NNP", "NNP", ",", "DT", "NN", "IN", "DT", "NNP", "IN", "NNP", "POS", "NNP", "NNP",
            ",", "VBD", "NNS", "."]
    a = _analyse(words, [(0, 2, "PERSON", ""), (7, 8, "ORG", "PMF"), (9, 13, "ORG", "")],
                 tags=tags)
    org = "new:organization:kings-college-london"
    assert _roles(a, "new:person:inna-rudolf") == [("expert", org, False)]
    assert a.actors[org].kind.value == "organization"


def test_as_a_former_commander_goes_to_the_person_after_the_comma() -> None:
    words = ["Ameri", "spoke", ".", "As", "a", "former", "commander", "of", "a", "militia",
             "backed", "by", "Iran", ",", "he", "is", "trusted", "in", "Iraq", "."]
    a = _analyse(words, [(0, 1, "PERSON", "")], sent_starts=(3,))
    coll = "coll:armed_group:IRQ:IRN"
    assert ("commander", coll, True) in _roles(a, "AMERI")
    member = [r for r in a.relations if r.relation.value == "member_of"]
    assert [(r.source, r.target, r.former) for r in member] == [("AMERI", coll, True)]
    assert coll in a.actors


def test_ambassador_of_a_state() -> None:
    a = _analyse(["US", "Ambassador", "Douglas", "J.", "Silliman", "met", "him", "."],
                 [(0, 1, "GPE", ""), (2, 5, "PERSON", "")])
    person = "new:person:douglas-j-silliman"
    assert _roles(a, person) == [("Ambassador", "USA", False)]
    assert a.actors[person].country == "USA"


def test_the_only_state_named_after_a_title_does_not_own_it(resources: Any) -> None:
    # "President Bush threatened Russia" makes no Russian president
    for text in ("President Bush has threatened further action against Russia.",
                 "Prime Minister Lubbers warned Iraq on Tuesday."):
        got = process_text(text, resources)
        person = next(a for a in got.actors if a.kind.value == "person")
        assert all(r.organization is None for r in person.roles), person.roles


def test_the_only_state_named_before_a_title_owns_it(resources: Any) -> None:
    got = process_text("In Uganda, President Museveni banned opposition rallies.", resources)
    person = next(a for a in got.actors if a.kind.value == "person")
    assert [r.organization for r in person.roles] == ["UGA"]
