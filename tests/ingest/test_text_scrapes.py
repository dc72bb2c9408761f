"""Plain-text scrapes: date lines, titles, outlet credits and datelines, furniture, paragraphs."""

from __future__ import annotations

from datetime import date

import pytest
from ingest_helpers import ARTICLE, BODY, CLOSING, LEDE, TODAY, assert_offsets_map, read_one

from eventwire.ingest import IngestConfig, clean_text

CONFIG = IngestConfig(today=TODAY)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("date 2021-06-30 Report", date(2021, 6, 30)),
        ("December 27, 2021", date(2021, 12, 27)),
        ("Date: 2021-06-30T18:51:52+0000", date(2021, 6, 30)),
        ("Published: 3 March 2019 10:15 GMT", date(2019, 3, 3)),
        ("Friday, January 4, 2019", date(2019, 1, 4)),
        ("This story is from March 10, 2002", date(2002, 3, 10)),
        ("Posted on Dec. 5, 2018", date(2018, 12, 5)),
        ("2020/09/16", date(2020, 9, 16)),
        ("16.09.2020", date(2020, 9, 16)),
        ("26-FEB-1987 15:01:01.79", date(1987, 2, 26)),
        ("Sunday, 7th of May 2023 | 09:30", date(2023, 5, 7)),
    ],
)
def test_date_line_gives_the_publication_date_and_leaves_the_text(header: str, expected: date) -> None:
    scrape = clean_text(f"{header}\n\n{ARTICLE}", config=CONFIG)
    assert scrape.published == expected
    assert scrape.text.startswith(LEDE)
    assert str(expected.year) not in scrape.text


def test_date_prefix_on_the_lede_line_is_cut_off_and_the_lede_kept() -> None:
    scrape = clean_text(f" date 2020-09-16 {LEDE}\n\n{BODY}", config=CONFIG)
    assert scrape.published == date(2020, 9, 16)
    assert scrape.text.startswith(LEDE)


def test_update_stamp_is_not_the_publication_date() -> None:
    scrape = clean_text(f"Published: 2 May 2022\nUpdated: 9 May 2022\n\n{ARTICLE}", config=CONFIG)
    assert scrape.published == date(2022, 5, 2)
    only_update = clean_text(f"Updated: 9 May 2022\n\n{ARTICLE}", config=CONFIG)
    assert only_update.published is None
    assert "Updated" not in only_update.text


@pytest.mark.parametrize("header", ["March 3, 2031", "date 1850-01-01", "Date: 2024-06-09"])
def test_impossible_dates_are_not_publication_dates(header: str) -> None:
    scrape = clean_text(f"{header}\n\n{ARTICLE}", config=CONFIG)
    assert scrape.published is None
    assert scrape.text.startswith(LEDE)


def test_a_date_inside_the_body_is_not_a_date_line() -> None:
    text = f"{LEDE}\n\n{BODY}\n\nOn January 5, 2020, parliament passed a resolution on the matter."
    scrape = clean_text(text, config=CONFIG)
    assert scrape.published is None
    assert "January 5, 2020" in scrape.text


def test_short_leading_line_is_the_title_and_its_repeats_go() -> None:
    title = "Norway and Chile agree on fishing talks"
    text = f"{title}\n\n{LEDE}\n\n{title}\n\n{BODY}"
    scrape = clean_text(text, config=CONFIG)
    assert scrape.title == title
    assert title not in scrape.text
    assert scrape.text == f"{LEDE}\n\n{BODY}"


def test_a_long_first_sentence_is_not_a_title() -> None:
    scrape = clean_text(ARTICLE, config=CONFIG)
    assert scrape.title is None
    assert scrape.text.startswith(LEDE)


def test_known_title_is_removed_from_the_text_but_not_searched_for() -> None:
    scrape = clean_text(f"Ministers meet\n\n{ARTICLE}", title="Ministers meet", config=CONFIG)
    assert scrape.title == "Ministers meet"
    assert scrape.text.startswith(LEDE)


@pytest.mark.parametrize(
    ("lede", "outlet", "place"),
    [
        (f"OSLO, June 4 (Reuters) - {LEDE}", "Reuters", "Oslo"),
        (f"SANTIAGO (AP) — {LEDE}", "AP", "Santiago"),
        (f"MOSCOW, February 17. /TASS/. {LEDE}", "TASS", "Moscow"),
        (f"NORDPRESS- {LEDE}", "Nordpress", None),
        (f"Fjord News/ {LEDE}", "Fjord News", None),
        (f"WELLINGTON — {LEDE}", None, "Wellington"),
        (f"New Delhi, March 5 (PTI) {LEDE}", "PTI", "New Delhi"),
        (f"Bergen, Jan 5 (IANS) {LEDE}", "IANS", "Bergen"),
        (f"BERGEN: {LEDE}", None, "Bergen"),
        (f"NEW DELHI: {LEDE}", None, "New Delhi"),
    ],
)
def test_lede_credits_are_metadata_not_text(lede: str, outlet: str | None, place: str | None) -> None:
    scrape = clean_text(f"{lede}\n\n{BODY}", config=CONFIG)
    assert scrape.outlet == outlet
    assert scrape.dateline == place
    assert scrape.text.startswith(LEDE)


def test_credit_at_the_end_of_a_teaser_styled_lede_is_metadata() -> None:
    lede = "Two ministers discussed fishing quotas on Sunday in the capital…reports Fjord Daily"
    scrape = clean_text(f"{lede}\n\n{BODY}", config=CONFIG)
    assert scrape.outlet == "Fjord Daily"
    assert scrape.text.startswith("Two ministers discussed fishing quotas on Sunday in the capital")
    assert "reports" not in scrape.text


def test_ordinary_sentence_starts_are_not_credits() -> None:
    for lede in (f"The- {LEDE}", f"Al-Hamid met the minister. {LEDE}", f"NATO - {LEDE}"):
        scrape = clean_text(f"{lede}\n\n{BODY}", config=CONFIG)
        assert scrape.outlet is None


def test_labels_and_undated_parentheses_are_not_datelines() -> None:
    for lede in (f"FACTBOX: {LEDE}", f"UPDATE: {LEDE}", f"Bergen (Norway) {LEDE}", f"Kari Lunde (AP) {LEDE}"):
        scrape = clean_text(f"{lede}\n\n{BODY}", config=CONFIG)
        assert scrape.dateline is None and scrape.outlet is None, lede
        assert scrape.text.startswith(lede.split(" ")[0])


def test_teaser_blocks_and_furniture_lines_are_removed() -> None:
    text = "\n".join(
        [
            "March 1, 2023",
            "2 min read",
            "",
            "Ministers agree on fishing talks",
            "",
            "Category: World News",
            "By Ingrid Haugen and Tomas Rojas, Staff Writers",
            "",
            LEDE,
            "",
            "ALSO READ: Storm closes ports along the northern coast",
            "",
            BODY,
            "",
            "Share.",
            "This news is originally published by Fjord Persian and translated by Fjord English",
            "",
            "Previous Story",
            "",
            "Storm closes ports along the northern coast",
            "",
            "Latest from Fjord Daily",
            "",
            "Rebels attack a border post in the south",
            "Go toTop",
            "Don't Miss",
            "Exit mobile version",
        ]
    )
    scrape = clean_text(text, config=CONFIG)
    assert scrape.title == "Ministers agree on fishing talks"
    assert scrape.published == date(2023, 3, 1)
    assert scrape.text == f"{LEDE}\n\n{BODY}"
    rules = {r.rule for r in scrape.removed}
    assert {"reading_time", "category_label", "byline", "also_read", "share_buttons"} <= rules
    assert {"translation_credit", "previous_next"} <= rules


def test_a_teaser_heading_before_any_article_text_does_not_end_the_article() -> None:
    text = f"Related\n\n{LEDE}\n\n{BODY}"
    scrape = clean_text(text, config=CONFIG)
    assert scrape.text == f"{LEDE}\n\n{BODY}"


def test_credits_glued_to_the_end_of_a_one_line_dump_are_cut() -> None:
    one_line = f"{LEDE} {BODY} Source:-News agencies"
    assert clean_text(one_line, config=CONFIG).text == f"{LEDE} {BODY}"
    credited = f"{LEDE} {CLOSING} Kari Lunde contributed to this report."
    assert clean_text(credited, config=CONFIG).text == f"{LEDE} {CLOSING}"
    initials = f"{LEDE} {CLOSING} ab/cd (Reuters, AFP)"
    assert clean_text(initials, config=CONFIG).text == f"{LEDE} {CLOSING}"


def test_a_sentence_about_subscribers_is_not_a_newsletter_prompt() -> None:
    text = f"{LEDE} Millions of people subscribe to the service every year."
    assert clean_text(text, config=CONFIG).text == text


def test_glued_player_notice_is_cut_out_of_the_middle_of_a_line() -> None:
    text = f"{LEDE} Media playback is not supported on this device {BODY}"
    scrape = clean_text(text, config=CONFIG)
    assert scrape.text == f"{LEDE} {BODY}"
    assert scrape.offsets[1][1] == text.index(BODY)


def test_wrapped_lines_join_into_paragraphs_and_indents_start_new_ones() -> None:
    wrapped = (
        "The ministers met in Oslo\non Tuesday to discuss quotas.\n    They agreed to meet again\nnext year."
        "\n    No date was set."
    )
    scrape = clean_text(wrapped, config=CONFIG)
    assert scrape.text == (
        "The ministers met in Oslo on Tuesday to discuss quotas.\n\nThey agreed to meet again next year."
        "\n\nNo date was set."
    )


def test_text_file_article_keeps_offsets_into_the_file(write) -> None:
    original = f"date 2023-03-01 Report\n\nTalks in Oslo\n\nNORDPRESS- {LEDE}\n\n{BODY}\n\nShare.\n"
    article = read_one(write("report.txt", original))
    assert article.title == "Talks in Oslo"
    assert article.published == "2023-03-01"
    assert article.published_source == "date-line"
    assert article.outlet == "Nordpress"
    assert article.text == f"{LEDE}\n\n{BODY}"
    assert_offsets_map(article, original)
    body_at = article.text.index(BODY)
    assert article.original_offset(body_at) == original.index(BODY)
    assert article.original_offset(article.text.index("\n\n")) is None
