"""The ingest parent's reads against the database's size: each statement's time, rows and page reads.

    PYTHONPATH=src .venv/bin/python bench/parent_reads.py --analyses /tmp/next300.pickle \\
        --db /tmp/small.db --db /tmp/big.db [--src /tmp/base/src --src src] [--warm 64] [--repeat 1]

For every (source tree, base database) pair, a subprocess copies the database and stores the pickled
analyses into the copy batch by batch as the ingest's parent does (``Ingest.add_analysed``); the first
``--warm`` analyses only warm the page cache and are not counted. Measured per SQL statement (its text
with ``IN (...)`` lists collapsed): calls, rows per call (a SELECT's rows as its cursor fetches them, with
the fetching's time and reads; an INSERT's, UPDATE's or DELETE's rows written, every row of an
``executemany``), milliseconds per call, and the ``read`` system calls made meanwhile (the writer maps
nothing into memory, so every page SQLite's own cache misses is one ``pread``); per Writer method and
for ``assign_story`` / ``remerge_story`` the same.
``EXPLAIN QUERY PLAN`` of each statement on the big database is printed once, and the storing's
CPU and wall milliseconds per article, and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

WRITER_METHODS = (
    "candidates",
    "term_articles",
    "term_weights",
    "story_profiles",
    "story_core",
    "_story_spans",
    "add_story_profile",
    "add_story_keys",
    "add_article",
    "upsert_story",
    "merge_stories",
    "story_articles",
    "story_state",
    "story_originals",
    "stored_reports",
    "report_types",
    "story_event_dates",
    "update_story_events",
)
_IN_LIST = re.compile(r"IN \((?:\?|, )+\)|IN \(__\[POSTCOMPILE_\w+\]\)")


def read_syscalls() -> int:
    """``read`` system calls made so far by this process (Linux ``/proc/self/io``; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/io").read_text().splitlines():
            if line.startswith("syscr:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Tally:
    """Calls, rows, seconds and read system calls, by name."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0])
        self.counting = False

    def add(self, name: str, rows: int, seconds: float, reads: int) -> None:
        if self.counting:
            entry = self.by_name[name]
            entry[0] += 1
            entry[1] += rows
            entry[2] += seconds
            entry[3] += reads

    def add_fetched(self, name: str, rows: int, seconds: float, reads: int) -> None:
        """Rows fetched after ``name`` ran, with the time and reads of fetching them (not another call)."""
        if self.counting:
            entry = self.by_name[name]
            entry[1] += rows
            entry[2] += seconds
            entry[3] += reads


def timed(tally: Tally, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` counted into ``tally`` under ``name`` (rows: the length of what it returns)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        reads, start = read_syscalls(), time.perf_counter()
        out = func(*args, **kwargs)
        rows = len(out) if isinstance(out, list | set | dict) else 0
        tally.add(name, rows, time.perf_counter() - start, read_syscalls() - reads)
        return out

    return wrapper


def own_reads() -> int:
    """``read`` system calls that one ``read_syscalls()`` makes itself (subtracted from each fetch)."""
    first = read_syscalls()
    return read_syscalls() - first


class CountingCursor(sqlite3.Cursor):
    """A cursor that adds the rows it fetches, the fetching's time and its read system calls to the
    statement it last ran (SQLite returns a SELECT's rows while they are fetched, after the execute;
    a result iterated row by row is one ``fetchone`` per row: its measuring's own reads are left out)."""

    own_reads = own_reads()

    tally: Tally | None = None
    statement: str = ""

    def fetchone(self) -> Any:
        return self._counted(super().fetchone, lambda row: int(row is not None))

    def fetchmany(self, size: int | None = None) -> list[Any]:
        fetch = super().fetchmany
        return self._counted(lambda: fetch(size) if size is not None else fetch(), len)

    def fetchall(self) -> list[Any]:
        return self._counted(super().fetchall, len)

    def _counted(self, fetch: Callable[[], Any], rows: Callable[[Any], int]) -> Any:
        reads, start = read_syscalls(), time.perf_counter()
        out = fetch()
        if self.tally is not None:
            seconds, reads = time.perf_counter() - start, read_syscalls() - reads - self.own_reads
            self.tally.add_fetched(self.statement, rows(out), seconds, reads)
        return out


class CountingConnection(sqlite3.Connection):
    """A connection whose cursors count their fetched rows (``CountingCursor``)."""

    def cursor(self, factory: type[sqlite3.Cursor] = CountingCursor) -> sqlite3.Cursor:  # type: ignore[override]
        return super().cursor(factory)


def statement_name(statement: str) -> str:
    """A statement's text on one line, its ``IN (...)`` lists collapsed."""
    return _IN_LIST.sub("IN (…)", " ".join(statement.split()))


def changed_rows(statement: str, cursor: Any) -> int:
    """Rows an INSERT, UPDATE or DELETE wrote (every row of an ``executemany``); 0 for other statements."""
    if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
        return max(cursor.rowcount, 0)
    return 0


def watch_statements(engine: Any, tally: Tally, plans: dict[str, tuple[str, Any]]) -> None:
    """Count every statement's time, rows and read system calls (SQLAlchemy cursor events; the rows of a
    SELECT, and the time and reads of fetching them, as its cursor fetches them: ``CountingCursor``).
    Connections opened from now on count their rows; the pool's open ones are closed."""
    from sqlalchemy import event

    @event.listens_for(engine, "do_connect")
    def counting_connection(dialect, record, cargs, cparams):
        cparams["factory"] = CountingConnection

    @event.listens_for(engine, "before_cursor_execute")
    def before(conn, cursor, statement, parameters, context, executemany):
        conn.info["bench_start"] = (time.perf_counter(), read_syscalls())

    @event.listens_for(engine, "after_cursor_execute")
    def after(conn, cursor, statement, parameters, context, executemany):
        start, reads = conn.info.pop("bench_start")
        name = statement_name(statement)
        if isinstance(cursor, CountingCursor):
            cursor.tally, cursor.statement = tally, name
        tally.add(name, changed_rows(statement, cursor), time.perf_counter() - start, read_syscalls() - reads)
        if statement.lstrip().upper().startswith("SELECT") and name not in plans:
            plans[name] = (statement, parameters)

    engine.dispose()


def store_child(analyses_path: str, base_db: str, warm: int) -> None:
    """In the subprocess: store the analyses into a copy of ``base_db``; print the tallies as JSON."""
    from eventwire import pipeline, remerge, stories
    from eventwire.pipeline import DEFAULT_BATCH, Ingest, Summary
    from eventwire.store import Store
    from eventwire.store.database import Writer

    analyses = pickle.loads(Path(analyses_path).read_bytes())
    folder = Path(tempfile.mkdtemp(prefix="ew-reads-"))
    db = folder / "copy.db"
    for suffix in ("", "-wal"):
        if Path(base_db + suffix).exists():
            shutil.copyfile(base_db + suffix, str(db) + suffix)
    calls, statements, plans = Tally(), Tally(), {}
    for name in WRITER_METHODS:
        if hasattr(Writer, name):
            setattr(Writer, name, timed(calls, name, getattr(Writer, name)))
    pipeline.stories.assign_story = timed(calls, "assign_story", stories.assign_story)  # type: ignore[attr-defined]
    pipeline.remerge_story = timed(calls, "remerge_story", remerge.remerge_story)
    store = Store(db)
    with store.reading() as conn:
        stored_before = conn.exec_driver_sql("SELECT count(*) FROM articles").scalar()
    watch_statements(store.engine, statements, plans)
    ingest = Ingest(store, stages=None)  # type: ignore[arg-type]  # everything arrives analysed
    summary = Summary()
    warm_up, measured = analyses[:warm], analyses[warm:]
    for i in range(0, len(warm_up), DEFAULT_BATCH):
        ingest.add_analysed(warm_up[i : i + DEFAULT_BATCH], [], summary)
    calls.counting = statements.counting = True
    cpu, wall, reads = time.process_time(), time.perf_counter(), read_syscalls()
    for i in range(0, len(measured), DEFAULT_BATCH):
        ingest.add_analysed(measured[i : i + DEFAULT_BATCH], [], summary)
    cpu, wall, reads = time.process_time() - cpu, time.perf_counter() - wall, read_syscalls() - reads
    calls.counting = statements.counting = False
    explained = _explain(store, plans)
    store.dispose()
    shutil.rmtree(folder, ignore_errors=True)
    n = max(len(measured), 1)
    print(
        json.dumps(
            {
                "stored_before": stored_before,
                "measured": len(measured),
                "cpu_ms_per_article": round(1000 * cpu / n, 2),
                "wall_ms_per_article": round(1000 * wall / n, 2),
                "reads_per_article": round(reads / n, 1),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "calls": calls.by_name,
                "statements": statements.by_name,
                "plans": explained,
            }
        )
    )


def _explain(store: Any, plans: dict[str, tuple[str, Any]]) -> dict[str, list[str]]:
    """``EXPLAIN QUERY PLAN`` of each statement seen, with the parameters of its first execution."""
    out: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        for name, (statement, parameters) in plans.items():
            try:
                rows = raw.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
            except Exception as error:  # a plan is informative only
                out[name] = [f"(no plan: {error})"]
                continue
            out[name] = [row[-1] for row in rows]
    return out


def run_child(source: str, analyses: str, db: str, warm: int) -> dict:
    env = {**os.environ, "PYTHONPATH": source}
    command = [sys.executable, __file__, "--child", analyses, db, str(warm)]
    out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[-1])


def print_table(results: list[tuple[str, str, dict]], key: str, top: int) -> None:
    """One line per name: ms per call and reads per call of every run, the busiest names first."""
    totals: dict[str, float] = defaultdict(float)
    for _, _, result in results:
        for name, (_, _, seconds, _) in result[key].items():
            totals[name] += seconds
    heads = " | ".join(f"{Path(s).parent.name or s}@{r['stored_before']}" for s, _, r in results)
    print(f"\n{key}: calls, rows/call, ms/call, reads/call — {heads}")
    for name in sorted(totals, key=totals.__getitem__, reverse=True)[:top]:
        cells = []
        for _, _, result in results:
            calls, rows, seconds, reads = result[key].get(name, [0, 0, 0.0, 0])
            c = max(calls, 1)
            cells.append(f"{calls:5d} {rows / c:6.1f} {1000 * seconds / c:7.3f} {reads / c:6.1f}")
        print(f"  {' | '.join(cells)}  {name[:150]}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--analyses", help="pickled analyses (bench/merge_equality.py --analyses)")
    parser.add_argument("--db", action="append", default=[], help="a base database; repeatable")
    parser.add_argument("--src", action="append", default=[], help="a source tree for PYTHONPATH")
    parser.add_argument("--warm", type=int, default=64, help="analyses stored first, not counted")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--top", type=int, default=25, help="statements printed")
    parser.add_argument("--plans", action="store_true", help="print EXPLAIN QUERY PLAN of each statement")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        store_child(args.child[0], args.child[1], int(args.child[2]))
        return
    if not args.analyses or not args.db:
        parser.error("--analyses and --db are required")
    results = []
    for _ in range(args.repeat):
        for source in args.src or [os.environ.get("PYTHONPATH", "src")]:
            for db in args.db:
                result = run_child(source, args.analyses, db, args.warm)
                results.append((source, db, result))
                summary = {k: v for k, v in result.items() if k not in ("calls", "statements", "plans")}
                print(
                    json.dumps({"src": source, "db": db, "load": os.getloadavg()[0], **summary}), flush=True
                )
    print_table(results, "calls", args.top)
    print_table(results, "statements", args.top)
    if args.plans:
        print("\nEXPLAIN QUERY PLAN (last run)")
        for name, plan in results[-1][2]["plans"].items():
            print(f"  {name[:200]}\n      " + "\n      ".join(plan))


if __name__ == "__main__":
    main()
