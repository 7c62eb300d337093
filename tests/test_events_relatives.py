"""A relative clause whose gap is the object (sentences written here, several
wordings each): the noun it modifies is what its verb acts on."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from codekit import coded as events


@pytest.mark.parametrize(("text", "want"), [
    ("The Houthis that Iran has armed for years attacked Riyadh.", ("AID", "IRN", "HOUTHIS")),
    ("The PKK militants whom Turkey arrested were released.", ("COERCE", "TUR", "PKK")),
    ("Syria said it would fight the YPG fighters that Turkey is battling.",
     ("THREATEN", "SYR", "YPG")),
])
def test_the_modified_noun_is_the_gap_object(text: str, want: tuple[str, str, str],
                                             rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "The town where ISIS attacked was empty.",
    "The base from which Iran fired the missiles was destroyed.",
])
def test_a_relative_adverb_or_preposition_takes_the_gap(text: str, rules: Any) -> None:
    # the town and the base are places, never the act's target actor
    assert all(e.target is None for e in process_text(text, rules).events)


@pytest.mark.parametrize(("text", "want"), [
    ("Iran supports militias like Kataib Hezbollah.", ("SUPPORT", "IRN", "KATAIB_HEZBOLLAH")),
    ("Iran supports militias such as Kataib Hezbollah and Asaib Ahl al-Haq.",
     ("SUPPORT", "IRN", "AAH")),
    ("Russia sent weapons to countries like Syria.", ("AID", "RUS", "SYR")),
    ("Washington urged allies such as Saudi Arabia to reform.", ("REQUEST", "USA", "SAU")),
])
def test_a_plural_noun_stands_for_its_examples(text: str, want: tuple[str, str, str],
                                               rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("The SDF detained fighters who joined ISIS.", ("COERCE", "SDF", "ISIS")),
    ("The SDF detained 900 foreign fighters who had joined Islamic State.",
     ("COERCE", "SDF", "ISIS")),
])
def test_people_who_joined_a_group_are_its_members(text: str, want: tuple[str, str, str],
                                                   rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Ankara has had a constructive relationship with Iran.", ("COOPERATE", "TUR", "IRN")),
    ("Turkey has close ties with Qatar.", ("COOPERATE", "TUR", "QAT")),
    ("Iraq enjoys good relations with Iran.", ("COOPERATE", "IRQ", "IRN")),
    ("Washington protected Saudi Arabia from sanctions.", ("SUPPORT", "USA", "SAU")),
    ("US sanctions on Turkish officials were lifted.", ("RETREAT", "USA", "TUR-GOV")),
    ("UN sanctions against Iran were lifted in 2016.", ("RETREAT", "UN", "IRN")),
])
def test_ties_protection_and_lifted_sanctions(text: str, want: tuple[str, str, str],
                                             rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Turkey has ties with Qatar.",
    "Relations between Turkey and Qatar have soured.",
])
def test_a_bare_or_soured_tie_is_no_cooperation(text: str, rules: Any) -> None:
    assert not [e for e in events(text, rules) if e[0] == "COOPERATE"]


@pytest.mark.parametrize(("text", "want"), [
    ("Iraq maintained close ties with Iran.", ("SUPPORT", "IRQ", "IRN")),
    ("Egypt preserved its relationship with Israel.", ("SUPPORT", "EGY", "ISR")),
])
def test_keeping_ties_supports(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


def test_keeping_a_position_is_no_tie(rules: Any) -> None:
    assert not events("Iran maintained its position.", rules)


@pytest.mark.parametrize(("text", "want"), [
    ("The YPG, trained and armed by the US, captured Raqqa.", ("AID", "USA", "YPG")),
    ("Hezbollah, funded and equipped by Iran, fired rockets at Israel.",
     ("AID", "IRN", "HEZBOLLAH")),
    ("The YPG, armed by the US, captured Raqqa.", ("AID", "USA", "YPG")),
])
def test_coordinated_participles_share_agent_and_host(text: str, want: tuple[str, str, str],
                                                      rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Syrian forces and Kurdish fighters in Syria have enjoyed a truce.",
     ("AGREE", "SYR-MIL", "SYR_KURDS")),
    ("Iraq and Iran enjoy good relations.", ("COOPERATE", "IRQ", "IRN")),
])
def test_a_pair_enjoying_a_mutual_tie_is_no_gift(text: str, want: tuple[str, str, str],
                                                 rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Iran complied with the nuclear deal with the US.", ("AGREE", "IRN", "USA")),
    ("Damascus and the Kurds have respected the truce since 2012.",
     ("AGREE", "SYR", "SYR_KURDS")),
    ("Russia honoured its agreement with Turkey.", ("AGREE", "RUS", "TUR")),
])
def test_keeping_a_pact_agrees_with_its_party(text: str, want: tuple[str, str, str],
                                              rules: Any) -> None:
    assert want in events(text, rules)


def test_watching_is_no_observing_a_pact(rules: Any) -> None:
    assert not events("UN monitors observed the attack on the convoy.", rules)


@pytest.mark.parametrize(("text", "want"), [
    ("US forces provided arms for the Kurdish militias Turkey is now battling in Syria.",
     ("ASSAULT", "TUR", "SYR_KURDS")),
    ("Washington, which has armed the YPG militias Turkey is fighting, stayed silent.",
     ("ASSAULT", "TUR", "YPG")),
])
def test_a_reduced_relative_the_parser_hangs_on_the_verb(text: str,
                                                         want: tuple[str, str, str],
                                                         rules: Any) -> None:
    assert want in events(text, rules)


def test_an_addressee_is_no_gap_object(rules: Any) -> None:
    got = events("Erdogan told Putin Turkey would attack.", rules)
    assert not [e for e in got if e[2] == "PUTIN" and e[0] == "ASSAULT"]
