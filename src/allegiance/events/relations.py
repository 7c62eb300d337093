"""Standing relations stated by one sentence: backs, member_of, leads, allied, hostile.

Cues (``data/lexicon/relations.yaml``):

backs
    "X-backed Y" when the actors stage did not already fold the compound into
    one collective; "Y backed/funded/armed/supported by X" (passive or
    participle; after a comma the participle describes the clause subject);
    "X backs/funds/arms Y"; "proxies of X"/"X's proxies"; "Y enjoys/receives
    arms and funding from X" (material resources only).
member_of
    "X operates under Y", "X integrated into Y", "X joined Y", "factions
    within Y" (the noun itself an actor), "Y encompasses factions linked under
    Z" (the factions are Y's), "X, a member/commander of Y", "As a commander
    of Y, X ...".
leads
    "X, the leader/head/commander/chief of Y" (apposition, copula, title
    compound, "As the leader of Y, X"), "X leads/heads/commands Y", "Y, led by X".
allied / hostile
    "X's (closest) ally" in apposition or copula, "allies of X", "X and Y are
    allies/foes", "X allies with Y"; "Y, once seen as enemies by X";
    "X ... with former enemies Y" where the noun names an actor.

A relation needs an asserted, non-negated cue: "allegedly backed", "if one
of them heads", "hope that the rebels would join" give none.  ``former``
comes from "former"/"ex-" on the cue noun or a past timeframe on the cue
("once considered foes").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from allegiance.analysis import ActorAnalysis
from allegiance.events.arguments import ArgumentFinder
from allegiance.events.discourse import Segment
from allegiance.events.modality import ModalityReader
from allegiance.lexicon import Lexicon
from allegiance.records import ActorKind, Factuality, RelationType, Timeframe

_VERB = frozenset({"VERB", "AUX"})


def _phrasal(tok: Token) -> str:
    """A verb's lemma with its particle when it has one ("fall out")."""
    prt = [c.lower_ for c in tok.children if c.dep_ == "prt" and c.lower_ not in ("on",)]
    lemma = tok.lemma_.lower()
    return f"{lemma} {prt[0]}" if prt else lemma


def _has_words(text: str, phrase: str) -> bool:
    return f" {phrase} " in f" {text} "


@dataclass(frozen=True)
class Found:
    """A relation read from a sentence, before it becomes a ``Relation`` record."""

    source: str
    relation: RelationType
    target: str
    former: bool
    cue: int


class RelationReader:
    """Finds relation cues in one sentence."""

    def __init__(self, lexicon: Lexicon, analysis: ActorAnalysis, finder: ArgumentFinder,
                 reader: ModalityReader, seg: Segment) -> None:
        self.analysis = analysis
        self.finder = finder
        self.reader = reader
        self.seg = seg
        w = lexicon.words
        self.back_parts = w("relations.backs.participles")
        self.back_verbs = w("relations.backs.verbs")
        self.proxy_nouns = w("relations.backs.proxy_nouns")
        self.resources = w("relations.backs.resource_nouns")
        self.receive = w("relations.backs.receive_verbs")
        self.material = w("relations.backs.material_modifiers")
        self.member_verb_preps = dict(lexicon.children("relations.member_of.verb_preps"))
        self.join_verbs = w("relations.member_of.verbs")
        self.part_nouns = w("relations.member_of.part_nouns")
        self.part_preps = w("relations.member_of.part_preps")
        self.whole_verbs = w("relations.member_of.whole_verbs")
        self.lead_nouns = w("relations.leads.nouns")
        self.lead_verbs = w("relations.leads.verbs")
        self.ally_nouns = w("relations.allied.nouns")
        self.ally_verbs = w("relations.allied.verbs")
        self.foe_nouns = w("relations.hostile.nouns")
        self.consider = w("relations.hostile.consider_verbs")
        self.past_mods = w("modality.timeframe.past_modifiers")
        self.patron_nouns = w("relations.backs_patron.nouns")
        self.support_preps = w("relations.backs_patron.support_preps")
        self.hostility = w("relations.turns.hostility_nouns")
        self.friendship = w("relations.turns.friendship_nouns")
        self.odds = w("relations.turns.hostility_phrases")
        self.turn_past = w("relations.turns.past_words")
        self.tie_nouns = w("relations.turns.relation_nouns")
        self.worsen = w("relations.turns.worsen_verbs") | w("relations.turns.worsen_nouns")
        self.improve = w("relations.turns.improve_verbs") | w("relations.turns.improve_nouns")
        self.break_preps = dict(lexicon.children("relations.turns.break_verbs"))
        self.relation_nouns = (self.proxy_nouns | self.part_nouns | self.lead_nouns
                               | self.ally_nouns | self.foe_nouns)

    def read(self) -> list[Found]:
        """Every relation the sentence asserts."""
        out: list[Found] = []
        for tok in self.seg.span:
            for found in self._at(tok):
                if found.source != found.target:
                    out.append(found)
        out += [f for f in self._former_pair() if f.source != f.target]
        return out

    # ------------------------------------------------------------------

    def _at(self, tok: Token) -> Iterator[Found]:
        lemma = tok.lemma_.lower()
        if lemma in self.back_parts and tok.tag_ == "VBN":
            yield from self._backed(tok)
        if lemma in self.back_verbs and tok.pos_ in _VERB and not self._passive(tok):
            yield from self._verb_rel(tok, RelationType.BACKS)
        if lemma in self.proxy_nouns and tok.pos_ in ("NOUN", "PROPN"):
            yield from self._proxy(tok)
        if lemma in self.receive and tok.pos_ in _VERB:
            yield from self._received(tok)
        if lemma in self.member_verb_preps or lemma in self.join_verbs:
            yield from self._member_verb(tok, lemma)
        if lemma in self.part_nouns and tok.pos_ in ("NOUN", "PROPN"):
            yield from self._part_noun(tok)
        if lemma in self.lead_nouns and tok.pos_ in ("NOUN", "PROPN"):
            yield from self._role_noun(tok)
        if lemma in self.lead_verbs and tok.pos_ in _VERB:
            if self._passive(tok):
                yield from self._led_by(tok)
            else:
                yield from self._verb_rel(tok, RelationType.LEADS)
        if lemma in self.ally_nouns and tok.pos_ in ("NOUN", "PROPN"):
            yield from self._pair_noun(tok, RelationType.ALLIED)
        if lemma in self.ally_verbs and tok.pos_ in _VERB:
            yield from self._with_verb(tok, RelationType.ALLIED)
        if lemma in self.foe_nouns and tok.pos_ in ("NOUN", "PROPN"):
            yield from self._pair_noun(tok, RelationType.HOSTILE)
        if lemma in self.resources and tok.pos_ == "NOUN":
            yield from self._support_noun(tok)
        if lemma in self.patron_nouns and tok.pos_ in ("NOUN", "PROPN"):
            yield from self._patron(tok)
        if lemma in self.worsen or lemma in self.improve:
            yield from self._ties_turn(tok, worse=lemma in self.worsen)
        phrasal = _phrasal(tok)
        if phrasal in self.break_preps and tok.pos_ in _VERB:
            yield from self._broke_with(tok, self.break_preps[phrasal])

    # ------------------------------------------------------------------ turns

    def _former_pair(self) -> Iterator[Found]:
        """ "Once bitter rivals, X and Y restored ties", "X and Y, long at odds, now
        cooperate": a description of the pair before its verb, with a past word."""
        span = self.seg.span
        root = span.root
        if root.pos_ not in _VERB:
            return
        pair = list(dict.fromkeys(a.actor for a in self.finder.subject_of(root)))
        if len(pair) == 1:
            pair += [x for o in self._objects(root, ("with",)) for x in self._ids(o)
                     if x not in pair]
        if len(pair) < 2:
            return
        region = [t for t in span if t.i < root.i and self.analysis.at_token(t.i) is None]
        low = " ".join(t.lower_ for t in region)
        if not any(t.lower_ in self.turn_past or t.lemma_.lower() in self.turn_past
                   for t in region):
            return
        rel: RelationType | None = None
        cue: Token | None = None
        for t in region:
            lemma = t.lemma_.lower()
            if lemma in self.foe_nouns or lemma in self.hostility:
                rel, cue = RelationType.HOSTILE, t
            elif lemma in self.ally_nouns or lemma in self.friendship:
                rel, cue = RelationType.ALLIED, t
            if rel is not None:
                break
        if rel is None and any(_has_words(low, p) for p in self.odds):
            rel, cue = RelationType.HOSTILE, root
        if rel is None or cue is None or self.reader.read_token(root).negated:
            return
        yield Found(pair[0], rel, pair[1], True, cue.i)

    def _tie_pair(self, n: Token) -> list[str]:
        """The two sides of "relations between X and Y", "X's ties with Y",
        "US-Turkish relations", "the rapprochement between X and Y"."""
        ids = [x for o in self._objects(n, ("between", "with", "among")) for x in self._ids(o)]
        ids = [x for c in n.children if c.dep_ == "poss" for x in self._ids(c)] + ids
        ids += [a.actor for a in self.finder.modifiers(n, "modifier")]
        return list(dict.fromkeys(ids))

    def _ties_turn(self, tok: Token, *, worse: bool) -> Iterator[Found]:
        pair: list[str] = []
        if tok.pos_ in _VERB:
            # "relations between X and Y soured", "ties with Y have been strained"
            for s in tok.children:
                if s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in self.tie_nouns:
                    pair = self._tie_pair(s)
        elif tok.pos_ == "NOUN":
            # "a thaw in relations between X and Y", "the rapprochement between X and Y"
            pair = self._tie_pair(tok)
            for o in self._objects(tok, ("in", "of")):
                if o.lemma_.lower() in self.tie_nouns:
                    pair = pair or self._tie_pair(o)
        if len(pair) < 2:
            return
        a, b = pair[0], pair[1]
        before = RelationType.ALLIED if worse else RelationType.HOSTILE
        yield from self._emit(tok, [a], before, [b], former=True)
        if worse:
            yield from self._emit(tok, [a], RelationType.HOSTILE, [b], former=False)

    def _broke_with(self, v: Token, preps: frozenset[str]) -> Iterator[Found]:
        """ "X broke with Y", "X turned on its allies": partners no more, now at odds."""
        subj = [a.actor for a in self.finder.subject_of(v)]
        others = [x for o in self._objects(v, preps) for x in self._ids(o)]
        others += [x for p in v.children if p.dep_ == "prt" and p.lower_ in preps
                   for o in v.children if o.dep_ == "dobj" for x in self._ids(o)]
        if v.lemma_.lower() == "part" and not any(
                c.lemma_.lower() in ("way", "company") for c in v.children):
            return  # "parted ways with", "parted company with"
        if v.lemma_.lower() == "break" and any(c.dep_ == "dobj" for c in v.children):
            return  # "broke the siege with", "broke ranks"
        yield from self._emit(v, subj, RelationType.ALLIED, others, former=True)
        yield from self._emit(v, subj, RelationType.HOSTILE, others, former=False)

    def _support_noun(self, n: Token) -> Iterator[Found]:
        """ "Russia's military support for the regime", "Iranian funding for the
        militias": material support (or backing) from a named sponsor to a named client."""
        if n.lemma_.lower() == "support" and not any(
                c.dep_ == "amod" and c.lower_ in self.material for c in n.children):
            return  # verbal support ("support for the resolution") is no backing
        clients = [x for o in self._objects(n, self.support_preps) for x in self._ids(o)]
        if not clients:
            return
        sponsors = [x for c in n.children if c.dep_ == "poss" for x in self._ids(c)]
        sponsors += [x for c in n.children if c.dep_ in ("amod", "compound")
                     for x in self._mention_ids(c)]
        sponsors += [x for o in self._objects(n, ("from",)) for x in self._ids(o)]
        yield from self._emit(n, [x for x in dict.fromkeys(sponsors) if x not in clients],
                              RelationType.BACKS, clients)

    def _patron(self, n: Token) -> Iterator[Found]:
        """ "its former patron, Syria", "Iran, the militia's main sponsor"."""
        clients = [x for c in n.children if c.dep_ == "poss" for x in self._ids(c)]
        clients += [x for o in self._objects(n, ("of", "to")) for x in self._ids(o)]
        patrons = self._described(n) or self._mention_ids(n)
        yield from self._emit(n, patrons, RelationType.BACKS, clients)

    def _ok(self, cue: Token) -> tuple[bool, bool]:
        """(the cue is asserted, it is former) for a cue word."""
        mod = self.reader.read_token(cue)
        ok = not mod.negated and mod.factuality is Factuality.ASSERTED
        former = mod.timeframe is Timeframe.PAST or any(
            c.dep_ == "amod" and c.lower_ in self.past_mods for c in cue.children)
        return ok and mod.timeframe is not Timeframe.FUTURE, former

    def _emit(self, cue: Token, sources: list[str], rel: RelationType, targets: list[str],
              *, former: bool | None = None) -> Iterator[Found]:
        if not sources or not targets:
            return
        ok, was = self._ok(cue)
        if not ok:
            return
        for s in sources:
            for t in targets:
                yield Found(s, rel, t, was if former is None else former or was, cue.i)

    def _ids(self, tok: Token | None) -> list[str]:
        if tok is None:
            return []
        return [a.actor for a in self.finder.actors(tok)]

    def _mention_ids(self, tok: Token) -> list[str]:
        m = self.analysis.at_token(tok.i)
        return [m.actor_id] if m is not None else []

    # ------------------------------------------------------------------ backs

    def _backed(self, v: Token) -> Iterator[Found]:
        if v.dep_ == "amod":
            sponsors = [c for c in v.children if c.dep_ in ("npadvmod", "compound", "amod")]
            host = v.head
            host_m = self.analysis.at_token(host.i)
            for s in sponsors:
                s_m = self.analysis.at_token(s.i)
                if s_m is None or host_m is None or s_m is host_m:
                    continue  # the actors stage folded "X-backed Y" into one collective
                yield from self._emit(v, [s_m.actor_id], RelationType.BACKS, [host_m.actor_id])
            return
        agents = [o for a in v.children if a.dep_ == "agent" for o in a.children
                  if o.dep_ == "pobj"]
        if not agents:
            return
        sources = [x for a in agents for x in self._ids(a)]
        if self._passive(v) and v.dep_ != "acl":
            targets = [x for s in v.children if s.dep_ == "nsubjpass" for x in self._ids(s)]
        elif v.dep_ == "acl":
            targets = self._ids(self.finder.participle_host(v, v.head))
        elif v.dep_ == "advcl" and v.head.pos_ in _VERB:
            # "X operates under Y, funded by Z": the participle describes the subject
            targets = [a.actor for a in self.finder.subject_of(v.head)]
        else:
            targets = []
        yield from self._emit(v, sources, RelationType.BACKS, targets)

    def _verb_rel(self, v: Token, rel: RelationType) -> Iterator[Found]:
        subj = [x for c in v.children if c.dep_ == "nsubj" for x in self._ids(c)]
        if not subj and v.dep_ == "conj":
            # "Turkey has armed and supported the rebels": the first conjunct's subject
            subj = [a.actor for a in self.finder.subject_of(v)]
        objs = [x for c in v.children if c.dep_ == "dobj" for x in self._ids(c)]
        if not objs and not any(c.dep_ == "dobj" for c in v.children):
            # "armed and supported the rebels": the object of the last conjunct
            objs = [x for c in v.children if c.dep_ == "conj" and c.pos_ in _VERB
                    for o in c.children if o.dep_ == "dobj" for x in self._ids(o)]
        yield from self._emit(v, subj, rel, objs)

    def _proxy(self, n: Token) -> Iterator[Found]:
        sponsors = [x for c in n.children if c.dep_ in ("poss", "amod", "compound")
                    for x in self._mention_ids(c)]
        sponsors += [x for o in self._objects(n, ("of", "for")) for x in self._ids(o)]
        clients = self._mention_ids(n)
        if not clients:
            clients = self._described(n)
        yield from self._emit(n, sponsors, RelationType.BACKS, clients)

    def _received(self, v: Token) -> Iterator[Found]:
        things = [c for c in v.children if c.dep_ == "dobj"]
        things += [cc for t in things for cc in t.children if cc.dep_ == "conj"]
        things = [t for t in things if t.lemma_.lower() in self.resources]
        if not things:
            return
        verbal_only = all(t.lemma_.lower() in ("support", "backing") and not any(
            c.dep_ == "amod" and c.lower_ in self.material for c in t.children)
            for t in things)
        if verbal_only and not self._form_of(v):
            return
        sources = [x for t in (v, *things) for o in self._objects(t, ("from",))
                   for x in self._ids(o)]
        receivers = [a.actor for a in self.finder.subject_of(v)]
        yield from self._emit(v, sources, RelationType.BACKS, receivers)

    def _form_of(self, v: Token) -> bool:
        """ "... in the form of tanks": the support is material."""
        return any(t.lower_ == "form" and t.head.lower_ == "in" for t in v.subtree)

    # ------------------------------------------------------------------ member_of

    def _member_verb(self, v: Token, lemma: str) -> Iterator[Found]:
        members = self._subjects(v)
        if lemma in self.join_verbs:
            wholes = [x for c in v.children if c.dep_ == "dobj" for x in self._ids(c)]
        else:
            preps = self.member_verb_preps.get(lemma, frozenset())
            wholes = [x for o in self._objects(v, preps) for x in self._ids(o)]
        yield from self._emit(v, members, RelationType.MEMBER_OF, wholes)

    def _subjects(self, v: Token) -> list[str]:
        """Subjects of a membership verb; participles describe their noun ("factions
        linked under Z"), and a noun object of "Y encompasses N" stands for Y's parts."""
        if v.dep_ == "acl" and v.tag_ == "VBN":
            host = v.head
            ids = self._ids(host)
            if not ids and host.dep_ == "dobj" and host.head.lemma_.lower() in self.whole_verbs:
                ids = [x for c in host.head.children if c.dep_ == "nsubj" for x in self._ids(c)]
            return ids
        return [a.actor for a in self.finder.subject_of(v)]

    def _part_noun(self, n: Token) -> Iterator[Found]:
        parts = self._mention_ids(n) or self._described(n) or list(dict.fromkeys(
            a.actor for a in self.finder.actors(n) if a.via == "inherited"))
        # "groups within Iraq" places them; "factions within the IRI" makes them members
        wholes = [x for o in self._objects(n, self.part_preps) for x in self._ids(o)
                  if not self._is_state(x)]
        # "Nato member Greece", "Greece, a Nato member", "another EU member": the
        # organisation named on the noun
        wholes += [x for c in n.children if c.dep_ in ("compound", "poss")
                   for x in self._mention_ids(c) if not self._is_state(x) and x not in parts]
        yield from self._emit(n, parts, RelationType.MEMBER_OF, wholes)

    # ------------------------------------------------------------------ leads

    def _role_noun(self, n: Token) -> Iterator[Found]:
        orgs = [x for o in self._objects(n, ("of",)) for x in self._ids(o)]
        orgs += [x for c in n.children if c.dep_ in ("compound", "poss")
                 for x in self._mention_ids(c)]
        people = self._described(n)
        yield from self._emit(n, people, RelationType.LEADS, orgs)
        if n.lemma_.lower() in self.part_nouns or n.lemma_.lower() == "commander":
            yield from self._emit(n, people, RelationType.MEMBER_OF, orgs)

    def _led_by(self, v: Token) -> Iterator[Found]:
        leaders = [x for a in v.children if a.dep_ == "agent" for o in a.children
                   if o.dep_ == "pobj" for x in self._ids(o)]
        if v.dep_ == "acl":
            led = self._ids(v.head)
        else:
            led = [x for s in v.children if s.dep_ == "nsubjpass" for x in self._ids(s)]
        yield from self._emit(v, leaders, RelationType.LEADS, led)

    # ------------------------------------------------------------------ allied / hostile

    def _pair_noun(self, n: Token, rel: RelationType) -> Iterator[Found]:
        if any(c.lower_ in ("common", "mutual", "shared") for c in n.children):
            return  # "the shared enemy of X": X is the enemy, of both
        partners = [x for c in n.children if c.dep_ == "poss" for x in self._ids(c)]
        partners += [x for o in self._objects(n, ("of", "to")) for x in self._ids(o)]
        holders = self._described(n)
        if not partners and holders:
            # "US ally Saudi Arabia", "Key US ally, Jordan,": a title before the name
            # (or in apposition to it), whose own modifier is the other party
            mods = [x for c in n.children if c.dep_ in ("compound", "amod", "nmod")
                    for x in self._mention_ids(c)]
            if mods and not set(mods) & set(holders):
                partners = mods
        named = self._mention_ids(n)
        if rel is RelationType.HOSTILE and n.head.lemma_.lower() in self.consider and n.dep_ in (
                "dobj", "oprd", "attr"):
            v = n.head
            judges = [x for a in v.children if a.dep_ == "agent" for o in a.children
                      if o.dep_ == "pobj" for x in self._ids(o)]
            held = self._ids(v.head) if v.dep_ == "acl" else [
                x for s in v.children if s.dep_ == "nsubjpass" for x in self._ids(s)]
            yield from self._emit(v, judges, rel, held)
            return
        if not named and not holders and not partners:
            # "the two Nato allies": the pair named before; a compound organisation
            # is the alliance they belong to
            pair = list(dict.fromkeys(a.actor for a in self.finder.actors(n)))
            if len(pair) == 2:
                yield from self._emit(n, pair[:1], rel, pair[1:])
                orgs = [x for c in n.children if c.dep_ == "compound"
                        for x in self._mention_ids(c) if not self._is_state(x)]
                yield from self._emit(n, pair, RelationType.MEMBER_OF, orgs)
            return
        if named and not holders:
            # the noun itself names the other party: "allies with former enemies Y"
            holders = named
            partners = partners or self._clause_agent(n)
        if not partners and len(holders) > 1 and n.dep_ == "attr":
            partners, holders = holders[1:], holders[:1]
        yield from self._emit(n, holders, rel, partners)

    def _with_verb(self, v: Token, rel: RelationType) -> Iterator[Found]:
        subj = [a.actor for a in self.finder.subject_of(v)]
        others = [x for o in self._objects(v, ("with",)) for x in self._ids(o)]
        yield from self._emit(v, subj, rel, others)

    def _clause_agent(self, n: Token) -> list[str]:
        """Who holds a relation to a noun object: "US ally with enemies" -> US."""
        cur = n
        for _ in range(4):
            head = cur.head
            if head.i == cur.i:
                return []
            if head.pos_ in _VERB:
                return [a.actor for a in self.finder.subject_of(head)]
            if head.pos_ in ("NOUN", "PROPN") and cur.dep_ == "pobj":
                mods = [x for c in head.children if c.dep_ in ("compound", "poss", "nsubj")
                        for x in self._mention_ids(c)]
                if mods:
                    return mods
            cur = head
        return []

    # ------------------------------------------------------------------ helpers

    def _described(self, n: Token) -> list[str]:
        """Who a role/relation noun is said of: apposition, copula, "as N, X ..."."""
        cur = n
        # "a rival and enemy of Qatar": climb only through other relation nouns; in
        # "the army, the police and Iraq's partners" the conjuncts are a list
        while cur.dep_ == "conj" and cur.head.i != cur.i and (
                cur.head.lemma_.lower() in self.relation_nouns):
            cur = cur.head
        if cur.dep_ == "conj":
            return []
        if cur.dep_ == "appos":
            # "Saudi Arabia and the UAE, once rivals of Qatar": every conjunct
            named = self._mention_ids(cur.head) + [
                x for c in cur.head.children if c.dep_ == "conj" and c.i < cur.i
                for x in self._mention_ids(c)]
            return list(dict.fromkeys(named)) or self._ids(cur.head)
        appos = [c for c in cur.children if c.dep_ == "appos"]
        if not appos and cur.pos_ == "NOUN":
            # "Assad's backers, Russia and Iran, met": the parser often makes the
            # apposition a conjunct right after the comma
            appos = [c for c in cur.children if c.dep_ == "conj" and c.i == cur.i + 2
                     and cur.doc[cur.i + 1].text == "," and c.pos_ == "PROPN"]
        if appos:
            return [x for a in appos for x in self._ids(a)]
        head = cur.head
        if cur.dep_ in ("attr", "oprd") and head.pos_ in _VERB:
            return [x for s in head.children if s.dep_ in ("nsubj", "nsubjpass")
                    for x in self._ids(s)]
        if cur.dep_ == "compound" and head.pos_ == "PROPN":
            return self._ids(head)
        if cur.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in _VERB:
            subj = [s for s in head.head.children if s.dep_ in ("nsubj", "nsubjpass")]
            ids = [x for s in subj for x in self._ids(s)]
            if not ids:
                ids = [x for s in subj for p in s.children if p.dep_ == "poss"
                       for x in self._ids(p)]
            return ids
        return []

    def _is_state(self, actor_id: str) -> bool:
        actor = self.analysis.actors.get(actor_id)
        return actor is not None and actor.kind is ActorKind.STATE

    def _objects(self, tok: Token, preps: frozenset[str] | tuple[str, ...]) -> list[Token]:
        return [o for p in tok.children if (p.dep_ == "prep" or (
                    p.dep_ == "dative" and p.pos_ == "ADP"))
                and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]

    @staticmethod
    def _passive(v: Token) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
