"""The signed actor network (allegiance.aggregate.network)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from allegiance.aggregate import blocs, signed_graph, unbalanced_triads, write_graph
from allegiance.aggregate.network import period_graphs
from allegiance.records import Actor, ActorKind, Dyad

ACTORS = [Actor("AAA", "Alpha", ActorKind.STATE, "AAA"),
          Actor("BBB", "Beta", ActorKind.STATE, "BBB"),
          Actor("CCC", "Gamma Brigade", ActorKind.ARMED_GROUP, None),
          Actor("DDD", "Delta", ActorKind.STATE, "DDD")]


def d(a: str, b: str, score: float, period: str = "2024-01") -> Dyad:
    coop = 2.0 if score > 0 else 0.0
    conflict = 2.0 if score < 0 else 0.0
    if score == 0:
        coop = conflict = 1.0
    return Dyad(a, b, period, 1, coop, conflict, score)


def test_unbalanced_triad_is_watched() -> None:
    # A and B friends, both fight C: balanced. A friend of D, B enemy of D: unbalanced.
    g = signed_graph([d("AAA", "BBB", 1.0), d("AAA", "CCC", -1.0), d("BBB", "CCC", -1.0),
                      d("AAA", "DDD", 1.0), d("BBB", "DDD", -1.0)], ACTORS)
    (t,) = unbalanced_triads(g)
    assert (t.a, t.b, t.c, t.signs) == ("AAA", "BBB", "DDD", (1, 1, -1))


def test_three_enemies_are_unbalanced_unless_weak() -> None:
    g = signed_graph([d("AAA", "BBB", -1.0), d("AAA", "CCC", -1.0), d("BBB", "CCC", -1.0)],
                     ACTORS)
    assert [t.signs for t in unbalanced_triads(g)] == [(-1, -1, -1)]
    assert unbalanced_triads(g, weak=True) == []


def test_neutral_ties_make_no_triads() -> None:
    g = signed_graph([d("AAA", "BBB", 1.0), d("AAA", "CCC", 1.0), d("BBB", "CCC", 0.0)],
                     ACTORS)
    assert unbalanced_triads(g) == []
    assert g.edges["BBB", "CCC"]["sign"] == 0


def test_blocs_from_cooperation() -> None:
    g = signed_graph([d("AAA", "BBB", 1.0), d("CCC", "DDD", 1.0), d("AAA", "CCC", -1.0)],
                     ACTORS)
    assert blocs(g) == [("AAA", "BBB"), ("CCC", "DDD")]
    assert blocs(signed_graph([d("AAA", "BBB", -1.0)], ACTORS)) == []


def test_all_periods_are_summed() -> None:
    dyads = [d("AAA", "BBB", 1.0, "2024-01"), d("AAA", "BBB", -1.0, "2024-02"),
             d("AAA", "BBB", -1.0, "2024-03")]
    g = signed_graph(dyads, ACTORS)
    assert g.edges["AAA", "BBB"]["weight"] == pytest.approx((2 - 4) / 6, abs=1e-4)
    assert g.edges["AAA", "BBB"]["events"] == 3
    assert sorted(period_graphs(dyads, ACTORS)) == ["2024-01", "2024-02", "2024-03"]


@pytest.mark.parametrize("suffix,reader", [(".graphml", nx.read_graphml),
                                           (".gexf", nx.read_gexf)])
def test_graph_files_are_written_and_readable(tmp_path: Path, suffix: str, reader: object,
                                              ) -> None:
    g = signed_graph([d("AAA", "BBB", 1.0), d("AAA", "CCC", -1.0)], ACTORS)
    path = write_graph(g, tmp_path / f"net{suffix}")
    back = reader(path)  # type: ignore[operator]
    assert set(back.nodes) == {"AAA", "BBB", "CCC"}
    assert back.nodes["CCC"]["name"] == "Gamma Brigade"
    assert back.nodes["CCC"]["kind"] == "armed_group"
    assert back.nodes["AAA"]["country"] == "AAA"
    assert float(back.edges["AAA", "CCC"]["weight"]) == -1.0
    assert int(back.edges["AAA", "BBB"]["sign"]) == 1


@pytest.mark.parametrize("suffix,reader", [(".graphml", nx.read_graphml),
                                           (".gexf", nx.read_gexf)])
def test_characters_xml_cannot_hold_are_replaced(tmp_path: Path, suffix: str,
                                                 reader: object) -> None:
    g = nx.Graph()
    g.add_node("AAA", name="Alpha\x0cState", kind="state")
    g.add_node("B\x0bB", name="Beta")
    g.add_edge("AAA", "B\x0bB", label="tie\x00s")
    path = write_graph(g, tmp_path / "new" / "dir" / f"net{suffix}")
    back = reader(path)  # type: ignore[operator]
    assert back.nodes["AAA"]["name"] == "Alpha State"
    assert set(back.nodes) == {"AAA", "B B"}
    assert not list(path.parent.glob("*.part"))


def test_unknown_graph_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="graphml"):
        write_graph(nx.Graph(), tmp_path / "net.json")


def test_ties_inside_one_side_are_left_out() -> None:
    from allegiance.records import Role

    actors = [*ACTORS,
              Actor("AAA-MIL", "Alpha army", ActorKind.MILITARY, "AAA"),
              Actor("PRES", "President", ActorKind.PERSON, "AAA",
                    roles=(Role("President", "AAA", "2020-01-20", "2024-01-20"),)),
              Actor("coll:armed_group:AAA:BBB", "Beta-backed groups", ActorKind.ARMED_GROUP,
                    "AAA", sponsors=("BBB",)),
              Actor("EEE", "Epsilon Brigade", ActorKind.ARMED_GROUP, "AAA", sponsors=("BBB",))]
    dyads = [d("AAA", "AAA-MIL", -1.0), d("AAA", "PRES", -1.0, "2023-05"),
             d("AAA", "PRES", -1.0, "2025-05"), d("EEE", "coll:armed_group:AAA:BBB", -1.0),
             d("AAA-MIL", "EEE", -1.0), d("AAA", "EEE", -1.0)]
    g = signed_graph(dyads, actors)
    # a state and its army, a president in office, a collective and its member: no ties
    assert sorted(tuple(sorted(e)) for e in g.edges) == [
        ("AAA", "EEE"), ("AAA", "PRES"), ("AAA-MIL", "EEE")]
    assert g.edges["AAA", "PRES"]["events"] == 1  # only the tie after the term
    assert unbalanced_triads(g) == []
    assert not signed_graph(dyads, actors, "2024-01").has_edge("AAA", "AAA-MIL")
