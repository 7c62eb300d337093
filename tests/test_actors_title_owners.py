"""Whose title it is: epithets before titles, subordinate titles, and state titles with
no state named (hand-built Docs)."""

from __future__ import annotations

from allegiance.actors import analyse
from allegiance.analysis import ActorAnalysis
from allegiance.records import RelationType
from test_actors_support import article_for, make_doc, small_kb


def _analyse(words: list[str], ents: list[tuple[int, int, str, str]],
             sent_starts: tuple[int, ...] = ()) -> ActorAnalysis:
    doc = make_doc(words, ents, sent_starts=sent_starts)
    return analyse(doc, article_for(doc), small_kb())


def _roles(a: ActorAnalysis, actor_id: str) -> list[tuple[str, str | None]]:
    return [(r.title, r.organization) for r in a.actors[actor_id].roles]


def test_an_epithet_between_the_owner_and_the_title_is_skipped() -> None:
    # Syria is named first (the old focus); the title is Iraq's
    a = _analyse(["Syria", "offered", "help", "to", "Iraq", "'s", "new", "President", "Karim",
                  "Nasser", "."], [(8, 10, "PERSON", "")])
    assert _roles(a, "new:person:karim-nasser") == [("President", "IRQ")]
    assert a.actors["new:person:karim-nasser"].country == "IRQ"


def test_an_epithet_in_an_apposition_is_skipped() -> None:
    a = _analyse(["Syria", "welcomed", "Karim", "Nasser", ",", "Iraq", "'s", "newly", "elected",
                  "president", ",", "on", "Monday", "."], [(2, 4, "PERSON", "")])
    assert _roles(a, "new:person:karim-nasser") == [("president", "IRQ")]


def test_a_deputy_leader_is_a_member_not_the_leader() -> None:
    words = ["Ali", "Karimi", ",", "the", "deputy", "leader", "of", "the", "Badr",
             "organization", ",", "spoke", "."]
    a = _analyse(words, [(0, 2, "PERSON", ""), (8, 10, "ORG", "BADR")])
    rels = {(r.source, r.relation, r.target) for r in a.relations}
    assert ("new:person:ali-karimi", RelationType.MEMBER_OF, "BADR") in rels
    assert not any(r.relation is RelationType.LEADS for r in a.relations)


def test_a_state_owning_the_organisation_after_a_title_is_not_the_organisation() -> None:
    words = ["Ali", "Karimi", ",", "the", "head", "of", "Iraq", "'s", "Badr", "organization",
             ",", "spoke", "."]
    a = _analyse(words, [(0, 2, "PERSON", ""), (8, 10, "ORG", "BADR")])
    assert _roles(a, "new:person:ali-karimi") == [("head", "BADR")]
    rels = {(r.source, r.relation, r.target) for r in a.relations}
    assert ("new:person:ali-karimi", RelationType.LEADS, "BADR") in rels


def test_a_state_title_of_a_known_person_is_his_state_s_not_the_focus() -> None:
    # Iran is the most-named state; the KB says Sudani is Iraq's prime minister
    words = ["Iran", "hosted", "talks", ".", "Iran", "welcomed", "Mohammed", "Shia", "al", "-",
             "Sudani", ",", "the", "acting", "prime", "minister", ",", "in", "Tehran", "."]
    a = _analyse(words, [(6, 11, "PERSON", "SUDANI")], sent_starts=(4,))
    assert ("acting prime minister", "IRQ") in _roles(a, "SUDANI")


def test_a_state_title_of_an_unknown_person_without_a_clear_state_has_none() -> None:
    words = ["Iran", "and", "Iraq", "met", ".", "Iraq", "and", "Iran", "welcomed", "Karim",
             "Nasser", ",", "the", "caretaker", "prime", "minister", "."]
    a = _analyse(words, [(9, 11, "PERSON", "")], sent_starts=(5,))
    assert _roles(a, "new:person:karim-nasser") == [("caretaker prime minister", None)]
