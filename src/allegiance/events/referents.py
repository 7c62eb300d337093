"""Who a noun phrase stands for, inside one sentence.

``Referents.actors(tok)`` gives the actors a noun phrase headed by ``tok``
denotes (word classes in ``data/lexicon/arguments.yaml``):

- the actor the actors stage resolved at the head (a descriptor with a
  named apposition gives the name: "the Iran-backed militia Harakat
  al-Nujaba" is Nujaba, not the collective);
- "we"/"I" inside a quotation: its speaker; an unresolved subject pronoun
  of a reported clause: the reporter ("Syria said it would withdraw");
- relative pronouns: their antecedent; partitives ("a number of militias",
  "members of X", "officials from X", "a senior figure in X" but not "an
  official in Baghdad"): the "of"/"from"/"in" object; appositions;
  "including X"; "known as X";
- a legal instrument that acts (a relative clause's or a clause's subject)
  stands for who passed or issued it ("passed a law that bans X", "a
  decree issued by X bans ...");
- a definite speech noun without owner ("the announcement") for the speaker
  of the sentence before (``previous_speaker``, set by the extractor);
- a bare noun for a kind of group used as a modifier ("the militia attacks",
  "faction leaders") for the group of that kind the article last named with
  the same head noun;
- the owner named by a modifier or possessor: a state for its institutions
  ("Israeli interests", "Turkey's efforts", not "the Syrian Kurds"), a group
  for its members ("Hezbollah guerrillas"), an agent for its acts ("a U.S.
  drone strike", "attacks by X", "Iranian support");
- coordination gives every conjunct.

``Referents.owners(tok)`` is the weaker reading used when a target noun names
no actor itself but says whose it is: "positions of the PKK", "sites
belonging to X", "a building used by X", "bases hosting U.S. troops",
"the minister's residence", "the deal with Iran".

``concrete``/``thing`` say whether a noun is something an act can be done to
(a place, people, a named or counted thing) rather than an idea, and
``instrument_agents`` reads the agent of the act a passive happened in
("killed in an attack by X").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from allegiance.analysis import ActorAnalysis
from allegiance.lexicon import Lexicon
from allegiance.records import ActorKind

# participles that say what a body is made of ("a force comprising X")
_COMPOSED = frozenset({"comprise", "consist", "compose", "make", "draw", "include", "contain",
                       "form", "constitute"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# subject pronouns a reported clause refers back to its reporter with
_THIRD_PERSON = {"it": "thing", "they": "any", "he": "person", "she": "person"}
# verbs of an expletive "it" ("it seems that", "it emerged that")
_EXPLETIVE_VERBS = frozenset({"seem", "appear", "emerge", "remain", "matter", "happen",
                              "follow", "turn", "transpire"})
# possessive pronouns that refer to their clause's subject ("Iraq lifted its ban")
_POSSESSIVE = {"its": "thing", "their": "any", "his": "person", "her": "person"}
_STATE_KINDS = frozenset({ActorKind.STATE, ActorKind.GOVERNMENT, ActorKind.MILITARY})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# prepositions through which an owner reading looks into a place phrase
# ("targets at seven locations linked to X")
_PLACE_PREPS = frozenset({"at", "in", "near", "inside", "across"})
# prepositions of a passive verb or a noun that name the act it happened in
_INSTRUMENT_PREPS = frozenset({"in", "by", "during", "with"})


def _reciprocal(tok: Token) -> bool:
    """ "each other", "one another"."""
    low = tok.lower_
    kids = {c.lower_ for c in tok.children if c.dep_ == "det"}
    return (low == "other" and "each" in kids) or (low == "one" and "another" in kids) or (
        low == "another" and tok.head.lower_ == "one")


_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "conj", "appos", "poss", "attr",
                        "ROOT", "dative"})
_TITLE_WINDOW = 400  # tokens back for "the foreign minister" (about a paragraph or two)
_PAIR_WINDOW = 150  # tokens back for "the two men" (about three sentences)


@dataclass(frozen=True)
class Arg:
    """An actor filling a role; ``via`` says how it was found (confidence uses it).

    ``via`` is one of ``direct``, ``conj``, ``relative``, ``partitive``,
    ``governor``, ``inherited``, ``modifier``, ``list``.
    """

    actor: str
    token: int
    via: str = "direct"


class Referents:
    """Noun-phrase readings inside one sentence (token range ``lo``..``hi``)."""

    def __init__(self, analysis: ActorAnalysis, lexicon: Lexicon, lo: int, hi: int) -> None:
        """Read inside tokens ``lo``..``hi``; set ``speaker`` for quoted sentences."""
        self.analysis = analysis
        self.lo, self.hi = lo, hi
        w = lexicon.words
        self.relative = w("arguments.relative_pronouns")
        self.partitive = w("arguments.partitive_nouns")
        self.partitive_from = w("arguments.partitive_from_nouns")
        self.roles = w("relations.leads.nouns")
        self.institutions = w("arguments.institution_nouns")
        self.members = w("arguments.member_nouns")
        self.act_nouns = w("arguments.act_nouns")
        self.owner_verbs = w("arguments.owner_verbs")
        self.joining_verbs = w("arguments.joining_verbs")
        self.host_verbs = w("arguments.host_verbs")
        self.pacts = w("arguments.pact_nouns")
        self.acceptables = w("arguments.acceptable_nouns")
        self.concrete_nouns = w("arguments.concrete_nouns")
        self.state_places = w("arguments.state_places")
        self.reporting = w("modality.attribution.verbs") | w("arguments.reporting_verbs")
        self.partitive_in = w("arguments.partitive_in_nouns")
        self.class_nouns = w("arguments.class_nouns")
        self.authored = w("arguments.authored_nouns")
        self.authoring = w("arguments.authoring_verbs")
        self.announcements = w("arguments.announcement_nouns")
        self.definite_dets = w("arguments.definite_determiners")
        self.sponsor_participles = w("relations.backs.participles")
        self.title_nouns = w("arguments.title_nouns")
        self.group_nouns = w("arguments.group_nouns")
        self.pair_person = w("arguments.pair_nouns.person")
        self.pair_state = w("arguments.pair_nouns.state")
        self.pair_any = w("arguments.pair_nouns.any")
        self.speaker: str | None = None
        # who holds each place the article names as held ("the Kurdish-held town of
        # Afrin"): ``place_holders``
        self.holders: Mapping[str, str] = {}
        # who spoke in the sentence before ("X said ... . The announcement ...")
        self.previous_speaker: str | None = None

    # ------------------------------------------------------------- public

    def actors(self, tok: Token, via: str = "direct", depth: int = 0) -> list[Arg]:
        """Actors a noun phrase headed by ``tok`` stands for (see module doc)."""
        if depth > 5 or not self._in(tok):
            return []
        out: list[Arg] = []
        m = self.analysis.at_token(tok.i)
        if m is not None:
            named = self._named_apposition(tok, m.actor_id, via, depth)
            out += named or [Arg(m.actor_id, tok.i, via)]
            out += self._coordinated_modifiers(tok, m.actor_id, via)
        elif self.speaker is not None and tok.lower_ in _FIRST_PERSON:
            # "we"/"I" inside a quotation attributed to a speaker
            out.append(Arg(self.speaker, tok.i, weaker(via, "governor")))
        elif tok.pos_ == "PRON" and tok.lower_ in _THIRD_PERSON and tok.dep_ in _SUBJECT_DEPS:
            out += self._reporter(tok, via, depth) or self._previous_subject(tok, via)
        elif tok.lower_ in _POSSESSIVE and tok.dep_ == "poss":
            out += self._possessor(tok, via, depth)
        elif _reciprocal(tok):
            out += self._reciprocal_subjects(tok, via, depth)
        else:
            out += self._descriptive(tok, via, depth)
        for c in self._kids(tok, ("conj",)):
            out += self.actors(c, weaker(via, "conj"), depth + 1)
        return unique(out)

    def _coordinated_modifiers(self, tok: Token, own: str, via: str) -> list[Arg]:
        """The other actors of coordinated modifiers sharing the head noun: "Turkish" in
        "Turkish and Russian officials", "US" and "British" in "US, British and French
        warplanes" (the actor stage gives each its own sector mention)."""
        out: list[Arg] = []
        for c in self._kids(tok, ("amod", "nmod", "compound")):
            chain = [c, *(x for x in c.subtree if x.dep_ == "conj")]
            if len(chain) < 2:
                continue
            for x in chain:
                xm = self.analysis.at_token(x.i)
                if xm is not None and xm.actor_id != own:
                    out.append(Arg(xm.actor_id, x.i, weaker(via, "conj")))
        return out

    def owners(self, tok: Token, via: str = "governor", depth: int = 0) -> list[Arg]:
        """Whose a thing is, when the noun names no actor (see module doc)."""
        if depth > 2 or not self._in(tok):
            return []
        out: list[Arg] = []
        for p in self._kids(tok, ("poss",)):
            out += self.actors(p, weaker(via, "modifier"), depth + 1)
        preps = ("of", "by", "from", "with", "between") if tok.lemma_.lower() in self.pacts else (
            "of", "by", "from")
        for o in self.prep_objects(tok, preps):
            out += self.actors(o, via, depth + 1)
            if not out and (tok.lemma_.lower() in self.partitive or tok.lower_ in self.partitive):
                # "a total of 900 fighters who joined ISIS": what the counted are
                out += self.owners(o, via, depth + 1)
        for c in self._kids(tok, ("amod",)):
            if c.lemma_.lower() in _OWNER_PARTICIPLES or c.lower_ in _OWNER_PARTICIPLES:
                # "rebel-held villages", "Kurdish-controlled areas"
                for o in self._kids(c, ("npadvmod", "compound", "nmod", "amod")):
                    out += self.actors(o, via, depth + 1)
        for c in self._kids(tok, ("acl", "relcl")):
            lemma = c.lemma_.lower()
            if lemma in self.owner_verbs:
                # "sites belonging to X", "a building used by X", "groups linked to X"
                for p in self._kids(c, ("prep", "agent")):
                    for o in self._kids(p, ("pobj",)):
                        out += self.actors(o, via, depth + 1)
            elif lemma in self.joining_verbs:
                # "fighters who joined ISIS": its members
                for o in self._kids(c, ("dobj",)):
                    out += self.actors(o, via, depth + 1)
            elif any(" " in j and j.startswith(lemma + " ") for j in self.joining_verbs):
                # "militants who fought for ISIS", "men who swore allegiance to IS"
                dobjs = self._kids(c, ("dobj",))
                objs = [o.lemma_.lower() for o in dobjs]
                for p in self._kids(c, ("prep",)) + [q for o in dobjs
                                                     for q in self._kids(o, ("prep",))]:
                    said = {f"{lemma} {p.lower_}", *(f"{lemma} {o} {p.lower_}" for o in objs)}
                    if said & self.joining_verbs:
                        for o in self._kids(p, ("pobj",)):
                            out += self.actors(o, via, depth + 1)
            elif lemma in self.host_verbs:
                # "bases hosting U.S. troops", "a base that hosts U.S. forces"
                for o in self._kids(c, ("dobj",)):
                    out += self.actors(o, via, depth + 1)
        if not out and word_forms(tok) & self.state_places:
            # "cities in Saudi Arabia", "targets inside Syria": a place in a state is
            # the state's (not "a base in Iraq used by X", which the reading above owns)
            for o in self.prep_objects(tok, ("in", "inside", "across")):
                out += [replace(a, via=weaker(via, "modifier")) for a in self.actors(o, via, depth + 1)
                        if self._is_state(a.actor)]
        if not out:
            for o in self.prep_objects(tok, _PLACE_PREPS):
                if self.analysis.at_token(o.i) is None:
                    out += self.owners(o, via, depth + 1)
        if not out:
            for c in self._kids(tok, ("conj",)):
                out += self.owners(c, via, depth + 1)
        if not out:
            # "Iranian oil exports", "Turkish positions", "US bases": the modifier owns it
            out += self.modifiers(tok, weaker(via, "modifier"))
        if not out and self.holders and (tok.ent_type_ or tok.pos_ == "PROPN"):
            # "firing artillery at Afrin" after "the Kurdish-held town of Afrin"
            holder = self.holders.get(place_key(tok))
            if holder is not None:
                out.append(Arg(holder, tok.i, weaker(via, "inherited")))
        return unique(out)

    def speaker_of(self, verb: Token) -> str | None:
        """The actor who speaks in "X said" / "..., said X" (the inverted subject wins)."""
        subjects = sorted(self._kids(verb, ("nsubj",)), key=lambda t: (t.i < verb.i, -t.i))
        for s in subjects:
            args = self.actors(s)
            if args:
                return args[0].actor
        return None

    def modifiers(self, tok: Token, via: str) -> list[Arg]:
        """Actors named by the modifiers of a noun ("US forces", "Iraqi-US service")."""
        out: list[Arg] = []
        for c in self._kids(tok, _MODIFIER_DEPS):
            if c.tag_ in ("VBN", "VBG") or c.pos_ == "VERB":
                continue
            m = self.analysis.at_token(c.i)
            if m is not None:
                out.append(Arg(m.actor_id, c.i, weaker(via, "modifier")))
            elif c.dep_ == "compound" and c.pos_ == "NOUN" and word_forms(c) & self.class_nouns:
                out += self._same_head(c, via)
            # "Iraqi-US service", "the US-Turkish deal" (US hangs on Turkish)
            for cc in self._kids(c, _MODIFIER_DEPS | {"conj", "npadvmod"}):
                if cc.tag_ in ("VBN", "VBG"):
                    continue
                mm = self.analysis.at_token(cc.i)
                if mm is not None:
                    out.append(Arg(mm.actor_id, cc.i, weaker(via, "modifier")))
        return unique(out)

    def np_actors(self, tok: Token) -> list[Arg]:
        """Every actor named inside a noun phrase, longest mentions first
        ("the Turkish-backed and Russian-backed militias" -> both collectives)."""
        out = self.actors(tok)
        seen = {a.actor for a in out}
        covered: set[int] = set()
        inside = {x.i for x in tok.subtree}
        for t in tok.subtree:
            if t.i in covered or not self._in(t) or any(
                    a.dep_ in ("prep", "relcl", "acl") and a.i != tok.i and a.i >= tok.i
                    for a in t.ancestors if a.i in inside):
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

    def definite(self, tok: Token) -> bool:
        """ "the attack", "this decision": a noun that refers back to something."""
        return any(c.dep_ == "det" and c.lower_ in self.definite_dets for c in tok.children)

    def is_state_like(self, actor_id: str) -> bool:
        """A state or one of its sectors ("IRQ", "IRQ-MIL")."""
        actor = self.analysis.actors.get(actor_id)
        if actor is not None:
            return actor.kind in _STATE_KINDS
        return len(actor_id) == 3 or (len(actor_id) == 7 and actor_id[3] == "-")

    def pact(self, tok: Token) -> bool:
        """An agreement or relationship, whose parties its "with" names
        ("withdrew from the nuclear deal with Iran")."""
        return tok.lemma_.lower() in self.pacts or tok.lower_ in self.pacts

    def thing(self, tok: Token) -> bool:
        """A concrete thing that names no actor ("a military base", "14 people"):
        an act on it is an event without a target; an act on an actor that
        turned out to be the source itself is none."""
        return self.concrete(tok) and not self.actors(tok)

    def concrete(self, tok: Token) -> bool:
        """A thing an act can be done to: a place, people, a named or counted
        thing ("a military base", "14 people", "Mosul"), not an idea."""
        if tok.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "NORP", "ORG"):
            return True
        if self.analysis.at_token(tok.i) is not None:
            return True
        if self.holders and tok.pos_ == "PROPN" and place_key(tok) in self.holders:
            return True  # a place the article names as held (the model missed it here)
        lemma = tok.lemma_.lower()
        if word_forms(tok) & self.concrete_nouns:
            return True
        if tok.pos_ == "NUM":
            return True  # "arresting 12"
        if tok.pos_ == "PROPN" and sum(c.dep_ == "compound" and c.pos_ == "PROPN"
                                       for c in tok.children) >= 2:
            return True  # a full name the model tagged as no one ("Pablo Emilio Moncayo")
        if any(o.pos_ == "PROPN" for o in self.prep_objects(tok, ("of",))):
            return True  # "the enclave of Eastern Ghouta", "the town of Cizre"
        if lemma in self.partitive or tok.lower_ in self.partitive:
            # "dozens of demonstrators"
            return any(self.concrete(o) for o in self.prep_objects(tok, ("of",)))
        return any(c.dep_ == "nummod" for c in tok.children) and tok.pos_ == "NOUN"

    def instrument_agents(self, v: Token) -> list[Arg]:
        """The agent of the act a passive verb happened in ("killed in a drone
        strike by X", "wounded in an American strike")."""
        out: list[Arg] = []
        for o in self.prep_objects(v, _INSTRUMENT_PREPS):
            lemma = o.lemma_.lower()
            if lemma in self.act_nouns or o.lower_ in self.act_nouns:
                out += [replace(a, via="governor") for a in self.actors(o)]
        return out

    # ------------------------------------------------------------- readings

    def _reciprocal_subjects(self, tok: Token, via: str, depth: int) -> list[Arg]:
        """ "X and Y accused each other", "fought one another": the clause's subjects
        (the events pair each with the others; an actor never targets itself)."""
        cur = tok
        for _ in range(4):
            head = self._head(cur)
            if head is None:
                return []
            if head.pos_ in ("VERB", "AUX"):
                subj = self._kids(head, ("nsubj",))
                return [a for x in subj for a in self.actors(x, weaker(via, "conj"), depth + 1)]
            cur = head
        return []

    def _title_reference(self, tok: Token) -> str | None:
        """ "the foreign minister": the last person named before whose role has that
        title (see ``title_nouns`` in arguments.yaml)."""
        lemma = tok.lemma_.lower()
        if lemma not in self.title_nouns or tok.tag_ not in ("NN", "NNP"):
            return None
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
                c.dep_ in ("poss", "appos") or self.analysis.at_token(c.i) is not None
                for c in kids) or self.prep_objects(tok, ("of",)):
            return None
        words = {lemma} | {c.lemma_.lower() for c in kids
                           if c.dep_ in ("amod", "compound") and c.is_alpha}
        for m in sorted(self.analysis.mentions, key=lambda x: -x.token_start):
            if m.token_start >= tok.i or tok.i - m.token_start > _TITLE_WINDOW:
                continue
            actor = self.analysis.actors.get(m.actor_id)
            if actor is None or actor.kind is not ActorKind.PERSON:
                continue
            if any(words <= set(r.title.lower().split()) for r in actor.roles):
                return m.actor_id
        return None

    def _group_reference(self, tok: Token) -> str | None:
        """ "the Lebanese group": the last non-state actor of that country named before."""
        if tok.lemma_.lower() not in self.group_nouns and tok.lower_ not in self.group_nouns:
            return None
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return None
        countries = set()
        for c in kids:
            m = self.analysis.at_token(c.i)
            if c.dep_ in ("amod", "compound") and m is not None and self._is_state(m.actor_id):
                countries.add(m.actor_id)
        if len(countries) != 1:
            return None
        (country,) = countries
        for m in sorted(self.analysis.mentions, key=lambda x: -x.token_start):
            if m.token_start >= tok.i or tok.i - m.token_start > _TITLE_WINDOW:
                continue
            actor = self.analysis.actors.get(m.actor_id)
            if actor is not None and actor.country == country and actor.kind in (
                    ActorKind.ARMED_GROUP, ActorKind.POLITICAL_PARTY, ActorKind.ORGANIZATION):
                return m.actor_id
        return None

    def _pair_reference(self, tok: Token) -> list[str]:
        """ "the two men", "both countries": the last two different actors of that
        kind named before ``tok`` (see ``pair_nouns`` in arguments.yaml)."""
        low = tok.lower_
        kinds: frozenset[ActorKind]
        if low in self.pair_person:
            kinds = frozenset({ActorKind.PERSON})
        elif low in self.pair_state:
            kinds = frozenset({ActorKind.STATE})
        elif low in self.pair_any:
            kinds = frozenset(k for k in ActorKind if k is not ActorKind.PERSON)
        else:
            return []
        kids = list(tok.children)
        two = any(c.dep_ == "nummod" and c.lower_ in ("two", "2") for c in kids) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in kids)
        both = any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in kids)
        if not (two or both) or not tok.tag_.endswith("S"):
            return []
        doc = tok.doc
        before = [m for m in sorted(self.analysis.mentions, key=lambda x: -x.token_start)
                  if m.token_start < tok.i and tok.i - m.token_start <= _PAIR_WINDOW]
        # the sides of a story are its subjects and objects ("Israel and Hamas agreed
        # to a truce brokered by Egypt. Both sides ..."); prepositional ones only if not
        for core in (True, False):
            found: list[str] = []
            for m in before:
                actor = self.analysis.actors.get(m.actor_id)
                if actor is None or actor.kind not in kinds:
                    continue
                if core and doc[m.token_end - 1].dep_ not in _CORE_DEPS:
                    continue
                if m.actor_id not in found:
                    found.append(m.actor_id)
                if len(found) == 2:
                    return found
        # "Erdogan stepped up his rhetoric. Relations between the two men soured after
        # Trump praised him": the sentence itself may name one after the noun
        for m in sorted(self.analysis.mentions, key=lambda x: x.token_start):
            actor = self.analysis.actors.get(m.actor_id)
            if m.token_start <= tok.i or m.token_start >= self.hi or actor is None or (
                    actor.kind not in kinds):
                continue
            if m.actor_id not in found:
                found.append(m.actor_id)
        return found[:2] if len(found) >= 2 else []  # the backward pass's, then these

    def _examples(self, tok: Token, via: str, depth: int) -> list[Arg]:
        """The actors a plural noun gives as its examples: "militias like X", "allies
        such as X and Y", "groups including X"."""
        if tok.pos_ != "NOUN" or tok.tag_ not in ("NNS", "NNPS"):
            return []
        out: list[Arg] = []
        for p in self._kids(tok, ("prep",)):
            low = p.lower_
            example = low in ("like", "including") or (
                low == "as" and any(c.lower_ == "such" for c in p.children)) or (
                low == "as" and p.i > 0 and tok.doc[p.i - 1].lower_ == "such")
            if example:
                for o in self._kids(p, ("pobj",)):
                    out += self.actors(o, weaker(via, "partitive"), depth + 1)
        return out

    def _descriptive(self, tok: Token, via: str, depth: int) -> list[Arg]:
        """A noun that is not itself an actor mention: what it refers to."""
        out: list[Arg] = []
        low, lemma = tok.lower_, tok.lemma_.lower()
        pair = self._pair_reference(tok)
        if pair:
            return [Arg(a, tok.i, weaker(via, "inherited")) for a in pair]
        holder = self._title_reference(tok) or self._group_reference(tok)
        if holder is not None:
            return [Arg(holder, tok.i, weaker(via, "inherited"))]
        examples = self._examples(tok, via, depth)
        if examples:
            return examples  # "militias like Kataib Hezbollah", "allies such as Saudi Arabia"
        if low in self.relative and tok.tag_ in ("WDT", "WP", "WP$"):
            ante = self._antecedent(tok)
            if ante is not None:
                out += self.actors(ante, weaker(via, "relative"), depth + 1)
        elif (lemma in self.partitive or low in self.partitive or tok.pos_ in ("NUM", "DET")
              ) and not (via == "conj" and lemma in self.roles):
            # a coordinated "the leader of X" is more often a mis-attached apposition
            for o in self.prep_objects(tok, ("of",)):
                out += self.actors(o, weaker(via, "partitive"), depth + 1)
        if not out and (lemma in self.partitive_from or low in self.partitive_from):
            # "lawmakers from the Coordination Framework", "snipers from the militias"
            for o in self.prep_objects(tok, ("from",)):
                out += self.actors(o, weaker(via, "partitive"), depth + 1)
        if not out and (lemma in self.partitive_in or low in self.partitive_in):
            # "a senior figure in Kataib Hezbollah"; "an official in Baghdad" is a place
            for o in self.prep_objects(tok, ("in", "within", "inside")):
                if o.ent_type_ not in ("GPE", "LOC", "FAC"):
                    out += [a for a in self.actors(o, weaker(via, "partitive"), depth + 1)
                            if not self._is_state(a.actor)]
        if not out and lemma in self.announcements and self.previous_speaker is not None and (
                self.definite(tok) and not self._kids(tok, ("poss",))
                and not self.prep_objects(tok, ("by", "of", "from"))):
            # "X said it was suspending attacks. The announcement was seen as ..."
            out.append(Arg(self.previous_speaker, tok.i, weaker(via, "inherited")))
        if not out:
            # an apposition names the very actor ("the adviser, John Bolton")
            for c in self._kids(tok, ("appos",)):
                out += self.actors(c, via, depth + 1)
        if not out:
            out += self._owner(tok, lemma, low, via, depth)
        if not out and lemma in self.authored and (
                via == "relative" or tok.dep_ in _SUBJECT_DEPS):
            # only where the instrument acts ("a law that bans X", "the decree
            # bans X"), not as the object it is ("endorsed the Senate bill")
            out += self._author(tok, via, depth)
        if not out and (lemma in self.institutions or lemma in self.act_nouns):
            # "the missiles fired by the Israeli military": the agent's weapons
            for c in self._kids(tok, ("acl",)):
                # "the regime, backed by Russia": a sponsor, not the owner
                if c.tag_ == "VBN" and c.lemma_.lower() not in self.sponsor_participles:
                    for o in self.prep_objects(c, ()) + [
                            x for a in self._kids(c, ("agent",)) for x in self._kids(a, ("pobj",))]:
                        out += self.actors(o, weaker(via, "modifier"), depth + 1)
        if not out:
            # "rebel groups, including Turkish-backed brigades": the named instances
            for o in self.prep_objects(tok, ("including",)):
                out += self.actors(o, weaker(via, "partitive"), depth + 1)
        if not out and tok.pos_ == "NOUN":
            # "a force comprising SDF fighters", "a coalition made up of Kurdish militias",
            # "units drawn from the PMF": its members
            for c in self._kids(tok, ("acl",)):
                if c.lemma_.lower() not in _COMPOSED:
                    continue
                parts = self._kids(c, ("dobj",)) + self.prep_objects(c, ("of", "from"))
                parts += [o for p in self._kids(c, ("prt",)) for o in self.prep_objects(p, ("of",))]
                for o in parts:
                    out += self.actors(o, weaker(via, "partitive"), depth + 1)
        if not out:
            for c in self._kids(tok, ("acl",)):
                if c.lemma_.lower() in ("know", "call", "name", "dub"):
                    for o in self.prep_objects(c, ("as",)):
                        out += self.actors(o, via, depth + 1)
        head = self._head(tok)
        if not out and tok.dep_ == "appos" and head is not None and head.i < tok.i:
            # "the PMF, the umbrella of volunteer groups, fighting ...": an
            # appositive noun is the thing it describes
            m = self.analysis.at_token(head.i)
            if m is not None:
                out.append(Arg(m.actor_id, head.i, via))
        return out

    def _named_apposition(self, tok: Token, actor_id: str, via: str,
                          depth: int) -> list[Arg]:
        """ "the Iran-backed militia Harakat al-Nujaba", "Kataib Hezbollah, the
        Iran-backed militia": a collective descriptor in apposition with a group's
        name stands for the named group."""
        del depth
        if not actor_id.startswith("coll:"):
            return []
        out: list[Arg] = []
        near = list(self._kids(tok, ("appos",)))
        head = self._head(tok)
        if tok.dep_ == "appos" and head is not None:
            near.append(head)
        for c in near:
            m = self.analysis.at_token(c.i)
            if m is not None and not m.actor_id.startswith("coll:"):
                out.append(Arg(m.actor_id, c.i, via))
        return out

    def _same_head(self, mod: Token, via: str) -> list[Arg]:
        """ "the militia attacks", "faction leaders": a bare noun for a kind of group
        stands for the group the article last named with that head noun ("an
        Iran-backed militia"), if it is no state or state body."""
        forms = word_forms(mod)
        doc = mod.doc
        best = None
        for m in self.analysis.mentions:
            if m.token_end > mod.i or m.token_end - m.token_start < 1:
                continue
            if not word_forms(doc[m.token_end - 1]) & forms or self.is_state_like(m.actor_id):
                continue
            if best is None or m.token_start > best.token_start:
                best = m
        return [] if best is None else [Arg(best.actor_id, mod.i, weaker(via, "modifier"))]

    def _author(self, tok: Token, via: str, depth: int) -> list[Arg]:
        """ "passed a law that turns X into ...", "a decree issued by X": a legal
        instrument acts for whoever passed or issued it."""
        out: list[Arg] = []
        for p in self._kids(tok, ("poss",)):
            out += self.actors(p, weaker(via, "governor"), depth + 1)
        for c in self._kids(tok, ("acl",)):
            if c.tag_ == "VBN" and c.lemma_.lower() in self.authoring:
                for a in self._kids(c, ("agent",)):
                    for o in self._kids(a, ("pobj",)):
                        out += self.actors(o, weaker(via, "governor"), depth + 1)
        head = self._head(tok)
        if not out and head is not None and head.lemma_.lower() in self.authoring:
            if tok.dep_ == "dobj":
                for sub in self._kids(head, ("nsubj",)):
                    out += self.actors(sub, weaker(via, "governor"), depth + 1)
            elif tok.dep_ == "nsubjpass":
                for a in self._kids(head, ("agent",)):
                    for o in self._kids(a, ("pobj",)):
                        out += self.actors(o, weaker(via, "governor"), depth + 1)
        return out

    def _is_state(self, actor_id: str) -> bool:
        actor = self.analysis.actors.get(actor_id)
        return actor.kind is ActorKind.STATE if actor is not None else len(actor_id) == 3

    def _reporter(self, pron: Token, via: str, depth: int) -> list[Arg]:
        """ "Syria said it would withdraw", "the militia that announced it was
        suspending attacks": an unresolved subject pronoun of a reported clause
        is the reporter, when their kinds agree ("he" a person, "it" not)."""
        clause = pron.head
        while clause.dep_ == "conj" and self._head(clause) is not None:
            clause = clause.head
        if clause.dep_ != "ccomp":
            return []
        verb = self._head(clause)
        if verb is None or verb.lemma_.lower() not in self.reporting:
            return []
        want = _THIRD_PERSON[pron.lower_]
        out: list[Arg] = []
        for s in self._kids(verb, ("nsubj",)):
            for a in self.actors(s, weaker(via, "relative"), depth + 1):
                actor = self.analysis.actors.get(a.actor)
                person = actor is not None and actor.kind is ActorKind.PERSON
                if want == "any" or (want == "person") == person:
                    out.append(Arg(a.actor, pron.i, a.via))
        return out

    def _previous_subject(self, pron: Token, via: str) -> list[Arg]:
        """ "Turkey sent troops into Syria. It has also supported the rebels": a
        pronoun subject of a sentence's main clause, unresolved inside it, is the
        one actor (of its kind) the sentence before has for main subject. Not an
        expletive ("It is unclear whether ...", "it emerged that ...")."""
        verb = pron.head
        if verb.dep_ != "ROOT" or pron.i - self.lo > 3 or self.lo == 0:
            return []
        if any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > verb.i for c in verb.children) \
                and (verb.lemma_.lower() in _EXPLETIVE_VERBS or any(
                    c.dep_ in ("acomp", "attr") for c in verb.children)):
            return []
        prev = pron.doc[self.lo - 1].sent
        want = _THIRD_PERSON[pron.lower_]
        found: list[str] = []
        for s in (c for c in prev.root.children if c.dep_ in _SUBJECT_DEPS):
            for t in s.subtree:
                m = self.analysis.at_token(t.i)
                actor = self.analysis.actors.get(m.actor_id) if m is not None else None
                if actor is None:
                    continue
                person = actor.kind is ActorKind.PERSON
                if (want == "any" or (want == "person") == person) and m is not None \
                        and m.actor_id not in found:
                    found.append(m.actor_id)
                break  # the subject's head mention only
        if len(found) != 1:
            return []
        return [Arg(found[0], pron.i, weaker(via, "inherited"))]

    def clause_subject(self, verb: Token) -> list[Arg]:
        """Who does what ``verb`` says (ArgumentFinder also follows control)."""
        return [a for s in self._kids(verb, _SUBJECT_DEPS) for a in self.actors(s)]

    def _possessor(self, pron: Token, via: str, depth: int) -> list[Arg]:
        """ "Saudi Arabia lifted its blockade", "X reiterated its demand": an
        unresolved possessive pronoun is its clause's subject, when their kinds
        agree; not inside that subject ("its forces attacked": someone earlier)."""
        cur = pron.head
        for _ in range(6):
            if cur.pos_ in ("VERB", "AUX"):
                if depth > 3:
                    return []
                clause = cur
                if any(pron.i in {t.i for t in s.subtree}
                       for s in self._kids(cur, _SUBJECT_DEPS)):
                    # "Although Turkey is a Nato member, its cooperation with Moscow
                    # grew": the subject of a clause before it, else someone earlier
                    before = [c for c in self._kids(cur, ("advcl",)) if c.i < pron.i]
                    if not before:
                        return []
                    clause = before[-1]
                want = _POSSESSIVE[pron.lower_]
                out: list[Arg] = []
                for a in self.clause_subject(clause):
                    actor = self.analysis.actors.get(a.actor)
                    person = actor is not None and actor.kind is ActorKind.PERSON
                    if want == "any" or (want == "person") == person:
                        out.append(Arg(a.actor, pron.i, weaker(via, "relative")))
                return out
            up = self._head(cur)
            if up is None:
                return []
            cur = up
        return []

    def _owner(self, tok: Token, lemma: str, low: str, via: str, depth: int) -> list[Arg]:
        """The actor a noun stands for through its modifiers or possessor.

        A state's demonym or name stands for its institutions ("Israeli interests",
        "a Turkish missile", "a joint Egyptian-Saudi command") but not for other
        people ("the Syrian Kurds"), nor when another ethnic or sectarian word
        qualifies the noun ("Syrian Kurdish forces"); a group's name stands for its
        members too ("al-Qaeda network", "Hezbollah guerrillas").  The possessor
        counts for institutions only ("Turkey's efforts", not "her husband").  An
        act noun whose possessor is its agent stands for that agent, named by a
        possessor, "by" or else a modifier ("Iran's support", "attacks by X", "a
        U.S. drone strike"; "Erdogan's Syria incursion" is Erdogan's); acts done to
        a person ("killing", "arrest") are not such nouns: "Soleimani's killing".
        """
        if lemma in self.act_nouns or low in self.act_nouns:
            out = []
            for p in self._kids(tok, ("poss",)):
                out += self.actors(p, weaker(via, "modifier"), depth + 1)
            for x in self.prep_objects(tok, ("by",)):
                out += self.actors(x, weaker(via, "modifier"), depth + 1)
            # a named agent leaves a state modifier the act's ground ("Erdogan's
            # Syria incursion"); without one the modifier is the agent ("a U.S. strike")
            mods = self.modifiers(tok, via)
            return out + [a for a in mods if not self.is_state_like(a.actor)] if out else mods
        forms = word_forms(tok)  # the tagger lemmatises "bases" as "basis"
        institution = bool(forms & self.institutions)
        member = institution or bool(forms & self.members)
        if not member:
            return []
        mods = self.modifiers(tok, via)
        qualified = any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
                        and self.analysis.at_token(c.i) is None
                        for c in self._kids(tok, _MODIFIER_DEPS))
        out = [a for a in mods if not self.is_state_like(a.actor)
               or (institution and not qualified)]
        if one_member(tok):
            # "its NATO ally", "an EU partner": the club names no one member ("its NATO
            # allies" stand for the club)
            out = [a for a in out if not self._club(a.actor)]
        if not out and institution:
            for p in self._kids(tok, ("poss",)):
                out += self.actors(p, weaker(via, "modifier"), depth + 1)
        return out

    def _club(self, actor_id: str) -> bool:
        """An alliance or international body (its members are other actors)."""
        actor = self.analysis.actors.get(actor_id)
        return actor is not None and actor.kind in (ActorKind.IGO, ActorKind.COALITION)

    # ------------------------------------------------------------- tree helpers

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

    def prep_objects(self, tok: Token, preps: Iterable[str]) -> list[Token]:
        """Objects of ``tok``'s prepositions among ``preps`` ("of", "from", ...)."""
        wanted = set(preps)
        return [o for p in self._kids(tok, ("prep", "dative")) if p.lower_ in wanted
                and (p.dep_ == "prep" or p.pos_ == "ADP") for o in self._kids(p, ("pobj",))]

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


def word_forms(tok: Token) -> frozenset[str]:
    """Lemma and naive de-inflections: the tagger's lemma is sometimes wrong ("hopes" -> "hop")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e")):
        if low.endswith(suffix) and len(low) - len(suffix) > 2:
            out.add(low[: -len(suffix)] + repl)
    return frozenset(out)


def phrasal_forms(tok: Token) -> frozenset[str]:
    """The lemma, and lemma plus particle for phrasal verbs ("rule out", "fend off")."""
    lemma = tok.lemma_.lower()
    return frozenset({lemma, *(f"{lemma} {c.lower_}" for c in tok.children
                                if c.dep_ == "prt")})


def weaker(a: str, b: str) -> str:
    """The less direct of two ways of finding an actor."""
    return a if _STRENGTH.index(a) >= _STRENGTH.index(b) else b


# "X-held towns": the participle makes its modifier the owner of the noun
# nouns of membership: a club's name on them names no member ("its NATO ally")
_MEMBERSHIP_NOUNS = frozenset({"ally", "partner", "member", "neighbour", "neighbor"})


def one_member(tok: Token) -> bool:
    """A singular noun of membership ("its NATO ally"): the club its modifier names is
    not it (the plural, "its NATO allies", may stand for the club)."""
    return tok.lemma_.lower() in _MEMBERSHIP_NOUNS and tok.tag_ == "NN"
_OWNER_PARTICIPLES = frozenset({"hold", "held", "control", "controlled", "run", "dominate",
                                "dominated", "occupy", "occupied"})


def entity_text(tok: Token) -> str:
    """The text of the named entity a token is part of (walked by its IOB tags); a token
    outside any entity is itself."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def place_key(tok: Token) -> str:
    """The name of the place a token is part of, case-folded ("al qaryatain")."""
    return entity_text(tok).casefold()


def place_holders(doc: Doc, analysis: ActorAnalysis) -> dict[str, str]:
    """Who holds each place an article describes as held: "the Kurdish-held town of
    Afrin", "rebel-held Idlib", "the ISIS-controlled city of Raqqa". A place said to be
    held by two different actors is left out (it changed hands)."""
    out: dict[str, str] = {}
    torn: set[str] = set()
    for t in doc:
        if t.dep_ != "amod" or (t.lower_ not in _OWNER_PARTICIPLES
                                and t.lemma_.lower() not in _OWNER_PARTICIPLES):
            continue
        holders = [m.actor_id for c in t.children
                   if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
                   for m in (analysis.at_token(c.i),) if m is not None]
        if len(set(holders)) != 1:
            continue
        head = t.head
        places = [head] if head.ent_type_ in _PLACE_LABELS else [
            o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.ent_type_ in _PLACE_LABELS]
        for place in places:
            if analysis.at_token(place.i) is not None:
                continue  # a state is no place held
            key = place_key(place)
            if out.get(key, holders[0]) != holders[0]:
                torn.add(key)
            out[key] = holders[0]
    return {k: v for k, v in out.items() if k not in torn}


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def unique(args: Iterable[Arg]) -> list[Arg]:
    """Arguments with each actor once (the first reading wins)."""
    seen: dict[str, Arg] = {}
    for a in args:
        if a.actor not in seen:
            seen[a.actor] = a
    return list(seen.values())
