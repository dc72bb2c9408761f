"""Round 24: statement speakers and boundaries — a speaker a scrape glued to the quotation before it, a
name among several subjects, a comma outside the closing mark, a reported clause that runs to the comma
before its speaker, and another speaker's statement joined to a reported clause. Each rule with a text
written for its test and a twin where it must not fire."""

from __future__ import annotations

import pytest

from eventwire.events import mentions_from_entities
from eventwire.records import Article, Quote


@pytest.fixture(scope="module")
def quotes_of(nlp, coder):
    def run(text: str) -> list[Quote]:
        doc = nlp(text)
        article = Article(article_id="t24", source_path="t24.txt", text=text, published="2024-03-15")
        _, quotes = coder(doc, list(mentions_from_entities(doc)), article)
        return quotes

    return run


def quote_with(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if words in q.text]
    assert found, [q.text for q in quotes]
    return found[0]


def speaker_of(quotes: list[Quote], words: str) -> str | None:
    speaker = quote_with(quotes, words).speaker
    return speaker.name if speaker is not None else None


HEARING = "Senator Helen Ward spoke to reporters in Albany on Monday about the new leave plan. "


def test_a_speaker_glued_to_the_closing_mark_is_the_person_named_before(quotes_of) -> None:
    text = HEARING + '"Families need paid leave and they need it this year,"?Ward said.'
    assert speaker_of(quotes_of(text), "need it this year") == "Helen Ward"


def test_a_speaker_after_a_space_is_read_as_before(quotes_of) -> None:
    text = HEARING + '"Families need paid leave and they need it this year," Ward said.'
    assert (speaker_of(quotes_of(text), "need it this year") or "").endswith("Ward")


def test_a_glued_pronoun_is_the_last_speaker(quotes_of) -> None:
    text = (
        HEARING
        + '"The plan is ready for a vote," Ward said. '
        + '"Families need paid leave and they need it this year,"?she said.'
    )
    assert (speaker_of(quotes_of(text), "need it this year") or "").endswith("Ward")


def test_of_two_subjects_the_name_speaks(quotes_of) -> None:
    text = (
        '"Warm water now cuts into the ice shelf from below," said study co-author Tom Reyes of the '
        "institute in Denver."
    )
    assert speaker_of(quotes_of(text), "ice shelf") == "Tom Reyes"


def test_a_single_subject_is_kept(quotes_of) -> None:
    text = '"Warm water now cuts into the ice shelf from below," said Tom Reyes of the institute in Denver.'
    assert speaker_of(quotes_of(text), "ice shelf") == "Tom Reyes"


def test_a_comma_outside_the_closing_mark_still_names_the_speaker_after_the_verb(quotes_of) -> None:
    text = 'Jo Carter spoke in Denver on Monday. "The border war is their war. Not ours", said Jo Carter.'
    assert speaker_of(quotes_of(text), "their war") == "Jo Carter"


def test_a_comma_inside_the_closing_mark_names_the_speaker_after_the_verb(quotes_of) -> None:
    text = 'Jo Carter spoke in Denver on Monday. "The border war is their war, not ours," said Jo Carter.'
    assert speaker_of(quotes_of(text), "their war") == "Jo Carter"


def test_a_fronted_reported_clause_runs_to_the_comma_before_its_speaker(quotes_of) -> None:
    text = (
        "Russia's air force has not carried out strikes on Syria's Idlib, Defense Ministry's spokesman "
        "Igor Petrov said on Tuesday."
    )
    quote = quote_with(quotes_of(text), "carried out strikes")
    assert quote.text == "Russia's air force has not carried out strikes on Syria's Idlib"


def test_a_fronted_reported_clause_parsed_whole_is_unchanged(quotes_of) -> None:
    text = "The talks in Geneva were useful and will go on in March, Igor Petrov said on Tuesday."
    quote = quote_with(quotes_of(text), "talks in Geneva")
    assert quote.text == "The talks in Geneva were useful and will go on in March"


def test_another_speakers_statement_is_cut_from_a_reported_clause(quotes_of) -> None:
    text = (
        "Former minister Ken Hall said parliament should have the chance to shape the final deal, while "
        "party leader Ann Moss said lawmakers should have a genuine choice."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "shape the final deal").text == (
        "parliament should have the chance to shape the final deal"
    )
    assert speaker_of(quotes, "genuine choice") == "Ann Moss"


def test_a_reason_with_a_speech_verb_stays_in_the_reported_clause(quotes_of) -> None:
    text = (
        "Former minister Ken Hall said parliament should have the chance to shape the final deal because "
        "voters said they wanted a say."
    )
    quote = quote_with(quotes_of(text), "shape the final deal")
    assert quote.text.endswith("because voters said they wanted a say")


def test_of_two_subjects_before_the_verb_the_persons_name_speaks(quotes_of) -> None:
    text = (
        "Russian Ambassador to Peru, Boris Mironov has described the situation in Lima as "
        '"not bad" and "having a tendency towards improvement".'
    )
    assert speaker_of(quotes_of(text), "tendency towards") == "Boris Mironov"


def test_a_title_without_a_name_still_speaks(quotes_of) -> None:
    text = (
        "The Russian Ambassador to Peru has described the situation in Lima as "
        '"not bad" and "having a tendency towards improvement".'
    )
    assert speaker_of(quotes_of(text), "tendency towards") != "Boris Mironov"


def test_of_two_named_subjects_the_person_speaks(quotes_of) -> None:
    text = (
        "Former chancellor Ken Hall - the only Tory to vote against the plan last week - said parliament "
        "should have the chance to shape the final deal."
    )
    assert (speaker_of(quotes_of(text), "shape the final deal") or "").startswith("Ken Hall")


def test_a_person_named_in_an_aside_does_not_take_the_statement(quotes_of) -> None:
    text = (
        "Secretary of Justice Maria Lopez Garced, the would-be successor should Ken Hall remain "
        "unconfirmed by the Senate, has expressed she is uninterested in taking up the office of governor."
    )
    assert (speaker_of(quotes_of(text), "uninterested") or "").startswith("Maria Lopez")
