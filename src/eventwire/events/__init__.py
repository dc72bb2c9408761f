"""The events stage: code PLOVER events, with evidence, from a parsed article and its actor mentions.

Public interface:
    EventCoder(min_confidence=0.5, use_classifier=True)
    coder(doc, mentions, article, whole_text=None) -> tuple[list[Event], list[Quote]]
        Events that happened (not planned, hoped, conditional or denied), each with one Report
        (sentence, sentence span, trigger span), actor and recipient Entities, mode, context,
        quad class and confidence; undated and unlocated (the timeline stage adds those).
        Quotes with their speakers (quotation marks paired in ``whole_text`` when ``article`` is a
        view of it with sentences blanked). Raises EventCodingError (one line) when doc is not article.text.
    mentions_from_entities(doc) -> list[Mention]
        Stand-in mentions from spaCy's entities (kind = entity label, no candidates), for coding
        without the actors stage (tests, benchmarks, ``code-sentences`` before actors exist).
    evaluate(shared, limit=None) -> list[DatasetScore]   (eventwire.events.evaluate)
        The evaluation on the labelled corpora in ../shared (see docs/events.md).

Modules: patterns (data loading), triggers (matching), arguments (actors and recipients),
modality, speech (quotes, attribution), furniture (boilerplate guards), segments (line-bounded
sentences), cues (modes,
contexts, transforms), merge (one event per happening), evidence (report, id, confidence), classify
(learned sentence classifier), coder (EventCoder), evaluate (scores), diagnose (why the rules miss
labelled sentences, argument overlap; a development aid), mentions (stand-in mentions), promises
(promises that commit to no cooperation), forecasts (warnings that only forecast).
"""

from __future__ import annotations

from eventwire.events.coder import EventCoder, EventCodingError
from eventwire.events.mentions import mentions_from_entities

__all__ = ["EventCoder", "EventCodingError", "mentions_from_entities"]
