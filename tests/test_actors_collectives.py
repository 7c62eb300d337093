"""Sponsored collectives on hand-built Docs: one actor per (country, sponsor)."""

from __future__ import annotations

from allegiance.actors import analyse
from allegiance.analysis import ActorAnalysis
from allegiance.records import ActorKind, RelationType
from test_actors_support import article_for, make_doc, mention_ids, small_kb


def _analyse(words: list[str], sent_starts: tuple[int, ...] = ()) -> ActorAnalysis:
    doc = make_doc(words, sent_starts=sent_starts)
    return analyse(doc, article_for(doc), small_kb())


def test_explicit_in_x_gives_the_country() -> None:
    a = _analyse(["Iran", "-", "backed", "militias", "in", "Syria", "attacked", "."])
    got = mention_ids(a)
    assert got["Iran-backed militias"] == "coll:armed_group:SYR:IRN"
    actor = a.actors["coll:armed_group:SYR:IRN"]
    assert actor.kind is ActorKind.ARMED_GROUP
    assert actor.country == "SYR" and actor.sponsors == ("IRN",)
    assert "Iran-backed militias" in actor.aliases
    assert got["Iran"] == "IRN" and got["Syria"] == "SYR"


def test_without_in_x_the_place_focus_gives_the_country() -> None:
    a = _analyse(["Iranian", "-", "funded", "Shiite", "militias", "fought", "in", "Iraq", ".",
                  "A", "militia", "backed", "by", "Iran", "grew", "in", "Iraq", "."],
                 sent_starts=(9,))
    got = mention_ids(a)
    assert got["Iranian-funded Shiite militias"] == "coll:armed_group:IRQ:IRN"
    assert got["militia backed by Iran"] == "coll:armed_group:IRQ:IRN"
    backs = [r for r in a.relations if r.relation is RelationType.BACKS]
    assert [(r.source, r.target) for r in backs] == [("IRN", "coll:armed_group:IRQ:IRN")]
    assert backs[0].first_seen == "2024-05-01"
    assert backs[0].evidence[0].sentence.startswith("Iranian-funded")


def test_a_state_backing_groups_on_its_own_soil() -> None:
    a = _analyse(["Iraq", "-", "linked", "militias", "and", "factions", "allegedly", "backed",
                  "by", "Iraq", "clashed", "in", "Iraq", "."])
    got = mention_ids(a)
    assert got["Iraq-linked militias"] == "coll:armed_group:IRQ:IRQ"
    assert got["factions allegedly backed by Iraq"] == "coll:armed_group:IRQ:IRQ"


def test_coordinated_sponsors_share_the_head() -> None:
    a = _analyse(["the", "Iraqi", "-", "linked", "and", "Iranian", "-", "backed", "militias",
                  "fought", "in", "Iraq", "."])
    got = mention_ids(a)
    assert got["Iraqi-linked"] == "coll:armed_group:IRQ:IRQ"
    assert got["Iranian-backed militias"] == "coll:armed_group:IRQ:IRN"
    assert "Iraqi-linked militias" in a.actors["coll:armed_group:IRQ:IRQ"].aliases


def test_proxies_and_pro_forms() -> None:
    a = _analyse(["Iranian", "proxies", ",", "proxies", "of", "Iran", "and", "pro", "-", "Iran",
                  "forces", "are", "in", "Iraq", "."])
    got = mention_ids(a)
    assert got["Iranian proxies"] == "coll:armed_group:IRQ:IRN"
    assert got["proxies of Iran"] == "coll:armed_group:IRQ:IRN"
    assert got["pro-Iran forces"] == "coll:armed_group:IRQ:IRN"


def test_demonym_militias_are_sponsored_abroad_and_domestic_at_home() -> None:
    a = _analyse(["Iranian", "militias", "and", "Iraqi", "militias", "clashed", "in", "Iraq",
                  "."])
    got = mention_ids(a)
    assert got["Iranian militias"] == "coll:armed_group:IRQ:IRN"
    assert got["Iraqi militias"] == "coll:armed_group:IRQ:none"


def test_collectives_are_named_by_sponsor_and_place() -> None:
    a = _analyse(["Syrian", "militias", "and", "Iran", "-", "backed", "factions", "fought", "in",
                  "Syria", "."])
    # no sponsor stated: groups *in* the country, not the state's own ("Syrian armed groups")
    assert a.actors["coll:armed_group:SYR:none"].name == "armed groups in Syria"
    assert a.actors["coll:armed_group:SYR:IRN"].name == "Iran-backed armed groups in Syria"


def test_sponsor_phrase_on_a_named_group_is_a_relation_only() -> None:
    doc = make_doc(["the", "Iran", "-", "backed", "Badr", "Organization", "fought", "."],
                   ents=[(4, 6, "ORG", "BADR")])
    a = analyse(doc, article_for(doc), small_kb())
    assert mention_ids(a)["Badr Organization"] == "BADR"
    assert not any(k.startswith("coll:") for k in a.actors)
    assert [(r.source, r.relation, r.target) for r in a.relations] == [
        ("IRN", RelationType.BACKS, "BADR")]


def test_a_state_s_own_forces_are_not_a_collective() -> None:
    doc = make_doc(["Iraqi", "forces", "backed", "by", "Iran", "advanced", "."],
                   pos=["ADJ", "NOUN", "VERB", "ADP", "PROPN", "VERB", "PUNCT"])
    a = analyse(doc, article_for(doc), small_kb())
    assert not any(k.startswith("coll:") for k in a.actors)
    assert mention_ids(a)["Iraqi forces"] == "IRQ-MIL"
