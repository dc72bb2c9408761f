"""The furniture rules (data) and their applier: what goes, and article text that must stay."""

from __future__ import annotations

import pytest
from ingest_helpers import BODY, CLOSING, LEDE

from eventwire.ingest.furniture import furniture_rules, line_rule, remove_furniture


def test_rules_are_well_formed() -> None:
    rules = furniture_rules()
    assert len({r.name for r in rules}) == len(rules)
    assert all(r.meaning for r in rules)
    assert {r.action for r in rules} == {"drop_line", "end_block", "drop_tail", "drop_span"}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Latest from Fjord Daily", "latest_from"),
        ("More from the Middle East", "latest_from"),
        ("Don't Miss", "dont_miss"),
        ("Don’t miss:", "dont_miss"),
        ("Previous Story", "previous_next"),
        ("Next article »", "previous_next"),
        ("Related Articles", "related_heading"),
        ("You may also like", "you_may_like"),
        ("Most Read", "most_read"),
        ("Trending Now", "recommended_heading"),
        ("Leave a Reply", "comments_heading"),
        ("ALSO READ: Storm closes ports on the coast", "also_read"),
        ("Read more: Floods hit the valley", "also_read"),
        ("Read more", "read_more"),
        ("Share.", "share_buttons"),
        ("Facebook | Twitter | WhatsApp | Email", "share_buttons"),
        ("Exit mobile version", "page_navigation"),
        ("Go toTop", "page_navigation"),
        ("Back to top", "page_navigation"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("1 min read", "reading_time"),
        ("5 minute read", "reading_time"),
        ("Category: Iraq News", "category_label"),
        ("Tags: Norway, Chile, fishing", "category_label"),
        ("Report", "section_label"),
        ("Breaking News", "section_label"),
        ("Home » World » Europe", "breadcrumb"),
        (
            "This news is originally published by Fjord Persian and translated by Fjord English",
            "translation_credit",
        ),
        ("Translated by Kari Nordmann", "translated_by"),
        ("(Reporting by Kari Lunde; Editing by Tom Hale)", "translated_by"),
        ("By Ingrid Haugen", "byline"),
        ("By Ingrid Haugen and Tomas Rojas, Staff Writers", "byline"),
        ("Written by Kari al-Hamid", "byline"),
        ("Staff Reporter", "staff_label"),
        ("Updated: 12:30 GMT, 4 May 2021", "dateline_label"),
        ("Source", "source_line"),
        ("Source: Fjord News Agency", "source_line"),
        ("Image caption: The ministers in Oslo", "image_caption"),
        ("Photo: Kari Lunde/Fjord", "image_caption"),
        ("Getty Images", "image_caption"),
        ("© 2024 Fjord Daily. All rights reserved.", "copyright_line"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Follow us on Telegram", "newsletter"),
        ("(Reuters)", "agency_alone"),
    ],
)
def test_furniture_lines_of_news_sites(line: str, rule: str) -> None:
    found = line_rule(line)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        LEDE,
        BODY,
        "By Monday, the troops had withdrawn from the border area.",
        "More than 300 people were evacuated from the town.",
        "Related talks will continue in Santiago next month.",
        "Source of the leak was not identified, officials said.",
        "The report said prices rose sharply in the second quarter.",
        "Published figures show that exports fell by 4 per cent in March.",
        "Share prices fell after the announcement.",
        "Comments by the minister drew criticism from the opposition.",
        "Previous talks between the two sides collapsed in 2019.",
        "Home Secretary Kari Lunde said the policy would change.",
        "World leaders gathered in Oslo for the summit.",
        "Copyright law was the focus of the second day of talks.",
        "Image rights were discussed at length during the meeting.",
        "Read the full statement, the minister told parliament on Tuesday.",
        "Iraq, NATO discuss regional stability",
        "(c) the third option would be to postpone the vote.",
        "Updates to the treaty were agreed after long negotiations between the two delegations.",
    ],
)
def test_article_sentences_are_not_furniture(line: str) -> None:
    assert line_rule(line) is None


def test_teaser_block_goes_to_the_end_once_article_text_came_before() -> None:
    text = f"{LEDE}\n\n{BODY}\n\nRelated\n\nStorm closes ports\n\nRebels attack a border post"
    clean, _, removed = remove_furniture(text)
    assert clean == f"{LEDE}\n\n{BODY}"
    assert [r.rule for r in removed] == ["related_heading"] * 3


def test_teaser_heading_in_the_page_header_only_drops_itself() -> None:
    clean, _, _ = remove_furniture(f"Trending\n\n{LEDE}\n\n{BODY}")
    assert clean == f"{LEDE}\n\n{BODY}"


def test_repeated_paragraphs_keep_the_first_copy() -> None:
    clean, _, removed = remove_furniture(f"{LEDE}\n\n{BODY}\n\n{LEDE}\n\n{CLOSING}")
    assert clean == f"{LEDE}\n\n{BODY}\n\n{CLOSING}"
    assert [r.rule for r in removed] == ["repeated_paragraph"]


def test_trailing_credits_are_cut_repeatedly() -> None:
    disclaimer = "The views expressed are the author's own and do not necessarily reflect ours."
    text = f"{LEDE} {CLOSING} {disclaimer} ab/cd (AFP)"
    clean, runs, removed = remove_furniture(text)
    assert clean == f"{LEDE} {CLOSING}"
    assert {r.rule for r in removed} == {"disclaimer_tail", "initials_tail"}
    assert runs == [(0, 0, len(clean))]


@pytest.mark.parametrize(
    ("teaser", "after"),
    [
        ("READ MORE: A hard winter - Flood victims return ", "Last year, more than 6,000 families left."),
        ("READ MORE: Rebels 'ready to talk', says envoy ", "The talks are due to open on Monday."),
        ("RELATED: Minister plays down border row ", "According to the ministry, no shots were fired."),
        ("READ MORE: 2016 - The year the valley flooded ", "The families had asked for help."),
    ],
)
def test_an_inline_teaser_of_another_story_is_cut_to_its_headlines_end(teaser: str, after: str) -> None:
    clean, runs, removed = remove_furniture(f"{LEDE} {teaser}{after}")
    assert "READ MORE" not in clean and "RELATED" not in clean
    assert after in clean and LEDE in clean
    assert [r.rule for r in removed] == ["inline_teaser"]
    assert runs


def test_an_inline_teaser_without_a_clear_end_is_left_whole() -> None:
    # the one capitalised opener follows a dash (a subtitle), the next one a full stop
    text = f"{LEDE} READ MORE: Lost at sea - The search for the missing Crews learned to wait. She came back."
    clean, _, removed = remove_furniture(text)
    assert clean == text and not removed
