"""How system records are compared with gold: names, titles, sentences, actor ids.

These rules are those of the project's reference scorer (``shared/tools/score.py``),
so that ``allegiance eval`` and that scorer print the same numbers:

- A system actor maps to the gold actors one of whose names equals its ``name``
  (normalised: case-folded, punctuation and a leading "the" dropped, a plural ``s``
  ignored), or, failing that, one of its ``aliases``.
- An unnamed system actor may still match a *collective* gold actor by what it is:
  same ``kind`` and ``country`` and a sponsor that maps to the collective's
  ``sponsor``. The shared gold format defines one collective of its own, the
  Iran-backed armed groups of Iraq (``IRQ_PROXY``); a gold file of yours marks others
  with ``"collective": true``.
- A person who serves a state also stands for that state in events, since event data
  codes officials by their state.
- A role title matches when the system title holds every word of the gold title, in
  any order and spelling ("defence secretary" ~ "Secretary of Defense").
- An event is *grounded* when its sentence holds at least 60% of the words of the
  gold evidence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Obj = Mapping[str, Any]

# Regexes of this module, kept together.
_LEADING_THE = re.compile(r"^the\s+")
_NOT_NAME_CHAR = re.compile(r"[^\w\s'-]")
_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_TITLE_WORD = re.compile(r"[a-z]+")

_SINGLE_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_DOUBLE_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"'})

# Spellings of title words that mean the same ("defence" = "defense").
_TITLE_SYNONYMS = {"adviser": "advisor", "defence": "defense", "programme": "program",
                   "organisation": "organization", "spokesperson": "spokesman",
                   "spokeswoman": "spokesman", "secretary-general": "secretary general"}
_TITLE_STOPWORDS = frozenset({"of", "the", "for", "and", "affairs", "s"})
# Share of the gold evidence's words the system sentence must hold to state it.
GROUNDING_SHARE = 0.6


@dataclass(frozen=True)
class Collective:
    """A gold actor an unnamed system actor matches by kind, country and sponsor."""

    gold_id: str
    kind: object
    country: object
    sponsor: str


REFERENCE_COLLECTIVES: tuple[Collective, ...] = (
    Collective("IRQ_PROXY", "armed_group", "IRQ", "IRN"),
)
"""The collectives the shared gold format defines whatever the actors file says."""


def normalize_name(s: object) -> str:
    """The form under which actor names are compared."""
    if s is None:
        return ""
    t = unicodedata.normalize("NFKC", str(s)).translate(_SINGLE_QUOTES).casefold().strip()
    t = _NOT_NAME_CHAR.sub(" ", _LEADING_THE.sub("", t))
    tokens = t.replace("'", "").replace("-", " ").split()
    # a plural 's' on the head word ("militias" ~ "militia"); short words ("US", "IS") keep it
    if tokens and len(tokens[-1]) > 3 and tokens[-1].endswith("s"):
        tokens[-1] = tokens[-1][:-1]
    return " ".join(tokens)


def normalize_text(s: str) -> str:
    """The form under which ``junk``/``keep`` snippets and evidence are looked up."""
    t = unicodedata.normalize("NFKC", s).translate(_SINGLE_QUOTES).translate(_DOUBLE_QUOTES)
    return _WHITESPACE.sub(" ", t).strip().casefold()


def title_words(title: object) -> frozenset[str]:
    """The content words of a role title, spelled one way."""
    t = str(title or "").casefold().replace("-", " ")
    words = (_TITLE_SYNONYMS.get(w, w) for w in _TITLE_WORD.findall(t))
    return frozenset(w for w in words if w not in _TITLE_STOPWORDS)


def title_match(gold_title: object, system_title: object) -> bool:
    """A gold title matches a system title that holds all its words."""
    g, s = title_words(gold_title), title_words(system_title)
    return bool(g) and g <= s


def grounded(evidence: object, sentence: object) -> bool:
    """Whether ``sentence`` states the gold ``evidence`` (holds 60% of its words)."""
    ev = _WORD.findall(normalize_text(str(evidence or "")))
    words = set(_WORD.findall(normalize_text(str(sentence or ""))))
    return bool(ev) and sum(w in words for w in ev) >= GROUNDING_SHARE * len(ev)


def _collectives(gold: Mapping[str, Obj]) -> tuple[Collective, ...]:
    marked = tuple(
        Collective(gid, g.get("kind"), g.get("country"), str(g["sponsor"]))
        for gid, g in gold.items()
        if g.get("collective") is True and isinstance(g.get("sponsor"), str)
    )
    known = {c.gold_id for c in marked}
    return (*marked, *(c for c in REFERENCE_COLLECTIVES if c.gold_id not in known))


class Resolver:
    """Maps system actor ids to the gold actor ids they stand for."""

    def __init__(self, gold_actors: Obj, export_actors: Sequence[Obj]) -> None:
        """Index the gold actors by name and the export's actors by id."""
        self.gold: dict[str, Obj] = {
            k: v for k, v in gold_actors.items() if not k.startswith("_") and isinstance(v, Mapping)
        }
        self._by_name: dict[str, set[str]] = {}
        for gid, g in self.gold.items():
            for n in g.get("names") or []:
                self._by_name.setdefault(normalize_name(n), set()).add(gid)
        self._collectives = _collectives(self.gold)
        self._export: dict[object, Obj] = {}
        for a in export_actors:
            key = a.get("id")
            if hashable(key):
                self._export[key] = a
        self._cache: dict[object, frozenset[str]] = {}
        self._resolving: set[object] = set()

    def gold_ids(self, actor_id: object) -> frozenset[str]:
        """Gold actors a system actor id (or, for an id not in the export, a name) stands for."""
        if actor_id is None or not hashable(actor_id):
            return frozenset()
        if actor_id in self._cache:
            return self._cache[actor_id]
        if actor_id in self._resolving:  # a sponsorship cycle: no information from this path
            return frozenset()
        self._resolving.add(actor_id)
        try:
            out = self._resolve(actor_id)
        finally:
            self._resolving.discard(actor_id)
        self._cache[actor_id] = out
        return out

    def _resolve(self, actor_id: object) -> frozenset[str]:
        a = self._export.get(actor_id)
        if a is None:
            return frozenset(self._by_name.get(normalize_name(actor_id), ()))
        out = set(self._by_name.get(normalize_name(a.get("name")), ()))
        if not out:
            for n in as_list(a.get("aliases")):
                out |= self._by_name.get(normalize_name(n), set())
        if not out:
            out = self._collective_ids(a)
        return frozenset(out)

    def _collective_ids(self, a: Obj) -> set[str]:
        fitting = [c for c in self._collectives
                   if a.get("kind") == c.kind and a.get("country") == c.country]
        if not fitting:
            return set()
        backers: set[str] = set()
        for s in as_list(a.get("sponsors")):
            backers |= self.gold_ids(s)
        return {c.gold_id for c in fitting if c.sponsor in backers}

    def with_states(self, ids: Iterable[str]) -> frozenset[str]:
        """``ids`` plus the state each person among them serves."""
        out = set(ids)
        for gid in list(out):
            g = self.gold.get(gid, {})
            org = g.get("organization")
            if g.get("kind") == "person" and isinstance(org, str) \
                    and self.gold.get(org, {}).get("kind") == "state":
                out.add(org)
        return frozenset(out)

    def event_ids(self, actor_id: object) -> frozenset[str]:
        """Gold actors an event's source or target stands for, officials coded by their state."""
        return self.with_states(self.gold_ids(actor_id))


def as_list(value: object) -> list[Any]:
    """``value`` when it is a list, else an empty list."""
    return value if isinstance(value, list) else []


def hashable(value: object) -> bool:
    """Whether ``value`` is a JSON scalar that can key a dict."""
    return value is None or isinstance(value, str | int | float | bool)
