"""Stable identifiers: the same input always yields the same id.

Ids are short hex digests of normalised content, prefixed by what they name,
so they survive reruns, process boundaries and machines.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")
_SLUG = re.compile(r"[^a-z0-9]+")


def _digest(*parts: str, size: int = 16) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    return h.hexdigest()[:size]


def normalise_text(text: str) -> str:
    """NFC, whitespace folded: the form ids are computed from."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    """Id of an article from its cleaned text (same text, same id)."""
    return "a_" + _digest(normalise_text(text))


def event_id(article: str, sentence_start: int, trigger_start: int, type_: str,
             source: str | None, target: str | None) -> str:
    """Id of an event: its article, where it is stated, and its dyad."""
    return "e_" + _digest(article, str(sentence_start), str(trigger_start), type_,
                          source or "", target or "")


def slug(name: str) -> str:
    """Lower-case ASCII slug of a name ("Kata'ib Hezbollah" -> "kataib-hezbollah")."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ascii_ = ascii_.replace("'", "").replace("\u2019", "")
    return _SLUG.sub("-", ascii_.lower()).strip("-")


def new_actor_id(kind: str, name: str) -> str:
    """Id of an actor found in text but absent from the knowledge base."""
    return f"new:{kind}:{slug(name)}"


def collective_id(kind: str, country: str | None, sponsors: tuple[str, ...]) -> str:
    """Id of a sponsored collective ("Iran-backed militias" in Iraq)."""
    return f"coll:{kind}:{country or 'XXX'}:{'+'.join(sorted(sponsors)) or 'none'}"


def described_id(identity: str, country: str) -> str:
    """Id of a described group the KB does not know ("Kurdish armed groups in Turkey")."""
    return f"desc:{identity}:{country}"


def sector_id(state: str, sector: str) -> str:
    """Id of a sector of a state (``IRQ-GOV``, ``USA-MIL``)."""
    return f"{state}-{sector}"


CIVILIANS_PREFIX = "civ:"


def civilians_id(kind: str, country: str) -> str:
    """Id of the unorganised people of a country an article speaks of ("protesters in
    Iraq", "civilians in Syria"): ``civ:protesters:IRQ``."""
    return f"{CIVILIANS_PREFIX}{kind}:{country}"
