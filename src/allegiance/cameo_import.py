"""Import CAMEO actor dictionaries (TABARI / PETRARCH / Phoenix format) as KB entries.

An actor dictionary is a list of blocks::

    NURI_AL_MALIKI_            a phrase, words joined by "_"
    +NOURI_AL-MALIKI           "+": another name of the same actor
    +MALIKI
        [IRQGOV 20060520-20140908]   a CAMEO code, optionally limited in time:
        [IRQELI]                     ">D" from D, "<D" until D, "D1-D2"

Codes may also follow the phrase on its own line (``HEZBOLLAH_ [LBNREB]``); ``#``
starts a comment. Dates are ``YYYYMMDD`` or ``YYMMDD`` (``YY`` <= 30 is 20YY,
as in PETRARCH). Agents dictionaries (``POLICE [~COP]``) name generic roles,
not actors, and are refused.

Each block becomes one entry with id ``CAMEO_<NAME>``. Its kind is guessed from
the codes (``data/kb/cameo/codes.yaml``): a bare country code is a place name of a
state the KB already has (skipped); a block with dated codes or the ``ELI`` code is
a person whose codes become dated roles (``IRQGOV`` -> organization ``IRQ-GOV``);
otherwise the first role code gives the kind (``REB`` armed group, ``OPP``
political party, ``IGO`` igo, ...). Blocks that name an actor the curated KB has
(same name of the same kind, or a code it knows such as ``IGOUNO``) are skipped,
so an import never duplicates or overrides a curated entry.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from allegiance.errors import KnowledgeBaseError
from allegiance.kb import KB_DIR, KBEntry, KnowledgeBase, load_kb, normalise_alias, read_yaml
from allegiance.records import ActorKind, Role

log = logging.getLogger(__name__)

CODES_FILE = KB_DIR / "cameo" / "codes.yaml"

# --- regular expressions of this module ------------------------------------------
_CODE_RE = re.compile(r"\[([^\]]*)\]")
_SUBSTITUTION_RE = re.compile(r"^![A-Z]+!\s*=")
_ACRONYM_RE = re.compile(r"\(([A-Za-z0-9.\-]{2,12})\)")
_SLUG_RE = re.compile(r"[^A-Z0-9]+")
_CODE_OK_RE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
_VOWEL_RE = re.compile(r"[AEIOUYaeiouy]")


@dataclass
class _Block:
    head: str
    line: int
    aliases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Code:
    code: str
    start: str | None
    end: str | None
    dated: bool


@dataclass(frozen=True)
class _Tables:
    roles: Mapping[str, tuple[ActorKind, str]]
    prefixes: Mapping[str, ActorKind]
    armed_roles: frozenset[str]
    person_role: str
    known: Mapping[str, str]
    particles: frozenset[str]


@functools.lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = read_yaml(CODES_FILE)
    try:
        roles = {k: (ActorKind(v[0]), str(v[1])) for k, v in data["roles"].items()}
        prefixes = {k: ActorKind(v) for k, v in data["prefixes"].items()}
        return _Tables(roles, prefixes, frozenset(data["armed_roles"]), str(data["person_role"]),
                       {str(k): str(v) for k, v in data["known"].items()},
                       frozenset(str(w).upper() for w in data["name_particles"]))
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise KnowledgeBaseError(f"{CODES_FILE}: invalid CAMEO code table: {exc}") from exc


# --- reading the dictionary -------------------------------------------------------


def _blocks(text: str) -> tuple[list[_Block], int]:
    """Split a dictionary into blocks; also count agent codes (``~``) seen."""
    blocks: list[_Block] = []
    current: _Block | None = None
    agents = 0
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!") or _SUBSTITUTION_RE.match(line):
            continue
        codes = [c.strip() for c in _CODE_RE.findall(line)]
        agents += sum("~" in c for c in codes)
        phrase = _CODE_RE.sub(" ", line).strip()
        if line.startswith("["):
            if current is not None:
                current.codes.extend(codes)
        elif line.startswith("+"):
            if current is not None:
                current.aliases.extend(p for p in phrase[1:].split("+") if p.strip("_ "))
                current.codes.extend(codes)
        elif phrase:
            current = _Block(head=phrase, line=number, codes=codes)
            blocks.append(current)
    return blocks, agents


def _cameo_date(text: str) -> str | None:
    """PETRARCH date: ``YYYYMMDD`` when longer than 7 characters, else ``YYMMDD``."""
    digits = text.strip()
    if not digits.isdigit():
        return None
    try:
        if len(digits) > 7:
            year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
        elif len(digits) >= 6:
            yy = int(digits[:2])
            year = 2000 + yy if yy <= 30 else 1900 + yy
            month, day = int(digits[2:4]), int(digits[4:6])
        else:
            return None
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _parse_code(raw: str) -> _Code | None:
    parts = raw.split()
    if not parts or not _CODE_OK_RE.match(parts[0]):
        return None  # "---" (no actor), agent codes, typos
    start = end = None
    span = parts[1] if len(parts) > 1 else ""
    if span.startswith(">"):
        start = _cameo_date(span[1:])
    elif span.startswith("<"):
        end = _cameo_date(span[1:])
    elif "-" in span:
        a, _, b = span.partition("-")
        start, end = _cameo_date(a), _cameo_date(b)
    elif span:
        start = _cameo_date(span)
    if start and end and end < start:
        start = end = None  # a typo in the source; keep the code, drop the dates
    return _Code(parts[0], start, end, bool(span))


# --- guessing what a block is -----------------------------------------------------


def _chunks(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(3, len(code), 3)]


def _pretty_word(word: str, short_acronyms: bool, tables: _Tables) -> str:
    # dictionaries are upper case; keep what looks like an acronym: no vowel, dots,
    # digits, or a short word of an organisation's name that is not a name particle
    if "." in word or not _VOWEL_RE.search(word) or any(c.isdigit() for c in word) or (
            short_acronyms and len(word) <= 3 and word.isalpha()
            and word not in tables.particles):
        return word
    return "-".join(part.capitalize() for part in word.split("-"))


def _pretty(phrase: str, tables: _Tables, *, person: bool) -> str:
    """``NURI_AL-MALIKI_`` -> ``Nuri Al-Maliki``; ``US_ARMY`` -> ``US Army``."""
    words = phrase.replace("_", " ").split()
    return " ".join(_pretty_word(w, len(words) > 1 and not person, tables) for w in words)


def _names(block: _Block, tables: _Tables, *, person: bool) -> tuple[str, list[str]]:
    """Display name and distinct alias surfaces; ``(ABC)`` acronyms become aliases."""
    acronyms: list[str] = []

    def pretty(phrase: str) -> str:
        acronyms.extend(_ACRONYM_RE.findall(phrase))
        return _pretty(_ACRONYM_RE.sub(" ", phrase), tables, person=person)

    name = pretty(block.head)
    aliases = [pretty(a) for a in block.aliases]
    return name, [a for a in dict.fromkeys([*aliases, *acronyms]) if a and a != name]


@dataclass(frozen=True)
class _Guess:
    kind: ActorKind
    country: str | None


def _guess(code: str, states: set[str], tables: _Tables) -> _Guess | None:
    """Kind and country of an actor coded ``code``; ``None`` for a bare place code."""
    prefix, chunks = code[:3], _chunks(code)
    if prefix in tables.prefixes:
        armed = any(c in tables.armed_roles for c in chunks)
        return _Guess(ActorKind.ARMED_GROUP if armed else tables.prefixes[prefix], None)
    country = prefix if prefix in states else None
    roles = [c for c in chunks if c in tables.roles]
    if not chunks:
        return None
    if not roles:
        return _Guess(ActorKind.ORGANIZATION, country)
    return _Guess(tables.roles[roles[0]][0], country)


def _known_id(code: str, tables: _Tables) -> str | None:
    best = max((k for k in tables.known if code.startswith(k)), key=len, default=None)
    return tables.known[best] if best else None


def _role(c: _Code, states: set[str], tables: _Tables) -> Role:
    prefix, chunks = c.code[:3], _chunks(c.code)
    labels = [tables.roles[x][1] for x in chunks if x in tables.roles]
    org = _known_id(c.code, tables)
    if org is None and prefix in states:
        org = f"{prefix}-{chunks[0]}" if chunks and chunks[0] in ("GOV", "MIL") else prefix
    label = labels[0] if labels else (tables.roles.get(prefix, (None, "member"))[1])
    return Role(title=f"{label} ({c.code})", organization=org, start=c.start, end=c.end)


def _slug(name: str) -> str:
    return "CAMEO_" + _SLUG_RE.sub("_", name.upper()).strip("_")


def _entry(block: _Block, source: str, kb: KnowledgeBase, states: set[str],
           tables: _Tables) -> KBEntry | None:
    codes = [c for c in (_parse_code(r) for r in block.codes) if c is not None]
    if not codes:
        return None
    coded = [c for c in codes if c.code[:3] in tables.prefixes or
             any(x in tables.roles for x in _chunks(c.code))]
    if not coded:
        # place names of a state or region ("BAGHDAD" [IRQ], [IRQOCC]) and bare
        # ethnic or religious codes: the KB has the states, the rest are not actors
        return None
    person = any(tables.person_role in _chunks(c.code) or c.dated for c in coded)
    first = coded[0]
    guess = _guess(first.code, states, tables)
    if guess is None:
        return None
    known = _known_id(first.code, tables)
    if not person and known is not None and kb.get(known) is not None:
        return None  # IGOUNO is the curated UN
    kind = ActorKind.PERSON if person else guess.kind
    name, aliases = _names(block, tables, person=person)
    if not normalise_alias(name):
        return None
    if any(kb.candidates(n) for n in (name, *aliases)):
        # the KB knows this name: the same actor, whatever kind the codes suggest
        return None
    roles = tuple(_role(c, states, tables) for c in coded) if person else ()
    country = guess.country if guess.country in states else None
    return KBEntry(id=_slug(name), name=name, kind=kind, country=country,
                   aliases=tuple(aliases), roles=roles,
                   sources=(f"CAMEO actor dictionary {source}, line {block.line}",))


def _merge(a: KBEntry, b: KBEntry) -> KBEntry:
    aliases = tuple(dict.fromkeys((*a.aliases, *b.aliases)))
    return replace(a, aliases=aliases, roles=tuple(dict.fromkeys((*a.roles, *b.roles))),
                   sources=tuple(dict.fromkeys((*a.sources, *b.sources))))


def _dictionary_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(path.rglob("*.actors.txt"))
        if not files:
            raise KnowledgeBaseError(f"{path}: no *.actors.txt dictionary in this folder")
        return files
    if not path.is_file():
        raise KnowledgeBaseError(f"{path}: no such file or folder")
    return [path]


def import_cameo_dictionary(path: Path, *, limit: int | None = None) -> list[KBEntry]:
    """Convert a CAMEO actor dictionary (a file, or a folder of ``*.actors.txt``) to entries.

    Entries get ids ``CAMEO_<NAME>``; blocks the curated KB already covers are
    skipped. ``limit`` caps the number of entries returned. Raises
    ``KnowledgeBaseError`` for a missing or unreadable file and for an agents
    dictionary.
    """
    kb, tables = load_kb(), _tables()
    states = {e.id for e in kb if e.kind is ActorKind.STATE}
    out: dict[str, KBEntry] = {}
    for file in _dictionary_files(Path(path)):
        try:
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise KnowledgeBaseError(f"{file}: cannot read: {exc}") from exc
        blocks, agents = _blocks(text)
        made = 0
        for block in blocks:
            entry = _entry(block, file.name, kb, states, tables)
            if entry is None or kb.get(entry.id) is not None:
                continue
            made += 1
            out[entry.id] = _merge(out[entry.id], entry) if entry.id in out else entry
            if limit is not None and len(out) >= limit:
                return list(out.values())
        if made == 0 and agents:
            raise KnowledgeBaseError(f"{file}: an agents dictionary (generic roles such as "
                                     "POLICE [~COP]) has no actors to import")
        log.info("%s: %d blocks, %d entries", file, len(blocks), made)
    return list(out.values())


def _entry_dict(e: KBEntry) -> dict[str, Any]:
    d: dict[str, Any] = {"id": e.id, "name": e.name, "kind": e.kind.value, "country": e.country}
    for key in ("aliases", "sponsors", "member_of", "demonyms", "capitals", "context"):
        value = getattr(e, key)
        if value:
            d[key] = list(value)
    if e.roles:
        d["roles"] = [{"title": r.title, "organization": r.organization, "start": r.start,
                       "end": r.end, **({"former": True} if r.former else {})}
                      for r in e.roles]
    if e.sources:
        d["sources"] = list(e.sources)
    return d


def write_kb_yaml(entries: Iterable[KBEntry], path: Path, *,
                  header: Sequence[str] = ("Imported by allegiance kb import-cameo",)) -> None:
    """Write entries as a KB file that ``load_kb(extra_paths=[path])`` reads back.

    The body is JSON, one entry a line: valid YAML that a person can read and
    edit, and that ``load_kb`` parses fast even with tens of thousands of entries.
    """
    lines = [json.dumps(_entry_dict(e), ensure_ascii=False) for e in entries]
    comments = "".join(f"# {line}\n" for line in (*header, "Format: allegiance data/kb/README.md"))
    body = "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"
    Path(path).write_text(comments + body, encoding="utf-8")
