"""In Debian's Chromium, driven by Playwright against `eventwire serve` on 127.0.0.1: filter the event
table to an actor pair, open an event and see its evidence highlighted; hostile article text stays inert;
the charts draw with nothing loaded from the internet. Screenshots go to test-output/."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from eventwire.web import create_app

OUTPUT = Path(__file__).resolve().parents[2] / "test-output"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(world) -> Iterator[str]:
    """The app over the world database, served by uvicorn in a thread; yields its base URL."""
    port = _free_port()
    config = uvicorn.Config(create_app(world.store), host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(browser, server):
    """A fresh page that records every request, console error and dialog."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.requests, pg.errors, pg.dialogs = [], [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))

    def on_dialog(dialog):
        pg.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    yield pg
    context.close()


def _screenshot(pg, name: str, world) -> None:
    OUTPUT.mkdir(exist_ok=True)
    backend = world.store.dialect
    pg.screenshot(path=str(OUTPUT / f"{name}-{backend}.png"), full_page=True)


def test_filter_to_an_actor_pair_open_an_event_and_see_its_evidence_highlighted(page, server, world):
    page.goto(f"{server}/events")
    page.fill("input[name=actor]", "mira")
    page.fill("input[name=recipient]", "NATO")
    page.check("input[name=either]")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 2
    assert sorted(page.locator("a.event-link").all_inner_texts()) == ["CONSULT", "REQUEST"]
    page.click("a.event-link:text('CONSULT')")
    page.wait_for_url("**/events/e*")
    reports = page.locator("blockquote.evidence")
    assert reports.count() == 2
    for i in range(2):
        quote = reports.nth(i)
        assert quote.locator("mark.actor").inner_text() == "Mira Holt"
        assert quote.locator("mark.trigger").inner_text() == "met"
        assert quote.locator("mark.recipient").inner_text() == "NATO"
    colour = page.eval_on_selector(
        "blockquote.evidence mark.trigger", "m => getComputedStyle(m).backgroundColor"
    )
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    _screenshot(page, "event-page", world)
    assert not page.errors and all(url.startswith(server) for url in page.requests)


def test_article_text_with_script_stays_inert(page, server, world):
    protest = page.request.get(f"{server}/api/events?type=PROTEST").json()["events"][0]["event_id"]
    for path in (
        "/articles/a7",
        f"/events/{protest}",
        f"/stories/{world.story_ids['hostile']}",
        "/events",
        "/quotes",
        "/actors",
        "/network",
        "/timeline?a=NOR",
    ):
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
    assert page.dialogs == []
    page.goto(f"{server}/articles/a7")
    assert "<script>window.__pwned = 1</script>" in page.locator(".article-text").inner_text()
    _screenshot(page, "hostile-article", world)


def test_charts_draw_offline(page, server, world):
    page.goto(f"{server}/timeline?a=XQ1&interval=month")
    page.wait_for_selector("#timeline-chart .main-svg")
    assert page.locator("#timeline-chart g.trace.bars path").count() >= 1
    page.goto(f"{server}/map")
    page.wait_for_selector("#map-chart g.geo")
    page.wait_for_function("document.querySelectorAll('#map-chart g.countries path').length > 0")
    assert page.locator("#map-chart g.scattergeo path.point").count() == 4  # Estonia as a whole is no point
    assert page.locator("#map-chart g.choropleth path").count() == 1
    _screenshot(page, "map", world)
    page.goto(f"{server}/network")
    page.wait_for_selector("#network-chart svg circle")
    assert page.locator("#network-chart svg circle").count() == 8
    assert page.locator("#network-chart svg line").count() == 6
    _screenshot(page, "network", world)
    assert not page.errors, page.errors
    assert all(url.startswith(server) for url in page.requests), [
        u for u in page.requests if not u.startswith(server)
    ]
