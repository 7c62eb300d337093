"""Precision constructions, reported accusations, pair references and the turns that
shifts are read from, on sentences written for these tests (several wordings each),
with the rules alone."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.aggregate import cue_shifts
from allegiance.aggregate.config import load_config
from allegiance.aggregate.dyads import tally
from allegiance.pipeline import process_text
from allegiance.records import (
    Article,
    Event,
    EventType,
    Evidence,
    Relation,
    RelationType,
    Stance,
    Timeframe,
)
from codekit import coded


def relations(text: str, res: Any) -> set[tuple[str, str, str, bool]]:
    return {(r.source, r.relation.value, r.target, r.former)
            for r in process_text(text, res).relations}


# ------------------------------------------------------------------ questions

@pytest.mark.parametrize("text", [
    "Turkey asked whether Washington would keep its troops in Syria.",
    "Iran asked the IAEA whether inspectors would come back.",
    "The Kremlin asked when the American sanctions would be lifted.",
    "Germany inquired if France would join the mission.",
])
def test_a_question_is_no_request(text: str, rules: Any) -> None:
    assert not any(t == "REQUEST" for t, _, _ in coded(text, rules))


@pytest.mark.parametrize(("text", "want"), [
    ("Russia asked Turkey to halt the offensive.", ("REQUEST", "RUS", "TUR")),
    ("Egypt asked Israel to open the crossing.", ("REQUEST", "EGY", "ISR")),
])
def test_asking_for_an_act_is_still_a_request(text: str, want: tuple[str, str, str],
                                              rules: Any) -> None:
    assert want in coded(text, rules)


# ------------------------------------------------------------------ ending a pact

@pytest.mark.parametrize(("text", "want"), [
    ("The United States withdrew from the nuclear agreement with Iran.",
     ("SANCTION", "USA", "IRN")),
    ("Washington pulled out of the deal with Tehran.", ("SANCTION", "USA", "IRN")),
    ("Tehran abandoned its agreement with the European Union.", ("SANCTION", "IRN", "EU")),
    ("Russia quit the arms treaty with the United States.", ("SANCTION", "RUS", "USA")),
])
def test_leaving_a_pact_is_conflict_with_its_party(text: str, want: tuple[str, str, str],
                                                   rules: Any) -> None:
    got = coded(text, rules)
    assert want in got
    assert not any(t in ("RETREAT", "AGREE") for t, _, _ in got)


def test_de_escalation_weighs_nothing_in_a_dyad() -> None:
    """A suspension of attacks is counted, but adds to neither cooperation nor conflict."""
    from allegiance.aggregate.corroborate import merge_events
    e = Event(id="e1", article_id="a1", sentence="Hezbollah suspended attacks on Israel.",
              type=EventType.RETREAT, source="HEZBOLLAH", target="ISR")
    a = Article(id="a1", source_path="a1", title=None, author="W", outlet="o",
                original_source=None, published="2020-01-01", language="en", text="")
    merged = merge_events([(e, a)], load_config())
    n, coop, conflict = tally(merged)
    assert n == 1 and coop == 0.0 and conflict == 0.0


# ------------------------------------------------------------------ background nouns

@pytest.mark.parametrize("text", [
    "The Israeli-Palestinian conflict has lasted for decades.",
    "The Iran-Iraq war killed hundreds of thousands of people.",
    "The US-Iran standoff dominated the summit.",
])
def test_a_conflict_named_by_its_sides_is_background(text: str, rules: Any) -> None:
    assert not coded(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Russia's war against Ukraine continues.", ("ASSAULT", "RUS", "UKR")),
    ("Saudi Arabia's war on the Houthis entered its fifth year.",
     ("ASSAULT", "SAU", "HOUTHIS")),
])
def test_a_conflict_with_its_own_arguments_is_an_event(text: str, want: tuple[str, str, str],
                                                       rules: Any) -> None:
    assert want in coded(text, rules)


# ------------------------------------------------------------------ investigations

@pytest.mark.parametrize("text", [
    "Flynn is a central figure in the FBI's investigation.",
    "Flynn figured prominently in the FBI's investigation.",
])
def test_the_possessor_investigates_the_one_it_is_about(text: str, rules: Any) -> None:
    got = coded(text, rules)
    assert ("ACCUSE", "FBI", "FLYNN") in got
    assert ("ACCUSE", "FLYNN", "FBI") not in got


# ------------------------------------------------------------------ allegations

@pytest.mark.parametrize(("text", "want"), [
    ("Erdogan alleges that Saudi Arabia ordered the killing of the journalist.",
     ("ACCUSE", "ERDOGAN", "SAU")),
    ("Iran charged that Israel had attacked its tanker.", ("ACCUSE", "IRN", "ISR")),
    ("Damascus claimed that Turkey had shelled its border posts.", ("ACCUSE", "SYR", "TUR")),
])
def test_alleging_a_hostile_act_accuses_its_doer(text: str, want: tuple[str, str, str],
                                                 rules: Any) -> None:
    assert want in coded(text, rules)


@pytest.mark.parametrize("text", [
    "Hezbollah insisted that Israel had attacked first.",
    "Iran insisted that the United States was lying.",
])
def test_insisting_on_a_past_fact_is_no_demand(text: str, rules: Any) -> None:
    assert not any(t == "REQUEST" for t, _, _ in coded(text, rules))


def test_insisting_on_an_act_is_a_demand(rules: Any) -> None:
    assert ("REQUEST", "IRN", "USA") in coded(
        "Iran insisted that the United States lift the sanctions.", rules)


# ------------------------------------------------------------------ disapproval nouns

@pytest.mark.parametrize(("text", "want"), [
    ("The Russian foreign ministry expressed serious concern over the Turkish offensive.",
     ("ACCUSE", "RUS-GOV", "TUR")),
    ("Germany voiced alarm at Iran's missile tests.", ("ACCUSE", "DEU", "IRN")),
    ("France expressed its regret over the American decision.", ("ACCUSE", "FRA", "USA")),
])
def test_stated_disapproval_accuses(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in coded(text, rules)


# ------------------------------------------------------------------ deals made

@pytest.mark.parametrize(("text", "want"), [
    ("Egypt cut a deal with Hamas over the border crossing.", ("AGREE", "EGY", "HAMAS")),
    ("Qatar struck a deal with the Taliban last year.", ("AGREE", "QAT", "TALIBAN")),
])
def test_a_deal_made_with_a_party(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in coded(text, rules)


def test_an_agentless_climb_yields_to_the_nouns_own_agent(rules: Any) -> None:
    got = coded("Moscow acquiesced in the Turkish incursion into Syria.", rules)
    assert ("ASSAULT", "TUR", "SYR") in got
    assert ("ASSAULT", "RUS", "SYR") not in got


# ------------------------------------------------------------------ pairs and reciprocals

@pytest.mark.parametrize(("text", "pair"), [
    ("Iran and Iraq traded accusations against each other.", ("IRN", "IRQ")),
    ("Saudi Arabia and Iran have attacked one another for years.", ("SAU", "IRN")),
    ("Israel and Hamas agreed to a truce brokered by Egypt. Both sides accused each other "
     "of violations.", ("ISR", "HAMAS")),
])
def test_reciprocal_objects_pair_each_with_the_other(text: str, pair: tuple[str, str],
                                                     rules: Any) -> None:
    got = {(s, t) for _, s, t in coded(text, rules)}
    a, b = pair
    assert (a, b) in got and (b, a) in got
    assert ("EGY", "HAMAS") not in got


@pytest.mark.parametrize(("text", "pair"), [
    ("Trump spoke to Erdogan on Friday. Relations between the two men have soured since.",
     {"TRUMP", "ERDOGAN"}),
    ("Turkey and Russia signed a gas deal. The two countries came to blows in 2015.",
     {"TUR", "RUS"}),
])
def test_the_two_n_are_the_last_two_named(text: str, pair: set[str], rules: Any) -> None:
    res = process_text(text, rules)
    found = [{e.source, e.target} for e in res.events] + [
        {r.source, r.target} for r in res.relations]
    assert pair in found


# ------------------------------------------------------------------ relations

@pytest.mark.parametrize(("text", "want"), [
    ("Nato member Greece objected to the plan.", ("GRC", "member_of", "NATO", False)),
    ("Although Norway is a Nato member, it bought Russian gas.",
     ("NOR", "member_of", "NATO", False)),
    ("Spain, another EU member, backed the proposal.", ("ESP", "member_of", "EU", False)),
    ("Assad's backers, Russia and Iran, met in Sochi.", ("RUS", "backs", "ASSAD", False)),
    ("Hamas broke with its former patron, Syria, in 2012.", ("SYR", "backs", "HAMAS", True)),
    ("Qatar's financial backing for Hamas angered its neighbours.",
     ("QAT", "backs", "HAMAS", False)),
    ("Iranian funding for the Houthis has grown.", ("IRN", "backs", "HOUTHIS", False)),
    ("Turkey has armed and supported the Free Syrian Army.", ("TUR", "backs", "FSA", False)),
])
def test_standing_relations(text: str, want: tuple[str, str, str, bool], rules: Any) -> None:
    assert want in relations(text, rules)


def test_verbal_support_is_no_backing(rules: Any) -> None:
    assert not any(r == "backs" for _, r, _, _ in relations(
        "The UN welcomed Egypt's support for the resolution.", rules))


@pytest.mark.parametrize(("text", "a", "b", "before"), [
    ("Once bitter rivals, Saudi Arabia and Iran restored diplomatic ties.", "SAU", "IRN",
     "hostile"),
    ("Erstwhile foes Turkey and Israel have restored full diplomatic relations.", "TUR", "ISR",
     "hostile"),
    ("Iran and Iraq, long at odds, now cooperate closely.", "IRN", "IRQ", "hostile"),
    ("Relations between Ankara and Washington have deteriorated sharply.", "TUR", "USA",
     "allied"),
    ("Egypt's relations with Qatar soured after 2013.", "EGY", "QAT", "allied"),
    ("Ties between Qatar and Egypt have improved since the summit.", "QAT", "EGY", "hostile"),
    ("Qatar fell out with Saudi Arabia over the blockade.", "QAT", "SAU", "allied"),
    ("Hamas broke with Syria in 2012.", "HAMAS", "SYR", "allied"),
])
def test_turns_give_the_former_stance(text: str, a: str, b: str, before: str,
                                      rules: Any) -> None:
    got = relations(text, rules)
    assert any({s, t} == {a, b} and r == before and former for s, r, t, former in got)


def test_a_fronted_description_does_not_date_the_verb(rules: Any) -> None:
    res = process_text("Once bitter rivals, Saudi Arabia and Iran restored diplomatic ties.",
                       rules)
    assert res.events and all(e.timeframe is not Timeframe.PAST for e in res.events)


def test_used_to_is_the_past(rules: Any) -> None:
    res = process_text("Qatar used to fund Hamas.", rules)
    assert any(e.source == "QAT" and e.timeframe is Timeframe.PAST for e in res.events)


def test_an_undated_article_dates_by_its_own_latest_year(rules: Any) -> None:
    text = ("In 2019, Turkey and Russia agreed on a ceasefire in Idlib. "
            "The two countries had clashed in November 2015, when Turkey shot down a "
            "Russian jet.")
    res = process_text(text, rules)
    shot = [e for e in res.events if e.type is EventType.ASSAULT and e.source == "TUR"]
    assert shot and all(e.timeframe is Timeframe.PAST for e in shot)


def test_a_stated_turn_outweighs_incidental_events() -> None:
    a = Article(id="a1", source_path="a1", title=None, author="W", outlet="o",
                original_source=None, published="2020-01-01", language="en", text="")
    turn = Evidence("a1", "Relations between the two men have soured.")
    rels = [Relation("TRUMP", RelationType.ALLIED, "ERDOGAN", former=True, evidence=(turn,)),
            Relation("TRUMP", RelationType.HOSTILE, "ERDOGAN", former=False, evidence=(turn,))]
    praise = Event(id="e1", article_id="a1", sentence="Trump praised Erdogan.",
                   type=EventType.SUPPORT, source="TRUMP", target="ERDOGAN")
    (s,) = cue_shifts(a, [praise], rels)
    assert (s.from_, s.to) == (Stance.COOPERATIVE, Stance.HOSTILE)


# ------------------------------------------------------------------ evaluations

@pytest.mark.parametrize(("text", "want"), [
    ("Rouhani said the strikes answered what he called Saudi aggression.",
     ("ACCUSE", "ROUHANI", "SAU")),
    ("Netanyahu branded Hezbollah a terrorist army.", ("ACCUSE", "NETANYAHU", "HEZBOLLAH")),
    ("Casting Iran as a cancerous influence, Pompeo said the US would stay.",
     ("ACCUSE", "POMPEO", "IRN")),
    ("Trump has called the Iran pact the worst deal ever.", ("ACCUSE", "TRUMP", "IRN")),
    ("Germany described Iran's missile programme as reckless.", ("ACCUSE", "DEU", "IRN")),
])
def test_naming_with_a_damning_word_accuses(text: str, want: tuple[str, str, str],
                                            rules: Any) -> None:
    assert want in coded(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("A Pentagon spokesman said that any Turkish move would be unacceptable.",
     ("ACCUSE", "USA-MIL", "TUR")),
    ("Egypt said the Israeli raids were illegal.", ("ACCUSE", "EGY", "ISR")),
    ("Qatar warned that the Saudi blockade was a violation of international law.",
     ("ACCUSE", "QAT", "SAU")),
])
def test_a_reported_damning_judgement_accuses(text: str, want: tuple[str, str, str],
                                              rules: Any) -> None:
    got = {(e.type.value, e.source, e.target) for e in process_text(text, rules).events
           if not e.negated}
    assert want in got


@pytest.mark.parametrize("text", [
    "Iran said the sanctions were not illegal.",
    "The ministry said the meeting with Russia was constructive.",
    "Egypt said the Israeli proposal was interesting.",
])
def test_no_accusation_without_a_damning_word(text: str, rules: Any) -> None:
    assert not any(t == "ACCUSE" for t, _, _ in coded(text, rules))


# ------------------------------------------------------------------ datives, nouns, pleas

@pytest.mark.parametrize(("text", "want"), [
    ("Iran provided weapons to the Houthis.", ("AID", "IRN", "HOUTHIS")),
    ("Qatar sent money to Hamas.", ("AID", "QAT", "HAMAS")),
    ("Russia gave arms to the Syrian army.", ("AID", "RUS", "SYR-MIL")),
    ("The US has provided weapons and air cover for the YPG.", ("AID", "USA", "YPG")),
])
def test_what_is_given_goes_to_the_dative(text: str, want: tuple[str, str, str],
                                          rules: Any) -> None:
    assert want in coded(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Erdogan pleaded with Russia to halt the offensive.", ("REQUEST", "ERDOGAN", "RUS")),
    ("Pompeo delivered a sharp rebuke to Obama.", ("ACCUSE", "POMPEO", "OBAMA")),
    ("Egypt stepped up its rhetoric against Ethiopia.", ("ACCUSE", "EGY", "ETH")),
    ("Trump's firm backing of Saudi Arabia angered Congress.", ("SUPPORT", "TRUMP", "SAU")),
    ("The two sides disagreed after a phone call between Putin and Macron.",
     ("CONSULT", "PUTIN", "MACRON")),
    ("Erdogan paid a visit to Moscow.", ("CONSULT", "ERDOGAN", "RUS")),
    ("Syria repeated its accusation that Turkey was arming the rebels.",
     ("ACCUSE", "SYR", "TUR")),
])
def test_nouns_and_pleas(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in coded(text, rules)


def test_what_a_plea_asks_for_is_only_wished(rules: Any) -> None:
    res = process_text("Erdogan pleaded with Russia to halt the offensive.", rules)
    assert not any(e.type is EventType.RETREAT and e.factuality.value != "hypothetical"
                   for e in res.events)


def test_an_argument_from_the_discourse_is_marked_inferred(rules: Any) -> None:
    res = process_text("Turkey and Russia signed a gas deal. The two countries came to blows "
                       "in 2015.", rules)
    blows = [e for e in res.events if e.type is EventType.ASSAULT]
    assert blows and all(e.inferred == "both" for e in blows)
    named = process_text("Iran attacked Israel.", rules).events
    assert named and all(e.inferred is None for e in named)


@pytest.mark.parametrize(("text", "pair"), [
    ("Israel and Hezbollah traded fire on Sunday.", {"ISR", "HEZBOLLAH"}),
    ("Armenia and Azerbaijan exchanged fire along the border.", {"ARM", "AZE"}),
])
def test_trading_fire_is_mutual(text: str, pair: set[str], rules: Any) -> None:
    assert any(t == "ASSAULT" and {s, g} == pair for t, s, g in coded(text, rules))


@pytest.mark.parametrize(("text", "want"), [
    ("Turkey's foreign minister, Mevlut Cavusoglu, said the operation would go ahead. "
     "The foreign minister also criticised the French president, Emmanuel Macron.",
     ("ACCUSE", "CAVUSOGLU", "MACRON")),
    ("Iran's president, Hassan Rouhani, spoke on Monday. The president accused Saudi Arabia "
     "of aggression.", ("ACCUSE", "ROUHANI", "SAU")),
])
def test_a_bare_title_is_its_last_named_holder(text: str, want: tuple[str, str, str],
                                               rules: Any) -> None:
    assert want in coded(text, rules)


def test_a_bare_title_without_a_holder_is_nobody(rules: Any) -> None:
    assert not any(s for _, s, _ in coded("The president said Iran would not negotiate.", rules)
                   if s not in ("IRN", None))


@pytest.mark.parametrize(("text", "want"), [
    ("Turkey has sent troops into Syria. It has also supported rival Syrian rebels.",
     ("SUPPORT", "TUR", "SYR_REBELS")),
    ("Erdogan met Putin in Sochi. He later accused the United States of betrayal.",
     ("ACCUSE", "ERDOGAN", "USA")),
])
def test_a_pronoun_subject_is_the_previous_subject(text: str, want: tuple[str, str, str],
                                                   rules: Any) -> None:
    assert want in coded(text, rules)


def test_an_expletive_it_is_nobody(rules: Any) -> None:
    got = coded("Iran denied the report. It is unclear whether Israel attacked the site.", rules)
    # the first sentence's denial is Iran's own (no one named as denied); nothing else is
    assert not any(s == "IRN" for ty, s, _ in got if ty != "REJECT")


@pytest.mark.parametrize(("text", "want"), [
    ("The YPG was the target of Turkey's offensive in Afrin.", ("ASSAULT", "TUR", "YPG")),
    ("Hezbollah became the main target of Israeli air strikes.",
     ("ASSAULT", "ISR", "HEZBOLLAH")),
])
def test_the_target_of_an_act_is_its_target(text: str, want: tuple[str, str, str],
                                            rules: Any) -> None:
    assert want in coded(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("The US plan was a blatant attack on Syrian sovereignty, Syria said.",
     ("ACCUSE", "SYR", "USA")),
    ("Damascus said the Israeli decision was an assault on international law.",
     ("ACCUSE", "SYR", "ISR")),
])
def test_an_attack_by_a_plan_is_a_judgement(text: str, want: tuple[str, str, str],
                                            rules: Any) -> None:
    got = coded(text, rules)
    assert want in got
    assert not any(t == "ASSAULT" for t, _, _ in got)


@pytest.mark.parametrize("text", [
    "A direct clash between Turkish and Syrian forces risks a broader war.",
    "Any Israeli attack on Iran would trigger a regional war.",
])
def test_an_act_with_consequences_is_supposed(text: str, rules: Any) -> None:
    assert not any(t == "ASSAULT" for t, _, _ in coded(text, rules))


def test_sympathy_is_support(rules: Any) -> None:
    assert ("SUPPORT", "PUTIN", "ERDOGAN") in coded(
        "Putin personally commiserated with Erdogan after the coup attempt.", rules)


@pytest.mark.parametrize(("text", "want"), [
    ("The Saudi-led coalition closed all ports to Yemen.",
     ("COERCE", "SAUDI_COALITION", "YEM")),
    ("Turkey sealed its border with Syria.", ("COERCE", "TUR", "SYR")),
    ("Russia is helping prop up the Assad regime.", ("SUPPORT", "RUS", "SYR-GOV")),
    ("Iran has shored up the Houthis with money and weapons.", ("AID", "IRN", "HOUTHIS")),
    ('"We call upon the United Nations to investigate," the State Department said.',
     ("REQUEST", "USA-GOV", "UN")),
])
def test_closures_props_and_appeals(text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in coded(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("The Houthis attacked cities in Saudi Arabia with rockets.", ("ASSAULT", "HOUTHIS", "SAU")),
    ("Israeli jets struck targets in Syria overnight.", ("ASSAULT", "ISR-MIL", "SYR")),
    ("Turkish artillery shelled villages in northern Iraq.", ("ASSAULT", "TUR", "IRQ")),
])
def test_places_in_a_state_are_the_states(text: str, want: tuple[str, str, str],
                                          rules: Any) -> None:
    assert want in coded(text, rules)


def test_people_in_a_state_are_not_the_state(rules: Any) -> None:
    got = coded("Iran's supply of rockets to militias in Yemen worried Riyadh.", rules)
    assert not any(t == "YEM" for _, _, t in got)


@pytest.mark.parametrize(("text", "want"), [
    ("Hezbollah fighters were killed in Syria, where the Lebanese group is fighting "
     "alongside the Syrian regime.", ("COOPERATE", "HEZBOLLAH", "SYR-GOV")),
    ("Hamas fired rockets on Sunday. The Palestinian group later accused Israel of "
     "breaking the truce.", ("ACCUSE", "HAMAS", "ISR")),
])
def test_the_demonym_group_is_the_last_group_of_that_country(
        text: str, want: tuple[str, str, str], rules: Any) -> None:
    assert want in coded(text, rules)


def test_a_verb_of_thinking_codes_nothing_by_itself(rules: Any) -> None:
    assert not coded("Turkey considers the YPG the Syrian wing of the PKK.", rules)


@pytest.mark.parametrize(("text", "want"), [
    ("France threatened to impose import restrictions against German goods.",
     ("THREATEN", "FRA", "DEU")),
    ("Iran threatened to launch a new offensive unless Iraq accepted its conditions.",
     ("THREATEN", "IRN", "IRQ")),
    ("Russia has threatened to stop negotiations if the United States deploys new missiles.",
     ("THREATEN", "RUS", "USA")),
    ("Turkey threatened to impose sanctions on Israel.", ("THREATEN", "TUR", "ISR")),
])
def test_a_threat_is_aimed_at_its_act_or_condition(text: str, want: tuple[str, str, str],
                                                   rules: Any) -> None:
    assert want in coded(text, rules)


def _real(text: str, res: Any) -> set[tuple[str, str | None, str | None, str, bool]]:
    return {(e.type.value, e.source, e.target, e.factuality.value, e.negated)
            for e in process_text(text, res).events}


@pytest.mark.parametrize(("text", "wished", "asker"), [
    # a mandative "that" clause says what the asker wants done, not what was done
    ("Iran demanded that Iraq expel the American troops.", ("COERCE", "IRQ", "USA-MIL"),
     ("REQUEST", "IRN", "IRQ")),
    ("Greece demanded that its NATO allies refuse to recognize Macedonia.",
     ("REJECT", "NATO", "MKD"), ("REQUEST", "GRC", "NATO")),
    ("Turkey insisted that Russia should withdraw its troops from Syria.",
     ("RETREAT", "RUS", "SYR"), ("REQUEST", "TUR", "RUS")),
    ("Moscow urged that Ankara halt its offensive at once.", ("RETREAT", "TUR", None),
     ("REQUEST", "RUS", "TUR")),
])
def test_a_mandative_clause_is_only_wished(rules: Any, text: str, wished: Any,
                                           asker: Any) -> None:
    got = _real(text, rules)
    assert (*wished, "hypothetical", False) in got
    assert not any(e[:3] == wished and e[3] != "hypothetical" for e in got)
    assert (*asker, "asserted", False) in got


@pytest.mark.parametrize("text", [
    # "insists that" + a stated fact is a claim, no demand on anyone
    "Iran insists that the Americans are behind the attacks on its ships.",
    "Turkey insists that Washington supports the YPG militia.",
    "Iran insisted that Israel had attacked its embassy first.",
])
def test_insisting_on_a_fact_is_no_request(rules: Any, text: str) -> None:
    assert not any(t == "REQUEST" for t, *_ in _real(text, rules))


@pytest.mark.parametrize(("text", "want"), [
    ("Turkey threatened to send troops into Manbij. A Pentagon spokesman said that any "
     "such move would be unacceptable.", ("ACCUSE", "USA-MIL", "TUR")),
    ("Iran vowed to close the strait. Washington said any such step would be illegal.",
     ("ACCUSE", "USA", "IRN")),
])
def test_judging_such_an_act_accuses_its_doer(text: str, want: tuple[str, str, str],
                                              rules: Any) -> None:
    assert want in coded(text, rules)


def test_judging_the_move_with_no_decision_before_accuses_no_one(rules: Any) -> None:
    got = coded("Trump announced the withdrawal of US troops from Syria. Turkey prepared to "
                "send troops. The YPG described the move as a betrayal.", rules)
    assert not [e for e in got if e[0] == "ACCUSE" and e[2] == "TUR"]
