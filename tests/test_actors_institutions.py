"""State institutions without a state named, possessive owners, and KB descriptions
("the army", "Syria's National Assembly", "the volunteers"), on hand-built Docs."""

from __future__ import annotations

from allegiance.actors import analyse
from allegiance.analysis import ActorAnalysis
from allegiance.kb import KBEntry, KnowledgeBase
from allegiance.records import ActorKind
from test_actors_support import article_for, make_doc, make_parsed_doc, mention_ids, small_kb


def _kb() -> KnowledgeBase:
    """The small KB plus a loyalist militia the KB describes, and a named military unit."""
    extra = [
        KBEntry("NDF", "National Defence Forces", ActorKind.ARMED_GROUP, "SYR", ("NDF",),
                descriptions=("loyalist militia", "loyalists")),
        KBEntry("DESERT_HAWKS", "Desert Hawks Brigade", ActorKind.ARMED_GROUP, "SYR"),
        KBEntry("QUDS_T", "Quds Force", ActorKind.MILITARY, "IRN", ("Quds Force",)),
    ]
    return KnowledgeBase([*small_kb(), *extra])


def _analyse(words: list[str], ents: list[tuple[int, int, str, str]] = (),  # type: ignore[assignment]
             sent_starts: tuple[int, ...] = ()) -> ActorAnalysis:
    doc = make_doc(words, ents, sent_starts=sent_starts)
    return analyse(doc, article_for(doc), _kb())


def test_definite_sector_nouns_are_the_dominant_state_s() -> None:
    words = ["Syria", "held", "talks", ".", "Syria", "said", "the", "army", "and", "the",
             "federal", "police", "withdrew", "and", "the", "cabinet", "resigned", "."]
    got = mention_ids(_analyse(words, sent_starts=(4,)))
    assert got["the army"] == "SYR-MIL"
    assert got["the federal police"] == "SYR-MIL"  # police count with the state's forces
    assert got["the cabinet"] == "SYR-GOV"


def test_definite_sector_noun_without_a_clear_state_stays_unresolved() -> None:
    words = ["Iran", "and", "Iraq", "met", ".", "Iraq", "and", "Iran", "said", "the", "army",
             "left", "."]
    a = _analyse(words, sent_starts=(5,))
    assert "the army" not in mention_ids(a)


def test_a_noun_compound_is_no_sector_mention() -> None:
    words = ["Syria", "said", "it", ".", "Syria", "saw", "the", "army", "base", "burn", "."]
    doc = make_doc(words, sent_starts=(4,),
                   pos=["PROPN", "VERB", "PRON", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "NOUN",
                        "VERB", "PUNCT"])
    assert "the army" not in mention_ids(analyse(doc, article_for(doc), _kb()))


def _talks_doc(subject: str) -> ActorAnalysis:
    # "Talks with Iran ended. <subject> said the army left."
    words = ["Talks", "with", "Iran", "ended", ".", subject, "said", "the", "army", "left", "."]
    heads = [3, 0, 1, 3, 3, 6, 6, 8, 9, 6, 6]
    deps = ["nsubj", "prep", "pobj", "ROOT", "punct", "nsubj", "ROOT", "det", "nsubj", "ccomp",
            "punct"]
    pos = ["NOUN", "ADP", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "VERB",
           "PUNCT"]
    doc = make_parsed_doc(words, heads, deps, pos)
    return analyse(doc, article_for(doc), _kb())


def test_without_a_dominant_state_the_one_acting_state_owns_the_army() -> None:
    assert mention_ids(_talks_doc("Iraq"))["the army"] == "IRQ-MIL"


def test_a_state_named_only_as_an_object_owns_no_army() -> None:
    assert "the army" not in mention_ids(_talks_doc("Officials"))


def test_a_possessive_state_owns_an_institution_and_a_new_body() -> None:
    a = _analyse(["Syria", "'s", "National", "Assembly", "met", ".", "Iraq", "'s", "Supreme",
                  "Judicial", "Council", "ruled", "."],
                 [(2, 4, "ORG", ""), (8, 11, "ORG", "")], sent_starts=(6,))
    got = mention_ids(a)
    assert got["National Assembly"] == "SYR-GOV"
    council = a.actors[got["Supreme Judicial Council"]]
    assert council.country == "IRQ"


def test_a_state_s_possessive_before_a_kb_name_is_not_its_army() -> None:
    a = _analyse(["Iran", "'s", "Quds", "Force", "struck", "."], [(2, 4, "ORG", "QUDS_T")])
    got = mention_ids(a)
    assert got["Quds Force"] == "QUDS_T"
    assert "IRN-MIL" not in a.actors


def test_a_description_refers_to_the_named_actor_it_describes() -> None:
    words = ["The", "NDF", "held", "Homs", ".", "Residents", "fled", "the", "loyalist",
             "militia", "."]
    got = mention_ids(_analyse(words, [(1, 2, "ORG", "NDF")], sent_starts=(5,)))
    assert got["the loyalist militia"] == "NDF"


def test_a_description_of_an_actor_not_named_refers_to_nothing() -> None:
    words = ["Homs", "fell", ".", "Residents", "fled", "the", "loyalist", "militia", "."]
    assert "the loyalist militia" not in mention_ids(_analyse(words, sent_starts=(3,)))


def test_the_distinctive_part_of_a_named_group_before_a_member_noun() -> None:
    words = ["The", "Desert", "Hawks", "Brigade", "advanced", ".", "Desert", "Hawks",
             "fighters", "took", "the", "town", "."]
    got = mention_ids(_analyse(words, [(1, 4, "ORG", "DESERT_HAWKS")], sent_starts=(5,)))
    assert got["Desert Hawks fighters"] == "DESERT_HAWKS"


def test_a_name_part_of_a_group_the_article_never_names_is_nothing() -> None:
    words = ["Desert", "Hawks", "fighters", "took", "the", "town", "."]
    assert "Desert Hawks fighters" not in mention_ids(_analyse(words))


def test_the_militants_are_not_a_state_body() -> None:
    # the small KB's PMF is a member of the Iraqi state
    words = ["ISIS", "attacked", "Tikrit", ".", "The", "PMF", "fought", "back", ".", "The",
             "militants", "fled", "."]
    got = mention_ids(_analyse(words, [(0, 1, "ORG", "ISIS"), (5, 6, "ORG", "PMF")],
                               sent_starts=(4, 9)))
    assert got["The militants"] == "ISIS"


def test_the_government_is_no_court_or_agency() -> None:
    words = ["Syria", "'s", "Supreme", "Court", "ruled", ".", "Syria", "said", "the",
             "government", "would", "comply", "."]
    a = _analyse(words, [(2, 4, "ORG", "")], sent_starts=(6,))
    got = mention_ids(a)
    assert a.actors[got["Supreme Court"]].kind is ActorKind.GOVERNMENT
    assert got["government"] == "SYR-GOV"
