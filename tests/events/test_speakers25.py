"""Round 25: statements and their speakers — the speech verb a quotation hangs on in the parse, a name in
apposition after a possessed title, a reported clause's subject left on the speech verb's side, clauses
that repeat a quotation or lie inside another statement, a writer's clause before a colon, a quoted title,
and "he"/"she" after a newly introduced person. Each rule with a text written for its test and a twin
where it must not fire."""

from __future__ import annotations

import pytest

from eventwire.events import mentions_from_entities
from eventwire.records import Article, Quote


@pytest.fixture(scope="module")
def quotes_of(nlp, coder):
    def run(text: str) -> list[Quote]:
        doc = nlp(text)
        article = Article(article_id="t25", source_path="t25.txt", text=text, published="2024-03-15")
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


THREAT = '"We will hit them very hard if they attack."'


def test_the_speech_verb_whose_clause_holds_the_quotation_speaks(quotes_of) -> None:
    text = (
        "Governor Ann Cole also answered the senator's letter on Monday, when President Tom Reyes said: "
        + THREAT
    )
    assert speaker_of(quotes_of(text), "hit them very hard") == "Tom Reyes"


def test_the_first_speech_verb_speaks_when_it_holds_the_quotation(quotes_of) -> None:
    text = "Governor Ann Cole answered the senator's letter on Monday and said: " + THREAT
    assert speaker_of(quotes_of(text), "hit them very hard") == "Ann Cole"


def test_a_speech_verb_right_after_the_closing_mark_speaks(quotes_of) -> None:
    text = (
        "After Governor Ann Cole warned of a strike, "
        + '"we will hit them very hard if they attack," President Tom Reyes said.'
    )
    assert speaker_of(quotes_of(text), "hit them very hard") == "Tom Reyes"


def test_a_name_in_apposition_after_a_possessed_title_speaks(quotes_of) -> None:
    text = (
        "Governor Ann Cole's pick for labor secretary, Tom Reyes, admitted on Monday that he had employed "
        "an undocumented worker for years."
    )
    assert speaker_of(quotes_of(text), "undocumented worker") == "Tom Reyes"


def test_a_possessed_title_without_a_name_keeps_its_phrase(quotes_of) -> None:
    text = (
        "Governor Ann Cole's pick for labor secretary admitted on Monday that he had employed an "
        "undocumented worker for years."
    )
    assert speaker_of(quotes_of(text), "undocumented worker") != "Tom Reyes"


def test_a_name_in_apposition_after_a_title_with_a_complement_speaks(quotes_of) -> None:
    text = "The head of the mission in Kabul, Tom Reyes, said on Monday that the talks had failed."
    assert speaker_of(quotes_of(text), "talks had failed") == "Tom Reyes"


def test_a_reported_clause_keeps_the_subject_the_parse_left_on_the_verbs_side(quotes_of) -> None:
    text = (
        "Tom Reyes said the researchers would like to follow up the study to confirm the observed twists "
        "are indeed the birth of an exoplanet."
    )
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].text.startswith("the researchers") and quotes[0].text.endswith("exoplanet")


def test_a_reported_clause_with_its_own_subject_is_unchanged(quotes_of) -> None:
    text = "Tom Reyes said the researchers would like to follow up the study next year."
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["the researchers would like to follow up the study next year"]


def test_a_reported_clause_that_is_only_a_quotation_is_not_stored_twice(quotes_of) -> None:
    text = 'Prime Minister Tom Reyes tweeted "Deeply saddened by the loss of lives in the fire" on Monday.'
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["Deeply saddened by the loss of lives in the fire"]


def test_a_reported_clause_with_words_of_its_own_beside_a_quotation_is_kept(quotes_of) -> None:
    text = (
        'Tom Reyes said the minister was "deeply saddened by the loss of lives" and would visit the '
        "town on Friday."
    )
    quotes = quotes_of(text)
    assert any(q.text.startswith("the minister was") for q in quotes)


def test_a_clause_set_off_by_a_colon_is_the_writers(quotes_of) -> None:
    text = (
        "The researchers noted implications for penguin conservation: Tom Reyes remarked, "
        '"Over the years, this team has helped preserve the land around the colonies."'
    )
    quotes = quotes_of(text)
    assert not any("noted implications" in q.text for q in quotes)
    assert speaker_of(quotes, "helped preserve") == "Tom Reyes"


def test_a_fronted_clause_set_off_by_a_comma_is_reported(quotes_of) -> None:
    text = "The colonies have shrunk by half in ten years, Tom Reyes remarked on Monday."
    assert speaker_of(quotes_of(text), "colonies have shrunk") == "Tom Reyes"


def test_a_quoted_title_in_apposition_is_no_statement(quotes_of) -> None:
    text = 'Tom Reyes says his event, "Storm the Castle, They Can\'t Stop All of Us", was posted as a joke.'
    quotes = quotes_of(text)
    assert not any(q.text == "Storm the Castle, They Can't Stop All of Us" for q in quotes)


def test_a_quoted_message_in_apposition_is_a_statement(quotes_of) -> None:
    text = 'Tom Reyes says his message, "we will never give up this fight", was clear to all.'
    assert any(q.text == "we will never give up this fight" for q in quotes_of(text))


COACH = '"We will win on Sunday," said coach Peter Lund. '
WARD = (
    'She oversees the flow of patients. "It has been a hard winter for all of us." '
    + '"People have no time to catch their breath," she says.'
)


def test_she_after_a_newly_introduced_person_and_quotations_is_that_person(quotes_of) -> None:
    text = COACH + "Ann Orr is the head of clinical services at the hospital. " + WARD
    assert speaker_of(quotes_of(text), "catch their breath") == "Ann Orr"


def test_she_after_sentences_about_no_person_is_the_last_speaker(quotes_of) -> None:
    text = COACH + "The hospital is full this winter. " + WARD
    assert speaker_of(quotes_of(text), "catch their breath") == "Peter Lund"


def test_a_speech_verb_of_another_sense_inside_a_reported_clause_is_the_reporters(quotes_of) -> None:
    text = (
        "Biologist Tom Reyes told a magazine the frequency of spiky skulls in frogs suggested a deep "
        'pattern: "Somehow these frogs are turning on some very old machinery in their genes."'
    )
    assert speaker_of(quotes_of(text), "old machinery") == "Tom Reyes"


def test_a_verb_of_saying_inside_a_reported_clause_speaks_for_its_subject(quotes_of) -> None:
    text = (
        'Nurses at the clinic say they still "have no real idea of the cause" of the illness, '
        "the lawyer Tom Reyes told reporters."
    )
    quotation = [q for q in quotes_of(text) if q.text == "have no real idea of the cause"]
    assert quotation and quotation[0].speaker is not None
    assert quotation[0].speaker.name != "Tom Reyes"


def test_a_subject_naming_no_one_gives_way_to_the_verb_above_it(quotes_of) -> None:
    text = (
        "Mitch Olsen publicly stated the trial would not be impartial, saying he expected "
        '"a largely partisan outcome in the chamber".'
    )
    assert speaker_of(quotes_of(text), "partisan outcome") == "Mitch Olsen"


def test_a_speech_verb_joined_to_the_quotations_own_verb_is_not_its_speaker(quotes_of) -> None:
    text = (
        'The proclamation by Governor Ann Cole said "the outbreak in the state constitutes an emergency" '
        "and said the emergency began on March 1."
    )
    assert speaker_of(quotes_of(text), "constitutes an emergency") != "state"


def test_the_object_of_told_is_no_stranded_subject(quotes_of) -> None:
    text = "Tom Reyes told the court the plant had been closed since the summer of last year."
    assert not any(q.text.startswith("the court") for q in quotes_of(text))


def test_a_defense_chief_is_the_secretary_named_before(quotes_of) -> None:
    text = (
        "Defense Secretary Tom Reyes visited Tokyo on Monday. Although the defense chief said "
        '"the rival navy has shredded the trust of nations in the region", he saw no need for new drills.'
    )
    assert speaker_of(quotes_of(text), "shredded the trust") == "Tom Reyes"


def test_a_chief_with_no_fitting_person_named_before_is_not_given_one(quotes_of) -> None:
    text = (
        "Senator Ann Cole visited Tokyo on Monday. Although the defense chief said "
        '"the rival navy has shredded the trust of nations in the region", she saw no need for new drills.'
    )
    assert speaker_of(quotes_of(text), "shredded the trust") != "Ann Cole"
