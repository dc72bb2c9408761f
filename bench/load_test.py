"""Load test: 20,000 requests from 50 concurrent clients against `eventwire serve` on 127.0.0.1 while an
`eventwire ingest` process writes to the same database the whole time. Prints errors (must be zero),
latency percentiles overall and per kind of request, and how far the ingest got meanwhile.

    .venv/bin/python bench/load_test.py                          # SQLite in a temporary folder
    .venv/bin/python bench/load_test.py --db postgresql://user@127.0.0.1/eventwire
    .venv/bin/python bench/load_test.py --requests 2000 --clients 20   # a quick one

The database is first filled with a few hundred articles written from templates
(tests/reliability/reliab_corpus.py); then the server starts, then the ingest of further generated
articles (restarted on a new corpus whenever it finishes, so it runs until the last request), then the
clients. An answer counts as an error unless it is 200 with a well-formed body. An event or story id seen
earlier may have been replaced by a story merge meanwhile: the server then redirects (307) to the event or
story that holds it now, which the clients follow (counted as "moved"; a 404 is an error).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

from reliab_corpus import write_corpus  # noqa: E402

EVENTWIRE = [sys.executable, "-m", "eventwire.cli"]


@dataclass
class Seen:
    """Ids met in answers, to ask for single items later."""

    events: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)

    def add(self, kind: str, ids: list[str]) -> None:
        bucket = getattr(self, kind)
        bucket.extend(ids)
        del bucket[:-500]  # the most recent 500


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    moved: int = 0
    done: int = 0


Check = Callable[[httpx.Response, Seen], None]


def _page(key: str, kind: str | None = None, id_key: str | None = None) -> Check:
    def check(answer: httpx.Response, seen: Seen) -> None:
        body = answer.json()
        items = body[key]
        assert body["total"] >= len(items) and len(items) <= body["limit"], "page larger than its total"
        if kind and id_key:
            seen.add(kind, [item[id_key] for item in items])

    return check


def _events_page(answer: httpx.Response, seen: Seen) -> None:
    _page("events", "events", "event_id")(answer, seen)
    for ev in answer.json()["events"]:
        assert ev["n_reports"] == len(ev["reports"]) >= 1, "event without its reports"
        seen.add("stories", [ev["story_id"]])


def _has(*keys: str) -> Check:
    def check(answer: httpx.Response, seen: Seen) -> None:
        body = answer.json()
        assert all(k in body for k in keys), f"missing {keys}"

    return check


def _html(answer: httpx.Response, seen: Seen) -> None:
    assert answer.headers["content-type"].startswith("text/html") and "</html>" in answer.text


LISTS: list[tuple[str, str, Check, int]] = [  # (kind, path, check, weight)
    ("events", "/api/events?limit=50&sort=-date", _events_page, 6),
    ("events-filtered", "/api/events?actor=NOR&either=true&limit=100", _events_page, 3),
    ("events-filtered", "/api/events?type=CONSULT&since=2023-03&until=2023-10", _events_page, 2),
    ("events-filtered", "/api/events?actor=KEN&recipient=EST&either=true&sort=-reports", _events_page, 2),
    ("stories", "/api/stories?limit=50", _page("stories", "stories", "story_id"), 3),
    ("actors", "/api/actors?q=nor", _page("actors"), 2),
    ("actors", "/api/actors?limit=100", _page("actors"), 1),
    ("articles", "/api/articles?limit=50", _page("articles", "articles", "article_id"), 2),
    ("quotes", "/api/quotes?limit=50", _page("quotes"), 1),
    ("charts", "/api/dyad?a=NOR&b=KEN&interval=month", _has("series", "total"), 2),
    ("charts", "/api/network?edges=100", _has("nodes", "edges"), 1),
    ("charts", "/api/places", lambda a, s: a.json(), 1),
    ("stats", "/api/stats", _has("counts", "events_by_type"), 1),
    ("pages", "/events?actor=NOR", _html, 2),
    ("pages", "/stories", _html, 1),
    ("pages", "/timeline?a=NOR", _html, 1),
    ("pages", "/actors", _html, 1),
]
SINGLES = [  # (kind, id bucket, path template, weight)
    ("event", "events", "/api/events/{}", 4),
    ("story", "stories", "/api/stories/{}", 2),
    ("article", "articles", "/api/articles/{}", 2),
    ("pages", "events", "/events/{}", 1),
]


def _choose(rng: random.Random, seen: Seen) -> tuple[str, str, Check | None, bool]:
    """A request: its kind, path, body check, and whether it names an id seen earlier."""
    options = [(w, ("list", i)) for i, (_, _, _, w) in enumerate(LISTS)]
    options += [(w, ("single", i)) for i, (_, bucket, _, w) in enumerate(SINGLES) if getattr(seen, bucket)]
    pick = rng.choices([o for _, o in options], weights=[w for w, _ in options])[0]
    if pick[0] == "list":
        kind, path, check, _ = LISTS[pick[1]]
        return kind, path, check, False
    kind, bucket, template, _ = SINGLES[pick[1]]
    return kind, template.format(rng.choice(getattr(seen, bucket))), _html if kind == "pages" else None, True


async def _client(base: str, http: httpx.AsyncClient, budget: list[int], tally: Tally, seen: Seen, seed: int):
    rng = random.Random(seed)
    while budget[0] > 0:
        budget[0] -= 1
        kind, path, check, by_id = _choose(rng, seen)
        started = time.perf_counter()
        try:
            answer = await http.get(base + path)
            elapsed = time.perf_counter() - started
            if by_id and answer.history:  # an id a story merge replaced meanwhile, redirected
                tally.moved += 1
            if answer.status_code != 200:
                tally.errors.append(f"{path}: HTTP {answer.status_code} {answer.text[:200]}")
            else:
                (check or (lambda a, s: a.json()))(answer, seen)
        except Exception as error:
            elapsed = time.perf_counter() - started
            tally.errors.append(f"{path}: {type(error).__name__}: {' '.join(str(error).split())[:200]}")
        tally.latencies[kind].append(elapsed)
        tally.done += 1


async def run_clients(base: str, requests: int, clients: int, seed: int) -> tuple[Tally, float]:
    tally, seen, budget = Tally(), Seen(), [requests]
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=60, follow_redirects=True) as http:
        started = time.perf_counter()
        await asyncio.gather(*(_client(base, http, budget, tally, seen, seed + i) for i in range(clients)))
        return tally, time.perf_counter() - started


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _count_articles(db: str) -> int:
    from eventwire.store import Store, queries

    store = Store(db)
    try:
        with store.reading() as conn:
            return queries.table_counts(conn)["articles"]
    finally:
        store.dispose()


class Ingests:
    """`eventwire ingest` processes one after another on fresh generated corpora, until stopped."""

    def __init__(self, db: str, folder: Path, size: int) -> None:
        self.db, self.folder, self.size = db, folder, size
        self.process: subprocess.Popen | None = None
        self.runs, self.failures, self.idle_since = 0, 0, None

    def keep_running(self) -> None:
        if self.process is not None and self.process.poll() is None:
            return
        if self.process is not None and self.process.returncode != 0:
            self.failures += 1
        self.runs += 1
        corpus = write_corpus(self.folder / f"corpus-{self.runs}", self.size, seed=1000 + self.runs)
        command = [*EVENTWIRE, "ingest", str(corpus.root), "--db", self.db, "--batch-size", "16", "--quiet"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=60)


async def _watch(ingests: Ingests, stop: asyncio.Event) -> None:
    while not stop.is_set():
        ingests.keep_running()
        await asyncio.sleep(0.5)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


def _report(tally: Tally, seconds: float, before: int, after: int, ingests: Ingests, args) -> None:
    every = [x for xs in tally.latencies.values() for x in xs]
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f}; python {platform.python_version()}"
    )
    processes = "one process" if args.workers == 1 else f"{args.workers} processes"
    print(f"database: {args.db or 'SQLite (temporary)'}; server: eventwire serve on 127.0.0.1 ({processes})")
    print(
        f"{tally.done:,} requests, {args.clients} concurrent clients, {seconds:.1f} s, "
        f"{tally.done / seconds:.0f} requests/s"
    )
    print(f"errors: {len(tally.errors)}; moved (ids a story merge replaced, redirected): {tally.moved}")
    for line in tally.errors[:10]:
        print(f"  {line}")
    print(f"{'kind':<17}{'requests':>9}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    for kind, values in [*sorted(tally.latencies.items()), ("all", every)]:
        print(
            f"{kind:<17}{len(values):>9,}{_percentile(values, 0.5):>9.1f}{_percentile(values, 0.9):>9.1f}"
            f"{_percentile(values, 0.99):>9.1f}{max(values) * 1000:>9.1f}"
        )
    print(
        f"ingest during the test: {after - before:,} articles stored ({before:,} -> {after:,}), "
        f"{ingests.runs} ingest run(s), {ingests.failures} failed"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="database path or URL (default: SQLite in a temporary folder)")
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--initial", type=int, default=300, help="articles stored before the test")
    parser.add_argument("--batch", type=int, default=1500, help="articles per background ingest run")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2, help="server processes (`serve --workers`)")
    parser.add_argument("--server-log", help="write the server's log (with access lines) to this file")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="eventwire-load-"))
    db = args.db or str(folder / "load.db")
    try:
        if args.initial:
            initial = write_corpus(folder / "initial", args.initial, seed=args.seed)
            subprocess.run(
                [*EVENTWIRE, "ingest", str(initial.root), "--db", db, "--quiet"],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        port = _free_port()
        log = open(args.server_log, "w") if args.server_log else subprocess.DEVNULL  # noqa: SIM115
        server = subprocess.Popen(
            [*EVENTWIRE, "serve", "--db", db, "--port", str(port), "--workers", str(args.workers)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        _wait_for(base)
        ingests = Ingests(db, folder, args.batch)
        ingests.keep_running()
        time.sleep(20)  # let the ingest load its stages and start committing
        before = _count_articles(db)
        tally, seconds = asyncio.run(_with_ingest(base, args, ingests))
        after = _count_articles(db)
        ingests.stop()
        server.terminate()
        server.wait(timeout=30)
        _report(tally, seconds, before, after, ingests, args)
        return 1 if tally.errors or ingests.failures else 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


async def _with_ingest(base: str, args, ingests: Ingests) -> tuple[Tally, float]:
    stop = asyncio.Event()
    watcher = asyncio.create_task(_watch(ingests, stop))
    try:
        return await run_clients(base, args.requests, args.clients, args.seed)
    finally:
        stop.set()
        await watcher


def _wait_for(base: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server at {base} did not answer within {seconds:.0f} s")


if __name__ == "__main__":
    sys.exit(main())
