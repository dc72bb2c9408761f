"""The fast path through the pipeline: the same events as the full path, at the article's offsets."""

from __future__ import annotations

from dataclasses import replace

from scale_texts import STORY, WIRE, article

import eventwire.nlp
import eventwire.nlp.pipeline
from eventwire.pipeline import Stages, analyse, parsed_view


def coded(stages: Stages, selector, articles):
    fast = replace(stages, selector=selector)
    return list(analyse(stages, articles)), list(analyse(fast, articles))


def test_fast_and_full_paths_code_the_same_events(stages, selector) -> None:
    articles = [article(STORY, article_id="story")] + [
        article(d["text"], d["date"], f"wire{n}") for n, d in enumerate(WIRE) if d["text"]
    ]
    full, fast = coded(stages, selector, articles)
    assert sum(len(an.events) for an in full) >= 6
    for slow, quick in zip(full, fast, strict=True):
        assert [e.to_dict() for e in quick.events] == [e.to_dict() for e in slow.events]
        assert quick.article is slow.article  # the analysis keeps the original article


def test_fast_path_spans_are_article_offsets(stages, selector) -> None:
    story = article(STORY)
    (_, fast) = coded(stages, selector, [story])
    events = fast[0].events
    assert events
    for event in events:
        report = event.reports[0]
        assert story.text[report.span[0] : report.span[1]] == report.sentence
        for entity in event.actor + event.recipient:
            if entity.span:
                assert story.text[entity.span[0] : entity.span[1]] == entity.mention
    for mention in fast[0].mentions:
        assert story.text[mention.span[0] : mention.span[1]] == mention.text


def test_an_article_without_event_cues_is_not_parsed(stages, selector) -> None:
    calm = article("The weather was mild. Markets were calm and the harbour was quiet.")
    full, fast = coded(stages, selector, [calm])
    assert full[0].events == fast[0].events == []
    assert fast[0].mentions == []  # nothing was parsed, so nothing was resolved


def test_text_beyond_the_parser_limit_is_blanked_not_cut(stages, monkeypatch) -> None:
    limit = 120  # instead of MAX_CHARS, so that the test stays short
    monkeypatch.setattr(eventwire.nlp, "MAX_CHARS", limit)
    monkeypatch.setattr(eventwire.nlp.pipeline, "MAX_CHARS", limit)
    sentence = "Police arrested five men in the capital on Monday. "
    story = article(sentence * 6)
    view = parsed_view(stages, story)
    assert len(view.text) == len(story.text) and not view.text[limit:].strip()
    (result,) = analyse(stages, [story])
    assert result.events  # no "parsed text is not the article's text" error
    assert max(e.reports[0].span[1] for e in result.events) <= limit


def test_load_stages_turns_the_fast_path_on_by_policy() -> None:
    from eventwire.scale import SentenceSelector, load_stages

    fast = load_stages("events")
    assert isinstance(fast.selector, SentenceSelector) and fast.selector.policy == "events"
    assert load_stages("exact").selector is None
