"""Records to JSON-ready dicts and back, for the Spark job's Parquet output and ``eventwire load``.

``to_dict`` of the records gives the JSON shape (``event_to_dict`` keeps the full confidence, which
``Event.to_dict`` rounds); these functions read it back into the same records (the derived counts of
``Event.to_dict`` are ignored), so analyses survive the trip unchanged.
"""

from __future__ import annotations

from typing import Any

from eventwire.records import Article, Entity, Event, IngestError, Place, Quote, Report

Data = dict[str, Any]


def event_to_dict(event: Event) -> Data:
    """``Event.to_dict`` with the confidence unrounded."""
    data = event.to_dict()
    data["confidence"] = event.confidence
    return data


def _span(value: Any) -> tuple[int, int] | None:
    return (int(value[0]), int(value[1])) if value else None


def entity_from_dict(d: Data) -> Entity:
    return Entity.from_dict(d)


def place_from_dict(d: Data | None) -> Place | None:
    return Place.from_dict(d) if d is not None else None


def report_from_dict(d: Data) -> Report:
    span = _span(d["span"])
    assert span is not None
    return Report(
        article_id=d["article_id"],
        source_path=d["source_path"],
        sentence=d["sentence"],
        span=span,
        url=d.get("url"),
        outlet=d.get("outlet"),
        published=d.get("published"),
        trigger_span=_span(d.get("trigger_span")),
        report_id=d.get("report_id"),
        reason=d.get("reason"),
    )


def event_from_dict(d: Data) -> Event:
    attributed = d.get("attributed_to")
    return Event(
        event_id=d["event_id"],
        event_type=d["event_type"],
        actor=[entity_from_dict(e) for e in d.get("actor") or []],
        recipient=[entity_from_dict(e) for e in d.get("recipient") or []],
        reports=[report_from_dict(r) for r in d.get("reports") or []],
        mode=d.get("mode"),
        context=list(d.get("context") or []),
        quad_class=d.get("quad_class"),
        date=d.get("date"),
        date_precision=d.get("date_precision", "unknown"),
        date_end=d.get("date_end"),
        date_expression=d.get("date_expression"),
        date_source=d.get("date_source"),
        location=place_from_dict(d.get("location")),
        story_id=d.get("story_id"),
        confidence=float(d.get("confidence", 0.5)),
        attributed_to=entity_from_dict(attributed) if attributed else None,
    )


def quote_from_dict(d: Data) -> Quote:
    span = _span(d["span"])
    assert span is not None
    speaker = d.get("speaker")
    return Quote(
        text=d["text"],
        span=span,
        speaker=entity_from_dict(speaker) if speaker else None,
        article_id=d["article_id"],
        date=d.get("date"),
    )


def article_from_dict(d: Data) -> Article:
    return Article(
        article_id=d["article_id"],
        source_path=d["source_path"],
        text=d["text"],
        title=d.get("title"),
        url=d.get("url"),
        outlet=d.get("outlet"),
        published=d.get("published"),
        published_source=d.get("published_source"),
        language=d.get("language"),
        dateline=d.get("dateline"),
        offsets=[(int(a), int(b), int(c)) for a, b, c in d.get("offsets") or []],
        record_id=d.get("record_id"),
    )


def error_from_dict(d: Data) -> IngestError:
    return IngestError(source_path=d["source_path"], reason=d["reason"])
