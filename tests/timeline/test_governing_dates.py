"""Session 34: participles told at their verb's time, a lede told as a statement, and the date of the
statement that reports an event (short articles written for these tests, events built by hand)."""

from __future__ import annotations

import pytest
from tests.timeline.test_annotate import make_event, run

PUBLISHED = "2021-03-10"  # a Wednesday
# a lede of two sentences that tells no time and no event, so that the events below are not its own
FILLER = (
    "The region has seen unrest for many years now. Prices of bread and fuel rose again across the country."
)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a participle adjunct shares its verb's day
        ("Gunmen stormed a market in the north on Sunday, killing nine traders.", "killing", "2021-03-07"),
        (
            "Gunmen stormed a market on Sunday, killing nine traders and wounding six.",
            "wounding",
            "2021-03-07",
        ),
        ("On Monday the union sent a letter urging the ministry to reopen talks.", "urging", "2021-03-08"),
        # twin: a participle after "after" tells another time: not Monday (and, since session 35, not the
        # report's day either, which dates only the main happening and events told as going on)
        (
            "The police detained the organiser on Monday after protesting outside parliament.",
            "protesting",
            None,
        ),
    ],
)
def test_participle_takes_the_day_of_its_verb(nlp, gazetteer, sentence, trigger, expected) -> None:
    text = f"{FILLER} {sentence}"
    (event,) = run(nlp, gazetteer, text, [make_event(text, sentence, trigger, "ASSAULT")], PUBLISHED)
    assert event.date == expected


def test_a_lede_told_as_a_statement_dates_the_main_happening(nlp, gazetteer) -> None:
    text = (
        "Gunmen stormed a market in the north on Sunday, police said. "
        "The county council approved a new budget on Monday. "
        "The gunmen also torched several shops and cars."
    )
    torched = make_event(
        text, "The gunmen also torched several shops and cars.", "torched", "ASSAULT", "gunmen"
    )
    stormed = make_event(
        text, "Gunmen stormed a market in the north on Sunday, police said.", "stormed", "ASSAULT", "gunmen"
    )
    run(nlp, gazetteer, text, [stormed, torched], PUBLISHED)
    assert (torched.date, torched.date_source) == ("2021-03-07", "lede")


def test_a_lede_whose_date_is_not_of_its_main_clause_lends_none(nlp, gazetteer) -> None:
    """Twin: "which opened on Sunday" dates the market, not the lede's happening."""
    text = (
        "Gunmen stormed a market which opened on Sunday, in the north of the country. "
        "The gunmen also torched several shops and cars."
    )
    torched = make_event(
        text, "The gunmen also torched several shops and cars.", "torched", "ASSAULT", "gunmen"
    )
    stormed = make_event(text, text.split(". ")[0] + ".", "stormed", "ASSAULT", "gunmen")
    run(nlp, gazetteer, text, [stormed, torched], PUBLISHED)
    assert (torched.date, torched.date_source) == (PUBLISHED, "published")


def test_the_statement_date_bounds_a_reported_event(nlp, gazetteer) -> None:
    sentence = "The army said on Tuesday it had arrested five suspects, accusing them of smuggling."
    text = f"{FILLER} {sentence}"
    arrested = make_event(text, sentence, "arrested", "COERCE", "army")
    accusing = make_event(text, sentence, "accusing", "ACCUSE", "army")
    run(nlp, gazetteer, text, [arrested, accusing], PUBLISHED)
    assert (arrested.date, arrested.date_source, arrested.date_expression) == (
        "2021-03-09",
        "statement",
        "Tuesday",
    )
    assert (accusing.date, accusing.date_source) == ("2021-03-09", "statement")


def test_an_undated_statement_leaves_the_report_date(nlp, gazetteer) -> None:
    """Twin: the statement tells no day, and a past event that is not the lede's happening is not
    given the report's day (session 35): it stays undated."""
    sentence = "The army said it had arrested five suspects in the capital."
    text = f"{FILLER} {sentence}"
    (event,) = run(
        nlp, gazetteer, text, [make_event(text, sentence, "arrested", "COERCE", "army")], PUBLISHED
    )
    assert (event.date, event.date_source) == (None, None)


@pytest.mark.parametrize(
    ("told", "trigger", "expected"),
    [
        # told in the past after a lede of a recent day, as a statement reported: the report's news day
        (
            "Police detained two of the protesters near the square, a spokesman said.",
            "detained",
            ("2021-03-07", "lede"),
        ),
        # twin: another party's past act that nothing ties to the lede's happening is as often days
        # before (session 36): undated
        ("Police detained two men near the square.", "detained", (None, None)),
        # twin: told in the present, the report's own day
        ("Police are detaining protesters near the square.", "detaining", (PUBLISHED, "published")),
    ],
)
def test_past_events_after_a_dated_lede_take_its_news_day(nlp, gazetteer, told, trigger, expected) -> None:
    event = after_a_march(nlp, gazetteer, "on Sunday", told, trigger, "police")
    assert (event.date, event.date_source) == expected


def test_a_lede_of_a_day_long_before_publication_is_no_news_day(nlp, gazetteer) -> None:
    """Twin: a lede dated a month before publication tells background, not the report's news day; nor
    is the report's own day that of a past event it does not lead with (session 35)."""
    told = "Police detained two of the protesters near the square."
    event = after_a_march(nlp, gazetteer, "on February 2", told, "detained", "police")
    assert (event.date, event.date_source) == (None, None)


@pytest.mark.parametrize(
    ("told", "trigger", "expected"),
    [
        # a time told only as "at the time" or "years ago" is background: undated
        ("At the time, the minister called for a full inquiry into the police.", "called", (None, None)),
        ("The minister was convicted of fraud years ago in another court.", "convicted", (None, None)),
        # twin: the same clause without them, reported, is the report's news day
        (
            "The minister called for a full inquiry into the police, his office said.",
            "called",
            ("2021-03-07", "lede"),
        ),
    ],
)
def test_a_time_told_only_as_another_time_is_background(nlp, gazetteer, told, trigger, expected) -> None:
    event = after_a_march(nlp, gazetteer, "on Sunday", told, trigger, "minister")
    assert (event.date, event.date_source) == expected


def test_a_lede_read_as_a_noun_phrase_still_dates_the_happening(nlp, gazetteer) -> None:
    """A headline-like lede the parser reads as a noun phrase ("An official … discussed on Sunday …",
    the verb an "acl" of the root noun): its day is the lede's date for the happening told again."""
    lede = (
        "A senior government official and the head of the United Nations mission in the country "
        "discussed on Sunday the support for local forces and ways to enhance stability in the region"
    )
    told = "The national security adviser and the mission's head discussed ways to improve training."
    text = f"{lede}\n\n{told}"
    event = make_event(text, told, "discussed", "CONSULT", "adviser")
    run(nlp, gazetteer, text, [event], "2021-12-27")
    assert (event.date, event.date_source) == ("2021-12-26", "lede")


def test_a_participle_of_a_subject_is_no_headline(nlp, gazetteer) -> None:
    """Twin: "The protesters arrested on Sunday appeared in court": the day dates the arrests of the
    subject, not the lede's happening (the root is a verb), so the later past event is undated."""
    lede = (
        "The protesters arrested on Sunday appeared before a magistrate in the capital for a short hearing."
    )
    second = "Their lawyers asked for the charges to be dropped because of a lack of evidence."
    told = "The police detained two more men near the court."
    text = f"{lede} {second} {told}"
    event = make_event(text, told, "detained", "COERCE", "police")
    run(nlp, gazetteer, text, [event], "2021-12-27")
    assert (event.date, event.date_source) == (None, None)


def after_a_march(nlp, gazetteer, when: str, told: str, trigger: str, actor: str):
    """The event of ``told``, the third sentence of an article whose lede dates a march ``when``."""
    lede = f"Thousands of people marched through the capital {when} against the new tax on fuel."
    second = "The organisers had called the march through posts on social media."
    text = f"{lede} {second} {told}"
    event = make_event(text, told, trigger, "COERCE", actor)
    run(nlp, gazetteer, text, [event], PUBLISHED)
    return event


@pytest.mark.parametrize(
    ("told", "trigger", "expected"),
    [
        # told days from another happening: the text does not say which day
        ("The riot came a day after the minister held talks with the unions.", "held", (None, None)),
        (
            "Two days prior to the vote, a judge dismissed the lawsuit of the union.",
            "dismissed",
            (None, None),
        ),
        # a count of days measured from a named happening (session 35)
        ("Within a day before the vote, police arrested thirty men.", "arrested", (None, None)),
        # twin: a span with no happening to count from
        ("Within a day, police arrested thirty men, officials said.", "arrested", ("2021-03-07", "lede")),
        # twin: hours after stays within the report's news day
        ("The minister held talks with the unions hours after the march.", "held", ("2021-03-07", "lede")),
    ],
)
def test_a_happening_told_days_from_another_is_undated(nlp, gazetteer, told, trigger, expected) -> None:
    event = after_a_march(nlp, gazetteer, "on Sunday", told, trigger, "minister")
    assert (event.date, event.date_source) == expected


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ("In 2011, revolts toppled two governments in the region.", ("2011-03", "month", "sentence")),
        # twin: no year told before it, so the sentence says when but not which March
        ("Revolts toppled two governments in the region.", (None, "unknown", "sentence")),
    ],
)
def test_that_month_is_in_the_year_told_last(nlp, gazetteer, history, expected) -> None:
    """ "That March" is March of the year the text told last (session 35), never the report's day."""
    lede = "Fuel prices rose again across the country this week. Unions called a strike for next month."
    told = "That March, students protested in the north."
    text = f"{lede} {history} {told}"
    protest = make_event(text, told, "protested", "PROTEST", "students")
    run(nlp, gazetteer, text, [protest], PUBLISHED)
    assert (protest.date, protest.date_precision, protest.date_source) == expected


@pytest.mark.parametrize(
    ("told", "trigger", "actor", "expected"),
    [
        # someone the lede names, speaking in the present inside a quotation: said on the lede's day
        (
            '"We support the efforts of the government," Jan Kowal said.',
            "support",
            "Jan Kowal",
            (PUBLISHED, "lede"),
        ),
        # twins: a past act the quotation tells, and a speaker the lede does not name
        (
            '"We supported the efforts of the government," Jan Kowal said.',
            "supported",
            "Jan Kowal",
            (None, None),
        ),
        (
            '"We support the efforts of the government," Anna Nowak said.',
            "support",
            "Anna Nowak",
            (None, None),
        ),
        # a quotation opened in the sentence before, in the same paragraph (session 36)
        (
            'Jan Kowal told reporters: "The talks were long. We support the efforts of the government."',
            "support",
            "Jan Kowal",
            (PUBLISHED, "lede"),
        ),
        # twin: the quotation closed before the sentence
        (
            'Jan Kowal called the talks "long". We support the efforts of the government, the unions said.',
            "support",
            "Jan Kowal",
            (None, None),
        ),
    ],
)
def test_a_quotation_of_someone_the_lede_names_is_said_on_its_day(
    nlp, gazetteer, told, trigger, actor, expected
):
    """Session 35 (policy 2e)."""
    lede = "Foreign minister Jan Kowal said on Wednesday that the talks with his counterpart had gone well."
    second = "The two delegations met for three hours behind closed doors."
    text = f"{lede} {second} {told}"
    sentence = told.split(". ", 1)[-1] if told.count(". ") else told
    event = make_event(text, sentence, trigger, "SUPPORT", actor)
    run(nlp, gazetteer, text, [event], PUBLISHED)
    assert (event.date, event.date_source) == expected


@pytest.mark.parametrize(
    ("told", "trigger", "expected"),
    [
        # a verb of continuing in the simple present: still going on, the report's own day (session 35)
        (
            "Anti-government protests continue in the capital and the south.",
            "protests",
            (PUBLISHED, "published"),
        ),
        # twins: a past act, and a present that is no happening going on
        ("Anti-government protests erupted in the capital and the south.", "protests", (None, None)),
        (
            "Anti-government protests usually draw crowds in the capital and the south.",
            "protests",
            (None, None),
        ),
    ],
)
def test_a_happening_told_as_continuing_is_of_the_report_day(nlp, gazetteer, told, trigger, expected) -> None:
    lede = "The prime minister met union leaders to discuss the price of fuel and of bread."
    second = "The talks ended without an agreement after three hours."
    text = f"{lede} {second} {told}"
    event = make_event(text, told, trigger, "PROTEST", "protesters")
    run(nlp, gazetteer, text, [event], PUBLISHED)
    assert (event.date, event.date_source) == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a count of times tells acts of no one day (session 36)
        ('"The army has more than once shelled the town," Jan Kowal said.', (None, None)),
        # twin: the act of the day, in the present of the quotation
        ('"The army is shelling the town," Jan Kowal said.', (PUBLISHED, "lede")),
    ],
)
def test_a_count_of_times_in_a_quotation_is_no_day(nlp, gazetteer, told, expected):
    lede = "Foreign minister Jan Kowal said on Wednesday that the talks with his counterpart had gone well."
    second = "The two delegations met for three hours behind closed doors."
    text = f"{lede} {second} {told}"
    event = make_event(text, told, "shell", "ASSAULT", "Jan Kowal")
    run(nlp, gazetteer, text, [event], PUBLISHED)
    assert (event.date, event.date_source) == expected


@pytest.mark.parametrize(
    ("told", "trigger", "expected"),
    [
        # session 36: another party's act told in the past, tied to nothing of the lede: as often days before
        ("The agreement was signed by the two energy ministers.", "signed", (None, None)),
        ("The embassy turned down the request of the organisers.", "turned", (None, None)),
        # the past perfect is before the lede's day by its tense, even when reported
        ("The council had banned the march, officials said.", "banned", (None, None)),
        # a quotation told in the past is an act the speaker recalls
        ('"We banned the march because it was not safe," the mayor told reporters.', "banned", (None, None)),
        # twins: the lede's happening named, "the" thing the lede told, and a statement reported
        ("The march was blocked by riot police at the bridge.", "blocked", ("2021-03-07", "lede")),
        ("The tax was suspended by the council.", "suspended", ("2021-03-07", "lede")),
        ("The council banned two more marches, officials said.", "banned", ("2021-03-07", "lede")),
    ],
)
def test_a_past_act_takes_the_news_day_only_when_tied_to_its_happening(
    nlp, gazetteer, told, trigger, expected
) -> None:
    event = after_a_march(nlp, gazetteer, "on Sunday", told, trigger, "council")
    assert (event.date, event.date_source) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # session 36: a day that dates a happening introduced by "before" / "after" is that happening's
        ("Police detained dozens of activists before the vote on Sunday.", None),
        ("Police detained dozens of activists after Monday's attack.", None),
        ("Police detained dozens of activists in the wake of Monday's attack.", None),
        # twins: the day of the event's own clause, also beside a clock time after "after"
        ("Police detained dozens of activists on Sunday before the vote.", "2021-03-07"),
        ("Police detained dozens of activists shortly after 3 p.m. on Monday.", "2021-03-08"),
    ],
)
def test_a_day_of_another_happening_is_not_the_events(nlp, gazetteer, sentence, expected) -> None:
    text = f"{FILLER} {sentence}"
    (event,) = run(nlp, gazetteer, text, [make_event(text, sentence, "detained", "COERCE")], PUBLISHED)
    assert event.date == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # session 36: a participle adjunct told at the verb's time lends the verb its day
        ("The president condemned the ruling, tweeting on Saturday that it was a disgrace.", "2021-03-06"),
        # twin: a participle of another time lends nothing
        ("The president condemned the ruling after tweeting on Saturday that it was a disgrace.", None),
    ],
)
def test_a_participle_adjunct_dates_its_verb(nlp, gazetteer, sentence, expected) -> None:
    text = f"{FILLER} {sentence}"
    (event,) = run(nlp, gazetteer, text, [make_event(text, sentence, "condemned", "ACCUSE")], PUBLISHED)
    assert event.date == expected
