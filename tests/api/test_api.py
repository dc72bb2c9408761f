"""The HTTP API with FastAPI's TestClient, over the world of tests/store/world.py on both backends."""

from __future__ import annotations

import json

import pytest
from fastapi import Depends
from fastapi.testclient import TestClient

from eventwire.api.deps import require_write_token
from eventwire.records import Event
from eventwire.web import create_app


@pytest.fixture(scope="module")
def client(world):
    with TestClient(create_app(world.store)) as c:
        yield c


def get(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


def test_events_page_has_jsonl_field_names_total_and_paging(client):
    page = get(client, "/api/events?limit=2&offset=1")
    assert page["total"] == 6 and page["limit"] == 2 and page["offset"] == 1 and page["sort"] == "-date"
    assert [e["event_type"] for e in page["events"]] == ["AID", "COERCE"]
    record = page["events"][0]
    assert set(record) == set(Event("x", "X", [], [], []).to_dict())


def test_event_filters_and_sorting(client):
    assert [
        e["event_type"]
        for e in get(client, "/api/events?actor=mira&recipient=NATO&either=true&sort=date")["events"]
    ] == ["CONSULT", "REQUEST"]
    assert get(client, "/api/events?type=consult")["events"][0]["n_reports"] == 2
    assert get(client, "/api/events?quad_class=verbal%20conflict")["total"] == 1
    assert get(client, "/api/events?since=2022-04&until=2022-05-01")["total"] == 2
    assert get(client, "/api/events?sort=-reports&limit=1")["events"][0]["event_type"] == "CONSULT"


def test_minimum_confidence_keeps_only_events_that_confident(client):
    everything = get(client, "/api/events?limit=500")["events"]
    confident = get(client, "/api/events?min_confidence=0.8&limit=500")
    assert 0 < confident["total"] < len(everything)
    assert {e["event_id"] for e in confident["events"]} == {
        e["event_id"] for e in everything if e["confidence"] >= 0.8
    }
    assert get(client, "/api/events?min_confidence=0")["total"] == len(everything)


@pytest.mark.parametrize(
    ("url", "where"),
    [
        ("/api/events?min_confidence=1.5", "min_confidence"),
        ("/api/events?since=2021-13", "since"),
        ("/api/events?limit=100000", "limit"),
        ("/api/events?sort=-password", "sort"),
        ("/api/events?quad_class=friendly", "quad_class"),
        ("/api/dyad", "a"),
        ("/api/events/..%2F..%2Fetc%2Fpasswd", "event_id"),
    ],
)
def test_bad_parameters_get_one_clear_line(client, url, where):
    response = client.get(url)
    assert response.status_code in (404, 422)
    if response.status_code == 422:
        assert response.json()["detail"].startswith(f"{where}:")


def test_one_event_with_highlighted_evidence_per_report(client):
    meeting = get(client, "/api/events?type=CONSULT")["events"][0]
    event = get(client, f"/api/events/{meeting['event_id']}")
    assert len(event["reports"]) == 2
    assert [r["reason"] for r in event["reports"]] == ["verb 'met' (world.py) → CONSULT"] * 2
    first = event["reports"][0]["evidence"]
    marked = {s["role"]: s["text"] for s in first if s["role"]}
    assert marked == {"actor": "Mira Holt", "trigger": "met", "recipient": "NATO"}
    assert "".join(s["text"] for s in first) == event["reports"][0]["sentence"]
    assert get(client, "/api/events/e0000", 404)["detail"] == "no event e0000"


def test_stories_and_one_story(client, world):
    stories = get(client, "/api/stories")
    assert stories["total"] == 6
    meeting = next(s for s in stories["stories"] if s["story_id"] == world.story_ids["meeting"])
    assert meeting["n_articles"] == 2 and meeting["n_events"] == 1
    story = get(client, f"/api/stories/{world.story_ids['meeting']}")
    assert [a["outlet"] for a in story["articles"]] == ["Nordic Ledger", "Baltic Wire"]
    assert story["events"][0]["n_reports"] == 2
    assert get(client, "/api/stories?q=estonia")["total"] == 2  # titles of the accusation and the aid
    assert get(client, "/api/stories?min_reports=2")["total"] == 1  # only the meeting has two reports
    dated = get(client, "/api/stories?since=1900")
    assert 0 < dated["total"] <= 6 and all(s["date"] for s in dated["stories"])
    assert get(client, "/api/stories?until=1900")["total"] == 0
    assert "detail" in get(client, "/api/stories?since=June", 422)


def test_actors_with_counts_and_search(client):
    actors = get(client, "/api/actors?q=holt")
    assert actors["total"] == 1
    holt = actors["actors"][0]
    assert (holt["key"], holt["name"], holt["n_events"], holt["n_as_actor"]) == ("XQ1", "Mira Holt", 2, 1)
    assert get(client, "/api/actors?limit=1")["total"] == 8


def test_dyad_series(client):
    series = get(client, "/api/dyad?a=NATO&b=XQ1&interval=month")
    assert series["series"] == [{"period": "2021-06", "key": "verbal cooperation", "count": 1}]
    assert series["undated"] == 1 and series["directed"] is False
    directed = get(client, "/api/dyad?a=NATO&b=XQ1&directed=true")
    assert directed["total"] == 0 and directed["undated"] == 1
    by_type = get(client, "/api/dyad?a=FRA&by=event_type&interval=year")
    assert by_type["series"] == [{"period": "2022", "key": "COERCE", "count": 1}]


def test_network_places_quotes_articles_stats(client):
    network = get(client, "/api/network?quad_class=verbal%20cooperation")
    assert {(e["source"], e["target"]) for e in network["edges"]} == {("XQ1", "NATO"), ("NATO", "XQ1")}
    places = get(client, "/api/places?since=2022")
    assert {p["name"] for p in places} == {"Tallinn", "Paris", "Oslo", "Estonia"}
    assert {p["name"] for p in places if p["feature"] == "country"} == {"Estonia"}
    quotes = get(client, "/api/quotes?actor=XQ1")
    assert quotes["total"] == 1 and quotes["quotes"][0]["speaker"]["name"] == "Mira Holt"
    article = get(client, "/api/articles/a1")
    assert article["text"].startswith("Prime Minister") and article["reports"][0]["event_type"] == "CONSULT"
    assert get(client, "/api/articles?outlet=ledger")["total"] == 2
    assert get(client, "/api/articles/zz", 404)["detail"] == "no article zz"
    stats = get(client, "/api/stats")
    assert stats["counts"]["events"] == 6 and stats["events_by_type"]["CONSULT"] == 1


def test_openapi_schema_documents_every_endpoint(client):
    schema = get(client, "/openapi.json")
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/actors",
        "/api/dyad",
        "/api/network",
        "/api/places",
        "/api/quotes",
        "/api/articles/{article_id}",
    ):
        assert path in schema["paths"]
    assert "EventOut" in schema["components"]["schemas"]


def test_security_headers_and_no_docs_from_the_internet(client):
    response = client.get("/api/stats")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert client.get("/docs").status_code == 404


def _app_with_a_writing_endpoint(store, token):
    app = create_app(store, write_token=token)

    @app.post("/api/test-write", dependencies=[Depends(require_write_token)])
    def write() -> dict:
        return {"ok": True}

    return app


def test_writing_is_off_without_a_token_and_needs_it_when_set(world, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_WRITE_TOKEN", raising=False)
    with TestClient(_app_with_a_writing_endpoint(world.store, None)) as off:
        assert off.post("/api/test-write", headers={"Authorization": "Bearer x"}).status_code == 403
    with TestClient(_app_with_a_writing_endpoint(world.store, "s3cret")) as on:
        assert on.post("/api/test-write").status_code == 401
        assert on.post("/api/test-write", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert on.post("/api/test-write", headers={"Authorization": "Bearer s3cret"}).json() == {"ok": True}


def test_export_files_hold_every_filtered_event(client, tmp_path):
    pd = pytest.importorskip("pandas")
    lines = client.get("/api/export?format=jsonl&actor=NATO&either=true")
    assert lines.status_code == 200 and lines.headers["content-type"].startswith("application/x-ndjson")
    assert 'filename="events.jsonl"' in lines.headers["content-disposition"]
    assert [json.loads(x)["event_type"] for x in lines.text.splitlines()] == ["CONSULT", "REQUEST"]
    csv_text = client.get("/api/export?format=csv&sort=-date").text
    assert csv_text.splitlines()[0].startswith("event_id,event_type") and len(csv_text.splitlines()) == 7
    assert [p["event"] for p in client.get("/api/export?format=plover-json&type=AID").json()] == ["AID"]
    parquet = tmp_path / "events.parquet"
    parquet.write_bytes(client.get("/api/export?format=parquet").content)
    assert len(pd.read_parquet(parquet)) == 6
    assert client.get("/api/export?format=xlsx").status_code == 422
