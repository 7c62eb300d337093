"""Read the records of the shared corpora that training sentences are chosen from.

Each dataset yields ``(key, text)``: the record key named in ``../shared/data/RESERVED.tsv``
(Guardian: the unnamed first CSV column; FA-KES: ``unit_id``; ISOT: the 0-based data row
index) or, for the others, the row/record index, with the record's text exactly as the
labels' character offsets count it. Nothing here writes third-party text anywhere.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"

csv.field_size_limit(1 << 30)


def reserved() -> set[tuple[str, str]]:
    """(dataset, key) pairs kept for measurement: never labelled, never trained on."""
    out: set[tuple[str, str]] = set()
    path = DATA / "RESERVED.tsv"
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        dataset, _, key = line.partition("\t")
        out.add((dataset.strip(), key.strip()))
    return out


def _guardian() -> Iterator[tuple[str, str]]:
    path = DATA / "news_corpora" / "guardian_sdf_sample" / "Guardian_SDF_sample.csv.zip"
    with zipfile.ZipFile(path) as z:
        name = z.namelist()[0]
        rows = csv.reader(io.TextIOWrapper(z.open(name), encoding="utf-8"))
        next(rows)
        for r in rows:
            yield r[0], r[2]


def _isot() -> Iterator[tuple[str, str]]:
    path = DATA / "news_corpora" / "isot_true_sample" / "True_sample.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            yield str(i), r["text"]


def _fa_kes() -> Iterator[tuple[str, str]]:
    path = DATA / "fa_kes" / "FA-KES-Dataset.csv"
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for r in csv.DictReader(fh):
            yield r["unit_id"], r["article_content"]


def _conflibert_train() -> Iterator[tuple[str, str]]:
    path = DATA / "conflibert_cameo" / "cameo_class_train.tsv"
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        text, _, _label = line.rpartition("\t")
        yield str(i), text


def _case2021() -> Iterator[tuple[str, str]]:
    path = DATA / "case2021_task2" / "test_set_final_release_with_labels.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            yield r["id"], r["EventSnippet"]


def _isaf() -> Iterator[tuple[str, str]]:
    path = DATA / "isaf_press_releases" / "isaf_press_releases_ft_test.jsonl"
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        conv = json.loads(line)["conversations"]
        human = next(c["value"] for c in conv if c["from"] == "human")
        yield str(i), human


def _tsv_gz(folder: str, split: str) -> Iterator[tuple[str, str]]:
    path = DATA / "news_corpora" / folder / f"{split}.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            yield str(i), line.rstrip("\n").split("\t", 1)[0]


READERS = {
    "guardian": _guardian,
    "isot": _isot,
    "fa_kes": _fa_kes,
    "conflibert_train": _conflibert_train,
    "case2021": _case2021,
    "isaf": _isaf,
    "insightcrime_train": lambda: _tsv_gz("conflibert_insightcrime", "train"),
}
"""Dataset name -> reader of (key, text)."""


def records(dataset: str) -> dict[str, str]:
    """Every record of ``dataset`` by key (reserved ones included: callers filter)."""
    return dict(READERS[dataset]())
