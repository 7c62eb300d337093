"""What every rule of the actors stage shares about one article.

``ArticleContext`` holds the Doc, the article, the knowledge base and the word
tables, plus what the rules learn as they go: the state references of the
text, the actors created (collectives, sectors, new actors), the surfaces each
actor was seen under, and the mentions found (``Found``, token spans).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from allegiance.actors.tables import Tables, load_tables
from allegiance.gazetteer import load_gazetteer
from allegiance.records import Actor, ActorKind, Article

if TYPE_CHECKING:
    from allegiance.kb import KBEntry, KnowledgeBase

# How many tokens a state name can have ("United States of America").
_MAX_STATE_TOKENS = 4
# Longest place part of a wire dateline ("WEST PALM BEACH, Fla.").
_MAX_DATELINE = 10
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
# A line ending in one of these is prose, not a headline.
_FINAL_STOPS = frozenset({".", "!", "?", ":", '"', "'", "\u201d", "\u2019", ")"})
# A headline: this many long words at least, this share of them capitalised.
_MIN_HEADLINE_WORDS = 3
_HEADLINE_CAPS = 0.75


@dataclass(frozen=True)
class StateRef:
    """A state named in the text: by name, demonym or capital."""

    state: str
    start: int
    end: int
    form: str  # "name", "demonym", "capital"


@dataclass
class Found:
    """A span of tokens resolved to an actor (before overlaps are settled).

    ``rank``: lower wins an overlap. ``plural``: the phrase names many
    (for plural pronouns). ``inner``: a state named inside a phrase mention,
    kept next to it ("Iran" in "Iran-backed militias").
    """

    start: int
    end: int
    actor_id: str
    via: str
    rank: int
    plural: bool = False
    inner: bool = False
    label: str = ""


@dataclass
class ArticleContext:
    """Shared state of one ``analyse`` call."""

    doc: Doc
    article: Article
    kb: KnowledgeBase
    tables: Tables = field(default_factory=load_tables)
    created: dict[str, Actor] = field(default_factory=dict)
    surfaces: dict[str, list[str]] = field(default_factory=dict)
    found: list[Found] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    described_tokens: set[int] = field(default_factory=set)
    """Tokens of described-group phrases ("Syrian Kurdish forces"): no sector, no collective."""

    # --- state references -------------------------------------------------

    @cached_property
    def state_refs(self) -> dict[int, StateRef]:
        """Every state reference, indexed by each of its tokens.

        A datelined city ("BAGHDAD (Reuters) -") is where the story was filed,
        not an actor. A word that names a people as well as a state's nationals
        ("Turkmen") is the state only before a government or military noun or
        in an article that names the state itself.
        """
        found: list[StateRef] = []
        doc = self.doc
        skip = self.dateline
        i = 0
        while i < len(doc):
            ref = None if i in skip else self._state_at(i)
            if ref is None:
                i += 1
                continue
            found.append(ref)
            i = ref.end
        named = {r.state for r in found if r.form != "demonym"}
        heads = self.tables.military_heads | self.tables.government_heads
        out: dict[int, StateRef] = {}
        for ref in found:
            if ref.form == "demonym" and ref.state not in named \
                    and self.span_text(ref.start, ref.end).lower() in self.tables.peoples \
                    and not (ref.end < len(doc) and doc[ref.end].lower_ in heads):
                continue
            for j in range(ref.start, ref.end):
                out[j] = ref
        return out

    @cached_property
    def dateline(self) -> frozenset[int]:
        """Tokens of wire datelines: "WASHINGTON (Reuters) -", "BEIRUT, Lebanon (AP) —".

        A paragraph that opens with a word in capitals, then capitalised words,
        a parenthesised name and a dash.
        """
        doc = self.doc
        out: set[int] = set()
        for sent in self.sentences:
            start = sent.start
            if start > 0 and "\n" not in doc[start - 1].whitespace_ \
                    and not doc[start - 1].is_space:
                continue
            if not (doc[start].is_upper and len(doc[start].text) > 1):
                continue  # datelines are printed in capitals
            for k in range(start, min(start + _MAX_DATELINE, len(doc) - 3)):
                tok = doc[k]
                if tok.text == "(":
                    close = next((c for c in range(k + 1, min(k + 5, len(doc)))
                                  if doc[c].text == ")"), None)
                    if close is not None and k > start and close + 1 < len(doc) \
                            and doc[close + 1].text in _DASHES:
                        out.update(range(start, close + 1))
                    break
                if not (tok.is_punct or tok.text[:1].isupper()):
                    break
        return frozenset(out)

    def _state_at(self, i: int) -> StateRef | None:
        doc = self.doc
        tok = doc[i]
        if not tok.text[:1].isupper():
            return None
        ent = self.ent_at[i]
        if ent is not None and tok.ent_id_:
            entry = self.kb.get(tok.ent_id_)
            if entry is not None and entry.kind is ActorKind.STATE and ent.start == i:
                return StateRef(entry.id, ent.start, ent.end, "name")
        if ent is not None and ent.label_ in ("PERSON", "ORG", "WORK_OF_ART", "FAC", "EVENT",
                                              "LAW", "PRODUCT"):
            # "Islamic Resistance in Iraq" names a group, not Iraq; "the USA &"
            # (an ORG the model made of debris) still names the state.
            start, end = core_range(ent)
            inner = self._state_in(i, end) if i == start else None
            if inner is None or inner.end != end:
                return None
            return inner
        return self._state_in(i, len(doc))

    @cached_property
    def ent_at(self) -> list[Span | None]:
        """The entity covering each token, if any."""
        out: list[Span | None] = [None] * len(self.doc)
        for ent in self.doc.ents:
            for j in range(ent.start, ent.end):
                out[j] = ent
        return out

    def _state_in(self, i: int, limit: int) -> StateRef | None:
        doc = self.doc
        tok = doc[i]
        if tok.lower_ in ("the", "a", "an"):
            return None
        for n in range(min(_MAX_STATE_TOKENS, limit - i), 0, -1):
            span = doc[i:i + n]
            if not span[-1].text[:1].isupper():
                continue  # names end in a capitalised word ("U.S.", "Saudi Arabia")
            if n > 1 and any(t.is_punct and t.text != "-" for t in span):
                continue
            text = span.text
            if n == 1 and not self.stopword_acronym_ok(tok):
                continue
            sid = self.kb.state_by_name(text)
            if sid:
                return StateRef(sid, i, i + n, "name")
            if n <= 2:
                sid = self.kb.state_by_demonym(text)
                if sid:
                    return StateRef(sid, i, i + n, "demonym")
                sid = self.kb.state_by_capital(text)
                if sid:
                    return StateRef(sid, i, i + n, "capital")
        return None

    def stopword_acronym_ok(self, tok: Token) -> bool:
        """Whether an all-caps word that is also an English word ("US", "IS") names something.

        It must stand in lower-case text (no all-caps word next to it), and be
        tagged as an entity, follow "the"/"(", precede a group, military,
        government or title noun, or stand in a sentence of ordinary prose,
        where no English word is written in capitals ("IS had carried out", which
        the model reads as the verb).
        """
        text = tok.text
        if not (text.isupper() and text.lower() in self.stop_words):
            return True
        doc = self.doc
        neighbours = [doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)]
        if any(n.is_alpha and len(n.text) > 1 and n.text.isupper() for n in neighbours):
            return False
        if tok.ent_type_ in ("GPE", "ORG", "NORP"):
            return True
        prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        t = self.tables
        heads = t.group_heads | t.military_heads | t.government_heads | t.title_heads
        if prev in ("the", "(") or nxt in heads or nxt == "-":
            return True
        sent = self.sentences[self.sent_index(tok.i)]
        words = [w for w in sent if w.is_alpha and len(w.text) > 1]
        return sum(w.text[:1].islower() for w in words) * 2 > len(words)

    @cached_property
    def stop_words(self) -> frozenset[str]:
        """The language's stop words (lower-case)."""
        return frozenset(_stop_words(self.doc))

    # --- sentences ---------------------------------------------------------

    @cached_property
    def sentences(self) -> list[Span]:
        """The sentences (the whole text as one when the Doc is not parsed)."""
        if self.doc.has_annotation("SENT_START"):
            return list(self.doc.sents)
        return [self.doc[:]]

    @cached_property
    def _sent_of_token(self) -> list[int]:
        out = [0] * len(self.doc)
        for n, s in enumerate(self.sentences):
            for i in range(s.start, s.end):
                out[i] = n
        return out

    def sent_index(self, token: int) -> int:
        """Index of the sentence holding a token."""
        return self._sent_of_token[token] if self._sent_of_token else 0

    def sentence_text(self, token: int) -> str:
        """The text of the sentence holding a token."""
        return self.sentences[self.sent_index(token)].text.strip()

    @cached_property
    def _title_case_sents(self) -> frozenset[int]:
        out = set()
        for n, s in enumerate(self.sentences):
            # Title Case capitalises verbs, common nouns and prepositions too;
            # prose capitalises only names
            words = [t for t in s[1:] if t.is_alpha and len(t.text) > 3 and t.pos_ != "PROPN"]
            caps = sum(t.text[:1].isupper() for t in words)
            if caps >= 2 and caps > 0.5 * len(words):
                out.add(n)
        return frozenset(out | self._headline_lines())

    def _headline_lines(self) -> set[int]:
        """Sentences of lines printed as a headline.

        A line with no final stop whose words (past the first, of more than
        three letters, not inside a name the knowledge base knows) are nearly
        all capitalised: the model tags most of a headline's words as proper
        nouns, so the part-of-speech test above misses it.
        """
        out: set[int] = set()
        line: list[int] = []
        for n, s in enumerate(self.sentences):
            line.append(n)
            last = s[-1]
            if "\n" not in last.whitespace_ and not last.is_space and s.end < len(self.doc):
                continue
            toks = [t for m in line for t in self.sentences[m] if not t.is_space]
            if toks and toks[-1].text not in _FINAL_STOPS:
                words = [t for t in toks[1:] if t.is_alpha and len(t.text) > 3 and not t.ent_id_]
                caps = sum(t.text[:1].isupper() for t in words)
                if len(words) >= _MIN_HEADLINE_WORDS and caps >= _HEADLINE_CAPS * len(words):
                    out.update(line)
            line = []
        return out

    def title_case_sentence(self, token: int) -> bool:
        """Whether a token stands in a headline-style (Title Case) sentence.

        Headlines capitalise verbs and common nouns ("Minister Survives
        Ambush"), which the model then tags as names: no new actor is made
        from them.
        """
        return self.sent_index(token) in self._title_case_sents

    @cached_property
    def words(self) -> frozenset[str]:
        """Lower-cased words of the article, for context scores."""
        return frozenset(t.lower_ for t in self.doc if t.is_alpha)

    @cached_property
    def folded_text(self) -> str:
        """The article text, case-folded, for multi-word context terms."""
        return " ".join(t.lower_ for t in self.doc)

    # --- focus -------------------------------------------------------------

    def place_countries(self, ents: Iterable[Span]) -> list[str]:
        """The countries of the places among ``ents`` the gazetteer knows (not states
        themselves), in order."""
        gaz = load_gazetteer()
        out: list[str] = []
        for ent in ents:
            # the model tags some towns as a people ("Aleppo" NORP); the gazetteer decides
            if ent.label_ in ("GPE", "LOC", "FAC", "NORP") and not any(
                    t.i in self.state_refs for t in ent):
                loc = gaz.lookup(ent.text)
                if loc is not None and loc.country:
                    out.append(loc.country)
        return out

    @cached_property
    def place_counts(self) -> Counter[str]:
        """How many of the article's places (towns, regions) lie in each country."""
        return Counter(self.place_countries(self.doc.ents))

    @cached_property
    def state_counts(self) -> Counter[str]:
        """How often each state is named (names, demonyms, capitals)."""
        seen: set[tuple[int, int]] = set()
        out: Counter[str] = Counter()
        for ref in self.state_refs.values():
            if (ref.start, ref.end) not in seen:
                seen.add((ref.start, ref.end))
                out[ref.state] += 1
        return out

    @cached_property
    def locatives(self) -> list[StateRef]:
        """States named as places ("in Iraq", "eastern Syria"): where things happen."""
        out: list[StateRef] = []
        seen: set[int] = set()
        for ref in self.state_refs.values():
            if ref.start in seen or ref.form == "demonym" or ref.start == 0:
                continue
            seen.add(ref.start)
            prev = self.doc[ref.start - 1]
            if prev.lower_ in self.tables.locatives and not prev.ent_type_:
                out.append(ref)
        return sorted(out, key=lambda r: r.start)

    @cached_property
    def locative_counts(self) -> Counter[str]:
        """How often each state is named as a place."""
        return Counter(ref.state for ref in self.locatives)

    @cached_property
    def focus_state(self) -> str | None:
        """The most-named state of the article (ties: first named)."""
        if not self.state_counts:
            return None
        return self.state_counts.most_common(1)[0][0]

    @cached_property
    def dominant_state(self) -> str | None:
        """The focus state when it clearly dominates (named twice, twice as often as any other).

        Whose "the government", "the Senate" or "the Interior Ministry" an article
        means when it does not say.
        """
        counts = self.state_counts.most_common(2)
        if counts and counts[0][1] >= 2 and (len(counts) == 1 or counts[0][1] >= 2 * counts[1][1]):
            return counts[0][0]
        return None

    def operating_country(self, sponsor: str | None, token: int | None = None) -> str | None:
        """Where a sponsored group operates when the phrase does not say.

        A state named as a place in the same sentence ("US-backed fighters
        retook ... in Baghuz, eastern Syria"); else the country most of the
        article's towns and regions lie in; else, of the states the article
        names as places, the most named; else the most-named state other than
        the sponsor; else the sponsor itself.
        """
        if token is not None:
            s = self.sent_index(token)
            here = [r.state for r in self.locatives
                    if self.sent_index(r.start) == s and r.state != sponsor]
            if here:
                return here[0]
        # the country most of the article's towns and regions lie in ("Turkish-backed
        # rebels" in a story of Afrin and Manbij fight in Syria)
        placed = [(n, c) for c, n in self.place_counts.items() if c != sponsor]
        if placed:
            return max(placed)[1]
        if self.locative_counts:
            return max(self.locative_counts,
                       key=lambda st: (self.state_counts[st], self.locative_counts[st]))
        for state, _ in self.state_counts.most_common():
            if state != sponsor:
                return state
        return sponsor

    # --- actors ------------------------------------------------------------

    def entry(self, actor_id: str) -> KBEntry | None:
        """The KB entry (states, sectors and curated actors) of an id."""
        return self.kb.get(actor_id)

    def actor_kind(self, actor_id: str) -> ActorKind | None:
        """Kind of an actor known so far (KB or created)."""
        if actor_id in self.created:
            return self.created[actor_id].kind
        e = self.kb.get(actor_id)
        return e.kind if e is not None else None

    def is_jihadist(self, actor_id: str) -> bool:
        """Whether an actor is a jihadist group (KB tag, or a new group's name words)."""
        e = self.kb.get(actor_id)
        if e is not None:
            return "jihadist" in e.tags
        actor = self.created.get(actor_id)
        if actor is None or actor.kind is not ActorKind.ARMED_GROUP:
            return False
        words = {w.strip("-'\u2019").lower() for w in actor.name.replace("-", " ").split()}
        return bool(words & self.tables.jihadist_name_words)

    def actor_country(self, actor_id: str) -> str | None:
        """Country of an actor known so far."""
        if actor_id in self.created:
            return self.created[actor_id].country
        e = self.kb.get(actor_id)
        if e is None:
            return None
        return e.id if e.kind is ActorKind.STATE else e.country

    def add_surface(self, actor_id: str, text: str) -> None:
        """Remember that the text named an actor this way."""
        seen = self.surfaces.setdefault(actor_id, [])
        if text not in seen:
            seen.append(text)

    def add(self, found: Found) -> None:
        """Record a mention candidate."""
        self.found.append(found)

    def span_text(self, start: int, end: int) -> str:
        """Text of a token range, exactly as in the article."""
        return self.doc[start:end].text

    def tokens(self, start: int, end: int) -> Iterator[Token]:
        """Tokens of a range."""
        return iter(self.doc[start:end])


def core_range(span: Span) -> tuple[int, int]:
    """Token range of a span without leading determiners and edge punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in ("the", "a", "an")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in ("&", "|")
                           or doc[end - 1].tag_ == "POS"):
        end -= 1
    return start, end


def _stop_words(doc: Doc) -> set[str]:
    from spacy.util import get_lang_class

    lang = doc.lang_ or "en"
    return set(get_lang_class(lang).Defaults.stop_words)
