"""Event records as rows for CSV and Parquet, and as PLOVER JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from eventwire.records import Entity, Event, independent_sources

CSV_FIELDS = [
    "event_id",
    "event_type",
    "mode",
    "context",
    "quad_class",
    "date",
    "date_precision",
    "date_end",
    "date_expression",
    "actor_name",
    "actor_kb_id",
    "actor_country",
    "actor_sectors",
    "recipient_name",
    "recipient_kb_id",
    "recipient_country",
    "recipient_sectors",
    "location_name",
    "location_country",
    "location_feature",
    "location_source",
    "lat",
    "lon",
    "story_id",
    "confidence",
    "n_reports",
    "n_articles",
    "n_outlets",
    "n_sources",
    "first_published",
    "sentence",
    "reason",
    "urls",
    "source_paths",
]


def _join(values: Iterable[str | None]) -> str:
    return "; ".join(v for v in values if v)


def _side(prefix: str, ents: list[Entity]) -> dict[str, str]:
    return {
        f"{prefix}_name": _join(e.name for e in ents),
        f"{prefix}_kb_id": _join(e.kb_id for e in ents),
        f"{prefix}_country": _join(e.country for e in ents),
        f"{prefix}_sectors": _join("/".join(e.sectors) for e in ents),
    }


def flat_row(ev: Event) -> dict[str, Any]:
    """One flat row per event: lists joined with '; ', the first report's sentence (and why it was coded)
    as evidence."""
    loc = ev.location
    published = sorted(r.published for r in ev.reports if r.published)
    return {
        "event_id": ev.event_id,
        "event_type": ev.event_type,
        "mode": ev.mode or "",
        "context": _join(ev.context),
        "quad_class": ev.quad_class or "",
        "date": ev.date or "",
        "date_precision": ev.date_precision,
        "date_end": ev.date_end or "",
        "date_expression": ev.date_expression or "",
        **_side("actor", ev.actor),
        **_side("recipient", ev.recipient),
        "location_name": loc.name if loc else "",
        "location_country": (loc.country or "") if loc else "",
        "location_feature": loc.feature if loc else "",
        "location_source": (loc.source or "") if loc else "",
        "lat": loc.lat if loc and loc.lat is not None else "",
        "lon": loc.lon if loc and loc.lon is not None else "",
        "story_id": ev.story_id or "",
        "confidence": round(ev.confidence, 3),
        "n_reports": len(ev.reports),
        "n_articles": len({r.article_id for r in ev.reports}),
        "n_outlets": len({r.outlet or r.source_path for r in ev.reports}),
        "n_sources": independent_sources(ev.reports),
        "first_published": published[0] if published else "",
        "sentence": ev.reports[0].sentence if ev.reports else "",
        "reason": (ev.reports[0].reason or "") if ev.reports else "",
        "urls": _join(r.url for r in ev.reports),
        "source_paths": _join(r.source_path for r in ev.reports),
    }


def write_csv(events: Iterable[Event], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow(flat_row(ev))
        n += 1
    return n


def csv_text(events: Iterable[Event]) -> str:
    buf = io.StringIO()
    write_csv(events, buf)
    return buf.getvalue()


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    n = 0
    for ev in events:
        out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def _plover_actor(e: Entity) -> dict[str, Any]:
    return {
        "raw_text": e.mention,
        "entity_name": e.name,
        "identifier_id": e.kb_id,
        "wiki_description": e.role,
        "country_name": e.country,
        "sector_code": e.sectors[0] if e.sectors else None,
        "other_sector_codes": ",".join(e.sectors[1:]),
    }


def plover_record(ev: Event) -> dict[str, Any]:
    """An event in the PLOVER manual's JSON layout (chapter "Data Fields")."""
    loc = ev.location
    first = ev.reports[0] if ev.reports else None
    return {
        "id": ev.event_id,
        "date": ev.date,
        "date_precision": ev.date_precision,
        "date_end": ev.date_end,
        "event": ev.event_type,
        "mode": ev.mode or "",
        "context": ",".join(ev.context),
        "quad_class": ev.quad_class,
        "actor": [_plover_actor(e) for e in ev.actor],
        "recipient": [_plover_actor(e) for e in ev.recipient],
        "geolocation": (
            {
                "placename": loc.name,
                "country": loc.country,
                "lat": loc.lat,
                "lon": loc.lon,
                "feature": loc.feature,
                "source": loc.source,
            }
            if loc
            else None
        ),
        "text": first.sentence if first else None,
        "url": first.url if first else None,
        "story_id": ev.story_id,
        "confidence": round(ev.confidence, 3),
        "sources": [r.to_dict() for r in ev.reports],
    }


def write_plover_json(events: Iterable[Event], out: TextIO) -> int:
    """A JSON array of PLOVER records, streamed."""
    out.write("[\n")
    n = 0
    for ev in events:
        out.write((",\n" if n else "") + json.dumps(plover_record(ev), ensure_ascii=False))
        n += 1
    out.write("\n]\n")
    return n


def write_parquet(events: Iterable[Event], path: Path, chunk: int = 10_000) -> int:
    """Flat rows (as in CSV, numbers typed) plus the full record as JSON, written in row groups."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            (
                name,
                pa.float64()
                if name in ("lat", "lon", "confidence")
                else pa.int64()
                if name in ("n_reports", "n_articles", "n_outlets", "n_sources")
                else pa.string(),
            )
            for name in CSV_FIELDS
        ]
        + [("record", pa.string())]
    )
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for rows in _chunks(events, chunk):
            table = pa.Table.from_pylist([_typed(ev) for ev in rows], schema=schema)
            writer.write_table(table)
            n += len(rows)
        if n == 0:
            writer.write_table(pa.Table.from_pylist([], schema=schema))
    return n


def _typed(ev: Event) -> dict[str, Any]:
    row = flat_row(ev)
    for name in ("lat", "lon"):
        row[name] = row[name] if row[name] != "" else None
    row["record"] = json.dumps(ev.to_dict(), ensure_ascii=False)
    return row


def _chunks(items: Iterable[Event], size: int) -> Iterator[list[Event]]:
    batch: list[Event] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


TEXT_WRITERS = {"plover-json": write_plover_json, "jsonl": write_jsonl, "csv": write_csv}
FORMATS = (*TEXT_WRITERS, "parquet")


def export_events(events: Iterable[Event], path: Path, format: str) -> int:
    """Write events to ``path`` in one of FORMATS, consuming them as they come (a stream of any length).
    The file appears only when complete: it is written beside the target and renamed at the end."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r} (one of {', '.join(FORMATS)})")
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        if format == "parquet":
            n = write_parquet(events, partial)
        else:
            with partial.open("w", encoding="utf-8", newline="") as fh:
                n = TEXT_WRITERS[format](events, fh)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return n
