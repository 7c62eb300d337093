"""A state's or group's forces named without a proper name, and the words around
them (sentences written here, several wordings each): "its army", "his troops",
"government forces", "regime positions", "X-held areas"; a prefixed irregular verb
("retook")."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from codekit import coded as events


@pytest.mark.parametrize(("text", "want"), [
    ("Iraq said its army had attacked ISIS near Mosul.", ("ASSAULT", "IRQ-MIL", "ISIS")),
    ("Turkey said its troops had shelled YPG positions.", ("ASSAULT", "TUR-MIL", "YPG")),
    ("Hezbollah said its fighters had attacked Israeli positions.",
     ("ASSAULT", "HEZBOLLAH", "ISR")),
    ("Turkey sent its troops into Syria.", ("MOBILIZE", "TUR", "SYR")),
])
def test_its_forces_are_the_owners(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


def test_his_forces_are_his_states_military(rules: Any) -> None:
    mentions = {(m.text, m.actor_id) for m in
                process_text("Erdogan said his forces would enter Afrin.", rules).mentions}
    assert ("his forces", "TUR-MIL") in mentions
    # "his party" is not an army
    mentions = {m.actor_id for m in
                process_text("Erdogan said his party would win.", rules).mentions}
    assert "TUR-MIL" not in mentions


@pytest.mark.parametrize(("text", "want"), [
    ("Syria denied the claim. ISIS fighters attacked several neighborhoods held by "
     "government forces in Deir ez-Zor.", ("ASSAULT", "ISIS", "SYR-MIL")),
    ("Syria denied the claim. The rebels clashed with regime troops.",
     ("ASSAULT", "SYR_REBELS", "SYR-MIL")),
    ("Syria denied the claim. Government jets struck rebel positions near Idlib.",
     ("ASSAULT", "SYR-MIL", "SYR_REBELS")),
    ("Syria denied the claim. ISIS launched counterattacks on regime positions.",
     ("ASSAULT", "ISIS", "SYR-MIL")),
    ("Syria denied the claim. ISIS attacked government-held areas of Deir ez-Zor.",
     ("ASSAULT", "ISIS", "SYR-GOV")),
])
def test_the_states_own_side_named_by_a_common_noun(text: str, want: tuple[str, str, str],
                                                     rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Syria denied the claim. Anti-government forces attacked the base.",
    "Syria denied the claim. Pro-government forces attacked the base.",
])
def test_anti_and_pro_government_forces_are_not_the_state(text: str, rules: Any) -> None:
    assert "SYR-MIL" not in {m.actor_id for m in process_text(text, rules).mentions}


def test_government_forces_without_a_state_stay_unresolved(rules: Any) -> None:
    assert not process_text("Government forces repelled the attack.", rules).mentions


@pytest.mark.parametrize(("text", "want"), [
    ("Syrian forces retook the town from ISIS.", ("ASSAULT", "SYR-MIL", "ISIS")),
    ("Iraqi troops retook Ramadi from Islamic State.", ("ASSAULT", "IRQ-MIL", "ISIS")),
    ("The YPG overran the ISIS base.", ("ASSAULT", "YPG", "ISIS")),
    ("Syria denied the claim. ISIS fighters retook the town from regime forces.",
     ("ASSAULT", "ISIS", "SYR-MIL")),
])
def test_prefixed_irregular_verbs_are_their_verb(text: str, want: tuple[str, str, str],
                                                 rules: Any) -> None:
    assert want in events(text, rules)


def test_lemma_repair_uses_the_lemmatizers_table(rules: Any) -> None:
    doc = rules.nlp("The army retook the town, overran the base and withheld the pay.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["retook"] == "retake" and lemmas["overran"] == "overrun"
    assert lemmas["withheld"] == "withhold"


@pytest.mark.parametrize("text", [
    "ISIS attacked rebel-held areas.",
    "Islamic State fighters shelled Kurdish-held towns.",
])
def test_a_hyphened_word_is_no_dateline(text: str, rules: Any) -> None:
    got = process_text(text, rules).events
    assert any(e.type.value == "ASSAULT" and e.source == "ISIS" for e in got), got


@pytest.mark.parametrize(("text", "want"), [
    ("The Kurds drove ISIS from Kobani.", ("ASSAULT", "SYR_KURDS", "ISIS")),
    ("Iraqi forces cleared ISIS from Ramadi.", ("ASSAULT", "IRQ-MIL", "ISIS")),
    ("Turkey fought to drive ISIS from parts of Syria.", ("ASSAULT", "TUR", "ISIS")),
    ("The YPG pushed ISIS back from the border.", ("ASSAULT", "YPG", "ISIS")),
    ("The PKK has waged an insurgency against Turkey since 1984.", ("ASSAULT", "PKK", "TUR")),
])
def test_driving_a_force_off_ground_and_insurgency(text: str, want: tuple[str, str, str],
                                                   rules: Any) -> None:
    assert want in events(text, rules)


def test_driving_vehicles_from_a_town_is_no_attack(rules: Any) -> None:
    assert not process_text("The YPG drove the trucks from Kobani to Raqqa.", rules).events


@pytest.mark.parametrize(("text", "want"), [
    ("Turkish troops entered Syria on Sunday.", ("MOBILIZE", "TUR-MIL", "SYR")),
    ("Russian forces crossed into Ukraine.", ("MOBILIZE", "RUS-MIL", "UKR")),
    ("Hezbollah fighters crossed into Syria.", ("MOBILIZE", "HEZBOLLAH", "SYR")),
])
def test_a_force_going_into_a_state_mobilises(text: str, want: tuple[str, str, str],
                                              rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Putin entered Syria on a surprise visit.",
    "Iran entered talks with the US.",
])
def test_a_visitor_or_a_negotiator_is_no_force(text: str, rules: Any) -> None:
    assert not [e for e in events(text, rules) if e[0] == "MOBILIZE"]


@pytest.mark.parametrize(("text", "want"), [
    ("Iran entered into an agreement with Russia.", ("AGREE", "IRN", "RUS")),
    ("Iran entered talks with the US.", ("CONSULT", "IRN", "USA")),
])
def test_entering_talks_or_a_pact_is_the_talks(text: str, want: tuple[str, str, str],
                                               rules: Any) -> None:
    assert want in events(text, rules)


def test_a_force_named_only_earlier_is_not_the_one_crossing(rules: Any) -> None:
    got = events("He fought alongside YPG fighters before crossing into Iraq.", rules)
    assert not [e for e in got if e[0] == "MOBILIZE"]


@pytest.mark.parametrize(("text", "want"), [
    # the state the fighting is in, not the last government named
    ("Russia's defence ministry said its jets struck targets. Fighting between government "
     "forces and rebels in Aleppo intensified.", ("ASSAULT", "SYR-MIL", "SYR_REBELS")),
    # the government the article has called a regime
    ("The Assad regime denied the claim. Russian jets struck. ISIS shelled regime positions.",
     ("ASSAULT", "ISIS", "SYR-MIL")),
])
def test_whose_government_forces_they_are(text: str, want: tuple[str, str, str],
                                          rules: Any) -> None:
    assert want in events(text, rules)


def test_fighting_between_two_sides_is_no_cooperation(rules: Any) -> None:
    got = events("Fighting between Syrian forces and ISIS intensified.", rules)
    assert ("ASSAULT", "SYR-MIL", "ISIS") in got
    assert not [e for e in got if e[0] == "COOPERATE"]


def test_a_regime_coordinated_with_a_state_is_another_side(rules: Any) -> None:
    mentions = {m.text: m.actor_id for m in process_text(
        "Russian and regime warplanes attacked the convoy near Aleppo.", rules).mentions}
    assert mentions.get("regime warplanes") == "SYR-MIL", mentions


@pytest.mark.parametrize(("text", "source"), [
    ("Israel has strengthened its forces in Lebanon.", "ISR"),
    ("Turkey reinforced its troops in the area.", "TUR"),
    ("Russia bolstered its forces on the border.", "RUS"),
])
def test_reinforcing_ones_own_forces_mobilises_against_no_one_of_its_own(
        text: str, source: str, rules: Any) -> None:
    got = events(text, rules)
    assert ("MOBILIZE", source, None) in got
    assert not [e for e in got if e[0] == "MOBILIZE" and e[2] is not None
                and e[2].startswith(source)]


@pytest.mark.parametrize(("text", "want"), [
    ("Seoul sent aid to help North Korea cope with flood damage.", ("AID", "KOR", "PRK")),
    ("NATO strengthened its forces in Europe to deter Russian aggression.",
     ("MOBILIZE", "NATO", "RUS")),
    ("Iran sent tactical advisers to support President Bashar al-Assad.",
     ("AID", "IRN", "ASSAD")),
])
def test_an_acts_purpose_names_its_target(text: str, want: tuple[str, str, str],
                                          rules: Any) -> None:
    assert want in events(text, rules)


def test_help_sent_to_fight_an_enemy_is_not_given_to_the_enemy(rules: Any) -> None:
    got = events("The US sent weapons to fight ISIS.", rules)
    assert ("AID", "USA", "ISIS") not in got


@pytest.mark.parametrize(("text", "want"), [
    ("Kurds protested the rampant discrimination and abuses against the Syrian Kurds by "
     "the Assad regime.", ("COERCE", "SYR-GOV", "SYR_KURDS")),
])
def test_repression_of_a_people_by_a_state_coerces_it(text: str, want: tuple[str, str, str],
                                                     rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Washington consulted its allies in Kabul.", ("CONSULT", "USA", "AFG")),
    ("Ankara warned its partners in Baghdad.", ("THREATEN", "TUR", "IRQ")),
])
def test_partners_in_a_capital_are_its_state(text: str, want: tuple[str, str, str],
                                             rules: Any) -> None:
    assert want in events(text, rules)
