"""Latency of every API endpoint and web page over a large database: p50/p99 per endpoint.

    .venv/bin/python bench/make_events.py --db /tmp/bench.db          # 100,000 events, once
    .venv/bin/python bench/serve_latency.py --db /tmp/bench.db [--repeat 30] [--http]

By default requests go through FastAPI's TestClient (the app and the database, no network); ``--http``
starts `eventwire serve` with uvicorn on 127.0.0.1 and requests over HTTP. Ids, actors and pairs are
drawn from the database (a different event, story, article for each request). Exits 1 when any p99 is
over the budget (300 ms).
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import httpx
from sqlalchemy import and_, func, select

from eventwire.store import Store
from eventwire.store import schema as t

BUDGET_MS = 300.0

# (name, path template); {placeholders} are drawn from the database for each request
ENDPOINTS = [
    ("api events", "/api/events"),
    ("api events deep page", "/api/events?offset={deep_offset}"),
    ("api events oldest first", "/api/events?sort=date"),
    ("api events by reports", "/api/events?sort=-reports"),
    ("api events actor", "/api/events?actor={actor}"),
    ("api events top actor", "/api/events?actor={top_actor}"),
    ("api events pair", "/api/events?actor={actor}&recipient={recipient}&either=true"),
    ("api events name part", "/api/events?actor={name_part}"),
    ("api events type+dates", "/api/events?type={event_type}&since={year}&until={year}"),
    ("api events location", "/api/events?location={country}"),
    ("api event", "/api/events/{event_id}"),
    ("api stories", "/api/stories"),
    ("api story", "/api/stories/{story_id}"),
    ("api actors", "/api/actors"),
    ("api actors search", "/api/actors?q={name_part}"),
    ("api dyad month", "/api/dyad?a={actor}&b={recipient}"),
    ("api dyad week", "/api/dyad?a={actor}&b={recipient}&interval=week"),
    ("api dyad top actor day", "/api/dyad?a={top_actor}&interval=day&by=event_type"),
    ("api network", "/api/network"),
    ("api network actor", "/api/network?actor={actor}&either=true"),
    ("api places", "/api/places"),
    ("api quotes", "/api/quotes"),
    ("api quotes speaker", "/api/quotes?actor={actor}"),
    ("api articles", "/api/articles"),
    ("api article", "/api/articles/{article_id}"),
    ("api stats", "/api/stats"),
    ("page events", "/events"),
    ("page events pair", "/events?actor={actor}&recipient={recipient}&either=true"),
    ("page event", "/events/{event_id}"),
    ("page stories", "/stories"),
    ("page story", "/stories/{story_id}"),
    ("page article", "/articles/{article_id}"),
    ("page actors", "/actors"),
    ("page timeline pair", "/timeline?a={actor}&b={recipient}"),
    ("page timeline top actor", "/timeline?a={top_actor}&interval=week"),
    ("page network", "/network"),
    ("page map", "/map"),
    ("page quotes", "/quotes"),
]


def _sample(conn, column, n: int, rng: random.Random) -> list[Any]:
    values = list(conn.scalars(select(column).where(column.is_not(None)).order_by(func.random()).limit(n)))
    rng.shuffle(values)
    return values


class Draws:
    """Values for the placeholders, drawn from the database."""

    def __init__(self, store: Store, seed: int = 1) -> None:
        rng = self.rng = random.Random(seed)
        e, a = t.events.c, t.event_actors.c
        with store.reading() as conn:
            self.n_events = conn.scalar(select(func.count()).select_from(t.events)) or 0
            self.event_ids = _sample(conn, e.event_id, 200, rng)
            self.story_ids = _sample(conn, e.story_id, 200, rng)
            self.article_ids = _sample(conn, t.articles.c.article_id, 200, rng)
            y = t.event_actors.alias("y")
            pairs = (
                select(a.actor_key, y.c.actor_key)
                .join(y, and_(y.c.event_id == a.event_id, y.c.side == "recipient"))
                .where(a.side == "actor")
                .order_by(func.random())
                .limit(2000)
            )
            self.pairs = [(x, z) for x, z in conn.execute(pairs)]
            top = (
                select(a.actor_key, func.count().label("n"))
                .group_by(a.actor_key)
                .order_by(func.count().desc())
            )
            self.top_actors = [k for k, _ in conn.execute(top.limit(5))]
            self.names = list(conn.scalars(select(a.name).distinct().limit(500)))
            self.types = list(conn.scalars(select(e.event_type).distinct()))
            self.countries = list(conn.scalars(select(e.location_country).distinct().limit(100)))
            years = conn.execute(select(func.min(e.date), func.max(e.date))).one()
        self.years = list(range(int(years[0][:4]), int(years[1][:4]) + 1)) if years[0] else [2020]

    def fill(self, template: str) -> str:
        rng = self.rng
        actor, recipient = rng.choice(self.pairs) if self.pairs else ("x", "y")
        name = rng.choice(self.names) if self.names else "x"
        start = rng.randrange(max(1, len(name) - 4))
        values = {
            "deep_offset": rng.randrange(max(1, self.n_events - 50)),
            "actor": actor,
            "recipient": recipient,
            "top_actor": rng.choice(self.top_actors) if self.top_actors else "x",
            "name_part": name[start : start + 5].strip() or name,
            "event_type": rng.choice(self.types) if self.types else "CONSULT",
            "year": rng.choice(self.years),
            "country": rng.choice(self.countries) if self.countries else "FRA",
            "event_id": rng.choice(self.event_ids) if self.event_ids else "x",
            "story_id": rng.choice(self.story_ids) if self.story_ids else "x",
            "article_id": rng.choice(self.article_ids) if self.article_ids else "x",
        }
        return template.format(**{k: quote(str(v), safe="") for k, v in values.items()})


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def http_client(db: str):
    """`eventwire serve` in a subprocess on a free local port, and a client for it."""
    port = _free_port()
    cmd = [sys.executable, "-m", "eventwire.cli", "serve", "--db", db, "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for _ in range(200):
                try:
                    client.get("/api/stats")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            yield client
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextmanager
def test_client(db: str):
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    with TestClient(create_app(db)) as client:
        yield client


def measure(
    get: Callable[[str], httpx.Response], draws: Draws, repeat: int
) -> list[tuple[str, list[float], int]]:
    results = []
    for name, template in ENDPOINTS:
        get(draws.fill(template))  # warm up (templates compiled, pages cached)
        times, errors = [], 0
        for _ in range(repeat):
            url = draws.fill(template)
            t0 = time.perf_counter()
            response = get(url)
            times.append((time.perf_counter() - t0) * 1000)
            errors += response.status_code >= 400
        results.append((name, times, errors))
    return results


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="bench-events.db")
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--http", action="store_true", help="through uvicorn on 127.0.0.1 instead of TestClient")
    args = ap.parse_args()
    store = Store(args.db)
    draws = Draws(store)
    store.dispose()
    print(
        f"{args.db}: {draws.n_events} events; {args.repeat} requests per endpoint "
        f"({'uvicorn over HTTP' if args.http else 'TestClient'})"
    )
    with (http_client if args.http else test_client)(args.db) as client:
        results = measure(client.get, draws, args.repeat)
    print(f"{'endpoint':28} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} errors")
    over = 0
    for name, times, errors in results:
        p99 = percentile(times, 0.99)
        over += p99 > BUDGET_MS or errors > 0
        flag = "  OVER BUDGET" if p99 > BUDGET_MS else ""
        print(f"{name:28} {statistics.median(times):8.1f} {p99:8.1f} {max(times):8.1f} {errors:6d}{flag}")
    all_times = [x for _, times, _ in results for x in times]
    print(
        f"{'all':28} {statistics.median(all_times):8.1f} {percentile(all_times, 0.99):8.1f} "
        f"{max(all_times):8.1f}"
    )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
