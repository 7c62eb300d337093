"""The generality rules on the real model's parses of sentences written for these tests."""

from __future__ import annotations

from typing import Any

from allegiance import ids
from allegiance.actors import analyse
from allegiance.analysis import ActorAnalysis
from allegiance.records import ActorKind, Article


def _run(resources: Any, text: str, published: str | None = "2019-03-01") -> ActorAnalysis:
    article = Article(id=ids.article_id(text), source_path="test", title=None, author=None,
                      outlet=None, original_source=None, published=published, language="en",
                      text=text)
    return analyse(resources.nlp(text), article, resources.kb)


def test_the_jihadists_are_not_the_group_fighting_them(resources: Any) -> None:
    a = _run(resources, "The Syrian Democratic Forces said their fighters had cornered Islamic "
                        "State militants in the village. The jihadists had dug tunnels under "
                        "the houses.")
    coref = {m.text: m.actor_id for m in a.mentions if m.via == "coref"}
    assert coref.get("The jihadists") == "ISIS"


def test_a_woman_the_model_calls_an_organisation_is_a_person(resources: Any) -> None:
    a = _run(resources, "Aid workers said Kirsty Rosse-Emile, who is 24, was living in the "
                        "camp with her daughter.")
    kinds = {m.text: a.actors[m.actor_id].kind for m in a.mentions}
    assert kinds.get("Kirsty Rosse-Emile") is ActorKind.PERSON


def test_a_wire_dateline_names_no_actor(resources: Any) -> None:
    a = _run(resources, "WASHINGTON (Reuters) - The Pentagon said on Monday that the Taliban "
                        "had attacked a base.")
    assert [(m.text, m.actor_id) for m in a.mentions] == [("Pentagon", "USA-MIL"),
                                                          ("Taliban", "TALIBAN")]


def test_a_rebel_movement_named_after_its_country_is_not_its_army(resources: Any) -> None:
    for text in ("The Sudan Liberation Army attacked a police station in Darfur.",
                 "Fighters of the Free Syria Army attacked government positions near Aleppo.",
                 "The Baluchistan Liberation Army claimed the bombing."):
        mentions = _run(resources, text).mentions
        # the movement's own name is no army ("government positions" may well be one)
        ids_ = {m.actor_id for m in mentions if "Army" in m.text}
        assert not any(i.endswith("-MIL") for i in ids_), (text, ids_)
        assert any(i.startswith("new:armed_group:") for i in ids_), (text, ids_)
    for text in ("The Syrian Army shelled the town.", "Sudanese troops entered the town."):
        assert any(m.actor_id.endswith("-MIL") for m in _run(resources, text).mentions), text


def test_common_short_names_of_states(resources: Any) -> None:
    got = {m.text: m.actor_id for m in _run(
        resources, "Bosnia rejected the plan. The PRC protested. The European Community "
                   "imposed sanctions on Serbia.").mentions}
    assert got.get("Bosnia") == "BIH" and got.get("PRC") == "CHN"
    assert got.get("European Community") == "EU"
