"""`eventwire serve --workers N`: several server processes on one port, every one answering for every job."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from eventwire.api.jobs import IngestJobs, Job
from eventwire.records import Article
from eventwire.store import Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(c) for c in (task / "children").read_text().split())
    return found


def test_a_job_submitted_to_one_process_is_answered_by_another(tmp_path, monkeypatch):
    store = Store(tmp_path / "jobs.db")
    here, there = IngestJobs(store, stages=object()), IngestJobs(store, stages=object())  # type: ignore[arg-type]
    monkeypatch.setattr("eventwire.pipeline.Ingest.run", lambda self, items, resume: _summary())
    job = here.submit(Job("articles", ["a note"], items=lambda: iter([_article()])))
    assert job.done.wait(30)
    seen = there.status(job.job_id)
    assert there.get(job.job_id) is None  # not this process's job ...
    assert seen is not None and seen["status"] == "done" and seen["inputs"] == ["a note"]  # ... yet it knows
    assert seen["summary"]["stored"] == 1
    assert [j["job_id"] for j in there.listing()] == [job.job_id]
    here.close()
    store.dispose()


def _article() -> Article:
    return Article(article_id="a1", source_path="api/x/1", text="Ministers met on Monday.")


def _summary():
    from eventwire.pipeline import Summary

    summary = Summary()
    summary.read = summary.stored = 1
    return summary


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to count server processes")
def test_serve_with_two_workers_answers_from_two_processes(tmp_path):
    port = _free_port()
    (tmp_path / "token").write_text("workers-token\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(tmp_path / "w.db")]
    server = subprocess.Popen(
        [*command, "--port", str(port), "--workers", "2", "--write-token-file", str(tmp_path / "token")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline, status = time.monotonic() + 120, None
        while time.monotonic() < deadline and status != 200:
            time.sleep(0.5)
            try:
                status = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=5).status_code
            except httpx.TransportError:
                continue
        assert status == 200, "the server did not answer"
        assert len(_children(server.pid)) >= 2
        token = {"Authorization": "Bearer workers-token"}  # every process got the token
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30, headers=token) as client:
            answers = [client.get(path).status_code for path in ("/api/events", "/events", "/api/jobs") * 5]
        assert set(answers) == {200}
    finally:
        server.terminate()
        server.wait(30)


def test_a_job_still_queued_when_the_server_stops_is_recorded_as_failed(tmp_path):
    store = Store(tmp_path / "stop.db")
    release = threading.Event()
    jobs = IngestJobs(store, stages=object())  # type: ignore[arg-type]
    running = jobs.submit(Job("articles", ["slow"], items=lambda: iter(release.wait(30) and [])))
    waiting = jobs.submit(Job("articles", ["never run"], items=lambda: iter([_article()])))
    deadline = time.monotonic() + 10
    while running.status != "running" and time.monotonic() < deadline:
        time.sleep(0.01)
    stopper = threading.Thread(target=jobs.close)
    stopper.start()
    assert waiting.done.wait(10)  # close() dropped the queued job while the running one goes on
    release.set()
    stopper.join(30)
    seen = IngestJobs(store, stages=object()).status(waiting.job_id)  # type: ignore[arg-type]
    assert seen is not None and seen["status"] == "failed" and "stopped" in seen["error"]
    store.dispose()
