"""From resolved actors to PLOVER events and standing relations, sentence by sentence.

For each sentence (``discourse.segments``): find triggers (``triggers``),
read their frames (``arguments``), fill what a referring noun names from the
article so far (``antecedents``: "the attack", "welcomed the vote",
"rejected the idea"), drop what has no source, read modality
(``modality``), date (``temporal``), place (``places``) and the CAMEO
crosswalk (``cameo``); then read the sentence's standing relations
(``relations``).

An event needs a target unless its entry is monadic, it is a material act
done to a concrete thing that is no actor ("overran a military base"), a
threat or vow of a hostile act ("threatened to impose a curfew") or an
agreement to or refusal of a named act ("refused to deploy troops").  A
trigger noun that a verb's event already covers is no event of its own: the
required object of the verb ("suspended its attacks") and, when it has no
target, the act a verb reports ("a drone strike killed X").  Of a state and
its own sector among one trigger's arguments the sector is kept ("Turkish
warplanes", not also "Turkey").  Stated futures follow CAMEO: cooperation
announced or intended by its agent is AGREE ("said it would withdraw"),
hostile acts announced for the future, even on a condition, are THREATEN
("will boycott the vote unless ..."), and so is a vow whose infinitive is a
hostile act ("vowed to retaliate").  One event per (trigger, source,
target); within a sentence the same (source, type, target) is kept once,
with its highest confidence; across sentences every statement is kept as
evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from allegiance import ids
from allegiance.analysis import ActorAnalysis
from allegiance.events.antecedents import History
from allegiance.events.arguments import TARGETLESS_TYPES, Arg, ArgumentFinder, Frame
from allegiance.events.cameo import crosswalk
from allegiance.events.discourse import Segment, segments
from allegiance.events.evaluations import judgements
from allegiance.events.modality import Modality, ModalityReader, confidence
from allegiance.events.places import Gazetteer, event_location, load_gazetteer
from allegiance.events.referents import place_holders, word_forms
from allegiance.events.relations import RelationReader
from allegiance.events.temporal import event_date, parse_published
from allegiance.events.triggers import Match, find_triggers
from allegiance.learned.coder import Coder, CoderMode, Proposal, mention_heads, pairs
from allegiance.lexicon import Lexicon
from allegiance.records import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventType,
    Evidence,
    Factuality,
    Relation,
    Timeframe,
)

if TYPE_CHECKING:
    from allegiance.kb import KnowledgeBase

_SECTOR = re.compile(r"^([A-Z]{3})-[A-Z]{3}$")
# Trigger entries generated from the CAMEO verb dictionary (lexicon/cameo_verbs.py).
_IMPORTED = "triggers_cameo"
# verbal stances kept with their source alone (``_stance_alone``)
_STANCE_TYPES = frozenset({EventType.ACCUSE, EventType.REJECT, EventType.REQUEST})
_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
# Cooperative acts that, stated in the future, PLOVER codes as AGREE (intent).
_INTENT_TYPES = frozenset({EventType.SUPPORT, EventType.COOPERATE, EventType.AID,
                           EventType.CONSULT, EventType.CONCEDE, EventType.RETREAT})
_CONFLICT_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.SANCTION,
                             EventType.MOBILIZE, EventType.THREATEN, EventType.PROTEST})
# Hostile acts that, announced for the future, CAMEO codes as threats (13x):
# "X said it would impose sanctions on Y".
# ending or putting off an act: a vow to do it to a hostile act is no threat
_ENDING_VERBS = frozenset({"postpone", "delay", "defer", "cancel", "end", "halt", "stop",
                           "suspend", "abandon", "drop", "scrap", "shelve", "avoid", "prevent",
                           "cease", "call", "freeze"})
# a purpose that makes sending forces help: "send troops to help X"
_HELPING_VERBS = frozenset({"help", "assist", "support", "aid", "protect", "defend", "train",
                            "rescue", "rebuild", "stabilize", "stabilise", "reinforce"})
# answering an attack is hitting back: "vowed to respond to any attack"
_ANSWERING_VERBS = frozenset({"respond", "react", "answer", "reply"})
# cooperation whose negation with "will"/"would"/"can" is a refusal (REJECT)
_REFUSABLE_TYPES = frozenset({EventType.AGREE, EventType.SUPPORT, EventType.CONCEDE,
                              EventType.CONSULT, EventType.COOPERATE, EventType.AID,
                              EventType.RETREAT})
_THREAT_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.SANCTION,
                           EventType.PROTEST})
# Types whose PLOVER definition has no modes: Event.mode carries the context.
_CONTEXT_TYPES = frozenset({EventType.AID, EventType.COOPERATE, EventType.SUPPORT,
                            EventType.AGREE})
# How directly an argument was read (events/referents.py), strongest first.
_STRENGTH = ("direct", "conj", "relative", "partitive", "governor", "inherited", "modifier",
             "list")


def extract(doc: Doc, analysis: ActorAnalysis, article: Article, lexicon: Lexicon,
            kb: KnowledgeBase, coder: Coder | None = None) -> tuple[list[Event], list[Relation]]:
    """Events and standing relations of one article (see module doc).

    ``doc`` is the parse of ``article.text``; ``analysis`` the actors stage's
    resolved mentions; ``kb`` is accepted for the pipeline's signature (actor
    facts come through ``analysis``). ``coder``, the learned pair coder, adds its
    proposals and checks the rules' events (``learned/coder.py``); with its mode
    ``model`` it replaces the rules' events.
    """
    del kb  # actor knowledge arrives resolved in ``analysis``
    segs = segments(doc)
    published = parse_published(article.published)
    year = published[0].year if published else _horizon_year(doc)
    gazetteer = load_gazetteer()
    events: dict[tuple[int, str, str, str | None], Event] = {}
    found_relations: dict[tuple[str, str, str], Relation] = {}
    speaker_of: dict[int, str | None] = {}
    known = {(r.source, r.relation.value, r.target) for r in analysis.relations}
    history = History(lexicon, analysis.actors)
    holders = place_holders(doc, analysis)
    for seg in segs:
        finder = ArgumentFinder(analysis, lexicon, _after_dateline(seg), seg.span.end)
        finder.holders = holders
        heading = segs[seg.heading] if seg.heading is not None else None
        quote_speaker = speaker_of.get(seg.index - 1) if seg.opens_quote else None
        speaker_of[seg.index] = _sentence_speaker(seg, finder, lexicon) or quote_speaker
        finder.speaker = speaker_of[seg.index]
        finder.previous_speaker = history.speaker_before(seg.index)
        history.record_speaker(seg.index, _main_speaker(seg, finder, lexicon))
        reader = ModalityReader(lexicon, finder, seg, heading, quote_speaker, year)
        found = list(_events(seg, finder, reader, heading, analysis, article, lexicon,
                             gazetteer=gazetteer, history=history))
        found += _judgement_events(seg, finder, reader, analysis, article, lexicon,
                                   gazetteer, history)
        if coder is not None:
            found = _with_model(found, coder, seg, reader, analysis, article, lexicon, gazetteer)
        for event in _without_subsumed(found):
            key = (event.sentence_start or 0, event.type.value, event.source or "",
                   event.target)
            if key not in events or events[key].confidence < event.confidence:
                events[key] = event
        rel_reader = RelationReader(lexicon, analysis, finder, reader, seg)
        for f in rel_reader.read():
            triple = (f.source, f.relation.value, f.target)
            if triple in known:
                continue
            evidence = Evidence(article.id, seg.text)
            prev = found_relations.get(triple)
            if prev is None:
                found_relations[triple] = Relation(
                    f.source, f.relation, f.target, former=f.former,
                    first_seen=article.published, last_seen=article.published,
                    evidence=(evidence,))
            elif evidence not in prev.evidence:
                found_relations[triple] = Relation(
                    prev.source, prev.relation, prev.target, former=prev.former and f.former,
                    first_seen=prev.first_seen, last_seen=prev.last_seen,
                    evidence=(*prev.evidence, evidence))
    ordered = sorted(events.values(), key=lambda e: (e.sentence_start or 0, e.id))
    return ordered, list(found_relations.values())


def _events(seg: Segment, finder: ArgumentFinder, reader: ModalityReader,
            heading: Segment | None, analysis: ActorAnalysis, article: Article,
            lexicon: Lexicon, *, gazetteer: Gazetteer, history: History) -> Iterable[Event]:
    matches = find_triggers(seg.span, lexicon, lambda i: analysis.at_token(i) is not None)
    noun_anchors = {m.anchor.i for m in matches if m.pos != "VERB"}
    list_actors = _heading_actors(heading, analysis) if heading is not None else []
    # "the attack", "welcomed the vote", "rejected the idea": what they refer back to
    framed = [(m, [history.resolve(m, f, finder, seg.index) for f in finder.frames(m)])
              for m in matches]
    history.record(seg.index, framed, (seg.span.start, seg.span.end))
    history.record_plans(seg.index, seg.span, finder)
    conflict_anchors = _hostile_acts(framed)
    # verbs that are acts of another kind ("defy", "lift"): a vow to do them is no threat
    calm = frozenset(m.anchor.i for m, frames in framed if m.pos == "VERB" and frames
                     and all(f.trigger.type not in _CONFLICT_TYPES for f in frames))
    named = frozenset(x.actor_id for x in analysis.mentions
                      if seg.span.start <= x.token_start < seg.span.end)
    acts = {m.anchor.i for m, frames in framed if frames}
    # trigger nouns whose own frame has a target: a yielding verb over one of them
    # ("provided support to X") leaves the event to it; over a noun without one
    # ("provided weapons ... for the YPG") the verb's frame carries the target
    aimed_nouns = {m.anchor.i for m, frames in framed
                   if m.pos != "VERB" and any(f.targets for f in frames)}
    consumed = _consumed_nouns(framed, noun_anchors, finder)
    instruments = _instrument_nouns(matches)
    for m, frames in framed:
        if m.pos == "VERB" and all(t.yields or t.origin == _IMPORTED for t in m.triggers) \
                and _governs_trigger(m.anchor, noun_anchors) and (
                    not frames or not frames[0].targets
                    or _governs_trigger(m.anchor, aimed_nouns)):
            # "provided support": the noun says what was given; an imported CAMEO verb
            # with a trigger noun for object ("carried out strikes on X") lends it its subject
            continue
        if m.anchor.i in consumed:
            continue  # "lifted the sanctions": the verb says what became of them
        if m.pos == "VERB" and _asks_question(m.anchor, lexicon):
            continue  # "asked whether the troops would stay": a question, no request
        for frame in frames:
            sources, targets = list(frame.sources), list(frame.targets)
            from_list = False
            if list_actors and (not sources or (not targets and not frame.trigger.monadic)):
                have = {a.actor for a in (*sources, *targets)}
                fill = [Arg(a, m.anchor.i, "list") for a in list_actors if a not in have]
                if fill:
                    from_list = True
                    if not sources:
                        sources = fill
                    else:
                        targets = fill
            if not targets and frame.trigger.type is EventType.ACCUSE and m.pos == "VERB":
                # "X charged that Y had shelled the town": the doer of the act alleged
                targets = _alleged_doers(m.anchor, framed)
            if (frame.trigger.type is EventType.THREATEN and m.pos == "VERB") or (
                    frame.trigger.type in (EventType.MOBILIZE, EventType.RETREAT)):
                # "threatened to send his forces to confront X", "Israel mobilized the
                # army", "withdrew its troops": the forces sent or moved are the source's
                # own, not a target
                kept = [t for t in targets if not any(
                    same_side(s.actor, t.actor, analysis.actors) for s in sources)]
                own_only = bool(targets) and not kept
                targets = kept
            else:
                own_only = False
            if not targets and frame.trigger.type is EventType.THREATEN and m.pos == "VERB":
                # "threatened to impose restrictions on German goods", "threatened an
                # offensive unless Iraq accepted": whom the threatened act or its condition names
                targets = _threatened(m.anchor, framed, {a.actor for a in sources}, finder,
                                      analysis.actors)
            if not sources:
                continue
            if _standing_conflict(m, sources, targets, lexicon):
                continue  # "the Israeli-Palestinian conflict": background, no act
            if _metaphor(m, lexicon):
                continue  # "the plan was an attack on our sovereignty": evaluations.py
            if not targets and m.anchor.i in instruments:
                continue  # "a U.S. drone strike killed X": the verb's event says it
            if not targets and not frame.trigger.monadic and not (
                    (frame.affected or own_only)
                    and frame.trigger.type in TARGETLESS_TYPES) and not (
                    _threatens(frame, m, conflict_anchors, calm)) and not (
                    _commits(frame, m, acts)) and not _stance_alone(m, frame) and not (
                    _settles(frame, m, finder)) and not _investigates(frame, m):
                continue
            modality = reader.read(m, frame)
            built = list(_build(m, frame, _specific(sources, analysis.actors),
                                _specific(targets, analysis.actors), modality, seg, article,
                                lexicon, from_list=from_list, gazetteer=gazetteer,
                                conflict_anchors=conflict_anchors, calm=calm,
                                actors=analysis.actors,
                                article_year=reader.article_year, named=named,
                                inherited_time=history.time_of(frame.answers)))
            for e in built:
                history.record_time(seg.index, e.date, e.timeframe)
            yield from built


def _without_subsumed(found: list[Event]) -> list[Event]:
    """A sentence's events less the stances without a target whose source takes the
    same stance there at someone ("Turkey charged that Kurdish militants were
    responsible": the charge is the accusation of the militants). Acts are left alone:
    "fought ISIS and captured the town" are two assaults."""
    aimed = {(e.type, e.source, e.negated, e.factuality) for e in found
             if e.target is not None and e.type in _STANCE_TYPES}
    return [e for e in found if e.target is not None
            or (e.type, e.source, e.negated, e.factuality) not in aimed]


def _with_model(found: list[Event], coder: Coder, seg: Segment, reader: ModalityReader,
                analysis: ActorAnalysis, article: Article, lexicon: Lexicon,
                gazetteer: Gazetteer) -> list[Event]:
    """The sentence's events once the pair coder has checked and added to them."""
    heads = mention_heads(analysis, seg.span)
    candidates = pairs(heads, lambda a, b: same_side(a, b, analysis.actors))
    by_pair = {(p.source, p.target): p for p in candidates}
    if coder.mode is CoderMode.MODEL:
        kept: list[Event] = []
    else:
        kept = [e for e in found if not (
            e.source is not None and e.target is not None and (e.source, e.target) in by_pair
            and coder.vetoes(by_pair[(e.source, e.target)], e.confidence, analysis.actors))]
    covered = {frozenset((e.source, e.target)) for e in kept if e.source and e.target}
    for prop in coder.proposals(candidates, covered, analysis.actors):
        if _asks_question(prop.trigger, lexicon):
            continue  # the rules' guards hold for the model too
        kept.append(_model_event(prop, seg, reader, article, lexicon, gazetteer))
    return kept


def _judgement_events(seg: Segment, finder: ArgumentFinder, reader: ModalityReader,
                      analysis: ActorAnalysis, article: Article, lexicon: Lexicon,
                      gazetteer: Gazetteer, history: History) -> list[Event]:
    """ACCUSE events of evaluations ("called the remarks an insult") and THREATEN
    events of consequences promised ("X will pay a heavy price"; evaluations.py)."""
    out: list[Event] = []
    for j in judgements(seg, finder, lexicon):
        if j.thing is not None:
            # "described the move as a betrayal": the doer of the act referred back to
            doer = history.doer_of(j.thing, {j.source}, seg.index)
            if doer is None:
                continue
            j = replace(j, target=doer)
        if same_side(j.source, j.target, analysis.actors, article.published):
            continue
        anchor = j.anchor
        # the judging is what happened: its modality is the verb's ("warned that X was
        # illegal" is asserted though "warn" makes its complement only supposed)
        cue = j.verb if j.verb is not None else anchor
        modality = reader.read_token(cue, (cue.i,), {j.source})
        if modality.negated or modality.factuality is Factuality.HYPOTHETICAL:
            continue
        mode = "disapprove" if j.type is EventType.ACCUSE else None
        root, quad = crosswalk(j.type, mode, None, lexicon)
        out.append(Event(
            id=ids.event_id(article.id, seg.start, anchor.i, j.type.value,
                            j.source, j.target),
            article_id=article.id, sentence=seg.text, type=j.type,
            source=j.source, target=j.target, mode=mode,
            date=event_date(anchor, None, seg.span, article.published),
            timeframe=modality.timeframe,
            location=event_location(anchor, None, set(), seg.span, gazetteer),
            negated=False, factuality=modality.factuality,
            attributed_to=modality.attributed_to, confidence=0.5, trigger=anchor.text,
            sentence_start=seg.start, cameo_root=root, quad_class=quad))
    return out


def _model_event(prop: Proposal, seg: Segment, reader: ModalityReader, article: Article,
                 lexicon: Lexicon, gazetteer: Gazetteer) -> Event:
    anchor = prop.trigger
    modality = reader.read_token(anchor, (anchor.i,), {prop.source})
    type_ = EventType(prop.type)
    root, quad = crosswalk(type_, None, _word_code(anchor, type_, lexicon), lexicon)
    date = event_date(anchor, None, seg.span, article.published,
                      future=modality.timeframe is Timeframe.FUTURE)
    location = event_location(anchor, None, set(), seg.span, gazetteer)
    return Event(
        id=ids.event_id(article.id, seg.start, anchor.i, type_.value, prop.source, prop.target),
        article_id=article.id, sentence=seg.text, type=type_, source=prop.source,
        target=prop.target, date=date, timeframe=modality.timeframe, location=location,
        negated=modality.negated, factuality=modality.factuality,
        attributed_to=modality.attributed_to, confidence=round(prop.probability, 2),
        trigger=anchor.text, sentence_start=seg.start, cameo_root=root, quad_class=quad,
        origin="model")


def _word_code(anchor: Token, type_: EventType, lexicon: Lexicon) -> str | None:
    """The CAMEO code the lexicon gives the model's trigger word for that type, when its
    plain entries agree on one ("urged" is an appeal, CAMEO 02, not a demand, 10)."""
    codes = {t.cameo for t in lexicon.single.get(anchor.lemma_.lower(), ())
             if t.type is type_ and t.cameo and not t.objects and anchor.pos_ in t.pos}
    return codes.pop() if len(codes) == 1 else None


_YEAR_RE = re.compile(r"\b(19[5-9]\d|20\d{2})\b")


def _horizon_year(doc: Doc) -> int | None:
    """For an article without a date: the latest year it reports as done (a DATE
    under a past-tense or perfect verb). It was written then or later, so what
    it dates earlier is past ("came to blows in 2015" beside "in 2018, X said")."""
    years: list[int] = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        m = _YEAR_RE.search(ent.text)
        if m is None:
            continue
        verb = ent.root.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        done = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and aux & {"has", "have", "had"})
        if done and not aux & {"will", "would", "shall"}:
            years.append(int(m.group(1)))
    return max(years) if years else None


def _after_dateline(seg: Segment) -> int:
    """The first token after a dateline ("BAGHDAD —", "TIKRIT, Iraq —"): the place
    a report was filed from is no actor of its first sentence. A hyphen joining two
    words ("ISIS attacked rebel-held areas") is no dateline's dash."""
    span = seg.span
    for tok in span[:6]:
        if tok.text in _DASHES and tok.i > span.start and (
                tok.doc[tok.i - 1].whitespace_ or tok.whitespace_):
            words = [t for t in span[:tok.i - span.start] if t.is_alpha]
            if words and words[0].is_upper and len(words[0]) > 1:
                return tok.i + 1
            break
    return span.start


def _inferred(source: str, target: str | None, named: frozenset[str] | None) -> str | None:
    """Which argument the sentence does not name ("the two men", a quote's speaker, a
    list heading): ``source``, ``target``, ``both`` or None."""
    if named is None:
        return None
    src = source not in named
    tgt = target is not None and target not in named
    return "both" if src and tgt else "source" if src else "target" if tgt else None


def _metaphor(m: Match, lexicon: Lexicon) -> bool:
    """A hostile noun predicated of something said or decided ("the plan was a blatant
    attack on Syrian sovereignty"): a judgement, not a use of force."""
    n = m.anchor
    if m.pos != "NOUN" or n.dep_ != "attr" or n.head.lemma_.lower() != "be":
        return False
    things = lexicon.words("arguments.verbal_things")
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in things
               for c in n.head.children)


def _standing_conflict(m: Match, sources: list[Arg], targets: list[Arg],
                       lexicon: Lexicon) -> bool:
    """A conflict noun whose sides are only its modifiers ("the US-Iran standoff")."""
    return (m.pos == "NOUN" and m.anchor.lemma_.lower()
            in lexicon.words("arguments.standing_conflict_nouns")
            and all(a.via == "modifier" for a in (*sources, *targets)))


_ALLEGED_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.SANCTION,
                            EventType.THREATEN})


def _threatened(verb: Token, framed: list[tuple[Match, list[Frame]]], own: set[str],
                finder: ArgumentFinder, actors: Mapping[str, Actor]) -> list[Arg]:
    """The one a threat is aimed at, when the verb names nobody: the target of the
    hostile act it threatens (in its infinitive), else the subject of its condition
    ("unless Baghdad accepted", "if the United States goes ahead")."""
    inside = {t.i for c in verb.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree}
    out: list[Arg] = []
    for m, frames in framed:
        if m.anchor.i in inside:
            for f in frames:
                # the threatener's own act ("threatened to strike X"), not another's it
                # warns of ("warned that Iran would attack Saudi Arabia")
                if f.trigger.type in _ALLEGED_TYPES and (not f.sources or any(
                        a.actor in own or any(same_side(a.actor, o, actors) for o in own)
                        for a in f.sources)):
                    out += [replace(a, via="governor") for a in f.targets if a.actor not in own]
    if out:
        return out
    for c in verb.subtree:
        if c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in ("if", "unless")
                                     for k in c.children):
            out += [replace(a, via="governor") for a in finder.subject_of(c)
                    if a.actor not in own]
    return out


def _alleged_doers(verb: Token, framed: list[tuple[Match, list[Frame]]]) -> list[Arg]:
    """Who does a hostile act stated in the "that" clause of a verb of accusing
    ("X alleges that Y ordered the killing", "X claimed Y had bombed the town")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return []
    inside = {t.i for c in clauses for t in c.subtree}
    out: list[Arg] = []
    for m, frames in framed:
        if m.anchor.i not in inside:
            continue
        for f in frames:
            if f.trigger.type in _ALLEGED_TYPES:
                out += [replace(a, via="governor") for a in f.sources]
    return out


_QUESTION_MARKS = frozenset({"whether", "if"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _asks_question(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of asking whose clausal complement is a question: introduced by
    whether/if or opened by a wh-word ("asked when inspectors could return")."""
    if verb.lemma_.lower() not in lexicon.words("arguments.question_verbs"):
        return False
    for child in verb.children:
        if child.dep_ not in ("ccomp", "advcl") or child.i < verb.i:
            continue
        first = child.left_edge
        if first.lower_ in _QUESTION_MARKS or first.tag_ in _WH_TAGS:
            return True
    return False


def _stance_alone(m: Match, frame: Frame) -> bool:
    """A stance taken with nobody named as its object ("Japan condemned the attack as
    despicable", "Slovakia refused to accept refugees"): a curated verb of accusing,
    rejecting or demanding, with what it is about stated and its own subject as source,
    worth an event with its source alone (PLOVER's target is optional); an imported
    CAMEO pattern or a noun is not enough."""
    verb = m.anchor
    # what the stance is about is stated: an object or a clause ("slammed into a
    # building" is no criticism)
    about = any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for c in verb.children)
    # and its source is the verb's own subject, not one taken from around it
    own = bool(frame.sources) and all(a.via in ("direct", "conj", "relative", "partitive")
                                      for a in frame.sources)
    return (m.pos == "VERB" and frame.trigger.type in _STANCE_TYPES and about and own
            and frame.trigger.origin != _IMPORTED)


def _threatens(frame: Frame, m: Match, hostile: set[int], calm: frozenset[int] = frozenset()
               ) -> bool:
    """A threat or vow whose infinitive is a hostile act ("threatened to impose
    a curfew", "vowed to retaliate", "vowed to launch an offensive"); not one whose
    infinitive is an act of its own on a hostile thing (``calm``: "vowed to defy US
    sanctions")."""
    if frame.trigger.type not in (EventType.AGREE, EventType.THREATEN) or frame.inner is None:
        return False
    inner = m.anchor.doc[frame.inner]
    if frame.trigger.type is EventType.THREATEN and m.anchor.lemma_.lower() == "threaten" \
            and inner.i not in calm:
        return True  # "threatened to set up checkpoints", "to cancel the deal": a threat
    if inner.i in calm or inner.lemma_.lower() in _ENDING_VERBS:
        return False  # "vowed to defy sanctions", "agreed to postpone the protest"
    if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _HELPING_VERBS
           for c in inner.children):
        return False  # "offered to send troops to help the Philippine army"
    if inner.lemma_.lower() in _ANSWERING_VERBS and any(
            o.i in hostile for p in inner.children if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj"):
        return True  # "vowed to respond to any attack": to hit back
    return inner.i in hostile or any(
        c.dep_ in ("dobj", "nsubjpass") and c.i in hostile for c in inner.children)


def _commits(frame: Frame, m: Match, acts: set[int]) -> bool:
    """An agreement to, or refusal of, an act the text names ("agreed to allow
    aid convoys", "refused to deploy peacekeepers"): an event without a target."""
    if frame.trigger.type not in (EventType.AGREE, EventType.REJECT) or frame.inner is None:
        return False
    inner = m.anchor.doc[frame.inner]
    return inner.i in acts or any(c.i in acts for c in inner.children
                                  if c.dep_ in ("dobj", "xcomp"))


def _settles(frame: Frame, m: Match, finder: ArgumentFinder) -> bool:
    """An agreement to a pact or proposal the text names ("the Taliban agreed to a
    ceasefire", "Hamas accepted the formula"): an event without a target."""
    if frame.trigger.type is not EventType.AGREE or m.pos != "VERB":
        return False
    verb = m.anchor
    things = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "on")
        for o in p.children if o.dep_ == "pobj"]
    return any(word_forms(o) & (finder.pacts | finder.acceptables) for o in things)


def _investigates(frame: Frame, m: Match) -> bool:
    """An investigation of something the text names ("opened an inquiry into the
    company", "investigated the sale"): an event without a target."""
    if frame.trigger.mode != "investigate":
        return False
    anchor = m.anchor
    if m.pos == "VERB":
        return frame.affected or any(c.dep_ == "dobj" for c in anchor.children)
    # "began a probe into the sale": the parser may hang "into" on the verb
    holders = (anchor, anchor.head) if anchor.dep_ == "dobj" else (anchor,)
    return any(p.dep_ == "prep" and p.lower_ in ("into", "of", "on") and p.i > anchor.i
               and any(o.dep_ == "pobj" for o in p.children)
               for h in holders for p in h.children)


def _hostile_acts(framed: list[tuple[Match, list[Frame]]]) -> set[int]:
    """Anchors of hostile acts that are done to someone or something, or need no
    object ("retaliate"); "fight corruption" is none."""
    out: set[int] = set()
    for m, frames in framed:
        if not any(t.type in _CONFLICT_TYPES for t in m.triggers):
            continue
        if not frames and not any(t.type in _CONFLICT_TYPES and t.origin != _IMPORTED
                                  and not t.objects and not t.complement for t in m.triggers):
            continue  # "set up", "stage": an imported pattern whose object is not there
        if m.pos != "VERB" or not frames or any(
                f.targets or f.affected or f.trigger.monadic for f in frames) or not any(
                c.dep_ == "dobj" for c in m.anchor.children):
            out.add(m.anchor.i)
    return out


def _consumed_nouns(framed: list[tuple[Match, list[Frame]]], noun_anchors: set[int],
                    finder: ArgumentFinder) -> set[int]:
    """Trigger nouns that are the required object of a verb entry that fits
    ("suspended its attacks", "lifted sanctions"): the verb's event says what
    became of them, so they are no event of their own."""
    out: set[int] = set()
    for m, frames in framed:
        if m.pos != "VERB":
            continue
        for frame in frames:
            trig = frame.trigger
            if not trig.objects or trig.yields or trig.origin == _IMPORTED:
                continue
            for c in m.anchor.children:
                if c.dep_ in ("dobj", "nsubjpass"):
                    out.update(h.i for h in finder.wanted_heads(c, trig) if h.i in noun_anchors)
    return out


def _instrument_nouns(matches: list[Match]) -> set[int]:
    """Trigger nouns that name the act a trigger verb reports: its subject ("a
    drone strike killed X") or the act it happened in ("killed in a strike")."""
    verbs = {m.anchor.i for m in matches if m.pos == "VERB"}
    out: set[int] = set()
    for m in matches:
        tok = m.anchor
        if m.pos == "VERB" or tok.head.i == tok.i:
            continue
        head = tok.head
        subject = tok.dep_ in ("nsubj", "nsubjpass") and head.i in verbs
        within = tok.dep_ == "pobj" and head.lower_ in ("in", "by", "during", "with") and (
            head.head.i in verbs)
        if subject or within:
            out.add(tok.i)
    return out


def _specific(args: list[Arg], actors: Mapping[str, Actor]) -> list[Arg]:
    """One reading per state among the arguments of one trigger: a sector or body
    of a state is kept over the state itself ("Turkish warplanes" over
    "Turkey"), and of two sectors of one state the more directly read one; a
    person is an actor of their own ("Erdogan and the Turkish army")."""
    by_state: dict[str, list[Arg]] = {}
    for a in args:
        kind = actors[a.actor].kind if a.actor in actors else None
        state = _state_of(a.actor, actors)
        if state is not None and kind is not ActorKind.PERSON:
            by_state.setdefault(state, []).append(a)
    drop: set[str] = set()
    for state, group in by_state.items():
        narrower = [a for a in group if a.actor != state]
        if not narrower or len({a.actor for a in group}) < 2:
            continue
        drop.add(state)
        best = min(_strength(a.via) for a in narrower)
        drop.update(a.actor for a in narrower if _strength(a.via) > best)
    return [a for a in args if a.actor not in drop]


def _strength(via: str) -> int:
    return _STRENGTH.index(via) if via in _STRENGTH else len(_STRENGTH)


def _build(m: Match, frame: Frame, sources: list[Arg], targets: list[Arg], modality: Modality,
           seg: Segment, article: Article, lexicon: Lexicon, *, from_list: bool,
           gazetteer: Gazetteer, conflict_anchors: set[int], calm: frozenset[int] = frozenset(),
           actors: Mapping[str, Actor], article_year: int | None = None,
           named: frozenset[str] | None = None,
           inherited_time: tuple[str, Timeframe] | None = None) -> Iterable[Event]:
    trig = frame.trigger
    type_, mode = trig.type, trig.mode
    context = _context(m, frame, lexicon)
    if type_ is EventType.SUPPORT and trig.material and context is not None:
        type_ = EventType.AID  # "support in the form of tanks" is material
    if type_ in _REFUSABLE_TYPES and modality.negated and (
            not modality.conditional or _demanding(m.anchor)) and _volitional(m.anchor):
        # "will not accept refugees", "would never agree to a compromise", "won't meet
        # Bolton": a refusal stated (CAMEO 12), not an act that did not happen
        type_, mode = EventType.REJECT, None
        modality = replace(modality, negated=False, factuality=(
            Factuality.ASSERTED if modality.factuality is Factuality.HYPOTHETICAL
            else modality.factuality))
    elif type_ is EventType.AGREE and modality.negated and _failed(m.anchor):
        # "failed to reach agreement on the border", "talks failed to produce a deal": the
        # parties' positions rejected (CAMEO 127; PETRARCH2 codes "FAIL TO REACH &TREATY")
        type_, mode = EventType.REJECT, None
        modality = replace(modality, negated=False)
    elif type_ is EventType.AGREE and _threatens(frame, m, conflict_anchors, calm) and not (
            targets and all(a.via == "inherited" for a in targets)):
        # "vowed to attack X" is a threat; agreeing to cut imports when asked is consent
        type_, mode = EventType.THREATEN, None
    elif type_ in _THREAT_TYPES and not modality.negated and ((
            modality.timeframe is Timeframe.FUTURE and (modality.factuality in (
                Factuality.ASSERTED, Factuality.REPORTED) or modality.conditional))
            or (modality.factuality is Factuality.INTENDED and _willed(m.anchor, lexicon))):
        # "said it would blockade the port", "will boycott the vote unless ...":
        # the threat itself is stated
        type_, mode = EventType.THREATEN, None
        if modality.conditional or modality.factuality is Factuality.INTENDED:
            modality = replace(modality, factuality=Factuality.ASSERTED, conditional=False)
    elif type_ in _INTENT_TYPES and (
            (modality.timeframe is Timeframe.FUTURE and modality.factuality in (
                Factuality.ASSERTED, Factuality.REPORTED))
            or modality.factuality is Factuality.INTENDED):
        # PLOVER/CAMEO code "X will visit/aid Y", "X is ready to help Y" as an
        # (asserted) intent to cooperate
        type_, mode = EventType.AGREE, None
        if modality.factuality is Factuality.INTENDED:
            modality = replace(modality, factuality=Factuality.ASSERTED)
    cameo = trig.cameo if type_ is trig.type else (
        "127" if type_ is EventType.REJECT and trig.type is EventType.AGREE else None)
    if type_ is EventType.ACCUSE and m.pos == "VERB" and m.anchor.lemma_.lower() == "protest" \
            and _crowd(m.anchor, sources):
        # "hundreds of Pakistanis protested against France" demonstrate; a ministry that
        # protests to an envoy complains (ACCUSE)
        type_, mode = EventType.PROTEST, "demo"
    if type_ in (EventType.MOBILIZE, EventType.RETREAT) and _peacekeeping(m, frame, lexicon):
        # "sent 300 troops to the UN peacekeeping mission" provides protection (CAMEO
        # 074); "withdrew its peacekeepers" withdraws it (CAMEO 1661)
        if type_ is EventType.MOBILIZE:
            type_, mode, cameo = EventType.AID, "military", "074"
        else:
            type_, mode, cameo = EventType.SANCTION, "expel", "1661"
    if type_ in _CONTEXT_TYPES and mode is None:
        mode = context
    root, quad = crosswalk(type_, mode, cameo, lexicon)
    conf = confidence(m, frame, modality, lexicon, from_list=from_list)
    date = event_date(m.anchor, frame.governor, seg.span, article.published,
                      future=modality.timeframe is Timeframe.FUTURE)
    timeframe = modality.timeframe
    if date is None and inherited_time is not None and timeframe is Timeframe.CURRENT:
        # "Turkey shot down a Russian jet in 2015 ... Moscow retaliated": the answer's time
        date, timeframe = inherited_time
    if date is not None and timeframe is Timeframe.CURRENT and article_year is not None \
            and int(date[:4]) < article_year:
        timeframe = Timeframe.PAST  # "clashed in November 2015, when X shot down Y's jet"
    arg_tokens = {a.token for a in (*sources, *targets)}
    location = event_location(m.anchor, frame.governor, arg_tokens, seg.span, gazetteer)
    # the article's date, else the latest year it reports (who holds office then)
    when = article.published or (str(article_year) if article_year else None)
    target_list: list[Arg | None] = list(targets) or [None]
    for s in sources:
        own = [t for t in target_list if t is not None and (
            t.actor == s.actor or same_side(s.actor, t.actor, actors, when))]
        aimed = [t for t in target_list if t not in own]
        if not aimed and type_ in TARGETLESS_TYPES:
            # "a court in Bishkek freed a Kyrgyz journalist", "the army shelled Syrian
            # towns": an act done to the source's own side is still an act, without a dyad
            aimed = [None]
        for t in aimed:
            tid = t.actor if t is not None else None
            inferred = _inferred(s.actor, tid, named)
            yield Event(
                id=ids.event_id(article.id, seg.start, m.anchor.i, type_.value, s.actor, tid),
                article_id=article.id,
                sentence=seg.text,
                type=type_,
                source=s.actor,
                target=tid,
                mode=mode,
                date=date,
                timeframe=timeframe,
                location=location,
                negated=modality.negated,
                factuality=modality.factuality,
                attributed_to=modality.attributed_to,
                confidence=conf,
                trigger=m.text,
                sentence_start=seg.start,
                cameo_root=root,
                quad_class=quad,
                inferred=inferred,
            )


_VOLITIONAL_AUX = frozenset({"will", "would", "wo", "shall", "can", "ca", "cannot"})


def _willed(anchor: Token, lexicon: Lexicon) -> bool:
    """A hostile act in the infinitive of a verb or adjective of will or readiness ("is
    ready to strike", "is preparing to attack", "vowed to attack"), not of a plan or an
    attempt ("plans to attack", "tried to storm")."""
    gov = anchor.head
    if anchor.dep_ != "xcomp" or gov is anchor or gov.pos_ not in ("VERB", "ADJ", "AUX"):
        return False
    return bool({gov.lemma_.lower(), gov.lower_}
                & lexicon.words("modality.intended.threat_governors"))


_FAILING = frozenset({"fail", "failure"})


def _failed(anchor: Token) -> bool:
    """An agreement the parties tried for and missed: under "fail" or "failure" ("failed
    to reach a deal", "the failure to agree on"), not under a refusal ("refused to sign")."""
    cur = anchor
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "dobj", "acl", "pobj", "prep", "advcl") or cur.head is cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in _FAILING:
            return True
    return False


def _demanding(verb: Token) -> bool:
    """A refusal whose condition is a demand: "will not release them unless Israel frees
    its prisoners", "will not lift the ban until the EU acts"."""
    return any(c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in ("unless", "until")
                                         for k in c.children) for c in verb.children)


def _volitional(verb: Token) -> bool:
    """A verb whose negation refuses: "will not", "won't", "would never", "cannot"
    (not under "if": "if the talks fail, Turkey would not withdraw" refuses nothing)."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in _VOLITIONAL_AUX for c in verb.children) and not any(
        c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ == "if" for k in c.children)
        and not any(k.dep_ == "advmod" and k.lower_ == "even" for k in c.children)
        for c in verb.children)  # ("even if": a concession, the refusal stands)


def _state_of(actor_id: str, actors: Mapping[str, Actor]) -> str | None:
    """The state an actor id is or is a sector of ("IRQ-MIL" -> "IRQ"); a person's state."""
    m = _SECTOR.match(actor_id)
    if m:
        return m.group(1)
    actor = actors.get(actor_id)
    if actor is not None and actor.kind in (ActorKind.STATE, ActorKind.PERSON):
        return actor.country or (actor_id if actor.kind is ActorKind.STATE else None)
    return None


def same_side(a: str, b: str, actors: Mapping[str, Actor], date: str | None = None) -> bool:
    """A state and its own sectors or officials ("Trump" and "US troops") are one side:
    an event between them is not a dyad of the record."""
    sa, sb = _state_of(a, actors), _state_of(b, actors)
    if sa is None or sa != sb:
        return False
    kinds = {actors[x].kind for x in (a, b) if x in actors}
    if kinds == {ActorKind.PERSON}:
        return False  # two people of one state still make a dyad ("Araji met Abadi")
    # a former office-holder is no longer the state's side: "Ukraine imposed sanctions
    # on former President Yanukovich" is a dyad
    return all(_in_office(actors[x], sa, date) for x in (a, b)
               if x in actors and actors[x].kind is ActorKind.PERSON)


def _in_office(person: Actor, state: str, date: str | None) -> bool:
    """Whether a person of ``state`` stands for it: a former office-holder of it (so
    called, "former President Yanukovich", or out of office at the article's ``date``,
    "the US delivered a rebuke to Barack Obama") holding none of its offices now does
    not; anyone else known as the state's does."""
    mine = [r for r in person.roles if r.organization is not None and (
        r.organization == state or r.organization.startswith(state + "-"))]
    return not mine or any(not r.former and (date is None or r.end is None or
                                             date[:len(r.end)] <= r.end) for r in mine)


_CROWD_WORDS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions",
                          "crowds", "crowd", "people", "throngs"})


def _crowd(verb: Token, sources: list[Arg]) -> bool:
    """Whether a verb's subject is a crowd: protesters or civilians, a number of
    people ("thousands of Iraqis"), or a people named by its plural ("Pakistanis")."""
    if any(a.actor.startswith(ids.CIVILIANS_PREFIX) for a in sources):
        return True
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.lower_ in _CROWD_WORDS:
            return True
        if subj.tag_ in ("NNPS", "NNS") and subj.ent_type_ == "NORP":
            return True  # "Pakistanis protested"
    return False


def _peacekeeping(m: Match, frame: Frame, lexicon: Lexicon) -> bool:
    """Whether the forces moved are peacekeepers ("deployed peacekeepers", "troops for
    the peacekeeping mission")."""
    anchor = m.anchor
    # the governor's subtree holds the anchor's ("sent troops to the peacekeeping mission")
    words = anchor.doc[frame.governor].subtree if frame.governor is not None else anchor.subtree
    cues = lexicon.words("arguments.peacekeeping_words")
    return any(word_forms(t) & cues for t in words)


def _context(m: Match, frame: Frame, lexicon: Lexicon) -> str | None:
    """military/economic/humanitarian from the words around a trigger, if any."""
    anchor = m.anchor
    words: list[Token] = [anchor.doc[i] for i in m.tokens]
    words += [t for t in anchor.subtree if t.i not in m.tokens]
    if frame.governor is not None:
        gov = anchor.doc[frame.governor]
        words += [t for p in gov.children if p.dep_ == "prep" for t in p.subtree]
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    for context, cue in lexicon.crosswalk.contexts.items():
        if lemmas & cue:
            return context
    return None


def _governs_trigger(verb: Token, noun_anchors: set[int]) -> bool:
    for c in verb.children:
        if c.dep_ == "dobj" and (c.i in noun_anchors or any(
                cc.i in noun_anchors for cc in c.children if cc.dep_ == "conj")):
            return True
    return False


def _heading_actors(heading: Segment, analysis: ActorAnalysis) -> list[str]:
    """The one actor a list heading is about ("Their arsenal includes:"), if exactly one."""
    seen: list[str] = []
    for tok in heading.span:
        m = analysis.at_token(tok.i)
        if m is not None and m.actor_id not in seen:
            seen.append(m.actor_id)
    return seen if len(seen) == 1 else []


def _main_speaker(seg: Segment, finder: ArgumentFinder, lexicon: Lexicon) -> str | None:
    """Who speaks in the main clause ("X said ...", "X announced ... and declared
    ..."), for a definite speech noun of the next sentence ("the announcement")."""
    speech = lexicon.words("modality.attribution.verbs")
    for tok in seg.span:
        main = tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")
        if main and tok.pos_ == "VERB" and tok.lemma_.lower() in speech:
            # "X paid tribute ... and declared": a conjunct shares the subject
            who = finder.speaker_of(tok) or (finder.speaker_of(tok.head)
                                             if tok.dep_ == "conj" else None)
            if who is not None:
                return who
    return None


def _sentence_speaker(seg: Segment, finder: ArgumentFinder, lexicon: Lexicon) -> str | None:
    """Who speaks in a sentence with a quotation ("..., said X"), for the next one."""
    if not any(q in seg.text for q in ("\u201c", "\u201d", '"')):
        return None
    speech = lexicon.words("modality.attribution.verbs")
    for tok in seg.span:
        if tok.lemma_.lower() in speech and tok.pos_ in ("VERB", "AUX"):
            who = finder.speaker_of(tok)
            if who is not None:
                return who
    return None
