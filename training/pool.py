"""Choose the sentences people label, and write them to work batches (never committed).

usage: python training/pool.py [--batches N] [--seed S]

Sentences come from the shared corpora (``corpora.py``), never from a reserved row
(``../shared/data/RESERVED.tsv``, the development articles among them) and never from
the seed or development articles. Per dataset a fixed number is drawn with a fixed
seed: about 60% from sentences with a conflict or diplomacy cue word, the rest at
random (so that many have no event at all). The ConfliBERT training sentences are taken
whole, with their class and source/target spans as hints to check.

Writes ``training/work/batch-NN.jsonl`` (gitignored: it holds third-party text), one
``{id, dataset, key, start, end, text, hint}`` a line; ``id`` is
``dataset:key:start-end`` and ``start``/``end`` are character offsets into the record.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora

WORK = Path(__file__).resolve().parent / "work"

# sentences wanted per dataset (ConfliBERT's training rows are all taken)
QUOTA = {"guardian": 420, "isot": 300, "fa_kes": 300, "case2021": 120, "isaf": 80,
         "insightcrime_train": 80}
CUE_SHARE = 0.6
MAX_PER_RECORD = 3
# Round 2 tops the pool up towards a third of sentences without an event and a tenth
# hedged, negated or hypothetical: sentences without a cue word, and cue sentences with
# a hedge or negation.
QUOTA_PLAIN = {"isot": 250, "insightcrime_train": 150, "guardian": 150, "fa_kes": 100}
QUOTA_HEDGED = {"guardian": 120, "isot": 100, "fa_kes": 100}
# Round 3 (the same kinds, after round 2 measured 29% without an event and 10.1% hedged).
QUOTA_PLAIN_3 = {"isot": 150, "insightcrime_train": 100, "guardian": 80, "fa_kes": 70}
QUOTA_HEDGED_3 = {"guardian": 50, "isot": 50, "fa_kes": 50}
# Round 4: round 3 left 33.25% without an event; a last handful of each kind.
QUOTA_PLAIN_4 = {"isot": 40, "insightcrime_train": 20}
QUOTA_HEDGED_4 = {"guardian": 10, "fa_kes": 10}

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_CUES = re.compile(
    r"\b(attack|strike|bomb|shell|kill|fight|clash|offensive|assault|raid|seize|captur|"
    r"troops|forces|militia|rebel|sanction|talks|meet|visit|agree|deal|accus|condemn|"
    r"criticis|criticiz|warn|threat|demand|urge|call(?:ed)? on|reject|deny|denied|support|"
    r"back|aid|help|arms|withdraw|retreat|ceasefire|truce|protest|arrest|detain|expel|"
    r"negotiat|ally|allies|oppos|blame)", re.IGNORECASE)


_HEDGES = re.compile(
    r"\b(may|might|could|would|if|unless|reportedly|allegedly|not|never|no longer|refused|"
    r"denied|threaten(?:ed|s)?|plans? to|vow(?:ed|s)?|fears?|feared|possible|possibly|"
    r"considering|suspected|believed to|said to|rumou?red|unconfirmed|failed to)\b",
    re.IGNORECASE)


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (a plain regex split)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        seg = text[a:b]
        a += len(seg) - len(seg.lstrip())
        b -= len(seg) - len(seg.rstrip())
        if 40 <= b - a <= 400:
            out.append((a, b))
    return out


def _conflibert_hints() -> dict[str, dict[str, Any]]:
    """Class and NER source/target texts of the ConfliBERT training rows, by row key."""
    base = corpora.DATA / "conflibert_cameo"
    spans: dict[str, tuple[list[str], list[str]]] = {}
    cur: list[tuple[str, str]] = []
    for line in [*(base / "cameo_ner_train.txt").read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            tok, _, tag = line.rpartition(" ")
            cur.append((tok, tag))
            continue
        if cur:
            key = "".join(t for t, _ in cur)
            groups: dict[str, list[str]] = {"S": [], "T": []}
            for role in ("S", "T"):
                words: list[str] = []
                for tok, tag in cur:
                    if tag == f"B-{role}" and words:
                        groups[role].append(" ".join(words))
                        words = []
                    if tag.endswith(f"-{role}"):
                        words.append(tok)
                    elif words:
                        groups[role].append(" ".join(words))
                        words = []
                if words:
                    groups[role].append(" ".join(words))
            spans[key] = (groups["S"], groups["T"])
            cur = []
    out: dict[str, dict[str, Any]] = {}
    classes = {"0": "verbal cooperation", "1": "verbal cooperation (agree/consult/support)",
               "2": "material cooperation", "3": "verbal conflict", "4": "material conflict"}
    for i, line in enumerate((base / "cameo_class_train.tsv").read_text(encoding="utf-8").splitlines()):
        text, _, label = line.rpartition("\t")
        hint: dict[str, Any] = {"conflibert_class": classes.get(label.strip(), label)}
        found = spans.get("".join(text.split()))
        if found is not None:
            hint["conflibert_source_spans"], hint["conflibert_target_spans"] = found
        out[str(i)] = hint
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batches", type=int, default=8)
    ap.add_argument("--seed", type=int, default=20261203)
    ap.add_argument("--round", type=int, default=1, choices=(1, 2, 3, 4))
    args = ap.parse_args()
    if args.round == 2:
        return _topup(args.batches, args.seed + 2, QUOTA_PLAIN, QUOTA_HEDGED, first=9)
    if args.round == 3:
        return _topup(args.batches, args.seed + 3, QUOTA_PLAIN_3, QUOTA_HEDGED_3, first=13)
    if args.round == 4:
        return _topup(args.batches, args.seed + 4, QUOTA_PLAIN_4, QUOTA_HEDGED_4, first=16)
    rng = random.Random(args.seed)
    reserved = corpora.reserved()
    pool: list[dict[str, Any]] = []
    hints = _conflibert_hints()
    for key, text in corpora.records("conflibert_train").items():
        text_s = text.strip()
        start = text.index(text_s) if text_s else 0
        pool.append({"dataset": "conflibert_train", "key": key, "start": start,
                     "end": start + len(text_s), "hint": hints.get(key, {})})
    for dataset, quota in QUOTA.items():
        cue: list[tuple[str, int, int]] = []
        other: list[tuple[str, int, int]] = []
        for key, text in corpora.records(dataset).items():
            if (dataset, key) in reserved:
                continue
            spans = sentences(text)
            rng.shuffle(spans)
            for a, b in spans[:MAX_PER_RECORD * 3]:
                (cue if _CUES.search(text[a:b]) else other).append((key, a, b))
        rng.shuffle(cue)
        rng.shuffle(other)
        n_cue = min(len(cue), round(quota * CUE_SHARE))
        chosen = cue[:n_cue] + other[:quota - n_cue]
        per: dict[str, int] = {}
        for key, a, b in chosen:
            if per.get(key, 0) >= MAX_PER_RECORD:
                continue
            per[key] = per.get(key, 0) + 1
            pool.append({"dataset": dataset, "key": key, "start": a, "end": b, "hint": {}})
    texts = {d: corpora.records(d) for d in {p["dataset"] for p in pool}}
    for p in pool:
        p["id"] = f"{p['dataset']}:{p['key']}:{p['start']}-{p['end']}"
        p["text"] = texts[p["dataset"]][p["key"]][p["start"]:p["end"]]
    rng.shuffle(pool)
    _write(pool, args.batches, first=1)
    return 0


def _write(pool: list[dict[str, Any]], batches: int, first: int) -> None:
    WORK.mkdir(exist_ok=True)
    size = -(-len(pool) // batches)
    for i in range(batches):
        part = pool[i * size:(i + 1) * size]
        with (WORK / f"batch-{first + i:02d}.jsonl").open("w", encoding="utf-8") as fh:
            for p in part:
                fh.write(json.dumps({k: p[k] for k in ("id", "dataset", "key", "start", "end",
                                                       "text", "hint")},
                                    ensure_ascii=False) + "\n")
    print(f"{len(pool)} sentences in {batches} batches under {WORK}")


def _topup(batches: int, seed: int, quota_plain: dict[str, int],
           quota_hedged: dict[str, int], first: int) -> int:
    """Sentences without cue words, and hedged or negated cue sentences, none already in
    an earlier batch."""
    rng = random.Random(seed)
    taken: set[tuple[str, str, int, int]] = set()
    for path in sorted(WORK.glob("batch-*.jsonl")):
        if int(path.stem.split("-")[1]) >= first:
            continue
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                r = json.loads(line)
                taken.add((r["dataset"], r["key"], r["start"], r["end"]))
    reserved = corpora.reserved()
    pool: list[dict[str, Any]] = []
    for dataset in sorted({*quota_plain, *quota_hedged}):
        texts = corpora.records(dataset)
        plain: list[tuple[str, int, int]] = []
        hedged: list[tuple[str, int, int]] = []
        for key, text in texts.items():
            if (dataset, key) in reserved:
                continue
            for a, b in sentences(text):
                if (dataset, key, a, b) in taken:
                    continue
                seg = text[a:b]
                if not _CUES.search(seg):
                    plain.append((key, a, b))
                elif _HEDGES.search(seg):
                    hedged.append((key, a, b))
        rng.shuffle(plain)
        rng.shuffle(hedged)
        chosen = plain[:quota_plain.get(dataset, 0)] + hedged[:quota_hedged.get(dataset, 0)]
        for key, a, b in chosen:
            pool.append({"dataset": dataset, "key": key, "start": a, "end": b, "hint": {},
                         "id": f"{dataset}:{key}:{a}-{b}", "text": texts[key][a:b]})
    rng.shuffle(pool)
    _write(pool, batches, first=first)
    return 0


if __name__ == "__main__":
    sys.exit(main())
