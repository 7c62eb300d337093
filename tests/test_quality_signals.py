"""Quality signals: each one measured on a built case."""

from __future__ import annotations

from allegiance.clean import clean
from allegiance.metadata import Metadata
from allegiance.quality import signals
from allegiance.records import RawDocument

CLEAN = "The ministry said on Monday that talks would continue next week in the capital."
KNOWN = Metadata(author="Jane Doe", published="2024-01-01")


def test_quality_signal_names_are_stable() -> None:
    s = signals(CLEAN, CLEAN, [], KNOWN)
    assert set(s) == {
        "boilerplate_share",
        "removed_lines",
        "entity_debris",
        "mojibake",
        "broken_paragraphs",
        "foreign_lines",
        "stray_brackets",
        "repeated_words",
        "midsentence_capitals",
        "unterminated_paragraphs",
        "filler_phrases",
        "missing_byline",
        "missing_date",
        "words",
    }


def test_quality_clean_text_has_no_flags() -> None:
    s = signals(CLEAN, CLEAN, [], KNOWN)
    assert s["boilerplate_share"] == 0.0 and s["entity_debris"] == 0
    assert not s["mojibake"] and not s["missing_byline"] and not s["missing_date"]
    assert s["repeated_words"] == s["midsentence_capitals"] == s["filler_phrases"] == 0
    assert s["words"] == 14


def test_quality_boilerplate_share() -> None:
    raw = CLEAN + "\nLeave a Reply\nShare this:"
    s = signals(raw, CLEAN, ["Leave a Reply", "Share this:"], KNOWN)
    assert s["removed_lines"] == 2
    assert s["boilerplate_share"] == round(24 / len(raw), 3)


def test_quality_repair_signals() -> None:
    raw = "Iraqâ€™s army & # 39;won& # 39; in 201\n\n4, officials said.\nقالب وردپرس"
    s = signals(raw, CLEAN, ["قالب وردپرس"], KNOWN)
    assert s["entity_debris"] == 2
    assert s["mojibake"] is True
    assert s["broken_paragraphs"] == 1
    assert s["foreign_lines"] == 1


def test_quality_artefact_signals() -> None:
    text = (
        "We made mistakes In the past, the the commander said [unclear.\n"
        "In conclusion, the talks matter. This article delves into the talks and what follows\n"
        "Wrapping Up"
    )
    s = signals(text, text, [], Metadata())
    assert s["midsentence_capitals"] == 1
    assert s["repeated_words"] == 1
    assert s["stray_brackets"] == 1
    assert s["filler_phrases"] == 3
    assert s["missing_byline"] and s["missing_date"]


def test_quality_unterminated_paragraphs() -> None:
    para = (
        "The request was a major change for the leaders of the militias and an opening for "
        "the army to pursue its goals in the region with some unlikely partners"
    )
    s = signals(para, para + "\n\nIts arsenal includes:", [], KNOWN)
    assert s["unterminated_paragraphs"] == 1


def test_quality_attached_by_clean() -> None:
    body = " ".join([CLEAN] * 4)
    c = clean(RawDocument(source_path="q", text=f"Talks Will Continue Next Week\n\n{body}\n\nSource link"))
    assert c.quality["removed_lines"] == 1
    assert c.quality["missing_date"] is True


def test_mojibake_is_found_beside_a_long_ascii_token() -> None:
    # an article with a base64 blob: the check reads only the words with non-ASCII
    # characters (a regex over every token was quadratic on the blob)
    from allegiance.quality import _mojibake

    blob = "QUJD" * 25_000
    assert _mojibake(f"Le pr\u00c3\u00a9sident a parl\u00c3\u00a9. {blob} caf\u00c3\u00a9")
    assert not _mojibake(f"Le pr\u00e9sident a parl\u00e9. {blob}")
