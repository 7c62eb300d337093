"""Anaphors beyond the nearest antecedent: clause subjects, jihadist labels, regimes,
coalitions, titles with modifiers, and owners before an apposition's title."""

from __future__ import annotations

from allegiance.actors import analyse
from allegiance.analysis import ActorAnalysis
from allegiance.kb import KBEntry, KnowledgeBase
from allegiance.records import ActorKind, Role
from test_actors_support import article_for, make_doc, make_parsed_doc, small_kb


def _kb() -> KnowledgeBase:
    """The small KB with a tagged jihadist group, a coalition, two presidents and a party."""
    extra = [
        KBEntry("ISIS_T", "Islamic State", ActorKind.ARMED_GROUP, None, ("ISIS",),
                tags=("jihadist",)),
        KBEntry("KATAIB", "Kataib Hezbollah", ActorKind.ARMED_GROUP, "IRQ", ("Kataib",)),
        KBEntry("COALITION", "Global Coalition", ActorKind.COALITION, None,
                context=("ISIS", "Raqqa")),
        KBEntry("SDN", "Sudan", ActorKind.STATE, "SDN", (), demonyms=("Sudanese",)),
        KBEntry("EGY", "Egypt", ActorKind.STATE, "EGY", (), demonyms=("Egyptian",)),
        KBEntry("TRUMP", "Donald Trump", ActorKind.PERSON, "USA", ("Trump",),
                roles=(Role("President", "USA", "2017-01-20", "2021-01-20"),)),
        KBEntry("SISI", "Abdel Fattah al-Sisi", ActorKind.PERSON, "EGY", ("Sisi",),
                roles=(Role("President", "EGY", "2014-06-08"),)),
        KBEntry("GOP", "Republican Party", ActorKind.POLITICAL_PARTY, "USA", ("Republicans",)),
    ]
    return KnowledgeBase([e for e in small_kb() if e.id != "ISIS"] + extra)


def _analyse(words: list[str], ents: list[tuple[int, int, str, str]] = (),  # type: ignore[assignment]
             sent_starts: tuple[int, ...] = (), published: str | None = "2018-01-01"
             ) -> ActorAnalysis:
    doc = make_doc(words, ents, sent_starts=sent_starts)
    return analyse(doc, article_for(doc, published), _kb())


def _coref(a: ActorAnalysis) -> list[tuple[str, str]]:
    return [(m.text, m.actor_id) for m in a.mentions if m.via == "coref"]


def test_an_object_pronoun_is_not_its_clause_subject_under_any_name() -> None:
    words = ["Iran", "-", "backed", "militias", "grew", "in", "Iraq", ".",
             "Iraqi", "forces", "stayed", ",", "and", "those", "militia", "groups", "clashed",
             "with", "them", "."]
    heads = [2, 2, 3, 4, 4, 4, 5, 4,
             9, 10, 10, 10, 10, 15, 15, 16, 10, 16, 17, 10]
    deps = ["npadvmod", "punct", "amod", "nsubj", "ROOT", "prep", "pobj", "punct",
            "amod", "nsubj", "ROOT", "punct", "cc", "det", "compound", "nsubj", "conj",
            "prep", "pobj", "punct"]
    pos = ["PROPN", "PUNCT", "VERB", "NOUN", "VERB", "ADP", "PROPN", "PUNCT",
           "ADJ", "NOUN", "VERB", "PUNCT", "CCONJ", "DET", "NOUN", "NOUN", "VERB", "ADP",
           "PRON", "PUNCT"]
    tags = ["NNP", "HYPH", "VBN", "NNS", "VBD", "IN", "NNP", ".",
            "JJ", "NNS", "VBD", ",", "CC", "DT", "NN", "NNS", "VBD", "IN", "PRP", "."]
    doc = make_parsed_doc(words, heads, deps, pos, tags,
                          ents=[(0, 1, "GPE", "IRN"), (6, 7, "GPE", "IRQ")])
    a = analyse(doc, article_for(doc), small_kb())
    assert ("them", "IRQ-MIL") in _coref(a)
    assert ("those militia groups", "coll:armed_group:IRQ:IRN") in _coref(a)


def test_jihadist_labels_skip_armed_groups_that_are_not_jihadist() -> None:
    ents = [(0, 1, "ORG", "ISIS_T"), (2, 3, "ORG", "KATAIB")]
    a = _analyse(["ISIS", "fought", "Kataib", ".", "The", "jihadists", "lost", "."], ents,
                 sent_starts=(4,))
    assert _coref(a) == [("The jihadists", "ISIS_T")]
    a = _analyse(["ISIS", "fought", "Kataib", ".", "The", "militants", "lost", "."], ents,
                 sent_starts=(4,))
    assert _coref(a) == [("The militants", "KATAIB")]


def test_the_terrorist_organization_is_the_latest_jihadist_group() -> None:
    words = ["ISIS", "fought", "Kataib", ".", "Kataib", "pushed", "back", "the", "terrorist",
             "organization", "."]
    a = _analyse(words, [(0, 1, "ORG", "ISIS_T"), (2, 3, "ORG", "KATAIB"),
                         (4, 5, "ORG", "KATAIB")], sent_starts=(4,))
    assert _coref(a) == [("the terrorist organization", "ISIS_T")]


def test_no_jihadist_group_no_resolution() -> None:
    a = _analyse(["Kataib", "fought", ".", "The", "extremists", "lost", "."],
                 [(0, 1, "ORG", "KATAIB")], sent_starts=(3,))
    assert _coref(a) == []


def test_the_regime_is_the_government_called_a_regime() -> None:
    words = ["The", "Syrian", "regime", "bombed", "towns", ".", "Iraqi", "officials", "met",
             ".", "The", "regime", "denied", "it", "."]
    pos = ["DET", "ADJ", "NOUN", "VERB", "NOUN", "PUNCT", "ADJ", "NOUN", "VERB", "PUNCT",
           "DET", "NOUN", "VERB", "PRON", "PUNCT"]
    doc = make_doc(words, sent_starts=(6, 10), pos=pos)
    a = analyse(doc, article_for(doc), _kb())
    assert ("regime", "SYR-GOV") in _coref(a)


def test_the_coalition_is_the_kb_coalition_the_article_is_about() -> None:
    words = ["ISIS", "held", "Raqqa", ".", "The", "Coalition", "struck", "ISIS", "."]
    a = _analyse(words, [(0, 1, "ORG", "ISIS_T"), (7, 8, "ORG", "ISIS_T")], sent_starts=(4,))
    assert ("The Coalition", "COALITION") in _coref(a)
    a = _analyse(["Kataib", "held", "Basra", ".", "The", "Coalition", "struck", "."],
                 [(0, 1, "ORG", "KATAIB")], sent_starts=(4,))
    assert _coref(a) == []


def test_title_anaphors_use_kb_titles_and_respect_every_modifier() -> None:
    words = ["Sudani", "spoke", ".", "The", "prime", "minister", "left", ".", "The", "refugee",
             "minister", "stayed", "."]
    pos = ["PROPN", "VERB", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "PUNCT", "DET", "NOUN",
           "NOUN", "VERB", "PUNCT"]
    doc = make_doc(words, [(0, 1, "PERSON", "SUDANI")], sent_starts=(3, 8), pos=pos)
    a = analyse(doc, article_for(doc, "2024-05-01"), _kb())
    assert _coref(a) == [("The prime minister", "SUDANI")]


def test_a_party_modifier_picks_the_partys_president() -> None:
    words = ["Trump", "met", "Sisi", ".", "The", "Republican", "president", "said", "so", "."]
    a = _analyse(words, [(0, 1, "PERSON", "TRUMP"), (2, 3, "PERSON", "SISI")], sent_starts=(4,))
    assert _coref(a) == [("The Republican president", "TRUMP")]


def test_an_owner_before_the_apposition_title_is_the_organisation() -> None:
    words = ["Bashir", ",", "Sudan", "'s", "president", ",", "left", "."]
    a = _analyse(words, [(0, 1, "PERSON", ""), (2, 3, "GPE", "SDN")])
    person = a.actors["new:person:bashir"]
    assert [(r.title, r.organization) for r in person.roles] == [("president", "SDN")]
