"""No SQL is built from input: a scan of the source for SQL assembled by string formatting, and every read
parameter of the API fed with injection and wildcard strings (answers 200 or a one-line 422, and the
database is unchanged)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from reliab_fingerprint import fingerprint

from eventwire.store import Store
from eventwire.web import create_app

SRC = Path(__file__).resolve().parents[2] / "src" / "eventwire"
# text()/exec_driver_sql()/execute() given an f-string, a %-formatted or a .format()ed string
FORMATTED_SQL = re.compile(
    r"""(?:text|exec_driver_sql|execute)\(\s*(?:f["']|["'][^"']*["']\s*(?:%|\.format\())""", re.I
)
HOSTILE = ["' OR 1=1 --", "%", "_", "\\", "'; DROP TABLE events; --", '") OR ("1"="1', "NOR%' --", "é%_"]
READS = [
    (
        "/api/events",
        [
            "actor",
            "recipient",
            "type",
            "since",
            "until",
            "story",
            "location",
            "sort",
            "quad_class",
            "min_confidence",
        ],
    ),
    ("/api/stories", ["q"]),
    ("/api/actors", ["q"]),
    ("/api/articles", ["story", "outlet"]),
    ("/api/quotes", ["actor"]),
    ("/api/dyad", ["a", "b", "interval", "by"]),
    ("/api/network", ["actor", "type"]),
    ("/api/places", ["actor", "location"]),
    ("/events", ["actor", "recipient", "type"]),
    ("/timeline", ["a", "b"]),
]


def test_no_sql_is_assembled_by_string_formatting() -> None:
    found = []
    for path in SRC.rglob("*.py"):
        if "migrations" in path.parts:  # revisions run fixed DDL, frozen with their constants
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FORMATTED_SQL.search(line):
                found.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
    assert found == []


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    store = Store(tmp_path_factory.mktemp("inject") / "inject.db")
    with TestClient(create_app(store)) as c:
        yield c, store
    store.dispose()


@pytest.mark.parametrize(("path", "params"), READS)
def test_hostile_parameters_are_bound_not_run(client, path: str, params: list[str]) -> None:
    http, store = client
    before = fingerprint(store)
    for param in params:
        for value in HOSTILE:
            answer = http.get(path, params={param: value})
            assert answer.status_code in (200, 400, 422), (path, param, value, answer.text[:200])
            if answer.status_code != 200 and answer.headers["content-type"].startswith("application/json"):
                assert "\n" not in answer.json()["detail"]
    assert fingerprint(store) == before
