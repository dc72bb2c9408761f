"""Shared fixtures of the events tests: the parser, the coder and a one-call coding helper."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.actors import ActorResolver, KnowledgeBase
from eventwire.events import EventCoder, mentions_from_entities
from eventwire.nlp import load_pipeline
from eventwire.records import Article, Entity, Event, Quote

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

# Hand-made resolutions for the actor names used in these tests (the actors stage does this for real).
COUNTRIES = {
    "russia": "RUS",
    "ukraine": "UKR",
    "france": "FRA",
    "germany": "DEU",
    "iran": "IRN",
    "iraq": "IRQ",
    "israel": "ISR",
    "japan": "JPN",
    "canada": "CAN",
    "chile": "CHL",
    "peru": "PER",
    "norway": "NOR",
    "kenya": "KEN",
    "turkey": "TUR",
    "the united states": "USA",
    "washington": "USA",
    "egypt": "EGY",
}

Coded = tuple[list[Event], list[Quote]]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def coder() -> EventCoder:
    return EventCoder()


@pytest.fixture(scope="session")
def code(nlp: Language, coder: EventCoder) -> Callable[..., Coded]:
    """Code a text as one article; mentions come from spaCy entities with hand-made countries."""

    def run(text: str, published: str | None = "2024-03-15", article_id: str = "test-1") -> Coded:
        doc = nlp(text)
        article = Article(article_id=article_id, source_path="test.txt", text=text, published=published)
        mentions = []
        for mention in mentions_from_entities(doc):
            code = COUNTRIES.get(mention.text.lower())
            if code:
                entity = Entity(name=mention.text, mention=mention.text, country=code, kb_id=code)
                mention = replace(mention, candidates=[entity])
            mentions.append(mention)
        return coder(doc, mentions, article)

    return run


@pytest.fixture(scope="session")
def rules_code(nlp: Language, coder: EventCoder) -> Callable[[str], tuple[list[Event], list[Quote]]]:
    """Code a text with the rules alone (no classifier weighting), mentions from spaCy's entities."""
    rules = EventCoder(lexicon=coder.lexicon, use_classifier=False)

    def run(text: str) -> tuple[list[Event], list[Quote]]:
        doc = nlp(text)
        return rules(doc, mentions_from_entities(doc), Article(article_id="t", source_path="t", text=text))

    return run


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def resolved_code(nlp: Language, coder: EventCoder) -> Callable[[str], Coded]:
    """Code a text as one article with the actors stage's mentions (the packaged KB only)."""
    resolver = ActorResolver(KnowledgeBase.load(include_user=False))

    def run(text: str) -> Coded:
        doc = nlp(text)
        article = Article(article_id="resolved", source_path="test.txt", text=text, published="2024-03-15")
        return coder(doc, resolver(doc, article), article)

    return run
