"""Round 27: statements and their speakers — the person a paragraph turned to after the last statement speaks
a "he"/"she", a definite description and a quotation standing alone; a mention spilled from the phrase before
is no speaker; a name the scrape glued to the closing mark speaks a verb with no subject; a nickname is no
statement. Each rule with a text written for its test and a twin where it must not fire."""

from __future__ import annotations

import pytest

from eventwire.events import mentions_from_entities
from eventwire.events.speakers import spilled_into
from eventwire.records import Article, Mention, Quote


@pytest.fixture(scope="module")
def quotes_of(nlp, coder):
    def run(text: str) -> list[Quote]:
        doc = nlp(text)
        article = Article(article_id="t27", source_path="t27.txt", text=text, published="2024-03-15")
        _, quotes = coder(doc, mentions_from_entities(doc), article)
        return quotes

    return run


def with_words(quotes: list[Quote], words: str) -> list[Quote]:
    return [q for q in quotes if words in q.text]


def speaker_of(quotes: list[Quote], words: str) -> str | None:
    found = with_words(quotes, words)
    assert found, [q.text for q in quotes]
    return found[0].speaker.name if found[0].speaker is not None else None


def test_a_quotation_alone_after_a_sentence_about_another_person_is_theirs(quotes_of) -> None:
    text = (
        'Mark Fenwick, who founded the firm, said: "We hire mostly people over fifty these days." '
        "Tom Reyes also doubts that the old mills in the valley will ever open again. "
        '"Nobody builds steel plants here any more, to be honest."'
    )
    assert speaker_of(quotes_of(text), "Nobody builds steel plants") == "Tom Reyes"


def test_a_quotation_alone_after_a_sentence_about_a_thing_keeps_the_speaker(quotes_of) -> None:
    text = (
        'Mark Fenwick, who founded the firm, said: "We hire mostly people over fifty these days." '
        "The old mills in the valley have been closed for a decade. "
        '"Nobody builds steel plants here any more, to be honest."'
    )
    assert speaker_of(quotes_of(text), "Nobody builds steel plants") == "Mark Fenwick"


def test_she_after_a_newly_introduced_person_is_that_person(quotes_of) -> None:
    text = (
        'Ann Cole, a nurse, said: "The winter has been very hard for every team on the ward." '
        "Grace Holm is director of social care for the borough. "
        "The borough has many elderly residents. "
        "She says the assessments are taking much longer than they used to."
    )
    assert speaker_of(quotes_of(text), "assessments are taking") == "Grace Holm"


def test_she_with_no_new_person_is_the_last_speaker(quotes_of) -> None:
    text = (
        'Ann Cole, a nurse, said: "The winter has been very hard for every team on the ward." '
        "The borough has many elderly residents. "
        "She says the assessments are taking much longer than they used to."
    )
    assert speaker_of(quotes_of(text), "assessments are taking") == "Ann Cole"


def test_the_minister_is_the_minister_of_the_same_sentence(quotes_of) -> None:
    text = (
        'Prime Minister Eli Dagan said: "We call on any other country to join the pipeline project." '
        "Italian economic minister Marco Serra sent a letter of support, but the minister said "
        "they are to build another pipeline to Albania."
    )
    assert speaker_of(quotes_of(text), "build another pipeline") == "Marco Serra"


def test_the_minister_with_no_minister_since_is_the_last_speaker(quotes_of) -> None:
    text = (
        'Prime Minister Eli Dagan said: "We call on any other country to join the pipeline project." '
        "Italian economic minister Marco Serra sent a letter of support. "
        'Eli Dagan said: "The pipeline will be built by private investors over the next years." '
        "The minister also said they are to build another pipeline to Albania."
    )
    assert speaker_of(quotes_of(text), "build another pipeline") == "Eli Dagan"


def relation_mention(nlp, text: str, mentioned: str) -> tuple[Mention, object]:
    doc = nlp(text)
    start = text.index(mentioned)
    mention = Mention(text=mentioned, span=(start, start + len(mentioned)), sentence=0, kind="PERSON")
    return mention, next(t for t in doc if t.text == "lawyer")


def test_a_mention_spilled_into_his_lawyer_is_no_speaker(nlp) -> None:
    # the actors stage ran one mention on past the comma ("… Jan Novak, his lawyer"): the lawyer is not Novak
    mention, lawyer = relation_mention(
        nlp, "Jan Novak, his lawyer Piet Kramer said on Monday.", "Jan Novak, his lawyer"
    )
    assert spilled_into(mention, lawyer)


def test_a_mention_of_the_lawyer_named_is_no_spill(nlp) -> None:
    mention, lawyer = relation_mention(nlp, "Jan Novak, the lawyer, said on Monday.", "Jan Novak, the lawyer")
    assert not spilled_into(mention, lawyer)


def test_a_name_glued_to_the_closing_mark_speaks(quotes_of) -> None:
    text = (
        "Lena Vasko is the president of the national ski federation. "
        '"The federation has decided to hire lawyers to defend the athletes,"?Vasko said on Tuesday.'
    )
    assert "Vasko" in (speaker_of(quotes_of(text), "hire lawyers") or "")


def test_a_name_after_the_closing_mark_still_speaks(quotes_of) -> None:
    text = (
        "Lena Vasko is the president of the national ski federation. "
        '"The federation has decided to hire lawyers to defend the athletes," Vasko said on Tuesday.'
    )
    assert "Vasko" in (speaker_of(quotes_of(text), "hire lawyers") or "")


def test_a_nickname_is_no_statement(quotes_of) -> None:
    text = (
        'At the time, Nora Baig, nicknamed the "Iron Lady of the Northern Hills," had many followers '
        "and wrote about art."
    )
    assert not with_words(quotes_of(text), "Iron Lady")


def test_words_quoted_with_the_same_sentence_are_still_a_statement(quotes_of) -> None:
    text = 'At the time, Nora Baig, who wrote "women must stand up for each other," had many followers.'
    assert speaker_of(quotes_of(text), "stand up for each other") == "Nora Baig"


def test_what_someone_has_not_said_is_no_statement(quotes_of) -> None:
    text = "Tom Reyes has criticized the treaty for years, but he has not said what he plans to do about it."
    assert not with_words(quotes_of(text), "he plans to do")


def test_what_someone_has_said_they_plan_stays(quotes_of) -> None:
    text = "Tom Reyes has criticized the treaty for years, and he has said he plans to leave it next year."
    assert speaker_of(quotes_of(text), "he plans to leave") == "Tom Reyes"
