"""Content that arrives through the write API stays inert in the browser: an uploaded dump whose file name,
title, text, quotation, outlet and URL carry markup and script is ingested over HTTP by `eventwire serve`
on 127.0.0.1, then every page showing it is opened in Debian's Chromium (Playwright): nothing runs, no
dialog opens, no `javascript:` link is made, and the markup is shown as text."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from eventwire.pipeline import Stages
from eventwire.store import Store
from eventwire.web import create_app

TOKEN = "browser-test-token"
PWN = "window.__pwned=1"
HOSTILE = {
    "title": f"<script>{PWN}</script>Finland and Estonia sign ferry deal",
    "text": (
        f"Finland signed a ferry agreement with Estonia in Tallinn on Tuesday <img src=x onerror={PWN}>, "
        f'officials said. "We will open <svg onload={PWN}> new routes in spring," the Finnish minister said.'
    ),
    "outlet": f"<b onmouseover={PWN}>Harbour</b> Wire",
    "url": f"javascript:{PWN}",
    "published": "2023-05-03",
}
FILE_NAME = f"<img src=x onerror={PWN}>.jsonl"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(stages: Stages, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = Store(tmp_path_factory.mktemp("upload-browser") / "hostile.db")
    port = _free_port()
    app = create_app(store, write_token=TOKEN, stages=stages)
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert uv.started
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)
    store.dispose()


@pytest.fixture(scope="module")
def uploaded(server: str) -> dict:
    """Upload the hostile dump over HTTP and wait for its job; returns the stored article."""
    files = {"files": (FILE_NAME, (json.dumps(HOSTILE) + "\n").encode(), "application/json")}
    headers = {"Authorization": f"Bearer {TOKEN}"}
    job = httpx.post(f"{server}/api/uploads?wait=true", files=files, headers=headers, timeout=300).json()
    assert job["status"] == "done" and job["summary"]["stored"] == 1, job
    return httpx.get(f"{server}/api/articles").json()["articles"][0]


def test_uploaded_markup_and_script_stay_inert(browser, server: str, uploaded: dict) -> None:
    assert uploaded["source_path"].endswith(f"/{FILE_NAME}#L1")  # the client's name is kept, as text
    events = httpx.get(f"{server}/api/events?limit=50").json()["events"]
    assert events, "the hostile article should still be coded"
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    paths = [f"/articles/{uploaded['article_id']}", f"/stories/{uploaded['story_id']}", "/events", "/quotes"]
    paths += [f"/events/{ev['event_id']}" for ev in events] + ["/actors", "/stories", "/network", "/map"]
    for path in paths:
        page.goto(server + path)
        page.wait_for_load_state("load")
        page.mouse.move(10, 10)
        page.hover("body")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("a[href^='javascript:' i]").count() == 0, path
    assert dialogs == []
    page.goto(f"{server}/articles/{uploaded['article_id']}")
    shown = page.locator("body").inner_text()
    assert f"<img src=x onerror={PWN}>" in shown and FILE_NAME in shown
    context.close()
