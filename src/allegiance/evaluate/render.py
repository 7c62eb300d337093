"""The evaluation report as text.

The first block has exactly the lines of the reference scorer (misses, then one
``name: 0.xxx (h/t)`` line per metric, then ``score: x.xxx``); after a blank line
come the event-type confusion, the misses and unmatched events by cause, and
recall and precision per event type.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from allegiance.evaluate.diagnosis import Diagnosis, ExtraCause, MissCause
from allegiance.evaluate.scorer import MISSED, EvalReport

_MISS_MEANING = {
    MissCause.MODALITY: "found on the pair, but negated or hypothetical",
    MissCause.UNRESOLVED_ACTOR: "a side is never resolved in the article",
    MissCause.NO_EVENT: "no event from the sentence that states it",
    MissCause.OTHER_TYPE: "events there, none of an accepted type",
    MissCause.NO_TARGET: "the accepted type there, without a target",
    MissCause.OTHER_ACTORS: "the accepted type there, with other actors",
    MissCause.OTHER_SENTENCE: "found, but only from another sentence (grounding)",
}
_EXTRA_MEANING = {
    ExtraCause.REVERSED: "a gold event read backwards",
    ExtraCause.WRONG_TYPE: "a gold pair with a type the gold does not accept",
    ExtraCause.UNCODED_PAIR: "a plausible pair, but no such gold event",
    ExtraCause.IMPLAUSIBLE: "a pair the gold never relates",
}


def render_report(report: EvalReport, *, details: bool = True) -> str:
    """The report as text: misses (``  - ...``), ``name: 0.xxx (h/t)`` lines,
    ``score: x.xxx``, then the confusion table and the diagnosis (with one line per
    miss and unmatched event when ``details``)."""
    lines = [f"  - {d}" for d in report.details] if details else []
    for m in report.metrics:
        value = "n/a" if m.value is None else f"{m.value:.3f}"
        lines.append(f"{m.name}: {value} ({m.hits}/{m.total})")
    lines.append(f"score: {report.overall:.3f}")
    lines.append("")
    lines.extend(_confusion_table(report.confusion))
    if report.diagnosis.misses or report.diagnosis.extras or report.diagnosis.per_type:
        lines.append("")
        lines.extend(diagnosis_lines(report.diagnosis, details=details))
    return "\n".join(lines)


def diagnosis_lines(d: Diagnosis, *, details: bool = True) -> list[str]:
    """Causes of misses and of unmatched events, then recall/precision per type."""
    lines = ["missed gold events by cause:"]
    for cause, n in d.miss_counts().items():
        lines.append(f"  {cause:<17} {n:>4}  {_MISS_MEANING[MissCause(cause)]}")
    lines += ["", "emitted events matching no gold event, by cause:"]
    for cause, n in d.extra_counts().items():
        lines.append(f"  {cause:<17} {n:>4}  {_EXTRA_MEANING[ExtraCause(cause)]}")
    lines += ["", *_type_table(d)]
    if details:
        for cause in MissCause:
            rows = [m for m in d.misses if m.cause is cause]
            if rows:
                lines += ["", f"misses, {cause}:"]
                lines += [f"  {m.file}: {m.source} {'|'.join(m.types)} {m.target}: "
                          f"{m.evidence[:70]!r}" + (f"  [there: {m.seen}]" if m.seen else "")
                          for m in rows]
        for extra in ExtraCause:
            rows_x = [x for x in d.extras if x.cause is extra]
            if rows_x:
                lines += ["", f"unmatched events, {extra}:"]
                lines += [f"  {x.file}: {x.source} {x.type} {x.target}: {x.sentence[:70]!r}"
                          for x in rows_x]
    return lines


def _type_table(d: Diagnosis) -> list[str]:
    header = "per event type (gold by first accepted type; emitted = two-actor, real events):"
    rows = [("type", "gold", "found", "recall", "emitted", "matched", "precision")]
    for t in d.per_type:
        rows.append((t.type, str(t.gold), str(t.found), _ratio(t.recall), str(t.emitted),
                     str(t.matched), _ratio(t.precision)))
    return [header, *_columns(rows)]


def _ratio(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _columns(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                             for i, (c, w) in enumerate(zip(r, widths, strict=True)))
            for r in rows]


def _confusion_table(confusion: Mapping[str, Mapping[str, int]]) -> list[str]:
    if not confusion:
        return ["event types: no gold events"]
    seen = {c for row in confusion.values() for c in row}
    cols = [*sorted(seen - {MISSED}), MISSED]
    corner = "gold \\ system"
    first = max(len(corner), *(len(g) for g in confusion))
    widths = [max(len(c), 3) for c in cols]

    def row_text(label: str, cells: Iterable[str]) -> str:
        padded = (c.rjust(w) for c, w in zip(cells, widths, strict=True))
        return "  ".join([label.ljust(first), *padded])

    lines = ["event types (gold type -> type of the best system event on the pair):",
             row_text(corner, cols)]
    for g, row in confusion.items():
        # '.' for an empty cell makes the few filled ones stand out
        lines.append(row_text(g, [str(row[c]) if row.get(c) else "." for c in cols]))
    return lines
