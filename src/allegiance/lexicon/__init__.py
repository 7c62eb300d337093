"""The trigger lexicon: what words evoke which PLOVER events, and the cue words
for modality, arguments and standing relations.

Everything lives in YAML under ``src/allegiance/data/lexicon/``:

``triggers.yaml``
    curated trigger entries (lemmas and phrases -> PLOVER type, mode, CAMEO code,
    argument frame); the file's header documents every field.
``triggers_cameo.yaml``
    entries generated from PETRARCH2's CAMEO verb dictionary by ``allegiance lexicon
    import-cameo`` (``cameo_verbs.py``); loaded after the curated ones.
``crosswalk.yaml``
    PLOVER type/mode -> CAMEO root -> quad class, PLOVER's legacy type names,
    the modes PLOVER defines per type and the context words (military, ...).
``modality.yaml``, ``arguments.yaml``, ``relations.yaml``
    named word lists (cues).  Code reads them as ``lexicon.words("modality.
    negation.words")``: file stem, then the YAML keys, joined by dots.  Numbers
    (``modality.confidence.verb_default``) are read with ``lexicon.number``.

``load_lexicon(extra)`` adds a user file or folder of the same shape: its
triggers come first (they win over the package's for the same word) and its
word lists are merged into the package's.  Bad data raises
``KnowledgeBaseError`` naming the file and entry.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from allegiance.errors import KnowledgeBaseError
from allegiance.records import EventType, QuadClass

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "lexicon"

_POS = frozenset({"VERB", "NOUN", "ADJ"})
_ROLES = frozenset({"target", "source"})
_TRIGGER_KEYS = frozenset({
    "words", "head", "pos", "type", "mode", "cameo", "preps", "of", "need_prep", "objects",
    "governed_by", "yields", "material", "symmetric", "confidence", "monadic", "control",
    "intransitive", "inner", "modal", "unless", "target_object", "complement", "not_objects",
    "object_preps", "poss",
    "subject", "no_small_clause", "need_infinitive", "armed_source",
})


@dataclass(frozen=True, eq=False)
class Trigger:
    """One word or phrase that evokes an event, with its argument frame.

    ``words`` are lemmas (one for a single word, several for a phrase);
    ``head`` indexes the anchor word whose dependents hold the arguments
    (None: the verb of a verb phrase, else the last word).
    The other fields are documented in ``data/lexicon/triggers.yaml``.
    Entries compare by identity: two entries with the same words are different
    readings of them.
    """

    words: tuple[str, ...]
    type: EventType
    head: int | None = None
    pos: frozenset[str] = frozenset({"VERB", "NOUN"})
    mode: str | None = None
    cameo: str | None = None
    preps: Mapping[str, str] = field(default_factory=dict)
    of: str | None = None
    need_prep: bool = False
    objects: frozenset[str] = frozenset()
    governed_by: frozenset[str] = frozenset()
    yields: bool = False
    material: bool = False
    symmetric: bool = False
    monadic: bool = False
    control: bool = False
    intransitive: bool = False
    inner: bool = False
    modal: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    target_object: bool = False
    complement: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()
    no_small_clause: bool = False
    need_infinitive: bool = False
    armed_source: bool = False
    object_preps: frozenset[str] = frozenset()
    poss: str | None = None
    subject: str = "source"
    confidence: float | None = None
    origin: str = "triggers"
    """The stem of the file the entry comes from ("triggers", "triggers_cameo")."""

    @property
    def key(self) -> str:
        """The trigger as written in the lexicon ("call upon")."""
        return " ".join(self.words)

    @property
    def is_phrase(self) -> bool:
        """True for multiword triggers."""
        return len(self.words) > 1


def curated_verbs(lexicon: Lexicon) -> frozenset[str]:
    """Verb triggers (single words and phrases) of the curated ``triggers.yaml``."""
    return frozenset(t.key for t in lexicon.triggers if t.origin == "triggers" and "VERB" in t.pos)


@dataclass(frozen=True)
class Crosswalk:
    """PLOVER <-> CAMEO: default roots, per-mode roots, quad classes, modes."""

    legacy: Mapping[str, EventType]
    roots: Mapping[EventType, str]
    mode_roots: Mapping[tuple[EventType, str], str]
    quads: Mapping[str, QuadClass]
    plover_modes: Mapping[EventType, frozenset[str]]
    contexts: Mapping[str, frozenset[str]]

    def event_type(self, name: str) -> EventType:
        """A current PLOVER type from a current or legacy name ("FIGHT" -> ASSAULT)."""
        upper = name.strip().upper()
        if upper in self.legacy:
            return self.legacy[upper]
        return EventType(upper)

    def cameo_root(self, type_: EventType, mode: str | None, code: str | None = None) -> str:
        """The 2-digit CAMEO root for an event: explicit code, then (type, mode), then type."""
        if code:
            return code[:2]
        if mode and (type_, mode) in self.mode_roots:
            return self.mode_roots[(type_, mode)]
        return self.roots[type_]

    def quad_class(self, root: str) -> QuadClass:
        """The quad class of a CAMEO root ("19" -> material conflict)."""
        return self.quads[root[:2]]


@dataclass(frozen=True)
class Lexicon:
    """Triggers indexed for lookup, the crosswalk, and named cue lists."""

    triggers: tuple[Trigger, ...]
    crosswalk: Crosswalk
    cues: Mapping[str, frozenset[str]]
    numbers: Mapping[str, float]
    single: Mapping[str, tuple[Trigger, ...]] = field(default_factory=dict)
    phrases: Mapping[str, tuple[Trigger, ...]] = field(default_factory=dict)

    def words(self, name: str) -> frozenset[str]:
        """A named cue list ("modality.negation.words"); KeyError names the list."""
        try:
            return self.cues[name]
        except KeyError:
            raise KeyError(f"no lexicon word list {name!r}") from None

    def number(self, name: str) -> float:
        """A named number ("modality.confidence.verb_default")."""
        try:
            return self.numbers[name]
        except KeyError:
            raise KeyError(f"no lexicon number {name!r}") from None

    def crosswalk_modes(self) -> dict[str, frozenset[str]]:
        """PLOVER modes allowed per type name."""
        return {t.value: m for t, m in self.crosswalk.plover_modes.items()}

    def children(self, prefix: str) -> Iterator[tuple[str, frozenset[str]]]:
        """Cue lists directly below ``prefix`` as (last key, words)."""
        dotted = prefix + "."
        for name, words in self.cues.items():
            if name.startswith(dotted) and "." not in name[len(dotted):]:
                yield name[len(dotted):], words


def load_lexicon(extra: Path | None = None) -> Lexicon:
    """Load the package lexicon, plus a user YAML file or folder of the same shape.

    Cached per ``extra`` path: engines call it once per worker.
    """
    return _load(None if extra is None else extra.resolve())


@functools.lru_cache(maxsize=8)
def _load(extra: Path | None) -> Lexicon:
    package = _read_dir(DATA_DIR)
    user: dict[str, tuple[Path, Any]] = {}
    if extra is not None:
        if extra.is_dir():
            user = _read_dir(extra)
        elif extra.is_file():
            user = {extra.stem: (extra, _read_yaml(extra))}
        else:
            raise KnowledgeBaseError(f"lexicon path not found: {extra}")
    if "crosswalk" not in package:
        raise KnowledgeBaseError(f"missing {DATA_DIR / 'crosswalk.yaml'}")
    cw_path, cw_data = package["crosswalk"]
    crosswalk = _crosswalk(cw_path, cw_data)
    triggers: list[Trigger] = []
    for source in (user, package):
        # curated triggers.yaml first, then generated ones (triggers_cameo.yaml)
        for stem in sorted((s for s in source if _is_trigger_file(s)), key=lambda s: (s != "triggers", s)):
            path, data = source[stem]
            triggers.extend(_triggers(path, data, crosswalk))
    cues: dict[str, frozenset[str]] = {}
    numbers: dict[str, float] = {}
    for source in (package, user):
        for stem, (path, data) in source.items():
            if _is_trigger_file(stem) or stem == "crosswalk":
                continue
            _flatten(path, stem, data, cues, numbers)
    single: dict[str, list[Trigger]] = {}
    phrases: dict[str, list[Trigger]] = {}
    for t in triggers:
        if t.is_phrase:
            phrases.setdefault(t.words[0], []).append(t)
        else:
            single.setdefault(t.words[0], []).append(t)
    for lst in phrases.values():
        lst.sort(key=lambda t: -len(t.words))
    return Lexicon(
        triggers=tuple(triggers),
        crosswalk=crosswalk,
        cues=cues,
        numbers=numbers,
        single={k: tuple(v) for k, v in single.items()},
        phrases={k: tuple(v) for k, v in phrases.items()},
    )


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _is_trigger_file(stem: str) -> bool:
    return stem == "triggers" or stem.startswith("triggers_")


def _read_dir(folder: Path) -> dict[str, tuple[Path, Any]]:
    out: dict[str, tuple[Path, Any]] = {}
    for path in sorted(folder.glob("*.yaml")):
        out[path.stem] = (path, _read_yaml(path))
    return out


def _read_yaml(path: Path) -> Any:
    try:
        # libyaml's loader: the generated CAMEO trigger file has ~10,000 entries
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(f"cannot read lexicon file {path}: {exc}") from exc


def _flatten(path: Path, prefix: str, data: Any, cues: dict[str, frozenset[str]],
             numbers: dict[str, float]) -> None:
    if isinstance(data, Mapping):
        for key, value in data.items():
            if str(key).startswith("_"):
                continue
            _flatten(path, f"{prefix}.{key}", value, cues, numbers)
    elif isinstance(data, list):
        words = []
        for w in data:
            if not isinstance(w, str) or not w.strip():
                raise KnowledgeBaseError(f"{path}: {prefix}: entries must be words, got {w!r}")
            words.append(w.strip().lower())
        cues[prefix] = cues.get(prefix, frozenset()) | frozenset(words)
    elif isinstance(data, bool) or not isinstance(data, (int, float)):
        raise KnowledgeBaseError(f"{path}: {prefix}: expected a list, mapping or number")
    else:
        numbers[prefix] = float(data)


def _crosswalk(path: Path, data: Any) -> Crosswalk:
    def fail(msg: str) -> KnowledgeBaseError:
        return KnowledgeBaseError(f"{path}: {msg}")

    if not isinstance(data, Mapping):
        raise fail("expected a mapping")
    try:
        roots = {EventType(k): _code(v) for k, v in data["types"].items()}
        legacy = {str(k).upper(): EventType(v) for k, v in data.get("legacy_types", {}).items()}
        mode_roots = {
            (EventType(t), str(m)): _code(c)
            for t, modes in data.get("modes", {}).items()
            for m, c in modes.items()
        }
        quads = {
            _code(root): QuadClass(q)
            for q, root_list in data["quad_classes"].items()
            for root in root_list
        }
        plover_modes = {
            EventType(t): frozenset(str(m) for m in ms)
            for t, ms in data["plover_modes"].items()
        }
        contexts = {
            str(c): frozenset(str(w).lower() for w in ws) for c, ws in data["contexts"].items()
        }
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise fail(f"invalid crosswalk: {exc!r}") from exc
    missing = set(EventType) - set(roots)
    if missing:
        raise fail(f"types without a CAMEO root: {sorted(missing)}")
    unknown = {r for r in (*roots.values(), *mode_roots.values()) if r not in quads}
    if unknown:
        raise fail(f"CAMEO roots without a quad class: {sorted(unknown)}")
    return Crosswalk(legacy, roots, mode_roots, quads, plover_modes, contexts)


def _code(value: Any) -> str:
    code = str(value).strip()
    if not code.isdigit() or not 2 <= len(code) <= 4:
        raise ValueError(f"bad CAMEO code {value!r}")
    return code


def _triggers(path: Path, data: Any, crosswalk: Crosswalk) -> Iterable[Trigger]:
    entries = data.get("triggers") if isinstance(data, Mapping) else None
    if not isinstance(entries, list):
        raise KnowledgeBaseError(f"{path}: expected a 'triggers' list")
    for n, entry in enumerate(entries):
        yield from _entry(path, n, entry, crosswalk)


def _entry(path: Path, n: int, entry: Any, crosswalk: Crosswalk) -> Iterator[Trigger]:
    def fail(msg: str) -> KnowledgeBaseError:
        words = entry.get("words") if isinstance(entry, Mapping) else None
        return KnowledgeBaseError(f"{path}: trigger #{n} {words!r}: {msg}")

    if not isinstance(entry, Mapping):
        raise fail("expected a mapping")
    unknown = set(entry) - _TRIGGER_KEYS
    if unknown:
        raise fail(f"unknown fields {sorted(unknown)}")
    words = entry.get("words")
    if not isinstance(words, list) or not words:
        raise fail("'words' must be a non-empty list")
    try:
        type_ = crosswalk.event_type(str(entry["type"]))
    except (KeyError, ValueError) as exc:
        raise fail(f"bad or missing type: {exc}") from exc
    mode = entry.get("mode")
    if mode is not None:
        mode = str(mode)
        allowed = crosswalk.plover_modes.get(type_, frozenset())
        if mode not in allowed and not (not allowed and mode in crosswalk.contexts):
            raise fail(f"mode {mode!r} is not a PLOVER mode of {type_} nor a context")
    pos = frozenset(str(p).upper() for p in entry.get("pos", ["VERB", "NOUN"]))
    if not pos or pos - _POS:
        raise fail(f"pos must be among {sorted(_POS)}")
    preps = entry.get("preps") or {}
    if not isinstance(preps, Mapping) or set(map(str, preps.values())) - _ROLES:
        raise fail("preps must map prepositions to 'target' or 'source'")
    of = entry.get("of")
    if of is not None and of not in _ROLES:
        raise fail("'of' must be 'target' or 'source'")
    cameo = entry.get("cameo")
    try:
        cameo = None if cameo is None else _code(cameo)
    except ValueError as exc:
        raise fail(str(exc)) from exc
    if cameo is not None and cameo[:2] not in crosswalk.quads:
        raise fail(f"CAMEO code {cameo} has no quad class")
    if entry.get("target_object") and not entry.get("objects"):
        raise fail("target_object needs objects")
    if entry.get("object_preps") and not entry.get("objects"):
        raise fail("object_preps needs objects")
    complement = entry.get("complement", [])
    if not isinstance(complement, list) or not all(
            isinstance(w, str) and w.strip() for w in complement):
        raise fail("complement must be a list of words")
    poss = entry.get("poss")
    if poss is not None and poss not in _ROLES:
        raise fail("'poss' must be 'target' or 'source'")
    subject = str(entry.get("subject", "source"))
    if subject not in _ROLES:
        raise fail("'subject' must be 'source' or 'target'")
    conf = entry.get("confidence")
    if conf is not None and not (isinstance(conf, (int, float)) and 0.0 < float(conf) <= 1.0):
        raise fail("confidence must be in (0, 1]")
    for word in words:
        if not isinstance(word, str) or not word.strip():
            raise fail(f"bad word {word!r}")
        lemmas = tuple(word.strip().lower().split())
        head = entry.get("head")
        if head is not None and not (isinstance(head, int) and 0 <= head < len(lemmas)):
            raise fail(f"head {head!r} outside phrase {word!r}")
        yield Trigger(
            words=lemmas,
            type=type_,
            head=head,
            pos=pos,
            mode=mode,
            cameo=cameo,
            preps={str(k).lower(): str(v) for k, v in preps.items()},
            of=of,
            need_prep=bool(entry.get("need_prep", False)),
            objects=frozenset(str(o).lower() for o in entry.get("objects", [])),
            governed_by=frozenset(str(o).lower() for o in entry.get("governed_by", [])),
            yields=bool(entry.get("yields", False)),
            material=bool(entry.get("material", False)),
            symmetric=bool(entry.get("symmetric", False)),
            monadic=bool(entry.get("monadic", False)),
            control=bool(entry.get("control", False)),
            intransitive=bool(entry.get("intransitive", False)),
            inner=bool(entry.get("inner", False)),
            modal=frozenset(str(o).lower() for o in entry.get("modal", [])),
            unless=frozenset(str(o).lower() for o in entry.get("unless", [])),
            target_object=bool(entry.get("target_object", False)),
            complement=frozenset(w.strip().lower() for w in complement),
            not_objects=frozenset(str(o).lower() for o in entry.get("not_objects", [])),
            no_small_clause=bool(entry.get("no_small_clause", False)),
            need_infinitive=bool(entry.get("need_infinitive", False)),
            armed_source=bool(entry.get("armed_source", False)),
            object_preps=frozenset(str(o).lower() for o in entry.get("object_preps", [])),
            poss=None if poss is None else str(poss),
            subject=subject,
            origin=path.stem,
            confidence=None if conf is None else float(conf),
        )
