"""Acts with one actor named, and the actor phrases they need (sentences written here,
several wordings each): breaking a truce, taking in refugees, cutting tariffs,
agreeing to a ceasefire or a proposal, opening an investigation, mobilising one's own
army; "authorities in X", "prosecutors"; money given; a pact agreed by two parties."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from codekit import coded as events


@pytest.mark.parametrize(("text", "source"), [
    ("Pakistan violated the ceasefire along the border on Thursday.", "PAK"),
    ("The Houthis have breached the UN-brokered truce dozens of times.", "HOUTHIS"),
    ("Russia broke the ceasefire within hours.", "RUS"),
    ("Hamas flouted the truce again, Israel said.", "HAMAS"),
])
def test_breaking_a_truce_is_fighting(text: str, source: str, rules: Any) -> None:
    assert ("ASSAULT", source, None) in events(text, rules)


@pytest.mark.parametrize("text", [
    "Russia signed the ceasefire on Thursday.",
    "Russia welcomed the truce.",
])
def test_a_truce_kept_or_signed_is_no_attack(text: str, rules: Any) -> None:
    assert not any(e[0] == "ASSAULT" for e in events(text, rules))


@pytest.mark.parametrize(("text", "want"), [
    ("The United States accepted 2,000 Iraqi refugees last year.", ("AID", "USA", None)),
    ("Germany took in refugees from Syria.", ("AID", "DEU", "SYR")),
    ("Canada resettled thousands of refugees in 2016.", ("AID", "CAN", None)),
])
def test_taking_in_refugees_is_aid(text: str, want: tuple[str, str, str | None],
                                   rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Hungary says it will not accept refugees from Syria.",
    "Poland would never take in migrants under the quota scheme.",
])
def test_refusing_refugees_is_a_rejection(text: str, rules: Any) -> None:
    got = events(text, rules)
    assert any(e[0] == "REJECT" for e in got)
    assert not any(e[0] == "AID" for e in got)


@pytest.mark.parametrize(("text", "want"), [
    ("Japan has cut tariffs on U.S. farm goods.", ("RETREAT", "JPN", "USA")),
    ("China lowered duties on Australian wine.", ("RETREAT", "CHN", "AUS")),
    ("The EU slashed tariffs on Ukrainian grain.", ("RETREAT", "EU", "UKR")),
])
def test_cutting_tariffs_eases_a_sanction(text: str, want: tuple[str, str, str],
                                          rules: Any) -> None:
    assert want in events(text, rules)


def test_cutting_other_things_is_no_easing(rules: Any) -> None:
    assert not any(e[0] == "RETREAT" for e in events("Japan cut interest rates.", rules))


@pytest.mark.parametrize(("text", "source"), [
    ("The Taliban have agreed to a ceasefire.", "TALIBAN"),
    ("Hamas accepted the formula on Sunday.", "HAMAS"),
    ("Cyprus agreed to a further extension of the peacekeeping mission.", "CYP"),
    ("Iran accepted the compromise.", "IRN"),
])
def test_agreeing_to_a_pact_or_proposal_is_an_agreement(text: str, source: str,
                                                        rules: Any) -> None:
    assert ("AGREE", source, None) in events(text, rules)


def test_agreeing_alone_is_no_event(rules: Any) -> None:
    assert not any(e[0] == "AGREE" for e in events("Iran agreed.", rules))


@pytest.mark.parametrize(("text", "source"), [
    ("Belgian prosecutors have launched an investigation into the bank.", "BEL-GOV"),
    ("French authorities opened an inquiry into the company.", "FRA-GOV"),
    ("German investigators began a probe into the sale of the shares.", "DEU-GOV"),
])
def test_an_investigation_opened_is_an_event_without_a_target(text: str, source: str,
                                                              rules: Any) -> None:
    assert ("ACCUSE", source, None) in events(text, rules)


@pytest.mark.parametrize(("text", "source"), [
    ("On Thursday, Israel mobilized its army for a ground assault.", "ISR"),
    ("Armenia mobilised the army after the clashes.", "ARM"),
])
def test_mobilising_ones_own_army_has_no_target(text: str, source: str, rules: Any) -> None:
    got = events(text, rules)
    assert ("MOBILIZE", source, None) in got
    assert not any(e[0] == "MOBILIZE" and e[2] is not None for e in got)


@pytest.mark.parametrize(("text", "phrase", "actor"), [
    ("Authorities in the U.S. have deported a convicted bomber.", "Authorities in the U.S.",
     "USA-GOV"),
    ("Officials in Washington criticised Iran.", "Officials in Washington", "USA-GOV"),
    ("Police in France arrested a Syrian man.", "Police in France", "FRA-MIL"),
    ("The armed forces of Syria attacked rebels in Idlib.", "armed forces of Syria", "SYR-MIL"),
    ("Officials from Iran met Iraqi leaders.", "Officials from Iran", "IRN-GOV"),
])
def test_a_sector_head_before_its_state(text: str, phrase: str, actor: str,
                                        rules: Any) -> None:
    assert (phrase, actor) in {(m.text, m.actor_id) for m in process_text(text, rules).mentions}


@pytest.mark.parametrize("text", [
    "Troops in Syria attacked the rebels.",
    "US troops in Iraq attacked the militia.",
    "Kurdish officials in Syria criticised Turkey.",
])
def test_forces_somewhere_are_not_that_states(text: str, rules: Any) -> None:
    ids = {m.actor_id for m in process_text(text, rules).mentions}
    assert "SYR-MIL" not in ids and "IRQ-MIL" not in ids and "SYR-GOV" not in ids


@pytest.mark.parametrize(("text", "want"), [
    ("New Zealand donated USD1 million to the World Food Program.", ("AID", "NZL", "WFP")),
    ("Japan gave $5m to UNICEF.", ("AID", "JPN", "UNICEF")),
    ("Norway gave the WFP two million.", ("AID", "NOR", "WFP")),
])
def test_money_given_is_aid(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("The United Kingdom and the European Union have agreed a trade agreement.",
     ("AGREE", "GBR", "EU")),
    ("Turkey and Russia agreed a ceasefire deal.", ("AGREE", "TUR", "RUS")),
    ("Egypt and Sudan agreed a new accord on the Nile.", ("AGREE", "EGY", "SDN")),
])
def test_two_parties_agreeing_a_pact_agree_with_each_other(text: str,
                                                           want: tuple[str, str, str],
                                                           rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "target"), [
    ("Nigerian troops killed several Boko Haram terrorists.", "BOKO_HARAM"),
    ("Israeli jets struck Hamas operatives in Gaza.", "HAMAS"),
    ("Turkish forces killed PKK separatists near the border.", "PKK"),
])
def test_a_groups_people_named_by_a_label_are_the_group(text: str, target: str,
                                                        rules: Any) -> None:
    assert any(e[0] == "ASSAULT" and e[2] == target for e in events(text, rules))


@pytest.mark.parametrize("text", [
    "Erdogan called Macron a fool.",
    "Erdogan described Macron as incompetent.",
    "Erdogan called Macron stupid.",
])
def test_an_insult_is_an_accusation(text: str, rules: Any) -> None:
    assert ("ACCUSE", "ERDOGAN", "MACRON") in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Iran warned that it would retaliate.", ("THREATEN", "IRN", None)),
    ("Iran warned it would strike US bases.", ("THREATEN", "IRN", "USA")),
    ("Turkey warned that it would launch an offensive against the YPG.",
     ("THREATEN", "TUR", "YPG")),
    ("Iran vowed to respond to any attack by Israel.", ("THREATEN", "IRN", "ISR")),
    ("Iran vowed that it would respond forcefully to any Israeli attack.",
     ("THREATEN", "IRN", "ISR")),
])
def test_warning_of_ones_own_hostile_act_threatens(text: str,
                                                   want: tuple[str, str, str | None],
                                                   rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Iran warned that the US would attack Iraq.",
    "Iran vowed to respond to the proposal.",
    "Iran warned that it would attend the talks.",
])
def test_warning_of_anothers_act_or_a_peaceful_one_is_no_threat(text: str,
                                                                rules: Any) -> None:
    assert not any(e[0] == "THREATEN" and e[1] == "IRN" for e in events(text, rules))


@pytest.mark.parametrize(("text", "want"), [
    ("Kuwait launched a mediation effort between the two parties.",
     {("CONSULT", "KWT", None)}),
    ("Qatar mediated between Hamas and Israel.",
     {("CONSULT", "QAT", "HAMAS"), ("CONSULT", "QAT", "ISR")}),
    ("Egypt began a mediation effort in the crisis.", {("CONSULT", "EGY", None)}),
])
def test_mediation_is_consultation_as_a_third_party(text: str,
                                                    want: set[tuple[str, str, str | None]],
                                                    rules: Any) -> None:
    assert want <= events(text, rules)


@pytest.mark.parametrize(("text", "source"), [
    ("Islamic State militants held 20,000 civilians as human shields in Raqqa.", "ISIS"),
    ("The Taliban used villagers as human shields.", "TALIBAN"),
    ("Boko Haram kept hostages as shields against air strikes.", "BOKO_HARAM"),
])
def test_people_held_as_human_shields_are_coerced(text: str, source: str,
                                                  rules: Any) -> None:
    assert any(e[0] == "COERCE" and e[1] == source for e in events(text, rules))


@pytest.mark.parametrize(("text", "source"), [
    ("Israel withdrew its troops from the cities.", "ISR"),
    ("Russia pulled its forces back from the border.", "RUS"),
])
def test_withdrawing_ones_own_forces_has_no_target(text: str, source: str,
                                                   rules: Any) -> None:
    got = events(text, rules)
    assert ("RETREAT", source, None) in got
    assert not any(e[0] == "RETREAT" and e[2] is not None for e in got)


@pytest.mark.parametrize("text", [
    "The Government of Eritrea declined to comment on the dispute.",
    "The Justice Department declined to comment.",
    "Iran refused to elaborate on the talks.",
    "The US declined to say whether Iran was behind the attack.",
])
def test_declining_to_comment_rejects_nobody(text: str, rules: Any) -> None:
    assert not any(e[0] == "REJECT" for e in events(text, rules))


def test_refusing_to_meet_is_still_a_rejection(rules: Any) -> None:
    assert ("REJECT", "IRN", "USA") in events("Iran refused to meet the US envoy.", rules)


@pytest.mark.parametrize("text", [
    "The government of Belarus is exploring the possibility of sanctions on Poland.",
    "The US is studying options to punish Iran.",
    "Britain is examining ways to expel Russian diplomats.",
])
def test_weighing_an_option_is_no_act(text: str, rules: Any) -> None:
    assert not any(e[0] in ("ACCUSE", "SANCTION") and e[2] is None
                   for e in events(text, rules))


@pytest.mark.parametrize(("text", "want"), [
    ("Japan is sending troops to the United Nations peacekeeping force in South Sudan.",
     ("AID", "JPN", "UN")),
    ("Nigeria announced the deployment of 230 troops to Liberia on a peacekeeping mission.",
     ("AID", "NGA", "LBR")),
    ("Britain is deploying 300 peacekeepers to Mali.", ("AID", "GBR", "MLI")),
    ("The UN withdrew peacekeepers from Rwanda.", ("SANCTION", "UN", "RWA")),
])
def test_peacekeepers_sent_protect_and_withdrawn_expel(text: str,
                                                       want: tuple[str, str, str],
                                                       rules: Any) -> None:
    assert want in events(text, rules)


def test_troops_sent_to_a_border_are_mobilised(rules: Any) -> None:
    assert ("MOBILIZE", "RUS", None) in events("Russia deployed 2,000 troops to the border.",
                                               rules)


@pytest.mark.parametrize(("text", "source"), [
    ("Hezbollah will not release the soldiers unless Israel frees its prisoners.",
     "HEZBOLLAH"),
    ("Putin said his country will not lift the ban until the EU provides details.", "RUS"),
    ("Tajikistan says it will not accept refugees from Afghanistan even if they flee.", "TJK"),
])
def test_a_refusal_with_a_demand_or_a_concession_is_a_rejection(text: str, source: str,
                                                                rules: Any) -> None:
    assert any(e[0] == "REJECT" and e[1] == source for e in events(text, rules))


def test_a_refusal_only_under_a_condition_is_none(rules: Any) -> None:
    got = events("If the talks fail, Turkey would not withdraw its troops.", rules)
    assert not any(e[0] == "REJECT" for e in got)


@pytest.mark.parametrize(("text", "phrase", "actor"), [
    ("Putin said his country would not back down.", "his country", "RUS"),
    ("Iran said its nation would resist.", "its nation", "IRN"),
])
def test_an_owners_country_is_its_state(text: str, phrase: str, actor: str,
                                        rules: Any) -> None:
    assert (phrase, actor) in {(m.text, m.actor_id) for m in process_text(text, rules).mentions}


@pytest.mark.parametrize("text", [
    "The Romanian government has agreed to set up a transit centre for refugees.",
    "Somali opposition leaders have agreed to postpone a protest over the delays.",
    "Obama has offered to send troops to Uganda to help African troops.",
    "The rebels agreed to halt their attacks.",
])
def test_a_promise_to_end_or_help_is_no_threat(text: str, rules: Any) -> None:
    assert not any(e[0] == "THREATEN" for e in events(text, rules))


@pytest.mark.parametrize(("text", "want"), [
    ("Russia threatened to set up checkpoints in Georgia.", ("THREATEN", "RUS", None)),
    ("Trump threatened to cancel the deal with Iran.", ("THREATEN", "TRUMP", "IRN")),
    ("Turkey threatened to send troops into Syria.", ("THREATEN", "TUR", "SYR")),
    ("Iran vowed to strike Israel.", ("THREATEN", "IRN", "ISR")),
])
def test_a_threat_to_act_is_a_threat(text: str, want: tuple[str, str, str | None],
                                     rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("USAID sent aid to Haiti.", ("AID", "USAID", "HTI")),
    ("CBP returned prehistoric fossils to the Chinese government.",
     ("RETREAT", "CBP_USA", "CHN-GOV")),
    ("Britain returned the stolen statues to Egypt.", ("RETREAT", "GBR", "EGY")),
    ("The LNA shelled Tripoli.", ("ASSAULT", "LNA_LBY", "LBY")),
    ("In Colombia, the ELN declared a monthlong ceasefire.", ("RETREAT", "ELN_COL", None)),
])
def test_agencies_and_movements_reported_abroad(text: str,
                                                want: tuple[str, str, str | None],
                                                rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("The Syrian army launched an offensive backed by Russian air strikes.",
     ("SUPPORT", "RUS", "SYR-MIL")),
    ("A Syrian offensive backed by Russia displaced thousands.", ("SUPPORT", "RUS", "SYR")),
    ("Turkey's offensive, supported by Qatar, pushed into the town.",
     ("SUPPORT", "QAT", "TUR")),
])
def test_an_act_backed_by_someone_backs_its_doer(text: str, want: tuple[str, str, str],
                                                 rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Bolton repeated his insistence that Turkey not attack the Kurds.",
     ("REQUEST", "BOLTON", "TUR")),
    ("Washington's insistence that Ankara halt the offensive angered Erdogan.",
     ("REQUEST", "USA", "TUR")),
])
def test_an_insistence_that_someone_act_requests(text: str, want: tuple[str, str, str],
                                                 rules: Any) -> None:
    assert want in events(text, rules)


def test_an_insistence_on_a_fact_requests_nothing(rules: Any) -> None:
    got = events("Iran's insistence that the talks were over surprised the EU.", rules)
    assert not any(e[0] == "REQUEST" for e in got)


@pytest.mark.parametrize(("text", "want"), [
    ("The SDF begged the US to stay.", ("REQUEST", "SDF", "USA")),
    ("Iraq instructed Kataib Hezbollah to withdraw.", ("REQUEST", "IRQ", "KATAIB_HEZBOLLAH")),
    ("The UN advised Israel to withdraw from Gaza.", ("REQUEST", "UN", "ISR")),
])
def test_begging_and_instructing_request(text: str, want: tuple[str, str, str],
                                         rules: Any) -> None:
    got = events(text, rules)
    assert want in got
    assert not any(e[0] == "RETREAT" for e in got)  # what is asked for is only wished


@pytest.mark.parametrize(("text", "want"), [
    ("Erdogan said the attackers came from Syria, reiterating accusations that the US was "
     "supporting the YPG.", ("ACCUSE", "ERDOGAN", "USA")),
    ("Turkey said militants crossed the border, accusing the YPG of the attack.",
     ("ACCUSE", "TUR", "YPG")),
])
def test_a_participle_of_saying_after_a_report_is_the_reporters(
        text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


def test_a_participle_of_doing_after_a_report_is_not_the_reporters(rules: Any) -> None:
    got = events("Iran said Israeli jets hit a base, killing eight soldiers.", rules)
    assert not any(e[0] == "ASSAULT" and e[1] == "IRN" for e in got)


@pytest.mark.parametrize(("text", "want"), [
    ("The US trained a force made up of YPG fighters.", ("AID", "USA", "YPG")),
    ("The US trained a 30,000-strong force consisting of SDF fighters.",
     ("AID", "USA", "SDF")),
    ("Turkey attacked a force drawn from the PKK.", ("ASSAULT", "TUR", "PKK")),
])
def test_a_body_named_by_what_it_is_made_of_is_its_members(
        text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)
