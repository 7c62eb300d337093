"""The small str -> str repairs: behaviour on built cases, idempotence on any text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allegiance.repair import (
    count_entity_debris,
    fix_encoding,
    fix_entity_debris,
    normalize_bullets,
    normalize_whitespace,
    rejoin_broken_lines,
    rejoin_paragraphs,
    repair_text,
    unwrap_hard_wraps,
)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("& # 39;No& # 39;", "'No'"),
        ("Smith & amp ; Sons", "Smith & Sons"),
        ("&#x27;x&#X27 ;", "'x'"),
        ("&amp;#39;double&amp;quot;", "'double\""),
        ("R&D; AT&T and Q&A", "R&D; AT&T and Q&A"),
        ("fish & chips ;", "fish & chips ;"),
        ("a &#10; b", "a   b"),
    ],
)
def test_repair_entity_debris(raw: str, fixed: str) -> None:
    assert fix_entity_debris(raw) == fixed


def test_repair_entity_debris_count() -> None:
    assert count_entity_debris("& # 39;a& # 39; & amp ; &bogus; &") == 3


def test_repair_encoding_fixes_mojibake_keeps_curly_quotes() -> None:
    assert fix_encoding("Iraqâ€™s “allies”") == "Iraq’s “allies”"


def test_repair_whitespace() -> None:
    raw = "  a\u00a0\u00a0b \r\n\r\n\r\n\n c\u200b  \n\n"
    assert normalize_whitespace(raw) == "a b\n\nc"


def test_repair_bullets() -> None:
    raw = "  • one\n▪ two\n* three\n- four\n1. five\n•\nplain - text"
    assert normalize_bullets(raw) == "- one\n- two\n- three\n- four\n1. five\n\nplain - text"


@pytest.mark.parametrize(
    ("paragraphs", "joined"),
    [
        (["collapsed in 201", "4, a coalition"], ["collapsed in 2014, a coalition"]),
        (
            ["the strike hit the north", "of the city overnight."],
            ["the strike hit the north of the city overnight."],
        ),
        (["Iran-", "backed groups"], ["Iran-backed groups"]),
        (["A sentence ends here.", "lower start"], ["A sentence ends here.", "lower start"]),
        (["Key Figures", "2014 was the worst year."], ["Key Figures", "2014 was the worst year."]),
        (["Short Heading", "iPhone sales rose."], ["Short Heading", "iPhone sales rose."]),
        (["- item one", "continued item"], ["- item one", "continued item"]),
        (
            ["Talks Resume In The Capital", "“we will not retreat”"],
            ["Talks Resume In The Capital", "“we will not retreat”"],
        ),
        (["reached in 2014", "2015 was calmer."], ["reached in 2014", "2015 was calmer."]),
        (["Part 1", "2 soldiers died."], ["Part 1", "2 soldiers died."]),
    ],
)
def test_repair_rejoin_paragraphs(paragraphs: list[str], joined: list[str]) -> None:
    assert rejoin_paragraphs(paragraphs) == joined


def test_repair_rejoin_broken_lines_keeps_blank_lines() -> None:
    text = "Title Line\n\nforces collapsed in 201\n\n4, a coalition formed.\n\nNext paragraph."
    assert rejoin_broken_lines(text) == (
        "Title Line\n\nforces collapsed in 2014, a coalition formed.\n\nNext paragraph."
    )


def test_repair_unwrap_hard_wraps() -> None:
    wrapped = (
        "The minister said the talks would resume on Monday after a pause of\n"
        "two weeks, and that both delegations had agreed to the new agenda for\n"
        "the meetings in the capital.\n"
        "A second paragraph starts here and it also runs over the width of the\n"
        "column, like the first one did."
    )
    out = unwrap_hard_wraps(wrapped)
    assert out.split("\n") == [
        "The minister said the talks would resume on Monday after a pause of two weeks, and "
        "that both delegations had agreed to the new agenda for the meetings in the capital.",
        "A second paragraph starts here and it also runs over the width of the column, like the first one did.",
    ]


def test_repair_unwrap_leaves_menus_and_paragraph_lines() -> None:
    menu = "Home\nWorld\nPolitics\nBusiness"
    assert unwrap_hard_wraps(menu) == menu
    long_lines = ("A paragraph of prose that is much longer than any wrapped line would be. " * 3 + "\n") * 3
    assert unwrap_hard_wraps(long_lines) == long_lines


def test_repair_text_chain() -> None:
    raw = "Iraqâ€™s\u00a0plan & # 39;works& # 39;\n\n\n  • first point\n"
    assert repair_text(raw) == "Iraq’s plan 'works'\n\n- first point"


REPAIRS: list[Callable[[str], str]] = [
    fix_entity_debris,
    fix_encoding,
    normalize_whitespace,
    normalize_bullets,
    rejoin_broken_lines,
    unwrap_hard_wraps,
    repair_text,
]
PIECES = st.sampled_from([*"ab 19.-&#;x\n\t•*’â€™Ã©\u00a0", "amp", "39", "quot", "& # 39 ;", "\n\n", "Word", "201"])
TEXT = st.lists(PIECES, max_size=60).map("".join) | st.text(max_size=200)


@pytest.mark.parametrize("repair", REPAIRS, ids=lambda f: f.__name__)
@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_repair_is_idempotent(repair: Callable[[str], str], text: str) -> None:
    once = repair(text)
    assert repair(once) == once
