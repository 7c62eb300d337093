"""Settings: defaults < file < environment < flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegiance.errors import UsageError
from allegiance.settings import Settings, load_settings


def test_settings_precedence(tmp_path: Path) -> None:
    cfg = tmp_path / "allegiance.toml"
    cfg.write_text('[allegiance]\nworkers = 3\nengine = "local"\nfetch_timeout = 5\n')
    s = load_settings({}, env={}, config_file=cfg)
    assert s.workers == 3 and s.fetch_timeout == 5.0
    s = load_settings({}, env={"ALLEGIANCE_WORKERS": "2"}, config_file=cfg)
    assert s.workers == 2
    s = load_settings({"workers": 1}, env={"ALLEGIANCE_WORKERS": "2"}, config_file=cfg)
    assert s.workers == 1


def test_settings_defaults_and_db_path() -> None:
    s = load_settings({"out_dir": "x"}, env={}, config_file=Path("/nonexistent"))
    assert s == Settings(out_dir=Path("x"))
    assert s.db == Path("x") / "allegiance.duckdb"
    assert s.worker_count >= 1


def test_settings_bad_values_are_usage_errors() -> None:
    with pytest.raises(UsageError):
        load_settings({"engine": "spark"}, env={})
    with pytest.raises(UsageError):
        load_settings({}, env={"ALLEGIANCE_WORKERS": "many"})
