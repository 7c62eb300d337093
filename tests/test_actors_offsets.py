"""Property: every mention slices back to its text, by characters and by tokens."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allegiance import ids
from allegiance.actors import analyse
from allegiance.records import Article

_FRAGMENTS = [
    "Iran-backed militias attacked US forces in Iraq.",
    "Iraqi Foreign Minister Fuad Hussein met Prime Minister Mohammed Shia{a} Al-Sudani.",
    "These groups said he would stay.",
    "Hadi al-Ameri, the leader of the Badr organization, spoke.",
    "A militia backed by Iran fought the IS group near Baghdad.",
    "The PMUs and the Popular Mobilization Forces joined Fatah in the Iraqi election.",
    "Caroline Rose, senior analyst at the New Lines Institute, noted it.",
    "Tehran warned Washington{a}s allies and Israeli interests.",
    "INTERNATIONAL",
    "Mr Ameri and Sudani agreed; they left.",
    "قالب وردپرس",
    "Iranian-funded Shiite militias took positions against the extremists.",
]
_SEPARATORS = [" ", "  ", "\n", "\n\n", " \n\n "]


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=6))
    seps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(parts), max_size=len(parts)))
    apostrophe = draw(st.sampled_from(["'", "\u2019"]))
    return "".join(p.replace("{a}", apostrophe) + s for p, s in zip(parts, seps, strict=True))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts())
def test_mention_offsets_slice_back(resources: Any, text: str) -> None:
    article = Article(id=ids.article_id(text), source_path="p", title=None, author=None,
                      outlet=None, original_source=None, published=None, language="en",
                      text=text)
    doc = resources.nlp(text)
    analysis = analyse(doc, article, resources.kb)
    for m in analysis.mentions:
        assert article.text[m.start:m.end] == m.text
        assert doc[m.token_start:m.token_end].text == m.text
        assert doc[m.token_start].idx == m.start
        assert analysis.at_token(m.token_start) is not None
        assert m.actor_id in analysis.actors
    for r in analysis.relations:
        assert r.source in analysis.actors and r.target in analysis.actors
        assert all(e.sentence in text for e in r.evidence)
