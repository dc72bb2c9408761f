"""Records to rows and back: JSON shapes for entities and places, flat rows for filters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from eventwire.records import Entity, Event, Place, Report


def entity_json(e: Entity) -> dict[str, Any]:
    return e.to_dict()


def entities_from_json(items: list[dict[str, Any]] | None) -> list[Entity]:
    return [Entity.from_dict(d) for d in items or []]


def place_from_json(d: dict[str, Any] | None) -> Place | None:
    return Place.from_dict(d) if d else None


def report_from_row(m: Mapping[str, Any]) -> Report:
    """A report from a reports row joined with its article's source, url, outlet, published, copy_of."""
    return Report(
        article_id=m["article_id"],
        source_path=m["source_path"],
        sentence=m["sentence"],
        span=(m["span_start"], m["span_end"]),
        url=m["url"],
        outlet=m["outlet"],
        published=m["published"],
        trigger_span=(m["trigger_start"], m["trigger_end"]) if m["trigger_start"] is not None else None,
        report_id=m["report_id"],
        copy_of=m["copy_of"],
        reason=m.get("reason"),
    )


def event_from_row(
    m: Mapping[str, Any], event_id: str, reports: list[Report], story_id: str | None = None
) -> Event:
    """An event from an events (or reports) row, with its reports."""
    attributed = entities_from_json([m["attributed_to"]]) if m["attributed_to"] else []
    return Event(
        event_id=event_id,
        event_type=m["event_type"],
        actor=entities_from_json(m["actor"]),
        recipient=entities_from_json(m["recipient"]),
        reports=reports,
        mode=m["mode"],
        context=list(m["context"] or []),
        quad_class=m["quad_class"],
        date=m["date"],
        date_precision=m["date_precision"],
        date_end=m.get("date_end"),
        date_expression=m["date_expression"],
        date_source=m["date_source"],
        location=place_from_json(m["location"]),
        story_id=story_id,
        confidence=m["confidence"],
        attributed_to=attributed[0] if attributed else None,
    )


def report_row(ev: Event) -> dict[str, Any]:
    """The row of an article-level event (exactly one report)."""
    rep = ev.reports[0]
    return {
        "report_id": ev.event_id,
        "article_id": rep.article_id,
        "event_id": None,
        "event_type": ev.event_type,
        "mode": ev.mode,
        "context": list(ev.context),
        "quad_class": ev.quad_class,
        "actor": [entity_json(e) for e in ev.actor],
        "recipient": [entity_json(e) for e in ev.recipient],
        "attributed_to": entity_json(ev.attributed_to) if ev.attributed_to else None,
        "date": ev.date,
        "date_precision": ev.date_precision,
        "date_end": ev.date_end,
        "date_expression": ev.date_expression,
        "date_source": ev.date_source,
        "location": ev.location.to_dict() if ev.location else None,
        "confidence": ev.confidence,
        "sentence": rep.sentence,
        "span_start": rep.span[0],
        "span_end": rep.span[1],
        "trigger_start": rep.trigger_span[0] if rep.trigger_span else None,
        "trigger_end": rep.trigger_span[1] if rep.trigger_span else None,
        "reason": rep.reason,
    }


def event_rows(ev: Event) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The row of a merged event and its flattened actor rows."""
    loc = ev.location
    published = sorted(r.published for r in ev.reports if r.published)
    row = {
        "event_id": ev.event_id,
        "story_id": ev.story_id,
        "event_type": ev.event_type,
        "mode": ev.mode,
        "context": list(ev.context),
        "quad_class": ev.quad_class,
        "date": ev.date,
        "date_precision": ev.date_precision,
        "date_end": ev.date_end,
        "date_expression": ev.date_expression,
        "date_source": ev.date_source,
        "location": loc.to_dict() if loc else None,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_feature": loc.feature if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "confidence": ev.confidence,
        "actor": [entity_json(e) for e in ev.actor],
        "recipient": [entity_json(e) for e in ev.recipient],
        "attributed_to": entity_json(ev.attributed_to) if ev.attributed_to else None,
        "n_reports": len(ev.reports),
        "n_articles": len({r.article_id for r in ev.reports}),
        "n_outlets": len({r.outlet or r.source_path for r in ev.reports}),
        "first_published": published[0] if published else None,
    }
    actors = [
        {
            "event_id": ev.event_id,
            "side": side,
            "position": i,
            "name": e.name,
            "kb_id": e.kb_id,
            "country": e.country,
            "sectors": ",".join(e.sectors),
            "role": e.role,
            "mention": e.mention,
            "actor_key": entity_key(e),
        }
        for side, ents in (("actor", ev.actor), ("recipient", ev.recipient))
        for i, e in enumerate(ents)
    ]
    return row, actors


def entity_key(e: Entity) -> str:
    """An actor's identity across events: its KB id, or its name when it has none."""
    return e.kb_id or e.name


def actor_terms(
    key: str, name: str | None, mention: str | None, kb_id: str | None
) -> set[tuple[str, str, str]]:
    """(term, kind, actor_key) rows an actor search matches: lower-cased name and mention, and KB id."""
    terms = {(x.lower(), "name", key) for x in (name, mention) if x}
    if kb_id:
        terms.add((kb_id.lower(), "id", key))
    return terms
