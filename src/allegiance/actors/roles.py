"""Roles of people from titles and appositions, and the relations they imply.

- Before a name: "Iraqi Foreign Minister Fuad Hussein" -> Foreign Minister of
  IRQ; "US Ambassador Douglas J. Silliman"; "Minister of the Interior Araji"
  -> Interior Minister; "Badr leader Hadi al-Ameri" -> leader of BADR.
- After a name, in the same clause: "Hadi al-Ameri, the leader of the Badr
  organization ... and the leader of the electoral alliance ..., known as
  Fatah"; "Caroline Rose, senior analyst at the New Lines Institute";
  "Inna Rudolf, an expert on the PMF from King's College London" ("on" gives
  a topic, not an employer); "Jonathan Schanzer from the Foundation ..." (an
  affiliation with no title word).
- "As a former commander of a militia backed by Iran, his loyalties ...": the
  title belongs to the first person named after the comma (after coref).

A state title ("Prime Minister") with no organisation named takes the
person's KB role of that title (or of its head word), else the person's KB
country, else the article's only or dominant state (``_state_for``). Epithets
between an owner and a title are skipped ("Lebanon's new President X");
"former" before the title marks it past. A subordinate title ("deputy
head") makes a member, not a leader. A role's ``start`` is the article's date
(the role held then); ``end`` stays unknown. Leaders of an armed group,
party or coalition ``lead`` it; its other title holders are ``member_of`` it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from allegiance.actors.context import ArticleContext, Found
from allegiance.records import ActorKind, Role

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding"})
_MEMBER_KINDS = frozenset({ActorKind.ARMED_GROUP, ActorKind.POLITICAL_PARTY,
                           ActorKind.COALITION})
_LEAD_KINDS = _MEMBER_KINDS | {ActorKind.ORGANIZATION, ActorKind.IGO}


def title_head(title: str) -> str:
    """The head word of a title: "prime minister" -> minister, "minister of oil" -> minister."""
    before = title.split(" of ", 1)[0].split()
    return before[-1] if before else ""


def held_at(role: Role, date: str | None) -> bool:
    """Whether a dated KB role was held at a date (an undated role or date: yes)."""
    if date is None:
        return True
    return (role.start is None or role.start[:len(date)] <= date) \
        and (role.end is None or date[:len(role.end)] <= role.end)


@dataclass(frozen=True)
class RoleLink:
    """A relation implied by a role: person ``leads``/``member_of`` org."""

    person: str
    relation: str
    org: str
    former: bool
    token: int


@dataclass
class RoleFinder:
    """Collects roles per person and the relations they imply."""

    ctx: ArticleContext
    mentions: list[Found]
    roles: dict[str, list[Role]] = field(default_factory=dict)
    links: list[RoleLink] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda f: f.start)
        self.by_token: dict[int, Found] = {}
        for f in self.mentions:
            for i in range(f.start, f.end):
                self.by_token.setdefault(i, f)

    # --- helpers -----------------------------------------------------------

    def _is_title_word(self, tok: Token) -> bool:
        low = tok.lower_
        return low in self.ctx.tables.title_heads or low in self.ctx.tables.title_modifiers

    def _kind(self, actor_id: str) -> ActorKind | None:
        return self.ctx.actor_kind(actor_id)

    def _is_person(self, f: Found) -> bool:
        return self._kind(f.actor_id) is ActorKind.PERSON

    def _org_mention_at(self, i: int) -> Found | None:
        f = self.by_token.get(i)
        if f is None or self._is_person(f) or (f.via == "coref" and not f.actor_id.startswith(
                "coll:")):
            return None
        return f

    def _possessor(self, f: Found) -> bool:
        """A state named as the owner of the next noun phrase ("Iraq's ...")."""
        doc = self.ctx.doc
        return self._kind(f.actor_id) is ActorKind.STATE and f.end + 1 < len(doc) \
            and (doc[f.end].tag_ == "POS" or doc[f.end].lower_ in ("'s", "’s")) \
            and doc[f.end + 1].text[:1].isalpha()

    def _add_role(self, person: str, title: str, org: str | None, former: bool,
                  token: int) -> None:
        t = self.ctx.tables
        head = title.split()[-1].lower()
        org_kind = self._kind(org) if org else None
        if org is not None and org[-4:] in ("-GOV", "-MIL") \
                and self._kind(org[:-4]) is ActorKind.STATE:
            org = org[:-4]  # "Iraqi government minister": the state holds the title
            org_kind = ActorKind.STATE
        if org is not None and org_kind is ActorKind.STATE and head not in t.state_titles \
                and head not in t.state_service_titles:
            org = None  # "Iraqi analyst X": a nationality, not an employer
        if org is None and head in t.state_titles:
            org = self._state_for(person, title, token)
        role = Role(title=title, organization=org, start=self.ctx.article.published,
                    former=former)
        have = self.roles.setdefault(person, [])
        key = (title.casefold(), org)
        if all((r.title.casefold(), r.organization) != key for r in have):
            have.append(role)
        if org is not None:
            kind = self._kind(org)
            words = title.lower().replace("-", " ").split()
            # "deputy head", "assistant secretary-general": a member, not the leader
            lead = (title.lower() in t.leads_titles or head in t.leads_titles) \
                and not any(w in t.subordinate_titles for w in words[:-1])
            if lead and kind in _LEAD_KINDS:
                self.links.append(RoleLink(person, "leads", org, former, token))
            elif kind in _MEMBER_KINDS:
                self.links.append(RoleLink(person, "member_of", org, former, token))

    def _state_for(self, person: str, title: str, token: int) -> str | None:
        """The state of a state title that names none ("X, the caretaker prime minister").

        Only what is known of the person: a KB role of that title, else one
        with the same head word ("caretaker prime minister" is the KB's
        "Prime Minister", "Minister of Oil" a minister), preferring a role
        held at the article's date; else a state title read for the person
        earlier in the article; else the person's KB country. A person the KB
        does not know takes the article's only or dominant state, never merely
        the most-named one: a foreign state named nearby owns no one's title;
        and the only state must be named before the title or as the place of
        the story ("spoke in Iraq"): "President Bush threatened Russia" makes no
        Russian president.
        """
        ctx = self.ctx
        entry = ctx.kb.get(person)
        low = title.casefold()
        head = title_head(low)
        if entry is not None:
            states = [r for r in entry.roles
                      if r.organization and ctx.actor_kind(r.organization) is ActorKind.STATE]
            exact = [r for r in states if r.title.casefold() == low]
            same = exact or [r for r in states if title_head(r.title.casefold()) == head]
            current = [r for r in same if held_at(r, ctx.article.published)]
            for r in (*current, *same):
                return r.organization
        for r in self.roles.get(person, []):
            if r.organization and self._kind(r.organization) is ActorKind.STATE:
                return r.organization
        if entry is not None:
            return entry.country
        if len(ctx.state_counts) == 1:
            only = next(iter(ctx.state_counts))
            if any(j < token and r.state == only for j, r in ctx.state_refs.items()) or any(
                    r.state == only for r in ctx.locatives):
                return only
            return None
        return ctx.dominant_state

    # --- before the name ---------------------------------------------------

    def _portfolio_title(self, end: int) -> tuple[str, int] | None:
        """"Minister of the Interior" ending at ``end`` -> ("Interior Minister", start)."""
        doc = self.ctx.doc
        for key, portfolio in self.ctx.tables.portfolios.items():
            n = len(key.split())
            s = end - n
            if s < 2 or " ".join(t.lower_ for t in doc[s:end]) != key:
                continue
            if doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in self.ctx.tables.title_heads:
                return f"{portfolio} {doc[s - 2].text}", s - 2
        return None

    def prefix(self, m: Found) -> None:
        doc = self.ctx.doc
        end = m.start
        found = self._portfolio_title(end)
        if found is not None:
            title, run_start = found
        else:
            j = end
            while j > 0 and self._is_title_word(doc[j - 1]) and end - j < 5:
                j -= 1
            while j < end and doc[j].lower_ not in self.ctx.tables.title_heads \
                    and doc[j].lower_ in self.ctx.tables.honorifics:
                j += 1
            if j == end or doc[end - 1].lower_ not in self.ctx.tables.title_heads:
                return
            if not any(doc[k].text[:1].isupper() for k in range(j, end)):
                return  # "said the minister Ali": lower-case words before a name are rare titles
            title, run_start = doc[j:end].text, j
        k, former = self._skip_epithets(run_start, 0)
        org: str | None = None
        if k > 0 and doc[k - 1].lower_ in ("'s", "’s"):
            k -= 1
        if k > 0:
            f = self._org_mention_at(k - 1)
            if f is not None and f.end == k:
                org = f.actor_id
            else:
                ref = self.ctx.state_refs.get(k - 1)
                if ref is not None:
                    org = ref.state
        self._add_role(m.actor_id, title, org, former, m.start)

    def _skip_epithets(self, start: int, floor: int) -> tuple[int, bool]:
        """Start of the lower-case words before a title that belong to neither the
        title nor its owner ("former", "new", "newly elected"), and whether one
        of them marks the title past."""
        doc = self.ctx.doc
        t = self.ctx.tables
        k, former = start, False
        while k > floor and start - k < 3 and doc[k - 1].is_lower \
                and (doc[k - 1].lower_ in t.former_words or doc[k - 1].lower_ in t.epithets):
            former = former or doc[k - 1].lower_ in t.former_words
            k -= 1
        if k > floor and k == start and doc[k - 1].lower_ in t.former_words:
            former, k = True, k - 1  # "Former President X" at the start of a sentence
        return k, former

    # --- after the name ----------------------------------------------------

    def _find_org(self, i: int, stop: int) -> tuple[str | None, int]:
        """Organisation introduced at ``i`` (a preposition), scanning up to ``stop``."""
        doc = self.ctx.doc
        t = self.ctx.tables
        while i < stop:
            low = doc[i].lower_
            if low in _TOPIC_PREPS:
                i += 1
                while i < stop and doc[i].lower_ not in t.org_prepositions \
                        and doc[i].text != ",":
                    i += 1
                continue
            if low not in t.org_prepositions:
                return None, i
            k = i + 1
            while k < stop and doc[k].text != ",":
                f = self._org_mention_at(k)
                if f is not None and self._possessor(f):
                    k = f.end + 1  # "head of Iraq's Popular Mobilization Forces": the PMF
                    continue
                if f is not None:
                    return f.actor_id, f.end
                if doc[k].lower_ in t.title_heads:
                    break  # the next title ("... and the leader of ...")
                k += 1
            # "... of the electoral alliance of former militiamen, known as Fatah"
            if k + 1 < stop and doc[k].text == ",":
                n = k + 1
                if doc[n].lower_ in t.naming_verbs:
                    n += 1
                    if n < stop and doc[n].lower_ == "as":
                        n += 1
                    f = self._org_mention_at(n)
                    if f is not None:
                        return f.actor_id, f.end
            return None, k
        return None, i

    def apposition(self, m: Found) -> None:
        doc = self.ctx.doc
        t = self.ctx.tables
        sent = self.ctx.sentences[self.ctx.sent_index(m.start)]
        stop = sent.end
        for k in range(m.end, sent.end):
            tok = doc[k]
            other = self.by_token.get(k)
            if tok.tag_ in _FINITE or tok.is_quote or (
                    other is not None and other is not m and self._is_person(other)):
                stop = k
                break
        i = m.end
        if i < stop and doc[i].lower_ in ("from", "at", "of", "with") and doc[i].lower_ != ",":
            org, _ = self._find_org(i, stop)
            if org is not None:
                self._add_role(m.actor_id, t.affiliation_title, org, False, m.start)
            return
        if i >= stop or doc[i].text not in (",", "("):
            return
        while i < stop:
            tok = doc[i]
            nxt = doc[i + 1].lower_ if i + 1 < stop else ""
            if tok.lower_ in t.title_heads and nxt not in t.title_heads \
                    and self._opens_title(i, m.end):
                j = i
                while j > m.end and doc[j - 1].lower_ in t.title_modifiers:
                    j -= 1
                title = doc[j:i + 1].text
                lead, former = self._skip_epithets(j, m.end)
                former = former or any(doc[x].lower_ in t.former_words
                                       for x in range(max(m.end, j - 2), j))
                org, after = self._find_org(i + 1, stop)
                if org is None:
                    org = self._owner_before(lead, m.end)
                self._add_role(m.actor_id, title, org, former, m.start)
                i = max(after, i + 1)
                continue
            i += 1

    def _owner_before(self, j: int, floor: int) -> str | None:
        """"<X>, Sudan's president", "<X>, Hamas's leader": the owner before the title."""
        doc = self.ctx.doc
        if j - 1 <= floor or not (doc[j - 1].tag_ == "POS" or doc[j - 1].lower_ in ("'s", "’s")):
            return None
        f = self._org_mention_at(j - 2)
        if f is not None and f.end == j - 1:
            return f.actor_id
        ref = self.ctx.state_refs.get(j - 2)
        return ref.state if ref is not None and ref.end == j - 1 else None

    def _opens_title(self, i: int, floor: int) -> bool:
        """Whether the title word at ``i`` starts a description ("the leader of")."""
        doc = self.ctx.doc
        t = self.ctx.tables
        j = i
        while j > floor and (doc[j - 1].lower_ in t.title_modifiers
                             or doc[j - 1].lower_ in t.former_words
                             or (doc[j - 1].lower_ in t.epithets and doc[j - 1].is_lower)):
            j -= 1
        return j == floor or doc[j - 1].lower_ in ("the", "a", "an", ",", "and", "(") \
            or doc[j - 1].tag_ == "POS" or doc[j - 1].lower_ in ("'s", "’s")

    # --- "As a former commander of X, he ..." --------------------------------

    def as_clause(self) -> None:
        doc = self.ctx.doc
        t = self.ctx.tables
        for sent in self.ctx.sentences:
            if len(sent) < 6 or sent[0].lower_ != "as" or sent[1].lower_ not in ("a", "an", "the"):
                continue
            k = sent.start + 2
            former = doc[k].lower_ in t.former_words
            j = k + 1 if former else k
            while j < sent.end and doc[j].lower_ in t.title_modifiers:
                j += 1
            if j >= sent.end or doc[j].lower_ not in t.title_heads:
                continue
            comma = next((x for x in range(j, sent.end) if doc[x].text == ","), None)
            if comma is None:
                continue
            org, _ = self._find_org(j + 1, comma)
            holder = next((f for f in self.mentions if comma < f.start < sent.end
                           and self._is_person(f)), None)
            if holder is None:
                continue
            title = doc[(k + 1 if former else k):j + 1].text
            self._add_role(holder.actor_id, title, org, former, sent.start)

    def run_named(self) -> None:
        for m in self.mentions:
            if self._is_person(m) and m.via != "coref":
                self.prefix(m)
                self.apposition(m)


def find_roles(ctx: ArticleContext, mentions: list[Found]) -> RoleFinder:
    """Roles from titles before names and appositions after them."""
    finder = RoleFinder(ctx, mentions)
    finder.run_named()
    return finder


def find_as_roles(finder: RoleFinder, mentions: list[Found]) -> None:
    """Roles of "As a former commander of X, he ..." once pronouns are resolved."""
    finder.mentions = sorted(mentions, key=lambda f: f.start)
    finder.by_token = {}
    for f in finder.mentions:
        for i in range(f.start, f.end):
            finder.by_token.setdefault(i, f)
    finder.as_clause()
