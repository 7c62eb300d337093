"""Resolution rules on hand-built Docs: aliases, acronyms, metonyms, sectors, Fatah, people."""

from __future__ import annotations

from allegiance.actors import analyse
from test_actors_support import article_for, make_doc, mention_ids, small_kb


def _run(words: list[str], ents: list[tuple[int, int, str, str]] = (),  # type: ignore[assignment]
         **kw: object) -> dict[str, str]:
    doc = make_doc(words, ents, **kw)  # type: ignore[arg-type]
    return mention_ids(analyse(doc, article_for(doc), small_kb()))


def test_alias_without_ruler_id_resolves_through_the_kb() -> None:
    got = _run(["Fighters", "of", "Badr", "and", "the", "PMUs", "met", "."],
               [(2, 3, "NORP", ""), (5, 6, "ORG", "")])
    assert got["Badr"] == "BADR"
    assert got["PMUs"] == "PMF"


def test_ruler_id_is_taken_as_is() -> None:
    got = _run(["The", "Popular", "Mobilization", "Units", "fought", "."],
               [(1, 4, "ORG", "PMF")])
    assert got["Popular Mobilization Units"] == "PMF"


def test_capitalised_is_before_a_group_noun_is_the_islamic_state() -> None:
    got = _run(["Five", "IS", "leaders", "and", "the", "IS", "group", "were", "caught", "."])
    assert got["IS"] == "ISIS"


def test_is_in_an_all_caps_line_is_a_verb() -> None:
    got = _run(["THIS", "IS", "WAR", "and", "it", "is", "over", "."])
    assert "IS" not in got and "is" not in got


def test_capital_as_actor_is_its_state_but_as_place_is_not() -> None:
    got = _run(["Tehran", "warned", "a", "man", "in", "Baghdad", "."],
               [(0, 1, "GPE", ""), (5, 6, "GPE", "")])
    assert got["Tehran"] == "IRN"
    assert "Baghdad" not in got


def test_demonym_with_military_or_government_head_is_a_sector() -> None:
    doc = make_doc(["Iraqi", "security", "forces", "and", "US", "leaders", "met", "Iranian",
                    "envoys", "."], tags=["JJ", "NN", "NNS", "CC", "NNP", "NNS", "VBD", "JJ",
                                         "NNS", "."],
                   pos=["ADJ", "NOUN", "NOUN", "CCONJ", "PROPN", "NOUN", "VERB", "ADJ", "NOUN",
                        "PUNCT"])
    analysis = analyse(doc, article_for(doc), small_kb())
    got = mention_ids(analysis)
    assert got["Iraqi security forces"] == "IRQ-MIL"
    assert got["US leaders"] == "USA-GOV"
    assert got["Iranian envoys"] == "IRN-GOV"
    # the state named inside the phrase keeps its own mention
    assert got["Iraqi"] == "IRQ"
    assert analysis.at_token(2).actor_id == "IRQ-MIL"  # type: ignore[union-attr]
    assert analysis.at_token(0).actor_id == "IRQ"  # type: ignore[union-attr]


def test_bare_demonym_on_other_nouns_and_plural_demonyms_are_the_state() -> None:
    got = _run(["Iranian", "resources", "helped", "Israeli", "interests", "and", "Americans",
                "."], tags=["JJ", "NNS", "VBD", "JJ", "NNS", "CC", "NNPS", "."],
               pos=["ADJ", "NOUN", "VERB", "ADJ", "NOUN", "CCONJ", "PROPN", "PUNCT"])
    assert got["Iranian"] == "IRN"
    assert got["Israeli"] == "ISR"
    assert got["Americans"] == "USA"


def test_fatah_in_an_iraqi_election_story_is_the_iraqi_alliance() -> None:
    got = _run(["Ameri", "leads", "Fatah", "in", "the", "Iraqi", "election", "."],
               [(0, 1, "PERSON", ""), (2, 3, "ORG", "")])
    assert got["Fatah"] == "FATAH_IRQ"


def test_fatah_in_a_palestinian_story_is_the_palestinian_movement() -> None:
    got = _run(["Abbas", "said", "Fatah", "rules", "the", "West", "Bank", "."],
               [(0, 1, "PERSON", ""), (2, 3, "ORG", "")])
    assert got["Fatah"] == "FATAH_PSE"


def test_short_names_and_honorifics_link_to_the_full_name() -> None:
    words = ["Mohammed", "Shia", "'", "Al", "-", "Sudani", "spoke", ".", "Mr", "Ameri", "and",
             "Sudani", "agreed", "."]
    got = _run(words, [(0, 6, "PERSON", ""), (9, 10, "PERSON", ""), (11, 12, "PERSON", "")])
    assert got["Mohammed Shia' Al-Sudani"] == "SUDANI"
    assert got["Sudani"] == "SUDANI"
    assert got["Ameri"] == "AMERI"


def test_short_name_of_an_unknown_person_links_within_the_article() -> None:
    got = _run(["Caroline", "Rose", "spoke", ".", "Rose", "left", "."],
               [(0, 2, "PERSON", ""), (4, 5, "PERSON", "")])
    assert got["Rose"] == got["Caroline Rose"] == "new:person:caroline-rose"
