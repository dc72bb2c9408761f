"""How the CLI shows things in a terminal (Rich): progress, summaries, tables, the event timeline."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text
from sqlalchemy import Connection

from eventwire.records import Entity, Event, Report
from eventwire.store import queries

PIPED_WIDTH = 160  # columns of tables written to a file or pipe (Rich's default 80 squeezes them)


def output_width(is_terminal: bool, environ: Mapping[str, str]) -> int | None:
    """The console width: the terminal's own, $COLUMNS when set, else PIPED_WIDTH for a file or pipe."""
    if is_terminal or environ.get("COLUMNS"):
        return None
    return PIPED_WIDTH


console = Console(width=output_width(sys.stdout.isatty(), os.environ))
errors = Console(stderr=True)
TIMELINE_ROWS = 200  # events shown after an ingest (eventwire events lists them all)
EVIDENCE_CHARS = 220  # characters of an evidence sentence shown in a table row


@contextmanager
def progress(quiet: bool = False) -> Iterator[Callable[[int], None]]:
    """A progress display of articles read and articles/s; yields the function that advances it."""
    if quiet:
        yield lambda n: None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} articles/s"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=errors, transient=False) as bar:
        task = bar.add_task("ingest", total=None, rate="–")

        def advance(n: int) -> None:
            bar.advance(task, n)
            elapsed = bar.tasks[task].elapsed or 0
            done = bar.tasks[task].completed
            bar.update(task, rate=f"{done / elapsed:.1f}" if elapsed else "–")

        yield advance


def actors_text(ents: Sequence[Entity]) -> str:
    parts = []
    for e in ents:
        label = e.name if e.kb_id or not e.country else f"{e.name} ({e.country})"
        codes = "/".join(x for x in (e.country, *e.sectors) if x)
        parts.append(f"{label} [{codes}]" if codes and e.kb_id else label)
    return "; ".join(parts) or "–"


def ingest_summary(summary: Any, conn: Connection, quiet: bool = False) -> None:
    """Articles read, skipped with reasons, events by type, then the event timeline."""
    counts = queries.table_counts(conn)
    line = (
        f"{summary.read} articles read, {summary.stored} stored, {summary.unchanged} unchanged, "
        f"{summary.n_skipped} skipped; database: {counts['articles']} articles, "
        f"{counts['events']} events, "
        f"{counts['stories']} stories"
    )
    if quiet:
        console.print(line)
        return
    table = Table(title="Ingest summary", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("articles read", str(summary.read))
    table.add_row("articles stored", str(summary.stored))
    table.add_row("articles already stored (unchanged)", str(summary.unchanged))
    table.add_row("articles skipped", str(summary.n_skipped))
    if getattr(summary, "finished_inputs", 0):
        table.add_row("input files finished by an earlier run (not read again)", str(summary.finished_inputs))
    for reason, n in summary.skipped_by_reason.most_common():
        table.add_row(f"  skipped: {reason}", str(n))
    for etype, n in queries.events_by_type(conn).items():
        table.add_row(f"events: {etype}", str(n))
    table.add_row("stories", str(counts["stories"]))
    console.print(table)
    for err in summary.skipped:
        errors.print(Text.assemble(("skipped ", "yellow"), str(err)), highlight=False, soft_wrap=True)
    if summary.n_skipped > len(summary.skipped):
        more = summary.n_skipped - len(summary.skipped)
        errors.print(f"… and {more} more: eventwire errors lists them all")
    shown = queries.find_events(conn, queries.EventFilter(limit=TIMELINE_ROWS))
    title = "Event timeline" if len(shown) < TIMELINE_ROWS else f"Event timeline (first {TIMELINE_ROWS})"
    event_table(shown, title=title)
    console.print(line)


def where_text(ev: Event) -> str:
    """Where an event happened, with "(inferred)" when the place is its parties' or its article's one
    country rather than a place a report tells."""
    if ev.location is None:
        return "–"
    inferred = "\n(inferred)" if ev.location.inferred else ""
    return f"{ev.location.name}, {ev.location.country}{inferred}"


def date_text(ev: Event, gap: str) -> str:
    """The event's date with its precision when coarser than a day; an unknown date with the day it was
    first reported, which is not the event's date."""
    if ev.date:
        told = f"{ev.date}–{ev.date_end}" if ev.date_end else ev.date
        return told + (f"{gap}({ev.date_precision})" if ev.date_precision != "day" else "")
    return "unknown" + (f"{gap}(reported {ev.first_published})" if ev.first_published else "")


def event_table(events: Sequence[Event], title: str = "Events") -> None:
    """One row per event; the evidence sentence with its trigger highlighted, clipped around it."""
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("actor", overflow="fold", ratio=2)
    table.add_column("recipient", overflow="fold", ratio=2)
    table.add_column("where", overflow="fold", ratio=1, min_width=8)
    table.add_column("reports", justify="right", no_wrap=True)
    table.add_column("evidence", overflow="fold", ratio=6)
    for ev in events:
        where = where_text(ev)
        table.add_row(
            date_text(ev, "\n"),
            f"{ev.event_type}" + (f"\n{ev.mode}" if ev.mode else ""),
            actors_text(ev.actor),
            actors_text(ev.recipient),
            where,
            str(len(ev.reports)),
            evidence_text(ev.reports[0]) if ev.reports else Text(""),
        )
    console.print(table)


def event_detail(ev: Event, moved_from: str | None = None) -> None:
    """One event as the event page shows it: its coding, then every report with its whole sentence (trigger
    in bold), source and why it was coded."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    heading = " ".join(
        x for x in (ev.event_type, ev.mode, f"({ev.quad_class})" if ev.quad_class else "") if x
    )
    if moved_from:
        grid.add_row("merged", f"{moved_from} is now part of {ev.event_id}")
    grid.add_row("event", f"{heading}  {ev.event_id}")
    grid.add_row("actor", actors_text(ev.actor))
    grid.add_row("recipient", actors_text(ev.recipient))
    said = f' ("{ev.date_expression}", from the {ev.date_source})' if ev.date_expression else ""
    grid.add_row("date", f"{date_text(ev, ' ')}{said}")
    grid.add_row("where", where_text(ev).replace("\n", " "))
    if ev.attributed_to is not None:
        grid.add_row("according to", actors_text([ev.attributed_to]))
    if ev.context:
        grid.add_row("context", ", ".join(ev.context))
    grid.add_row("confidence", f"{ev.confidence:.2f}")
    grid.add_row("story", ev.story_id or "–")
    console.print(grid)
    for n, report in enumerate(ev.reports, 1):
        source = " · ".join(
            x for x in (report.outlet or report.source_path, report.published or "undated") if x
        )
        console.print(Text.assemble(f"\n{n}. ", (source, "bold"), f"  {report.url or ''}"))
        console.print(evidence_text(report, width=len(report.sentence)))
        if report.reason:
            console.print(Text("coded from " + report.reason, style="italic dim"))


def evidence_text(report: Report, width: int = EVIDENCE_CHARS) -> Text:
    """The report's sentence with its trigger in bold, clipped to ``width`` characters around the trigger."""
    sentence = report.sentence
    trigger = _trigger_in_sentence(report)
    start, end = _window(len(sentence), trigger, width)
    text = Text(("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else ""))
    if trigger:
        shift = (1 if start else 0) - start
        text.stylize("bold underline", trigger[0] + shift, trigger[1] + shift)
    return text


def _trigger_in_sentence(report: Report) -> tuple[int, int] | None:
    """The trigger's span in sentence offsets, or None when the report has none inside its sentence."""
    if not report.trigger_span:
        return None
    start, end = (x - report.span[0] for x in report.trigger_span)
    return (start, end) if 0 <= start < end <= len(report.sentence) else None


def _window(length: int, trigger: tuple[int, int] | None, width: int) -> tuple[int, int]:
    """A ``width``-character window of a text of ``length`` that keeps the trigger inside it."""
    if length <= width:
        return 0, length
    if trigger is None or trigger[1] <= width - 1:
        return 0, width - 1
    start = min(max(0, trigger[0] - width // 3), length - width + 2)
    return start, min(length, start + width - 2)


def story_table(rows: Sequence[dict[str, Any]]) -> None:
    """Stories with their counts, and each report: publication date, outlet, file; copies marked."""
    table = Table(title="Stories", show_lines=True)
    table.add_column("story", overflow="fold", ratio=2)
    table.add_column("reports (published, outlet, source)", overflow="fold", ratio=3)
    for s in rows:
        story = (
            f"{s['title'] or '(no title)'}\n{s['date'] or 'undated'}  {s['story_id']}\n"
            f"{s['n_articles']} articles, {s['n_outlets']} outlets, {s['n_sources']} independent"
        )
        table.add_row(story, "\n".join(_story_report_line(r) for r in s["reports"]))
    console.print(table)


def _story_report_line(report: dict[str, Any]) -> str:
    copy = f" (copy of {report['copy_of']})" if report.get("copy_of") else ""
    outlet = report.get("outlet") or "unknown outlet"
    return f"{report.get('published') or 'undated'}  {outlet}{copy}  {report['source_path']}"


def quote_table(rows: Sequence[dict[str, Any]]) -> None:
    table = Table(title="Quotes", show_lines=True)
    for col in ("date", "speaker", "quote", "source"):
        table.add_column(col, overflow="fold")
    for q in rows:
        speaker = q["speaker"] or {}
        table.add_row(
            q["date"] or "", speaker.get("name", "unknown"), _clip(q["text"], 300), q["source_path"]
        )
    console.print(table)


def coded_lines(results: Sequence[dict[str, Any]]) -> None:
    table = Table(title="Coded sentences", show_lines=True)
    for col in ("line", "text", "events"):
        table.add_column(col, overflow="fold")
    for r in results:
        evs = "\n".join(
            f"{e['event_type']}: {_names(e['actor'])} → {_names(e['recipient'])}" for e in r["events"]
        )
        table.add_row(str(r["line"]), r["text"], evs or "–")
    console.print(table)


def rows_table(title: str, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(col)) for col in columns))
    console.print(table)


def _names(ents: list[dict[str, Any]]) -> str:
    return ", ".join(e.get("name") or e.get("mention") or "?" for e in ents) or "–"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
