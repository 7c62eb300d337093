"""States: names, demonyms, capital metonyms, and the generated GOV/MIL sectors."""

from __future__ import annotations

import pytest

from allegiance.errors import UsageError
from allegiance.kb import load_kb
from allegiance.records import ActorKind

# territories with no people of their own, hence no demonym
_UNINHABITED = {"ATA", "BVT", "HMD", "IOT", "UMI", "ATF", "SGS"}


@pytest.mark.parametrize(("word", "state"), [
    ("Iraqis", "IRQ"), ("Iraqi", "IRQ"), ("American", "USA"), ("Americans", "USA"),
    ("Israeli", "ISR"), ("Iranians", "IRN"), ("Saudi", "SAU"), ("Britons", "GBR"),
    ("South Korean", "KOR"), ("Emirati", "ARE"), ("Palestinians", "PSE"), ("Lebanese", "LBN"),
])
def test_state_by_demonym(word: str, state: str) -> None:
    assert load_kb().state_by_demonym(word) == state


@pytest.mark.parametrize("word", ["Korean", "Congolese", "Kurdish", "Shiite", ""])
def test_shared_or_unknown_demonyms_answer_none(word: str) -> None:
    assert load_kb().state_by_demonym(word) is None


def test_every_inhabited_state_has_a_demonym() -> None:
    missing = [e.id for e in load_kb() if e.kind is ActorKind.STATE and not e.demonyms]
    assert set(missing) <= _UNINHABITED | {"DMA"}


@pytest.mark.parametrize(("word", "state"), [
    ("Tehran", "IRN"), ("Washington", "USA"), ("Baghdad", "IRQ"), ("Damascus", "SYR"),
    ("Beirut", "LBN"), ("Riyadh", "SAU"), ("Ankara", "TUR"), ("Jerusalem", "ISR"),
    ("Moscow", "RUS"), ("Kremlin", "RUS"), ("the Kremlin", "RUS"), ("Sanaa", "YEM"),
])
def test_state_by_capital(word: str, state: str) -> None:
    assert load_kb().state_by_capital(word) == state


@pytest.mark.parametrize("word", ["Male", "Douglas", "Hamilton", "Victoria", "valley"])
def test_capitals_that_are_common_words_are_not_metonyms(word: str) -> None:
    assert load_kb().state_by_capital(word) is None


@pytest.mark.parametrize(("word", "state"), [
    ("Iraq", "IRQ"), ("US", "USA"), ("U.S.", "USA"), ("USA", "USA"), ("America", "USA"),
    ("United States", "USA"), ("the United States", "USA"), ("UK", "GBR"), ("U.K.", "GBR"),
    ("Britain", "GBR"), ("Russia", "RUS"), ("Iran", "IRN"), ("Syria", "SYR"),
    ("South Korea", "KOR"), ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Palestine", "PSE"),
])
def test_state_by_name(word: str, state: str) -> None:
    assert load_kb().state_by_name(word) == state


def test_state_display_names_follow_news_usage() -> None:
    kb = load_kb()
    names = {i: e.name for i in ("USA", "RUS", "IRN", "SYR", "TUR") if (e := kb.get(i))}
    assert names == {"USA": "United States", "RUS": "Russia", "IRN": "Iran", "SYR": "Syria",
                     "TUR": "Turkey"}


def test_us_military_sector() -> None:
    mil = load_kb().sector("USA", "MIL")
    assert (mil.id, mil.name, mil.kind, mil.country) == (
        "USA-MIL", "US military", ActorKind.MILITARY, "USA")
    assert {"US forces", "U.S. forces", "American troops", "Pentagon"} <= set(mil.aliases)


def test_iraqi_government_sector() -> None:
    gov = load_kb().sector("IRQ", "GOV")
    assert (gov.id, gov.name, gov.kind) == ("IRQ-GOV", "Government of Iraq", ActorKind.GOVERNMENT)
    assert {"Iraqi government", "Iraqi state", "Iraqi leaders", "Iraqi leadership",
            "Iraqi officials", "Baghdad government"} <= set(gov.aliases)
    assert gov.member_of == ("IRQ",)


def test_sector_names_use_the_article_where_english_needs_it() -> None:
    kb = load_kb()
    assert kb.sector("USA", "GOV").name == "Government of the United States"
    assert kb.sector("IRN", "GOV").name == "Government of Iran"


@pytest.mark.parametrize("state", ["IRQ", "USA", "ISR", "FRA"])
def test_every_sector_alias_finds_its_sector(state: str) -> None:
    kb = load_kb()
    for sector in ("GOV", "MIL"):
        entry = kb.sector(state, sector)
        for alias in entry.aliases:
            assert entry.id in [e.id for e in kb.candidates(alias)], alias


@pytest.mark.parametrize(("alias", "actor_id"), [
    ("Iraqi forces", "IRQ-MIL"), ("Iraq's armed forces", "IRQ-MIL"), ("IDF", "ISR-MIL"),
    ("Israeli Air Force", "ISR-MIL"), ("White House", "USA-GOV"), ("Assad regime", "SYR-GOV"),
    ("Syrian Arab Army", "SYR-MIL"), ("Lebanese Armed Forces", "LBN-MIL"),
    ("Tehran regime", "IRN-GOV"), ("Iranian officials", "IRN-GOV"),
])
def test_sector_phrases_resolve(alias: str, actor_id: str) -> None:
    assert actor_id in [e.id for e in load_kb().candidates(alias)]


def test_capital_phrases_need_a_government_noun() -> None:
    # "Baghdad government" is the government; "Baghdad forces" is not a sector phrase
    assert [e.id for e in load_kb().candidates("Baghdad forces")] == []


def test_get_generates_sectors_of_any_state() -> None:
    kb = load_kb()
    entry = kb.get("NOR-MIL")
    assert entry is not None and entry.name == "Norwegian military"
    assert kb.get("XXX-GOV") is None and kb.get("IRQ-POL") is None


def test_unknown_sector_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        load_kb().sector("IRQ", "POL")
    with pytest.raises(UsageError):
        load_kb().sector("BADR", "GOV")
