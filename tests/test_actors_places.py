"""Names that are not actors: places, peoples, things, datelines; ships and acronyms that are."""

from __future__ import annotations

from allegiance.actors import analyse
from allegiance.analysis import ActorAnalysis
from allegiance.kb import KBEntry, KnowledgeBase
from allegiance.records import ActorKind
from test_actors_support import article_for, make_doc, make_parsed_doc, small_kb


def _analyse(words: list[str], ents: list[tuple[int, int, str, str]] = (),  # type: ignore[assignment]
             kb: KnowledgeBase | None = None) -> ActorAnalysis:
    doc = make_doc(words, ents)
    return analyse(doc, article_for(doc), kb or small_kb())


def _ids(a: ActorAnalysis) -> dict[str, str]:
    return {m.text: m.actor_id for m in a.mentions}


def test_rivers_and_small_towns_are_places() -> None:
    words = ["Fighters", "crossed", "the", "Euphrates", "to", "reach", "Baghuz", "camp", "."]
    a = _analyse(words, [(3, 4, "ORG", ""), (6, 7, "PERSON", "")])
    assert _ids(a) == {}


def test_events_agreements_operations_ideologies_and_weapons_are_not_actors() -> None:
    words = ["The", "Brussels", "Conference", ",", "Operation", "Steel", "Curtain", ",", "Bin",
             "Ladenism", "and", "a", "VBIED", "were", "discussed", "."]
    a = _analyse(words, [(1, 3, "ORG", ""), (4, 7, "ORG", ""), (8, 10, "PERSON", ""),
                         (12, 13, "ORG", "")])
    assert _ids(a) == {}


def test_a_capitalised_locative_is_not_part_of_a_name() -> None:
    words = ["Near", "Palmyra", ",", "five", "strikes", "hit", "ISIS", "."]
    a = _analyse(words, [(0, 2, "ORG", ""), (6, 7, "ORG", "ISIS")])
    assert _ids(a) == {"ISIS": "ISIS"}


def _kb_with_turkmenistan() -> KnowledgeBase:
    tkm = KBEntry("TKM", "Turkmenistan", ActorKind.STATE, "TKM", (), demonyms=("Turkmen",),
                  capitals=("Ashgabat",))
    return KnowledgeBase([*small_kb(), tkm])


def test_a_people_word_is_not_its_namesake_state() -> None:
    words = ["Turkmen", "and", "Yazidis", "fled", "Iraqi", "towns", "."]
    a = _analyse(words, kb=_kb_with_turkmenistan())
    assert "TKM" not in _ids(a).values()


def test_a_people_word_is_the_state_in_a_sector_phrase_or_beside_the_state() -> None:
    kb = _kb_with_turkmenistan()
    doc = make_doc(["Turkmen", "forces", "crossed", "."], pos=["ADJ", "NOUN", "VERB", "PUNCT"])
    assert _ids(analyse(doc, article_for(doc), kb))["Turkmen forces"] == "TKM-MIL"
    a = _analyse(["Turkmenistan", "said", "Turkmen", "towns", "were", "calm", "."], kb=kb)
    assert [m.actor_id for m in a.mentions if m.text == "Turkmen"] == ["TKM"]


def test_a_wire_dateline_is_neither_a_state_nor_an_actor() -> None:
    words = ["BAGHDAD", "(", "Reuters", ")", "-", "Iraq", "said", "it", "would", "act", "."]
    a = _analyse(words, [(0, 1, "GPE", ""), (2, 3, "ORG", ""), (5, 6, "GPE", "IRQ")])
    assert [(m.text, m.actor_id) for m in a.mentions] == [("Iraq", "IRQ")]


def test_a_warship_is_its_states_military() -> None:
    for label in ("ORG", "PERSON"):
        a = _analyse(["The", "USS", "Mahan", "fired", "warning", "shots", "."],
                     [(1, 3, label, "")])
        assert _ids(a) == {"USS Mahan": "USA-MIL"}, label


def test_a_town_labelled_person_is_a_place_unless_it_acts() -> None:
    doc = make_parsed_doc(["Forces", "isolated", "Raqqah", "."], heads=[1, 1, 1, 1],
                          deps=["nsubj", "ROOT", "dobj", "punct"],
                          pos=["NOUN", "VERB", "PROPN", "PUNCT"], ents=[(2, 3, "PERSON", "")])
    assert _ids(analyse(doc, article_for(doc), small_kb())) == {}
    doc = make_parsed_doc(["Bali", "tweeted", "."], heads=[1, 1, 1],
                          deps=["nsubj", "ROOT", "punct"], pos=["PROPN", "VERB", "PUNCT"],
                          ents=[(0, 1, "PERSON", "")])
    a = analyse(doc, article_for(doc), small_kb())
    assert a.actors[_ids(a)["Bali"]].kind is ActorKind.PERSON


def test_an_all_caps_acronym_in_prose_is_the_group_even_when_tagged_a_verb() -> None:
    a = _analyse(["Officials", "said", "IS", "had", "attacked", "the", "town", "."])
    assert _ids(a) == {"IS": "ISIS"}
    a = _analyse(["WHY", "IS", "IT", "SO", "?"])
    assert _ids(a) == {}


def test_a_bare_state_institution_belongs_to_the_dominant_state() -> None:
    words = ["Iraq", "said", "Iraq", "would", "act", ".", "Parliament", "voted", "."]
    ents = [(0, 1, "GPE", "IRQ"), (2, 3, "GPE", "IRQ"), (6, 7, "ORG", "")]
    assert _ids(_analyse(words, ents))["Parliament"] == "IRQ-GOV"
    words = ["Iraq", "and", "Iran", "said", "Iraq", "and", "Iran", "would", "act", ".",
             "Parliament", "voted", "."]
    ents = [(0, 1, "GPE", "IRQ"), (2, 3, "GPE", "IRN"), (4, 5, "GPE", "IRQ"),
            (6, 7, "GPE", "IRN"), (10, 11, "ORG", "")]
    assert "Parliament" not in _ids(_analyse(words, ents))
