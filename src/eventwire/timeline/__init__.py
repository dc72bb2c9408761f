"""The timeline stage: when and where each event happened.

Public interface:
    find_dates(text, published) -> list[TimeExpression]
        Date and time expressions in text order, resolved against the publication date
        (None: relative expressions stay unresolved).
    Gazetteer.load() -> Gazetteer;  find_places(gazetteer, text, doc=None) -> list[Place]
        Place mentions in text order, resolved offline.
    annotate(events, doc, article, gazetteer, whole_text=None) -> None
        Set each event's date, date_precision, date_end, date_expression, date_source and location from its
        sentence, falling back to the lede, the publication date and the article's dateline
        (``whole_text``: the article's own text when ``article`` is the fast path's view of it).
"""

from __future__ import annotations

from eventwire.timeline.attach import annotate
from eventwire.timeline.dates import find_dates
from eventwire.timeline.gazetteer import Gazetteer
from eventwire.timeline.places import find_places

__all__ = ["Gazetteer", "annotate", "find_dates", "find_places"]
