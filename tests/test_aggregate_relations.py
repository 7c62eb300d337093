"""Relations merged across articles (allegiance.aggregate.relations)."""

from __future__ import annotations

from allegiance.aggregate import merge_relations
from allegiance.records import Article, Evidence, Relation, RelationType


def art(aid: str, published: str | None, duplicate_of: str | None = None) -> Article:
    return Article(id=aid, source_path=aid, title=None, author=None, outlet=None,
                   original_source=None, published=published, language="en", text="",
                   duplicate_of=duplicate_of)


def rel(aid: str, former: bool = False, relation: RelationType = RelationType.BACKS,
        published: str | None = None) -> Relation:
    return Relation("IRN", relation, "PROXY", former=former, first_seen=published,
                    last_seen=published, evidence=(Evidence(aid, f"Sentence of {aid}."),))


def test_one_record_per_triple_with_dates_and_evidence() -> None:
    reports = [(rel("a2"), art("a2", "2024-05-02")), (rel("a1"), art("a1", "2023-01")),
               (rel("a3"), art("a3", None)),
               (rel("a3", relation=RelationType.ALLIED), art("a3", None))]
    allied, backs = merge_relations(reports)
    assert (backs.relation, backs.first_seen, backs.last_seen, backs.former) == (
        RelationType.BACKS, "2023-01", "2024-05-02", False)
    assert [e.article_id for e in backs.evidence] == ["a1", "a2", "a3"]
    assert (allied.first_seen, allied.last_seen) == (None, None)


def test_former_only_when_every_article_says_so() -> None:
    (r,) = merge_relations([(rel("a1", former=True), art("a1", None)),
                            (rel("a2", former=True), art("a2", None))])
    assert r.former
    (r,) = merge_relations([(rel("a1", former=True), art("a1", None)),
                            (rel("a2"), art("a2", None))])
    assert not r.former


def test_duplicates_add_nothing() -> None:
    (r,) = merge_relations([(rel("a1", former=True), art("a1", "2024-01-01")),
                            (rel("a2"), art("a2", "2025-01-01", duplicate_of="a1"))])
    assert r.former and r.last_seen == "2024-01-01"
    assert [e.article_id for e in r.evidence] == ["a1"]
    assert merge_relations([(rel("a2"), art("a2", None, duplicate_of="a1"))]) == []
