"""Convert PETRARCH2's CAMEO verb dictionary into trigger entries (``allegiance lexicon
import-cameo``).

The CAMEO verb dictionary (``CAMEO.verbpatterns.150430.txt``, Open Event Data Alliance,
MIT) holds decades of curated coding: verb blocks (``--- ATTACK [190] ---``) listing
verbs and synonyms (WordNet-derived) with a default CAMEO code, and patterns that refine
the code by what follows the verb (``- * HUMANITARIAN ASSISTANCE [0333]``, ``- * WITH +
[036]``; ``*`` is the verb, ``+`` the target, ``$`` the source, ``&NAME`` a synonym set,
``[---]`` "no event"). CAMEO codes become PLOVER types through the project's conversion
table (``CAMEO2PLOVER-2021.txt``).

What is converted, each a construction of English rather than a phrase of one text:

- every verb of a block whose code maps to a PLOVER type: a verb trigger of that type;
  two-word verbs (``+GUN_DOWN``) become phrasal-verb triggers;
- ``* PREP +`` patterns: the preposition's object is the target (``side with X``); a
  pattern whose code gives another type becomes an entry of its own that needs that
  preposition;
- ``* OBJECT``, ``* MODIFIER OBJECT``, ``* OBJECT PREP +`` and ``* + OBJECT`` patterns:
  an entry that requires the object head (``abandon the headquarters`` is RETREAT,
  ``end X's sanctions`` CONCEDE), with the preposition's object or the object's owner as
  target; ``[---]`` patterns list objects with which the verb codes nothing
  (``not_objects``);
- patterns with words before the verb (subject or auxiliary context) are left out: the
  parser reads subjects, passives and auxiliaries itself.

Verbs the curated lexicon already defines are skipped (the curated entry wins), and so
are a few verbs too general to code by themselves (``GENERIC_VERBS``); verbs of thinking
keep only their object and preposition patterns (``MIND_VERBS``). Imported entries
get a lower base confidence than curated ones.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from allegiance.errors import UsageError

CONFIDENCE = 0.6
"""Base confidence of imported entries (curated verbs default to 0.8)."""

# CAMEO 02 (appeal: "urge", "call on") is REQUEST in PLOVER (its REQUEST merges CAMEO 02
# and 10); the 2021 conversion table starts at 03, so 02 is supplied here.
SUPPLEMENT = {"02": "REQUEST"}

# Verbs whose meaning is carried by what follows them: alone they code nothing, and their
# CAMEO blocks give them a default that is wrong most of the time in news prose.
GENERIC_VERBS = frozenset({
    "be", "have", "do", "get", "make", "take", "go", "come", "put", "set", "keep", "hold",
    "see", "use", "say", "tell", "let", "turn", "run", "bring", "leave", "move", "show",
    "stand", "open", "close", "play", "work", "carry", "pass", "raise", "meet",
    "receive", "send", "give", "call", "ask", "find", "seek", "try", "look", "end",
    "start", "begin", "continue", "stop", "follow", "lead", "pay", "face", "mark", "note",
    "cover", "deal", "involve", "include", "become", "remain", "hit", "fall", "break",
    "reach", "return", "point", "press", "push", "pull", "cut", "drop", "draw", "fire",
    "charge", "order", "issue", "offer", "express", "report", "state", "speak", "talk",
    "discuss", "address", "visit", "host",
    # the subject is the one harmed, not the one acting
    "die", "suffer", "perish", "succumb", "lose", "bleed",
})
# Verbs of thinking and judging: "Turkey considers the YPG a terrorist group" codes
# nothing, so their bare entry (no object, no preposition) is left out; their object
# patterns ("consider sanctions") are kept.
MIND_VERBS = frozenset({
    "consider", "regard", "view", "deem", "think", "believe", "know", "feel", "expect",
    "judge", "weigh", "reckon", "suppose", "assume", "imagine", "perceive", "understand",
    "recognize", "recognise", "acknowledge", "describe", "label", "brand", "call",
})
_PREPS = frozenset({"to", "with", "against", "on", "at", "for", "from", "into", "over",
                    "about", "upon", "toward", "towards", "of", "in", "by", "as"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "new"})
_BLOCK = re.compile(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---")
_PATTERN = re.compile(r"^-\s*(.*?)\s*\[([^\]]*)\]")
_CODE_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*,\s*([^,#]*)")


@dataclass
class _Verb:
    lemma: tuple[str, ...]
    code: str
    preps: dict[str, str] = field(default_factory=dict)  # prep -> code
    objects: dict[str, Counter[str]] = field(default_factory=dict)  # head -> codes
    object_preps: dict[str, dict[str, str]] = field(default_factory=dict)  # head -> prep -> code
    not_objects: set[str] = field(default_factory=set)


def read_plover_table(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, PLOVER mode or None) from CAMEO2PLOVER-2021.txt."""
    out: dict[str, tuple[str, str | None]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc}") from exc
    for line in lines:
        m = _CODE_LINE.match(line.strip())
        if m:
            mode = m.group(3).strip() or None
            out[m.group(1)] = (m.group(2), mode)
    for code, type_ in SUPPLEMENT.items():
        out.setdefault(code, (type_, None))
    if not out:
        raise UsageError(f"{path}: no 'CODE: TYPE' lines")
    return out


def plover_of(code: str, table: Mapping[str, tuple[str, str | None]]
              ) -> tuple[str, str | None] | None:
    """The PLOVER type and mode of a CAMEO code, from its longest known prefix."""
    code = code.strip()
    if not code.isdigit():
        return None
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def _word(token: str) -> tuple[str, ...]:
    """A dictionary word as lower-case lemmas ("+CLEAR_UP" -> ("clear", "up"))."""
    return tuple(w for w in token.lstrip("+").strip("_").lower().split("_") if w)


def _synonym_sets(lines: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    sets: dict[str, list[tuple[str, ...]]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            current = line[1:].strip().rstrip("_").upper()
            sets[current] = []
        elif current is not None and line.strip().startswith("+"):
            w = _word(line.strip())
            if w:
                sets[current].append(w)
        elif not line.strip():
            current = None
    return sets


def parse(text: str) -> tuple[list[_Verb], dict[str, list[tuple[str, ...]]]]:
    """The verbs with their patterns, and the synonym sets, of a verb dictionary."""
    lines = text.splitlines()
    try:
        start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    except StopIteration:
        raise UsageError("not a CAMEO verb dictionary: no '####### VERB PATTERNS' section") from None
    sets = _synonym_sets(lines[:start])
    verbs: list[_Verb] = []
    block: list[_Verb] = []
    block_code = "---"
    for raw in lines[start + 1:]:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("---"):
            # a block header; some have no code ("--- REVOKE_ ###"): their verbs code nothing
            m = _BLOCK.match(line)
            block_code = m.group(2).strip() if m else "---"
            block = []
            continue
        if line.startswith("-"):
            p = _PATTERN.match(line)
            if p and block:
                for v in block:
                    _add_pattern(v, p.group(1).split(), p.group(2).split(":")[0].strip(), sets)
            continue
        # a verb line: WORD [{forms}] [[code]]
        head = line.split("{", 1)[0].split("[", 1)[0].strip()
        code_m = re.search(r"\[([^\]]*)\]", line.split("}", 1)[-1])
        lemma = _word(head.split()[0]) if head else ()
        if not lemma:
            continue
        v = _Verb(lemma, code_m.group(1).split(":")[0].strip() if code_m else block_code)
        block.append(v)
        verbs.append(v)
    return verbs, sets


def _expand(token: str, sets: Mapping[str, list[tuple[str, ...]]]) -> list[tuple[str, ...]]:
    if token.startswith("&"):
        return sets.get(token[1:].rstrip("_").upper(), [])
    w = _word(token)
    return [w] if w else []


def _add_pattern(v: _Verb, toks: list[str], code: str,
                 sets: Mapping[str, list[tuple[str, ...]]]) -> None:
    if "*" not in toks or toks.index("*") != 0:
        return  # words before the verb: context the parser reads itself
    post = toks[1:]
    if not post:
        return
    if post[0].lower() in _PREPS and len(post) == 2 and post[1] == "+":
        v.preps.setdefault(post[0].lower(), code)  # "* WITH +"
        return
    target_first = post[0] == "+"
    if target_first:
        post = post[1:]  # "* + PARTY": the target owns the object
    words: list[str] = []
    prep: str | None = None
    for i, t in enumerate(post):
        if t.lower() in _PREPS and i + 1 < len(post) and post[i + 1] == "+" and not target_first:
            prep = t.lower()
            if i + 2 != len(post):
                return
            break
        if t in ("+", "$", "%", "^") or t.lower() in _PREPS:
            return
        words.append(t)
    words = [w for w in words if w.lower() not in _DETERMINERS]
    if not words or len(words) > 2:
        return
    heads = [w[-1] for w in _expand(words[-1], sets) if w]
    for h in heads:
        if not h.isalpha():
            continue
        if code == "---":
            v.not_objects.add(h)
            continue
        v.objects.setdefault(h, Counter())[code] += 1
        if prep is not None:
            v.object_preps.setdefault(h, {}).setdefault(prep, code)


def convert(dictionary: Path, plover_table: Path, curated: frozenset[str] = frozenset(),
            modes: Mapping[str, frozenset[str]] | None = None) -> list[dict[str, Any]]:
    """Trigger entries (``triggers.yaml`` shape) for the verbs of ``dictionary``;
    ``curated`` are verb lemmas the package lexicon already defines, ``modes`` the PLOVER
    modes allowed per type (a mode outside them is dropped)."""
    try:
        text = dictionary.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UsageError(f"cannot read {dictionary}: {exc}") from exc
    table = read_plover_table(plover_table)
    if modes is not None:
        table = {c: (t, m if m in modes.get(t, frozenset()) else None)
                 for c, (t, m) in table.items()}
    verbs, _ = parse(text)
    merged: dict[tuple[str, ...], _Verb] = {}
    for v in verbs:
        have = merged.get(v.lemma)
        if have is None:
            merged[v.lemma] = v
            continue
        # a verb listed in several blocks keeps its first code and pools its patterns
        for p, c in v.preps.items():
            have.preps.setdefault(p, c)
        for h, codes in v.objects.items():
            have.objects.setdefault(h, Counter()).update(codes)
        for h, ps in v.object_preps.items():
            for p, c in ps.items():
                have.object_preps.setdefault(h, {}).setdefault(p, c)
        have.not_objects |= v.not_objects
    out: list[dict[str, Any]] = []
    for lemma, v in sorted(merged.items()):
        key = " ".join(lemma)
        if key in curated or (len(lemma) == 1 and lemma[0] in GENERIC_VERBS):
            continue
        out.extend(_entries(key, v, table))
    return out


def _entry(key: str, type_: str, mode: str | None, code: str) -> dict[str, Any]:
    e: dict[str, Any] = {"words": [key], "pos": ["VERB"], "type": type_, "cameo": code,
                         "confidence": CONFIDENCE}
    if mode:
        e["mode"] = mode
    return e


def _entries(key: str, v: _Verb, table: Mapping[str, tuple[str, str | None]]
             ) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    base = plover_of(v.code, table) if v.code != "---" else None
    # objects: one entry per (type) with its object heads; the most frequent code wins
    by_type: dict[tuple[str, str | None, str], dict[str, dict[str, str]]] = defaultdict(dict)
    for head, codes in sorted(v.objects.items()):
        code = codes.most_common(1)[0][0]
        pl = plover_of(code, table)
        if pl is None:
            continue
        preps = {p: "target" for p in v.object_preps.get(head, {})}
        by_type[(pl[0], pl[1], code[:3])][head] = preps
    for (type_, mode, code), heads in sorted(by_type.items(), key=lambda kv: (kv[0][0], kv[0][2])):
        e = _entry(key, type_, mode, code)
        e["objects"] = sorted(heads)
        preps = {p: r for ps in heads.values() for p, r in ps.items()}
        if preps:
            e["preps"] = dict(sorted(preps.items()))
        out.append(e)
    prep_types: dict[tuple[str, str | None, str], list[str]] = defaultdict(list)
    base_preps: list[str] = []
    for prep, code in sorted(v.preps.items()):
        pl = plover_of(code, table) if code != "---" else None
        if pl is None:
            continue
        if base is not None and pl[0] == base[0]:
            base_preps.append(prep)
        else:
            prep_types[(pl[0], pl[1], code[:3])].append(prep)
    for (type_, mode, code), names in sorted(prep_types.items(), key=lambda kv: (kv[0][0], kv[0][2])):
        e = _entry(key, type_, mode, code)
        e["preps"] = {p: "target" for p in names}
        e["need_prep"] = True
        out.append(e)
    if base is not None and not (key in MIND_VERBS and not base_preps):
        e = _entry(key, base[0], base[1], v.code[:3])
        if base_preps:
            e["preps"] = {p: "target" for p in base_preps}
        if v.not_objects:
            e["not_objects"] = sorted(v.not_objects)
        out.append(e)
    return out


def write(entries: list[dict[str, Any]], out: Path, dictionary: Path) -> None:
    """Write ``entries`` as a trigger file with a header naming its source."""
    header = (
        "# Generated by `allegiance lexicon import-cameo` from the CAMEO verb dictionary of\n"
        f"# PETRARCH2 ({dictionary.name}; Open Event Data Alliance, MIT licence),\n"
        "# CAMEO codes mapped to PLOVER with CAMEO2PLOVER-2021. Do not edit by hand:\n"
        "# curated entries in triggers.yaml win over these for the same verb.\n"
    )
    body = yaml.safe_dump({"triggers": entries}, sort_keys=False, allow_unicode=True, width=100)
    out.write_text(header + body, encoding="utf-8")
