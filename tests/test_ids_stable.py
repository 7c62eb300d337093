"""Ids are stable: same input, same id; different content, different id."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allegiance import ids


@given(st.text())
def test_ids_article_id_stable_and_whitespace_insensitive(text: str) -> None:
    assert ids.article_id(text) == ids.article_id(text)
    assert ids.article_id(text) == ids.article_id("  " + text.replace(" ", "\n ") + "\n")


@given(st.text(min_size=1), st.text(min_size=1))
def test_ids_article_id_differs_for_different_text(a: str, b: str) -> None:
    if ids.normalise_text(a) != ids.normalise_text(b):
        assert ids.article_id(a) != ids.article_id(b)


def test_ids_slug_and_new_actor() -> None:
    assert ids.slug("Kata’ib Hezbollah") == "kataib-hezbollah"
    assert ids.new_actor_id("armed_group", "Saraya X") == "new:armed_group:saraya-x"
    assert ids.collective_id("armed_group", "IRQ", ("IRN",)) == "coll:armed_group:IRQ:IRN"
    assert ids.sector_id("USA", "MIL") == "USA-MIL"
