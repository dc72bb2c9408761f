"""Round 26: statements and their speakers — texts nobody speaks (a law's clause, a saying), a question put
with "asked", the person at the head of a speaker's phrase, "he"/"she" never an outlet or a river, a name the
actors stage left without a mention, and "you" in an interview. Each rule with a text written for its test and
a twin where it must not fire."""

from __future__ import annotations

import pytest

from eventwire.events import mentions_from_entities
from eventwire.events.speakers import name_split_before
from eventwire.records import Article, Mention, Quote


@pytest.fixture(scope="module")
def quotes_of(nlp, coder):
    def run(text: str, drop_people: bool = False, unmentioned: str = "") -> list[Quote]:
        doc = nlp(text)
        article = Article(article_id="t26", source_path="t26.txt", text=text, published="2024-03-15")
        mentions = [
            m
            for m in mentions_from_entities(doc)
            if not (drop_people and m.kind == "PERSON") and m.text != unmentioned
        ]
        _, quotes = coder(doc, mentions, article)
        return quotes

    return run


def with_words(quotes: list[Quote], words: str) -> list[Quote]:
    return [q for q in quotes if words in q.text]


def speaker_of(quotes: list[Quote], words: str) -> str | None:
    found = with_words(quotes, words)
    assert found, [q.text for q in quotes]
    return found[0].speaker.name if found[0].speaker is not None else None


def test_a_clause_of_a_law_is_no_speaker(quotes_of) -> None:
    text = "A clause in the law states that a husband can sue the clinic to stop the procedure."
    assert not with_words(quotes_of(text), "can sue the clinic")


def test_a_person_stating_a_clause_still_speaks(quotes_of) -> None:
    text = "Senator Lena Fisk states that a husband can sue the clinic to stop the procedure."
    assert speaker_of(quotes_of(text), "can sue the clinic") == "Lena Fisk"


def test_a_quoted_law_is_no_statement(quotes_of) -> None:
    text = 'The Act states: "No person shall operate a radio station without a franchise from the Congress."'
    assert not with_words(quotes_of(text), "operate a radio station")


def test_a_saying_is_no_statement(quotes_of) -> None:
    text = 'Another saying says that "it could always be worse for all of us", which keeps people humble.'
    assert not with_words(quotes_of(text), "could always be worse")


def test_a_person_quoting_a_saying_still_speaks(quotes_of) -> None:
    text = 'Lena Fisk says that "it could always be worse for all of us", which keeps people humble.'
    assert speaker_of(quotes_of(text), "could always be worse") == "Lena Fisk"


def test_a_question_put_with_asked_is_no_statement(quotes_of) -> None:
    text = (
        '"Our program is already a strong form of protest," replied festival director Paul Brandt '
        "when asked how the festival would respond to the new president."
    )
    assert not with_words(quotes_of(text), "how the festival would respond")


def test_a_request_made_with_asked_stays(quotes_of) -> None:
    text = "Festival director Paul Brandt asked that the jury respond to the new president by Friday."
    assert speaker_of(quotes_of(text), "the jury respond") == "Paul Brandt"


def test_the_person_at_the_head_of_the_phrase_speaks(quotes_of) -> None:
    text = (
        "Longtime Lena Fisk Show writer and performer Paul Brandt tweeted: "
        '"She was a rebel and an unfailing champion of the underdog."'
    )
    assert speaker_of(quotes_of(text), "champion of the underdog") == "Paul Brandt"


def test_the_only_person_in_the_phrase_speaks(quotes_of) -> None:
    text = 'Show host Lena Fisk tweeted: "She was a rebel and an unfailing champion of the underdog."'
    assert speaker_of(quotes_of(text), "champion of the underdog") == "Lena Fisk"


def test_he_is_the_person_named_not_the_reports_that_spoke(quotes_of) -> None:
    text = (
        "Local news reports said his widow was being treated in a hospital in Nairobi. "
        "President Tom Reyes was serving his third term. "
        "The constitution was changed again before he announced he would stand down in August."
    )
    assert speaker_of(quotes_of(text), "he would stand down") == "Tom Reyes"


def test_he_is_the_last_person_who_spoke(quotes_of) -> None:
    text = (
        "President Tom Reyes said his widow was being treated in a hospital in Nairobi. "
        "The constitution was changed again before he announced he would stand down in August."
    )
    assert speaker_of(quotes_of(text), "he would stand down") == "Tom Reyes"


def test_a_name_given_to_a_river_is_no_she(quotes_of) -> None:
    text = (
        "Every day the village draws water from a well near the Lincoln river. "
        '"The salt has caused a lot of damage in the fields, and our yields are falling," she said.'
    )
    assert speaker_of(quotes_of(text), "damage in the fields") != "Lincoln"


def test_a_woman_named_before_is_she(quotes_of) -> None:
    text = (
        "Every day Lena Fisk draws water from a well near the river. "
        '"The salt has caused a lot of damage in the fields, and our yields are falling," she said.'
    )
    assert speaker_of(quotes_of(text), "damage in the fields") == "Lena Fisk"


AMBASSADOR = (
    "The number of visitors grew by half, Russian Ambassador to Peru Ivan Sokolov said in an interview. "
    '"Last year was a year of records for the tourism industry of the country," he said.'
)


def test_a_name_left_without_a_mention_still_speaks(quotes_of) -> None:
    quotes = quotes_of(AMBASSADOR, drop_people=True)
    assert speaker_of(quotes, "a year of records") == "Ivan Sokolov"


def test_a_name_with_its_mention_speaks(quotes_of) -> None:
    assert speaker_of(quotes_of(AMBASSADOR), "a year of records") == "Ivan Sokolov"


def test_you_in_an_interview_is_no_speaker(quotes_of) -> None:
    text = (
        'On your website, you wrote "our team pledges to bring every resident to the council chamber" '
        "- how do you plan to do that?"
    )
    assert speaker_of(quotes_of(text), "every resident") is None


def test_a_named_writer_speaks(quotes_of) -> None:
    text = (
        'On her website, Lena Fisk wrote "our team pledges to bring every resident to the council chamber" '
        "- how does she plan to do that?"
    )
    assert speaker_of(quotes_of(text), "every resident") == "Lena Fisk"


def test_a_speech_verb_right_after_the_closing_mark_speaks_first(quotes_of) -> None:
    text = (
        "Minister Lena Fisk said much of the evidence was thin "
        '"There is evidence of their involvement, but there is no evidence of how well it works," '
        "Tom Reyes said."
    )
    assert speaker_of(quotes_of(text), "no evidence of how well") == "Tom Reyes"


def test_a_pronoun_after_the_closing_mark_keeps_the_clause_speaker(quotes_of) -> None:
    text = (
        "After the vote, a ministry spokesperson, Lena Fisk, indicated the country was disappointed: "
        '"While we await a clarification of the resolution," he said, "we urge the leaders to reconsider."'
    )
    assert speaker_of(quotes_of(text), "await a clarification") == "Lena Fisk"


def person(text: str, start: int) -> Mention:
    return Mention(text=text, span=(start, start + len(text)), sentence=0, kind="PERSON")


def test_a_name_split_after_a_particle_keeps_its_first_part() -> None:
    first, head = person("Crown Prince Ali bin", 0), person("Hamad of Qatar", 21)
    assert name_split_before(head, [first, head])


def test_a_title_before_a_name_is_no_split_name() -> None:
    first, head = person("House", 0), person("Democratic Leader Ann Orr", 6)
    assert not name_split_before(head, [first, head])


SURNAME_FIRST = (
    "Zhang Wei is a professor of American studies in Shanghai. Officials met Tom Reyes in March. "
    "Zhang says the envoy might not follow up on the proposal. "
    '"The administration might adopt a more practical policy after six months," he added.'
)


def test_a_surname_written_first_is_the_person_named_before(quotes_of) -> None:
    quotes = quotes_of(SURNAME_FIRST, unmentioned="Zhang")
    assert speaker_of(quotes, "more practical policy") == "Zhang Wei"


def test_a_surname_with_its_own_mention_speaks(quotes_of) -> None:
    assert speaker_of(quotes_of(SURNAME_FIRST), "more practical policy") in ("Zhang", "Zhang Wei")
