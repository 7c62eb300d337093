"""normalise_alias: the folding every look-up goes through."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allegiance.kb import normalise_alias


@pytest.mark.parametrize(("raw", "key"), [
    ("Mohammed Shia’ Al-Sudani", "mohammed shia al sudani"),
    ("Mohammed Shia' al-Sudani", "mohammed shia al sudani"),
    ("the Badr Organization", "badr organization"),
    ("The  Badr\tOrganization ", "badr organization"),
    ("Kata'ib Hezbollah", "kataib hezbollah"),
    ("Kata‘ib Hezbollah", "kataib hezbollah"),
    ("U.S.", "us"),
    ("U.S.-led coalition", "us led coalition"),
    ("Hashd al-Sha'abi", "hashd al shaabi"),
    ("ＩＳＩＳ", "isis"),
    ("Türkiye", "türkiye"),
    ("theocracy", "theocracy"),
    ("the", "the"),
])
def test_examples(raw: str, key: str) -> None:
    assert normalise_alias(raw) == key


@given(st.text())
def test_normalise_is_idempotent(s: str) -> None:
    once = normalise_alias(s)
    assert normalise_alias(once) == once


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_normalised_keys_have_no_outer_or_double_spaces(s: str) -> None:
    key = normalise_alias(s)
    assert key == key.strip() and "  " not in key and "'" not in key
