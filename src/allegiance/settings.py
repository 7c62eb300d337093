"""Configuration: defaults < file < environment < flags, passed explicitly.

The file is ``allegiance.toml`` in the working directory (or the path in
``ALLEGIANCE_CONFIG``); environment variables are ``ALLEGIANCE_<FIELD>``.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from allegiance.errors import UsageError

ENGINES = ("local", "ray")
CODERS = ("rules", "model", "both")


@dataclass(frozen=True)
class Settings:
    """Every knob of a run; one instance is passed down explicitly."""

    out_dir: Path = Path("allegiance-out")
    db_path: Path | None = None
    workers: int = 0
    engine: str = "local"
    kb_paths: tuple[Path, ...] = ()
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 20_000_000
    fetch_max_redirects: int = 5
    min_article_chars: int = 0
    """Shortest body kept, in characters (``--min-chars``); 0: any text with a sentence."""
    coder: str = "both"
    """Event coders: ``rules``, ``model`` (the learned pair coder) or ``both`` combined."""
    progress: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def db(self) -> Path:
        """The store file: ``--db`` or ``OUT/allegiance.duckdb``."""
        return self.db_path if self.db_path is not None else self.out_dir / "allegiance.duckdb"

    @property
    def worker_count(self) -> int:
        """Workers to use: the setting, or one per core (at most 4) when 0."""
        if self.workers > 0:
            return self.workers
        return max(1, min(4, os.cpu_count() or 1))


def _coerce(name: str, value: Any) -> Any:
    f = {x.name: x for x in dataclasses.fields(Settings)}[name]
    t = str(f.type)
    try:
        if t.startswith("Path"):
            return None if value in (None, "") else Path(value)
        if t.startswith("tuple"):
            items = value.split(os.pathsep) if isinstance(value, str) else list(value)
            return tuple(Path(x) for x in items if x)
        if t == "int":
            return int(value)
        if t == "float":
            return float(value)
        if t == "bool":
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
    except (TypeError, ValueError) as exc:
        raise UsageError(f"invalid value for {name}: {value!r}") from exc
    return value


def load_settings(flags: dict[str, Any] | None = None, *, env: dict[str, str] | None = None,
                  config_file: Path | None = None) -> Settings:
    """Build settings from defaults, the config file, the environment and flags."""
    env = dict(os.environ) if env is None else env
    names = {f.name for f in dataclasses.fields(Settings)} - {"extra"}
    values: dict[str, Any] = {}
    path = config_file or Path(env.get("ALLEGIANCE_CONFIG", "allegiance.toml"))
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise UsageError(f"cannot read config {path}: {exc}") from exc
        for k, v in data.get("allegiance", data).items():
            if k in names:
                values[k] = _coerce(k, v)
    for k in names:
        key = f"ALLEGIANCE_{k.upper()}"
        if key in env:
            values[k] = _coerce(k, env[key])
    for k, v in (flags or {}).items():
        if v is not None and k in names:
            values[k] = _coerce(k, v)
    settings = Settings(**values)
    if settings.engine not in ENGINES:
        raise UsageError(f"unknown engine {settings.engine!r}; choose one of {', '.join(ENGINES)}")
    if settings.coder not in CODERS:
        raise UsageError(f"unknown coder {settings.coder!r}; choose one of {', '.join(CODERS)}")
    return settings
