"""Real inputs from ../shared load: the seed articles and the news corpora samples."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from allegiance.ingest import discover, iter_documents, read_input
from allegiance.records import RawDocument, Rejection
from allegiance.settings import Settings

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _corpus(shared_dir: Path, rel: str) -> Path:
    path = shared_dir / "data" / "news_corpora" / rel
    if not path.is_file():
        pytest.skip(f"corpus file not found at {path}")
    return path


def _docs(path: Path) -> list[RawDocument]:
    items = list(read_input(str(path), Settings()))
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert not rejected, rejected[:3]
    return [i for i in items if isinstance(i, RawDocument)]


def test_ingest_real_seed_articles(seeds_dir: Path) -> None:
    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    assert discover([str(seeds_dir)]) == files
    docs = list(iter_documents([str(seeds_dir)], Settings()))
    assert [d.source_path for d in docs] == files
    for doc in docs:
        assert isinstance(doc, RawDocument)
        assert doc.text == Path(doc.source_path).read_text(encoding="utf-8")
        assert "Iraq" in doc.text


def test_ingest_real_isot_csv_gz(shared_dir: Path) -> None:
    path = _corpus(shared_dir, "isot_true_sample/True_sample.csv.gz")
    docs = _docs(path)
    assert len(docs) == 1008
    assert docs[0].source_path == f"{path}#1"
    assert docs[-1].source_path == f"{path}#1008"
    assert all(d.title and d.text and len(d.text) > 100 for d in docs)
    # The corpus's date column reads like "December 31, 2017 ".
    assert all(d.published and ISO_DAY.match(d.published) for d in docs)
    assert {d.published[:4] for d in docs if d.published} <= {"2017"}
    assert sum("(Reuters)" in (d.text or "") for d in docs) > 0.9 * len(docs)


def test_ingest_real_guardian_zip(shared_dir: Path) -> None:
    path = _corpus(shared_dir, "guardian_sdf_sample/Guardian_SDF_sample.csv.zip")
    docs = _docs(path)
    assert len(docs) == 249
    assert Counter(d.outlet for d in docs) == Counter({"Guardian": 249})
    assert all(d.published and "2017" <= d.published[:4] <= "2019" for d in docs)
    assert sum(len(d.text or "") for d in docs) > 1_300_000


@pytest.mark.parametrize(("rel", "count"), [("conflibert_bbc/dev.tsv.gz", 315),
                                            ("conflibert_insightcrime/dev.tsv.gz", 332)])
def test_ingest_real_headerless_tsv_gz(shared_dir: Path, rel: str, count: int) -> None:
    docs = _docs(_corpus(shared_dir, rel))
    assert len(docs) == count
    # The label columns must not be mistaken for the text. (insightCrime's dev set has
    # one row broken in two by a stray newline; its tail is a short "article".)
    assert sum(len(d.text or "") > 200 for d in docs) >= count - 1
