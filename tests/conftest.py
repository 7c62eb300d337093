"""Fixtures shared by the whole suite: where ../shared is, and one loaded pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only shared folder next to the repo; skips when absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared material not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    """The five seed articles."""
    d = shared_dir / "seeds"
    if not d.is_dir():
        pytest.skip(f"seed articles not found at {d}")
    return d


@pytest.fixture(scope="session")
def resources():  # type: ignore[no-untyped-def]
    """The real Resources (spaCy model, KB, lexicon), loaded once per session."""
    from allegiance.resources import load_resources
    from allegiance.settings import Settings

    return load_resources(Settings())


@pytest.fixture(scope="session")
def rules(resources):  # type: ignore[no-untyped-def]
    """The pipeline with the rules alone (no learned coder)."""
    from dataclasses import replace

    return replace(resources, coder=None)
