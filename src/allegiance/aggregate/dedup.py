"""Near-duplicates and syndicated copies: MinHash LSH over sentence shingles.

One incident told by one outlet and copied by twenty sites is still one
source (GDELT counted one kidnapping hundreds of times from copies). Two
articles are near-duplicates when their shingle sets are similar enough
(``rules.yaml``, ``dedup``); near-duplicates form groups by single linkage
and every article of a group but one gets ``duplicate_of`` = the group's
canonical article: the earliest published, then the smallest id. Undated
articles come after dated ones.

Whether two articles are near-duplicates depends on the two texts only, so
the groups, and with them every ``duplicate_of``, are the same whatever order
the articles arrive in. ``DuplicateIndex.update`` reports every article whose
assignment changed, including older ones demoted by an earlier original.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from datasketch import MinHash, MinHashLSH

from allegiance.aggregate.config import DedupRules, load_config
from allegiance.aggregate.periods import published_key
from allegiance.records import Article

# Sentence ends (., !, ? or a line break) and words: shingles never cross a
# sentence, so reordered sentences and paragraphs keep every shingle.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"\w+")

_SCHEME = "affine32"
STATE_VERSION = 1


def shingles(text: str, size: int = 5) -> set[str]:
    """Word ``size``-grams of each sentence of the case-folded text.

    A sentence shorter than ``size`` words is one shingle of its own words.
    """
    out: set[str] = set()
    for sentence in _SENTENCE_END.split(text.casefold()):
        words = _WORD.findall(sentence)
        if not words:
            continue
        if len(words) <= size:
            out.add(" ".join(words))
            continue
        out.update(" ".join(words[i:i + size]) for i in range(len(words) - size + 1))
    return out


@cache
def _permutations(num_perm: int, seed: int) -> Any:
    # Drawing the permutations costs more than hashing a short article; they
    # depend on (num_perm, seed) only, so draw them once.
    return MinHash(num_perm=num_perm, seed=seed, scheme=_SCHEME).permutations


@cache
def _lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    # datasketch finds the (bands, rows) of a threshold by numerical
    # integration (~0.1 s); the answer depends on the two numbers only.
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def _minhash(rules: DedupRules, hashvalues: Any = None) -> MinHash:
    return MinHash(num_perm=rules.num_perm, seed=rules.seed, hashvalues=hashvalues,
                   permutations=_permutations(rules.num_perm, rules.seed), scheme=_SCHEME)


def signature(text: str, rules: DedupRules | None = None) -> tuple[MinHash, int]:
    """MinHash of a text's shingles, and the number of shingles."""
    r = rules or load_config().dedup
    sh = sorted(shingles(text, r.shingle_words))
    m = _minhash(r)
    if sh:
        m.update_batch([s.encode("utf-8") for s in sh])
    return m, len(sh)


@dataclass
class _Entry:
    published: str | None
    minhash: MinHash
    size: int


class DuplicateIndex:
    """Incremental near-duplicate index with plain-data state.

    >>> index = DuplicateIndex()
    >>> index.add(article)          # doctest: +SKIP
    None                            # or the id of the canonical article
    """

    def __init__(self, rules: DedupRules | None = None) -> None:
        self.rules = rules or load_config().dedup
        self._entries: dict[str, _Entry] = {}
        self._edges: dict[str, set[str]] = {}
        self._canonical: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=self.rules.lsh_threshold, num_perm=self.rules.num_perm,
                               params=_lsh_params(self.rules.lsh_threshold, self.rules.num_perm))

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._entries

    def duplicate_of(self, article_id: str) -> str | None:
        """The canonical article ``article_id`` repeats, or None (canonical or unknown)."""
        c = self._canonical.get(article_id, article_id)
        return None if c == article_id else c

    def assignments(self) -> dict[str, str | None]:
        """``duplicate_of`` of every indexed article."""
        return {i: self.duplicate_of(i) for i in sorted(self._entries)}

    def group(self, article_id: str) -> list[str]:
        """Every article in the same near-duplicate group (sorted ids)."""
        c = self._canonical.get(article_id)
        if c is None:
            return []
        return sorted(i for i, k in self._canonical.items() if k == c)

    def add(self, article: Article) -> str | None:
        """Index an article; returns its ``duplicate_of`` (None when it is the original)."""
        if article.id not in self._entries:
            m, size = signature(article.text, self.rules)
            self._insert(article.id, article.published, m, size)
        return self.duplicate_of(article.id)

    def update(self, articles: Iterable[Article]) -> dict[str, str | None]:
        """Index articles; returns ``duplicate_of`` of every article (new or old) whose
        assignment is new or changed."""
        before = dict(self._canonical)
        added: set[str] = set()
        for a in articles:
            if a.id not in self._entries:
                added.add(a.id)
            self.add(a)
        return {
            i: self.duplicate_of(i)
            for i in sorted(self._canonical)
            if i in added or before.get(i) != self._canonical[i]
        }

    def _insert(self, article_id: str, published: str | None, m: MinHash, size: int) -> None:
        entry = _Entry(published, m, size)
        self._entries[article_id] = entry
        self._edges[article_id] = set()
        if size >= self.rules.min_shingles:
            for other in self._lsh.query(m):
                if self._similar(entry, self._entries[other]):
                    self._edges[article_id].add(other)
                    self._edges[other].add(article_id)
            self._lsh.insert(article_id, m)
        self._regroup(article_id)

    def _similar(self, a: _Entry, b: _Entry) -> bool:
        j = float(a.minhash.jaccard(b.minhash))
        if j >= self.rules.jaccard:
            return True
        # |A ∩ B| from the Jaccard estimate and the set sizes: an excerpt of a
        # longer article is contained in it though their Jaccard is low.
        inter = j * (a.size + b.size) / (1.0 + j)
        return inter / max(1, min(a.size, b.size)) >= self.rules.containment

    def _regroup(self, start: str) -> None:
        seen = {start}
        todo = [start]
        while todo:
            for n in self._edges[todo.pop()]:
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
        canonical = min(seen, key=lambda i: (published_key(self._entries[i].published), i))
        for i in seen:
            self._canonical[i] = canonical

    def to_state(self) -> dict[str, Any]:
        """Plain-data state (JSON-ready): rules and each article's signature."""
        return {
            "version": STATE_VERSION,
            "rules": dataclasses.asdict(self.rules),
            "scheme": _SCHEME,
            "entries": [
                {"id": i, "published": e.published, "size": e.size,
                 "hashvalues": [int(v) for v in e.minhash.hashvalues]}
                for i, e in sorted(self._entries.items())
            ],
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> DuplicateIndex:
        """Rebuild an index from ``to_state()`` data."""
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"unknown duplicate index state version {state.get('version')!r}")
        index = cls(DedupRules(**state["rules"]))
        for e in state["entries"]:
            if state.get("scheme", _SCHEME) != _SCHEME:
                raise ValueError(f"unsupported MinHash scheme {state.get('scheme')!r}")
            m = _minhash(index.rules, e["hashvalues"])
            index._insert(e["id"], e["published"], m, int(e["size"]))
        return index


def find_duplicates(articles: Iterable[Article], rules: DedupRules | None = None,
                    ) -> dict[str, str]:
    """``{article id: id of the canonical article it repeats}`` for every duplicate."""
    index = DuplicateIndex(rules)
    index.update(articles)
    return {i: d for i, d in index.assignments().items() if d is not None}
