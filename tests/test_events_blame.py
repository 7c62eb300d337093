"""Blame and refusal (sentences written here, several wordings each): a reported clause
that makes an actor the doer behind a harm is an accusation of that actor by the one
reporting; refusing dealings with an actor rejects the actor, and so does a cooperation
refused with "will not", "would never", "cannot"."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from codekit import coded as events


@pytest.mark.parametrize(("text", "want"), [
    ("Moscow alleges that senior Ukrainian commanders were behind the blast.",
     ("ACCUSE", "RUS", "UKR-MIL")),
    ("Kyiv said Russia was to blame for the explosion.", ("ACCUSE", "UKR", "RUS")),
    ("Iran insists Israel had a hand in the assassination.", ("ACCUSE", "IRN", "ISR")),
    ("Turkey charged that Kurdish militants were responsible for the car bomb attack.",
     ("ACCUSE", "TUR", "PKK")),
    ("Iran was behind the bombing, Saudi Arabia said.", ("ACCUSE", "SAU", "IRN")),
    ('"Hamas is to blame for this war," Netanyahu said.', ("ACCUSE", "NETANYAHU", "HAMAS")),
    ("Pakistan said the attacks had been orchestrated by India.", ("ACCUSE", "PAK", "IND")),
    ("Putin's claims that Washington was responsible for the uprising were rejected.",
     ("ACCUSE", "PUTIN", "USA")),
    ("Turkey said the Syrian regime was guilty of barbarity.", ("ACCUSE", "TUR", "SYR-GOV")),
    ("Paris said Moscow was complicit in the cover-up.", ("ACCUSE", "FRA", "RUS")),
    ("Ankara alleges that the highest levels of the Saudi government were responsible for "
     "ordering the journalist's murder.", ("ACCUSE", "TUR", "SAU-GOV")),
    ("Kyiv said Russia was responsible for shelling the city.", ("ACCUSE", "UKR", "RUS")),
])
def test_blaming_an_actor_for_a_harm_accuses_it(text: str, want: tuple[str, str, str],
                                                rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Kyiv said Russia was not behind the explosion.",
    "Egypt said Qatar was responsible for the security of the talks.",
    "Jordan said Iraq was behind the new trade agreement.",
    "Egypt said Qatar was responsible for organising the talks.",
])
def test_no_blame_without_a_harm_or_with_a_denial(text: str, rules: Any) -> None:
    assert not [e for e in events(text, rules) if e[0] == "ACCUSE"]


def test_an_accusation_with_its_target_leaves_no_targetless_copy(rules: Any) -> None:
    got = events("Turkey charged that Kurdish militants were responsible for the attack.",
                 rules)
    assert ("ACCUSE", "TUR", None) not in got


@pytest.mark.parametrize(("text", "want"), [
    ("Ankara opposes any role for the YPG in the talks.", ("REJECT", "TUR", "YPG")),
    ("Riyadh rejected any deal with the Houthis.", ("REJECT", "SAU", "HOUTHIS")),
    ("Washington rejected any negotiations with the Taliban.", ("REJECT", "USA", "TALIBAN")),
    ("Kabul refused any compromise with the Taliban.", ("REJECT", "AFG", "TALIBAN")),
    ("Turkey has objected to any invitation being extended to the PYD.",
     ("REJECT", "TUR", "PYD")),
    ("India objected to Pakistan's presence at the summit.", ("REJECT", "IND", "PAK")),
])
def test_refusing_dealings_with_an_actor_rejects_it(text: str, want: tuple[str, str, str],
                                                    rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Germany opposed new sanctions on Russia.",
    "Germany objected to new sanctions on Russia.",
])
def test_refusing_a_hostile_measure_rejects_nobody(text: str, rules: Any) -> None:
    assert not [e for e in events(text, rules) if e[0] == "REJECT" and e[2] == "RUS"]


@pytest.mark.parametrize(("text", "want"), [
    ("Turkey would never agree to a compromise with the Kurdish militia.",
     ("REJECT", "TUR", "PKK")),
    ("Erdogan won't meet Bolton.", ("REJECT", "ERDOGAN", "BOLTON")),
    ("Erdogan said Ankara will not accept a deal with the YPG.", ("REJECT", "TUR", "YPG")),
    ("Moscow cannot support the US plan.", ("REJECT", "RUS", "USA")),
])
def test_a_cooperation_refused_with_will_or_would_is_a_rejection(
        text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Russia did not support the resolution against Syria.",
    "Erdogan did not meet Bolton.",
    "If the talks fail, Turkey would not withdraw its troops from Iraq.",
])
def test_a_cooperation_that_did_not_happen_is_no_rejection(text: str, rules: Any) -> None:
    assert not [e for e in events(text, rules) if e[0] == "REJECT"]


@pytest.mark.parametrize(("text", "want"), [
    ("Ankara accepted a truce with the YPG.", ("AGREE", "TUR", "YPG")),
    ("Turkey rejected a ceasefire with the Kurds.", ("REJECT", "TUR", "PKK")),
])
def test_accepting_or_refusing_a_truce_answers_its_other_party(
        text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Israel is opposed to French mediation in peace negotiations with Syria.",
     ("REJECT", "ISR", "FRA")),
    ("Russia was opposed to the US plan.", ("REJECT", "RUS", "USA")),
    ("Iraq is committed to the deal with Iran.", ("AGREE", "IRQ", "IRN")),
])
def test_a_stance_held_is_its_holders(text: str, want: tuple[str, str, str],
                                      rules: Any) -> None:
    # "is opposed to", "is committed to": the subject holds the stance; the thing
    # opposed answers its owner before anything it is about
    got = process_text(text, rules).events
    assert want in {(e.type.value, e.source, e.target) for e in got if not e.negated}


def test_a_plan_opposed_by_an_actor_is_still_the_actors_rejection(rules: Any) -> None:
    assert ("REJECT", "RUS", None) in events("The plan was opposed by Russia.", rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Hunt expressed his qualms about Trump's call for a withdrawal.",
     ("ACCUSE", "JEREMY_HUNT", "TRUMP")),
    ("Moscow voiced doubts about the Turkish offensive.", ("ACCUSE", "RUS", "TUR")),
    ("Putin repeated complaints that US troop deployments in Syria were illegal.",
     ("ACCUSE", "PUTIN", "USA")),
    ("Riyadh said Iran's supply of rockets to the Houthis was an act of direct military "
     "aggression.", ("ACCUSE", "SAU", "IRN")),
])
def test_disapproval_voiced_and_judgements_reported_accuse(
        text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("The EU moved to resist US sanctions.", ("REJECT", "EU", "USA")),
    ("Turkey pledged to circumvent American sanctions.", ("REJECT", "TUR", "USA")),
])
def test_evading_a_measure_rejects_its_maker(text: str, want: tuple[str, str, str],
                                             rules: Any) -> None:
    got = process_text(text, rules).events
    assert want in {(e.type.value, e.source, e.target) for e in got if not e.negated}


def test_a_vow_to_defy_sanctions_threatens_nobody(rules: Any) -> None:
    got = events("Turkey vowed to defy US sanctions on Iran.", rules)
    assert not [e for e in got if e[0] == "THREATEN"]


def test_an_act_masterminded_from_a_state_blames_it(rules: Any) -> None:
    got = process_text("Erdogan claims that the 2016 coup was masterminded from the US by an "
                       "exiled cleric.", rules).events
    assert ("ACCUSE", "ERDOGAN", "USA") in {(e.type.value, e.source, e.target) for e in got}


@pytest.mark.parametrize(("text", "want"), [
    ("Erdogan said Bolton had made a serious mistake.", ("ACCUSE", "ERDOGAN", "BOLTON")),
    ('"Washington has made a grave error," Zarif said.', ("ACCUSE", "ZARIF", "USA")),
])
def test_saying_an_actor_made_a_mistake_faults_it(text: str, want: tuple[str, str, str],
                                                  rules: Any) -> None:
    assert want in events(text, rules)


def test_owning_a_mistake_accuses_no_one(rules: Any) -> None:
    assert not [e for e in events("Iran said it had made a mistake.", rules)
                if e[0] == "ACCUSE"]


def test_rejecting_a_claim_does_not_make_it_the_rejecters(rules: Any) -> None:
    got = events("Iran rejected claims that Israel was behind the blast.", rules)
    assert ("ACCUSE", "IRN", "ISR") not in got
