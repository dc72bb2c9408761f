"""Evidence on every event: one Report with the right sentence and spans, an id and a confidence."""

from __future__ import annotations

import pytest

from eventwire.events import EventCodingError
from eventwire.records import Article

TEXT = (
    "The minister arrived in Lima on Monday.\n\n"
    "Peru and Chile signed a fisheries agreement in the capital on Tuesday. "
    "Officials called the deal historic."
)


def test_report_points_at_the_sentence_and_trigger(code):
    events, _ = code(TEXT)
    signed = [e for e in events if e.event_type == "SUPPORT"]
    assert len(signed) == 1
    event = signed[0]
    assert len(event.reports) == 1
    report = event.reports[0]
    start, end = report.span
    assert TEXT[start:end] == report.sentence
    assert report.sentence.startswith("Peru and Chile signed")
    t_start, t_end = report.trigger_span
    assert TEXT[t_start:t_end] == "signed"
    assert (report.article_id, report.source_path, report.published) == ("test-1", "test.txt", "2024-03-15")
    for entity in event.actor:
        assert TEXT[entity.span[0] : entity.span[1]] == entity.mention


def test_event_ids_are_deterministic_and_distinct(code):
    first, _ = code(TEXT)
    second, _ = code(TEXT)
    other, _ = code(TEXT, article_id="test-2")
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert {e.event_id for e in first}.isdisjoint({e.event_id for e in other})


def test_confidence_is_in_range_and_reflects_argument_resolution(code):
    resolved, _ = code("Russia attacked Ukraine on Thursday.")
    unresolved, _ = code("Someone attacked a village on Thursday.")
    assert all(0.0 <= e.confidence <= 1.0 for e in resolved + unresolved)
    assert resolved[0].confidence > unresolved[0].confidence


def test_date_location_and_story_are_left_to_other_stages(code):
    events, _ = code("Russia attacked Ukraine on Thursday.")
    assert (events[0].date, events[0].location, events[0].story_id) == (None, None, None)


def test_doc_of_another_text_is_a_clear_error(nlp, coder):
    doc = nlp("Russia attacked Ukraine.")
    article = Article(article_id="a", source_path="broken.txt", text="Something else entirely.")
    with pytest.raises(EventCodingError, match=r"broken\.txt"):
        coder(doc, [], article)


def test_empty_article_gives_nothing(nlp, coder):
    article = Article(article_id="a", source_path="empty.txt", text="  ")
    assert coder(nlp(article.text), [], article) == ([], [])


def test_min_confidence_filters_weak_events(nlp):
    from eventwire.events import EventCoder

    text = "Someone attacked a village on Thursday."
    article = Article(article_id="a", source_path="x.txt", text=text)
    doc = nlp(text)
    assert EventCoder(min_confidence=0.0)(doc, [], article)[0]
    assert EventCoder(min_confidence=0.99)(doc, [], article)[0] == []
