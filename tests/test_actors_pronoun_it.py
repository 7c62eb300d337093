"""'It', partitive 'them', 'the administration' and headlines, on the real model's parses
of sentences written for these tests."""

from __future__ import annotations

from typing import Any

from allegiance import ids
from allegiance.actors import analyse
from allegiance.analysis import ActorAnalysis
from allegiance.records import Article


def _run(resources: Any, text: str, published: str | None = "2019-03-01") -> ActorAnalysis:
    article = Article(id=ids.article_id(text), source_path="test", title=None, author=None,
                      outlet=None, original_source=None, published=published, language="en",
                      text=text)
    return analyse(resources.nlp(text), article, resources.kb)


def _coref(a: ActorAnalysis) -> list[tuple[str, str]]:
    return [(m.text, m.actor_id) for m in a.mentions if m.via == "coref"]


def test_it_as_subject_of_a_stance_verb_is_the_latest_acting_organisation(
        resources: Any) -> None:
    a = _run(resources, "The Turkish foreign ministry summoned the Dutch ambassador on "
                        "Tuesday. It accused the Netherlands of violating diplomatic norms.")
    assert ("It", "TUR-GOV") in _coref(a)


def test_it_reported_by_a_speech_verb_is_the_speaker(resources: Any) -> None:
    a = _run(resources, "Hamas said on Friday that it would release two hostages. It was "
                        "raining in Gaza when the talks began.")
    # the second "It" is the weather, not an actor
    assert _coref(a) == [("it", "HAMAS")]


def test_several_of_them_as_subject_take_the_subject_group(resources: Any) -> None:
    a = _run(resources, "The Iran-backed militias in Syria have long targeted Turkish troops, "
                        "and some of them claimed a rocket attack on Sunday.")
    assert ("them", "coll:armed_group:SYR:IRN") in _coref(a)


def test_the_administration_is_the_latest_president_s_government(resources: Any) -> None:
    a = _run(resources, "President Donald Trump spoke on Monday. The Iraqi government "
                        "objected to the strikes. Democratic lawmakers urged the administration "
                        "to consult Congress.")
    assert ("administration", "USA-GOV") in _coref(a)


def test_a_headline_in_title_case_makes_no_new_actors(resources: Any) -> None:
    a = _run(resources, "Minister Survives Ambush Near Border Crossing\n\nGunmen attacked the "
                        "convoy of Karim Nasser on Monday.")
    names = sorted(actor.name for actor in a.actors.values())
    assert names == ["Karim Nasser"]
