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


def test_a_long_phrase_quoted_in_the_writers_sentence_is_no_statement(code):
    _, quotes = code('The resort, long known as the "cradle of the old kingdom", hosts two races a year.')
    assert quotes == []


def test_a_quoted_paragraph_standing_alone_keeps_the_last_speaker(code):
    text = (
        '"The border will stay closed until the talks resume," Interior Minister Ana Duarte said. '
        '"We owe that to the families of the victims."'
    )
    _, quotes = code(text)
    alone = [q for q in quotes if q.text.startswith("We owe that")]
    assert alone and alone[0].speaker is not None and alone[0].speaker.mention == "Ana Duarte"


def test_an_apostrophe_written_as_a_quote_mark_opens_no_quotation(code):
    text = 'The mayor said residents haven"t been told why the bridge is shut and don"t know when it reopens.'
    _, quotes = code(text)
    assert quotes, "the reported clause is still a statement"
    assert all(text[q.span[0] - 1] != '"' for q in quotes)


def test_an_inch_mark_opens_no_quotation(code):
    text = 'The navy fitted a 12" gun to the ship. "We are ready for any attack," the admiral said.'
    _, quotes = code(text)
    assert [q.text for q in quotes] == ["We are ready for any attack,"]


def test_quotation_marks_pair_in_the_whole_text_when_a_view_blanks_sentences(nlp, coder):
    """The fast path parses a view with sentences blanked at the same offsets: its quotations are the
    whole article's (those starting in the sentences it reads), however the blanking cut the marks."""
    from eventwire.records import Article

    blanked = 'A stall sold "rare records to tourists. '
    text = (
        "Soldiers shelled the village of Tamu on Monday. "
        + blanked
        + '"We will not abandon the people of Tamu," the governor said. "Help is coming soon," he added.'
    )
    start, end = text.index(blanked), text.index(blanked) + len(blanked)
    view_text = text[:start] + " " * len(blanked) + text[end:]
    article = Article(article_id="a", source_path="test.txt", text=text, published="2024-03-15")
    view = Article(article_id="a", source_path="test.txt", text=view_text, published="2024-03-15")
    _, slow = coder(nlp(text), [], article)
    view_doc = nlp(view_text)
    _, fast = coder(view_doc, [], view, whole_text=text)

    def read(quotes):
        return [(q.span, q.text) for q in quotes if not start <= q.span[0] < end]

    assert read(fast) == read(slow)
    assert [q.text for q in fast] == ["We will not abandon the people of Tamu,", "Help is coming soon,"]


def test_one_stray_mark_does_not_turn_the_later_quotations_inside_out(code):
    text = (
        'The stall sold "rare records to tourists. '
        '"We will not abandon the people of Tamu," the governor said. '
        'He called it "the worst attack in years". "Help is coming to the valley," he added.'
    )
    _, quotes = code(text)
    assert [q.text for q in quotes] == [
        "We will not abandon the people of Tamu,",
        "the worst attack in years",
        "Help is coming to the valley,",
    ]


def test_that_said_is_a_discourse_marker_not_a_speaker(code):
    _, quotes = code("That said, we understand the farmers who feel that the new law has hurt them.")
    assert quotes == []
    text = "That said, the army will keep its bases in the north, the ministry said on Monday."
    _, twin = code(text)
    assert [q.speaker.mention for q in twin if q.speaker] == ["ministry"]
    assert twin[0].text.startswith("the army") and text[slice(*twin[0].span)] == twin[0].text


def test_a_reported_attribution_alone_is_no_statement(code):
    _, quotes = code("The clinic treated 25 wounded people, local radio reported the governor said.")
    assert [q.text for q in quotes] == ["The clinic treated 25 wounded people"]
    _, twin = code("Local radio reported the governor said the road would reopen on Friday.")
    assert any("the road would reopen" in q.text for q in twin)


def test_a_paper_quoting_someone_as_saying_relays_their_statement(code):
    relayed = "Russia and Iran share goals in Syria, Vedomosti quotes ex-envoy Andrei Baklanov as saying."
    _, quotes = code(relayed)
    assert [q.speaker.mention for q in quotes if q.speaker] == ["Andrei Baklanov"]
    text = "The paper quoted minister Olga Tarn as saying that the border would reopen on Monday."
    _, reported = code(text)
    assert [q.speaker.mention for q in reported if q.speaker] == ["Olga Tarn"]
    _, twin = code("The daily Vedomosti quoted a report on the border talks in Moscow.")
    assert all(q.speaker is None or q.speaker.mention != "a report" for q in twin)
