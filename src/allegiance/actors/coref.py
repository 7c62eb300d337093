"""Rule-based coreference for the phrases that carry a conflict story.

Conservative on purpose: a phrase is resolved only when a compatible
antecedent is close enough, and never across a blocking modifier.

- "he"/"his"/"she" -> the nearest person within ``window_pronoun`` sentences;
  a subject or possessive pronoun prefers the latest *subject* person, and an
  object pronoun never takes the subject of its own verb ("X told him").
- "they"/"them"/"their" -> the nearest plural actor (collective, plural sector
  or demonym phrase) in the same or the previous sentence.
- "these groups", "the militias", "those militia groups" -> the latest
  collective of the article (else its only collective); "these forces" needs a
  demonstrative. Bare "Shiite militias", "armed groups" likewise, when all
  their modifiers are allowed.
- An object pronoun never takes its clause's subject, under any of the
  subject's names ("those militia groups have clashed with them").
- "he"/"she" never take a person whose given name or honorific says otherwise
  ("Ahmed", "Mrs").
- "the group" -> the latest named organisation of a compatible kind; "the
  militants" -> the latest named armed group that is no member of a state
  (the PMF is not); "the jihadists", "the
  extremists", "the terrorist organization" -> the latest *jihadist* group
  (KB tag ``jihadist``), never any armed group.
- "the government", "his government" -> the latest government sector, the
  person's state's government, or the dominant state's government; "the regime"
  -> the government the article has called a regime.
- "the administration" -> a government the article called an administration,
  else the government of the latest president named, else the dominant state's.
- "the army", "the federal police", "the security forces", "the cabinet",
  "the country's parliament" (``definite_sectors``) -> that sector of the
  article's dominant state, else of the one state named in this or the
  previous sentence.
- "the volunteers" -> a KB actor the article named whose ``descriptions``
  hold the phrase (the PMF).
- "It condemned ...", "It said ..." (speech and stance verbs) -> the latest
  organisation, government or state named as a subject in this or the
  previous sentence; "X said it would ..." -> X.
- "several of them" as a subject prefers a subject antecedent like "they".
- "the coalition", "the Coalition" -> the latest coalition named, else the KB
  coalition whose context words the article uses.
- "the minister", "the Foreign Secretary", "the Republican president" -> the
  latest person whose title (read in the article or held at its date in the
  KB) has every title word of the phrase, and whose state or party matches a
  state or party modifier.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from allegiance.actors.collectives import is_plural
from allegiance.actors.context import ArticleContext, Found
from allegiance.actors.resolve import context_score
from allegiance.actors.roles import held_at, title_head
from allegiance.kb import normalise_alias
from allegiance.records import ActorKind, Role

RANK_COREF = 5
# Context words an article must use for a KB coalition to be "the Coalition".
_MIN_CONTEXT = 2
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "pobj", "dative", "iobj"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})
_HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
                     "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f",
                     "queen": "f", "princess": "f"}
_POSSESSIVES = frozenset({"his", "her", "their"})
_GOV_DETERMINERS = frozenset({"the", "its", "his", "her", "their"})
# "its factions" belong to someone else: possessives do not make an anaphor
# "the new government" is the government; "the camp administration" is not
_GOV_MODIFIERS = frozenset({"new", "current", "central", "federal", "national", "interim",
                            "transitional", "former", "previous"})
# "his country", "their nation": the owner's state
_COUNTRY_HEADS = frozenset({"country", "nation"})
# group heads that, owned ("its fighters"), are the owner's armed force ("its allies" is not)
_OWN_FIGHTERS = frozenset({"fighters", "militants", "units", "brigades", "militiamen", "gunmen",
                           "fighter", "unit", "brigade"})
# "troops loyal to X" (coref.loyal_forces); rebels and loyalists are forces there too
_LOYAL = frozenset({"loyal", "faithful"})
_LOYAL_HEADS = frozenset({"rebels", "rebel", "loyalists", "militias", "militia", "men",
                          "forces", "troops", "soldiers"})
_SPONSOR_HEADS = frozenset({"sponsor", "sponsors", "patron", "patrons", "backer", "backers",
                            "benefactor", "benefactors", "paymaster", "paymasters"})
_PLURAL_DETS = frozenset({"the", "these", "those", "such"})
_DEFINITE_DETS = frozenset({"the", "these", "those"})
_ACTING = frozenset({"nsubj", "nsubjpass", "poss"})
# "the administration" is a president's government ("the Trump administration")
_ADMINISTRATION = "administration"
_PRESIDENTIAL = frozenset({"president"})
_ORG_KINDS: dict[str, frozenset[ActorKind]] = {
    "militia": frozenset({ActorKind.ARMED_GROUP}),
    "party": frozenset({ActorKind.POLITICAL_PARTY}),
    "bloc": frozenset({ActorKind.POLITICAL_PARTY, ActorKind.COALITION}),
    "movement": frozenset({ActorKind.ARMED_GROUP, ActorKind.POLITICAL_PARTY}),
    "alliance": frozenset({ActorKind.POLITICAL_PARTY, ActorKind.COALITION}),
    "coalition": frozenset({ActorKind.POLITICAL_PARTY, ActorKind.COALITION}),
}
_ANY_ORG = frozenset({ActorKind.ARMED_GROUP, ActorKind.POLITICAL_PARTY, ActorKind.ORGANIZATION,
                      ActorKind.COALITION, ActorKind.IGO})


def _modifier(tok: Token) -> bool:
    """An adjective, noun or past participle ("armed") inside a noun phrase."""
    if not tok.pos_:
        return tok.is_alpha and not tok.is_stop
    return tok.pos_ in ("ADJ", "NOUN") or tok.tag_ == "VBN"


def _verb_of(tok: Token) -> Token | None:
    """The verb that governs a token (climbing at most three heads)."""
    cur = tok
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return cur if cur.pos_ in ("VERB", "AUX") else None


def _partitive_subject(tok: Token) -> bool:
    """"several of them", "some of them" as a clause's subject."""
    of = tok.head
    return tok.dep_ == "pobj" and of.lower_ == "of" and of.i < tok.i \
        and of.head.dep_ in _SUBJECTS and of.head.i < of.i


def current_titles(ctx: ArticleContext, person: str) -> list[str]:
    """Titles of a KB person's roles held at the article's date (all, when undated)."""
    entry = ctx.kb.get(person)
    if entry is None:
        return []
    return [r.title for r in entry.roles if held_at(r, ctx.article.published)]


def _country_of_word(ctx: ArticleContext, word: str) -> str | None:
    """The state a modifier names ("Iraqi", "US") or the country of a party it names."""
    if not word[:1].isupper():
        return None
    kb = ctx.kb
    state = kb.state_by_demonym(word) or kb.state_by_name(word)
    if state is not None:
        return state
    # "Republican" president: the party "Republicans"/"Republican Party"
    for form in (word, f"{word}s", f"{word} Party"):
        parties = [e for e in kb.candidates(form) if e.kind is ActorKind.POLITICAL_PARTY]
        if len(parties) == 1:
            return parties[0].country
    return None


def name_gender(ctx: ArticleContext, actor_id: str) -> str | None:
    """"m"/"f" from the given name of a person actor, when the name tells."""
    actor = ctx.created.get(actor_id)
    entry = ctx.kb.get(actor_id) if actor is None else None
    name = actor.name if actor is not None else entry.name if entry is not None else ""
    t = ctx.tables
    for word in name.replace("-", " ").split():
        low = word.strip(".,'\u2019").lower()
        if low in t.honorifics or low in t.particles:
            continue
        if low in t.male_names:
            return "m"
        if low in t.female_names:
            return "f"
        return None
    return None


class _Resolver:
    def __init__(self, ctx: ArticleContext, chosen: list[Found],
                 roles: dict[str, list[Role]]) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.t = ctx.tables
        self.mentions = sorted(chosen, key=lambda f: f.start)
        self.roles = roles
        self.taken = {i for f in chosen for i in range(f.start, f.end)}
        self.collectives = [f for f in self.mentions if f.actor_id.startswith("coll:")]
        self.added: list[Found] = []
        self.gender: dict[str, str] = {}
        # KB descriptions ("volunteers") of the actors the article names
        self.described: dict[str, set[str]] = {}
        for f in self.mentions:
            entry = ctx.kb.get(f.actor_id) if f.via in ("kb", "alias") else None
            for phrase in entry.descriptions if entry is not None else ():
                self.described.setdefault(phrase, set()).add(f.actor_id)

    # --- helpers -----------------------------------------------------------

    def _root(self, f: Found) -> Token:
        return self.doc[f.start:f.end].root

    def _before(self, i: int, window: int | None,
                ok: Callable[[Found], bool]) -> list[Found]:
        s = self.ctx.sent_index(i)
        out = []
        for f in self.mentions:
            if f.start >= i:
                break
            if window is not None and s - self.ctx.sent_index(f.start) > window:
                continue
            if ok(f):
                out.append(f)
        return out

    def _pick(self, anaphor: Token, cands: list[Found], prefer_subject: bool,
              as_subject: bool = False) -> Found | None:
        if not cands:
            return None
        if anaphor.dep_ in _OBJECTS and not as_subject:
            # "X clashed with them", "X told him": an object is not its clause's
            # subject, under any of the subject's names ("the militias ... those
            # militia groups have clashed with them")
            verb = _verb_of(anaphor)
            clause = {f.actor_id for f in self.mentions
                      if verb is not None and self._root(f).dep_ in _SUBJECTS
                      and _verb_of(self._root(f)) == verb}
            cands = [f for f in cands if f.actor_id not in clause]
        if prefer_subject:
            subjects = [f for f in cands if self._root(f).dep_ in _SUBJECTS]
            if subjects:
                return subjects[-1]
        return cands[-1] if cands else None

    def _add(self, start: int, end: int, antecedent: Found | str, plural: bool = False) -> None:
        actor_id = antecedent if isinstance(antecedent, str) else antecedent.actor_id
        f = Found(start, end, actor_id, "coref", RANK_COREF, plural=plural)
        self.added.append(f)
        self.taken.update(range(start, end))
        # a resolved anaphor is itself an antecedent for later ones
        self.mentions.append(f)
        self.mentions.sort(key=lambda m: m.start)

    def _kind(self, f: Found) -> ActorKind | None:
        return self.ctx.actor_kind(f.actor_id)

    # --- rules -------------------------------------------------------------

    def _gender_of(self, f: Found) -> str | None:
        """A person's gender from an honorific ("Mrs") or a given name ("Ahmed")."""
        if f.actor_id in self.gender:
            return self.gender[f.actor_id]
        prev = self.doc[f.start - 1].lower_.rstrip(".") \
            if f.start > 0 and f.via != "coref" else ""
        found = _HONORIFIC_GENDER.get(prev)
        if found is None:
            found = name_gender(self.ctx, f.actor_id)
        if found is not None:
            self.gender[f.actor_id] = found
        return found

    def person_pronoun(self, tok: Token) -> None:
        gender = "f" if tok.lower_ in _FEMININE else "m"

        def fits(f: Found) -> bool:
            # once called "he", a person is not "she" (and the other way round)
            return self._kind(f) is ActorKind.PERSON \
                and (self._gender_of(f) or gender) == gender

        cands = self._before(tok.i, self.t.window_pronoun, fits)
        prefer = tok.dep_ in _SUBJECTS or tok.lower_ in _POSSESSIVES or tok.dep_ == "poss"
        ante = self._pick(tok, cands, prefer)
        if ante is not None:
            self.gender.setdefault(ante.actor_id, gender)
            self._add(tok.i, tok.i + 1, ante)

    def _plural_subject_between(self, start: int, end: int) -> bool:
        return any(t.tag_ in ("NNS", "NNPS") and t.dep_ in _SUBJECTS and t.i not in self.taken
                   for t in self.doc[start:end])

    def plural_pronoun(self, tok: Token) -> None:
        cands = self._before(tok.i, self.t.window_plural_pronoun, lambda f: f.plural)
        # a plural subject the rules could not resolve stands closer ("militia
        # commanders ... a coalition of them"): do not guess past it
        cands = [f for f in cands if not self._plural_subject_between(f.end, tok.i)]
        # "several of them carried out attacks": the pronoun is the part's whole,
        # and the part is the clause's subject
        partitive = _partitive_subject(tok)
        ante = self._pick(tok, cands, tok.dep_ in _SUBJECTS or tok.lower_ == "their" or partitive,
                          as_subject=partitive)
        if ante is not None:
            self._add(tok.i, tok.i + 1, ante, plural=True)

    def it_pronoun(self, tok: Token) -> None:
        """"It condemned the strikes", "X said it would ...": an organisation or state.

        Only as the subject of a verb of speech or stance, whose subject is
        nearly always an actor: the latest organisation, government or state
        named as a subject in this or the previous sentence. As the subject of
        a clause reported by such a verb, the reporting subject itself.
        """
        if tok.dep_ not in _SUBJECTS:
            return
        verb = tok.head
        if verb.dep_ == "ccomp" and self._speech(verb.head) and verb.head.i < tok.i:
            subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
            owner = self._mention_of(subject) if subject is not None else None
            if owner is not None and self._singular_actor(owner):
                self._add(tok.i, tok.i + 1, owner)
            return
        if not self._speech(verb):
            return
        cands = self._before(tok.i, 1, lambda f: self._singular_actor(f)
                             and self._root(f).dep_ in _SUBJECTS)
        if cands:
            self._add(tok.i, tok.i + 1, cands[-1])

    def _speech(self, verb: Token) -> bool:
        return verb.pos_ in ("VERB", "") and (verb.lemma_.lower() in self.t.it_verbs
                                             or verb.lower_ in self.t.it_verbs)

    def _mention_of(self, tok: Token) -> Found | None:
        """The longest mention holding a token (a sector rather than its state)."""
        holding = [f for f in self.mentions if f.start <= tok.i < f.end]
        return max(holding, key=lambda f: f.end - f.start) if holding else None

    def _singular_actor(self, f: Found) -> bool:
        kind = self._kind(f)
        return kind is not None and kind is not ActorKind.PERSON and not f.plural \
            and not f.inner

    def noun_phrase(self, head: Token) -> None:
        doc = self.doc
        if head.i + 1 < len(doc) and doc[head.i + 1].pos_ in ("NOUN", "PROPN") \
                and doc[head.i + 1].lower_ not in ("in", "of"):
            return  # not the head of its phrase ("the militia leaders")
        start = head.i
        while start > 0 and (start - 1) not in self.taken and _modifier(doc[start - 1]) \
                and doc[start - 1].lower_ not in self.t.determiners and head.i - start < 3:
            start -= 1
        low = head.lower_
        if low in self.t.title_heads and start > 0 and doc[start - 1].pos_ == "PROPN":
            # "the Republican president": a proper-noun modifier of a title
            k = start - 1
            while k > 0 and doc[k].pos_ == "PROPN" and k not in self.taken and head.i - k < 4:
                k -= 1
            if doc[k].lower_ == "the":
                start = k + 1
        mods = [t.lower_ for t in doc[start:head.i]]
        det = doc[start - 1].lower_ if start > 0 else ""
        if det not in self.t.determiners:
            det = ""
        if det in ("the", "this", "that") and not is_plural(head) and low in self.t.org_heads \
                and mods and all(m in self.t.jihadist_modifiers for m in mods):
            # "the terrorist organization", "the jihadist group": a jihadist group
            self._hostile(head, start - 1, jihadist=True, plural=False)
            return
        if any(m in self.t.blockers for m in mods):
            return
        phrase = " ".join([*mods, low])
        militia = low in self.t.militia_heads or any(
            phrase.endswith(p) for p in self.t.militia_heads if " " in p)
        span_start = start - 1 if det in ("the", "these", "those", "such") else start
        nxt = doc[head.i + 1].lower_ if head.i + 1 < len(doc) else ""
        nxt_cap = head.i + 1 < len(doc) and doc[head.i + 1].text[:1].isupper()
        if is_plural(head) and low in self.t.group_heads:
            definite = det in _PLURAL_DETS and (militia or low == "groups")
            if det in self.t.demonstratives or definite:
                self._collective(head, span_start)
            elif not det and militia and all(m in self.t.bare_allowed for m in mods) \
                    and (start == 0 or doc[start - 1].pos_ != "DET"):
                self._collective(head, start)
            elif det == "the" and low in self.t.hostile_labels:
                self._hostile(head, span_start)
        elif det in ("the", "this", "that") and low in self.t.org_heads and not is_plural(head) \
                and nxt not in ("of", "that", "which", "who"):
            self._org(head, span_start)
        elif det in _GOV_DETERMINERS and low in self.t.government_anaphors \
                and nxt not in ("of",) and all(m in _GOV_MODIFIERS for m in mods):
            self._government(head, span_start, det, start)
        elif det == "the" and low in self.t.hostile_labels:
            self._hostile(head, span_start)
        elif det == "the" and low in self.t.title_heads and nxt not in (
                "of", "at", "from", "for", "in") and not nxt_cap:
            self._title(head, span_start)

    def _collective(self, head: Token, start: int) -> None:
        before = [f for f in self.collectives if f.start < head.i]
        if before:
            self._add(start, head.i + 1, before[-1], plural=True)
        elif len({f.actor_id for f in self.collectives}) == 1:
            self._add(start, head.i + 1, self.collectives[0], plural=True)

    def _org(self, head: Token, start: int) -> None:
        kinds = _ORG_KINDS.get(head.lower_, _ANY_ORG)
        cands = self._before(head.i, self.t.window_org, lambda f: self._kind(f) in kinds
                             and not f.actor_id.startswith("coll:") and f.via != "coref")
        ante = self._pick(head, cands, False)
        if ante is not None:
            self._add(start, head.i + 1, ante)
        elif head.lower_ == "coalition":
            self._coalition(head, start)

    def _coalition(self, head: Token, start: int) -> None:
        """"the coalition", "Coalition forces": the article's coalition.

        The latest coalition named before, however far; else the KB coalition
        whose context words the article uses (the anti-ISIS coalition in a
        story about Daesh, the Saudi-led one in a story about the Houthis).
        """
        named = self._before(head.i, None, lambda f: self._kind(f) is ActorKind.COALITION)
        if named:
            self._add(start, head.i + 1, named[-1])
            return
        best, score = None, 0
        for entry in self.ctx.kb:
            if entry.kind is ActorKind.COALITION and entry.context:
                n = context_score(self.ctx, entry)
                if n > score:
                    best, score = entry.id, n
        if best is not None and score >= _MIN_CONTEXT:
            self._add(start, head.i + 1, best)

    def _hostile(self, head: Token, start: int, jihadist: bool = False,
                 plural: bool = True) -> None:
        """"the militants" -> the latest named armed group that is no state body
        (the KB's Popular Mobilization Forces, a member of the Iraqi state, are not
        "the militants" of a story); "the jihadists", "the extremists" -> the
        latest jihadist group only."""
        jihadist = jihadist or head.lower_ in self.t.jihadist_labels
        cands = self._before(head.i, self.t.window_org,
                             lambda f: self._kind(f) is ActorKind.ARMED_GROUP
                             and not f.actor_id.startswith("coll:")
                             and not self._state_body(f.actor_id)
                             and (not jihadist or self.ctx.is_jihadist(f.actor_id)))
        ante = self._pick(head, cands, False)
        if ante is not None:
            self._add(start, head.i + 1, ante, plural=plural)

    def _state_body(self, actor_id: str) -> bool:
        entry = self.ctx.kb.get(actor_id)
        return entry is not None and any(self.ctx.actor_kind(g) is ActorKind.STATE
                                         for g in entry.member_of)

    def _government(self, head: Token, start: int, det: str, head_start: int) -> None:
        """"the government", "his government", "the regime", "the administration".

        A government the article has called by the same word ("the regime"
        after "the Assad regime"), however far back; else, for "the
        administration", the government of the latest president named (news
        calls a president's government an administration, and the latest
        government named may be another state's); else the latest government
        named nearby; else the person's state ("his government") or the
        article's dominant state.
        """
        ctx = self.ctx
        cands = self._before(head.i, self.t.window_pronoun,
                             lambda f: self._a_government(f, head.lower_))
        called = self._before(head.i, None, lambda f: self._kind(f) is ActorKind.GOVERNMENT
                              and any(t.lower_ == head.lower_ for t in self.doc[f.start:f.end]))
        state: str | None = None
        if called:
            cands = called
        elif head.lower_ == _ADMINISTRATION and det in ("the", "its"):
            cands = []
            state = self._president_state(head.i)
        if cands:
            self._add(head_start, head.i + 1, cands[-1])
            return
        if state is not None:
            pass
        elif det in ("his", "her") and start > 0:
            owner = next((f for f in self.mentions if f.start == head_start - 1), None)
            if owner is not None:
                state = ctx.actor_country(owner.actor_id) or self._role_state(owner.actor_id)
        elif det in ("the", "its"):
            state = ctx.dominant_state
        if state is not None and ctx.kb.get(state) is not None:
            self._add(head_start, head.i + 1, ctx.kb.sector(state, "GOV").id)

    def _a_government(self, f: Found, word: str) -> bool:
        """A state's government, or a body whose name says it is one ("Kurdistan
        Regional Government"); not a court, agency or department ("the government"
        after "the Supreme Court" is not the court)."""
        if self._kind(f) is not ActorKind.GOVERNMENT:
            return False
        if f.actor_id.endswith("-GOV"):
            return True
        actor = self.ctx.created.get(f.actor_id)
        entry = self.ctx.kb.get(f.actor_id) if actor is None else None
        name = actor.name if actor is not None else entry.name if entry is not None else ""
        return word in name.lower().split()

    def _president_state(self, i: int) -> str | None:
        """The state of the latest president named before token ``i``.

        A person whose title read in the article, or KB role held at the
        article's date, is a president's ("Vice President" is not).
        """
        date = self.ctx.article.published
        for f in reversed(self._before(i, None, lambda f: self._kind(f) is ActorKind.PERSON)):
            entry = self.ctx.kb.get(f.actor_id)
            known = [r for r in entry.roles if held_at(r, date)] if entry is not None else []
            for role in [*self.roles.get(f.actor_id, []), *known]:
                words = role.title.lower().replace("-", " ").split()
                if role.organization and title_head(role.title.lower()) in _PRESIDENTIAL \
                        and not any(w in self.t.subordinate_titles for w in words[:-1]) \
                        and self.ctx.actor_kind(role.organization) is ActorKind.STATE:
                    return role.organization
        return None

    def _role_state(self, person: str) -> str | None:
        for role in self.roles.get(person, []):
            if role.organization and self.ctx.actor_kind(role.organization) is ActorKind.STATE:
                return role.organization
        return None

    def _title(self, head: Token, start: int) -> None:
        """"the minister", "the Foreign Secretary", "the Republican president".

        The latest person whose title, read in the article or held at its date
        in the KB, has the head word and every title modifier of the phrase;
        a state or party modifier ("Republican", "Iraqi") must be the person's.
        """
        doc = self.doc
        mods = [t for t in doc[start:head.i] if t.lower_ not in self.t.determiners]
        country = None
        words = {head.lower_}
        for t in mods:
            named = _country_of_word(self.ctx, t.text)
            country = country or named
            # "the refugee minister" is not the prime minister: nouns are title words
            if named is None and (t.lower_ in self.t.title_modifiers or t.pos_ in ("NOUN", "PROPN")):
                words.add(t.lower_)

        def holds(f: Found) -> bool:
            if self._kind(f) is not ActorKind.PERSON:
                return False
            titles = [r.title for r in self.roles.get(f.actor_id, [])]
            titles += current_titles(self.ctx, f.actor_id)
            if not any(words <= set(title.lower().split()) for title in titles):
                return False
            return country is None or country in self._countries(f.actor_id)

        cands = self._before(head.i, self.t.window_title, holds)
        if cands:
            self._add(start, head.i + 1, cands[-1])

    def _countries(self, person: str) -> set[str]:
        out = {c for c in (self.ctx.actor_country(person), self._role_state(person)) if c}
        entry = self.ctx.kb.get(person)
        if entry is not None:
            out.update(r.organization for r in entry.roles if r.organization)
            for group in entry.member_of:
                country = self.ctx.actor_country(group)
                if country:
                    out.add(country)
        return out

    # --- "the army", "the volunteers" -------------------------------------

    def definite(self, det: Token) -> bool:
        """A definite phrase that names a state's institution or describes a KB actor."""
        doc = self.doc
        k = det.i + 1
        if det.lower_ == "the" and k + 1 < len(doc) and doc[k].lower_ == "country" \
                and doc[k + 1].lower_ in ("'s", "\u2019s"):
            return self._definite_sector(det.i, k + 2)  # "the country's army"
        if det.lower_ == "the" and self._definite_sector(det.i, k):
            return True
        return self._description(det.i, k)

    def _phrase_ends(self, end: int) -> bool:
        """Whether a phrase ending at ``end`` is whole ("the army", not "the army chief")."""
        doc = self.doc
        if end >= len(doc):
            return True
        nxt = doc[end]
        return nxt.lower_ != "of" and nxt.pos_ not in ("NOUN", "PROPN") \
            and not (nxt.is_alpha and nxt.text[:1].isupper())

    def _definite_sector(self, start: int, k: int) -> bool:
        """"the army", "the federal police", "the cabinet": a sector of the article's state.

        The state is the article's dominant one, else the one state named in
        this or the previous sentence; with neither, the phrase stays
        unresolved rather than guessed.
        """
        doc = self.doc
        t = self.t
        m = k
        while m < len(doc) and m - k < 2 and doc[m].is_lower \
                and doc[m].lower_ in t.sector_modifiers:
            m += 1
        for n in (3, 2, 1):
            end = m + n
            if end > len(doc) or any(i in self.taken for i in range(start, end)):
                continue
            sector = t.definite_sectors.get(" ".join(x.lower_ for x in doc[m:end]))
            if sector is None:
                continue
            state = self._sector_state(start)
            if not self._phrase_ends(end) or state is None:
                return False
            self._add(start, end, self.ctx.kb.sector(state, sector).id,
                      plural=is_plural(doc[end - 1]))
            return True
        return False

    def _sector_state(self, i: int) -> str | None:
        """The article's dominant state, else the one state that acts (a subject or an
        owner: "Syria has accused ...", "Syria's ...") in this or the previous sentence.

        A state named as a place or an object ("aggression against Iraq") is
        not whose army or parliament a story means.
        """
        ctx = self.ctx
        state = ctx.dominant_state
        if state is None:
            s = ctx.sent_index(i)
            near = {r.state for r in ctx.state_refs.values()
                    if r.start < i and s - ctx.sent_index(r.start) <= 1
                    and self.doc[r.start:r.end].root.dep_ in _ACTING}
            state = next(iter(near)) if len(near) == 1 else None
        return state if state is not None and ctx.kb.get(state) is not None else None

    def state_side(self, tok: Token) -> bool:
        """"government forces", "regime troops", "regime positions",
        "government-held areas": the state's military, or for a holding
        participle its government, of the state `_sector_state` finds.

        Only a modifier that opens its phrase (bare or after "the"): a demonym
        or name before it is another rule's ("Syrian government forces"), and
        "anti-government" or "pro-regime" forces are not the state's.
        """
        doc = self.doc
        t = self.t
        i = tok.i
        if i + 1 >= len(doc) or i in self.taken:
            return False
        if i > 0:
            prev = doc[i - 1]
            if (i - 1) in self.taken or prev.text in ("-", "\u2013") \
                    or (prev.pos_ in ("PROPN", "ADJ", "NOUN") and prev.lower_ != "the"):
                return False
        nxt = doc[i + 1]
        if nxt.text == "-" and i + 2 < len(doc) and doc[i + 2].lower_ in t.side_holding:
            span, sector = (i, i + 1), "GOV"
        elif nxt.lower_ in t.military_heads and nxt.pos_ == "NOUN" and self._phrase_ends(i + 2):
            span, sector = (i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i, i + 2), "MIL"
        elif nxt.lower_ in t.side_installations and nxt.pos_ == "NOUN":
            span, sector = (i, i + 1), "MIL"
        else:
            return False
        if any(k in self.taken for k in range(*span)):
            return False
        state = self._side_state(tok) or self._sector_state(span[0])
        if state is None:
            return False
        self._add(*span, self.ctx.kb.sector(state, sector).id,
                  plural=sector == "MIL" and is_plural(doc[span[1] - 1]))
        return True

    def own_forces(self, head: Token) -> bool:
        """"its army", "their fighters", "his forces": the force of the owner ("his
        country", "their nation": the owner's state).

        The owner is the subject of a clause above the phrase ("Iraq said its
        army had attacked", "Turkey sent its troops"), else, for "its", the
        latest singular actor named as a subject in this or the previous
        sentence. A state's (or its government's) force is its military; an
        armed group's fighters are the group; a person's ("his forces") are his
        state's military when he holds a state office.
        """
        doc = self.doc
        start = head.i
        while start > 0 and head.i - start < 2 and doc[start - 1].lower_ in self._OWN_MODIFIERS:
            start -= 1
        if start == 0 or head.i in self.taken or not self._phrase_ends(head.i + 1):
            return False
        det = doc[start - 1]
        if det.lower_ not in ("its", "their", "his", "her") or det.dep_ != "poss":
            return False
        # a pronoun another rule has resolved ("his" -> the president) is the owner
        owner = self._mention_of(det) if det.i in self.taken else self._clause_owner(det, head)
        if owner is None and det.lower_ == "its":
            cands = self._before(det.i, 1, lambda f: self._singular_actor(f)
                                 and self._root(f).dep_ in _SUBJECTS)
            owner = cands[-1] if cands else None
        if owner is None:
            return False
        force = self._force_of(owner, country=head.lower_ in _COUNTRY_HEADS)
        if force is None:
            return False
        if det.i in self.taken:
            self.added = [f for f in self.added if not f.start <= det.i < f.end]
            self.mentions = [f for f in self.mentions if not f.start <= det.i < f.end]
        self._add(det.i, head.i + 1, force, plural=is_plural(head))
        return True

    _OWN_MODIFIERS = frozenset({"own", "elite", "special", "regular", "ground", "armed"})

    def owners_sponsor(self, head: Token) -> bool:
        """"its sponsor", "their patrons", "his backers": the one state or group the
        knowledge base (or the article: "Iran-backed militias") gives the owner as its
        sponsor ("the SDF implored its sponsor": the United States)."""
        if head.i in self.taken or head.i == 0 or not self._phrase_ends(head.i + 1):
            return False
        det = self.doc[head.i - 1]
        if det.lower_ not in ("its", "their", "his", "her") or det.dep_ != "poss":
            return False
        owner = self._mention_of(det) if det.i in self.taken else self._clause_owner(det, head)
        if owner is None:
            return False
        actor = self.ctx.created.get(owner.actor_id)
        entry = self.ctx.kb.get(owner.actor_id)
        sponsors = actor.sponsors if actor is not None else (
            entry.sponsors if entry is not None else ())
        if len(set(sponsors)) != 1:
            return False
        self._add(det.i, head.i + 1, sponsors[0], plural=is_plural(head))
        return True

    def loyal_forces(self, head: Token) -> bool:
        """"troops loyal to Assad", "fighters loyal to the government", "rebels loyal
        to Machar": the force of the one they are loyal to (his state's military when
        he holds a state office, else the one named: a warlord's men stand for him)."""
        doc = self.doc
        if head.i in self.taken or head.pos_ not in ("NOUN", "PROPN"):
            return False
        # read on the surface: the parser often hangs a sentence-initial "Troops loyal
        # to Assad shelled Homs" wrongly; an adverb may intervene ("still loyal to")
        k = head.i + 1
        if k < len(doc) and doc[k].pos_ == "ADV":
            k += 1
        if k + 1 >= len(doc) or doc[k].lower_ not in _LOYAL or doc[k + 1].lower_ != "to":
            return False
        owner = None
        for j in range(k + 2, min(k + 6, len(doc))):
            owner = self._mention_of(doc[j])
            if owner is not None or doc[j].pos_ not in ("DET", "PROPN", "ADJ", "NOUN"):
                break
        if owner is None:
            return False
        kind = self._kind(owner)
        force = self._force_of(owner)
        if force is None and kind in (ActorKind.PERSON, ActorKind.ARMED_GROUP,
                                      ActorKind.POLITICAL_PARTY):
            force = owner.actor_id
        if force is None:
            return False
        self._add(head.i, head.i + 1, force, plural=is_plural(head))
        return True

    def _clause_owner(self, det: Token, head: Token) -> Found | None:
        """The subject of the nearest clause above ``head`` that names an actor of
        the pronoun's number, before the pronoun."""
        plural = det.lower_ == "their"
        person = det.lower_ in ("his", "her")
        node = head
        for _ in range(4):
            verb = node.head
            if verb.i == node.i:
                return None
            for c in verb.children:
                if c.dep_ not in _SUBJECTS or c.i >= det.i or c.i == head.i:
                    continue
                f = self._mention_of(c)
                if f is None and c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    # "the SDF, which had implored its sponsor": the relative's antecedent
                    f = self._mention_of(verb.head)
                if f is None:
                    return None
                is_person = self._kind(f) is ActorKind.PERSON
                if person == is_person and (plural or person or self._singular_actor(f)):
                    return f
                return None
            node = verb
        return None

    def _force_of(self, owner: Found, country: bool = False) -> str | None:
        """The owner's force ("his forces"), or with ``country`` its state ("his
        country", "their nation")."""
        ctx = self.ctx
        kind = self._kind(owner)
        actor = owner.actor_id
        state: str | None = None
        if kind is ActorKind.PERSON:
            state = self._role_state(actor)
            entry = ctx.kb.get(actor)
            if state is None and entry is not None:
                # a KB office held at the article's date in a state's government
                state = next((r.organization for r in entry.roles
                              if r.organization and held_at(r, ctx.article.published)
                              and ctx.actor_kind(r.organization) is ActorKind.STATE), None)
        elif kind is ActorKind.STATE:
            state = actor
        elif actor.endswith("-GOV") or actor.endswith("-MIL"):
            state = actor[:-4]
        elif kind is ActorKind.ARMED_GROUP and not country:
            return actor
        if state is None and kind is ActorKind.PERSON and not country:
            # a warlord's forces are his group's ("forces loyal to Haftar": the LNA)
            entry = ctx.kb.get(actor)
            group = next((g for g in (entry.member_of if entry is not None else ())
                          if ctx.actor_kind(g) is ActorKind.ARMED_GROUP), None)
            if group is not None:
                return group
        if state is None or ctx.kb.get(state) is None:
            return None
        return state if country else ctx.kb.sector(state, "MIL").id

    def _side_state(self, tok: Token) -> str | None:
        """Whose side "regime"/"government" forces are: the state whose government the
        article has called by that word ("the Assad regime ... regime positions"), else
        the country of the places named in this sentence or the one before ("fighting
        between government forces and rebels in Aleppo"), else the state of the latest
        government or military named in the three sentences before, else None (the
        caller falls back on the article's state)."""
        word = tok.lower_
        called = self._before(tok.i, None, lambda f: self._kind(f) is ActorKind.GOVERNMENT
                              and any(t.lower_ == word for t in self.doc[f.start:f.end]))
        if not called:
            # the country the fighting is in: the places of this sentence or the one before
            sent = tok.sent
            here = self.ctx.place_countries(sent.ents)
            if not here and sent.start > 0:
                here = self.ctx.place_countries(self.doc[sent.start - 1].sent.ents)
            if here and self.ctx.kb.get(here[0]) is not None:
                return here[0]
        # not a state coordinated with it ("Russian and regime warplanes": two sides)
        phrase = range(tok.head.left_edge.i, tok.head.right_edge.i + 1)
        near = called or self._before(tok.i, 3, lambda f: f.actor_id.endswith(("-GOV", "-MIL"))
                                      and f.start not in phrase)
        for f in reversed(near):
            state = f.actor_id[:3] if f.actor_id[3:4] == "-" else None
            if state is not None and self.ctx.kb.get(state) is not None:
                return state
        return None

    def _description(self, start: int, k: int) -> bool:
        """"the volunteers" after the article names an actor the KB describes so."""
        doc = self.doc
        for n in (3, 2, 1):
            end = k + n
            if end > len(doc) or any(i in self.taken or doc[i].is_punct
                                     for i in range(start, end)):
                continue
            owners = self.described.get(normalise_alias(doc[k:end].text))
            if not owners or not self._phrase_ends(end):
                continue
            named = [f for f in self._before(start, None, lambda f: f.via in ("kb", "alias"))
                     if f.actor_id in owners]
            if named:
                self._add(start, end, named[-1], plural=is_plural(doc[end - 1]))
                return True
        return False

    def run(self) -> list[Found]:
        t = self.t
        nouns = t.group_heads | t.org_heads | t.hostile_labels | t.government_anaphors \
            | t.title_heads
        for tok in self.doc:
            if tok.i in self.taken:
                continue
            low = tok.lower_
            if low in _DEFINITE_DETS and self.definite(tok):
                continue
            if low in t.side_modifiers and self.state_side(tok):
                continue
            if (low in t.military_heads or low in _OWN_FIGHTERS or low in _COUNTRY_HEADS) \
                    and tok.pos_ == "NOUN" and self.own_forces(tok):
                continue
            if (low in t.military_heads or low in _OWN_FIGHTERS or low in _LOYAL_HEADS) \
                    and self.loyal_forces(tok):
                continue
            if low in _SPONSOR_HEADS and tok.pos_ == "NOUN" and self.owners_sponsor(tok):
                continue
            if low == "it" and tok.pos_ in ("PRON", ""):
                self.it_pronoun(tok)
            elif low in t.person_pronouns and tok.pos_ in ("PRON", ""):
                self.person_pronoun(tok)
            elif low in t.plural_pronouns and tok.pos_ in ("PRON", ""):
                self.plural_pronoun(tok)
            elif low in nouns and tok.pos_ in ("NOUN", ""):
                self.noun_phrase(tok)
            if low == "coalition" and tok.text[0].isupper() and tok.i not in self.taken:
                # "the Coalition", "Coalition forces": a proper noun of its own
                start = tok.i - 1 if tok.i > 0 and self.doc[tok.i - 1].lower_ == "the" \
                    else tok.i
                self._coalition(tok, start)
        return self.added


def resolve_coreference(ctx: ArticleContext, chosen: Sequence[Found],
                        roles: dict[str, list[Role]]) -> list[Found]:
    """Mentions for the anaphors of the article (``via`` ``coref``)."""
    return _Resolver(ctx, list(chosen), roles).run()
