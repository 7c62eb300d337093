"""Roll-up rules on built actor records (allegiance.aggregate.rollup)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from allegiance.aggregate.rollup import (
    ALWAYS,
    Rollup,
    Side,
    counts_for_pair,
    date_span,
    load_rules,
    pair_sides,
    parse_collective,
    rollup_members,
    rollup_side,
    span_of,
)
from allegiance.records import Actor, ActorKind, Evidence, Relation, RelationType, Role

COLL = "coll:armed_group:IRQ:IRN"

ACTORS = [
    Actor("IRQ", "Iraq", ActorKind.STATE, "IRQ"),
    Actor("IRQ-GOV", "Government of Iraq", ActorKind.GOVERNMENT, "IRQ"),
    Actor("IRQ-MIL", "Iraqi military", ActorKind.MILITARY, "IRQ"),
    Actor("CTS", "Counter-Terrorism Service", ActorKind.MILITARY, "IRQ"),
    Actor("KRG", "Kurdistan Regional Government", ActorKind.GOVERNMENT, "IRQ"),
    Actor("USA", "United States", ActorKind.STATE, "USA"),
    Actor("USA-MIL", "US military", ActorKind.MILITARY, "USA"),
    Actor("IRN", "Iran", ActorKind.STATE, "IRN"),
    Actor(COLL, "Iran-backed armed groups in Iraq", ActorKind.ARMED_GROUP, "IRQ", sponsors=("IRN",)),
    Actor("coll:armed_group:IRQ:none", "Iraqi armed groups", ActorKind.ARMED_GROUP, "IRQ"),
    Actor("PMF", "Popular Mobilization Forces", ActorKind.ARMED_GROUP, "IRQ", sponsors=("IRN",)),
    Actor("KH", "Kataib Hezbollah", ActorKind.ARMED_GROUP, "IRQ", sponsors=("IRN",)),
    Actor("BRIGADE", "Peace Brigade", ActorKind.ARMED_GROUP, "IRQ"),
    Actor("HEZB", "Hezbollah", ActorKind.ARMED_GROUP, "LBN", sponsors=("IRN",)),
    Actor("PM_A", "First Premier", ActorKind.PERSON, "IRQ",
          roles=(Role("Prime Minister", "IRQ", "2014-09-08", "2018-10-25"),)),
    Actor("PM_B", "Second Premier", ActorKind.PERSON, "IRQ",
          roles=(Role("Prime Minister", "IRQ", "2020-05-07", "2022-10-27"),
                 Role("minister", "IRQ-GOV", "2010", "2014", former=True))),
    Actor("CHIEF", "Militia Chief", ActorKind.PERSON, "IRQ",
          roles=(Role("commander", "KH", None, "2020-01-03"),
                 Role("adviser", "IRQ-GOV", "2011", "2019"))),
    Actor("CLERIC", "Cleric", ActorKind.PERSON, "IRQ", roles=(Role("leader", "BRIGADE"),)),
    Actor("SPOKES", "Spokesman", ActorKind.PERSON, "IRQ", roles=(Role("spokesman", "IRQ-GOV"),)),
]
# the knowledge base's member_of pairs
LINKS = [("PMF", "IRQ"), ("KH", "PMF"), ("BRIGADE", "PMF"), ("CTS", "IRQ"), ("KRG", "IRQ")]


def index(**kw: object) -> Rollup:
    return Rollup(ACTORS, member_of=LINKS, **kw)  # type: ignore[arg-type]


def day(s: str) -> tuple[date, date]:
    span = date_span(s)
    assert span is not None
    return (span[0], span[1])  # type: ignore[return-value]


def test_a_state_takes_its_sectors_organs_and_officials_in_office() -> None:
    side = index().side("IRQ")
    assert {"IRQ", "IRQ-GOV", "IRQ-MIL", "CTS", "KRG", "PM_A", "PM_B", "CHIEF", "SPOKES"} \
        <= side.members
    # an armed group is never rolled into a state, even as a legal state body
    assert not side.members & {"PMF", "KH", COLL, "BRIGADE"}
    assert side.covers("IRQ-MIL", None) and side.covers("CTS", day("2020-06-25"))
    assert side.covers("PM_A", day("2017-12")) and not side.covers("PM_A", day("2020-06-30"))
    assert side.covers("PM_B", day("2020-06-25")) and not side.covers("PM_B", day("2012"))
    # an undated incident is matched only by members that belong for all time
    assert not side.covers("PM_A", None) and side.covers("SPOKES", None)
    # a sector's side holds the sector and its own people, not the state
    gov = index().side("IRQ-GOV")
    assert gov.members == {"IRQ-GOV", "CHIEF", "SPOKES"}


def test_former_roles_do_not_count() -> None:
    side = index().side("IRQ-GOV")
    assert not side.covers("PM_B", day("2012-01"))


def test_sponsored_collective_is_defined_by_sponsorship() -> None:
    side = index().side(COLL)
    assert {COLL, "PMF", "KH", "CHIEF"} <= side.members
    assert "HEZB" not in side.members  # another country
    assert not side.members & {"BRIGADE", "CLERIC"}  # a PMF member not backed by Iran
    assert side.covers("CHIEF", day("2019-12-27")) and not side.covers("CHIEF", day("2020-02"))
    # a text `backs` relation makes an actor a backed one
    backs = Relation("IRN", RelationType.BACKS, "BRIGADE",
                     evidence=(Evidence("a1", "Iran backs the brigade."),))
    assert {"BRIGADE", "CLERIC"} <= index(relations=[backs]).side(COLL).members
    former = Relation("IRN", RelationType.BACKS, "BRIGADE", former=True)
    assert "BRIGADE" not in index(relations=[former]).side(COLL).members


def test_collective_without_sponsor_or_country() -> None:
    assert {"PMF", "KH", "BRIGADE", COLL} <= index().side("coll:armed_group:IRQ:none").members
    anywhere = Actor("coll:armed_group:XXX:IRN", "Iran-backed groups", ActorKind.ARMED_GROUP,
                     None, sponsors=("IRN",))
    side = Rollup([*ACTORS, anywhere], member_of=LINKS).side(anywhere.id)
    assert {"HEZB", "KH", "PMF"} <= side.members
    assert parse_collective("coll:armed_group:IRQ:IRN+SYR") is not None
    assert parse_collective("coll:armed_group:IRQ:IRN+SYR").sponsors == {"IRN", "SYR"}  # type: ignore[union-attr]
    assert parse_collective("IRQ") is None


def test_umbrella_takes_member_groups_and_their_people() -> None:
    side = index().side("PMF")
    assert {"PMF", "KH", "BRIGADE", "CHIEF", "CLERIC"} <= side.members
    assert "IRQ" not in side.members


def test_text_member_of_links_groups_but_not_people() -> None:
    rels = [Relation("HEZB", RelationType.MEMBER_OF, "PMF"),
            Relation("PM_A", RelationType.MEMBER_OF, "PMF")]
    side = index(relations=rels).side("PMF")
    assert "HEZB" in side.members and "PM_A" not in side.members


def test_kind_table_is_data() -> None:
    rules = load_rules()
    assert rules.may_join(ActorKind.ARMED_GROUP, ActorKind.ARMED_GROUP)
    assert rules.may_join(ActorKind.MILITARY, ActorKind.STATE)
    assert not rules.may_join(ActorKind.ARMED_GROUP, ActorKind.STATE)


def test_pair_sides_leave_the_smaller_side_out_of_the_larger() -> None:
    a, b = pair_sides("IRQ", "KRG", index())
    assert "KRG" not in a.members and "KRG" in b.members and "IRQ" in a.members
    assert counts_for_pair((a, b), "IRQ-GOV", "KRG", None)


def test_events_inside_one_side_do_not_count() -> None:
    sides = pair_sides("IRQ", COLL, index())
    when = day("2019-06")
    assert counts_for_pair(sides, "PM_A", "KH", day("2017-12"))
    assert not counts_for_pair(sides, "PM_A", "KH", day("2020-07"))  # out of office
    assert not counts_for_pair(sides, "KH", "PMF", when)
    assert not counts_for_pair(sides, "IRQ-GOV", "CTS", when)
    # CHIEF advises the government and commands KH in 2019: internal to both sides
    assert not counts_for_pair(sides, "CHIEF", "IRQ-MIL", when)
    assert not counts_for_pair(sides, "CHIEF", "KH", when)
    # once the advisory role ended, CHIEF is only a militia man
    assert counts_for_pair(sides, "CHIEF", "IRQ-MIL", day("2020-01-02"))
    assert not counts_for_pair(sides, None, "KH", when)


def test_plain_member_sets_and_exact_sides() -> None:
    assert rollup_members("IRQ-MIL", ACTORS) == {"IRQ-MIL"}
    assert rollup_side("USA", ACTORS).members == {"USA", "USA-MIL"}
    s = Side.of("AAA", {"BBB"})
    assert s.covers("BBB", None) and s.covers("AAA", day("2020"))
    assert Side.exact("IRQ").members == {"IRQ"}
    assert span_of("2014", "2016-03") == (date(2014, 1, 1), date(2016, 3, 31))
    assert span_of(None, None) == ALWAYS


ids = st.sampled_from(["S1", "S1-GOV", "S1-MIL", "G1", "G2", "G3", "P1", "P2"])
KINDS = {"S1": ActorKind.STATE, "S1-GOV": ActorKind.GOVERNMENT, "S1-MIL": ActorKind.MILITARY,
         "G1": ActorKind.ARMED_GROUP, "G2": ActorKind.ARMED_GROUP, "G3": ActorKind.MILITARY,
         "P1": ActorKind.PERSON, "P2": ActorKind.PERSON}


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(ids, ids), max_size=8), st.lists(st.tuples(ids, ids), max_size=4))
def test_membership_is_transitive(links: list[tuple[str, str]],
                                  roles: list[tuple[str, str]]) -> None:
    actors = [Actor(x, x, k, roles=tuple(Role("r", org) for p, org in roles if p == x))
              for x, k in KINDS.items()]
    r = Rollup(actors, member_of=links)
    for q in KINDS:
        side = r.side(q)
        assert q in side.members
        for m in side.members - {q}:
            # whatever belongs to a member belongs to the query too
            assert r.side(m).members <= side.members
