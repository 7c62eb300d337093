"""The KB knows the actors conflict news names beyond Iraq's militias, and tags jihadists."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegiance.errors import KnowledgeBaseError
from allegiance.kb import entry_from_mapping, load_kb
from allegiance.records import ActorKind


@pytest.mark.parametrize(("alias", "actor_id", "kind"), [
    ("Taliban", "TALIBAN", ActorKind.ARMED_GROUP),
    ("al-Shabaab", "AL_SHABAAB", ActorKind.ARMED_GROUP),
    ("Boko Haram", "BOKO_HARAM", ActorKind.ARMED_GROUP),
    ("Wagner Group", "WAGNER", ActorKind.ARMED_GROUP),
    ("Unicef", "UNICEF", ActorKind.IGO),
    ("UN refugee agency", "UNHCR", ActorKind.IGO),
    ("World Health Organization", "WHO", ActorKind.IGO),
    ("International Criminal Court", "ICC", ActorKind.IGO),
    ("Red Cross", "ICRC", ActorKind.ORGANIZATION),
    ("Amnesty International", "AMNESTY", ActorKind.ORGANIZATION),
    ("Human Rights Watch", "HRW", ActorKind.ORGANIZATION),
    ("Muslim Brotherhood", "MUSLIM_BROTHERHOOD", ActorKind.ORGANIZATION),
    ("Reuters", "REUTERS", ActorKind.ORGANIZATION),
    ("Iraqi Kurdistan", "KRG", ActorKind.GOVERNMENT),
    ("Home Office", "GBR-GOV", ActorKind.GOVERNMENT),
    ("Ministry of Defence", "GBR-MIL", ActorKind.MILITARY),
    ("Justice Department", "USA-GOV", ActorKind.GOVERNMENT),
    ("Defense Department", "USA-MIL", ActorKind.MILITARY),
    ("Labour", "LABOUR_GBR", ActorKind.POLITICAL_PARTY),
    ("Republicans", "REPUBLICAN_PARTY", ActorKind.POLITICAL_PARTY),
    ("Likud", "LIKUD", ActorKind.POLITICAL_PARTY),
    ("CHP", "CHP", ActorKind.POLITICAL_PARTY),
    ("Saddam Hussein", "SADDAM_HUSSEIN", ActorKind.PERSON),
    ("Sajid Javid", "SAJID_JAVID", ActorKind.PERSON),
])
def test_conflict_news_actors_are_known(alias: str, actor_id: str, kind: ActorKind) -> None:
    found = {e.id: e.kind for e in load_kb().candidates(alias)}
    assert found.get(actor_id) is kind, found


def test_jihadist_groups_carry_the_tag_and_others_do_not() -> None:
    kb = load_kb()
    for actor_id in ("ISIS", "AL_QAEDA", "NUSRA", "HTS", "AQAP", "AL_SHABAAB", "BOKO_HARAM"):
        entry = kb.get(actor_id)
        assert entry is not None and "jihadist" in entry.tags, actor_id
    for actor_id in ("SDF", "HEZBOLLAH", "PMF", "HAMAS", "HOUTHIS"):
        entry = kb.get(actor_id)
        assert entry is not None and "jihadist" not in entry.tags, actor_id


def test_roles_name_the_office_holder_at_a_date() -> None:
    kb = load_kb()
    javid = kb.get("SAJID_JAVID")
    assert javid is not None
    home = [r for r in javid.roles if r.title == "Home Secretary"]
    assert [(r.organization, r.start, r.end) for r in home] == [("GBR", "2018-04-30",
                                                                 "2019-07-24")]


def test_peoples_are_not_states() -> None:
    kb = load_kb()
    for word in ("Kurds", "Kurdish", "Yazidis", "Shiites", "Sunnis", "Alawites", "Druze",
                 "Arabs", "Pashtun", "Baluch"):
        assert kb.state_by_demonym(word) is None, word
        assert kb.state_by_name(word) is None, word


def test_tags_are_read_lower_case_and_checked() -> None:
    entry = entry_from_mapping({"id": "X", "name": "X", "kind": "armed_group",
                                "tags": ["Jihadist"]}, "f.yaml", 1)
    assert entry.tags == ("jihadist",)
    with pytest.raises(KnowledgeBaseError, match="tags"):
        entry_from_mapping({"id": "X", "name": "X", "kind": "armed_group", "tags": [3]},
                           "f.yaml", 1)


def test_a_user_file_can_tag_its_own_group(tmp_path: Path) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text("- {id: SHADOW, name: Shadow Brigade, kind: armed_group, tags: [jihadist]}\n",
                 encoding="utf-8")
    entry = load_kb([f]).get("SHADOW")
    assert entry is not None and entry.tags == ("jihadist",)
