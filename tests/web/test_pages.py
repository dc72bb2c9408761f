"""The server-rendered pages: every page renders, evidence is marked, article text and names are escaped,
and nothing is loaded from elsewhere."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from eventwire.web import create_app
from eventwire.web.report import render_report


@pytest.fixture(scope="module")
def client(world):
    with TestClient(create_app(world.store)) as c:
        yield c


def page(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def event_id(client, **filters) -> str:
    query = "&".join(f"{k}={v}" for k, v in filters.items())
    return client.get(f"/api/events?{query}").json()["events"][0]["event_id"]


PAGES = [
    "/events",
    "/events?actor=mira&recipient=NATO&either=true",
    "/stories",
    "/actors",
    "/actors?q=police",
    "/timeline",
    "/timeline?a=NOR&b=EST&interval=week",
    "/network",
    "/network?actor=XQ1&either=true",
    "/map",
    "/quotes",
    "/articles/a7",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders_and_loads_nothing_from_elsewhere(client, url):
    html = page(client, url)
    assert "<title>" in html
    external = re.findall(r'(?:src|href)="(?!/|#|\?)([^"]+)"', html)
    # only the sources' own links may leave the site, and only as http(s) links
    assert all(link.startswith(("https://", "http://")) for link in external), external
    assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)(?![^>]*type=\"application/json\")", html)


def test_hostile_text_names_and_urls_are_escaped_everywhere(client, world):
    protest = event_id(client, type="PROTEST")
    pages = [
        page(client, "/articles/a7"),
        page(client, f"/events/{protest}"),
        page(client, f"/stories/{world.story_ids['hostile']}"),
        page(client, "/events"),
        page(client, "/quotes"),
        page(client, "/actors"),
        page(client, "/network"),
        page(client, "/timeline?a=NOR"),
    ]
    for html in pages:
        assert "<script>window" not in html and "<img src=x" not in html and "<svg onload" not in html
        assert "<b>Evil</b>" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in pages[0]
    assert "\\u003cimg src=x onerror" in pages[6]  # chart data: JSON with < escaped


def test_only_http_links_to_sources(client):
    arrest = page(client, f"/events/{event_id(client, type='COERCE')}")
    assert (
        "javascript:" not in arrest.split("<main>")[1].split("href=")[0] or 'href="javascript' not in arrest
    )
    assert 'href="javascript:alert(1)"' not in arrest
    assert "Paris Report" in arrest  # shown as text instead
    meeting = page(client, f"/events/{event_id(client, type='CONSULT')}")
    assert (
        'href="https://ledger.example/holt-nato"' in meeting
        and 'rel="noopener noreferrer nofollow"' in meeting
    )


def test_event_page_marks_actor_trigger_and_recipient_in_each_report(client):
    html = page(client, f"/events/{event_id(client, type='CONSULT')}")
    reports = re.findall(r'<blockquote class="evidence">(.*?)</blockquote>', html, re.S)
    assert len(reports) == 2
    for quote in reports:
        assert '<mark class="actor" title="actor">Mira Holt</mark>' in quote
        assert '<mark class="trigger" title="trigger">met</mark>' in quote
        assert '<mark class="recipient" title="recipient">NATO</mark>' in quote


def test_event_page_says_why_each_report_was_coded(client):
    html = page(client, f"/events/{event_id(client, type='CONSULT')}")
    reasons = re.findall(r'<div class="reason">(.*?)</div>', html, re.S)
    assert reasons == ["coded from verb &#39;met&#39; (world.py) → CONSULT"] * 2
    listed = page(client, "/events?type=CONSULT")
    assert 'title="coded from verb &#39;met&#39; (world.py) → CONSULT"' in listed


def test_event_page_says_how_precise_its_place_is_and_where_it_was_read(client):
    html = page(client, f"/events/{event_id(client, type='CONSULT')}")
    assert "Brussels, BEL" in html and "city, from the sentence" in html


def test_story_page_shows_every_report_side_by_side(client, world):
    html = page(client, f"/stories/{world.story_ids['meeting']}")
    columns = re.findall(r'<th class="article-col">', html)
    cells = re.findall(r'<p class="evidence">', html)
    assert len(columns) == 2 and len(cells) == 2
    assert html.index("Nordic Ledger") < html.index("Baltic Wire")  # oldest first


def test_article_page_marks_the_sentences_of_its_events(client):
    html = page(client, "/articles/a1")
    assert '<mark class="trigger">met</mark>' in html
    assert "Holt said the talks were useful." in html  # the rest of the text, unmarked


def test_event_table_filters_sorts_and_pages(client):
    html = page(client, "/events?limit=2&sort=date")
    assert "1–2 of 6" in html and 'rel="next"' in html and 'rel="prev"' not in html
    assert html.index('class="event-link">CONSULT<') < html.index('class="event-link">ACCUSE<')
    html = page(client, "/events?actor=FRA")
    assert "1–1 of 1" in html and ">COERCE<" in html and "Timeline of these events" in html


def test_minimum_confidence_is_a_filter_the_form_keeps(client):
    html = page(client, "/events?min_confidence=0.8")
    assert "1–1 of 1" in html and 'class="event-link">CONSULT<' in html
    assert 'name="min_confidence" value="0.8"' in html
    assert 'name="min_confidence" value=""' in page(client, "/events")


def test_charts_get_their_data_in_the_page(client):
    html = page(client, "/timeline?a=XQ1&interval=month")
    data = re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', html, re.S)
    assert data and '"period": "2021-06"' in data.group(1)
    assert '<script src="/static/vendor/plotly.min.js">' in html
    assert 'value="None"' not in html


def test_bad_parameters_and_missing_things_get_an_error_page(client):
    assert "since:" in page(client, "/events?since=yesterday", 400)
    assert "no event zzz" in page(client, "/events/zzz", 404)
    assert "no story zzz" in page(client, "/stories/zzz", 404)


def test_static_assets_come_from_the_package(client):
    assert client.get("/static/vendor/plotly.min.js").text.startswith("/**")
    outlines = client.get("/static/topojson/world_110m.json").json()
    assert "countries" in outlines["objects"]
    assert "drawNetwork" in client.get("/static/eventwire.js").text
    assert client.get("/static/../../api/app.py").status_code == 404


def test_static_report_shares_the_templates_and_escapes(world):
    with world.store.reading() as conn:
        html = render_report(conn)
    assert "&lt;img src=x onerror=" in html and "<img src=x" not in html
    assert '<mark class="trigger" title="trigger">met</mark>' in html


@pytest.mark.parametrize(
    "source, says",
    [
        ("sentence", "city, from the sentence"),
        ("parties", "country, inferred: every party is of this country"),
    ],
)
def test_the_place_says_whether_it_was_read_or_inferred(source, says):
    from eventwire.web.templating import templates

    feature = "country" if source == "parties" else "city"
    place = {
        "name": "Chile",
        "country": "CHL",
        "lat": -30.0,
        "lon": -71.0,
        "feature": feature,
        "source": source,
    }
    html = templates.from_string('{% import "_macros.html" as m %}{{ m.where(place) }}').render(place=place)
    assert "Chile, CHL" in html and says in html


@pytest.mark.parametrize(
    ("date", "precision", "published", "shown"),
    [
        ("2021-03-07", "day", ["2021-03-09"], "2021-03-07"),
        ("2021-03", "month", ["2021-03-09"], '2021-03 <span class="meta">(month)</span>'),
        # an undated event says when it was first reported, apart from its date (session 35)
        (
            None,
            "unknown",
            ["2021-03-10", "2021-03-09"],
            'unknown <span class="meta">(reported 2021-03-09)</span>',
        ),
        (None, "unknown", [None], "unknown"),
    ],
)
def test_an_event_date_is_shown_apart_from_its_report_date(date, precision, published, shown):
    from eventwire.records import Event, Report
    from eventwire.web.templating import templates

    reports = [
        Report(article_id=f"a{i}", source_path="n.txt", sentence="s", span=(0, 1), published=p)
        for i, p in enumerate(published)
    ]
    event = Event("e1", "CONSULT", [], [], reports, date=date, date_precision=precision)
    macro = templates.from_string('{% import "_macros.html" as m %}{{ m.when(ev) }}')
    assert macro.render(ev=event).strip() == shown


def test_a_date_range_is_shown_with_its_end():
    """Session 36: a range the text tells ("from 3 to 5 March") is shown whole."""
    from eventwire.records import Event
    from eventwire.web.templating import templates

    event = Event("e1", "CONSULT", [], [], [], date="2021-03-03", date_end="2021-03-05", date_precision="day")
    macro = templates.from_string('{% import "_macros.html" as m %}{{ m.when(ev) }}')
    assert macro.render(ev=event).strip() == "2021-03-03–2021-03-05"
