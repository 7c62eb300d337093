"""How firmly, when, and on whose word the text states an event.

The reader walks from the trigger up the dependency tree (its *path*) and
looks at what governs it:

negated
    a ``neg`` dependent ("never worked with"), "no attacks", "without", or a
    negating governor ("failed to", "refused to", "denied").  The walk for
    negation stops at clause boundaries.
factuality (hypothetical > intended > reported > asserted)
    hypothetical: a modal ("may", "could", "would", "can"), a conditional
    clause ("if", "unless"), a supposing governor ("fears of", "concerns
    over", "risk of", "avoid"), a supposing modifier ("potential
    responses"), a question, a bullet under a supposing heading ("can lead
    to:"), or a directive governor ("urged X to ...": only wished);
    intended: "seeks to", "aims to", "vowed to", "decision to", "hope that";
    reported: "reportedly", "allegedly", "according to", "reports that",
    "said to", or a third party's claim ("X said Y attacked Z").
    Subjects are presupposed: "attacks ... can threaten ties" does not make
    the attacks hypothetical; but a trigger noun that is the passive subject
    of the verb naming its agent ("X said the attack was carried out by Y")
    is read from that verb.
    A "would" in a clause reported by a past speech verb ("said it would
    withdraw") is the speaker's "will": future, not hypothetical.
    ``conditional`` marks a clause that is hypothetical only through a
    condition ("will boycott unless ..."): the extractor codes such announced
    hostile acts as threats.
timeframe
    past: "once", "formerly", past perfect ("had taken"), "during the ...
    War", an explicit date more than a year before the article; future:
    "will", reported "would", "upcoming", "next", "soon" (an adverb never
    makes a past-tense verb future: "days later, X struck"); otherwise current.
attributed_to
    the speaker of a speech verb governing the trigger ("X emphasized ...",
    "..., he said"), "according to X", or the speaker of the previous
    sentence when a quotation continues.  A speaker who is a source, or a
    body of a source's state ("the Turkish defence ministry said" of Turkish
    jets), states its own act: asserted, not reported.

Confidence (0..1): the entry's base (verbs 0.8, nouns 0.65 unless the entry
says otherwise), +0.1 when both actors come straight from the parse, -0.15
when the source was inherited from a controlling verb, -0.1 when an actor
was read from a modifier, -0.2 when filled from a list heading; then scaled
by 0.75 (reported), 0.8 (intended), 0.5 (hypothetical), 0.9 (negated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from allegiance.events.arguments import ArgumentFinder, Frame, indicative
from allegiance.events.discourse import Segment
from allegiance.events.referents import phrasal_forms, word_forms
from allegiance.events.triggers import Match
from allegiance.lexicon import Lexicon
from allegiance.records import ActorKind, Factuality, Timeframe

# Edges that leave the trigger's clause (negation and time stop there).
_CLAUSE_EDGES = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "conj"})
# Edges by which a governor ("fear", "seek", "urge", "report") dominates its complement;
# not apposition or coordination ("facing a choice: fighting ...").
_GOVERNED_EDGES = frozenset({"xcomp", "ccomp", "acl", "pcomp", "prep", "pobj", "dobj"})
_SUBJECT_EDGES = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "relcl"})
_YEAR = re.compile(r"\b(1[5-9]\d{2}|20\d{2})\b")
_SECTOR = re.compile(r"^[A-Z]{3}-[A-Z]{3}$")
_DECADE = re.compile(r"\b(1[5-9]\d0|20\d0)s\b")
_PAST_EPOCH = frozenset({"war", "era", "occupation", "invasion", "insurgency", "regime",
                         "decade", "decades", "years", "rule", "reign", "dictatorship"})


@dataclass(frozen=True)
class Modality:
    """The modality of one event mention."""

    negated: bool = False
    factuality: Factuality = Factuality.ASSERTED
    timeframe: Timeframe = Timeframe.CURRENT
    attributed_to: str | None = None
    # hypothetical only through a condition ("will boycott the vote unless ...")
    conditional: bool = False


@dataclass(frozen=True)
class _Step:
    token: Token
    edge: str | None  # the dependency by which the walk entered this token


class ModalityReader:
    """Reads modality for triggers of one sentence."""

    def __init__(self, lexicon: Lexicon, finder: ArgumentFinder, seg: Segment,
                 heading: Segment | None, quote_speaker: str | None,
                 article_year: int | None) -> None:
        self.finder = finder
        self.seg = seg
        self.heading = heading
        self.quote_speaker = quote_speaker
        self.article_year = article_year
        w = lexicon.words
        self.neg_words = w("modality.negation.words")
        self.neg_governors = w("modality.negation.governors")
        self.denials = w("modality.negation.clause_governors")
        self.litotes = w("modality.negation.litotes")
        self.modals = w("modality.hypothetical.modals")
        self.marks = w("modality.hypothetical.marks")
        self.hyp_governors = w("modality.hypothetical.governors")
        self.warnings = w("modality.hypothetical.warning_governors")
        self.hyp_subject_governors = w("modality.hypothetical.subject_governors")
        self.hyp_modifiers = w("modality.hypothetical.modifiers")
        self.heading_phrases = w("modality.hypothetical.heading_phrases")
        self.intent = w("modality.intended.governors")
        self.directives = w("modality.intended.directive_governors")
        self.mandatives = w("modality.intended.mandative_governors")
        self.rep_adverbs = w("modality.reported.adverbs")
        self.rep_phrases = w("modality.reported.phrases")
        self.rep_governors = w("modality.reported.governors")
        self.speech = w("modality.attribution.verbs")
        self.past_adverbs = w("modality.timeframe.past_adverbs")
        self.past_mods = w("modality.timeframe.past_modifiers")
        self.future_aux = w("modality.timeframe.future_aux")
        self.future_mods = w("modality.timeframe.future_modifiers")
        self.future_adverbs = w("modality.timeframe.future_adverbs")
        self.backshift = w("modality.timeframe.backshifted_aux")
        self.reporting = w("arguments.reporting_verbs")
        low = seg.text.lower()
        self.seg_reported = any(_has_phrase(low, p) for p in self.rep_phrases)
        self.seg_question = seg.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")
        self.heading_hyp = heading is not None and any(
            _has_phrase(heading.text.lower(), p) for p in self.heading_phrases)

    def read(self, match: Match, frame: Frame) -> Modality:
        """Modality of one trigger with its arguments.

        A trigger noun that is the passive subject of the verb it takes its
        agent from ("officials said the attack was carried out by X") is as
        firm as that verb: the clause states who did it.
        """
        anchor = match.anchor
        if frame.governor is not None and anchor.dep_ == "nsubjpass":
            gov = anchor.doc[frame.governor]
            return self.read_token(gov, (gov.i,), {a.actor for a in frame.sources})
        return self.read_token(anchor, match.tokens, {a.actor for a in frame.sources})

    def read_token(self, anchor: Token, tokens: tuple[int, ...] = (),
                   sources: set[str] | None = None) -> Modality:
        """Modality of any cue word (``tokens``: the cue's own words, for relations too).

        A claim by a speaker who is not among ``sources`` is *reported*.
        """
        path = self._path(anchor)
        negated = self._negated(tokens or (anchor.i,), path)
        fact, speaker, conditional = self._factuality(path)
        if fact is Factuality.ASSERTED and speaker is not None and not self._own_word(
                speaker, sources or set()):
            fact = Factuality.REPORTED
        return Modality(negated, fact, self._timeframe(path), speaker, conditional)

    def _own_word(self, speaker: str, sources: set[str]) -> bool:
        """The speaker is a source, or a body of the same state ("Turkish warplanes
        struck ..., the Turkish defence ministry said": Turkey's own word)."""
        if speaker in sources:
            return True
        state = self._state(speaker)
        return state is not None and any(self._state(s) == state for s in sources)

    def _state(self, actor_id: str) -> str | None:
        if _SECTOR.match(actor_id):
            return actor_id[:3]
        actor = self.finder.analysis.actors.get(actor_id)
        if actor is not None and actor.kind is ActorKind.STATE:
            return actor_id
        return None

    # ------------------------------------------------------------------

    def _path(self, anchor: Token) -> list[_Step]:
        steps = [_Step(anchor, None)]
        cur = anchor
        lo, hi = self.seg.span.start, self.seg.span.end
        while cur.head.i != cur.i and lo <= cur.head.i < hi and len(steps) < 12:
            steps.append(_Step(cur.head, cur.dep_))
            cur = cur.head
        return steps

    def _negated(self, tokens: tuple[int, ...], path: list[_Step]) -> bool:
        """Whether the trigger's clause says its act does not happen: an odd number of
        negations up to the clause boundary ("refused to attack"; "did not stop
        attacking" and "refused to end its backing" cancel out)."""
        count = 0
        for n, step in enumerate(path):
            tok = step.token
            if n > 0 and phrasal_forms(tok) & self.neg_governors and step.edge in (
                    "xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep", "acl"):
                count += 1  # ("acl": "its refusal to end ...")
            if tok.pos_ == "ADP" and tok.lower_ == "without":
                count += 1
            litotes = n > 0 and bool(word_forms(tok) & self.litotes)
            if not litotes and any(self._negation(c) and (n == 0 or c.i not in tokens)
                                   for c in tok.children):
                count += 1
            if n + 1 < len(path) and path[n + 1].edge == "ccomp" \
                    and phrasal_forms(path[n + 1].token) & self.denials \
                    and not any(self._negation(c) for c in path[n + 1].token.children):
                count += 1  # "Iran denied that its forces had struck the tanker"
            if n + 1 < len(path) and path[n + 1].edge in _CLAUSE_EDGES | _SUBJECT_EDGES \
                    and not (path[n + 1].edge == "acl"
                             and phrasal_forms(path[n + 1].token) & self.neg_governors):
                break
        return count % 2 == 1

    def _factuality(self, path: list[_Step]) -> tuple[Factuality, str | None, bool]:
        """(factuality, speaker, hypothetical only through a condition clause)."""
        hyp = self.seg_question or self.heading_hyp or _imperative(path)
        cond = False
        intended = False
        reported = self.seg_reported
        speaker: str | None = None
        # "The raid was reportedly the largest ...": a hedge anywhere above the trigger
        if any(c.dep_ == "advmod" and c.lower_ in self.rep_adverbs
               for step in path for c in step.token.children):
            reported = True
        for n, step in enumerate(path):
            tok = step.token
            lemma = tok.lemma_.lower()
            if n > 0 and path[n - 1].token.dep_ in _SUBJECT_EDGES:
                # a subject is presupposed by its clause, unless the clause is a
                # condition ("if a US strike on Syria goes ahead")
                hyp = hyp or any(c.dep_ == "mark" and c.lower_ in self.marks
                                 for c in tok.children)
                # "A direct clash between X and Y risks a wider war": an indefinite
                # act that would have consequences is only supposed
                below = path[n - 1].token
                hyp = hyp or (lemma in self.hyp_subject_governors and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in below.children))
                break
            # a modal or condition on a verb that merely reports the trigger's clause
            # ("we cannot wait ..." over a spliced "we ask for their aid") does not scope
            local = not any(path[k].token.dep_ in ("ccomp", "parataxis") for k in range(n))
            for c in tok.children:
                if not local and c.dep_ in ("aux", "mark", "advcl"):
                    continue
                if self._backshifted(c, tok):
                    continue  # "said it would withdraw": a reported future
                if self._supposing(c, tok):
                    if c.dep_ in ("mark", "advcl"):
                        cond = True
                    else:
                        hyp = True
            if n == 0:
                continue
            below = path[n - 1].token
            inward = below.dep_
            forms = word_forms(tok)
            if inward == "advcl" and forms & self.directives and _infinitival(below):
                hyp = True  # "pleaded with X to halt ...": the parser's advcl is the plea
                continue
            if inward not in _GOVERNED_EDGES:
                continue
            infinitive = inward == "xcomp" or (inward in ("ccomp", "acl") and _infinitival(below))
            if forms & self.warnings and inward == "ccomp" and _stated_now(below):
                reported = True  # "warned that Iran is delivering missiles": alleged
            elif forms & self.hyp_governors:
                hyp = True
            if forms & self.directives and (infinitive or inward == "dobj"):
                hyp = True  # "urged X to ...": only wished for
            elif forms & self.mandatives and inward == "ccomp" and _mandative(
                    below, tok.tag_ in ("VBD", "VBN") or bool(forms & self.directives)):
                hyp = True  # "demanded that Iraq expel ...": only wished for
            elif forms & self.intent and (infinitive or inward in ("pcomp", "prep", "pobj",
                                                                   "dobj")):
                intended = True
            if forms & self.rep_governors and not forms & self.speech:
                reported = True
            if speaker is None and lemma in self.speech and tok.pos_ in ("VERB", "AUX"):
                speaker = self._speaker_of(tok)
        if speaker is None:
            speaker = self._side_speaker(path) or self.quote_speaker
        if hyp or cond:
            return Factuality.HYPOTHETICAL, speaker, cond and not hyp
        if intended:
            return Factuality.INTENDED, speaker, False
        if reported:
            return Factuality.REPORTED, speaker, False
        return Factuality.ASSERTED, speaker, False

    def _negation(self, c: Token) -> bool:
        """ "not", "never", "no attacks" as a dependent."""
        return c.dep_ == "neg" or (c.lower_ in self.neg_words
                                   and c.dep_ in ("det", "advmod", "preconj"))

    def _supposing(self, c: Token, head: Token) -> bool:
        """A dependent that makes its head supposed: a modal, "if", a condition clause
        (the head is its consequent), or "potential"/"possible" on a noun."""
        clow = c.lower_
        if c.dep_ == "aux":
            return c.tag_ == "MD" and clow in self.modals
        if c.dep_ == "mark":
            return clow in self.marks
        if c.dep_ == "advcl":
            # "even if they are fleeing": a concession, the consequent holds anyway
            return any(g.dep_ == "mark" and g.lower_ in self.marks for g in c.children) and not (
                any(g.dep_ == "advmod" and g.lower_ == "even" for g in c.children))
        return c.dep_ == "amod" and clow in self.hyp_modifiers and head.pos_ != "VERB"

    def _speaker_of(self, verb: Token) -> str | None:
        return self.finder.speaker_of(verb)

    def _side_speaker(self, path: list[_Step]) -> str | None:
        """ "..., he said" (parataxis) and "according to X" in the trigger's sentence."""
        top = path[-1].token
        for c in top.children:
            if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in self.speech:
                who = self._speaker_of(c)
                if who:
                    return who
        for tok in self.seg.span:
            if tok.lower_ == "according":
                for to in tok.children:
                    for o in to.children:
                        if o.dep_ == "pobj":
                            args = self.finder.actors(o)
                            if args:
                                return args[0].actor
        return None

    def _timeframe(self, path: list[_Step]) -> Timeframe:
        past = future = False
        for n, step in enumerate(path):
            tok = step.token
            for c in tok.children:
                past = past or self._past_cue(c, tok, anchor=n == 0)
                future = future or self._future_cue(c, tok, anchor=n == 0)
            past = past or _used_to(tok)
            if n + 1 < len(path) and path[n + 1].edge in _CLAUSE_EDGES | _SUBJECT_EDGES:
                break
        if past:
            return Timeframe.PAST
        if future:
            return Timeframe.FUTURE
        return Timeframe.CURRENT

    def _past_cue(self, c: Token, head: Token, *, anchor: bool) -> bool:
        """ "once", past perfect "had taken", "former" (on the trigger noun),
        "during the war", "in 1988" (before the article's year)."""
        clow = c.lower_
        if c.dep_ == "advmod":
            # "Once bitter rivals, X and Y restored ties": an adverb with a noun
            # phrase of its own dates that description, not the verb
            return clow in self.past_adverbs and not any(
                k.dep_ in ("pobj", "dobj", "npadvmod", "attr", "appos") or k.pos_ == "NOUN"
                for k in c.children)
        if c.dep_ == "aux":
            return c.lemma_.lower() == "have" and c.tag_ == "VBD" and head.tag_ == "VBN"
        if c.dep_ == "amod":
            return anchor and clow in self.past_mods
        if c.dep_ == "prep" and clow == "during":
            return self._past_epoch(c)
        return c.dep_ == "prep" and clow == "in" and self._old_date(c)

    def _future_cue(self, c: Token, head: Token, *, anchor: bool) -> bool:
        """ "will", reported "would", "soon", "upcoming" (on the trigger noun); an
        adverb does not make a past-tense verb future ("days later, X struck")."""
        clow = c.lower_
        if c.dep_ == "advmod":
            return clow in self.future_adverbs and head.tag_ not in ("VBD", "VBN")
        if c.dep_ == "aux":
            return clow in self.future_aux or self._backshifted(c, head)
        return c.dep_ == "amod" and anchor and clow in self.future_mods

    def _backshifted(self, c: Token, head: Token) -> bool:
        """ "X said it would V": "would" in a clause reported by a past speech verb is
        the reported speaker's "will", not a supposition (a condition still is)."""
        if c.dep_ != "aux" or c.lower_ not in self.backshift:
            return False
        clause = head
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp":
            return False
        verb = clause.head
        return (verb.lemma_.lower() in self.speech | self.reporting
                and verb.tag_ in ("VBD", "VBN"))

    def _past_epoch(self, prep: Token) -> bool:
        for o in prep.children:
            if o.dep_ == "pobj" and (o.ent_type_ == "EVENT" or o.lemma_.lower() in _PAST_EPOCH
                                     or self._old_text(" ".join(t.text for t in o.subtree))):
                return True
        return False

    def _old_date(self, prep: Token) -> bool:
        return any(o.dep_ == "pobj" and self._old_text(" ".join(t.text for t in o.subtree))
                   for o in prep.children)

    def _old_text(self, text: str) -> bool:
        if _DECADE.search(text):
            return True
        m = _YEAR.search(text)
        return bool(m and self.article_year is not None and int(m.group(1)) < self.article_year)


def _infinitival(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _mandative(verb: Token, wanting: bool) -> bool:
    """A "that" clause of wanting: its own subject and a verb in the base form
    ("that Iraq expel", "that the sanctions be lifted"), or "should" ("that Turkey should
    halt"). A present form without "-s" ("that its allies refuse") counts when the
    governor is in the past or only ever wants (``wanting``): "demanded that they
    leave"; "insists that they are" is a claim."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "should" for a in aux):
        return True
    if aux:
        return verb.tag_ == "VBN" and all(a.lower_ == "be" for a in aux)
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and wanting and verb.lemma_ != "be")


def _has_phrase(text: str, phrase: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def confidence(match: Match, frame: Frame, modality: Modality, lexicon: Lexicon,
               *, from_list: bool) -> float:
    """Confidence of an event (rules in the module docstring), rounded to 2 places."""
    n = lexicon.number
    trig = frame.trigger
    verbal = match.pos == "VERB"
    base = trig.confidence if trig.confidence is not None else n(
        "modality.confidence.verb_default" if verbal else "modality.confidence.noun_default")
    vias = {a.via for a in (*frame.sources, *frame.targets)}
    src_vias = {a.via for a in frame.sources}
    if frame.targets and src_vias <= {"direct", "conj"} and {
            a.via for a in frame.targets} <= {"direct", "conj"}:
        base += n("modality.confidence.both_args_direct")
    if src_vias & {"inherited", "governor"}:
        base += n("modality.confidence.inherited_source")
    if "modifier" in vias:
        base += n("modality.confidence.modifier_actor")
    if from_list:
        base += n("modality.confidence.list_context")
    factor = {
        Factuality.REPORTED: n("modality.confidence.reported_factor"),
        Factuality.INTENDED: n("modality.confidence.intended_factor"),
        Factuality.HYPOTHETICAL: n("modality.confidence.hypothetical_factor"),
    }.get(modality.factuality, 1.0)
    if modality.negated:
        factor *= n("modality.confidence.negated_factor")
    return round(min(0.99, max(0.05, base * factor)), 2)


def _used_to(tok: Token) -> bool:
    """ "Qatar used to fund Hamas": the habitual past of "used to" + infinitive."""
    head = tok.head
    return (tok.dep_ == "xcomp" and head.lemma_.lower() == "use" and head.tag_ == "VBD"
            and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in head.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _imperative(path: list[_Step]) -> bool:
    """The trigger's clause is a command ("told his counterpart: stop the shelling",
    "'Leave Syria,' he said"): its verb in the base form with no subject, auxiliary or
    subordinator, heading a sentence, a quotation or a complement. What is commanded
    is only wished."""
    verb = next((st.token for st in path if st.token.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ != "VB" or verb.dep_ not in (
            "ROOT", "ccomp", "xcomp", "parataxis"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl")
           for c in verb.children):
        return False
    if verb.left_edge.i != verb.i:
        return False  # something before the verb in its own clause
    # the clause opens a sentence, a quotation or follows a colon ("told X: stop");
    # a bare infinitive ("helping prop up the regime", "let X pass") opens none
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is None or bool(before.is_sent_end) or before.text in (
        ":", '"', "\u201c", "'", "\u2018") or bool(verb.is_sent_start)


_NOT_YET_AUX = frozenset({"will", "would", "may", "might", "could", "can", "should", "shall",
                          "must", "wo", "'ll"})


def _stated_now(clause: Token) -> bool:
    """A complement stating what is or was ("that Iran is delivering missiles", "that
    Iran has sent"), not what might come ("that Iran would attack")."""
    aux = {a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass")}
    return not aux & _NOT_YET_AUX and indicative(clause)
