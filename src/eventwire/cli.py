"""The eventwire command line (Typer + Rich)."""

from __future__ import annotations

import json
import os
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from eventwire import terminal
from eventwire.store import EventFilter, NoDatabase, Store, database_url, queries

app = typer.Typer(
    help="Raw news in, deduplicated PLOVER events with evidence out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
kb_app = typer.Typer(
    help="The actor knowledge base: look up names, add your own entities.", no_args_is_help=True
)
eval_app = typer.Typer(
    help="Measure a stage on the labelled sets in ../shared/corpora.", no_args_is_help=True
)
app.add_typer(kb_app, name="kb")
app.add_typer(eval_app, name="eval")

DbOpt = Annotated[
    str | None, typer.Option("--db", help="Database path or URL (default $EVENTWIRE_DB or ./eventwire.db).")
]
# The event filters of `events` and `export` (the API's and the pages' are in api/params.py).
ActorOpt = Annotated[str | None, typer.Option(help="Actor KB id, country code, or part of a name.")]
RecipientOpt = Annotated[str | None, typer.Option(help="Recipient KB id, country code, or part of a name.")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")]


def _date_prefix(value: str | None) -> str | None:
    """A --since/--until value: YYYY, YYYY-MM or YYYY-MM-DD (anything else would silently match nothing)."""
    if value and not re.match(queries.DATE_PATTERN, value):
        raise typer.BadParameter(f"{value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")
    return value


SinceOpt = Annotated[
    str | None, typer.Option(help="Earliest event date (YYYY[-MM[-DD]]).", callback=_date_prefix)
]
UntilOpt = Annotated[
    str | None, typer.Option(help="Latest event date (YYYY[-MM[-DD]]).", callback=_date_prefix)
]
StoryOpt = Annotated[str | None, typer.Option(help="Only events of this story.")]
MinConfidenceOpt = Annotated[
    float | None,
    typer.Option(
        min=0, max=1, help="Only events at least this confident (precision per threshold: docs/accuracy.md)."
    ),
]


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


class EventFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ShowFormat(StrEnum):
    table = "table"
    json = "json"


def _fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def _store(db: str | None, create: bool = False) -> Store:
    """The database, or a one-line error: a missing SQLite file when reading (``create`` false), a file
    that is not a database, a folder that cannot be written."""
    from sqlalchemy.exc import DatabaseError

    try:
        return Store(db, create=create)
    except NoDatabase as exc:
        _fail(str(exc))
    except (DatabaseError, OSError) as exc:
        reason = getattr(exc, "orig", None) or getattr(exc, "strerror", None) or exc
        _fail(f"{db or database_url(None)}: cannot open the database ({reason})")


def _jsonl(rows) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


class Sentences(StrEnum):
    exact = "exact"
    context = "context"
    events = "events"


SentencesOpt = Annotated[
    Sentences,
    typer.Option(
        "--sentences",
        help="What the parser reads: every sentence (exact); only sentences that can hold an event, "
        "with the lede and pronoun antecedents (events: fastest); events plus what the actors stage "
        "reads across the article (context). See docs/performance.md.",
    ),
]
WorkersOpt = Annotated[
    int,
    typer.Option(min=0, help="Analysis processes, each loading the stages once (0: one per core)."),
]


def _workers(n: int) -> int:
    from eventwire.scale.workers import available_cores

    return n or available_cores()


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (text, HTML, JSONL, CSV, WARC, gz).")],
    db: DbOpt = None,
    fresh: Annotated[bool, typer.Option(help="Empty the database first.")] = False,
    report: Annotated[Path | None, typer.Option(help="Also write a self-contained HTML report here.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per committed batch.")] = 64,
    sentences: SentencesOpt = Sentences.events,
    workers: WorkersOpt = 1,
    quiet: Annotated[bool, typer.Option(help="Only the summary line.")] = False,
    worker_tasks: Annotated[
        int | None,
        typer.Option(
            min=0,
            help="With --workers > 1: chunks (of at most batch/(4 x workers) articles and 16,000 characters) "
            "a worker analyses before a fresh one replaces it, bounding its memory; fewer = less memory, "
            "more CPU; 0 = never (default: 250).",
        ),
    ] = None,
    worker_memory: Annotated[
        int | None,
        typer.Option(
            min=0,
            help="With --workers > 1: MB of private memory past which a worker is replaced by a fresh one "
            "after its chunk (as after --worker-tasks chunks); 0 = no bound (default: 180).",
        ),
    ] = None,
) -> None:
    """Read news files, code their events and store them (re-ingesting the same articles changes nothing)."""
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import Ingest, OnDemand
    from eventwire.scale.select import load_stages

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}")
    store = _store(db, create=True)
    if fresh:
        store.clear()
    n_workers = _workers(workers)
    if n_workers > 1:
        from eventwire.scale.workers import TASKS_PER_WORKER, WORKER_MEMORY_MB, WorkerPool

        tasks = TASKS_PER_WORKER if worker_tasks is None else (worker_tasks or None)
        memory = WORKER_MEMORY_MB if worker_memory is None else (worker_memory or None)
        with (
            WorkerPool(n_workers, sentences.value, tasks_per_worker=tasks, worker_memory_mb=memory) as pool,
            terminal.progress(quiet) as advance,
        ):
            inputs = pool.ahead(read_inputs(paths), batch_size)  # the workers analyse while the parent writes
            summary = Ingest(store, pool, batch_size=batch_size).run(inputs, advance)
    else:
        stages = OnDemand(lambda: load_stages(sentences.value))  # none loaded when nothing is new
        with terminal.progress(quiet) as advance:
            summary = Ingest(store, stages, batch_size=batch_size).run(read_inputs(paths), advance)
    with store.reading() as conn:
        terminal.ingest_summary(summary, conn, quiet)
        if report:
            from eventwire.web.report import write_report

            write_report(conn, report)
            terminal.console.print(f"HTML report: [bold]{report.resolve()}[/bold]")


@app.command()
def spark(
    input: Annotated[
        str, typer.Option("--input", help="File, folder, glob or URI (hdfs://, s3a://) of the news.")
    ],
    output: Annotated[str, typer.Option("--output", help="Folder (or URI) for the Parquet output.")],
    master: Annotated[
        str | None, typer.Option(help="Spark master URL (default: local[*], every core here).")
    ] = None,
    partitions: Annotated[
        int | None, typer.Option(min=1, help="Tasks the input is split into (default: 2 per core).")
    ] = None,
    sentences: SentencesOpt = Sentences.events,
    stories: Annotated[
        bool, typer.Option(help="Group stories on the driver and write events.parquet and stories.parquet.")
    ] = True,
) -> None:
    """Run the pipeline on Apache Spark: articles/, events.parquet, stories.parquet in OUTPUT for `load`."""
    from eventwire.scale.spark import SparkJobError, run_job

    try:
        summary = run_job(
            input, output, master=master, partitions=partitions, policy=sentences.value, stories=stories
        )
    except SparkJobError as exc:
        _fail(str(exc))
    grouped = summary.stories is not None
    story_text = f", {summary.stories} stories, {summary.merged_events} merged events" if grouped else ""
    typer.echo(
        f"{summary.articles} articles, {summary.errors} unreadable, {summary.events} article-level events"
        f"{story_text} in {summary.seconds:.0f} s -> {output}"
    )


@app.command()
def load(
    directory: Annotated[Path, typer.Argument(help="The output folder of `eventwire spark`.")],
    db: DbOpt = None,
    fresh: Annotated[bool, typer.Option(help="Empty the database first.")] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per committed batch.")] = 64,
    quiet: Annotated[bool, typer.Option(help="Only the summary line.")] = False,
) -> None:
    """Import a Spark job's output into the database, grouping stories as `ingest` does."""
    from eventwire.scale.load import OutputError, load_output

    if not directory.is_dir():
        _fail(f"{directory}: no such folder")
    store = _store(db, create=True)
    if fresh:
        store.clear()
    try:
        with terminal.progress(quiet) as advance:
            summary = load_output(directory, store, batch_size, advance)
    except OutputError as exc:
        _fail(str(exc))
    with store.reading() as conn:
        terminal.ingest_summary(summary, conn, quiet)


@app.command()
def events(
    db: DbOpt = None,
    actor: ActorOpt = None,
    recipient: RecipientOpt = None,
    type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    story: StoryOpt = None,
    min_confidence: MinConfidenceOpt = None,
    limit: Annotated[int | None, typer.Option(min=1)] = None,
    format: Annotated[EventFormat, typer.Option("--format")] = EventFormat.table,
) -> None:
    """List events (merged across reports), oldest first."""
    from eventwire.store.export import write_csv

    f = EventFilter(
        actor=actor,
        recipient=recipient,
        event_type=type,
        since=since,
        until=until,
        story_id=story,
        limit=limit,
        min_confidence=min_confidence,
    )
    with _store(db).reading() as conn:
        found = queries.find_events(conn, f)
    if format == EventFormat.jsonl:
        _jsonl(ev.to_dict() for ev in found)
    elif format == EventFormat.csv:
        write_csv(found, sys.stdout)
    else:
        terminal.event_table(found)


@app.command()
def event(
    event_id: Annotated[str, typer.Argument(help="The event's id (as `events` and the exports print it).")],
    db: DbOpt = None,
    format: Annotated[ShowFormat, typer.Option("--format")] = ShowFormat.table,
) -> None:
    """Show one event with every report: its whole sentence, source and why it was coded."""
    from eventwire.store import retired

    with _store(db).reading() as conn:
        found = queries.get_event(conn, event_id)
        moved_from = None
        if found is None and (successor := retired.successor(conn, "event", event_id)):
            found, moved_from = queries.get_event(conn, successor), event_id
    if found is None:
        _fail(f"{event_id}: no such event")
    if format == ShowFormat.json:
        typer.echo(json.dumps(found.to_dict(), ensure_ascii=False, indent=2))
    else:
        terminal.event_detail(found, moved_from)


@app.command()
def articles(
    db: DbOpt = None, format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table
) -> None:
    """List stored articles with their number of events."""
    with _store(db).reading() as conn:
        rows = list(queries.list_articles(conn))
    if format == ListFormat.jsonl:
        _jsonl(rows)
    else:
        terminal.rows_table(
            "Articles", rows, ["article_id", "published", "outlet", "title", "n_events", "story_id"]
        )


@app.command()
def stories(
    db: DbOpt = None,
    since: Annotated[
        str | None, typer.Option(help="Earliest story date (YYYY[-MM[-DD]]).", callback=_date_prefix)
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Latest story date (YYYY[-MM[-DD]]).", callback=_date_prefix)
    ] = None,
    min_reports: Annotated[
        int, typer.Option(min=1, help="Only stories told by at least this many articles.")
    ] = 1,
    search: Annotated[str | None, typer.Option(help="A part of the story's title, or its id.")] = None,
    limit: Annotated[int | None, typer.Option(min=1)] = None,
    format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """List stories: reports of one happening with their outlets and dates, oldest first."""
    story_filter = queries.StoryFilter(
        since=since,
        until=until,
        min_reports=min_reports,
        search=search,
        limit=limit,
    )
    with _store(db).reading() as conn:
        rows = list(queries.list_stories(conn, story_filter=story_filter))
    if format == ListFormat.jsonl:
        _jsonl(rows)
    else:
        terminal.story_table(rows)


@app.command()
def quotes(
    db: DbOpt = None,
    actor: Annotated[str | None, typer.Option(help="Speaker KB id, country code, or part of a name.")] = None,
    limit: Annotated[int | None, typer.Option(min=1)] = None,
    format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """List quotations with their speakers."""
    with _store(db).reading() as conn:
        rows = list(queries.list_quotes(conn, actor, limit))
    if format == ListFormat.jsonl:
        _jsonl(rows)
    else:
        terminal.quote_table(rows)


@app.command()
def errors(
    db: DbOpt = None, format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table
) -> None:
    """List inputs that could not be read, with the reason."""
    with _store(db).reading() as conn:
        rows = list(queries.list_errors(conn))
    if format == ListFormat.jsonl:
        _jsonl(rows)
    else:
        terminal.rows_table("Ingest errors", rows, ["source_path", "reason", "at"])


@app.command("code-sentences")
def code_sentences(
    file: Annotated[Path, typer.Argument(help="One sentence per line ('-' for standard input).")],
    date: Annotated[
        str | None, typer.Option("--date", help="Publication date the sentences are read against.")
    ] = None,
    format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.jsonl,
) -> None:
    """Code each line of a file on its own and print its events."""
    from eventwire.pipeline import Stages, analyse, text_article

    if str(file) != "-" and not file.is_file():
        _fail(f"{file}: no such file")
    try:
        lines = sys.stdin.read().splitlines() if str(file) == "-" else file.read_text("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        _fail(f"{file}: not UTF-8 text ({exc.reason} at byte {exc.start})")
    stages = Stages.load()
    arts = [text_article(line, date, f"{file}#L{n}") for n, line in enumerate(lines, 1)]
    results = []
    for n, (line, an) in enumerate(zip(lines, analyse(stages, arts), strict=True), 1):
        results.append({"line": n, "text": line, "events": [ev.to_dict() for ev in an.events]})
    if format == ListFormat.jsonl:
        _jsonl(results)
    else:
        terminal.coded_lines(results)


@app.command()
def dates(
    text: Annotated[str, typer.Argument(help="Any text.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) to resolve against.")
    ] = None,
    format: Annotated[ShowFormat, typer.Option("--format")] = ShowFormat.table,
) -> None:
    """Show the date expressions in a text and what they resolve to."""
    from eventwire.timeline import find_dates

    try:
        rows = [x.to_dict() for x in find_dates(text, published)]
    except ValueError as exc:
        _fail(str(exc))
    if format == ShowFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        terminal.rows_table(
            "Dates", rows, ["expression", "value", "precision", "tense", "span", "weekday_conflict"]
        )


@app.command()
def places(
    text: Annotated[str, typer.Argument(help="Any text.")],
    format: Annotated[ShowFormat, typer.Option("--format")] = ShowFormat.table,
) -> None:
    """Show the places in a text and the gazetteer entries they resolve to."""
    from eventwire.timeline import Gazetteer, find_places

    rows = [p.to_dict() for p in find_places(Gazetteer.load(), text)]
    if format == ShowFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        terminal.rows_table("Places", rows, ["mention", "name", "country", "admin1", "lat", "lon", "feature"])


@kb_app.command("show")
def kb_show(
    name: Annotated[str, typer.Argument(help="A name, alias or description.")],
    date: Annotated[
        str | None, typer.Option("--date", help="Resolve roles as of this date (YYYY-MM-DD).")
    ] = None,
    format: Annotated[ShowFormat, typer.Option("--format")] = ShowFormat.table,
) -> None:
    """What a name resolves to, and why (matched alias, score, role held on that date)."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from eventwire.actors import ActorResolver, explain

    rows = explain(ActorResolver.load().kb, name, date)  # the knowledge base kept built with the resolver
    if format == ShowFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    shown = 10
    when = f" on {date}" if date else " (no date: most prominent roles)"
    table = Table(title=f"{name!r}{when}", box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("actor", no_wrap=True)
    table.add_column("candidate · role on that date · why", ratio=1, overflow="fold")
    for rank, row in enumerate(rows[:shown], start=1):
        head = Text(row["name"] or "", style="bold")
        head.append(f"  {row['kb_id'] or 'not in the KB'}", style="dim")
        lines = [head, Text(row["role"])] if row["role"] else [head]
        lines.append(Text(row["why"], style="dim"))
        actor = " ".join([row["country"] or "–", *row["sectors"]])
        table.add_row(str(rank), f"{row['score']:.2f}", actor, Group(*lines))
    if rows:
        terminal.console.print(table)
    else:
        terminal.console.print(f"{name!r}: no candidates in the knowledge base")
    if len(rows) > shown:
        terminal.console.print(f"… {len(rows) - shown} more candidates (--format json lists them all)")


@kb_app.command("add")
def kb_add(file: Annotated[Path, typer.Argument(help="CSV or YAML of your own entities and roles.")]) -> None:
    """Add your own entities and roles to the knowledge base."""
    from eventwire.actors import add_user_file

    try:
        n = add_user_file(file)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    typer.echo(f"added {n} entries from {file}")


@app.command()
def report(
    out: Annotated[Path, typer.Argument(help="HTML file to write.")],
    db: DbOpt = None,
) -> None:
    """Write a self-contained HTML report (timeline chart, events with evidence)."""
    from eventwire.web.report import write_report

    with _store(db).reading() as conn:
        write_report(conn, out)
    typer.echo(str(out.resolve()))


class ExportFormat(StrEnum):
    plover_json = "plover-json"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file.")],
    format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.jsonl,
    db: DbOpt = None,
    actor: ActorOpt = None,
    recipient: RecipientOpt = None,
    type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    story: StoryOpt = None,
    min_confidence: MinConfidenceOpt = None,
) -> None:
    """Export events as PLOVER JSON, JSON lines, CSV or Parquet, streamed page by page from the database."""
    from eventwire.store import export as ex

    f = EventFilter(
        actor=actor,
        recipient=recipient,
        event_type=type,
        since=since,
        until=until,
        story_id=story,
        min_confidence=min_confidence,
    )
    try:
        with _store(db).reading() as conn:
            n = ex.export_events(queries.iter_events(conn, f), out, format.value)
    except OSError as exc:
        _fail(f"{out}: {exc.strerror or exc}")
    typer.echo(f"wrote {n} events to {out}")


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    write_token_file: Annotated[
        Path | None,
        typer.Option(
            help="File holding the token the write endpoints (uploads, ingest jobs, KB files) require "
            "(or set $EVENTWIRE_WRITE_TOKEN). Without a token they are off.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            min=0,
            help="Server processes answering requests in parallel (0 = one per core). Each holds its own "
            "database connections; an ingest job runs in the process that received it.",
        ),
    ] = 1,
) -> None:
    """Serve the web pages and the HTTP API (OpenAPI schema at /openapi.json). Reading needs no token."""
    from eventwire.web import serve as run_server

    token = write_token_file.read_text(encoding="utf-8").strip() if write_token_file else None
    if write_token_file and not token:
        _fail(f"{write_token_file}: the token file is empty")

    if host not in ("127.0.0.1", "localhost", "::1"):
        terminal.errors.print(
            f"[yellow]warning[/yellow]: listening on {host}: other machines can read the data"
        )
    run_server(db, host=host, port=port, write_token=token, workers=workers or os.cpu_count() or 1)


DATASET_NAMES = ("plover_gsr", "pentaclass", "case2021", "india_police")


@eval_app.command("events")
def eval_events(
    shared: Annotated[Path, typer.Option(help="The shared folder with corpora/ (labelled sets).")] = Path(
        "../shared"
    ),
    dataset: Annotated[
        list[str] | None,
        typer.Option(help=f"Only these datasets (repeatable): {', '.join(DATASET_NAMES)}."),
    ] = None,
    india_limit: Annotated[
        int | None, typer.Option(min=1, help="First N documents of IndiaPoliceEvents (all: slow).")
    ] = None,
) -> None:
    """Precision, recall and F1 of event types per labelled set, and actor country accuracy (the actors
    stage resolves the mentions). The same figures as bench/events_eval.py; see docs/accuracy.md."""
    from eventwire.actors import ActorResolver
    from eventwire.events.evaluate import evaluate
    from eventwire.nlp import load_pipeline

    if not (shared / "corpora").is_dir():
        _fail(f"{shared}: no corpora/ folder (the evaluation needs the labelled sets)")
    unknown = sorted(set(dataset or ()) - set(DATASET_NAMES))
    if unknown:
        _fail(f"unknown dataset {', '.join(unknown)} (known: {', '.join(DATASET_NAMES)})")
    resolver = ActorResolver.load()
    scores = evaluate(shared, load_pipeline(), None, resolver, dataset or DATASET_NAMES, india_limit)
    for score in scores:
        typer.echo(score.line())


if __name__ == "__main__":
    app()
