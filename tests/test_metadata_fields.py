"""Title, outlet, author and language readers."""

from __future__ import annotations

import pytest

from allegiance.metadata import (
    bio_subject,
    detect_language,
    is_credit_agency,
    is_headline,
    name_line,
    parse_byline,
    parse_source_line,
    source_name,
    split_headline_suffix,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rebels Seize Town Near Border – WORLD", ("Rebels Seize Town Near Border", None, "WORLD")),
        (
            "Rebels seize town near border - Middle East",
            ("Rebels seize town near border", None, "Middle East"),
        ),
        (
            "Rebels seize town near border – The Northern Times",
            ("Rebels seize town near border", "The Northern Times", None),
        ),
        (
            "Rebels seize town near border | Valley Gazette",
            ("Rebels seize town near border", "Valley Gazette", None),
        ),
        (
            "Rebels seize town near border | Kurdistan Now",
            ("Rebels seize town near border", "Kurdistan Now", None),
        ),
        (
            "Rebels seize town near border - example.com",
            ("Rebels seize town near border", "example.com", None),
        ),
        (
            "Iran - Iraq Relations Enter a New Phase",
            ("Iran - Iraq Relations Enter a New Phase", None, None),
        ),
        (
            "Rebels seize town – and hold it for a week",
            ("Rebels seize town – and hold it for a week", None, None),
        ),
        ("Ceasefire – Reuters", ("Ceasefire – Reuters", None, None)),
    ],
)
def test_metadata_headline_suffix(line: str, expected: tuple[str, str | None, str | None]) -> None:
    assert split_headline_suffix(line) == expected


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("Rebels Seize Town Near Border", True),
        ("Why the ceasefire failed?", True),
        ("The army said it had taken the town.", False),
        ("- Bullet item here now", False),
        ("lower case start here", False),
        ("Two", False),
    ],
)
def test_metadata_is_headline(line: str, ok: bool) -> None:
    assert is_headline(line) is ok


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("BY JANE DOE", "Jane Doe"),
        ("By Jane Doe and Omar al-Hakim", "Jane Doe and Omar al-Hakim"),
        ("By Jane Doe, Reuters", "Jane Doe"),
        ("Author: Jane Doe | 4 March 2023", "Jane Doe"),
        ("Posted on March 4, 2023 by Jane Doe", "Jane Doe"),
        ("By continuing to use this site you accept cookies", None),
        ("By the end of the week the town had fallen.", None),
        ("Jane Doe", None),
    ],
)
def test_metadata_byline(line: str, author: str | None) -> None:
    assert parse_byline(line) == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Original Source: www.example-news.com", "example-news.com"),
        ("Source: The Valley Gazette", "The Valley Gazette"),
        ("This article originally appeared on Example Monitor.", "Example Monitor"),
        ("(Source: Syrian Observatory)", "Syrian Observatory"),
        ("Sources said the talks would resume on Monday.", None),
        (
            "Source of the conflict is the dispute over water rights in the valley and beyond it.",
            None,
        ),
    ],
)
def test_metadata_source_line(line: str, source: str | None) -> None:
    assert parse_source_line(line) == source


def test_metadata_source_name() -> None:
    assert source_name("https://www.example.com/a/b") == "example.com"
    assert source_name("The Valley Gazette.") == "The Valley Gazette"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jane Doe", "Jane Doe"),
        ("Omar al-Hakim", "Omar al-Hakim"),
        ("Mary J. Blige", "Mary J. Blige"),
        ("JANE DOE", None),
        ("Related Posts", None),
        ("Jane", None),
        ("Jane Doe said", None),
    ],
)
def test_metadata_name_line(line: str, name: str | None) -> None:
    assert name_line(line) == name


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "Jane Doe is a freelance journalist based in Erbil. She covers Kurdish politics.",
            "Jane Doe",
        ),
        ("Omar al-Hakim has been a correspondent for a decade.", "Omar al-Hakim"),
        ("Jane Doe is the defence minister of the new government.", None),
        ("The army is a powerful institution, a reporter said.", None),
    ],
)
def test_metadata_bio_subject(paragraph: str, name: str | None) -> None:
    assert bio_subject(paragraph) == name


def test_metadata_credit_agencies_are_known() -> None:
    assert is_credit_agency("AFP") and is_credit_agency("Associated Press")
    assert not is_credit_agency("The Valley Gazette")


def test_metadata_language() -> None:
    english = "The ministry said on Monday that talks would continue next week in the capital."
    french = "Le ministère a déclaré lundi que les discussions se poursuivraient la semaine prochaine."
    assert detect_language(english * 3) == "en"
    assert detect_language(french * 3) == "fr"
    assert detect_language("1234 5678") is None
