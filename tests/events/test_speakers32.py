"""Session 32: statement speakers — a participle or coordinated speech verb shares its head verb's subject,
and "he"/"she" right after a sentence about a named person is that person, not the last one who spoke.
Each rule with a text written for its test and a twin where it must not fire."""

from __future__ import annotations

import pytest

from eventwire.events import mentions_from_entities
from eventwire.records import Article, Quote


@pytest.fixture(scope="module")
def quotes_of(nlp, coder):
    def run(text: str) -> list[Quote]:
        doc = nlp(text)
        article = Article(article_id="t32", source_path="t32.txt", text=text, published="2024-03-15")
        _, quotes = coder(doc, list(mentions_from_entities(doc)), article)
        return quotes

    return run


def speaker_of(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if words in q.text]
    assert found, [q.text for q in quotes]
    return found[0].speaker.name if found[0].speaker is not None else None


def test_a_participle_speech_verb_shares_its_head_verbs_subject(quotes_of) -> None:
    text = (
        "Press secretary Mark Olsen said the visit went well. Later, Senator Helen Ward defended the "
        'treaty while saying its partners were not paying "their fair share of the costs."'
    )
    assert speaker_of(quotes_of(text), "fair share") == "Helen Ward"


def test_a_coordinated_speech_verb_with_its_own_subject_keeps_it(quotes_of) -> None:
    text = (
        "Senator Helen Ward defended the treaty on Monday, and press secretary Mark Olsen said its partners "
        'were not paying "their fair share of the costs."'
    )
    assert speaker_of(quotes_of(text), "fair share") == "Mark Olsen"


def test_he_after_a_sentence_about_a_named_person_is_that_person(quotes_of) -> None:
    text = (
        '"We will win on Sunday," said coach Peter Lund. But Tomas Berg is a believer in the old saying. '
        '"The cup has its own laws," he said on Monday.'
    )
    assert speaker_of(quotes_of(text), "own laws") == "Tomas Berg"


def test_he_after_a_sentence_about_no_person_is_the_last_speaker(quotes_of) -> None:
    text = (
        '"We will win on Sunday," said coach Peter Lund. The match is sold out. '
        '"The cup has its own laws," he said on Monday.'
    )
    assert speaker_of(quotes_of(text), "own laws") == "Peter Lund"


def test_according_to_him_is_the_last_speaker(quotes_of) -> None:
    text = (
        '"Talks will go on," said Ambassador Ivan Petrov. According to him, "the schedule of the visits is '
        'still under consideration this spring."'
    )
    assert speaker_of(quotes_of(text), "schedule of the visits") == "Ivan Petrov"


CHAIRMAN = "Chen Wei, chairman of the Harbour Group, spoke at the forum in Davos on Tuesday. "


def test_a_business_description_refers_to_the_chairman_named_before(quotes_of) -> None:
    text = (
        CHAIRMAN
        + "The property tycoon said the United States would be the top market for the group's investments."
    )
    assert speaker_of(quotes_of(text), "top market") == "Chen Wei"


def test_a_description_that_fits_no_title_named_before_is_not_the_chairman(quotes_of) -> None:
    text = CHAIRMAN + "The coach said the United States would be the top market for the group's investments."
    assert speaker_of(quotes_of(text), "top market") != "Chen Wei"
