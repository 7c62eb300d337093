"""Events, modality and discourse on real sentences with the real model (loaded once)."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance import ids
from allegiance.actors import analyse
from allegiance.events import extract
from allegiance.events.discourse import segments
from allegiance.records import Article, Event, Factuality, Relation


def _run(resources: Any, text: str,
         published: str | None = "2024-06-10") -> tuple[list[Event], list[Relation]]:
    article = Article(id=ids.article_id(text), source_path="t.txt", title=None, author=None,
                      outlet=None, original_source=None, published=published, language="en",
                      text=text)
    doc = resources.nlp(text)
    analysis = analyse(doc, article, resources.kb)
    events, relations = extract(doc, analysis, article, resources.lexicon, resources.kb)
    # relations the actors stage already states are not repeated by the events stage
    return events, [*analysis.relations, *relations]


def _by_type(events: list[Event], type_: str) -> list[Event]:
    return [e for e in events if e.type.value == type_]


def test_clash_with_date_and_place(resources: Any) -> None:
    events, _ = _run(resources, "The Iraqi army clashed with Islamic State fighters near Mosul "
                                "on Saturday.")
    clash = _by_type(events, "ASSAULT")
    assert clash, events
    e = clash[0]
    assert e.source is not None and e.source.startswith("IRQ")
    assert e.factuality is Factuality.ASSERTED and not e.negated
    assert e.date == "2024-06-08"
    assert e.location is not None and e.location.name == "Mosul"


def test_reported_aid(resources: Any) -> None:
    events, _ = _run(resources, "Iran has reportedly supplied drones to Russia.")
    aid = [e for e in _by_type(events, "AID") if (e.source, e.target) == ("IRN", "RUS")]
    assert aid and aid[0].factuality is Factuality.REPORTED


def test_sanctions_on(resources: Any) -> None:
    events, _ = _run(resources, "The United States imposed new sanctions on Iran last month.")
    sanction = [e for e in _by_type(events, "SANCTION") if e.target == "IRN"]
    assert sanction and sanction[0].source is not None and sanction[0].source.startswith("USA")
    assert sanction[0].date == "2024-05"


def test_denied_or_conditional_attacks_are_not_asserted(resources: Any) -> None:
    events, _ = _run(resources, "Turkey will not attack Syria unless Damascus provokes it. "
                                "Israel could strike Iran if talks fail.")
    for e in _by_type(events, "ASSAULT"):
        assert e.negated or e.factuality is Factuality.HYPOTHETICAL, e


def test_list_under_a_supposing_heading_is_hypothetical(resources: Any) -> None:
    text = ("Analysts warn that the crisis could lead to:\n\n"
            "- Border clashes: Fighting between Egypt and Sudan.\n"
            "- Attacks on shipping: Strikes by Iran on Israel.\n\n"
            "Iran attacked Israel on Monday.")
    events, _ = _run(resources, text)
    supposed = [e for e in events if "Monday" not in e.sentence]
    asserted = [e for e in events if "Monday" in e.sentence]
    assert supposed and all(e.factuality is Factuality.HYPOTHETICAL for e in supposed)
    assert any(e.factuality is Factuality.ASSERTED for e in asserted)


def test_sentences_never_cross_lines(resources: Any) -> None:
    text = "Iran Attacks Iraq\n\nThe talks with Oman failed. Qatar met Egypt in Doha."
    doc = resources.nlp(text)
    segs = segments(doc)
    assert segs[0].text == "Iran Attacks Iraq"
    for s in segs:
        assert "\n" not in s.text and text[s.start:s.end] == s.text
    events, _ = _run(resources, text)
    for e in events:
        assert "\n" not in e.sentence


def test_quoted_speaker_continues_into_the_next_sentence(resources: Any) -> None:
    text = ('"We have resisted them for a decade," said Jordanian Foreign Minister Ayman Safadi. '
            '"Today we need aid from the United States."')
    events, _ = _run(resources, text)
    req = [e for e in _by_type(events, "REQUEST") if e.target == "USA"]
    assert req and req[0].source is not None


def test_backed_by_relation_and_event(resources: Any) -> None:
    events, relations = _run(resources, "Hezbollah, which is funded by Iran, attacked "
                                        "Israeli positions in the Golan Heights.")
    assert any(r.relation.value == "backs" and r.source == "IRN" for r in relations)
    assert any(e.type.value == "ASSAULT" and e.target == "ISR" for e in events)


def test_odd_inputs_do_not_break_extraction(resources: Any) -> None:
    for text in ("", "\n\n", "- \n- \n:", "Attack! Attack? War.", "“”" * 20,
                 "Iran " * 300):
        events, relations = _run(resources, text)
        assert all(e.source != e.target for e in events)
        assert isinstance(relations, list)


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Iran urged Iraq to expel the troops.", "urged", "02"),
    ("Egypt appealed to Israel to open the crossing.", "appealed", "02"),
])
def test_a_model_event_takes_the_cameo_code_of_its_word(text: str, word: str, want: str,
                                                       rules: Any) -> None:
    from allegiance.events.extractor import _word_code
    from allegiance.records import EventType

    tok = next(t for t in rules.nlp(text) if t.text == word)
    assert _word_code(tok, EventType.REQUEST, rules.lexicon) == want


def test_a_word_of_no_agreed_code_leaves_the_types_default(rules: Any) -> None:
    from allegiance.events.extractor import _word_code
    from allegiance.records import EventType

    tok = next(t for t in rules.nlp("Iran demanded that Iraq expel the troops.")
               if t.text == "demanded")
    assert _word_code(tok, EventType.REQUEST, rules.lexicon) != "02"
