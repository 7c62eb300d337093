"""Answers to what an earlier sentence said, and consent received (sentences written
here, several wordings each): a denial is aimed at the last accuser; rejecting "the
plan" answers its planner; "won the backing of X", "secured Russian support",
"gained the approval of X"; acquiescing concedes; consenting or refusing to act answers
the one who asked."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text
from codekit import coded as events


@pytest.mark.parametrize(("text", "want"), [
    ("Israel accused Iran of attacking the ship. Iran denied the accusation.",
     ("REJECT", "IRN", "ISR")),
    ("Saudi Arabia blamed Iran for the missile attack. Tehran denied it was behind the "
     "attack.", ("REJECT", "IRN", "SAU")),
    ("Iraq accused Turkey of backing the rebels. Turkey has denied those claims.",
     ("REJECT", "TUR", "IRQ")),
    ("The US accused Russia of meddling. Moscow denied any role.", ("REJECT", "RUS", "USA")),
    ("Israel accused Hezbollah of firing rockets. The group denied it.",
     ("REJECT", "HEZBOLLAH", "ISR")),
    ("Iran denied Israel's claims.", ("REJECT", "IRN", "ISR")),
])
def test_a_denial_answers_the_accuser(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Iran denied the report.",
    # the accusation is too far back to be the one denied
    "Washington accused Beijing of spying. The weather was cold. It rained all week. "
    "Rain fell. China denied the charges.",
])
def test_a_denial_with_no_accuser_near_has_no_target(text: str, rules: Any) -> None:
    assert not [e for e in process_text(text, rules).events
                if e.type.value == "REJECT" and e.target is not None]


@pytest.mark.parametrize(("text", "want"), [
    ("Washington announced a plan to arm the Kurds. Russia opposed the plan.",
     ("REJECT", "RUS", "USA")),
    ("Washington announced a plan to arm the Kurds. Turkey rejected the plan.",
     ("REJECT", "TUR", "USA")),
    # a plan whose act is no event of its own still has its maker
    ("Washington announced plans for a 30,000-strong border force. Russia opposed the plan.",
     ("REJECT", "RUS", "USA")),
    ("The US unveiled a plan for a new force to guard the border. Turkey rejected the plan.",
     ("REJECT", "TUR", "USA")),
])
def test_rejecting_the_plan_answers_its_planner(text: str, want: tuple[str, str, str],
                                                rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Turkey won the backing of Russia for the operation.", ("SUPPORT", "RUS", "TUR")),
    ("Turkey secured Russian support for the offensive.", ("SUPPORT", "RUS", "TUR")),
    ("Iraq obtained Iranian backing for the plan.", ("SUPPORT", "IRN", "IRQ")),
    ("Turkey launched the operation after gaining the approval of Russia.",
     ("AGREE", "RUS", "TUR")),
    ("Moscow gave its blessing to the Turkish operation.", ("AGREE", "RUS", "TUR")),
    ("Russia acquiesced in the Turkish incursion.", ("CONCEDE", "RUS", "TUR")),
    ("Russia acquiesced to Turkish demands.", ("CONCEDE", "RUS", "TUR")),
])
def test_consent_given_and_received(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Iran's support for the Houthis is well known.",
    "Iran's backing of the Houthis is well known.",
    "The backing of the Houthis by Iran is well known.",
])
def test_support_of_a_side_is_still_for_it(text: str, rules: Any) -> None:
    # no verb of receiving: the possessor backs, the "of" object is backed
    assert ("SUPPORT", "IRN", "HOUTHIS") in events(text, rules)


@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("Russia condemned Erdogan's Syria incursion.", ("ACCUSE", "RUS", "ERDOGAN"),
     ("ACCUSE", "RUS", "SYR")),
    ("Russia acquiesced in Erdogan's Syria incursion.", ("CONCEDE", "RUS", "ERDOGAN"),
     ("CONCEDE", "RUS", "SYR")),
])
def test_a_named_agent_leaves_the_state_modifier_the_ground(
        text: str, want: tuple[str, str, str], not_want: tuple[str, str, str],
        rules: Any) -> None:
    got = events(text, rules)
    assert want in got and not_want not in got, got


@pytest.mark.parametrize("text", [
    "Houthi missile attacks on Riyadh, enabled by Iran, continued.",
    "Iran enabled the Houthis to strike Saudi Arabia.",
])
def test_enabling_an_actor_is_backing_it(text: str, rules: Any) -> None:
    assert ("SUPPORT", "IRN", "HOUTHIS") in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Turkey shot down a Russian jet. Moscow retaliated by imposing economic sanctions.",
     ("SANCTION", "RUS", "TUR")),
    ("Israel struck Iranian bases in Syria. Iran retaliated with missile strikes.",
     ("ASSAULT", "IRN", "ISR")),
    ("Israel struck Iranian bases in Syria. Iran responded by expelling the Israeli envoy.",
     ("SANCTION", "IRN", "ISR")),
])
def test_a_retaliation_answers_the_aggressor(text: str, want: tuple[str, str, str],
                                             rules: Any) -> None:
    assert want in events(text, rules)


def test_a_response_that_is_no_hostile_act_answers_nobody(rules: Any) -> None:
    got = events("Israel struck Iranian bases in Syria. The UN responded by sending observers.",
                 rules)
    assert not [e for e in got if e[1] == "UN"]


@pytest.mark.parametrize(("text", "want"), [
    ("Iraqi forces repelled an ISIS attack on Ramadi.", ("ASSAULT", "ISIS", "IRQ-MIL")),
    ("Kurdish fighters in Syria repulsed an assault by ISIS.", ("ASSAULT", "ISIS", "SYR_KURDS")),
])
def test_who_fends_off_an_attack_was_its_target(text: str, want: tuple[str, str, str],
                                                rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Russia allowed Turkey to use Syrian airspace.", ("CONCEDE", "RUS", "TUR")),
    ("Moscow permitted Ankara to conduct air strikes.", ("CONCEDE", "RUS", "TUR")),
    ("Iraq let US troops stay in the country.", ("CONCEDE", "IRQ", "USA-MIL")),
])
def test_letting_an_actor_act_concedes_to_it(text: str, want: tuple[str, str, str],
                                             rules: Any) -> None:
    assert want in events(text, rules)


def test_what_an_actor_is_allowed_to_do_is_only_permitted(rules: Any) -> None:
    got = process_text("Russia allowed Turkey to attack the YPG.", rules).events
    assert all(e.factuality.value == "hypothetical" for e in got if e.type.value == "ASSAULT")


def test_a_retaliation_keeps_the_time_of_what_it_answers(rules: Any) -> None:
    text = ("Turkey shot down a Russian jet in November 2015. "
            "Moscow retaliated by imposing economic sanctions.")
    got = [e for e in process_text(text, rules, published="2018-02-10").events
           if e.type.value == "SANCTION"]
    assert got and all(e.date == "2015-11" and e.timeframe.value == "past" for e in got), [
        (e.date, e.timeframe) for e in got]


@pytest.mark.parametrize(("text", "want"), [
    ("Turkish troops shelled Kurdish positions in Afrin on Saturday. The Russian foreign "
     "ministry expressed serious concern on Sunday.", ("ACCUSE", "RUS-GOV", "TUR-MIL")),
    ("Israeli jets bombed Damascus airport. Moscow voiced alarm.", ("ACCUSE", "RUS", "ISR-MIL")),
])
def test_bare_disapproval_is_about_the_act_just_reported(text: str, want: tuple[str, str, str],
                                                         rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Israeli jets bombed Damascus airport. The weather was cold. Moscow voiced alarm.",
    "Israeli jets bombed Damascus airport. Israel expressed concern.",
])
def test_bare_disapproval_needs_someone_elses_act_just_before(text: str, rules: Any) -> None:
    assert not [e for e in process_text(text, rules).events if e.type.value == "ACCUSE"]


@pytest.mark.parametrize(("text", "want"), [
    ("Russia urged Turkey to show restraint. Iran made a similar call.",
     ("REQUEST", "IRN", "TUR")),
    ("France condemned the Turkish offensive. Germany issued a similar condemnation.",
     ("ACCUSE", "DEU", "TUR")),
    ("Iran warned Israel against any attack. Hezbollah issued the same warning.",
     ("THREATEN", "HEZBOLLAH", "ISR")),
])
def test_a_similar_act_has_the_same_target(text: str, want: tuple[str, str, str],
                                           rules: Any) -> None:
    assert want in events(text, rules)


def test_a_similar_act_by_the_target_itself_is_none(rules: Any) -> None:
    got = events("Russia urged Turkey to show restraint. Turkey made a similar call.", rules)
    assert not [e for e in got if e[1] == "TUR"]


@pytest.mark.parametrize(("text", "want"), [
    ("Japan condemned the attack as despicable.", ("ACCUSE", "JPN")),
    ("Slovakia refused to accept refugees.", ("REJECT", "SVK")),
])
def test_a_stance_with_no_object_keeps_its_source(text: str, want: tuple[str, str],
                                                  rules: Any) -> None:
    got = {(e.type.value, e.source, e.target) for e in process_text(text, rules).events}
    assert (*want, None) in got


def test_a_statement_is_no_stance(rules: Any) -> None:
    assert not process_text("Iran said it was ready.", rules).events


@pytest.mark.parametrize(("text", "want"), [
    ("Trump has received an invitation to visit Turkey in 2019.", ("AGREE", "TUR", "TRUMP")),
    ("Russian troops entered Syria at the invitation of the Syrian government.",
     ("AGREE", "SYR-GOV", "RUS-MIL")),
    ("Turkey extended an invitation to Trump.", ("AGREE", "TUR", "TRUMP")),
])
def test_an_invitation_is_the_hosts(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


def test_a_denial_answers_no_accuser_of_its_own_side(rules: Any) -> None:
    # Russia accused Russia's envoy of nothing: the only accusation in view is by Russia
    text = ("Russia accused Britain of staging the attack. "
            "The Russian embassy denied the accusation.")
    got = events(text, rules)
    assert not [e for e in got if e[0] == "REJECT" and e[2] == "RUS"]


def test_a_physical_slam_is_no_criticism(rules: Any) -> None:
    got = process_text("A Syrian warplane slammed into a residential area.", rules).events
    assert not [e for e in got if e.type.value == "ACCUSE"]


@pytest.mark.parametrize(("text", "want"), [
    ("Washington pressed Ankara to curb Iranian oil imports. Later that month, Ankara "
     "agreed to cut them.", ("AGREE", "TUR", "USA")),
    ("The UN asked Israel to allow aid convoys into Gaza. Israel refused to open the "
     "crossings.", ("REJECT", "ISR", "UN")),
    ("The EU urged Serbia to recognise Kosovo. Belgrade declined to do so.",
     ("REJECT", "SRB", "EU")),
])
def test_consenting_or_refusing_to_act_answers_the_asker(
        text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


def test_agreeing_when_asked_is_no_threat_to_the_asker(rules: Any) -> None:
    got = events("Washington pressed Ankara to curb Iranian oil imports. Later that month, "
                 "Ankara agreed to cut them.", rules)
    assert ("THREATEN", "TUR", "USA") not in got


@pytest.mark.parametrize("text", [
    "Turkey agreed to buy the missiles.",
    "Washington pressed Ankara to curb Iranian oil imports. Greece agreed to cut its own.",
])
def test_consent_nobody_asked_for_answers_nobody(text: str, rules: Any) -> None:
    got = events(text, rules)
    assert not [e for e in got if e[0] in ("AGREE", "REJECT") and e[2] == "USA"]


@pytest.mark.parametrize(("text", "want"), [
    ("Iran faces new EU sanctions.", ("SANCTION", "EU", "IRN")),
    ("Faced with Turkish restrictions, the US moved its jets to Jordan.",
     ("SANCTION", "TUR", "USA")),
    ("Turkey suffered harsh criticism from the EU.", ("ACCUSE", "EU", "TUR")),
])
def test_who_undergoes_an_act_is_its_target(text: str, want: tuple[str, str, str],
                                            rules: Any) -> None:
    assert want in events(text, rules)


def test_facing_a_choice_is_no_event(rules: Any) -> None:
    assert not events("Iran faces a choice between talks and isolation.", rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Ukraine has imposed sanctions on former President Viktor Yanukovich.",
     ("SANCTION", "UKR", "new:person:viktor-yanukovich")),
    ("Egypt charged former Prime Minister Ahmed Nazif with corruption.",
     ("ACCUSE", "EGY", "new:person:ahmed-nazif")),
])
def test_a_former_office_holder_is_no_longer_the_states_side(
        text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in events(text, rules)


def test_a_serving_leader_and_his_state_are_one_side(rules: Any) -> None:
    got = events("Erdogan said Turkish troops would enter Afrin.", rules)
    assert not [e for e in got if {e[1], e[2]} == {"ERDOGAN", "TUR-MIL"}]


@pytest.mark.parametrize(("text", "want"), [
    ("Moscow then announced that Hamas leaders would be invited to the talks.",
     ("AGREE", "RUS", "HAMAS")),
    ("Russia said the Taliban had been invited to Moscow.", ("AGREE", "RUS", "TALIBAN")),
])
def test_an_invitation_announced_is_the_announcers(text: str, want: tuple[str, str, str | None],
                                                   rules: Any) -> None:
    got = events(text, rules)
    assert any(e[0] == want[0] and e[1] == want[1] and (want[2] is None or e[2] == want[2])
               for e in got), got


def test_an_attack_reported_is_not_the_reporters(rules: Any) -> None:
    assert not [e for e in events("Russia said its embassy had been attacked.", rules)
                if e[1] == "RUS"]


@pytest.mark.parametrize(("text", "want"), [
    ("Britain had stepped up engagement with the YPG.", ("COOPERATE", "GBR", "YPG")),
    ("Obama launched an outreach to Iran.", ("COOPERATE", "OBAMA", "IRN")),
])
def test_engagement_pursued_is_cooperation(text: str, want: tuple[str, str, str],
                                           rules: Any) -> None:
    assert want in events(text, rules)


def test_an_engagement_fought_is_no_cooperation(rules: Any) -> None:
    got = events("Israeli troops killed three militants in an engagement with Hamas.", rules)
    assert not [e for e in got if e[0] == "COOPERATE"]


@pytest.mark.parametrize(("text", "want"), [
    ("Israel struck Gaza as part of its campaign against Hamas.", ("ASSAULT", "ISR", "HAMAS")),
    ("Turkey paused its offensive as part of coordination with the US.",
     ("COOPERATE", "TUR", "USA")),
])
def test_as_part_of_an_act_is_the_clauses_subjects(text: str, want: tuple[str, str, str],
                                                  rules: Any) -> None:
    assert want in events(text, rules)
