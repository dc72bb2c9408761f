"""Round 28: statements and their speakers — a body a description names ("the commission said", "the NGO
said"), the issuer of a statement ("the statement added"), an unnamed person named by the description rather
than a country, a person whose title was given at an earlier mention, "who" outside a relative clause, and
what is no statement (a legal text, "no one said", "let's say"). Each rule with a text written for its test
and a twin where it must not fire."""

from __future__ import annotations

import pytest

from eventwire.events import mentions_from_entities
from eventwire.records import Article, Entity, Mention, Quote


def described(text: str, words: str, name: str, country: str, sectors: list[str]) -> Mention:
    """A description mention the actors stage would code with a country ("the judge": Syria, JUD)."""
    start = text.index(words)
    entity = Entity(name=name, mention=words, kb_id=country, country=country, sectors=sectors)
    return Mention(text=words, span=(start, start + len(words)), sentence=0, kind="DESC", candidates=[entity])


def organisation(text: str, words: str, sectors: list[str] | None = None) -> Mention:
    """A named organisation mention with a country and its sectors."""
    start = text.index(words)
    entity = Entity(name=words, mention=words, country="USA", sectors=sectors or [])
    return Mention(text=words, span=(start, start + len(words)), sentence=0, kind="ORG", candidates=[entity])


@pytest.fixture(scope="module")
def quotes_of(nlp, coder):
    def run(text: str, extra: list[Mention] | None = None) -> list[Quote]:
        doc = nlp(text)
        article = Article(article_id="t28", source_path="t28.txt", text=text, published="2024-03-15")
        mentions = mentions_from_entities(doc)
        added = list(extra or [])
        mentions = [m for m in mentions if not any(overlaps(m, e) for e in added)] + added
        _, quotes = coder(doc, sorted(mentions, key=lambda m: m.span), article)
        return quotes

    return run


def overlaps(one: Mention, other: Mention) -> bool:
    return one.span[0] < other.span[1] and other.span[0] < one.span[1]


def with_words(quotes: list[Quote], words: str) -> list[Quote]:
    return [q for q in quotes if words in q.text]


def speaker_of(quotes: list[Quote], words: str) -> Entity | None:
    found = with_words(quotes, words)
    assert found, [q.text for q in quotes]
    return found[0].speaker


# --- a body a description names -------------------------------------------------------------------------


def test_the_commission_is_the_commission_named_before(quotes_of) -> None:
    text = (
        "The Harbour Safety Commission met on Monday to review the ferry schedules. "
        "Two crossings will be cut from the winter timetable, the commission said."
    )
    body = organisation(text, "Harbour Safety Commission")
    speaker = speaker_of(quotes_of(text, [body]), "Two crossings will be cut")
    assert speaker is not None and speaker.name == "Harbour Safety Commission"


def test_the_commission_with_a_name_of_its_own_keeps_it(quotes_of) -> None:
    text = (
        "The Harbour Safety Commission met on Monday to review the ferry schedules. "
        "Two crossings will be cut from the winter timetable, the Lowland Commission said."
    )
    body = organisation(text, "Harbour Safety Commission")
    speaker = speaker_of(quotes_of(text, [body]), "Two crossings will be cut")
    assert speaker is None or speaker.name != "Harbour Safety Commission"


def test_the_ngo_is_the_organisation_named_just_before(quotes_of) -> None:
    text = (
        "The law would apply to forty farms in the valley, according to Green Fields. "
        'More than 900 families would be "moved", the NGO said.'
    )
    body = organisation(text, "Green Fields")
    speaker = speaker_of(quotes_of(text, [body]), "900 families")
    assert speaker is not None and speaker.name == "Green Fields"


def test_the_ngo_is_no_ministry_named_before(quotes_of) -> None:
    text = (
        "The law would apply to forty farms in the valley, according to the Farming Ministry. "
        'More than 900 families would be "moved", the NGO said.'
    )
    ministry = organisation(text, "Farming Ministry", ["GOV"])
    speaker = speaker_of(quotes_of(text, [ministry]), "900 families")
    assert speaker is None or speaker.name != "Farming Ministry"


def test_the_statement_added_is_the_issuer_of_the_statement(quotes_of) -> None:
    text = (
        '"We will keep working with every partner to regain our status," the Harbour Board said in its '
        'statement. "The progress of our reforms is stable and positive," the statement added.'
    )
    board = organisation(text, "Harbour Board")
    speaker = speaker_of(quotes_of(text, [board]), "progress of our reforms")
    assert speaker is not None and speaker.name == "Harbour Board"


def test_the_statement_added_without_a_statement_before_names_no_one_before(quotes_of) -> None:
    text = (
        '"We will keep working with every partner to regain our status," the Harbour Board said on '
        'Tuesday. "The progress of our reforms is stable and positive," the statement added.'
    )
    board = organisation(text, "Harbour Board")
    speaker = speaker_of(quotes_of(text, [board]), "progress of our reforms")
    assert speaker is None or speaker.name != "Harbour Board"


# --- an unnamed person, named by the description -----------------------------------------------------------


def test_a_former_judge_is_named_as_such_not_as_the_country(quotes_of) -> None:
    text = (
        "The trials at the field court lasted minutes. "
        '"The judge asks the name of the detainee and then the verdict is read," a former judge said.'
    )
    judge = described(text, "judge said", "Syria", "SYR", ["JUD"])
    judge.text, judge.span = "judge", (judge.span[0], judge.span[0] + 5)
    speaker = speaker_of(quotes_of(text, [judge]), "The judge asks")
    assert speaker is not None and speaker.name == "former judge"
    assert speaker.country == "SYR" and speaker.sectors == ["JUD"]  # the actors stage's code stays


def test_a_minister_of_a_portfolio_is_named_with_it(quotes_of) -> None:
    text = (
        "The talks on trade ended on Friday. "
        '"The sanctions have failed in economic and political terms," the Minister of Foreign Affairs said.'
    )
    minister = described(text, "Minister of Foreign Affairs", "Hungary", "HUN", ["GOV"])
    speaker = speaker_of(quotes_of(text, [minister]), "The sanctions have failed")
    assert speaker is not None and speaker.name == "Minister of Foreign Affairs"


def test_a_description_the_actors_stage_identified_keeps_the_person(quotes_of) -> None:
    text = (
        "The trials at the field court lasted minutes. "
        '"The judge asks the name of the detainee and then the verdict is read," the chief judge said.'
    )
    judge = described(text, "judge said", "Ann Cole", "SYR", ["JUD"])
    judge.text, judge.span = "judge", (judge.span[0], judge.span[0] + 5)
    judge.candidates[0].kb_id = "Q123"
    speaker = speaker_of(quotes_of(text, [judge]), "The judge asks")
    assert speaker is not None and speaker.name == "Ann Cole"


def test_a_body_coded_with_its_country_keeps_the_country_name(quotes_of) -> None:
    text = (
        "The trials at the field court lasted minutes. "
        '"The court asks the name of the detainee and then the verdict is read," the government said.'
    )
    government = described(text, "government", "Syria", "SYR", ["GOV"])
    speaker = speaker_of(quotes_of(text, [government]), "The court asks")
    assert speaker is not None and speaker.name == "Syria"


def test_the_ambassador_is_the_person_whose_title_was_given_far_back(quotes_of) -> None:
    filler = "The talks went on for many hours in the old hall near the river. " * 45
    text = (
        'The Russian ambassador to Peru, Boris Mironov, said: "The talks will resume soon." '
        + filler
        + '"Both sides must keep talking about the border," Mironov added. '
        + 'The ambassador stressed that the "ceasefire must be kept by both sides without fail."'
    )
    speaker = speaker_of(quotes_of(text), "ceasefire must be kept")
    assert speaker is not None and speaker.name.endswith("Mironov")  # "Mironov" named before


def test_the_ambassador_is_not_a_person_never_given_the_title(quotes_of) -> None:
    filler = "The talks went on for many hours in the old hall near the river. " * 45
    text = (
        'The Peruvian trader Boris Mironov said: "The talks will resume soon." '
        + filler
        + '"Both sides must keep talking about the border," Mironov added. '
        + 'The ambassador stressed that the "ceasefire must be kept by both sides without fail."'
    )
    speaker = speaker_of(quotes_of(text), "ceasefire must be kept")
    assert speaker is None or not speaker.name.endswith("Mironov")


def test_the_artist_is_the_artist_named_in_the_lead(quotes_of) -> None:
    text = (
        "A memorial made of three old buses by the Danish artist Tom Reyes was unveiled on Tuesday. "
        "The artist said he wanted to show that the city has another side to it."
    )
    speaker = speaker_of(quotes_of(text), "he wanted to show")
    assert speaker is not None and speaker.name == "Tom Reyes"


def test_the_artist_is_not_a_person_named_without_the_title(quotes_of) -> None:
    text = (
        "A memorial made of three old buses paid for by Tom Reyes was unveiled on Tuesday. "
        "The artist said he wanted to show that the city has another side to it."
    )
    speaker = speaker_of(quotes_of(text), "he wanted to show")
    assert speaker is None or speaker.name != "Tom Reyes"


# --- "who" outside a relative clause -----------------------------------------------------------------------


def test_who_after_a_speech_verb_is_that_verbs_subject(quotes_of) -> None:
    text = (
        "The letters amounted to attempted extortion, investigators said, who said the probe had begun "
        "last week into forged identity papers."
    )
    speaker = speaker_of(quotes_of(text), "the probe had begun")
    assert speaker is not None and speaker.name == "investigators"


def test_who_of_a_relative_clause_is_the_noun_it_hangs_on(quotes_of) -> None:
    text = "Tom Reyes, who said the probe had begun last week, declined to name the suspects."
    speaker = speaker_of(quotes_of(text), "the probe had begun")
    assert speaker is not None and speaker.name == "Tom Reyes"


# --- no statement ---------------------------------------------------------------------------------------


def test_an_amendment_quoted_is_a_text_not_a_statement(quotes_of) -> None:
    text = 'The 14th Amendment states: "all persons born in the country are citizens of the state."'
    assert not with_words(quotes_of(text), "all persons born")


def test_a_senator_quoting_is_a_statement(quotes_of) -> None:
    text = 'Senator Ann Cole states: "all persons born in the country are citizens of the state."'
    assert with_words(quotes_of(text), "all persons born")


def test_what_no_candidate_mentioned_is_no_statement(quotes_of) -> None:
    text = "No candidate mentioned that there are dealers hovering near the injecting room every night."
    assert not with_words(quotes_of(text), "dealers hovering")


def test_what_every_candidate_mentioned_is_a_statement(quotes_of) -> None:
    text = "Every candidate mentioned that there are dealers hovering near the injecting room every night."
    assert with_words(quotes_of(text), "dealers hovering")


def test_what_nobody_said_is_no_statement(quotes_of) -> None:
    text = 'Nobody said "the bridge will be closed for the whole of the summer season."'
    assert not with_words(quotes_of(text), "bridge will be closed")


def test_lets_say_in_an_interview_is_no_statement(quotes_of) -> None:
    text = "Let's say a broader range of countries that recognise the scale of the need join the effort."
    assert not with_words(quotes_of(text), "broader range")


def test_they_say_is_a_statement(quotes_of) -> None:
    text = "Officials say a broader range of countries that recognise the scale of the need join the effort."
    assert with_words(quotes_of(text), "broader range")
