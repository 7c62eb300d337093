"""Who did it to whom: source and target actors of a trigger, from the parse.

Noun phrases are read by ``referents.Referents`` (what actor a phrase stands
for), clause-level readings by ``frames.Clauses``; this module decides which
phrases fill which role.  Rules (each has a hand-built-Doc test in
tests/test_events_arguments.py, tests/test_events_generality.py or
tests/test_events_constructions.py):

verbs
    active subject -> source, direct object (or dative) that is an actor ->
    target (a second "direct object" is a parser's mis-attached apposition
    and is ignored); passive: ``nsubjpass`` -> target, ``by`` agent -> source
    ("Syria was urged by Turkey"); a passive without an agent takes the agent
    of the act it happened in ("killed in a drone strike by X", "killed in an
    American strike"); prepositions per the lexicon entry ("attack on", "work
    with"), also when the parser hangs them on the direct object ("threatened
    action against X"); a target phrase that names no actor gives its owner
    ("struck sites belonging to X"); participles: "rebels armed by Russia"
    (acl, past: the noun is the target) and "militias fighting against IS"
    (acl, -ing: the noun is the source; after a comma, when that noun names
    no actor, the noun phrase the comma closes: "led by the PMF, the umbrella
    of volunteer groups, fighting alongside the army"); a verb *without* a
    subject takes it
    from the verb that controls it (xcomp, conj, advcl, "in pushing back",
    "decision to confront"), from the object for "accused X of attacking"
    and from the antecedent for relative clauses; a verb whose subject names
    no actor has no source.
required objects
    entries with ``objects`` ("send troops", "lift sanctions") look at the
    direct object (the passive subject in the passive; the "of" object of a
    quantity: "700 kg of medicine"); its owner, its "from"/"of" object and the
    entry's prepositions on it or on a participle it heads ("sanctions
    imposed on X") give the target.
complements
    entries with ``complement`` ("turned X into a permanent force",
    "designated X as a terrorist organization", "declared X illegal") count
    only when the "into"/"as" object or small clause carries one of its
    words; the object (the small clause's subject) is the target.
nouns
    possessor, "by"/"from" objects and modifier actors ("US strikes") ->
    source; lexicon prepositions and "of" (per entry) -> target; a trigger
    noun governed by an agentive verb ("conducted operations against",
    "involved in attacks") takes that verb's subject (its "by" agent in the
    passive: "the attack was carried out by X"), by an inverse verb
    ("received aid from Qatar") takes the receiver as target and the
    "from" object as source, by "blamed/accused X for/of" takes X, by
    "claimed responsibility for" the claimer, by "X is seen as ... in the
    fight against" the one described; the subject of a raising verb is the
    subject of its passive infinitive ("the attack was believed to have been
    carried out by X"); what "a response to" or "under" a trigger noun answers
    falls on the one who responds ("the move was seen as a response to
    pressure from Y", "X resigned under pressure from Y").
frames
    one trigger may give several frames of different types when a
    preposition or required object licenses each ("fought alongside X against
    Y"); two conjoined subjects are each other's partners only when the verb
    has no object of its own ("X and Y met", not "X and Y fought the same
    enemy").  ``Frame.affected`` records that the act was done to a concrete
    thing that is no actor, which keeps material acts without a target.
speech acts
    "rejected a U.S. request", "praised Haiti's efforts": the owner of the
    object is the target; "refused/threatened/offered to V ... X" borrows the
    infinitive's target (not from verbs whose object is a victim: "vowed to
    avenge X"); "demanded that X ...", "urged X to ...", "said X must ..."
    target the complement's subject.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from allegiance.actors.tables import load_tables
from allegiance.analysis import ActorAnalysis
from allegiance.events.frames import TARGETLESS_TYPES, Clauses, Frame, active_participle
from allegiance.events.referents import Arg, entity_text, one_member, phrasal_forms, word_forms
from allegiance.events.triggers import Match
from allegiance.lexicon import Lexicon, Trigger
from allegiance.records import ActorKind, EventType

__all__ = ["TARGETLESS_TYPES", "Arg", "ArgumentFinder", "Frame"]

_VERB = frozenset({"VERB", "AUX"})
PLACE = "@place"
"""In an entry's ``objects``: any named place that is no actor ("captured Tel Abyad")."""
ACTOR = "@actor"
"""In an entry's ``objects``: any actor mention ("drove ISIS from Kobani")."""
_MAX_CLIMB = 7
# speech acts: their object's owner is their target ("rejected Iran's offer")
_VERBAL_TYPES = frozenset({EventType.AGREE, EventType.CONSULT, EventType.SUPPORT,
                           EventType.CONCEDE, EventType.REQUEST, EventType.ACCUSE,
                           EventType.REJECT, EventType.THREATEN})
# acts of backing: "backed by X" on an act noun backs the act's doer
_BACKING_TYPES = frozenset({EventType.SUPPORT, EventType.AID, EventType.COOPERATE})
# auxiliaries of a clause that says what its subject will do ("warned it would strike")
_PROMISE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
# prepositions whose object an embedded infinitive's target may be
_INNER_PREPS = frozenset({"to", "with", "on", "against", "from", "into", "at", "for", "upon"})
# acts whose object's owner is their target ("captured a Karen stronghold")
_OWNER_TARGET_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.PROTEST})
# acts whose target a purpose clause may name ("sent aid to help X", "deployed
# troops to deter X")
_PURPOSE_TYPES = frozenset({EventType.AID, EventType.SUPPORT, EventType.COOPERATE,
                            EventType.MOBILIZE})

# relative pronouns that stand for the noun a relative clause modifies
_RELATIVE_OBJECTS = frozenset({"that", "which", "who", "whom"})


class ArgumentFinder(Clauses):
    """Reads the arguments of triggers inside one sentence (``lo``..``hi``)."""

    def __init__(self, analysis: ActorAnalysis, lexicon: Lexicon, lo: int, hi: int) -> None:
        """Arguments inside tokens ``lo``..``hi``; set ``speaker`` for quoted sentences."""
        super().__init__(analysis, lexicon, lo, hi)
        w = lexicon.words
        self.agentive = w("arguments.agentive_governors")
        self.inverse = w("arguments.inverse_governors")
        self.defence_verbs = w("arguments.defence_verbs")
        self.undergoing = w("arguments.undergoing_verbs")
        self.stative_passives = w("arguments.stative_passives")
        self.arrivals = w("arguments.arrival_governors")
        self.protest_purposes = w("arguments.protest_purposes")
        self.helping = w("arguments.helping_purposes")
        self.deterring = w("arguments.deterring_purposes")
        self.invitations = w("arguments.invitation_nouns")
        self.invitation_verbs = w("arguments.invitation_verbs")
        self.descriptive = w("arguments.descriptive_governors")
        self.accusing = w("arguments.accusing_governors")
        self.responsibility = w("arguments.responsibility_nouns")
        self.victim_verbs = w("arguments.victim_verbs")
        self.climb_preps = w("arguments.climb_preps")
        self.raising = w("arguments.raising_verbs")
        self.responses = w("arguments.response_nouns")
        self.target_nouns = w("arguments.target_nouns")
        self.dealings = w("arguments.dealing_nouns")
        self.deliberation = w("arguments.deliberation_objects")
        self.instrument_heads = w("arguments.instrument_heads")
        self.measures = w("arguments.measure_nouns")
        self.reticence = w("arguments.reticence_verbs")

    # ------------------------------------------------------------- public

    def frames(self, match: Match) -> list[Frame]:
        """The frames of ``match``: the first entry whose frame is complete, plus any
        other entry of another type that a preposition licenses ("fought alongside
        X against Y"); else the first partial frame (a list heading may fill it).

        Entries with a constraint (required objects, control, governor) are tried
        before general ones: "send troops" is MOBILIZE before it is AID.
        """
        # the most specific entries first: a named governor ("received a call"), then a
        # required object or complement, then a controlled clause
        ordered = sorted(match.triggers, key=lambda t: (not t.governed_by,
                                                        not (t.objects or t.complement),
                                                        not t.control))
        found: list[Frame] = []
        partial: Frame | None = None
        for trig in ordered:
            if match.pos == "VERB":
                f = self._verbal(match, trig)
            elif match.pos in ("NOUN", "ADJ"):
                f = self._nominal(match, trig)
            else:
                f = None
            if f is None:
                continue
            if f.usable:
                licensed = trig.need_prep or bool(trig.objects)
                if not found or (licensed and all(x.trigger.type is not trig.type
                                                  for x in found)):
                    found.append(f)
                continue
            partial = partial or f
        if found:
            return found
        return [partial] if partial is not None else []

    def frame(self, match: Match) -> Frame | None:
        """The first frame of ``match`` (see ``frames``), or None."""
        fs = self.frames(match)
        return fs[0] if fs else None

    # ------------------------------------------------------------- verbs

    def _verbal(self, m: Match, trig: Trigger) -> Frame | None:
        v = m.anchor
        self._touched = False
        srcs: list[Arg] = []
        tgts: list[Arg] = []
        passive = self._is_passive(v)
        agents = [o for a in self._kids(v, ("agent",)) for o in self._kids(a, ("pobj",))]
        if not agents and v.tag_ == "VBN":
            # "trained and armed by the US": coordinated participles share the agent
            agents = [o for sib in self._conj_siblings(v) if sib.tag_ == "VBN"
                      for a in self._kids(sib, ("agent",)) for o in self._kids(a, ("pobj",))]
            passive = passive or bool(agents)
        if passive and not agents and v.lemma_.lower() in self.stative_passives and any(
                p.lower_ == "to" for p in self._kids(v, ("prep",))):
            # "Israel is opposed to French mediation": a stance held, not done to Israel
            passive = False
            subjects = self._kids(v, ("nsubjpass",))
        else:
            subjects = self._kids(v, ("nsubjpass",) if passive else ("nsubj",))
        if not subjects and not passive:
            # "USAID sent aid": the parser takes a sentence-initial acronym for an adverb
            subjects = [c for c in self._kids(v, ("advmod", "npadvmod"))
                        if c.i < v.i and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
                        and self.analysis.at_token(c.i) is not None]
        objs = self._kids(v, ("dobj",))[:1] + self._kids(v, ("dative",))
        if not passive and (not objs or objs[0].lower_ in _RELATIVE_OBJECTS):
            # "the militias Turkey is battling", "the Houthis that Iran has armed"
            objs = self._gap_object(v, subjects) or objs
        if trig.intransitive and objs:
            return None
        if trig.need_infinitive and not any(
                not any(a.dep_ == "nsubj" for a in c.children) and c.tag_ == "VB"
                for c in self._kids(v, ("xcomp", "ccomp"))):
            return None  # "told X that ...": a statement, no instruction
        if trig.no_small_clause and (self._kids(v, ("oprd", "ccomp")) or len(
                self._kids(v, ("dobj", "dative"))) > 1):
            return None  # "called X an animal": a naming, not a call
        if trig.not_objects and any(o.lemma_.lower() in trig.not_objects or
                                    o.lower_ in trig.not_objects for o in objs):
            return None  # "abandon the plan": with this object the verb codes nothing
        if any(word_forms(o) & self.deliberation for o in objs) and (
                trig.type is not EventType.REJECT):
            return None  # "explored the possibility of", "studied options": thinking, no act
        if trig.type is EventType.REJECT and trig.inner and any(
                c.lemma_.lower() in self.reticence for c in self._kids(v, ("xcomp",))):
            return None  # "declined to comment", "refused to elaborate": no stance on anyone
        if trig.complement:
            # "turned X into a permanent force", "declared X illegal"
            words, small = self._complement(v)
            if not words & trig.complement:
                return None
            tgts += [a for sub in small for a in self.actors(sub)]
        if passive:
            for a in agents:
                srcs += self.actors(a)
            if not agents:
                srcs += self.instrument_agents(v)
            if not agents and v.lemma_.lower() in self.invitation_verbs and v.dep_ == "ccomp" \
                    and v.head.lemma_.lower() in self.reporting:
                # "Moscow announced that Kurdish representatives would be invited": the
                # host announces its invitation
                srcs += [replace(a, via="governor") for a in self.subject_of(v.head)]
        else:
            for s in subjects:
                srcs += self.actors(s)
            if not srcs:
                srcs += self.relative_author(v, subjects)
        affected = any(self.thing(o) for o in objs)
        if trig.subject == "target" and not passive:
            # "came under fire from X", "the town fell to X": the subject is acted on
            tgts += srcs
            srcs = []
            affected = affected or any(self.thing(s) for s in subjects)
        if trig.objects:
            # the thing acted on: the object, or the passive subject ("troops were sent")
            things = subjects if passive else objs
            if trig.object_preps:
                # "withdrew from the deal", "pulled out of the accord", "reneged on it"
                for p in self._kids(v, ("prep",)):
                    if p.lower_ not in trig.object_preps:
                        continue
                    # "out of" parses as a chain of two prepositions
                    chain = [q for q in self._kids(p, ("prep",)) if q.lower_ in trig.object_preps]
                    things = things + [o for q in (p, *chain) for o in self._kids(q, ("pobj",))]
            if trig.not_objects and any(o.lemma_.lower() in trig.not_objects for o in things):
                return None  # "called for the lifting of sanctions": no call for sanctions
            wanted = [h for o in things for h in self.wanted_heads(o, trig)]
            if not wanted:
                return None
            affected = True
            tgts += self._object_targets(m, trig, wanted)
            if passive and not srcs and trig.type in (EventType.RETREAT, EventType.CONCEDE):
                # "US sanctions on Turkish officials were lifted": who imposed them lifts
                have = {a.actor for a in tgts}
                srcs += [a for o in wanted for a in self.modifiers(o, "modifier")
                         if a.actor not in have]
            if passive and trig.type is EventType.MOBILIZE and not srcs and _eventive(v):
                # "snipers were deployed": the force mobilised is the one acting;
                # "troops are stationed in X" states a fact, no event
                srcs += [a for o in wanted for a in self.owners(o, "modifier")]
                srcs += [a for o in wanted for a in self.actors(o)]
            elif not passive:
                for o in objs:
                    if o not in wanted and not any(  # "gave Iraq weapons"
                            w in o.subtree for w in wanted):
                        tgts += self.actors(o)
        elif passive:
            for s in subjects:
                tgts += self.actors(s)
            affected = affected or any(self.thing(s) for s in subjects)
        if trig.control:
            if not trig.modal:
                for o in objs:
                    tgts += self.actors(o)
            controlled = self._controlled_subjects(v, objs, trig.modal)
            if trig.modal and not controlled:
                return None  # "X was told by Y that she will ...": no "must" clause
            for s in controlled:
                tgts += self.actors(s)
            if not tgts and not trig.modal:
                # "demanded the departure of American troops" (not "expect
                # American pressure": the modifier is no addressee)
                for o in objs:
                    for x in self.prep_objects(o, ("of", "by", "from")):
                        tgts += [replace(a, via="governor") for a in self.actors(x)]
            if not tgts and not trig.modal:
                # "called on Russia to stop", "appealed to the UN": the addressee
                self._apply_preps(m, trig, (v,), [], tgts, only_targets=True)
            if not tgts:
                return None
        elif not trig.objects and v.lemma_.lower() not in self.victim_verbs:
            tgts += self._object_actors(trig, objs)
        host = self._head(v)
        if v.dep_ == "conj" and v.tag_ == "VBN" and host is not None \
                and host.dep_ in ("acl", "amod") and host.tag_ == "VBN":
            v_acl, host = host, self._head(host)  # "X, trained and armed by Y": X's
        else:
            v_acl = v
        if (v_acl.dep_ == "acl" or v_acl is not v) and host is not None:
            if active_participle(v):
                srcs += self.participle_subject(v, host)
            elif v.tag_ == "VBN":
                hosted = self.participle_host(v_acl, host)
                got = self.actors(hosted)
                if not got and trig.type in _BACKING_TYPES and word_forms(hosted) & self.act_nouns:
                    # "an offensive backed by Russian air strikes": the offensive's doer
                    got = self._act_doers(hosted)
                tgts += got
                affected = True
        inner: Token | None = None
        if trig.inner and not tgts:
            inner, borrowed = self._inner_targets(v)
            tgts += borrowed

        prep_found, between = self._apply_preps(m, trig, (v,), srcs, tgts)
        if not tgts and trig.type in _VERBAL_TYPES and not trig.control:
            # "is opposed to French mediation", "objected to Iran's proposal": a stance
            # on a thing answers whoever made or owns it
            for p in self._kids(v, ("prep",)):
                if p.lower_ not in trig.preps:
                    continue
                for o in self._kids(p, ("pobj",)):
                    if not self.actors(o):
                        tgts += self.modifiers(o, "modifier")
                        tgts += [replace(a, via="modifier") for x in self._kids(o, ("poss",))
                                 for a in self.actors(x)]
            prep_found = prep_found or bool(tgts)
        if (not tgts or (trig.need_prep and not prep_found)) and not trig.control:
            # the parser often hangs the verb's prepositions on its object ("threatened
            # further action against Russia") or on the object of its own preposition
            # ("joined forces with tribes against X", "agreed to a truce with X")
            hosts = [o for o in objs if not self.actors(o)]
            hosts += [o for p in self._kids(v, ("prep",)) for o in self._kids(p, ("pobj",))
                      if trig.need_prep or not self.actors(o)]
            found, _ = self._apply_preps(m, trig, hosts, srcs, tgts, only_targets=True,
                                         extra=True)
            prep_found = prep_found or found
        if not tgts and trig.type in (EventType.REJECT, EventType.AGREE):
            # "objected to any invitation being extended to the PYD"
            tgts += self._dealt_with([o for p in self._kids(v, ("prep",)) if p.lower_ in trig.preps
                                      for o in self._kids(p, ("pobj",))])
            prep_found = prep_found or bool(tgts)
        bare = not objs and not self._kids(v, ("prep",))
        if not tgts and bare and not trig.objects and not trig.control:
            # "shelled and destroyed the town": the object of the last conjunct is shared
            for sib in self._conj_siblings(v):
                for o in self._kids(sib, ("dobj",)):
                    tgts += self.actors(o, "conj")
                found, _ = self._apply_preps(m, trig, (sib,), srcs, tgts, only_targets=True)
                prep_found = prep_found or found
        if not srcs and not agents and not subjects:
            srcs += [replace(a, via="inherited") for a in self._inherit(v)]
        if trig.armed_source:
            # "Turkish troops entered Syria" (not "Putin entered Syria on a visit"); a
            # force's own will counts ("Turkish forces are determined to enter Syria")
            srcs = [a for a in srcs if self._armed(a.actor)
                    and a.via not in ("governor", "list")
                    and (a.via != "inherited" or v.dep_ == "xcomp")]
            if not srcs:
                return None
        # "X and Y fought": each other; "X and Y fought the same enemy": no pair
        pair = not objs or bool(trig.objects) or all(o.i in m.tokens for o in objs) or (
            trig.symmetric and all(word_forms(o) & self.pacts for o in objs))  # "agreed a deal"
        if trig.need_prep and not (prep_found or between) and not (
                trig.symmetric and pair and len(srcs) > 1):
            return None
        if not tgts and trig.type is EventType.PROTEST:
            tgts += self._protested(v, srcs)
        if not tgts and trig.type in _PURPOSE_TYPES:
            tgts += self._purposed(v, trig.type, srcs)
        # a verb phrase names its own object ("took up positions", "pulled back")
        phrase = len(m.tokens) > 1
        return self._finish(trig, srcs, tgts, None, inner,
                            affected=affected or self._touched or phrase, pair=pair)

    def _armed(self, actor_id: str) -> bool:
        """A state's military or an armed group (a collective of armed groups too)."""
        if actor_id.endswith("-MIL"):
            return True
        actor = self.analysis.actors.get(actor_id)
        return actor is not None and actor.kind is ActorKind.ARMED_GROUP

    def _gap_object(self, v: Token, subjects: list[Token]) -> list[Token]:
        """The noun a relative clause with its own subject and no object modifies is
        the clause's object ("the militias Turkey is battling", "the deal that the
        US abandoned"); not when a relative adverb or preposition takes the gap
        ("the town where ISIS attacked", "the base from which X fired")."""
        if not subjects or any(
                s.tag_ in ("WDT", "WP") or s.lower_ in _RELATIVE_OBJECTS for s in subjects):
            return []
        if v.dep_ in ("ccomp", "advcl") and v.head.pos_ == "VERB" \
                and v.head.lemma_.lower() not in self.reporting:  # "told Putin Turkey would"
            # "provided arms for the Kurdish militias Turkey is now battling": the parser
            # hangs the reduced relative on the verb; the noun phrase just before its
            # subject (no comma, no "that") is the one it modifies
            first = min((t.i for s in subjects for t in s.subtree), default=v.i)
            before = v.doc[first - 1] if first - 1 >= self.lo else None
            if before is None or before.pos_ not in ("NOUN", "PROPN") or any(
                    c.dep_ == "mark" for c in v.children) or before.dep_ not in (
                    "pobj", "dobj") or self.analysis.at_token(before.i) is None:
                return []
            host: Token | None = before
        elif v.dep_ != "relcl":
            return []
        else:
            host = self._head(v)
        if host is None or host.pos_ not in ("NOUN", "PROPN"):
            return []
        for c in v.children:
            if c.dep_ == "dobj" and c.lower_ not in _RELATIVE_OBJECTS:
                return []
            if c.dep_ in ("xcomp", "ccomp"):
                return []  # "the militias Turkey refused to fight": the gap is below
            if c.tag_ == "WRB" or c.lower_ in ("where", "when", "why", "how"):
                return []
            if c.dep_ in ("prep", "attr", "acomp") and any(
                    t.tag_ in ("WDT", "WP", "WP$") for t in c.subtree):
                return []
        return [host]

    def _complement(self, v: Token) -> tuple[frozenset[str], list[Token]]:
        """What a verb says its object becomes: the words of an "into"/"as" object
        or of a small clause ("made X a permanent force", "declared X illegal"),
        with the small clause's subject."""
        heads = self.prep_objects(v, ("into", "as"))
        small: list[Token] = []
        for c in self._kids(v, ("ccomp", "xcomp", "oprd", "acomp")):
            if c.pos_ in ("NOUN", "ADJ", "PROPN"):
                heads.append(c)
                small += self._kids(c, ("nsubj",))
        words: set[str] = set()
        for h in heads:
            words |= word_forms(h)
            for c in self._kids(h, ("amod", "compound", "conj")):
                words |= word_forms(c)
        return frozenset(words), small

    def wanted_heads(self, o: Token, trig: Trigger) -> list[Token]:
        """The words of an object that the entry requires: the object itself, what
        a quantity measures ("700 kg of medicine", "$4 million worth of
        equipment") or a conjunct ("its training and its operations"); for
        ``target_object`` entries a person named as the object counts."""
        if trig.target_object:
            m = self.analysis.at_token(o.i)
            actor = self.analysis.actors.get(m.actor_id) if m is not None else None
            if actor is not None and actor.kind is ActorKind.PERSON:
                return [o]
        out: list[Token] = []
        places = PLACE in trig.objects
        actors = ACTOR in trig.objects
        money = "money" in trig.objects  # "donated USD1 million", "gave $5m"
        for h in (o, *self.prep_objects(o, ("of",))):
            for x in (h, *self._kids(h, ("conj",))):
                wanted = x.lemma_.lower() in trig.objects or x.lower_ in trig.objects or (
                    # "lifted the emergency law", "eased the sanctions regime"
                    x.lemma_.lower() in self.instrument_heads and any(
                        c.dep_ == "compound" and c.lemma_.lower() in trig.objects
                        for c in x.children)) or (
                    money and (x.ent_type_ == "MONEY" or any(
                        c.dep_ == "nummod" and c.lower_ in trig.objects for c in x.children))) or (
                    places and self._is_place_name(x)) or (
                    actors and (self.analysis.at_token(x.i) is not None
                                or bool(self._partners_in(x))))
                if wanted and x not in out:
                    out.append(x)
        return out

    def _is_place_name(self, tok: Token) -> bool:
        """A named place that is no actor of the text ("took Tel Abyad", "seized Mosul")."""
        if self.analysis.at_token(tok.i) is not None or not tok.ent_type_:
            return False
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        return entity_text(tok).casefold() in self.analysis.place_names

    def _object_targets(self, m: Match, trig: Trigger, wanted: list[Token]) -> list[Arg]:
        """Targets read off a required object: its owner, "from"/"of" object, the
        entry's prepositions on it or on a participle it heads."""
        out: list[Arg] = []
        for o in wanted:
            if trig.target_object or trig.type in _OWNER_TARGET_TYPES:
                out += self._partners_in(o) or self.actors(o)  # "expelled two Russian diplomats"
            if trig.type is not EventType.MOBILIZE:  # "strengthened its forces": its own
                for p in self._kids(o, ("poss",)):
                    out += self.actors(p)  # "need their help"
            for x in self.prep_objects(o, ("from", "of")):
                out += self.actors(x)
            heads = [o, *(c for c in self._kids(o, ("acl",)) if c.tag_ == "VBN")]
            self._apply_preps(m, trig, heads, [], out, only_targets=True, extra=True)
        if not out and trig.type in _OWNER_TARGET_TYPES:
            # "recaptured areas lost to ISIS", "seized the rebel-held town": the holder
            for o in wanted:
                if self.analysis.at_token(o.i) is None:
                    out += self.owners(o)
        if not out and trig.type in (EventType.REJECT, EventType.AGREE):
            out += self._dealt_with(wanted)  # "accepted a truce with the YPG"
        if not out and trig.type is EventType.REJECT:
            for o in wanted:  # "resist US sanctions": the measure's maker
                out += self.modifiers(o, "modifier")
        if not out and trig.object_preps:
            # "quit the Iran deal", "pulled out of the Paris accord with France": a
            # pact's modifier is its party
            for o in wanted:
                out += self.modifiers(o, "modifier")
        return out

    def _object_actors(self, trig: Trigger, objs: list[Token]) -> list[Arg]:
        """Targets among a verb's direct objects (see the module doc)."""
        out: list[Arg] = []
        for o in objs:
            out += self._partners_in(o) or self.actors(o)
        if not out:
            # "demanded the withdrawal of Serbian forces", "rejected calls by Belarus"
            for o in objs:
                for x in self.prep_objects(o, ("of", "by", "from")):
                    out += [replace(a, via="governor") for a in self.actors(x)]
        if not out and trig.type in _VERBAL_TYPES:
            # "rejected a U.S. request", "praised Haiti's efforts": a speech act
            # answers whoever made or owns what it is about
            for o in objs:
                out += self.modifiers(o, "modifier")
                for p in self._kids(o, ("poss",)):
                    out += [replace(a, via="modifier") for a in self.actors(p)]
        if not out and trig.type in (EventType.REJECT, EventType.AGREE):
            out += self._dealt_with(objs)
        if not out and trig.type not in _VERBAL_TYPES:
            # a material act on a thing falls on its owner ("raided a building
            # used by X", "struck sites belonging to X")
            for o in objs:
                if self.concrete(o):
                    out += self.owners(o)
            if not out and any(word_forms(o) & self.state_places for o in objs):
                # "attacked cities in Saudi Arabia": the parser hangs the place on the verb
                verb = objs[0].head
                out += [replace(a, via="modifier")
                        for x in self.prep_objects(verb, ("in", "inside", "across"))
                        for a in self.actors(x) if self._is_state(a.actor)]
        return out

    def _purposed(self, v: Token, type_: EventType, srcs: list[Arg]) -> list[Arg]:
        """The target an act's purpose names ("sent aid to help North Korea cope",
        "strengthened its forces in Europe to deter Russian aggression"): help given is
        given to the one helped; forces are mobilised against the one deterred."""
        words = self.helping if type_ is not EventType.MOBILIZE else self.deterring
        own = {a.actor for a in srcs}
        for c in v.children:
            if c.dep_ not in ("advcl", "xcomp") or c.pos_ not in _VERB \
                    or not phrasal_forms(c) & words \
                    or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                continue
            for o in self._kids(c, ("dobj",)):
                got = self.actors(o)
                if not got and not one_member(o):  # "its NATO ally" is not NATO
                    got = self.modifiers(o, "modifier") or [
                        a for p in self._kids(o, ("poss",)) for a in self.actors(p)]
                got = [replace(a, via="governor") for a in got if a.actor not in own]
                if got:
                    return got
            # "to help North Korea cope": the one helped is the subject of its clause
            got = [replace(a, via="governor") for x in self._kids(c, ("ccomp",))
                   for s in self._kids(x, ("nsubj",)) for a in self.actors(s)
                   if a.actor not in own]
            if got:
                return got
        return []

    def _protested(self, anchor: Token, srcs: list[Arg]) -> list[Arg]:
        """Whom a protest is aimed at, from its stated purpose: "a hunger strike to
        protest against Sweden's decision", "rallied to demand the resignation of
        President X", "demonstrated, calling for independence from Iraq", "struck in
        protest at the Russian government's refusal": the first actor the purpose
        names (not a protester)."""
        own = {a.actor for a in srcs}
        hosts = [anchor]
        head = self._head(anchor)
        if anchor.pos_ != "VERB" and head is not None and head.pos_ in _VERB:
            hosts.append(head)  # "staged demonstrations to demand ..."
        phrases: list[Token] = []
        for h in hosts:
            for c in h.children:
                if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.pos_ in _VERB \
                        and c.lemma_.lower() in self.protest_purposes:
                    phrases += self._kids(c, ("dobj", "ccomp", "xcomp"))
                    phrases += [o for p in self._kids(c, ("prep",)) for o in self._kids(p, ("pobj",))]
                    phrases += [s for x in self._kids(c, ("ccomp",))
                                for s in self._kids(x, ("nsubj", "nsubjpass"))]
                elif c.dep_ == "prep" and c.lower_ == "in":
                    for o in self._kids(c, ("pobj",)):
                        if o.lemma_.lower() in self.protest_purposes:
                            phrases += [x for p in self._kids(o, ("prep",))
                                        for x in self._kids(p, ("pobj",))]
                            # "staged a strike in protest at X": the parser hangs "at
                            # X" on the verb
                            phrases += [x for g in hosts for p in self._kids(g, ("prep",))
                                        if p.lower_ in ("at", "against", "over", "of")
                                        for x in self._kids(p, ("pobj",))]
        for ph in phrases:
            for t in ph.subtree:  # "independence from Iraq", "the removal of President X"
                found = self.analysis.at_token(t.i)
                if found is not None and found.actor_id not in own and self._in(t):
                    return [Arg(found.actor_id, t.i, "governor")]
        return []

    def _partners_in(self, o: Token) -> list[Arg]:
        """ "insulate its partners in Riyadh", "consulted its allies in Kabul": the state
        where the partners named by a noun are (the parser may hang "in" on the verb)."""
        if o.lemma_.lower() not in load_tables().partner_nouns:
            return []
        return [replace(a, via="modifier") for h in (o, o.head)
                for x in self.prep_objects(h, ("in",)) for a in self.actors(x)]

    def _dealt_with(self, things: list[Token]) -> list[Arg]:
        """Who dealings refused are with: "opposed any role for the YPG", "rejected a
        deal with the Houthis", "objected to an invitation being extended to the PYD"
        (refusing a hostile thing, "opposed sanctions on Russia", rejects nobody)."""
        out: list[Arg] = []
        for o in things:
            if o.lemma_.lower() not in self.dealings:
                continue
            heads = [o, *self._kids(o, ("acl", "relcl"))]
            out += [replace(a, via="governor") for h in heads
                    for x in self.prep_objects(h, ("with", "for", "to", "of"))
                    for a in self.actors(x)]
            # the parser often hangs the partner on the verb
            out += [replace(a, via="governor") for x in self.prep_objects(o.head, ("with",))
                    for a in self.actors(x)]
        return out

    def _inner_targets(self, v: Token) -> tuple[Token | None, list[Arg]]:
        """Targets of the infinitive a verb governs ("threatened to cut ties with X"),
        or a noun ("its threat to strike X")."""
        deps = ("xcomp", "ccomp") if v.pos_ != "NOUN" else ("acl",)
        for c in self._kids(v, deps):
            if c.dep_ == "acl" and not any(a.lower_ == "to" and a.dep_ == "aux"
                                           for a in c.children):
                continue
            if c.dep_ == "ccomp" and not self._own_promise(v, c):
                continue
            if c.lemma_.lower() in self.victim_verbs:
                return c, []  # "vowed to avenge X": X is no target
            found: list[Arg] = []
            objs = self._kids(c, ("dobj", "dative"))
            for o in objs:
                found += self.actors(o)
            for h in (c, *objs):  # "cut ties with X": the prep may hang from the object
                for p in self._kids(h, ("prep",)):
                    if p.lower_ in _INNER_PREPS:
                        for o in self._kids(p, ("pobj",)):
                            found += self.actors(o)
            if found:
                return c, [replace(a, via="governor") for a in found]
            return c, []
        return None, []

    def _act_doers(self, act: Token) -> list[Arg]:
        """Who does an act a noun names: its owner or modifier ("the army's offensive",
        "a Syrian offensive"), its "by" object, else the subject of the verb it is the
        object of ("the army launched an offensive")."""
        got = self.modifiers(act, "governor") + [
            a for o in self.prep_objects(act, ("by",)) for a in self.actors(o, "governor")]
        if not got and act.dep_ == "dobj" and act.head.pos_ in _VERB:
            got = [replace(a, via="governor") for a in self.subject_of(act.head)]
        return got

    def _own_promise(self, v: Token, clause: Token) -> bool:
        """A clause in which the speaker says what it will do ("warned that it would
        retaliate", "vowed that they would fight on"): its subject is the verb's and it
        has will/would/shall."""
        if not any(a.dep_ == "aux" and a.lower_ in _PROMISE_AUX for a in clause.children):
            return False
        mine = {a.actor for a in self.subject_of(v)}
        theirs = {a.actor for a in self.subject_of(clause)}
        return bool(mine & theirs)

    def _controlled_subjects(self, v: Token, objs: list[Token],
                             modal: frozenset[str] = frozenset()) -> list[Token]:
        """Subjects of "want X to V", "demanded that X V", "said X must V" complements."""
        out: list[Token] = []
        for c in self._kids(v, ("ccomp", "xcomp")):
            if modal and not any(a.lower_ in modal for a in self._kids(c, ("aux",))):
                continue
            if not modal and c.dep_ == "ccomp" and indicative(c):
                continue  # "insisted that Israel had attacked first": a claim, no demand
            out += self._kids(c, ("nsubj", "nsubjpass"))
        if modal:
            return out
        if not out and objs and self._kids(v, ("xcomp",)):
            out += objs
        for p in self._kids(v, ("prep",)):
            if p.lower_ == "for":
                for o in self._kids(p, ("pobj",)):
                    if self._kids(o, ("acl", "relcl")) or any(
                            a.lower_ == "to" for a in o.subtree if a.dep_ == "aux"):
                        out.append(o)
        return out

    # ------------------------------------------------------------- nouns

    def _nominal(self, m: Match, trig: Trigger) -> Frame | None:
        n = m.anchor
        self._touched = False
        srcs: list[Arg] = []
        tgts: list[Arg] = []
        gov, gov_dep = self._governor(n)
        if trig.governed_by and (gov is None or gov.lemma_.lower() not in trig.governed_by):
            return None
        of_objs = self.prep_objects(n, ("of",))
        for p in self._kids(n, ("poss",)):
            if (trig.poss or ("target" if trig.of == "target" and not of_objs else "source")
                    ) == "target":
                tgts += self.actors(p)
            else:
                srcs += self.actors(p)
        if trig.of is not None:
            for o in of_objs:
                got = self.actors(o)
                if not got and trig.of == "target" and self.concrete(o):
                    got = self.owners(o)  # "the bombing of the embassy of Egypt"
                (tgts if trig.of == "target" else srcs).extend(got)
        # "the agreement reached among X, Y and Z", "the deal signed between X and Y":
        # the parser hangs the noun's arguments on its participle
        participles = [c for c in self._kids(n, ("acl",)) if c.tag_ == "VBN"]
        prep_found, between = self._apply_preps(m, trig, (n,), srcs, tgts)
        if participles and not (srcs and tgts) and not between:
            found, between = self._apply_preps(m, trig, participles, srcs, tgts, extra=True)
            prep_found = prep_found or found
        if trig.control:
            # "its demand that Israel ease restrictions": the complement's subject
            for c in self._kids(n, ("acl", "ccomp", "relcl")):
                if not any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children):
                    continue
                for s in self._kids(c, ("nsubj", "nsubjpass")):
                    tgts += self.actors(s)
        if not tgts:
            # "normalization of relations with Israel"
            found, _ = self._apply_preps(m, trig, of_objs, srcs, tgts, only_targets=True,
                                         extra=True)
            prep_found = prep_found or found
        if not tgts:
            for sib in self._conj_siblings(n):
                found, _ = self._apply_preps(m, trig, (sib,), srcs, tgts, only_targets=True)
                prep_found = prep_found or found
        if not tgts:
            # "attacks by X on Y": the parser hangs "on Y" on the agent
            agents = self.prep_objects(n, ("by", "from")) + self._kids(n, ("poss",))
            found, _ = self._apply_preps(m, trig, agents, srcs, tgts, only_targets=True,
                                         extra=True)
            prep_found = prep_found or found
        if n.lemma_.lower() in self.invitations:
            self._invited(n, srcs, tgts)
        inverse = False
        if gov is not None and gov.lemma_.lower() in self.arrivals and trig.type is \
                EventType.CONSULT and gov_dep in ("pobj:on", "pobj:for"):
            # "arrived in Moscow for talks", "landed in Baghdad on a surprise visit": the
            # traveller meets the state (or the one named) where it arrives
            if not srcs:
                srcs += [replace(a, via="governor") for a in self.subject_of(gov)]
            if not tgts:
                tgts += [replace(a, via="governor") for x in self.prep_objects(gov, ("in",))
                         for a in self.actors(x)]
        if gov is not None:
            inverse = self._from_governor(m, trig, gov, gov_dep, srcs, tgts)
            if not inverse and word_forms(gov) & self.agentive:
                found, _ = self._apply_preps(m, trig, (gov,), srcs, tgts, only_targets=True)
                prep_found = prep_found or found
        if not tgts and not inverse:
            tgts += [replace(a, via="governor") for a in self._responder(n)]
        if not tgts and not inverse:
            tgts += [replace(a, via="governor") for a in self._victim(n)]
        if not tgts and not inverse:
            tgts += [replace(a, via="governor") for a in self._defender(n)]
            if tgts and not srcs:
                # "Turkey suffered criticism from the EU": the parser hangs the doer
                # on the verb
                verb = self._head(n)
                if verb is not None:
                    srcs += [a for o in self.prep_objects(verb, ("from", "by"))
                             for a in self.actors(o)]
        mods = self.modifiers(n, "modifier")
        if mods and not srcs and not inverse and not trig.symmetric:
            # "Russian and Iranian support for Assad": the modifiers are the agents
            srcs += mods
        elif mods and not srcs and inverse and not trig.symmetric:
            # "Turkey secured Russian support": the receiver's giver
            have = {a.actor for a in tgts}
            srcs += [a for a in mods if a.actor not in have]
        if not srcs:
            srcs += self.instrument_agents(n)
        if not srcs and not inverse and gov is None:
            srcs += [replace(a, via="governor") for a in self._climb(n)]
        elif not tgts and trig.of == "target" and not inverse and gov is None:
            # "X is a central figure in Y's investigation": the one it is about
            tgts += [replace(a, via="governor") for a in self._climb(n)
                     if a.actor not in {s.actor for s in srcs}]
        if mods:
            if not srcs and not inverse:
                srcs += mods
            elif not tgts and (trig.symmetric or inverse):
                # "Egypt seeks to deepen Saudi security cooperation": the partner
                have = {a.actor for a in srcs}
                tgts += [a for a in mods if a.actor not in have]
        inner: Token | None = None
        if trig.inner and not tgts:
            # "Erdogan's threat to attack the Kurds": the infinitive's object
            inner, borrowed = self._inner_targets(n)
            tgts += borrowed
            if inner is None:
                return None
        if trig.need_prep and not (prep_found or between) and not (
                trig.symmetric and len(srcs) > 1):
            return None
        if not tgts and trig.type is EventType.PROTEST:
            tgts += self._protested(n, srcs)
        affected = self._touched or (trig.of == "target" and any(
            self.thing(o) for o in of_objs))
        return self._finish(trig, srcs, tgts, gov.i if gov is not None else None, inner,
                            affected=affected)

    def _from_governor(self, m: Match, trig: Trigger, gov: Token, gov_dep: str,
                       srcs: list[Arg], tgts: list[Arg]) -> bool:
        """Arguments a trigger noun takes from the verb it hangs from; True when the
        verb inverts the roles ("received aid from Qatar")."""
        gl = gov.lemma_.lower()
        forms = word_forms(gov)
        prep = gov_dep.split(":", 1)[1] if gov_dep.startswith("pobj:") else ""
        mutual = trig.symmetric and (bool(self.prep_objects(m.anchor, ("with", "between")))
                                     or len({a.actor for a in self.subject_of(gov)}) > 1)
        if gl in self.inverse and gov_dep == "dobj" and not mutual:
            # (a mutual act with a partner is no gift: "Iraq enjoys good relations with
            # Iran"; "took a phone call from Biden" is received)
            receivers = self.subject_of(gov)
            srcs[:] = [a for a in srcs if a.actor not in {r.actor for r in receivers}]
            if receivers and trig.of == "target":
                # "won the backing of Russia": the "of" object gives what is received
                givers = {a.actor for o in self.prep_objects(m.anchor, ("of",))
                          for a in self.actors(o)}
                srcs += [a for a in tgts if a.actor in givers]
                tgts[:] = [a for a in tgts if a.actor not in givers]
            if not tgts:
                tgts += [replace(a, via="governor") for a in receivers]
            if not srcs:
                for o in self.prep_objects(gov, ("from",)):
                    srcs += self.actors(o)
            return True
        if srcs:
            if trig.of == "target" and not tgts and prep in self.climb_preps \
                    and gl not in self.descriptive:
                # "X is a central figure in Y's investigation": the one it is about
                tgts += [replace(a, via="governor") for a in self.subject_of(gov)]
            return False
        if gl in self.accusing and prep in ("for", "of", "over", "in"):
            # "blamed X for the attack", "X was accused of the killing"
            accused = (self._kids(gov, ("nsubjpass",)) if self._is_passive(gov)
                       else self._kids(gov, ("dobj",)))
            srcs += [replace(a, via="governor") for o in accused for a in self.actors(o)]
        elif gl in self.descriptive and prep in self.climb_preps:
            # "X is seen as a partner in the war on Y": the one described
            described = (self._kids(gov, ("nsubjpass",)) if self._is_passive(gov)
                         else self._kids(gov, ("dobj",)))
            srcs += [replace(a, via="governor") for o in described for a in self.actors(o)]
        elif forms & self.agentive or prep in self.climb_preps or (
                prep and f"{gl} {prep}" in self.agentive):  # "came to an agreement"
            if not forms & self.agentive and self.modifiers(m.anchor, "modifier"):
                # "Moscow acquiesced in the Turkish incursion": the noun names its agent
                return False
            if self._is_passive(gov) and gov_dep == "nsubjpass":
                # "the attack was carried out by X"
                agents = [o for a in self._kids(gov, ("agent",))
                          for o in self._kids(a, ("pobj",))]
                srcs += [replace(a, via="governor") for o in agents for a in self.actors(o)]
            elif gl not in self.descriptive:
                srcs += [replace(a, via="governor") for a in self.subject_of(gov)]
        return False

    def _invited(self, n: Token, srcs: list[Arg], tgts: list[Arg]) -> None:
        """"an invitation to visit Turkey": the host invites; "entered Syria at the
        invitation of Damascus": the subject of the clause is the one invited."""
        if not srcs:
            for c in self._kids(n, ("acl",)):
                if c.lemma_.lower() == "visit":  # the host is the place visited
                    srcs += [a for o in self._kids(c, ("dobj",)) for a in self.actors(o)]
        head = self._head(n)
        if not tgts and n.dep_ == "pobj" and head is not None and head.lower_ == "at":
            verb = self._head(head)
            if verb is not None and verb.pos_ in _VERB:
                tgts += [replace(a, via="governor") for a in self.subject_of(verb)]

    def _defender(self, n: Token) -> list[Arg]:
        """ "Iraqi forces repelled an ISIS attack", "the Kurds fought off an assault by
        ISIS": who fends off an act is the one it was aimed at; so is who undergoes it
        ("Iran faces new EU sanctions", "Turkey suffered criticism from Brussels",
        "faced with Turkish restrictions, the US moved its jets")."""
        verb = self._head(n)
        if n.dep_ == "pobj" and verb is not None and verb.lower_ == "with":
            faced = self._head(verb)
            if faced is not None and faced.tag_ == "VBN" and faced.lemma_.lower() in \
                    self.undergoing and faced.dep_ in ("advcl", "acl", "ROOT", "ccomp"):
                if faced.dep_ == "advcl":
                    return self.clause_subject(self._head(faced) or faced)
                return self.subject_of(faced)
        if n.dep_ != "dobj" or verb is None or verb.pos_ not in _VERB:
            return []
        forms = phrasal_forms(verb)
        if not forms & self.defence_verbs and not forms & self.undergoing:
            return []
        return self.subject_of(verb)

    def _victim(self, n: Token) -> list[Arg]:
        """ "X was the target of Y's offensive": the subject of the copula whose
        attribute is a target noun governing the trigger through "of"."""
        head = self._head(n)
        if n.dep_ != "pobj" or head is None or head.lower_ != "of":
            return []
        noun = self._head(head)
        if noun is None or noun.lemma_.lower() not in self.target_nouns or noun.dep_ not in (
                "attr", "oprd"):
            return []
        verb = self._head(noun)
        if verb is None or verb.lemma_.lower() not in ("be", "become", "remain"):
            return []
        return [a for s in self._kids(verb, ("nsubj",)) for a in self.actors(s)]

    def _responder(self, n: Token) -> list[Arg]:
        """Who answers what a trigger noun names: "X's move was a response to
        pressure from Y", "seen as a reaction to threats by Y", "X resigned under
        pressure from Y" (X is the one pressed)."""
        head = self._head(n)
        if n.dep_ != "pobj" or head is None:
            return []
        up = self._head(head)
        if up is None:
            return []
        if head.lower_ == "under" and up.pos_ in _VERB:
            # "X resigned / came under pressure from Y"; not "(Macron) invited
            # leaders under assault from Y", where the phrase describes whom
            subjects = self._kids(up, ("nsubj", "nsubjpass"))
            if not subjects or self._kids(up, ("dobj",)):
                return []
            return [a for x in subjects for a in self.actors(x)]
        if head.lower_ != "to" or up.lemma_.lower() not in self.responses:
            return []
        out = [a for p in self._kids(up, ("poss",)) for a in self.actors(p)]
        over = self._head(up)
        if out or over is None:
            return out
        if up.dep_ == "attr" and over.pos_ in _VERB:
            return self.clause_subject(over)  # "the move was a response to ..."
        if up.dep_ == "pobj" and over.dep_ == "prep":
            verb = self._head(over)
            if verb is None or verb.pos_ not in _VERB:
                return []
            if over.lower_ == "in":
                return self.subject_of(verb)  # "X suspended attacks in response to ..."
            if over.lower_ == "as" and verb.lemma_.lower() in self.descriptive:
                # "the announcement was seen as a response to ..."
                described = (self._kids(verb, ("nsubjpass",)) if self._is_passive(verb)
                             else self._kids(verb, ("dobj",)))
                return [a for d in described for a in self.actors(d)]
        return []

    def _governor(self, n: Token) -> tuple[Token | None, str]:
        """The verb a trigger noun is the object of (through coordination and apposition;
        "claimed responsibility for the attack" counts as "claimed the attack")."""
        cur = n
        for _ in range(4):
            if cur.dep_ in ("conj", "appos") and self._head(cur) is not None:
                cur = self._head(cur)  # type: ignore[assignment]
                continue
            of = self._head(cur)
            if cur.dep_ == "pobj" and of is not None and of.lower_ == "of" \
                    and of.head.lemma_.lower() in self.measures and of.head.i < of.i:
                cur = of.head  # "began a new round of talks", "launched a wave of strikes"
                continue
            break
        head = self._head(cur)
        if head is None:
            return None, ""
        if cur.dep_ in ("nsubj", "nsubjpass") and head.pos_ in _VERB:
            # "the attack was believed to have been carried out by X": the subject
            # of a raising verb is the subject of its infinitive
            inner = head
            while inner.lemma_.lower() in self.raising:
                down = self._kids(inner, ("xcomp",))
                if not down:
                    break
                inner = down[0]
            if inner is not head and self._is_passive(inner):
                return inner, "nsubjpass"
        if cur.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.pos_ in _VERB:
            return head, cur.dep_
        if cur.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "part" \
                and head.head.dep_ == "pobj" and head.head.head.lower_ in ("as", "in"):
            # "stalled its offensive as part of coordination with the US": the verb the
            # "as part of" phrase hangs on governs the noun
            verb = self._head(head.head.head)
            if verb is not None and verb.pos_ in _VERB:
                return verb, "pobj:as"
        if cur.dep_ == "pobj" and head.dep_ == "prep":
            up = self._head(head)
            if up is not None and up.pos_ in _VERB:
                return up, "pobj:" + head.lower_
            if (up is not None and up.lemma_.lower() in self.responsibility
                    and up.dep_ == "dobj"):
                verb = self._head(up)
                if verb is not None and verb.pos_ in _VERB:
                    return verb, "dobj"
        return None, ""

    def _climb(self, n: Token) -> list[Arg]:
        """Source of a trigger noun inside "in/like/including ..." phrases."""
        cur = n
        for _ in range(_MAX_CLIMB):
            head = self._head(cur)
            if head is None:
                return []
            dep = cur.dep_
            if dep == "pobj":
                if head.lower_ not in self.climb_preps:
                    return []
                cur = head
                continue
            if dep == "prep":
                if head.pos_ in _VERB:
                    return self.subject_of(head)
                cur = head
                continue
            if dep in ("appos", "conj"):
                cur = head
                continue
            if dep in ("dobj", "attr") and head.pos_ in _VERB:
                if word_forms(head) & self.agentive:
                    return self.subject_of(head)
                return []
            return []
        return []


def _eventive(v: Token) -> bool:
    """A passive that reports a happening ("were deployed", "have been sent"), not a
    state ("are stationed", "troops deployed in X")."""
    return any(c.dep_ == "auxpass" and (c.tag_ in ("VBD", "VBN") or c.lemma_ == "get")
               for c in v.children)


def indicative(clause: Token) -> bool:
    """A clause stated as fact ("that X had attacked", "that X attacked", "that the
    Americans are behind it", "that Iran supports them"), which a verb of demanding
    reports instead of demanding (modality.py reads the opposite, the base form of
    "demanded that Iraq expel", as wanted)."""
    aux = {a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass")}
    return clause.tag_ in ("VBD", "VBZ") or (clause.tag_ == "VBP" and clause.lemma_ == "be") \
        or bool(aux & {"had", "has", "have", "was", "were", "is", "are", "am", "will"})
