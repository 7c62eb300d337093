"""render_report() and EvalReport.to_dict(): the text and JSON forms of a report."""

from __future__ import annotations

import json
import re
from types import MappingProxyType

from allegiance.evaluate import MISSED, EvalReport, Metric, render_report

METRIC_LINE = re.compile(r"^[a-z_]+: (?:\d\.\d{3}|n/a) \(\d+/\d+\)$")


def _report() -> EvalReport:
    return EvalReport(
        metrics=(Metric("events", 2, 3, 2 / 3), Metric("roles", 0, 0, None),
                 Metric("title", 1, 1, 1.0)),
        overall=0.56789,
        details=("a.txt: event missing: X ['AID'] Y (help)",),
        confusion=MappingProxyType({
            "AID|SUPPORT": MappingProxyType({"AID": 1, MISSED: 1}),
            "ASSAULT": MappingProxyType({"THREATEN": 1}),
        }),
    )


def test_metric_and_score_lines_have_the_reference_format() -> None:
    lines = render_report(_report()).splitlines()
    assert lines[0] == "  - a.txt: event missing: X ['AID'] Y (help)"
    assert lines[1:4] == ["events: 0.667 (2/3)", "roles: n/a (0/0)", "title: 1.000 (1/1)"]
    assert all(METRIC_LINE.match(x) for x in lines[1:4])
    assert lines[4] == "score: 0.568"
    assert lines[5] == ""


def test_details_can_be_left_out() -> None:
    text = render_report(_report(), details=False)
    assert text.splitlines()[0] == "events: 0.667 (2/3)"
    assert "event missing" not in text


def test_confusion_table_has_a_row_per_gold_type_and_missed_last() -> None:
    table = render_report(_report()).split("\n\n", 1)[1].splitlines()
    header = table[1].split()
    assert header[-3:] == ["AID", "THREATEN", MISSED]
    rows = {line.split()[0]: line.split()[1:] for line in table[2:]}
    assert rows == {"AID|SUPPORT": ["1", ".", "1"], "ASSAULT": [".", "1", "."]}
    # columns line up under their headers
    assert len({len(line) for line in table[1:]}) == 1


def test_empty_confusion_is_said_in_words() -> None:
    report = EvalReport((Metric("events", 0, 0, None),), 0.0, (), MappingProxyType({}))
    assert render_report(report).splitlines()[-1] == "event types: no gold events"


def test_to_dict_is_json_with_reference_keys() -> None:
    d = json.loads(json.dumps(_report().to_dict()))
    assert d["metrics"] == {"events": 2 / 3, "roles": None, "title": 1.0}
    assert d["counts"] == {"events": [2, 3], "roles": [0, 0], "title": [1, 1]}
    assert d["overall"] == 0.56789
    assert d["confusion"]["ASSAULT"] == {"THREATEN": 1}
