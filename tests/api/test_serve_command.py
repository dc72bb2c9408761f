"""`eventwire serve` runs uvicorn on 127.0.0.1 over the given database."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
from world import build_world

from eventwire.store import Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_on_localhost(tmp_path):
    db = tmp_path / "served.db"
    store = Store(db)
    build_world(store)
    store.dispose()
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                stats = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stdout.read().decode()
                time.sleep(0.2)
        assert stats.json()["counts"]["events"] == 6
        page = httpx.get(f"http://127.0.0.1:{port}/events", timeout=5)
        assert page.status_code == 200 and "CONSULT" in page.text
    finally:
        proc.terminate()
        proc.wait(timeout=10)
