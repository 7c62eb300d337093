"""Protests (sentences written here, several wordings each): whom a protest is aimed at
is named by its purpose ("to protest X's decision", "calling for independence from X",
"in protest at X's policy") when no "against X" says it."""

from __future__ import annotations

from typing import Any

import pytest

from codekit import coded as events


@pytest.mark.parametrize(("text", "want"), [
    ("Hundreds of Turks began a hunger strike on Monday to protest against Sweden's "
     "decision to deport them.", ("PROTEST", "TUR", "SWE")),
    ("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday calling for independence "
     "from Iraq.", ("PROTEST", "PESHMERGA", "IRQ")),
    ("Palestinians staged a general strike in protest at Israeli settlement policy.",
     ("PROTEST", "PSE", "ISR")),
    ("Greek students marched through Athens to denounce the Turkish occupation of Cyprus.",
     ("PROTEST", "civ:civilians:GRC", "TUR")),
])
def test_a_protest_is_aimed_at_whom_its_purpose_names(text: str, want: tuple[str, str, str],
                                                      rules: Any) -> None:
    assert want in events(text, rules)


@pytest.mark.parametrize("text", [
    "Kenyan students protested on Monday.",
    "Thousands of Kenyans marched through Nairobi to celebrate the election result.",
])
def test_a_protest_without_a_purpose_against_anyone_has_no_target(text: str,
                                                                  rules: Any) -> None:
    assert not [e for e in events(text, rules) if e[0] == "PROTEST" and e[2] is not None]
