"""The diagnosis of evaluate(): a cause for every miss and every unmatched event, and
recall and precision per event type, on exports built from our own small gold."""

from __future__ import annotations

import copy
from pathlib import Path

from allegiance.evaluate import ExtraCause, MissCause, render_report
from evalkit import ACTORS, GOLD, Export, Json, event_of, oracle_export, run_eval, sys_id


def causes(export: Export, tmp: Path, gold: Json = GOLD) -> dict[str, int]:
    return {k: v for k, v in run_eval(tmp, export, gold=gold).diagnosis.miss_counts().items() if v}


def extras(export: Export, tmp: Path) -> dict[str, int]:
    return {k: v for k, v in run_eval(tmp, export).diagnosis.extra_counts().items() if v}


def test_perfect_export_has_no_miss_and_no_extra(tmp_path: Path) -> None:
    d = run_eval(tmp_path, oracle_export(GOLD, ACTORS)).diagnosis
    assert d.misses == () and d.extras == ()
    assert all(t.recall == 1.0 for t in d.per_type if t.gold)
    assert all(t.precision == 1.0 for t in d.per_type if t.emitted)


def test_no_event_in_the_stating_sentence(tmp_path: Path) -> None:
    export = oracle_export(GOLD, ACTORS)
    export["events"].remove(event_of(export, "SEP", "UKR"))
    assert causes(export, tmp_path) == {MissCause.NO_EVENT: 1}


def test_other_type_no_target_and_other_actors(tmp_path: Path) -> None:
    export = oracle_export(GOLD, ACTORS)
    event_of(export, "SEP", "UKR")["type"] = "THREATEN"
    assert causes(export, tmp_path / "a") == {MissCause.OTHER_TYPE: 1}
    export = oracle_export(GOLD, ACTORS)
    event_of(export, "SEP", "UKR")["target"] = None
    assert causes(export, tmp_path / "b") == {MissCause.NO_TARGET: 1}
    export = oracle_export(GOLD, ACTORS)
    event_of(export, "SEP", "UKR")["target"] = sys_id("RUS")
    assert causes(export, tmp_path / "c") == {MissCause.OTHER_ACTORS: 1}


def test_modality_blocks_an_event_on_the_pair(tmp_path: Path) -> None:
    export = oracle_export(GOLD, ACTORS)
    event_of(export, "SEP", "UKR")["factuality"] = "hypothetical"
    assert causes(export, tmp_path) == {MissCause.MODALITY: 1}
    line = next(m for m in run_eval(tmp_path / "b", export).diagnosis.misses)
    assert "hypothetical" in line.seen


def test_unresolved_actor_comes_before_sentence_causes(tmp_path: Path) -> None:
    export = oracle_export(GOLD, ACTORS)
    export["events"].remove(event_of(export, "SEP", "UKR"))
    export["mentions"] = [m for m in export["mentions"] if m["actor_id"] != sys_id("SEP")]
    export["events"].remove(event_of(export, "RUS", "SEP"))
    assert causes(export, tmp_path) == {MissCause.UNRESOLVED_ACTOR: 2}


def test_found_only_elsewhere_is_a_grounding_miss(tmp_path: Path) -> None:
    export = oracle_export(GOLD, ACTORS)
    event_of(export, "SEP", "UKR")["sentence"] = "Nothing of the kind."
    report = run_eval(tmp_path, export)
    assert causes(export, tmp_path / "b") == {MissCause.OTHER_SENTENCE: 1}
    assert report.metric("events").hits == 4


def test_unmatched_events_get_their_cause(tmp_path: Path) -> None:
    export = oracle_export(GOLD, ACTORS)
    base = event_of(export, "SEP", "UKR")
    export["events"] += [
        {**base, "id": "r", "source": sys_id("UKR"), "target": sys_id("SEP")},   # reversed
        {**base, "id": "w", "type": "AID"},                                       # wrong type
        {**base, "id": "u", "source": sys_id("UKR"), "target": sys_id("OSCE")},  # optional dyad
        {**base, "id": "i", "source": sys_id("OSCE"), "target": sys_id("RUS")},  # implausible
        {**base, "id": "n", "type": "AID", "negated": True},                      # not counted
    ]
    assert extras(export, tmp_path) == {ExtraCause.REVERSED: 1, ExtraCause.WRONG_TYPE: 1,
                                        ExtraCause.UNCODED_PAIR: 1, ExtraCause.IMPLAUSIBLE: 1}


def test_symmetric_gold_event_read_backwards_is_a_match(tmp_path: Path) -> None:
    export = oracle_export(GOLD, ACTORS)
    e = event_of(export, "UKR", "RUS")
    e["source"], e["target"] = e["target"], e["source"]
    assert extras(export, tmp_path) == {}
    assert causes(export, tmp_path / "b") == {}


def test_per_type_recall_and_precision(tmp_path: Path) -> None:
    export = oracle_export(GOLD, ACTORS)
    event_of(export, "SEP", "UKR")["type"] = "THREATEN"
    per = {t.type: t for t in run_eval(tmp_path, export).diagnosis.per_type}
    assert (per["ASSAULT"].gold, per["ASSAULT"].found, per["ASSAULT"].recall) == (1, 0, 0.0)
    assert per["ASSAULT"].precision is None
    assert (per["THREATEN"].emitted, per["THREATEN"].matched, per["THREATEN"].precision) == \
        (1, 0, 0.0)
    assert per["AID"].recall == 1.0 and per["AID"].precision == 1.0


def test_report_text_lists_causes_after_the_reference_block(tmp_path: Path) -> None:
    export = oracle_export(GOLD, ACTORS)
    export["events"].remove(event_of(export, "SEP", "UKR"))
    text = render_report(run_eval(tmp_path, export))
    reference_block, rest = text.split("\n\n", 1)
    assert "no_event" not in reference_block
    assert "missed gold events by cause:" in rest
    assert "misses, no_event:" in rest and "SEP ASSAULT UKR" in rest
    brief = render_report(run_eval(tmp_path / "b", export), details=False)
    assert "misses, no_event:" not in brief and "no_event" in brief


def test_missing_article_counts_its_events_as_unresolved(tmp_path: Path) -> None:
    gold = copy.deepcopy(GOLD)
    export = oracle_export(gold, ACTORS)
    export["articles"] = [a for a in export["articles"] if a["source_path"] != "in/one.txt"]
    assert causes(export, tmp_path, gold) == {MissCause.UNRESOLVED_ACTOR: 4}
