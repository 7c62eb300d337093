"""Find the named spans of an article: entities, and the names the model misses.

Sources, in order: the Doc's entities (KB ruler + model NER), trimmed of
determiners, possessives, titles, honorifics and a capitalised locative ("Near
Palmyra"), datelines left out, and organisation- or place-labelled spans that
are people's names relabelled (a given name from ``given_names.yaml``, or
capitalised words after a lower-case noun); capitalised runs that hold an
organisation word ("Foundation for the Defense of Democracies", which the
small model does not tag); capitalised words right after a title or an
honorific ("Minister of the Interior Araji"); and all-caps acronyms that are
also English words ("IS"), only where the context makes them a name.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from allegiance.actors.context import ArticleContext, core_range
from allegiance.actors.newactors import is_town

# Longest capitalised run read as one organisation name.
_MAX_ORG_TOKENS = 9
# Longest run of capitalised words read as a person's name after a title.
_MAX_NAME_TOKENS = 3
_ORG_CONNECTORS = frozenset({"of", "for", "the", "and", "on", "in", "&", "'s", "’s"})


@dataclass(frozen=True)
class Named:
    """A named span to resolve: token range, NER label, ruler id (or "")."""

    start: int
    end: int
    label: str
    ent_id: str = ""


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def strip_person(ctx: ArticleContext, start: int, end: int) -> int:
    """First token of a person's name after titles, honorifics and demonyms."""
    t = ctx.tables
    doc = ctx.doc
    while end - start > 1:
        low = doc[start].lower_
        if (low in t.honorifics or low in t.title_heads or low in t.title_modifiers
                or start in ctx.state_refs):
            start += 1
        else:
            break
    return start


def entity_spans(ctx: ArticleContext) -> list[Named]:
    """The Doc's entities that can name actors, trimmed to the name itself."""
    t = ctx.tables
    doc = ctx.doc
    out: list[Named] = []
    for ent in doc.ents:
        label = ent.label_
        if label not in t.actor_labels and label not in t.place_labels:
            continue
        if ent.start in ctx.dateline:
            continue
        start, end = core_range(ent)
        # "Near Palmyra", "Outside Mosul": a capitalised locative is not part of a name
        while end - start > 1 and doc[start].lower_ in t.locatives and not ent.ent_id_:
            start += 1
        if label == "PERSON":
            start = strip_person(ctx, start, end)
        if end > start:
            out.append(Named(start, end, label, ent.ent_id_))
    return out


def _person_part(ctx: ArticleContext, start: int, end: int) -> int | None:
    """Where a person's name begins inside an organisation-labelled span, if it is one.

    "Zaynab", "Kirsty Rosse-Emile" (a given name first), "Middle East Tobias
    Ellwood" (a given name after other words), "Dutch national Yago Riedijk"
    (capitalised words after a lower-case noun). Never a span holding an
    organisation word, nor one the KB knows.
    """
    doc = ctx.doc
    t = ctx.tables
    toks = list(doc[start:end])
    words = [tok.lower_ for tok in toks if tok.is_alpha]
    if not words or any(w in kinds for w in words for _, kinds in t.new_kinds):
        return None
    if ctx.kb.candidates(ctx.span_text(start, end)):
        return None
    lower = [k for k, tok in enumerate(toks) if tok.is_alpha and tok.is_lower
             and tok.lower_ not in _ORG_CONNECTORS and tok.lower_ not in t.particles]
    if lower:
        first = start + lower[-1] + 1
        rest = [tok for tok in doc[first:end] if tok.is_alpha]
        if 2 <= len(rest) <= _MAX_NAME_TOKENS and all(_is_cap(tok) for tok in rest):
            return first
        return None
    # name words: particles ("al-", "bin") and hyphens do not count
    names = [tok for tok in toks if tok.is_alpha and tok.lower_ not in t.particles]
    for n, tok in enumerate(names):
        left = len(names) - n
        if tok.lower_ in t.given_names and _is_cap(tok) and not tok.is_upper \
                and left <= _MAX_NAME_TOKENS and (n == 0 or left >= 2):
            return tok.i
    return None


def relabel_people(ctx: ArticleContext, spans: list[Named]) -> list[Named]:
    """Organisation- or place-labelled spans that are people's names, as PERSON spans.

    The model tags a lone given name as a place as readily as an
    organisation ("a story of Karim and Sadiq"); a place-labelled span is a
    person only when it begins with a given name and is no state or town.
    """
    out: list[Named] = []
    for span in spans:
        if span.label == "ORG" and not span.ent_id:
            first = _person_part(ctx, span.start, span.end)
            if first is not None:
                span = Named(first, span.end, "PERSON")
        elif span.label == "GPE" and not span.ent_id and span.start not in ctx.state_refs \
                and ctx.doc[span.start].lower_ in ctx.tables.given_names \
                and not is_town(ctx.span_text(span.start, span.end)):
            first = _person_part(ctx, span.start, span.end)
            if first == span.start:
                span = Named(first, span.end, "PERSON")
        out.append(span)
    return out


def org_runs(ctx: ArticleContext, taken: set[int]) -> list[Named]:
    """Capitalised runs holding an organisation word that no entity covers."""
    doc = ctx.doc
    words = frozenset().union(*(w for _, w in ctx.tables.new_kinds))
    out: list[Named] = []
    i = 0
    while i < len(doc):
        if not _is_cap(doc[i]) or i in taken or doc[i].lower_ == "the" \
                or ctx.title_case_sentence(i):
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < _MAX_ORG_TOKENS and j not in taken:
            tok = doc[j]
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if _is_cap(tok) or (tok.lower_ in _ORG_CONNECTORS and nxt is not None and (
                    _is_cap(nxt) or (nxt.lower_ == "the" and j + 2 < len(doc)
                    and _is_cap(doc[j + 2])))):
                j += 1
            else:
                break
        while j > i and not _is_cap(doc[j - 1]):
            j -= 1
        caps = [tok for tok in doc[i:j] if _is_cap(tok)]
        if len(caps) >= 2 and any(tok.lower_ in words for tok in caps) \
                and not all(tok.is_upper for tok in caps):
            out.append(Named(i, j, "ORG"))
        i = max(j, i + 1)
    return out


def titled_names(ctx: ArticleContext, taken: set[int]) -> list[Named]:
    """Capitalised words right after a title or honorific that no entity covers."""
    doc = ctx.doc
    t = ctx.tables
    out: list[Named] = []
    for i in range(1, len(doc)):
        if i in taken or not _is_cap(doc[i]) or not doc[i].is_alpha \
                or ctx.title_case_sentence(i):
            continue
        prev = doc[i - 1]
        if not _is_cap(prev):
            continue
        low = prev.lower_
        titled = low in t.honorifics or low in t.title_heads
        if not titled and low in t.title_modifiers | set(t.portfolios):
            titled = any(doc[k].lower_ in t.title_heads and _is_cap(doc[k])
                         for k in range(max(0, i - 5), i - 1))
        if not titled or ((i - 1) in taken and low not in t.honorifics):
            continue
        j = i
        while j < len(doc) and j - i < _MAX_NAME_TOKENS and j not in taken \
                and ((_is_cap(doc[j]) and doc[j].is_alpha) or doc[j].text == "-"):
            j += 1
        while j > i and doc[j - 1].text == "-":
            j -= 1
        if doc[j - 1].lower_ in t.title_heads or doc[j - 1].lower_ in t.title_modifiers:
            continue
        if any(doc[k].pos_ not in ("PROPN", "") and doc[k].text != "-" for k in range(i, j)):
            continue
        out.append(Named(i, j, "PERSON"))
        taken.update(range(i, j))
    return out


def acronym_spans(ctx: ArticleContext, taken: set[int]) -> list[Named]:
    """All-caps KB acronyms that are also English words ("IS"), where they are names."""
    out: list[Named] = []
    for tok in ctx.doc:
        text = tok.text
        if tok.i in taken or not (text.isupper() and text.isalpha() and len(text) > 1):
            continue
        if text.lower() not in ctx.stop_words or not ctx.stopword_acronym_ok(tok):
            continue
        if ctx.kb.candidates(text) or ctx.kb.state_by_name(text):
            out.append(Named(tok.i, tok.i + 1, "ORG"))
    return out


def named_spans(ctx: ArticleContext) -> list[Named]:
    """Every named span of the article, not overlapping each other."""
    spans = relabel_people(ctx, entity_spans(ctx))
    taken = {i for s in spans for i in range(s.start, s.end)}
    for ent in ctx.doc.ents:
        taken.update(range(ent.start, ent.end))
    spans += org_runs(ctx, taken)
    taken.update(i for s in spans for i in range(s.start, s.end))
    spans += titled_names(ctx, taken)
    spans += acronym_spans(ctx, taken)
    return sorted(spans, key=lambda s: (s.start, s.end))


def has_parse(doc: Doc) -> bool:
    """Whether the Doc carries a dependency parse."""
    return bool(doc.has_annotation("DEP"))
