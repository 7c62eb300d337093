"""Releases, easings and appeals whose actor phrases need a construction (sentences
written here, several wordings each): forces "loyal to" someone, an act done to the
source's own side, a statement or report that calls on someone, the instrument of an
easing ("the emergency law"), rebels placed by the state they fight, a released person
the parser names as no one, and property handed back."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from codekit import coded as events


def _mention(text: str, word: str, res: Any) -> str | None:
    return next((m.actor_id for m in process_text(text, res).mentions if m.text == word), None)


@pytest.mark.parametrize(("text", "word", "actor"), [
    ("Soldiers loyal to Maduro fired on protesters in Caracas.", "Soldiers", "VEN-MIL"),
    ("Forces loyal to President Bashar al-Assad retook the town.", "Forces", "SYR-MIL"),
    ("Fighters still loyal to Haftar attacked Tripoli overnight.", "Fighters", "LNA_LBY"),
    ("Gunmen loyal to the Houthis stormed the ministry.", "Gunmen", "HOUTHIS"),
])
def test_forces_loyal_to_someone_are_his_force(text: str, word: str, actor: str,
                                               rules: Any) -> None:
    assert _mention(text, word, rules) == actor


def test_loyalty_stated_as_a_predicate_makes_no_force(rules: Any) -> None:
    # "were loyal to" describes troops already named; it does not rename them
    assert _mention("Officials said the troops were loyal to Maduro.", "troops", rules) != \
        "VEN-MIL"


@pytest.mark.parametrize(("text", "want"), [
    ("Soldiers loyal to Maduro fired on protesters in Caracas.",
     ("ASSAULT", "VEN-MIL", "civ:protesters:VEN")),
    ("Fighters loyal to Haftar shelled Tripoli on Sunday.", ("ASSAULT", "LNA_LBY", "LBY")),
])
def test_a_loyal_force_acts_for_its_owner(text: str, want: tuple[str, str, str],
                                          rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("A court in Bishkek freed a Kyrgyz blogger on Monday.", ("RETREAT", "KGZ-GOV", None)),
    ("Syrian troops shelled Syrian villages near Idlib.", ("ASSAULT", "SYR-MIL", None)),
    ("Turkey sent its troops to the border.", ("MOBILIZE", "TUR", None)),
])
def test_an_act_on_the_sources_own_side_is_kept_without_a_dyad(
        text: str, want: tuple[str, str, None], rules: Any) -> None:
    got = events(text, rules)
    assert want in got
    assert not any(e[2] in ("KGZ", "SYR", "TUR-MIL") for e in got)


@pytest.mark.parametrize(("text", "want"), [
    ("Human Rights Watch issued a statement calling on the Egyptian government to free "
     "the activists.", ("REQUEST", "HRW", "EGY-GOV")),
    ("The EU released a statement urging Israel to halt settlement construction.",
     ("REQUEST", "EU", "ISR")),
    ("Amnesty published a report that calls on Egypt to release the students.",
     ("REQUEST", "AMNESTY", "EGY")),
    ("Britain issued a statement which urged Iran to free the tanker.",
     ("REQUEST", "GBR", "IRN")),
])
def test_a_written_statement_speaks_for_its_author(text: str, want: tuple[str, str, str],
                                                   rules: Any) -> None:
    assert want in events(text, rules)


def test_a_statement_rejected_is_not_the_rejecters_call(rules: Any) -> None:
    got = events("Iran rejected a statement calling on it to halt enrichment.", rules)
    assert not any(e[0] == "REQUEST" and e[1] == "IRN" for e in got)


@pytest.mark.parametrize(("text", "want"), [
    ("Syria's government lifted the country's emergency law.", ("RETREAT", "SYR-GOV", None)),
    ("The EU eased its sanctions regime against Belarus.", ("RETREAT", "EU", "BLR")),
    ("Egypt repealed the curfew order in Sinai.", ("RETREAT", "EGY", None)),
])
def test_the_instrument_of_an_easing_names_what_is_eased(
        text: str, want: tuple[str, str, str | None], rules: Any) -> None:
    assert want in events(text, rules)


def test_lifting_an_ordinary_law_is_no_easing(rules: Any) -> None:
    assert not any(e[0] == "RETREAT" for e in events(
        "Egypt repealed the tax law in March.", rules))


@pytest.mark.parametrize(("text", "want"), [
    ("Dozens of rebels surrendered to the Colombian army on Friday.",
     ("RETREAT", "desc:rebel:COL", "COL-MIL")),
    ("Some 200 rebels laid down their arms before the Peruvian army.",
     ("RETREAT", "desc:rebel:PER", None)),
])
def test_rebels_belong_to_the_state_they_fight(text: str, want: tuple[str, str, str | None],
                                              rules: Any) -> None:
    got = events(text, rules)
    assert any(e[0] == want[0] and e[1] == want[1] for e in got)


@pytest.mark.parametrize("text", [
    "The FARC said it will release Sergeant Pablo Emilio Moncayo.",
    "The ELN said it would free Jose Luis Herrera Gomez next week.",
])
def test_releasing_a_named_person_is_an_event(text: str, rules: Any) -> None:
    res = process_text(text, rules)
    assert any(e.type.value in ("AGREE", "RETREAT") for e in res.events)


@pytest.mark.parametrize(("text", "want"), [
    ("Iraqi militia groups said they will return the weapons to the Iraqi army.", "AGREE"),
    ("Pakistan returned the seized equipment to Afghanistan.", "RETREAT"),
])
def test_handing_back_weapons_returns_property(text: str, want: str, rules: Any) -> None:
    assert any(e.type.value == want for e in process_text(text, rules).events)


@pytest.mark.parametrize(("text", "want"), [
    ("Iraq arrested militants who fought for ISIS.", ("COERCE", "IRQ", "ISIS")),
    ("Iraq arrested men who swore allegiance to the Islamic State.", ("COERCE", "IRQ", "ISIS")),
    ("Turkey detained a total of 40 people who joined the PKK.", ("COERCE", "TUR", "PKK")),
    ("Kenya arrested a batch of recruits who fought for al-Shabaab.",
     ("COERCE", "KEN", "AL_SHABAAB")),
])
def test_people_who_joined_a_group_stand_for_it(text: str, want: tuple[str, str, str],
                                                rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("The US-backed SDF, which had begged its sponsor for help, lost Afrin.",
     ("REQUEST", "SDF", "USA")),
    ("The Houthis, who have thanked their backers, fired missiles at Riyadh.",
     ("SUPPORT", "HOUTHIS", "IRN")),
])
def test_a_relative_clause_owns_its_pronoun(text: str, want: tuple[str, str, str],
                                            rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Sudan declared a cessation of hostilities.", ("RETREAT", "SDN", None)),
    ("Sudan's government has declared an open-ended cessation of hostilities in Darfur.",
     ("RETREAT", "SDN-GOV", None)),
])
def test_a_cessation_of_hostilities_is_a_ceasefire(text: str, want: tuple[str, str, None],
                                                   rules: Any) -> None:
    assert want in events(text, rules)


def test_handing_over_vehicles_gives_them(rules: Any) -> None:
    got = events("Germany handed over 30 vehicles to Ethiopia.", rules)
    assert ("AID", "DEU", "ETH") in got
    assert not any(e[0] == "RETREAT" for e in got)


def test_returning_a_seized_tanker_returns_property(rules: Any) -> None:
    assert ("RETREAT", "IRN", "GBR") in events(
        "Iran returned the seized British tanker to Britain.", rules)


@pytest.mark.parametrize(("text", "want"), [
    ("A court in Istanbul has lifted a travel ban on the journalist.", "TUR-GOV"),
    ("An appeals court in Milan sentenced two Egyptian officers.", "ITA-GOV"),
    ("Prosecutors in Hamburg charged a Syrian man with war crimes.", "DEU-GOV"),
])
def test_a_court_in_a_town_is_its_states(text: str, want: str, rules: Any) -> None:
    assert want in {m.actor_id for m in process_text(text, rules).mentions}


def test_authorities_in_a_contested_town_are_not_assumed(rules: Any) -> None:
    got = {m.actor_id for m in process_text("Authorities in Idlib arrested a journalist.",
                                             rules).mentions}
    assert "SYR-GOV" not in got
