"""One built case per cleaning rule: what goes, what stays, what metadata it yields."""

from __future__ import annotations

import pytest

from allegiance.clean import clean, clean_text
from allegiance.errors import NotAnArticle, Reason
from allegiance.records import CleanedText, RawDocument

P1 = (
    "The defence ministry said on Monday that talks with the northern delegation would "
    "continue next week, after two days of meetings in the capital ended without a deal."
)
P2 = (
    "Officials from both sides described the discussions as frank, and a spokesman added "
    "that a joint committee would review the proposals before the end of the month."
)
P3 = (
    "Analysts said the talks were the most serious attempt in years to settle the dispute, "
    "although several armed factions have rejected any agreement reached without them."
)
TITLE = "Ministry Says Talks With Northern Delegation Will Resume"


def run(*lines: str, **meta: str) -> CleanedText:
    return clean(RawDocument(source_path="t", text="\n\n".join(lines), **meta))


def test_clean_comment_form_removed() -> None:
    c = run(
        TITLE,
        P1,
        P2,
        P3,
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Name *",
        "Save my name, email, and website in this browser.",
    )
    assert "Leave a Reply" not in c.text and "email address" not in c.text
    assert c.text.endswith(P3)


def test_clean_related_block_removed() -> None:
    c = run(TITLE, P1, P2, P3, "Related Posts", "Another Story About Something Else", "Read more")
    assert c.text.endswith(P3)


def test_clean_photo_caption_with_credit_removed() -> None:
    caption = "Soldiers stand guard at a checkpoint outside the city on March 3, 2021. (Jane Roe/Reuters)"
    via = "In this image released by the army, troops gather near the border. (Army Media via AP)"
    org = "Rescue teams search the rubble of a building, early June 2, 2022. (Civil Defence Service)"
    c = run(TITLE, P1, caption, P2, via, org, P3)
    for junk in (caption, via, org, "Reuters", "via AP"):
        assert junk not in c.text
    assert P2 in c.text and P3 in c.text


def test_clean_trailing_credit_of_long_paragraph_stripped() -> None:
    c = run(TITLE, P1, P2 + " " + P3 + " (Photo: John Smith/AFP)")
    assert c.text.endswith(P3)
    assert "(Photo: John Smith/AFP)" in c.removed


def test_clean_breadcrumb_removed() -> None:
    c = run("Home / World / Middle East", TITLE, P1, P2)
    assert "Home /" not in c.text
    assert c.title == TITLE


def test_clean_broken_year_rejoined() -> None:
    c = run(TITLE, "The militia was founded in 20", "09, shortly after the elections, and " + P2)
    assert "founded in 2009, shortly after" in c.text


def test_clean_broken_sentence_rejoined_with_space() -> None:
    c = run(TITLE, "The convoy was stopped at the border crossing by", "local guards. " + P1, P2)
    assert "stopped at the border crossing by local guards." in c.text


def test_clean_entity_debris_repaired() -> None:
    c = run(TITLE, "& # 39;We will not retreat& # 39;, the commander said & amp ; " + P1, P2)
    assert "'We will not retreat'" in c.text
    assert "& #" not in c.text and "amp" not in c.text
    assert c.quality["entity_debris"] == 3


def test_clean_author_bio_removed_and_author_found() -> None:
    bio = (
        "Maria Lopez is an award-winning reporter who has covered the region for a decade. "
        "Her work has appeared in several national newspapers."
    )
    c = run(TITLE, P1, P2, P3, "Maria Lopez", bio)
    assert "award-winning" not in c.text and "Maria Lopez" not in c.text
    assert c.author == "Maria Lopez"


def test_clean_bio_like_sentence_in_body_is_kept() -> None:
    body = "John Smith is a journalist who was detained at the border last week, his family said."
    c = run(TITLE, P1, body, P2)
    assert body in c.text


def test_clean_byline_read_and_removed() -> None:
    c = run(TITLE, "By Omar Haddad | March 4, 2023", P1, P2)
    assert c.author == "Omar Haddad"
    assert c.published == "2023-03-04"
    assert "Omar Haddad" not in c.text


def test_clean_repeated_title_and_teaser_removed() -> None:
    teaser = P1[:90].rstrip()
    c = run(TITLE, teaser, TITLE, P1, P2)
    assert c.text.count(TITLE) == 1
    assert c.text.count(P1[:90]) == 1
    assert teaser in c.removed


def test_clean_headline_section_suffix() -> None:
    c = run(TITLE + " – WORLD", P1, P2)
    assert c.title == TITLE
    assert c.outlet is None
    assert c.text.startswith(TITLE + "\n\n")


def test_clean_headline_outlet_suffix_becomes_outlet() -> None:
    c = run(TITLE, "Talks resume as pressure grows on both sides – The Daily Courier", P1, P2)
    assert c.outlet == "The Daily Courier"
    assert "Daily Courier" not in c.text


def test_clean_container_outlet_keeps_credited_outlet_as_source() -> None:
    c = run(
        TITLE,
        "Talks resume as pressure grows – The Daily Courier",
        P1,
        P2,
        outlet="aggregator.example",
    )
    assert c.outlet == "aggregator.example"
    assert c.original_source == "The Daily Courier"


def test_clean_original_source_line() -> None:
    c = run(TITLE, P1, P2, "Original Source: https://www.example-news.com/world/story-1")
    assert c.original_source == "example-news.com"
    assert "Original Source" not in c.text


def test_clean_plain_source_label_in_body_is_kept() -> None:
    c = run(TITLE, P1, "Source: Ministry of Health figures", P2, "Source: The Valley Gazette")
    assert "Ministry of Health figures" in c.text
    assert c.original_source == "The Valley Gazette"


def test_clean_about_the_author_bio_removed() -> None:
    bio = "About the author: Sam Lee is a writer and editor based in Beirut."
    c = run(TITLE, P1, P2, bio)
    assert "Sam Lee" not in c.text and c.text.endswith(P2)


def test_clean_foreign_script_line_removed() -> None:
    c = run("Загрузить бесплатно шаблоны", TITLE, P1, "广告 联系我们", P2)
    assert "Загрузить" not in c.text and "广告" not in c.text
    assert c.quality["foreign_lines"] == 2


def test_clean_other_language_line_in_same_script_removed() -> None:
    spam = "Descargar plantillas gratis para WordPress y mucho más en nuestro sitio web oficial"
    c = run(spam, TITLE, P1, P2, P3)
    assert "Descargar" not in c.text and c.title == TITLE


def test_clean_bullet_list_kept() -> None:
    c = run(
        TITLE,
        P1,
        "The agreement covers three areas:",
        "• Prisoner exchanges between the two sides",
        "• A ceasefire along the river",
        "• Access for aid convoys",
        P2,
    )
    assert "- Prisoner exchanges between the two sides\n- A ceasefire along the river\n" in c.text
    assert "- Access for aid convoys\n\n" + P2 in c.text


def test_clean_short_bullets_kept_at_end_when_introduced() -> None:
    c = run(TITLE, P1, P2, "Those invited include:", "- Iran", "- Turkey")
    assert c.text.endswith("Those invited include:\n\n- Iran\n- Turkey")


def test_clean_headings_kept() -> None:
    c = run(TITLE, P1, "Background to the Talks", P2, "What Comes Next", P3)
    assert "\n\nBackground to the Talks\n\n" in c.text
    assert "\n\nWhat Comes Next\n\n" in c.text


def test_clean_nav_fragment_and_site_name_removed() -> None:
    c = run(TITLE, P1, "read the full story ]", P2, P3 + " Valley Herald", "Source link")
    assert "]" not in c.text and "Source link" not in c.text
    assert c.text.endswith(P3)


def test_clean_page_date_above_title_loses_to_byline_date() -> None:
    c = run("Monday, 12 February 2024", "OPINION", TITLE, "• 3 January 2024", "• 0", P1, P2)
    assert c.published == "2024-01-03"
    assert c.title == TITLE
    assert "2024" not in c.text and "OPINION" not in c.text


def test_clean_container_date_beats_page_header_date() -> None:
    c = run("12 February 2024", TITLE, P1, P2, published="2023-12-30T08:00:00Z")
    assert c.published == "2023-12-30"


def test_clean_no_date_is_none() -> None:
    c = run(TITLE, P1, P2)
    assert c.published is None and c.author is None and c.outlet is None


def test_clean_dateline_and_title_glued_to_body() -> None:
    text = "Sat 04 Mar 2017 " + TITLE + ". " + P1 + " " + P2
    c = clean(RawDocument(source_path="t", text=text, title=TITLE))
    assert c.published == "2017-03-04"
    assert c.text.startswith(TITLE + "\n\n" + P1)


def test_clean_copyright_footer_sentence_removed() -> None:
    c = run(TITLE, P1 + " " + P2 + " Follow us on Twitter. Copyright © 2019 Example Media.")
    assert c.text.endswith(P2)


def test_clean_date_lines_inside_body_kept() -> None:
    c = run(TITLE, P1, "March 2011", P2, "June 4, 2014", P3)
    assert "March 2011" in c.text and "June 4, 2014" in c.text
    assert c.published is None


def test_clean_byline_after_standfirst() -> None:
    c = run(TITLE, P1, "By Omar Haddad", "Published: 14 May 2018", P2, P3)
    assert c.published == "2018-05-14" and c.author == "Omar Haddad"
    assert "Published" not in c.text


def test_clean_text_reports_removed_lines() -> None:
    text, meta, removed = clean_text("\n".join([TITLE, P1, "Share this:", "Tweet", P2]))
    assert text == "\n\n".join([TITLE, P1, P2])
    assert "Share this:" in removed and "Tweet" in removed
    assert meta.title == TITLE


def test_clean_rejects_empty() -> None:
    with pytest.raises(NotAnArticle) as err:
        run("   \n  ")
    assert err.value.code is Reason.EMPTY


def test_clean_rejects_navigation_page() -> None:
    with pytest.raises(NotAnArticle) as err:
        run("Home", "World", "Politics", "Contact us", "Leave a Reply")
    assert err.value.code is Reason.NOT_AN_ARTICLE


@pytest.mark.parametrize("text", [
    # a sentence, a headline, a two-line wire item: any input with a sentence is one
    "The talks will resume on Monday in the capital, officials said.",
    "Iran armed the rebels.",
    "Russia Condemns US Strikes On Syria",
    "Rebels Seize Border Town\nRebels seized the border town on Friday, a monitor said.",
])
def test_clean_keeps_the_only_sentences_of_a_short_input(text: str) -> None:
    got = clean(RawDocument(source_path="t", text=text)).text
    assert got.split("\n\n") == [x for x in text.split("\n") if x]


@pytest.mark.parametrize("text", [
    "Accept | Reject | Settings", "Share this article", "Home\nWorld\nPolitics", "12 March 2024",
])
def test_clean_short_input_of_chrome_alone_is_no_article(text: str) -> None:
    with pytest.raises(NotAnArticle) as err:
        run(text)
    assert err.value.code is Reason.NOT_AN_ARTICLE


def test_clean_min_chars_option() -> None:
    short = "The talks will resume on Monday in the capital, officials said."
    assert clean(RawDocument(source_path="t", text=short), min_chars=20).text == short
    with pytest.raises(NotAnArticle) as err:
        clean(RawDocument(source_path="t", text=short), min_chars=200)
    assert err.value.code is Reason.TOO_SHORT


def test_clean_html_only_document() -> None:
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    html = f"<html><body><article><h1>{TITLE}</h1>{body}</article></body></html>"
    c = clean(RawDocument(source_path="t", html=html))
    assert P2 in c.text


@pytest.mark.parametrize(
    "line",
    [
        "Exit mobile version",
        "Image credit",
        "You May Also Like",
        "More From Author",
        "Share this article",
        "Skip to content",
    ],
)
def test_clean_chrome_lines_removed(line: str) -> None:
    c = run(line, TITLE, P1, line, P2, P3, line)
    assert line not in c.text


def test_clean_wire_copy_credits() -> None:
    c = run(
        TITLE,
        "KABUL (Reuters) - " + P1,
        "Advertisement · Scroll to continue",
        P2,
        "Jane Roe in Kabul contributed to this report.",
        "Reporting by Omar Haddad; Editing by Sam Lee",
    )
    assert c.original_source == "Reuters"
    assert c.author == "Omar Haddad"
    assert c.text.endswith(P2) and "Advertisement" not in c.text
    assert c.text.startswith(TITLE + "\n\nKABUL (Reuters) - ")


def test_clean_blog_byline_without_a_name() -> None:
    c = run("Posted by admin on March 3, 2020", TITLE, "Tags: war, peace", P1, P2, "Like Loading...")
    assert c.title == TITLE and c.published == "2020-03-03" and c.author is None
    assert "admin" not in c.text and "Tags" not in c.text and "Loading" not in c.text


def test_clean_source_with_agencies() -> None:
    c = run(TITLE, P1, P2, "Source: Gulf Herald and news agencies")
    assert c.original_source == "Gulf Herald"
