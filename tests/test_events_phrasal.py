"""Light and phrasal verbs, nominal events and their arguments, on sentences written for
these tests (several wordings each), with the rules alone."""

from __future__ import annotations

from typing import Any

import pytest

from codekit import coded


@pytest.mark.parametrize(("text", "want"), [
    # the subject is the one attacked
    ("Turkish soldiers came under fire from PKK militants near the border.",
     ("ASSAULT", "PKK", "TUR-MIL")),
    ("An Iraqi army convoy came under attack by Islamic State fighters.",
     ("ASSAULT", "ISIS", "IRQ-MIL")),
    ("US troops were under attack from Kataib Hezbollah for hours.",
     ("ASSAULT", "KATAIB_HEZBOLLAH", "USA-MIL")),
    # a place falls to its taker (no owner named: the taker alone)
    ("The town fell to Houthi fighters on Tuesday.", ("ASSAULT", "HOUTHIS", None)),
    # sieges
    ("The Syrian army laid siege to the rebel stronghold of Daraa.",
     ("COERCE", "SYR-MIL", "SYR_REBELS")),
    # driving a force off ground
    ("Iraqi troops pushed Isis militants out of the city.", ("ASSAULT", "IRQ-MIL", "ISIS")),
    ("Kurdish forces in Syria forced Isis out of Raqqa.", ("ASSAULT", "SYR_KURDS", "ISIS")),
    # fighting together against a third
    ("The YPG joined forces with Arab tribes against Isis.", ("ASSAULT", "YPG", "ISIS")),
    ("Hezbollah teamed up with the Syrian army against Isis.", ("ASSAULT", "HEZBOLLAH", "ISIS")),
    # carried-out strikes keep their target
    ("Russian jets carried out strikes on rebel positions in Idlib.",
     ("ASSAULT", "RUS-MIL", "SYR_REBELS")),
    ("Israeli aircraft conducted raids on Hezbollah positions in Lebanon.",
     ("ASSAULT", "ISR-MIL", "HEZBOLLAH")),
])
def test_phrasal_and_light_verbs(text: str, want: tuple[str, str, str | None],
                                 rules: Any) -> None:
    assert want in coded(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("Egypt's threats against Ethiopia alarmed diplomats.", ("THREATEN", "EGY", "ETH")),
    ("Iran's warnings to Israel grew louder.", ("THREATEN", "IRN", "ISR")),
    ("A Saudi air campaign in Yemen has killed thousands.", ("ASSAULT", "SAU", "YEM")),
    ("Russia's intervention in Syria turned the war.", ("ASSAULT", "RUS", "SYR")),
    ("Talks between Ankara and Moscow resumed on Friday.", ("CONSULT", "TUR", "RUS")),
    ("Erdogan received a call from Putin on Monday.", ("CONSULT", "PUTIN", "ERDOGAN")),
    ("Macron took a phone call from Biden.", ("CONSULT", "BIDEN", "MACRON")),
])
def test_nominal_events_take_their_arguments(text: str, want: tuple[str, str, str],
                                             rules: Any) -> None:
    assert want in coded(text, rules)


@pytest.mark.parametrize(("text", "want"), [
    ("The Houthis agreed to a ceasefire with Saudi Arabia.", ("AGREE", "HOUTHIS", "SAU")),
    ("Hamas agreed to a truce with Israel on Sunday.", ("AGREE", "HAMAS", "ISR")),
    ("Turkey called on Russia to stop the offensive.", ("REQUEST", "TUR", "RUS")),
    ("The UN appealed to Israel to allow aid into Gaza.", ("REQUEST", "UN", "ISR")),
])
def test_prepositions_hung_on_nested_objects(text: str, want: tuple[str, str, str],
                                            rules: Any) -> None:
    assert want in coded(text, rules)


def test_a_received_call_is_no_request(rules: Any) -> None:
    got = coded("Erdogan received a call from Putin on Monday.", rules)
    assert not any(t == "REQUEST" for t, _, _ in got)


@pytest.mark.parametrize(("text", "want"), [
    # a town the parser tags as a person ("Tel Abyad") is still ground taken from its holder
    ("The YPG captured Tel Abyad from ISIS last year.", ("ASSAULT", "YPG", "ISIS")),
    ("Islamic State seized Tel Afar from the Iraqi army in 2014.",
     ("ASSAULT", "ISIS", "IRQ-MIL")),
    ("Kurdish YPG fighters took Tel Hamis from Islamic State on Friday.",
     ("ASSAULT", "YPG", "ISIS")),
])
def test_taking_a_town_named_like_a_person(rules: Any, text: str, want: Any) -> None:
    got = coded(text, rules)
    assert want in got
    assert not any(t == "COERCE" for t, _, _ in got)  # no one was arrested
