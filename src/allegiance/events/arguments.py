"""Who did it to whom: source and target actors of a trigger, from the parse.

Rules (each has a hand-built-Doc test in tests/test_events_arguments.py):

verbs
    active subject -> source, direct object (or dative) that is an actor ->
    target; passive: ``nsubjpass`` -> target, ``by`` agent -> source ("Iraq was
    called upon by US leaders"); prepositions per the lexicon entry ("attack
    on", "work with"); participles: "forces supported by Iran" (acl, past:
    the noun is the target) and "militias fighting against IS" (acl, -ing:
    the noun is the source); a verb without subject takes it from the verb
    that controls it (xcomp, conj, advcl, "in pushing back", "decision to
    confront"), from the object for "accused X of attacking" and from the
    antecedent for relative clauses.
nouns
    possessor, "by"/"from" objects and modifier actors ("US strikes") ->
    source; lexicon prepositions and "of" (per entry) -> target; a trigger
    noun governed by an agentive verb ("conducted operations against",
    "involved in attacks", "emphasized the unacceptability of") takes that
    verb's subject, by an inverse verb ("received support from Iran") takes
    the receiver as target and the "from" object as source.
noun phrases
    the actor covering the head token (actors stage, including its
    coreference); else through relative pronouns ("some of which" -> the
    antecedent), partitives ("a number of militias", "members of"),
    appositions, the owner named by a modifier or possessor (a state for its
    institutions: "Israeli interests", "Turkey's efforts", not "the Syrian
    Kurds"; a group for its members: "Hezbollah guerrillas"), "including"
    and "known as"; "we"/"I" in a quotation is its speaker; coordination
    gives every conjunct.
speech acts
    "rejected a U.S. request", "praised Haiti's efforts": the owner of the
    object is the target; "refused/threatened/offered to V ... X" borrows the
    infinitive's target; "demanded that X ...", "urged X to ...", "said X
    must ..." target the complement's subject.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from allegiance.analysis import ActorAnalysis
from allegiance.events.triggers import Match
from allegiance.lexicon import Lexicon, Trigger
from allegiance.records import ActorKind, EventType

_VERB = frozenset({"VERB", "AUX"})
_NOUN = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# deps through which a controlled verb looks for its subject
_STOP_DEPS = frozenset({"ccomp", "parataxis", "csubj", "csubjpass", "ROOT", "relcl"})
_MAX_CLIMB = 7
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_STATE_KINDS = frozenset({ActorKind.STATE, ActorKind.GOVERNMENT, ActorKind.MILITARY})
# speech acts: their object's owner is their target ("rejected Iran's offer")
_VERBAL_TYPES = frozenset({EventType.AGREE, EventType.CONSULT, EventType.SUPPORT,
                           EventType.CONCEDE, EventType.REQUEST, EventType.ACCUSE,
                           EventType.REJECT, EventType.THREATEN})
# prepositions whose object an embedded infinitive's target may be
_INNER_PREPS = frozenset({"to", "with", "on", "against", "from", "into", "at", "for", "upon"})


@dataclass(frozen=True)
class Arg:
    """An actor filling a role; ``via`` says how it was found (confidence uses it).

    ``via`` is one of ``direct``, ``relative``, ``partitive``, ``modifier``,
    ``conj``, ``inherited``, ``governor``, ``list``.
    """

    actor: str
    token: int
    via: str = "direct"


@dataclass(frozen=True)
class Frame:
    """The arguments of one trigger entry at one place in the text.

    ``governor`` is the verb a trigger noun hangs from; ``inner`` the infinitive
    whose target an ``inner`` trigger borrowed ("threatened to *attack* X").
    """

    trigger: Trigger
    sources: tuple[Arg, ...]
    targets: tuple[Arg, ...]
    governor: int | None = None
    inner: int | None = None


class ArgumentFinder:
    """Reads arguments inside one sentence (token range ``lo``..``hi``)."""

    def __init__(self, analysis: ActorAnalysis, lexicon: Lexicon, lo: int, hi: int) -> None:
        """Arguments inside tokens ``lo``..``hi``; set ``speaker`` for quoted sentences."""
        self.analysis = analysis
        self.lo, self.hi = lo, hi
        self.relative = lexicon.words("arguments.relative_pronouns")
        self.partitive = lexicon.words("arguments.partitive_nouns")
        self.agentive = lexicon.words("arguments.agentive_governors")
        self.agentive_nouns = lexicon.words("arguments.agentive_nouns")
        self.inverse = lexicon.words("arguments.inverse_governors")
        self.climb_preps = lexicon.words("arguments.climb_preps")
        self.subject_participles = lexicon.words("arguments.subject_participles")
        self.directives = lexicon.words("modality.intended.directive_governors")
        self.roles = lexicon.words("relations.leads.nouns")
        self.institutions = lexicon.words("arguments.institution_nouns")
        self.members = lexicon.words("arguments.member_nouns")
        self.speaker: str | None = None

    # ------------------------------------------------------------- public

    def frame(self, match: Match) -> Frame | None:
        """The first trigger entry of ``match`` whose frame fits here, or None.

        Entries with a constraint (required objects, control, governor) are tried
        before general ones: "send troops" is MOBILIZE before it is AID.
        """
        ordered = sorted(match.triggers, key=lambda t: not (t.objects or t.control or
                                                           t.governed_by))
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
            if f.sources and (f.targets or trig.monadic):
                return f
            partial = partial or f
        return partial

    def actors(self, tok: Token, via: str = "direct", depth: int = 0) -> list[Arg]:
        """Actors a noun phrase headed by ``tok`` stands for (see module doc)."""
        if depth > 5 or not self._in(tok):
            return []
        out: list[Arg] = []
        m = self.analysis.at_token(tok.i)
        if m is not None:
            out.append(Arg(m.actor_id, tok.i, via))
        elif self.speaker is not None and tok.lower_ in _FIRST_PERSON:
            # "we"/"I" inside a quotation attributed to a speaker
            out.append(Arg(self.speaker, tok.i, _weaker(via, "governor")))
        else:
            low, lemma = tok.lower_, tok.lemma_.lower()
            if low in self.relative and tok.tag_ in ("WDT", "WP", "WP$"):
                ante = self._antecedent(tok)
                if ante is not None:
                    out += self.actors(ante, _weaker(via, "relative"), depth + 1)
            elif (lemma in self.partitive or low in self.partitive or tok.pos_ in ("NUM", "DET")
                  ) and not (via == "conj" and lemma in self.roles):
                # a coordinated "the leader of X" is more often a mis-attached apposition
                for o in self._prep_objects(tok, ("of",)):
                    out += self.actors(o, _weaker(via, "partitive"), depth + 1)
            if not out:
                # an apposition names the very actor ("the adviser, John Bolton")
                for c in self._kids(tok, ("appos",)):
                    out += self.actors(c, via, depth + 1)
            if not out:
                out += self._owner(tok, lemma, low, via, depth)
            if not out:
                # "armed groups, including Iran-backed factions": the named instances
                for o in self._prep_objects(tok, ("including",)):
                    out += self.actors(o, _weaker(via, "partitive"), depth + 1)
            if not out:
                for c in self._kids(tok, ("acl",)):
                    if c.lemma_.lower() in ("know", "call", "name", "dub"):
                        for o in self._prep_objects(c, ("as",)):
                            out += self.actors(o, via, depth + 1)
        for c in self._kids(tok, ("conj",)):
            out += self.actors(c, _weaker(via, "conj"), depth + 1)
        return _unique(out)

    def speaker_of(self, verb: Token) -> str | None:
        """The actor who speaks in "X said" / "..., said X" (the inverted subject wins)."""
        subjects = sorted(self._kids(verb, ("nsubj",)), key=lambda t: (t.i < verb.i, -t.i))
        for s in subjects:
            args = self.actors(s)
            if args:
                return args[0].actor
        return None

    def _owner(self, tok: Token, lemma: str, low: str, via: str, depth: int) -> list[Arg]:
        """The actor a noun stands for through its modifiers or possessor.

        A state's demonym or name stands for its institutions ("Israeli interests",
        "a Turkish missile", "Iraqi-US intelligence service") but not for other
        people ("the Syrian Kurds"), nor when another ethnic or sectarian word
        qualifies the noun ("Syrian Kurdish forces"); a group's name stands for its
        members too ("al-Qaeda network", "Hezbollah guerrillas").  The possessor
        counts for institutions only ("Turkey's efforts", not "her husband").
        """
        institution = lemma in self.institutions or low in self.institutions
        member = institution or lemma in self.members or low in self.members
        if not member:
            return []
        mods = self._modifiers(tok, via)
        qualified = any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
                        and self.analysis.at_token(c.i) is None
                        for c in self._kids(tok, _MODIFIER_DEPS))
        out = [a for a in mods if not self._is_state_like(a.actor)
               or (institution and not qualified)]
        if not out and institution:
            for p in self._kids(tok, ("poss",)):
                out += self.actors(p, _weaker(via, "modifier"), depth + 1)
        return out

    # ------------------------------------------------------------- verbs

    def _verbal(self, m: Match, trig: Trigger) -> Frame | None:
        v = m.anchor
        srcs: list[Arg] = []
        tgts: list[Arg] = []
        passive = self._is_passive(v)
        agents = [o for a in self._kids(v, ("agent",)) for o in self._kids(a, ("pobj",))]
        if passive:
            for s in self._kids(v, ("nsubjpass",)):
                tgts += self.actors(s)
            for a in agents:
                srcs += self.actors(a)
        else:
            for s in self._kids(v, ("nsubj",)):
                srcs += self.actors(s)
        host = self._head(v)
        if v.dep_ == "acl" and host is not None:
            if v.tag_ == "VBN":
                tgts += self.actors(self.participle_host(v, host))
            elif v.tag_ == "VBG":
                srcs += self.actors(host)
        objs = self._kids(v, ("dobj", "dative"))
        if trig.intransitive and objs:
            return None
        if trig.objects:
            wanted = [o for o in objs if o.lemma_.lower() in trig.objects
                      or o.lower_ in trig.objects]
            if not wanted:
                return None
            for o in wanted:
                # "need their help", "seek help from X"
                for p in self._kids(o, ("poss",)):
                    tgts += self.actors(p)
                for x in self._prep_objects(o, ("from", "of")):
                    tgts += self.actors(x)
            for o in objs:
                if o not in wanted:  # "gave Iraq weapons"
                    tgts += self.actors(o)
        elif trig.control:
            if not trig.modal:
                for o in objs:
                    tgts += self.actors(o)
            for s in self._controlled_subjects(v, objs, trig.modal):
                tgts += self.actors(s)
            if not tgts:
                return None
        else:
            for o in objs:
                tgts += self.actors(o)
            if not tgts:
                # "demanded the withdrawal of Serbian forces", "rejected calls by Belarus"
                for o in objs:
                    for x in self._prep_objects(o, ("of", "by", "from")):
                        tgts += [replace(a, via="governor") for a in self.actors(x)]
            if not tgts and trig.type in _VERBAL_TYPES:
                # "rejected a U.S. request", "praised Haiti's efforts": a speech act
                # answers whoever made or owns what it is about
                for o in objs:
                    tgts += self._modifiers(o, "modifier")
                    for p in self._kids(o, ("poss",)):
                        tgts += [replace(a, via="modifier") for a in self.actors(p)]
        inner: Token | None = None
        if trig.inner and not tgts:
            inner, borrowed = self._inner_targets(v)
            tgts += borrowed
        prep_found, between = self._apply_preps(m, trig, (v,), srcs, tgts)
        bare = not objs and not self._kids(v, ("prep",))
        if not tgts and bare and not trig.objects and not trig.control:
            # "fought and killed Americans": the object of the last conjunct is shared
            for sib in self._conj_siblings(v):
                for o in self._kids(sib, ("dobj",)):
                    tgts += self.actors(o, "conj")
                found, _ = self._apply_preps(m, trig, (sib,), srcs, tgts, only_targets=True)
                prep_found = prep_found or found
        if not srcs and not (passive and agents):
            srcs += [replace(a, via="inherited") for a in self._inherit(v)]
        if trig.need_prep and not (prep_found or between) and not (
                trig.symmetric and len(srcs) > 1):
            return None
        return self._finish(trig, srcs, tgts, None, inner)

    def _inner_targets(self, v: Token) -> tuple[Token | None, list[Arg]]:
        """Targets of the infinitive a verb governs ("threatened to cut ties with X")."""
        for c in self._kids(v, ("xcomp",)):
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

    def _controlled_subjects(self, v: Token, objs: list[Token],
                             modal: frozenset[str] = frozenset()) -> list[Token]:
        """Subjects of "want X to V", "demanded that X V", "said X must V" complements."""
        out: list[Token] = []
        for c in self._kids(v, ("ccomp", "xcomp")):
            if modal and not any(a.lower_ in modal for a in self._kids(c, ("aux",))):
                continue
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

    def _inherit(self, v: Token) -> list[Arg]:
        """The subject a verb without one takes from the verb controlling it."""
        cur = v
        via_prep: Token | None = None
        for _ in range(_MAX_CLIMB):
            head = self._head(cur)
            dep = cur.dep_
            if head is None or dep in _STOP_DEPS:
                if dep == "relcl" and head is not None:
                    return self.actors(head, "relative")
                return []
            if dep == "acl":
                if head.pos_ in _NOUN and head.lemma_.lower() in self.agentive_nouns:
                    return [a for p in self._kids(head, ("poss",)) for a in self.actors(p)]
                return self.actors(head) if cur.tag_ == "VBG" else []
            if dep == "prep":
                via_prep = cur
            cur = head
            if cur.pos_ in _VERB:
                if via_prep is not None and via_prep.lower_ in ("for", "of", "from"):
                    objs = self._kids(cur, ("dobj",))
                    if objs:
                        return [a for o in objs for a in self.actors(o)]
                if dep == "xcomp":
                    # object control: "leaving the adviser to hold talks", "urged X to"
                    objs = self._kids(cur, ("dobj",))
                    if objs:
                        return [a for o in objs for a in self.actors(o)]
                subj = self._kids(cur, ("nsubj", "nsubjpass"))
                if subj:
                    return [a for s in subj for a in self.actors(s)]
                if cur.dep_ == "acl" and cur.tag_ == "VBG":
                    h = self._head(cur)
                    return self.actors(h) if h is not None else []
            elif cur.pos_ in _NOUN and cur.lemma_.lower() in self.agentive_nouns:
                poss = self._kids(cur, ("poss",))
                if poss:
                    return [a for p in poss for a in self.actors(p)]
        return []

    def participle_host(self, v: Token, host: Token) -> Token:
        """The noun a past participle describes; after a comma, the clause subject."""
        prev = v.doc[v.i - 1] if v.i > self.lo else None
        if prev is None or prev.text != "," or v.lemma_.lower() not in self.subject_participles:
            return host
        cur = host
        for _ in range(4):
            up = self._head(cur)
            if up is None:
                return host
            if up.pos_ in _VERB:
                subj = self._kids(up, ("nsubj", "nsubjpass"))
                return subj[0] if subj else host
            cur = up
        return host

    # ------------------------------------------------------------- nouns

    def _nominal(self, m: Match, trig: Trigger) -> Frame | None:
        n = m.anchor
        srcs: list[Arg] = []
        tgts: list[Arg] = []
        gov, gov_dep = self._governor(n)
        if trig.governed_by and (gov is None or gov.lemma_.lower() not in trig.governed_by):
            return None
        of_objs = self._prep_objects(n, ("of",))
        for p in self._kids(n, ("poss",)):
            if trig.of == "target" and not of_objs:
                tgts += self.actors(p)
            else:
                srcs += self.actors(p)
        if trig.of is not None:
            for o in of_objs:
                (tgts if trig.of == "target" else srcs).extend(self.actors(o))
        prep_found, between = self._apply_preps(m, trig, (n,), srcs, tgts)
        if not tgts:
            for sib in self._conj_siblings(n):
                found, _ = self._apply_preps(m, trig, (sib,), srcs, tgts, only_targets=True)
                prep_found = prep_found or found
        inverse = False
        if gov is not None:
            gl = gov.lemma_.lower()
            if gl in self.inverse and gov_dep == "dobj":
                inverse = True
                receivers = self.subject_of(gov)
                srcs = [a for a in srcs if a.actor not in {r.actor for r in receivers}]
                if not tgts:
                    tgts += [replace(a, via="governor") for a in receivers]
                if not srcs:
                    for o in self._prep_objects(gov, ("from",)):
                        srcs += self.actors(o)
            elif gl in self.agentive or gov_dep.startswith("pobj:"):
                if gl in self.agentive:
                    found, _ = self._apply_preps(m, trig, (gov,), srcs, tgts, only_targets=True)
                    prep_found = prep_found or found
                if not srcs and (gl in self.agentive or
                                 gov_dep.split(":", 1)[1] in self.climb_preps):
                    srcs += [replace(a, via="governor") for a in self.subject_of(gov)]
        mods = self._modifiers(n, "modifier")
        if mods and not srcs and not inverse and not trig.symmetric:
            # "Russian and Iranian support for Assad": the modifiers are the agents
            srcs += mods
        if not srcs and not inverse and gov is None:
            srcs += [replace(a, via="governor") for a in self._climb(n)]
        if mods:
            if not srcs and not inverse:
                srcs += mods
            elif not tgts and (trig.symmetric or inverse):
                # "Sudani seeks to solidify U.S. security cooperation": the partner
                have = {a.actor for a in srcs}
                tgts += [a for a in mods if a.actor not in have]
        if trig.need_prep and not (prep_found or between) and not (
                trig.symmetric and len(srcs) > 1):
            return None
        return self._finish(trig, srcs, tgts, gov.i if gov is not None else None)

    def _governor(self, n: Token) -> tuple[Token | None, str]:
        """The verb a trigger noun is the object of (through coordination and apposition)."""
        cur = n
        for _ in range(4):
            if cur.dep_ in ("conj", "appos") and self._head(cur) is not None:
                cur = self._head(cur)  # type: ignore[assignment]
                continue
            break
        head = self._head(cur)
        if head is None:
            return None, ""
        if cur.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.pos_ in _VERB:
            return head, cur.dep_
        if cur.dep_ == "pobj" and head.dep_ == "prep":
            verb = self._head(head)
            if verb is not None and verb.pos_ in _VERB:
                return verb, "pobj:" + head.lower_
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
                if head.lemma_.lower() in self.agentive:
                    return self.subject_of(head)
                return []
            return []
        return []

    # ------------------------------------------------------------- shared

    def _apply_preps(self, m: Match, trig: Trigger, anchors: Iterable[Token], srcs: list[Arg],
                     tgts: list[Arg], *, only_targets: bool = False) -> tuple[bool, bool]:
        """Add prepositional arguments; return (a lexicon prep was present, "between" pair)."""
        found = between = False
        tokens = list(anchors)
        if tokens and tokens[0].i == m.anchor.i:
            tokens += [m.anchor.doc[i] for i in m.tokens if i != m.anchor.i]
        for tok in tokens:
            preps = [p for p in self._kids(tok, ("prep",))]
            if tok.pos_ == "ADP" and tok.i in m.tokens:
                preps.append(tok)
            for p in preps:
                low = p.lower_
                if low == "between":
                    pair = [a for o in self._kids(p, ("pobj",)) for a in self._np_actors(o)]
                    if len({a.actor for a in pair}) > 1 and not only_targets:
                        between = True
                        if not srcs:
                            srcs.append(pair[0])
                        tgts.extend(a for a in pair if a.actor not in {s.actor for s in srcs})
                    continue
                role = trig.preps.get(low)
                if role is None or (only_targets and role != "target"):
                    continue
                objs = self._kids(p, ("pobj", "pcomp"))
                if objs:
                    found = True
                for o in objs:
                    (tgts if role == "target" else srcs).extend(self.actors(o))
        return found, between

    def _np_actors(self, tok: Token) -> list[Arg]:
        """Every actor named inside a noun phrase, longest mentions first
        ("the Iraqi-linked and Iranian-backed militias" -> both collectives)."""
        out = self.actors(tok)
        seen = {a.actor for a in out}
        covered: set[int] = set()
        for t in tok.subtree:
            if t.i in covered or not self._in(t) or any(
                    a.dep_ in ("prep", "relcl", "acl") and a.i != tok.i and a.i >= tok.i
                    for a in t.ancestors if a.i in {x.i for x in tok.subtree}):
                continue
            best = None
            for m in self.analysis.mentions:
                if m.token_start <= t.i < m.token_end and (
                        best is None or m.token_end - m.token_start >
                        best.token_end - best.token_start):
                    best = m
            if best is not None:
                covered.update(range(best.token_start, best.token_end))
                if best.actor_id not in seen:
                    seen.add(best.actor_id)
                    out.append(Arg(best.actor_id, t.i, "conj"))
        return out

    def _finish(self, trig: Trigger, srcs: list[Arg], tgts: list[Arg],
                gov: int | None, inner: Token | None = None) -> Frame:
        srcs = _unique(srcs)
        tgts = [a for a in _unique(tgts) if a.actor not in {s.actor for s in srcs}] if len(
            srcs) == 1 else _unique(tgts)
        if trig.symmetric and not tgts and len({a.actor for a in srcs}) > 1:
            first = srcs[0]
            tgts = [a for a in srcs[1:] if a.actor != first.actor]
            srcs = [first]
        return Frame(trig, tuple(srcs), tuple(tgts), gov,
                     inner.i if inner is not None else None)

    def subject_of(self, verb: Token) -> list[Arg]:
        """The actors doing what ``verb`` says: its subject, or the one it inherits."""
        subj = self._kids(verb, ("nsubjpass",) if self._is_passive(verb) else ("nsubj",))
        if subj:
            return [a for s in subj for a in self.actors(s)]
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            head = self._head(verb)
            return self.actors(head) if head is not None else []
        return self._inherit(verb)

    def _modifiers(self, tok: Token, via: str) -> list[Arg]:
        """Actors named by the modifiers of a noun ("US forces", "Iraqi-US service")."""
        out: list[Arg] = []
        for c in self._kids(tok, _MODIFIER_DEPS):
            if c.tag_ in ("VBN", "VBG") or c.pos_ == "VERB":
                continue
            m = self.analysis.at_token(c.i)
            if m is not None:
                out.append(Arg(m.actor_id, c.i, _weaker(via, "modifier")))
            for cc in self._kids(c, _MODIFIER_DEPS | {"conj"}):
                if cc.tag_ in ("VBN", "VBG"):
                    continue
                mm = self.analysis.at_token(cc.i)
                if mm is not None:
                    out.append(Arg(mm.actor_id, cc.i, _weaker(via, "modifier")))
        return _unique(out)

    def _is_state_like(self, actor_id: str) -> bool:
        """A state or one of its sectors ("IRQ", "IRQ-MIL")."""
        actor = self.analysis.actors.get(actor_id)
        if actor is not None:
            return actor.kind in _STATE_KINDS
        return len(actor_id) == 3 or (len(actor_id) == 7 and actor_id[3] == "-")

    def _conj_siblings(self, tok: Token) -> list[Token]:
        out: list[Token] = []
        cur = tok
        while cur.dep_ == "conj" and self._head(cur) is not None:
            cur = self._head(cur)  # type: ignore[assignment]
            out.append(cur)
        stack = list(self._kids(tok, ("conj",)))
        while stack:
            c = stack.pop()
            out.append(c)
            stack += self._kids(c, ("conj",))
        for h in list(out):
            for c in self._kids(h, ("conj",)):
                if c.i != tok.i and c not in out:
                    out.append(c)
        return out

    def _antecedent(self, rel: Token) -> Token | None:
        cur = rel
        for _ in range(5):
            head = self._head(cur)
            if head is None:
                return None
            if cur.dep_ == "relcl":
                return head
            cur = head
        return None

    def _is_passive(self, v: Token) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
            v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children))

    def _prep_objects(self, tok: Token, preps: Iterable[str]) -> list[Token]:
        wanted = set(preps)
        return [o for p in self._kids(tok, ("prep",)) if p.lower_ in wanted
                for o in self._kids(p, ("pobj",))]

    def _kids(self, tok: Token, deps: Iterable[str]) -> list[Token]:
        wanted = set(deps)
        return [c for c in tok.children if c.dep_ in wanted and self.lo <= c.i < self.hi]

    def _head(self, tok: Token) -> Token | None:
        head = tok.head
        if head.i == tok.i or not self.lo <= head.i < self.hi:
            return None
        return head

    def _in(self, tok: Token) -> bool:
        return self.lo <= tok.i < self.hi


_STRENGTH = ("direct", "conj", "relative", "partitive", "governor", "inherited", "modifier",
             "list")


def _weaker(a: str, b: str) -> str:
    """The less direct of two ways of finding an actor."""
    return a if _STRENGTH.index(a) >= _STRENGTH.index(b) else b


def _unique(args: Iterable[Arg]) -> list[Arg]:
    seen: dict[str, Arg] = {}
    for a in args:
        if a.actor not in seen:
            seen[a.actor] = a
    return list(seen.values())
