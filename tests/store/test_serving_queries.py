"""What the API and pages read: filters, sorting, paging, counts and aggregates, on both backends."""

from __future__ import annotations

import pytest

from eventwire.store import EventFilter, aggregates, browse, queries


def events(world, **kw):
    with world.store.reading() as conn:
        return queries.find_events(conn, EventFilter(**kw))


def types(found) -> list[str]:
    return [ev.event_type for ev in found]


def test_newest_first_puts_undated_events_last_and_pages_cleanly(world):
    everything = events(world, sort="-date")
    assert types(everything) == ["PROTEST", "AID", "COERCE", "ACCUSE", "CONSULT", "REQUEST"]
    pages = [events(world, sort="-date", limit=2, offset=o) for o in (0, 2, 4)]
    assert [ev.event_id for page in pages for ev in page] == [ev.event_id for ev in everything]
    assert types(events(world, sort="date")) == ["CONSULT", "ACCUSE", "COERCE", "AID", "PROTEST", "REQUEST"]


def test_sort_by_reports_puts_the_merged_meeting_first(world):
    assert events(world, sort="-reports")[0].event_type == "CONSULT"


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ({"actor": "XQ1"}, ["CONSULT"]),
        ({"actor": "holt", "both_directions": True}, ["CONSULT", "REQUEST"]),
        ({"actor": "NATO", "recipient": "mira"}, ["REQUEST"]),
        ({"actor": "mira", "recipient": "NATO", "both_directions": True}, ["CONSULT", "REQUEST"]),
        ({"actor": "FRA"}, ["COERCE"]),  # a country code matches every actor of that country
        ({"actor": "EST", "both_directions": True}, ["ACCUSE", "AID"]),  # not "protEST ers"
        ({"actor": "est", "recipient": "RUS"}, ["ACCUSE"]),
        ({"recipient": "police"}, []),
        ({"actor": "100%"}, []),  # LIKE wildcards in input are literal
        ({"quad_class": "material conflict"}, ["COERCE", "PROTEST"]),
        ({"location": "EST"}, ["ACCUSE", "AID"]),  # in Tallinn, and in Estonia as a whole
        ({"location": "Oslo"}, ["PROTEST"]),
        ({"since": "2022-04", "until": "2022-04"}, ["AID"]),  # a month-precision date within its month
        ({"since": "2022", "until": "2022-03"}, ["ACCUSE", "COERCE"]),
        ({"until": "2021"}, ["CONSULT"]),
    ],
)
def test_filters(world, flt, expected):
    found = events(world, sort="date", **flt)
    assert types(found) == expected
    with world.store.reading() as conn:
        assert queries.count_events(conn, EventFilter(**flt)) == len(expected)


def test_get_event_has_every_report(world):
    meeting = events(world, event_type="CONSULT")[0]
    with world.store.reading() as conn:
        ev = queries.get_event(conn, meeting.event_id)
        assert queries.get_event(conn, "nope") is None
    assert ev is not None and sorted(r.outlet for r in ev.reports) == ["Baltic Wire", "Nordic Ledger"]


@pytest.mark.parametrize("sort", [None, "-reports", "-date"])
def test_iter_events_pages_through_everything_in_order(world, monkeypatch, sort):
    calls = []
    real = queries.find_events

    def spy(conn, f, after=None):
        calls.append((f.limit, f.offset, after))
        return real(conn, f, after)

    monkeypatch.setattr(queries, "find_events", spy)
    with world.store.reading() as conn:
        streamed = [ev.event_id for ev in queries.iter_events(conn, EventFilter(sort=sort), page=2)]
        limited = list(queries.iter_events(conn, EventFilter(sort=sort, limit=3), page=2))
        expected = [ev.event_id for ev in real(conn, EventFilter(sort=sort))]
    assert streamed == expected and len(limited) == 3
    assert all(limit <= 2 for limit, _, _ in calls)
    if sort is None:  # oldest first: each page starts after the last one (through the undated events)
        assert all(offset == 0 for _, offset, after in calls if after)
        assert any(after and after[0] is None for _, _, after in calls)  # past the undated REQUEST


def real_events(world):
    with world.store.reading() as conn:
        return queries.find_events(conn, EventFilter())


def test_dyad_series_by_month_counts_both_directions(world):
    with world.store.reading() as conn:
        both = aggregates.dyad_series(conn, EventFilter(actor="NOR", recipient="EST", both_directions=True))
        week = aggregates.dyad_series(
            conn, EventFilter(actor="XQ1", both_directions=True), "week", "event_type"
        )
        day = aggregates.dyad_series(conn, EventFilter(actor="EST", both_directions=True), "day")
    # the aid is dated to April 2022 only: it counts by month, and is "coarser" than a day
    assert both["series"] == [{"period": "2022-04", "key": "material cooperation", "count": 1}]
    assert week["series"] == [{"period": "2021-06-28", "key": "CONSULT", "count": 1}]  # the Monday
    assert week["undated"] == 1 and week["total"] == 1
    assert day["total"] == 1 and day["coarser"] == 1


def test_network_edges_weighted_by_events_with_and_without_a_filter(world):
    with world.store.reading() as conn:
        everything = aggregates.network(conn)
        conflict = aggregates.network(conn, EventFilter(quad_class="material conflict"))
    edges = {(e["source"], e["target"]): e["weight"] for e in everything["edges"]}
    assert edges[("XQ1", "NATO")] == 1 and edges[("NATO", "XQ1")] == 1 and len(edges) == 6
    assert {(e["source"], e["target"]) for e in conflict["edges"]} == {
        ("French police", "protesters"),
        ('<img src=x onerror="window.__pwned=3">', "NOR"),
    }
    nodes = {n["key"]: n for n in everything["nodes"]}
    assert nodes["XQ1"]["name"] == "Mira Holt" and nodes["XQ1"]["weight"] == 2


def test_event_places_group_located_events(world):
    with world.store.reading() as conn:
        places = {p["name"]: p for p in aggregates.event_places(conn)}
        filtered = aggregates.event_places(conn, EventFilter(actor="FRA"))
    assert set(places) == {"Brussels", "Tallinn", "Paris", "Oslo", "Estonia"}
    assert places["Paris"]["n_material_conflict"] == 1 and places["Brussels"]["count"] == 1
    assert places["Estonia"]["feature"] == "country" and places["Tallinn"]["feature"] == "city"
    assert [p["name"] for p in filtered] == ["Paris"]


def test_actor_summary_counts_and_search(world):
    with world.store.reading() as conn:
        top = aggregates.actor_summary(conn, limit=3)
        holt = aggregates.actor_summary(conn, "olt")
        french = aggregates.actor_summary(conn, "FRA")
        n_all = aggregates.count_actors(conn)
    assert top[0]["key"] in {"XQ1", "NATO", "NOR", "EST"} and top[0]["n_events"] == 2
    assert [a["key"] for a in holt] == ["XQ1"]
    assert holt[0]["n_as_actor"] == 1 and holt[0]["n_as_recipient"] == 1 and holt[0]["sectors"] == ["GOV"]
    assert {a["key"] for a in french} == {"French police", "protesters"}
    assert n_all == 8  # speakers without events are in the directory but not listed


def test_story_and_article_pages(world):
    with world.store.reading() as conn:
        stories = browse.stories_page(conn, limit=10)
        meeting = browse.get_story(conn, world.story_ids["meeting"])
        text = browse.get_article(conn, "a1")
        arts = browse.articles_page(conn, limit=2, outlet="ledger")
        n_quotes = browse.count_quotes(conn, "holt")
        quotes = browse.quotes_page(conn, limit=5)
    assert len(stories) == 6 and stories[-1]["date"] is None  # undated last
    assert meeting is not None and [a["outlet"] for a in meeting["articles"]] == [
        "Nordic Ledger",
        "Baltic Wire",
    ]
    assert meeting["n_events"] == 1 and meeting["outlets"] == ["Baltic Wire", "Nordic Ledger"]
    assert text is not None and text["text"].startswith("Prime Minister")
    assert text["reports"][0]["trigger_span"] == [25, 28] and text["reports"][0]["event_id"]
    assert [a["article_id"] for a in arts] == ["a5", "a1"]
    assert n_quotes == 1 and quotes[0]["date"] == "2022-05-01"  # newest first
