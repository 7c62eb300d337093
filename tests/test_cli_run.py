"""End to end through the CLI: the contract files, bad inputs, usage errors, reruns."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from allegiance.export import CONTRACT_FILES


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "allegiance", *args], capture_output=True,
                          text=True, cwd=cwd, check=False, timeout=600)


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="module")
def seeds_run(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds-out")
    res = _cli("run", str(seeds_dir), "--out", str(out), "--workers", "1", "--no-progress")
    assert res.returncode == 0, res.stderr
    return out


def test_cli_run_writes_every_contract_file(seeds_run: Path) -> None:
    for name in CONTRACT_FILES:
        assert (seeds_run / name).is_file(), name
    assert (seeds_run / "report.html").is_file()
    arts = _lines(seeds_run / "articles.jsonl")
    assert len(arts) == 5
    for a in arts:
        assert {"id", "source_path", "title", "author", "outlet", "original_source", "published",
                "language", "text", "duplicate_of", "quality"} <= set(a)


def test_cli_run_mentions_slice_back(seeds_run: Path) -> None:
    texts = {a["id"]: a["text"] for a in _lines(seeds_run / "articles.jsonl")}
    mentions = _lines(seeds_run / "mentions.jsonl")
    assert mentions
    for m in mentions:
        t = texts[str(m["article_id"])]
        assert isinstance(t, str)
        assert t[int(str(m["start"])):int(str(m["end"]))] == m["text"]


def test_cli_run_twice_adds_nothing(seeds_dir: Path, tmp_path: Path) -> None:
    assert _cli("run", str(seeds_dir), "--out", str(tmp_path), "-w", "1", "--no-progress").returncode == 0
    first = {n: (tmp_path / n).read_text(encoding="utf-8") for n in CONTRACT_FILES}
    res = _cli("run", str(seeds_dir), "--out", str(tmp_path), "-w", "1", "--no-progress")
    assert res.returncode == 0
    assert "skipped" in res.stdout
    assert {n: (tmp_path / n).read_text(encoding="utf-8") for n in CONTRACT_FILES} == first


def test_cli_bad_inputs_never_stop_a_run(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "bad.jsonl").write_text('{"text": "Iran-backed militias attacked US forces in Iraq on Monday, '
                                   'officials said, in the third such attack this week."}\n{oops\n',
                                   encoding="utf-8")
    (src / "trunc.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n' * 50)[:40])
    (src / "latin1.txt").write_bytes(("Caf\xe9 owners in Baghdad said Iraqi forces arrested "
                                      "five men suspected of planning attacks. ").encode("latin-1") * 4)
    out = tmp_path / "out"
    res = _cli("run", str(src), "--out", str(out), "-w", "1", "--no-progress")
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    reasons = {str(r["reason"]) for r in _lines(out / "rejected.jsonl")}
    assert {"empty", "binary", "malformed_record"} <= reasons
    assert any("truncat" in r or "undecodable" in r for r in reasons)


def test_cli_nothing_readable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    res = _cli("run", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "o"), "-w", "1",
               "--no-progress")
    assert res.returncode == 1


def test_cli_usage_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    for args in (("run", "--workers", "many"), ("run", "--engine", "spark", "x"),
                 ("nosuchcommand",), ("actors", "show", "X", "--out", str(tmp_path))):
        res = _cli(*args)
        assert res.returncode == 2, (args, res.stderr)
        assert len(res.stderr.strip().splitlines()) == 1, res.stderr
        assert "Traceback" not in res.stderr


def test_cli_help_lists_commands() -> None:
    res = _cli("--help")
    assert res.returncode == 0
    for cmd in ("run", "export", "eval", "actors", "dyad", "serve", "kb"):
        assert cmd in res.stdout


@pytest.mark.parametrize("args", [("-h",), ("run", "-h"), ("actors", "-h"), ("eval", "-h")])
def test_cli_short_help_works_everywhere(args: tuple[str, ...]) -> None:
    res = _cli(*args)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("Usage:") and "-h, --help" in res.stdout


def test_cli_version_flag_and_command_agree() -> None:
    from allegiance import __version__

    flag, cmd = _cli("--version"), _cli("version")
    assert flag.returncode == cmd.returncode == 0
    assert flag.stdout.strip() == cmd.stdout.strip() == __version__


@pytest.mark.parametrize(("fmt", "name"), [("gexf", "actors.gexf"), ("plover", "events.plover.jsonl"),
                                           ("contract", "events.jsonl")])
def test_cli_export_makes_its_folder(seeds_run: Path, tmp_path: Path, fmt: str,
                                     name: str) -> None:
    target = tmp_path / "not" / "there"
    res = _cli("export", "--db", str(seeds_run / "allegiance.duckdb"), "--out", str(target),
               "--format", fmt)
    assert res.returncode == 0, res.stderr
    assert (target / name).stat().st_size > 0


def test_cli_actors_commands(seeds_run: Path) -> None:
    res = _cli("actors", "list", "--out", str(seeds_run))
    assert res.returncode == 0 and "IRQ" in res.stdout
    res = _cli("actors", "search", "Ameri", "--out", str(seeds_run))
    assert res.returncode == 0 and "Ameri" in res.stdout
    res = _cli("actors", "show", "Hadi al-Ameri", "--out", str(seeds_run))
    assert res.returncode == 0
    assert "leader" in res.stdout and "seen in" in res.stdout


def test_cli_eval_matches_reference_scorer(seeds_run: Path, shared_dir: Path) -> None:
    gold, actors = shared_dir / "gold" / "seeds.json", shared_dir / "gold" / "actors.json"
    res = _cli("eval", str(gold), str(actors), "--out", str(seeds_run))
    assert res.returncode == 0, res.stderr
    ref = subprocess.run([sys.executable, str(shared_dir / "tools" / "score.py"), str(gold), str(actors),
                          str(seeds_run)], capture_output=True, text=True, check=True).stdout
    # the first block is the reference scorer's output, line for line
    assert res.stdout.split("\n\n", 1)[0].splitlines() == ref.splitlines()
    assert "missed gold events by cause:" in res.stdout
    brief = _cli("eval", str(gold), str(actors), "--out", str(seeds_run), "--json")
    assert json.loads(brief.stdout)["counts"]["events_grounded"][1] > 0


def test_cli_export_formats(seeds_run: Path) -> None:
    for fmt, name in (("plover", "events.plover.jsonl"), ("graphml", "actors.graphml"), ("gexf", "actors.gexf")):
        res = _cli("export", "--out", str(seeds_run), "--format", fmt)
        assert res.returncode == 0, res.stderr
        assert (seeds_run / name).is_file()
    recs = _lines(seeds_run / "events.plover.jsonl")
    assert recs and all({"event", "source", "target", "text"} <= set(r) for r in recs)
    assert _cli("export", "--out", str(seeds_run), "--format", "xml").returncode == 2


def test_cli_dyad_prints_history(seeds_run: Path) -> None:
    res = _cli("dyad", "USA", "Iran-backed militias", "--out", str(seeds_run))
    assert res.returncode == 0, res.stderr
    assert "United States" in res.stdout


def test_cli_kb_import_cameo(tmp_path: Path) -> None:
    src = tmp_path / "d.actors.txt"
    src.write_text("ZAID_AL_FICTIONI_\n+ZAID_FICTIONI\n[IRQGOV 180102-221013]\n", encoding="utf-8")
    out = tmp_path / "kb.yaml"
    res = _cli("kb", "import-cameo", str(src), "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert out.is_file() and "IRQ" in out.read_text(encoding="utf-8")
