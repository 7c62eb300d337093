"""The terminal view of a pair's history (``allegiance dyad A B``).

Made to read in a 100-column terminal: a table with one row per period
(period, events, cooperation, conflict, score, stance), then per period its
heaviest evidence lines ``date · SOURCE TYPE TARGET · “sentence…” (outlet)``,
then the turns with the evidence on each side, the standing relations and the
turns the texts state themselves.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from allegiance.aggregate.history import EVIDENCE_SHOWN, DyadHistory, EvidenceLine, Turn
from allegiance.records import Stance

STANCE_STYLE = {Stance.COOPERATIVE: "green", Stance.HOSTILE: "red", Stance.NEUTRAL: "dim"}
TITLE_CHARS = 40
INDENT = 2

# Ids of collectives and of actors found only in text are long or opaque: such
# actors are shown by name, every other by its id (what the CLI accepts).
_NAMED_PREFIXES = ("coll:", "new:", "civ:")


def label(actor_id: str | None, names: Mapping[str, str] | None) -> str:
    """How an actor is written in an evidence line."""
    if actor_id is None:
        return "?"
    if actor_id.startswith(_NAMED_PREFIXES) and names and actor_id in names:
        return names[actor_id]
    return actor_id


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def _where(line: EvidenceLine) -> str:
    parts = [p for p in (line.outlet, _short(line.title, TITLE_CHARS) if line.title else None) if p]
    where = ": ".join(parts) if parts else line.article_id
    if line.reports > 1:
        where += f"; {line.reports} articles"
    return where


def evidence_text(line: EvidenceLine, names: Mapping[str, str] | None) -> Text:
    """``date · SOURCE TYPE TARGET · “sentence…” (outlet: title)``."""
    out = Text(f"{line.date} · ", style="dim")
    out.append(f"{label(line.source, names)} {line.type.value} {label(line.target, names)}",
               style="bold")
    out.append(" · ")
    out.append(f"“{line.sentence}”")
    out.append(f" ({_where(line)})", style="dim")
    if line.note:
        out.append(f" [{line.note}]", style="yellow")
    return out


def _period_table(history: DyadHistory) -> Table:
    table = Table(box=box.SIMPLE_HEAVY, pad_edge=False)
    for name, justify in (("period", "left"), ("events", "right"), ("coop", "right"),
                          ("conflict", "right"), ("score", "right"), ("stance", "left")):
        table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for rec in history.periods:
        d = rec.dyad
        table.add_row(rec.period, str(d.events) if d else "0",
                      f"{d.cooperation:.2f}" if d else "-", f"{d.conflict:.2f}" if d else "-",
                      f"{d.score:+.2f}" if d else "-",
                      Text(rec.stance.value, style=STANCE_STYLE[rec.stance]))
    return table


def _indented(text: Text, level: int = 1) -> Padding:
    return Padding(text, (0, 0, 0, INDENT * level))


def _turn(turn: Turn, names: Mapping[str, str] | None) -> list[RenderableType]:
    head = Text(f"{turn.from_period} ")
    head.append(turn.from_.value, style=STANCE_STYLE[turn.from_])
    head.append(f" → {turn.to_period} ")
    head.append(turn.to.value, style=STANCE_STYLE[turn.to])
    out: list[RenderableType] = [_indented(head)]
    for side, lines in (("before", turn.before), ("after", turn.after)):
        for line in lines:
            t = Text(f"{side}: ", style="italic")
            t.append_text(evidence_text(line, names))
            out.append(_indented(t, 2))
    return out


def render_history(history: DyadHistory) -> RenderableType:
    """The rich view of a pair's history (see the module docstring)."""
    names = history.names
    title = Text(f"{history.a_name} ({history.a}) ~ {history.b_name} ({history.b})", style="bold")
    parts: list[RenderableType] = [title]
    if history.rolled_up:
        parts.append(Text("rolled up: " + ", ".join(history.a_members) + "  ~  "
                          + ", ".join(label(x, names) for x in history.b_members), style="dim"))
    else:
        parts.append(Text("exact ids: no roll-up", style="dim"))
    if not history.periods:
        parts.append(Text("No events between these actors.", style="dim"))
        return Group(*parts)
    parts.append(_period_table(history))
    parts.append(Text("Evidence", style="bold underline"))
    for rec in history.periods:
        head = Text(f"{rec.period} ")
        head.append(rec.stance.value, style=STANCE_STYLE[rec.stance])
        parts.append(_indented(head, 0))
        for line in rec.evidence[:EVIDENCE_SHOWN]:
            parts.append(_indented(evidence_text(line, names)))
        if len(rec.evidence) > EVIDENCE_SHOWN:
            parts.append(_indented(Text(f"… {len(rec.evidence) - EVIDENCE_SHOWN} more",
                                        style="dim")))
    parts.append(Text("Turns", style="bold underline"))
    if not history.turns:
        parts.append(_indented(Text("no turn between non-neutral periods", style="dim")))
    for turn in history.turns:
        parts.extend(_turn(turn, names))
    if history.relations:
        parts.append(Text("Standing relations", style="bold underline"))
        for r in history.relations:
            t = Text(f"{r.first_seen or '?'} .. {r.last_seen or '?'} · ", style="dim")
            t.append(f"{label(r.source, names)} {r.relation.value} {label(r.target, names)}"
                     + (" (former)" if r.former else ""), style="bold")
            if r.evidence:
                t.append(f" · “{_short(r.evidence[0].sentence, 2 * TITLE_CHARS)}”")
            parts.append(_indented(t))
    if history.shifts:
        parts.append(Text("Turns stated in the text (past → now)", style="bold underline"))
        for s in history.shifts:
            t = Text(f"{s.to_period} · {label(s.a, names)} ~ {label(s.b, names)}: ")
            t.append(s.from_.value, style=STANCE_STYLE[s.from_])
            t.append(" → ")
            t.append(s.to.value, style=STANCE_STYLE[s.to])
            parts.append(_indented(t))
            for e in s.evidence[:EVIDENCE_SHOWN]:
                parts.append(_indented(Text(f"“{_short(e.sentence, 2 * TITLE_CHARS)}”"), 2))
    return Group(*parts)
