"""The API answers while an ingest writes: no errors, and every answer is one consistent snapshot (a page's
total always equals the events it lists)."""

from __future__ import annotations

import threading

from fastapi.testclient import TestClient
from world import ESTONIA, NORWAY, article, build_world, event, store_story

from eventwire.web import create_app


def test_reads_during_writes_are_consistent(store):
    build_world(store)
    done = threading.Event()
    failures: list[BaseException] = []

    def ingest() -> None:
        try:
            for i in range(40):
                art = article(f"w{i}", f"Norway sent aid to Estonia on day {i}.", "2023-01-02", "Wire", None)
                ev = event(
                    art,
                    art.text,
                    "sent",
                    "AID",
                    "material cooperation",
                    [(NORWAY, "Norway")],
                    [(ESTONIA, "Estonia")],
                    "2023-01-02",
                    "day",
                    None,
                )
                store_story(store, [(art, [ev], [])])
        except BaseException as exc:
            failures.append(exc)
        finally:
            done.set()

    writer = threading.Thread(target=ingest)
    with TestClient(create_app(store)) as client:
        writer.start()
        seen = []
        while not done.is_set() or not seen:
            page = client.get("/api/events?limit=500&actor=NOR&either=true")
            assert page.status_code == 200, page.text
            body = page.json()
            assert body["total"] == len(body["events"])
            actors = client.get("/api/actors?q=NOR").json()
            assert actors["total"] == 2  # Norway, and Mira Holt whose country is NOR
            seen.append(body["total"])
        writer.join()
        seen.append(client.get("/api/events?limit=500&actor=NOR&either=true").json()["total"])
    assert failures == []
    assert seen == sorted(seen) and seen[-1] >= 40  # counts only grow: no partial or stale states
