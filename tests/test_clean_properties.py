"""Properties of the cleaner on generated text: idempotent, never raises but NotAnArticle."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allegiance.clean import clean
from allegiance.errors import NotAnArticle
from allegiance.records import RawDocument

VOCABULARY = (
    "the army said on Monday that its forces had taken the town after two days "
    "of fighting with rebels near border Iran Iraq backed militia talks 2014 201 4 U.S. officials"
)
WORDS = st.sampled_from(VOCABULARY.split(" "))
SENTENCE = st.lists(WORDS, min_size=3, max_size=25).map(lambda ws: " ".join(ws).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join)
HEADING = st.lists(WORDS, min_size=2, max_size=8).map(lambda ws: " ".join(w.title() for w in ws))
JUNK = st.sampled_from(
    [
        "Leave a Reply",
        "Your email address will not be published.",
        "• 0",
        "Home / World / News",
        "Share this:",
        "Source link",
        "& # 39;quoted& # 39;",
        "January 18, 2025",
        "By Jane Doe",
        "Original Source: www.example.com",
        "taking a ride ]",
        "POLITICS",
        "Related Posts",
        "Soldiers walk past a wall on May 2, 2020. (Jane Roe/AFP)",
        "قالب وردپرس",
        "Jane Doe",
        "Jane Doe is a journalist with years of experience.",
        "in 20",
        "09, the army",
        "- bullet item one",
        "* bullet item",
        "Headline here – The Daily Post",
        "…",
        "&amp;amp;",
    ]
)
LINE = st.one_of(PARAGRAPH, PARAGRAPH, HEADING, JUNK, st.text(max_size=40))
DOCUMENT = st.lists(LINE, min_size=1, max_size=14).flatmap(
    lambda lines: st.sampled_from(["\n", "\n\n", "\n \n\n"]).map(lambda sep: sep.join(lines))
)
SLOW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _clean_or_none(text: str) -> str | None:
    try:
        return clean(RawDocument(source_path="p", text=text)).text
    except NotAnArticle:
        return None


@SLOW
@given(DOCUMENT)
def test_clean_is_idempotent(text: str) -> None:
    first = _clean_or_none(text)
    if first is None:
        return
    assert _clean_or_none(first) == first


@SLOW
@given(st.text(max_size=600))
def test_clean_never_raises_but_not_an_article_on_any_text(text: str) -> None:
    _clean_or_none(text)


@SLOW
@given(DOCUMENT)
def test_clean_output_shape(text: str) -> None:
    out = _clean_or_none(text)
    if out is None:
        return
    assert out == out.strip()
    assert "\n\n\n" not in out
    assert all(line == line.strip() for line in out.split("\n"))
