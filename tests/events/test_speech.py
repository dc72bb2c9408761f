"""Reported speech and quotations: attribution, statements and speakers."""

from __future__ import annotations


def test_reported_event_is_coded_and_attributed(code):
    events, quotes = code("Police said that gunmen attacked a checkpoint near the border on Sunday.")
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert events[0].attributed_to is not None and events[0].attributed_to.mention == "Police"
    assert {e.mention for e in events[0].actor} == {"gunmen"}
    assert [q.text for q in quotes] == ["gunmen attacked a checkpoint near the border on Sunday"]
    assert quotes[0].speaker is not None and quotes[0].speaker.mention == "Police"


def test_trailing_attribution_is_kept(code):
    events, _ = code("Rebels shelled the airport overnight, the army said on Monday.")
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert events[0].attributed_to is not None and events[0].attributed_to.mention == "army"


def test_according_to_attributes_the_event(code):
    events, _ = code(
        "Troops arrested six suspects in Mombasa, according to a statement by the Kenyan police."
    )
    assert [e.event_type for e in events] == ["COERCE"]
    assert events[0].attributed_to is not None


def test_claims_are_less_certain_than_plain_reports(code):
    plain, _ = code("Soldiers shot two smugglers near the border on Sunday.")
    claimed, _ = code("The group claimed that soldiers shot two smugglers near the border on Sunday.")
    assert plain and claimed
    assert claimed[0].confidence < plain[0].confidence


def test_curly_quote_with_speaker_after_it(code):
    text = (
        "\u201cWe will not accept any interference in our affairs,\u201d said Foreign Minister Maria Lopez."
    )
    _, quotes = code(text)
    assert len(quotes) == 1
    assert quotes[0].text.startswith("We will not accept any interference")
    assert quotes[0].speaker is not None and quotes[0].speaker.mention == "Maria Lopez"
    assert quotes[0].article_id == "test-1" and quotes[0].date == "2024-03-15"


def test_straight_quote_with_pronoun_speaker_resolves_to_last_named_speaker(code):
    text = (
        "Prime Minister Daniel Okoth spoke to reporters in Nairobi on Monday. "
        "Okoth said the talks had been useful. "
        '"Our neighbours know that we want peace and trade," he said.'
    )
    _, quotes = code(text)
    quoted = [q for q in quotes if q.text.startswith("Our neighbours")]
    assert quoted and quoted[0].speaker is not None
    assert quoted[0].speaker.mention == "Okoth"


def test_quote_spans_point_at_the_quoted_text(code):
    text = 'The minister said: "The border will remain open for humanitarian convoys."'
    _, quotes = code(text)
    quoted = [q for q in quotes if q.text.startswith("The border")]
    assert quoted
    start, end = quoted[0].span
    assert text[start:end] == quoted[0].text


def test_short_scare_quotes_are_not_statements(code):
    _, quotes = code('The so-called "peace plan" was published on Monday.')
    assert quotes == []
