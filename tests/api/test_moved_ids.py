"""Links to events and stories survive later merges: a replaced id redirects to what holds it now."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.records import Article, Event, Report
from eventwire.store import Store, retired
from eventwire.web import create_app


def _article(aid: str) -> Article:
    return Article(
        article_id=aid, source_path=f"/in/{aid}.txt", text="Ministers met.", published="2026-03-02"
    )


def _report_event(aid: str, event_id: str) -> Event:
    rep = Report(aid, f"/in/{aid}.txt", "Ministers met.", (0, 14), report_id=event_id)
    return Event(event_id, "CONSULT", [], [], [rep], date="2026-03-02", date_precision="day")


def _merged(event_id: str, parts: list[Event], story: str = "s-one") -> Event:
    reports = [r for ev in parts for r in ev.reports]
    return Event(
        event_id, "CONSULT", [], [], reports, date="2026-03-02", date_precision="day", story_id=story
    )


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "moved.db")
    yield s
    s.dispose()


def _story(store: Store, story: str, aid: str, merged_id: str) -> Event:
    part = _report_event(aid, f"r-{aid}")
    with store.transaction() as w:
        w.upsert_story(story, f"story {story}")
        w.add_article(_article(aid), story)
        w.add_reports([part])
        w.replace_story_events(story, [_merged(merged_id, [part], story)], ("2026-03-02", "day"))
    return part


def test_a_remerged_event_and_an_absorbed_story_lead_to_their_successors(store):
    first = _story(store, "s-one", "a1", "e-old")
    second = _story(store, "s-two", "a2", "e-other")
    with store.transaction() as w:  # a bridging report: s-two joins s-one, whose events are merged again
        w.merge_stories("s-one", ["s-two"])
        w.replace_story_events("s-one", [_merged("e-new", [first, second])], ("2026-03-02", "day"))
    with store.reading() as conn:
        assert retired.successor(conn, "event", "e-old") == "e-new"
        assert retired.successor(conn, "event", "e-other") == "e-new"
        assert retired.successor(conn, "story", "s-two") == "s-one"
        assert retired.successor(conn, "event", "e-new") is None  # current ids are not retired
        assert retired.successor(conn, "event", "e-never") is None

    client = TestClient(create_app(store))
    answer = client.get("/api/events/e-old", follow_redirects=False)
    assert answer.status_code == 307 and answer.headers["location"].endswith("/api/events/e-new")
    assert client.get("/api/events/e-old").json()["event_id"] == "e-new"
    assert client.get("/api/stories/s-two").json()["story_id"] == "s-one"
    assert client.get("/events/e-other", follow_redirects=False).headers["location"].endswith("/events/e-new")
    page = client.get("/stories/s-two")
    assert page.status_code == 200 and str(page.url).endswith("/stories/s-one")
    assert client.get("/api/events/e-never").status_code == 404


def test_an_id_a_merge_gives_back_is_no_longer_redirected(store):
    part = _story(store, "s-one", "a1", "e-first")
    with store.transaction() as w:
        w.replace_story_events("s-one", [_merged("e-second", [part])], ("2026-03-02", "day"))
        w.replace_story_events("s-one", [_merged("e-first", [part])], ("2026-03-02", "day"))
    with store.reading() as conn:
        assert retired.successor(conn, "event", "e-first") is None
        assert retired.successor(conn, "event", "e-second") == "e-first"
    client = TestClient(create_app(store))
    assert client.get("/api/events/e-first", follow_redirects=False).status_code == 200
