"""Converting a CAMEO verb dictionary (PETRARCH2 format) into trigger entries, on a
snippet written here, and the shipped conversion of the real dictionary."""

from __future__ import annotations

from pathlib import Path

import yaml

from allegiance.lexicon import curated_verbs, load_lexicon
from allegiance.lexicon.cameo_verbs import GENERIC_VERBS, convert, plover_of, read_plover_table

# Invented blocks in the dictionary's format: default codes, own codes, phrasal verbs,
# preposition patterns, object patterns (plain, with a synonym set, with a target
# owner, with a preposition), "no event" patterns, context patterns that are skipped,
# and a block header without a code.
VERBS = """\
# header
####### SYNONYM SETS #######

&FORT
+FORT
+STRONGHOLD
+GARRISON

####### VERB PATTERNS #######

--- HARANGUE [111] ---
HARANGUE
UPBRAID {UPBRAIDS UPBRAIDED}
- * OVER +  [111]  # HARANGUE
- * WITH + [036]  # HARANGUE <xx>
- SAID WOULD * [138]  # context before the verb: skipped
- * THE SPEECH [---]

--- QUIT_POSITION [0874] ---
VACATE
+PULL_BACK
- * &FORT [0874]
- * + EMBASSY [161]
- * OUTPOST IN + [0874]
- * TRADE TIES [161]

--- PONDER [036] ---
REGARD
- * TRADE TIES [161]

--- REVOKE_   ###
ANNUL
"""

TABLE = """\
03: AGREE
036: AGREE,  , diplomatic # Express intent to meet or negotiate
08: RETREAT
087: RETREAT, disarm,   military # De-escalate
0874: RETREAT, disarm,   military # Retreat or surrender militarily
11: ACCUSE
111: ACCUSE, disapprove,    # Criticize or denounce
16: SANCTION
161: SANCTION, withdraw,   diplomatic      # Reduce or break diplomatic relations
"""


def _convert(tmp_path: Path, curated: frozenset[str] = frozenset()) -> list[dict[str, object]]:
    v, t = tmp_path / "verbs.txt", tmp_path / "table.txt"
    v.write_text(VERBS, encoding="utf-8")
    t.write_text(TABLE, encoding="utf-8")
    return convert(v, t, curated, load_lexicon().crosswalk_modes())


def _of(entries: list[dict[str, object]], word: str) -> list[dict[str, object]]:
    return [e for e in entries if e["words"] == [word]]


def test_lexicon_cameo_block_verbs_take_the_block_code(tmp_path: Path) -> None:
    entries = _convert(tmp_path)
    base = [e for e in _of(entries, "upbraid") if "objects" not in e and "need_prep" not in e]
    assert [e["type"] for e in base] == ["ACCUSE"]
    assert base[0]["pos"] == ["VERB"] and base[0]["cameo"] == "111"
    assert base[0]["preps"] == {"over": "target"}
    assert base[0]["not_objects"] == ["speech"]


def test_lexicon_cameo_preposition_of_another_type_needs_it(tmp_path: Path) -> None:
    entries = _convert(tmp_path)
    consult = [e for e in _of(entries, "harangue") if e["type"] == "AGREE"]
    assert consult == [{"words": ["harangue"], "pos": ["VERB"], "type": "AGREE", "cameo": "036",
                        "confidence": 0.6, "preps": {"with": "target"}, "need_prep": True}]


def test_lexicon_cameo_objects_synonyms_owners_and_prepositions(tmp_path: Path) -> None:
    entries = _convert(tmp_path)
    vacate = _of(entries, "vacate")
    retreat = next(e for e in vacate if e.get("objects") and e["type"] == "RETREAT")
    assert {"fort", "stronghold", "garrison", "outpost"} <= set(retreat["objects"])
    assert retreat["preps"] == {"in": "target"}
    assert retreat["mode"] == "disarm"
    sanction = next(e for e in vacate if e["type"] == "SANCTION")
    assert set(sanction["objects"]) == {"embassy", "ties"}
    # the two-word verb is a phrase
    assert _of(entries, "pull back")


def test_lexicon_cameo_skips_codeless_blocks_curated_and_generic_verbs(tmp_path: Path) -> None:
    entries = _convert(tmp_path, curated=frozenset({"upbraid"}))
    words = {e["words"][0] for e in entries}  # type: ignore[index]
    assert "annul" not in words  # its block has no code
    assert "upbraid" not in words  # the curated lexicon defines it
    assert not words & GENERIC_VERBS


def test_lexicon_cameo_codes_map_by_their_longest_prefix(tmp_path: Path) -> None:
    t = tmp_path / "table.txt"
    t.write_text(TABLE, encoding="utf-8")
    table = read_plover_table(t)
    assert plover_of("0871", table) == ("RETREAT", "disarm")
    assert plover_of("1612", table) == ("SANCTION", "withdraw")
    assert plover_of("021", table) == ("REQUEST", None)  # CAMEO 02, appeals
    assert plover_of("---", table) is None


def test_lexicon_ships_the_converted_dictionary_after_the_curated_one() -> None:
    lexicon = load_lexicon()
    origins = [t.origin for t in lexicon.triggers]
    assert "triggers_cameo" in origins
    assert origins.index("triggers_cameo") > max(i for i, o in enumerate(origins) if o == "triggers")
    curated = curated_verbs(lexicon)
    shipped = Path(__file__).resolve().parents[1] / "src/allegiance/data/lexicon/triggers_cameo.yaml"
    data = yaml.load(shipped.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    assert not {e["words"][0] for e in data["triggers"]} & curated
    # breadth: verbs the curated list lacks
    cameo = {t.key for t in lexicon.triggers if t.origin == "triggers_cameo"}
    assert {"denigrate", "berate", "subjugate", "relinquish"} <= cameo


def test_lexicon_cameo_shipped_file_is_the_command_output(tmp_path: Path, shared_dir: Path) -> None:
    import subprocess
    import sys

    d = shared_dir / "data"
    out = tmp_path / "t.yaml"
    res = subprocess.run([sys.executable, "-m", "allegiance", "lexicon", "import-cameo",
                          str(d / "petrarch2/dictionaries/CAMEO.verbpatterns.150430.txt"),
                          "--plover", str(d / "plover/CAMEO2PLOVER-2021.txt"), "--out", str(out)],
                         capture_output=True, text=True, check=False, timeout=300)
    assert res.returncode == 0, res.stderr
    shipped = Path(__file__).resolve().parents[1] / "src/allegiance/data/lexicon/triggers_cameo.yaml"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


def test_lexicon_cameo_verbs_of_thinking_keep_only_their_patterns(tmp_path: Path) -> None:
    """ "Turkey regards the YPG as a terrorist group" codes nothing; "regarded trade
    ties as over" keeps its object pattern."""
    entries = _of(_convert(tmp_path), "regard")
    assert entries and all(e.get("objects") or e.get("preps") for e in entries)
    assert any(e["type"] == "SANCTION" for e in entries)
