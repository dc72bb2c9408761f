"""The timeline stage: when and where each event happened.

Public interface:
    find_dates(text, published) -> list[TimeExpression]
        Date and time expressions in text order, resolved against the publication date
        (None: relative expressions stay unresolved).
    Gazetteer.load() -> Gazetteer;  gazetteer.find_places(text) -> list[Place]
        Place mentions in text order, resolved offline.
    annotate(events, doc, article, gazetteer) -> None
        Set each event's date, date_precision, date_expression and location from its sentence,
        falling back to the article's dateline and context.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import Article, Event, Place, TimeExpression


def find_dates(text: str, published: str | None) -> list[TimeExpression]:
    raise NotImplementedError  # SKELETON: being built


class Gazetteer:
    @classmethod
    def load(cls) -> Gazetteer:
        raise NotImplementedError  # SKELETON: being built

    def find_places(self, text: str) -> list[Place]:
        raise NotImplementedError  # SKELETON: being built


def annotate(events: list[Event], doc: Doc, article: Article, gazetteer: Gazetteer) -> None:
    raise NotImplementedError  # SKELETON: being built
