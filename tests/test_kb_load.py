"""Loading the package knowledge base: fast, cached, complete."""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter

from allegiance.kb import KB_DIR, load_kb, read_entry_file
from allegiance.records import ActorKind

_TIMING = """
import time
import allegiance.kb as kb
t = time.perf_counter()
kb.load_kb()
print(time.perf_counter() - t)
"""


def test_first_load_in_a_fresh_process_takes_under_half_a_second() -> None:
    # a fresh interpreter: the per-process cache cannot help
    out = subprocess.run([sys.executable, "-c", _TIMING], capture_output=True, text=True,
                         check=True)
    assert float(out.stdout.strip()) < 0.5


def test_second_load_is_served_from_the_process_cache() -> None:
    load_kb()
    t = time.perf_counter()
    kb = load_kb()
    assert time.perf_counter() - t < 0.01
    assert kb is load_kb()


def test_every_iso_country_is_a_state() -> None:
    import pycountry

    kb = load_kb()
    for country in pycountry.countries:
        entry = kb.get(country.alpha_3)
        assert entry is not None and entry.kind is ActorKind.STATE, country.alpha_3
        assert entry.country == country.alpha_3


def test_package_files_never_reuse_an_id() -> None:
    # an id defined in two package files would silently replace the first entry
    seen: Counter[str] = Counter()
    for path in sorted(KB_DIR.glob("*.yaml")):
        seen.update(e.id for e in read_entry_file(path))
    assert [i for i, n in seen.items() if n > 1] == []
    iso = {e.id for e in load_kb() if e.kind is ActorKind.STATE}
    assert not set(seen) & iso


def test_to_actor_carries_the_contract_fields() -> None:
    entry = load_kb().get("BADR")
    assert entry is not None
    actor = entry.to_actor()
    assert (actor.id, actor.kind, actor.country, actor.sponsors) == (
        "BADR", ActorKind.ARMED_GROUP, "IRQ", ("IRN",))
    assert "Badr" in actor.aliases
