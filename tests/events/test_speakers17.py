"""Round 17: statement speakers — a description that refers back to a named person, "he"/"she" with no
speaker before, a person named in the speaker's phrase with the organisation they speak for, "it says",
"who said", "according to" inside a quotation, an inverted "asked the president", and quotations the fast
path did not read. Each rule with a text written for its test and a twin where it must not fire."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.events import mentions_from_entities
from eventwire.records import Article, Entity, Quote


@pytest.fixture(scope="module")
def quotes_of(nlp, coder):
    """Quotes of a text with stand-in mentions; ``resolved`` gives some mention texts a country and role."""

    def run(text: str, resolved: dict[str, tuple[str, str | None]] | None = None, view: str | None = None):
        parsed = view if view is not None else text
        doc = nlp(parsed)
        mentions = []
        for mention in mentions_from_entities(doc):
            country, role = (resolved or {}).get(mention.text, (None, None))
            if country:
                entity = Entity(name=mention.text, mention=mention.text, country=country, role=role)
                mention = replace(mention, candidates=[entity])
            mentions.append(mention)
        article = Article(article_id="t17", source_path="t17.txt", text=parsed, published="2024-03-15")
        _, quotes = coder(doc, mentions, article, whole_text=text if view is not None else None)
        return quotes

    return run


def quote_starting(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(words)]
    assert found, [q.text for q in quotes]
    return found[0]


def speaker_name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


# A description that refers back to a named person of that role.

DIPLOMAT = (
    "Deputy Foreign Minister Ivan Petrov spoke to reporters in Kiev on Tuesday. "
    '"The crisis has become a serious international problem," the diplomat said.'
)


def test_the_diplomat_is_the_minister_named_before(quotes_of):
    quote = quote_starting(quotes_of(DIPLOMAT), "The crisis")
    assert speaker_name(quote) == "Ivan Petrov"
    assert quote.speaker.mention == "diplomat"


def test_the_diplomat_is_not_a_named_person_of_another_role(quotes_of):
    text = DIPLOMAT.replace("Deputy Foreign Minister", "Opposition leader")
    assert speaker_name(quote_starting(quotes_of(text), "The crisis")) != "Ivan Petrov"


def test_the_french_diplomat_is_not_the_russian_minister(quotes_of):
    resolved = {"Ivan Petrov": ("RUS", "Deputy Minister of Foreign Affairs"), "French": ("FRA", None)}
    russian = quotes_of(DIPLOMAT, resolved)
    assert speaker_name(quote_starting(russian, "The crisis")) == "Ivan Petrov"
    french = quotes_of(DIPLOMAT.replace("the diplomat", "the French diplomat"), resolved)
    assert speaker_name(quote_starting(french, "The crisis")) != "Ivan Petrov"


def test_two_named_diplomats_leave_the_description_alone(quotes_of):
    text = (
        "Foreign Minister Ivan Petrov met Ambassador Paul Martin in Kiev on Tuesday. "
        '"The crisis has become a serious international problem," the diplomat said.'
    )
    assert speaker_name(quote_starting(quotes_of(text), "The crisis")) not in ("Ivan Petrov", "Paul Martin")


# "he"/"she" when no one has spoken before: the last person named.


def test_she_with_no_speaker_before_is_the_person_named(quotes_of):
    text = (
        "Health Minister Jane Wanjiru visited the flooded city of Mombasa on Monday. "
        '"We will rebuild every house that the water destroyed," she said.'
    )
    assert speaker_name(quote_starting(quotes_of(text), "We will rebuild")) == "Jane Wanjiru"


def test_she_with_no_one_named_has_no_speaker(quotes_of):
    text = '"We will rebuild every house that the water destroyed," she said.'
    assert speaker_name(quote_starting(quotes_of(text), "We will rebuild")) is None


def test_she_is_the_last_speaker_rather_than_the_last_person_named(quotes_of):
    text = (
        "Jane Wanjiru said the border would stay open. Officials later met Peter Otieno in Garissa. "
        '"We will not close the border to traders," she said.'
    )
    assert speaker_name(quote_starting(quotes_of(text), "We will not close")) == "Jane Wanjiru"


# A person named in the speaker's phrase, with the organisation they speak for.


def test_a_title_with_the_name_in_apposition_is_the_person(quotes_of):
    text = '"The talks were useful and frank," Kenya\'s ambassador to Peru, Peter Otieno, said on Monday.'
    quote = quote_starting(quotes_of(text, {"Kenya": ("KEN", None)}), "The talks")
    assert speaker_name(quote) == "Peter Otieno"
    assert quote.speaker.country == "KEN"  # the country the title names, as the person has none


def test_a_title_without_a_name_stays_the_country(quotes_of):
    text = '"The talks were useful and frank," Kenya\'s ambassador said on Monday.'
    quote = quote_starting(quotes_of(text, {"Kenya": ("KEN", None)}), "The talks")
    assert quote.speaker is not None and quote.speaker.country == "KEN"


def test_a_spokesperson_keeps_the_organisation(quotes_of):
    text = (
        '"The ministry will answer every request," said Samuel Kiprop, a spokesman for the Kenyan '
        "Interior Ministry, on Monday."
    )
    resolved = {"the Kenyan Interior Ministry": ("KEN", None), "Kenyan Interior Ministry": ("KEN", None)}
    quote = quote_starting(quotes_of(text, resolved), "The ministry")
    assert speaker_name(quote) == "Samuel Kiprop"
    assert quote.speaker.country == "KEN" and "spokesperson" in (quote.speaker.role or "")


def test_a_persons_lawyers_are_not_the_person(quotes_of):
    text = '"We will appeal against the ruling at once," Peter Otieno\'s lawyers said on Monday.'
    assert speaker_name(quote_starting(quotes_of(text), "We will appeal")) != "Peter Otieno"


def test_a_place_the_speakers_are_in_is_not_the_speaker(quotes_of):
    text = "Tour operators in the coastal town of Malindi say more and more visitors are coming to the reef."
    quotes = quotes_of(text)
    assert quotes and all(speaker_name(q) != "Malindi" for q in quotes)
    assert any(q.speaker is not None and "operators" in q.speaker.name.lower() for q in quotes)


# "it says", "who said", "this underlined".


def test_it_says_does_not_take_the_previous_speaker(quotes_of):
    text = (
        "Jane Wanjiru said the rules were clear. "
        "The Clean Rivers Trust published its own figures on Monday. "
        '"Most homes still recycle far too little plastic," it says.'
    )
    quote = quote_starting(quotes_of(text), "Most homes")
    assert speaker_name(quote) != "Jane Wanjiru"


def test_who_said_is_the_person_the_clause_describes(quotes_of):
    text = (
        "The reward was announced by Governor Ann Cole, who said the state would pay for every repair "
        "in the flooded towns."
    )
    quotes = quotes_of(text)
    assert any(speaker_name(q) == "Ann Cole" for q in quotes), [(q.text, speaker_name(q)) for q in quotes]


def test_this_underlined_is_no_speaker(quotes_of):
    text = "This underlined that a complete switch was needed to protect the patients, the researchers said."
    assert all(speaker_name(q) != "This" for q in quotes_of(text))


# "according to" inside a quotation is the speaker's own words.


def test_according_to_inside_a_quotation_is_not_its_source(quotes_of):
    text = (
        'Ambassador Peter Otieno said tourism had grown. "It was a record year," he said. '
        '"According to the official data of the statistics agency, the number of visitors doubled."'
    )
    quote = quote_starting(quotes_of(text), "According to")
    assert speaker_name(quote) == "Peter Otieno"


def test_according_to_outside_a_quotation_is_its_source(quotes_of):
    text = '"The number of visitors doubled last year," according to Ambassador Peter Otieno.'
    assert speaker_name(quote_starting(quotes_of(text), "The number")) == "Peter Otieno"


# An inverted speaker after a quotation.


def test_asked_the_president_is_the_presidents_question(quotes_of):
    text = '"Are you already tired of this long debate?" asked the president.'
    quote = quote_starting(quotes_of(text), "Are you")
    assert quote.speaker is not None and "president" in quote.speaker.mention.lower()


def test_a_subject_before_asked_stays_the_speaker(quotes_of):
    text = 'Jane Wanjiru asked the president, "Are you already tired of this long debate?"'
    assert speaker_name(quote_starting(quotes_of(text), "Are you")) == "Jane Wanjiru"


# Quotations the fast path did not read.

PORT = (
    "Jane Wanjiru said the port had been closed for a week. "
    '"The harbour will reopen next week," Peter Otieno said. '
    '"Ships are already waiting outside the harbour walls."'
)


def blank_sentence(text: str, sentence: str) -> str:
    start = text.index(sentence)
    return text[:start] + " " * len(sentence) + text[start + len(sentence) :]


def test_a_quotation_after_unread_text_does_not_take_the_speaker_before_it(quotes_of):
    view = blank_sentence(PORT, '"The harbour will reopen next week," Peter Otieno said.')
    quotes = quotes_of(PORT, view=view)
    assert not [q for q in quotes if q.text.startswith("The harbour")]  # blanked: not read
    assert all(speaker_name(q) != "Jane Wanjiru" for q in quotes if q.text.startswith("Ships"))


def test_a_quotation_after_read_text_takes_the_speaker_before_it(quotes_of):
    quote = quote_starting(quotes_of(PORT, view=PORT), "Ships")
    assert speaker_name(quote) == "Peter Otieno"
