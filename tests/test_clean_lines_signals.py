"""Line signals of the cleaner, one function at a time (thresholds pinned here)."""

from __future__ import annotations

import pytest

from allegiance.clean_lines import (
    caption_verdict,
    classify_line,
    fold,
    is_breadcrumb,
    is_count_line,
    is_foreign_line,
    is_link_line,
    is_other_language,
    is_prose,
    is_tail_marker,
    main_script,
    trailing_chrome,
    trailing_fragment,
)

PROSE = "The army said on Monday that its forces had taken the town after two days of fighting."


@pytest.mark.parametrize(
    ("line", "action"),
    [
        ("Men walk past a mural in the old city on May 2, 2021. (Jane Roe/AFP)", "drop"),
        ("In this photo taken on Friday, smoke rises over the port. (Army via AP)", "drop"),
        ("Fighter jets take off from a base in the south, June 4, 2020. (Air Force Media)", "drop"),
        ("In this undated photo, a convoy crosses the desert.", "drop"),
        ("The parliament approved the law after a long debate, officials said. (Reuters)", "strip"),
        (PROSE + " " + PROSE + " " + PROSE + " (Photo: Jane Roe/AFP)", "strip"),
        ("The council met in Geneva (Switzerland) to discuss the plan.", "keep"),
        ("The talks ended without a deal (as expected).", "keep"),
        (PROSE, "keep"),
    ],
)
def test_clean_lines_caption(line: str, action: str) -> None:
    assert caption_verdict(line).action == action


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Source link", "chrome"),
        ("Your email address will not be published. Required fields are marked *", "chrome"),
        ("https://example.com/world/story-1", "link"),
        ("Home | World | Politics | Contact", "link"),
        ("Home / World / Middle East", "breadcrumb"),
        ("News > World > Asia > Story", "breadcrumb"),
        ("• 0", "count"),
        ("12 Comments", "count"),
        ("5 min read", "count"),
        ("***", "chrome"),
        ("more on this ]", "fragment"),
        ("Жители города вышли на улицы", "foreign"),
        (PROSE, None),
        ("Iraq needs the USA", None),
        ("The 1/2 split of seats was agreed.", None),
    ],
)
def test_clean_lines_classify(line: str, reason: str | None) -> None:
    assert classify_line(line, script="LATIN") == reason


def test_clean_lines_scripts() -> None:
    assert main_script("Hello world, привет") == "LATIN"
    assert main_script("1234 !!") is None
    assert is_foreign_line("قالب وردپرس", "LATIN")
    assert not is_foreign_line("Ali al-Sistani (علي السيستاني) said the vote matters.", "LATIN")
    assert not is_foreign_line("1234", "LATIN")


def test_clean_lines_prose_and_markers() -> None:
    assert is_prose(PROSE)
    assert not is_prose("Background to the Talks")
    assert not is_prose("- " + PROSE)
    assert is_tail_marker("You May Also Like") and is_tail_marker("Related Posts:")
    assert not is_tail_marker("Related talks collapsed after a week of disputes")
    assert fold("  • Hello,  World! ") == "hello, world"


def test_clean_lines_breadcrumb_and_links_leave_prose() -> None:
    assert not is_breadcrumb("Prices rose 3 / 4 of a point, analysts said.")
    assert not is_link_line("Write to the editor at editor@example.com with corrections, please.")
    assert not is_count_line("3 soldiers were killed")


@pytest.mark.parametrize(
    ("paragraph", "fragment"),
    [
        (PROSE + " NJ Times", "NJ Times"),
        (PROSE + " --Reuters", "--Reuters"),
        (PROSE + " Read Also", "Read Also"),
        (PROSE + " SSH 11", "SSH 11"),
        (PROSE, None),
        ("The soldiers fought the U.S. Army", None),
        (PROSE + " the next day the army", None),
        ("Officials said it was", None),
    ],
)
def test_clean_lines_trailing_fragment(paragraph: str, fragment: str | None) -> None:
    cut = trailing_fragment(paragraph)
    assert (paragraph[cut:] if cut is not None else None) == fragment


def test_clean_lines_trailing_chrome() -> None:
    footer = " Follow us on Twitter. Copyright 2019 Example Media. About Us Contact Privacy Policy"
    text = PROSE + " " + PROSE + footer
    cut = trailing_chrome(text)
    assert cut is not None and text[:cut].rstrip() == PROSE + " " + PROSE
    assert trailing_chrome(PROSE + " " + PROSE) is None
    early = "Copyright law was changed in 2019. " + PROSE + " " + PROSE + " " + PROSE
    assert trailing_chrome(early) is None


@pytest.mark.parametrize(
    ("line", "other"),
    [
        ("Descargar plantillas gratis para WordPress y mucho más en nuestro sitio web", True),
        ("Le ministère a déclaré lundi que les discussions se poursuivraient", True),
        ("My Kurdish name is Canşêr Zêrevan, she told the court.", False),
        ("23 October 2016 Rockets kill a woman and injure 9 in Hasaka and Aleppo.", False),
        ("Hezbollah Syrian Army Kill 2 Al-Nusra Front Commanders in Qalamoun", False),
        ("Bonjour", False),
    ],
)
def test_clean_lines_other_language(line: str, other: bool) -> None:
    assert is_other_language(line, "en") is other
    assert is_other_language(line, None) is False
