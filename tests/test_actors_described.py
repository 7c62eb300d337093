"""Groups described, not named ("Kurdish forces", "the rebels", "Shia militias"), on
sentences written for these tests, through the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from allegiance.pipeline import process_text


def mentions(text: str, resources: Any) -> dict[str, str]:
    result = process_text(text, resources)
    return {m.text: m.actor_id for m in result.mentions}


@pytest.mark.parametrize("text", [
    "Kurdish forces pushed towards Raqqa in northern Syria on Monday.",
    "Kurdish fighters in Syria said they would hold the line near Kobani.",
    "The Syrian Kurdish militias dug in around Qamishli.",
    "Syrian Kurd forces shelled positions outside Hasakah.",
])
def test_described_kurdish_groups_in_syria(text: str, resources: Any) -> None:
    got = mentions(text, resources)
    assert "SYR_KURDS" in got.values(), got
    assert "SYR-MIL" not in got.values()  # "Syrian Kurdish forces" are not Syria's army


def test_described_group_is_the_one_group_the_story_names(resources: Any) -> None:
    got = mentions("The YPG has held Manbij since 2016. Kurdish fighters said they would "
                   "not leave the town.", resources)
    assert got["Kurdish fighters"] == "YPG"


def test_described_group_with_two_named_candidates_stays_collective(resources: Any) -> None:
    got = mentions("The YPG leads the SDF in Syria. Kurdish forces said they would stay.",
                   resources)
    assert got["Kurdish forces"] == "SYR_KURDS"


@pytest.mark.parametrize(("text", "phrase", "actor"), [
    ("Syrian rebels shelled a government checkpoint near Idlib.", "Syrian rebels",
     "SYR_REBELS"),
    ("Opposition fighters withdrew from Aleppo in Syria.", "Opposition fighters", "SYR_REBELS"),
    ("In Yemen, the rebels fired a missile towards Riyadh.", "rebels", "HOUTHIS"),
    ("Kurdish forces in Iraq retook the town from the jihadists.", "Kurdish forces",
     "PESHMERGA"),
    ("Yemen's Houthi militias launched drones at Saudi Arabia.", "Houthi militias", "HOUTHIS"),
])
def test_described_groups_take_their_country(text: str, phrase: str, actor: str,
                                             resources: Any) -> None:
    assert mentions(text, resources).get(phrase) == actor


def test_described_named_group_inside_the_phrase_wins(resources: Any) -> None:
    got = mentions("The Syrian Kurdish YPG militia denied the claim.", resources)
    assert got.get("YPG") == "YPG"
    assert not any(v.startswith(("coll:", "desc:")) for v in got.values()), got


def test_described_owner_of_held_places(resources: Any) -> None:
    result = process_text("Syrian government jets bombed rebel-held villages near Aleppo.",
                          resources)
    assert ("ASSAULT", "SYR_REBELS") in {(e.type.value, e.target) for e in result.events}


def test_described_unknown_country_makes_a_collective(resources: Any) -> None:
    got = mentions("Kurdish militants attacked a police station in eastern Turkey.", resources)
    assert got["Kurdish militants"] == "PKK"
    got = mentions("Separatist fighters shelled the airport in Ukraine.", resources)
    assert got["Separatist fighters"] == "desc:separatist:UKR"


@pytest.mark.parametrize("text", [
    "Turkish troops shelled villages near Afrin on Monday. Turkish jets also struck "
    "Kurdish fighters.",
    "Fighting raged around Kobani and Manbij. A Turkish offensive targeted Kurdish militias.",
])
def test_a_state_the_sentence_names_is_not_where_a_described_group_operates(
        text: str, resources: Any) -> None:
    # the story's towns are in Syria; the Turkish state named beside the Kurds is
    # their enemy, not their country
    got = mentions(text, resources)
    assert "SYR_KURDS" in got.values(), got
    assert "PKK" not in got.values()


def test_a_described_group_in_a_story_of_turkish_towns_is_turkish(resources: Any) -> None:
    got = mentions("Clashes broke out in Diyarbakir and Van. Turkish troops killed six "
                   "Kurdish militants.", resources)
    assert got["Kurdish militants"] == "PKK"


def test_a_sponsored_group_fights_where_the_story_is(resources: Any) -> None:
    got = mentions("Fighting raged around Kobani and Manbij. Kurdish militias repelled an "
                   "attack by Turkish-backed rebels.", resources)
    assert got["Turkish-backed rebels"] == "coll:armed_group:SYR:TUR"
