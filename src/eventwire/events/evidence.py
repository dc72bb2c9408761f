"""Evidence and confidence of a coded event: the Report, the event id and the confidence score."""

from __future__ import annotations

import hashlib

from spacy.tokens import Span

from eventwire.records import Article, Entity, Report

# Types whose manual entry says "Requires recipient: Yes".
RECIPIENT_REQUIRED = frozenset({"COOPERATE", "AID", "SANCTION"})


def event_id(article_id: str, trigger_span: tuple[int, int], event_type: str) -> str:
    """A deterministic id: the same article, trigger and type always give the same id."""
    key = f"{article_id}|{trigger_span[0]}-{trigger_span[1]}|{event_type}"
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def make_report(article: Article, sentence: Span, trigger_span: tuple[int, int]) -> Report:
    """The article's evidence for one event: its sentence, the sentence span and the trigger span."""
    text = sentence.text
    start = sentence.start_char + len(text) - len(text.lstrip())
    return Report(
        article_id=article.article_id,
        source_path=article.source_path,
        sentence=text.strip(),
        span=(start, start + len(text.strip())),
        url=article.url,
        outlet=article.outlet,
        published=article.published,
        trigger_span=trigger_span,
    )


IMPLICIT_AGENT_FACTOR = 0.75  # an agentless passive: the actor is left unsaid, not missed


def argument_factor(actor: list[Entity], implicit_agent: bool = False) -> float:
    """How well the actor is known: resolved to the knowledge base, a named mention, a phrase, none
    (an agentless passive counts as a phrase)."""
    if not actor:
        return IMPLICIT_AGENT_FACTOR if implicit_agent else 0.6
    best = max(actor, key=entity_quality)
    return entity_quality(best)


def entity_quality(entity: Entity) -> float:
    """1.0 resolved (kb id or country), 0.9 a named but unresolved mention, 0.75 a phrase naming an
    actor ("officials"), 0.55 a phrase that does not look like an actor ("the plan")."""
    if entity.kb_id or entity.country:
        return 1.0
    if entity.score >= 0.5:
        return 0.9
    if entity.score >= 0.3:
        return 0.75
    return 0.55


def confidence(
    strength: float,
    certainty: float,
    event_type: str,
    actor: list[Entity],
    recipient: list[Entity],
    implicit_agent: bool = False,
) -> float:
    """Confidence in [0, 1]: pattern strength x modality certainty x argument resolution.

    - strength: how reliably the trigger pattern signals this event type (curated 0.6-0.9, CAMEO-derived
      0.65);
    - certainty: 1.0 for a plain report, lower when attributed, claimed, attempted, inferred from intent
      or historical;
    - arguments: the actor's resolution, and a penalty when a type that requires a recipient has none.
    """
    score = strength * certainty * argument_factor(actor, implicit_agent)
    if event_type in RECIPIENT_REQUIRED and not recipient:
        score *= 0.85
    return max(0.0, min(1.0, score))
