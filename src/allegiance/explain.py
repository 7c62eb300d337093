"""Why a text was coded as it was: parse, actor mentions, triggers, frames and events.

``explain(text, resources)`` runs the same path as ``pipeline.process_text`` and prints,
sentence by sentence, the dependency parse, the actor each mention was resolved to,
every trigger with the frame each lexicon entry read (sources, targets, where the entry
comes from) and the events that came out, so that an analyst (or a rule writer) can see
which step missed or misread an event.
"""

from __future__ import annotations

from allegiance.actors import analyse
from allegiance.events import extract
from allegiance.events.arguments import ArgumentFinder
from allegiance.events.discourse import segments
from allegiance.events.triggers import find_triggers
from allegiance.pipeline import process_text
from allegiance.resources import Resources


def explain(text: str, resources: Resources, *, parse: bool = True) -> str:
    """A readable account of how ``text`` is coded (see module doc)."""
    result = process_text(text, resources)
    doc = resources.nlp(text)
    analysis = analyse(doc, result.article, resources.kb)
    events, _ = extract(doc, analysis, result.article, resources.lexicon, resources.kb,
                        resources.coder)
    names = {a.id: a.name for a in analysis.actors.values()}
    out: list[str] = []
    for seg in segments(doc):
        out.append(f"== {seg.text}")
        if parse:
            out.append("   " + " ".join(
                f"{t.text}/{t.pos_}/{t.dep_}<{t.head.i - seg.span.start}"
                for t in seg.span))
        for m in analysis.mentions:
            if seg.span.start <= m.token_start < seg.span.end:
                out.append(f"   actor  {m.text!r} -> {m.actor_id} ({names.get(m.actor_id, '?')}; {m.via})")
        finder = ArgumentFinder(analysis, resources.lexicon, seg.span.start, seg.span.end)
        for match in find_triggers(seg.span, resources.lexicon,
                                   lambda i: analysis.at_token(i) is not None):
            kinds = ", ".join(f"{t.type.value}({t.origin})" for t in match.triggers[:4])
            out.append(f"   trigger {match.text!r} [{match.pos}] {kinds}")
            for f in finder.frames(match):
                src = ",".join(a.actor for a in f.sources) or "-"
                tgt = ",".join(a.actor for a in f.targets) or "-"
                out.append(f"      frame {f.trigger.type.value}: {src} -> {tgt}"
                           f"{' (affected)' if f.affected else ''}")
        for e in events:
            if e.sentence_start == seg.start:
                flags = " ".join(x for x in (
                    "negated" if e.negated else "", e.factuality.value,
                    e.timeframe.value if e.timeframe else "") if x)
                out.append(f"   EVENT {e.type.value} {e.source} -> {e.target} "
                           f"[{e.trigger}] {flags} conf={e.confidence:.2f} ({e.origin})")
    return "\n".join(out)
