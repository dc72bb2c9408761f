"""The events stage: code PLOVER events, with evidence, from a parsed article and its actor mentions.

Public interface:
    EventCoder()(doc, mentions, article) -> tuple[list[Event], list[Quote]]
        Events that happened (not planned, hoped, conditional or denied), each with one Report
        (sentence, sentence span, trigger span), actor and recipient Entities, mode, context,
        quad class and confidence; undated and unlocated (the timeline stage adds those).
        Quotes with their speakers.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import Article, Event, Mention, Quote


class EventCoder:
    def __call__(
        self, doc: Doc, mentions: list[Mention], article: Article
    ) -> tuple[list[Event], list[Quote]]:
        raise NotImplementedError  # SKELETON: being built
