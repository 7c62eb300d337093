"""Slow integration test of the roll-up: the real pipeline on the demo corpus, then
the Iraq ~ Iran-backed militias history of ``allegiance dyad`` (allegiance.history).

One module-scoped run (``api.run``, one worker) serves every test here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console

from allegiance.aggregate import DyadHistory, Rollup
from allegiance.aggregate.rollup import counts_for_pair, date_span, pair_sides
from allegiance.api import demo_corpus, load_aggregator, run
from allegiance.errors import UsageError
from allegiance.history import pair_dyad_history, pair_history, resolve_actor, rollup_index
from allegiance.records import Stance
from allegiance.settings import load_settings
from allegiance.store import Store

# the slow integration test of the roll-up feature: a whole pipeline run
pytestmark = pytest.mark.timeout(600)

COLL = "coll:armed_group:IRQ:IRN"

@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not any(demo_corpus().iterdir()):
        pytest.skip("demo corpus not shipped")
    out = tmp_path_factory.mktemp("demo-out")
    summary = run([], load_settings({"out_dir": out, "workers": 1, "progress": False}, env={}))
    assert summary.articles >= 17
    return summary.db


@pytest.fixture()
def store(demo_db: Path) -> Iterator[Store]:
    with Store(demo_db, read_only=True) as s:
        yield s


@pytest.fixture()
def rolled(store: Store) -> DyadHistory:
    return pair_dyad_history(store, resolve_actor(store, "IRQ").id,
                             resolve_actor(store, "Iran-backed militias").id)


def test_names_resolve_to_the_state_and_the_collective(store: Store) -> None:
    assert resolve_actor(store, "Iran-backed militias").id == COLL
    assert resolve_actor(store, "iraq").id == "IRQ"
    assert resolve_actor(store, "irq").id == "IRQ"
    assert resolve_actor(store, "Kataib Hezbollah").id == "KATAIB_HEZBOLLAH"
    with pytest.raises(UsageError):
        resolve_actor(store, "no such actor anywhere")


def test_sides_roll_up_sectors_officials_and_member_groups(store: Store) -> None:
    index = rollup_index(store)
    iraq, militias = pair_sides("IRQ", COLL, index)
    assert {"IRQ-GOV", "IRQ-MIL", "CTS", "ABADI", "KADHIMI", "SUDANI"} <= iraq.members
    assert {"PMF", "KATAIB_HEZBOLLAH", "NUJABA", "BADR", "AAH", "IRI", "MUHANDIS"} \
        <= militias.members
    # Sadr's brigade sits in the PMF but is not an Iran-backed group
    assert not militias.members & {"SARAYA_AL_SALAM", "SADR"}
    assert iraq.covers("KADHIMI", date_span("2020-06-25"))
    assert not iraq.covers("KADHIMI", date_span("2024-01-04"))


def test_rolled_up_history_holds_the_exact_one_and_only_cross_side_events(
        store: Store, rolled: DyadHistory) -> None:
    exact = pair_dyad_history(store, "IRQ", COLL, exact=True)
    keys = {m.key for p in rolled.periods for m in p.incidents}
    assert {m.key for p in exact.periods for m in p.incidents} <= keys
    assert len(keys) > len({m.key for p in exact.periods for m in p.incidents})
    sides = pair_sides("IRQ", COLL, rollup_index(store, load_aggregator(store).relations()))
    for p in rolled.periods:
        assert p.evidence and len(p.evidence) == len(p.incidents)
        for m in p.incidents:
            assert counts_for_pair(sides, m.source, m.target, date_span(m.first_date, m.last_date))
            assert {m.source, m.target} != {"KATAIB_HEZBOLLAH", "PMF"}


def test_view_fits_a_100_column_terminal(store: Store) -> None:
    console = Console(record=True, width=100)
    console.print(pair_history(store, "IRQ", COLL))
    out = console.export_text()
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 100
    for snippet in ("Iraq (IRQ) ~ Iran-backed armed groups in Iraq", "rolled up:", "Evidence",
                    "Turns", "KATAIB_HEZBOLLAH"):
        assert snippet in out


def test_network_has_no_ties_inside_one_side(store: Store, demo_db: Path) -> None:
    index = Rollup(list(store.actors()))
    watch = [json.loads(x) for x in
             (demo_db.parent / "watch.jsonl").read_text(encoding="utf-8").splitlines() if x]
    for item in watch:
        a, b, c = item["actors"]
        for x, y in ((a, b), (a, c), (b, c)):
            assert not index.belongs(x, y, None) and not index.belongs(y, x, None), item


def test_iraq_and_the_militias_turn_from_allies_to_foes(rolled: DyadHistory) -> None:
    dated = [p for p in rolled.periods if p.period[:4].isdigit()]
    years = {int(p.period[:4]) for p in dated if p.dyad is not None}
    assert len({y for y in years if 2014 <= y <= 2025}) >= 3
    stances = {p.stance for p in dated}
    assert Stance.COOPERATIVE in stances and Stance.HOSTILE in stances
    assert rolled.turns
    assert all(t.before and t.after for t in rolled.turns)
    assert any(t.from_ is Stance.COOPERATIVE and t.to is Stance.HOSTILE
               for t in rolled.turns)
