"""alias_patterns: the surfaces the entity ruler matches."""

from __future__ import annotations

from allegiance.kb import load_kb, normalise_alias


def test_patterns_cover_curated_entries_states_and_named_sectors() -> None:
    patterns = set(load_kb().alias_patterns())
    expected = {("Popular Mobilization Forces", "PMF"), ("PMUs", "PMF"), ("Fatah", "FATAH_IRQ"),
                ("Fatah", "FATAH_PSE"), ("U.S.", "USA"), ("US", "USA"), ("Iraq", "IRQ"),
                ("Pentagon", "USA-MIL"), ("IDF", "ISR-MIL"), ("Mohammed Shia al-Sudani", "SUDANI")}
    assert expected <= patterns


def test_patterns_skip_one_letter_and_lowercase_aliases() -> None:
    for surface, _ in load_kb().alias_patterns():
        assert len(normalise_alias(surface)) > 1, surface
        assert not surface.islower(), surface


def test_patterns_are_unique_and_point_at_known_ids() -> None:
    kb = load_kb()
    patterns = list(kb.alias_patterns())
    assert len(patterns) == len(set(patterns))
    assert all(kb.get(actor_id) is not None for _, actor_id in patterns)
