"""The trigger lexicon: package data validates, user files extend it, bad data is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegiance.errors import KnowledgeBaseError
from allegiance.lexicon import DATA_DIR, load_lexicon
from allegiance.records import EventType, QuadClass


def test_package_lexicon_loads_and_is_cached() -> None:
    lex = load_lexicon()
    assert lex is load_lexicon()
    assert len(lex.triggers) > 200
    # every PLOVER type can be evoked
    assert {t.type for t in lex.triggers} == set(EventType)
    assert any(t.is_phrase for t in lex.triggers)
    assert "attack" in lex.single and "call" in lex.phrases
    assert "reportedly" in lex.words("modality.reported.adverbs")
    assert 0 < lex.number("modality.confidence.verb_default") <= 1


def test_modes_are_plover_modes_or_contexts() -> None:
    lex = load_lexicon()
    cw = lex.crosswalk
    for t in lex.triggers:
        if t.mode is None:
            continue
        allowed = cw.plover_modes[t.type]
        assert t.mode in allowed or (not allowed and t.mode in cw.contexts), t


def test_crosswalk_roots_and_quads() -> None:
    cw = load_lexicon().crosswalk
    assert cw.event_type("DEMAND") is EventType.REQUEST
    assert cw.event_type("DISAPPROVE") is EventType.ACCUSE
    assert cw.event_type("FIGHT") is EventType.ASSAULT
    assert cw.event_type("INVESTIGATE") is EventType.ACCUSE
    assert cw.cameo_root(EventType.ASSAULT, None) == "19"
    assert cw.cameo_root(EventType.ASSAULT, "assassinate") == "18"
    assert cw.cameo_root(EventType.REQUEST, None, "02") == "02"
    assert cw.quad_class("19") is QuadClass.MATERIAL_CONFLICT
    assert cw.quad_class("03") is QuadClass.VERBAL_COOPERATION
    assert cw.quad_class("07") is QuadClass.MATERIAL_COOPERATION
    assert cw.quad_class("12") is QuadClass.VERBAL_CONFLICT
    for t in EventType:
        assert cw.quad_class(cw.cameo_root(t, None)) in QuadClass


def test_crosswalk_agrees_with_the_shared_cameo2plover_table(shared_dir: Path) -> None:
    table = shared_dir / "data" / "plover" / "CAMEO2PLOVER-2021.txt"
    if not table.is_file():
        pytest.skip(f"{table} is absent")
    cw = load_lexicon().crosswalk
    roots: dict[str, set[str]] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        code, sep, rest = line.partition(":")
        if not sep or not code.strip().isdigit() or len(code.strip()) < 3:
            continue
        name = rest.split(",")[0].split("#")[0].strip()
        if name in EventType.__members__:
            roots.setdefault(name, set()).add(code.strip()[:2])
    for t in EventType:
        if t.value in roots:
            assert cw.cameo_root(t, None) in roots[t.value], t


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "triggers.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_user_file_adds_triggers_first(tmp_path: Path) -> None:
    p = _write(tmp_path, "triggers:\n  - words: [skewer]\n    type: ASSAULT\n"
                         "    preps: {against: target}\n")
    lex = load_lexicon(p)
    assert lex.single["skewer"][0].type is EventType.ASSAULT
    assert "attack" in lex.single


@pytest.mark.parametrize("body, problem", [
    ("  - words: [zap]\n    type: SMASH\n", "type"),
    ("  - words: [zap]\n    type: ASSAULT\n    mode: gentle\n", "mode"),
    ("  - words: [zap]\n    type: ASSAULT\n    preps: {at: victim}\n", "preps"),
    ("  - words: [zap]\n    type: ASSAULT\n    colour: red\n", "unknown fields"),
    ("  - words: []\n    type: ASSAULT\n", "words"),
    ("  - words: [zap]\n    type: ASSAULT\n    confidence: 3\n", "confidence"),
    ("  - words: [zap]\n    type: ASSAULT\n    cameo: '99'\n", "quad class"),
    ("  - words: [zap]\n    type: SANCTION\n    target_object: true\n", "target_object"),
    ("  - words: [zap]\n    type: SUPPORT\n    complement: permanent\n", "complement"),
])
def test_bad_entries_are_named(tmp_path: Path, body: str, problem: str) -> None:
    p = _write(tmp_path, "triggers:\n" + body)
    with pytest.raises(KnowledgeBaseError) as err:
        load_lexicon(p)
    assert problem in str(err.value)
    assert str(p) in str(err.value)


def test_complement_words_load_as_lower_case_lemmas(tmp_path: Path) -> None:
    p = _write(tmp_path, "triggers:\n  - words: [anoint]\n    type: SUPPORT\n"
                         "    complement: [Sacred, ' holy ']\n")
    (entry,) = load_lexicon(p).single["anoint"]
    assert entry.complement == frozenset({"sacred", "holy"})
    # the package's status entries carry their complement words
    turn = [t for t in load_lexicon().single["turn"] if t.complement]
    assert turn and "permanent" in turn[0].complement


def test_missing_extra_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError):
        load_lexicon(tmp_path / "nope.yaml")


def test_package_files_are_documented() -> None:
    for name in ("triggers", "crosswalk", "modality", "relations", "arguments"):
        text = (DATA_DIR / f"{name}.yaml").read_text(encoding="utf-8")
        assert text.startswith("#"), name
