"""The write side of the API: off until the operator sets a token, then only with it; uploads and posted
articles are ingested as jobs under names the server chooses; bodies are capped; no parameter reaches a
path outside the server's own folders; KB files are validated and change what the next ingest resolves."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.api.jobs import IngestJobs, Job, JobQueueFull
from eventwire.pipeline import Stages
from eventwire.store import Store
from eventwire.web import create_app

TOKEN = "operator-secret-3f9a"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {
    "title": "Finland and Estonia agree on ferry links",
    "text": "Finland signed a ferry agreement with Estonia in Tallinn on Tuesday, officials said. "
    "The ministers said the new routes would open in spring.",
    "outlet": "Harbour Wire",
    "url": "https://news.example.org/2023/05/03/ferries",
    "published": "2023-05-03",
}
WRITES = [
    ("post", "/api/uploads"),
    ("post", "/api/articles"),
    ("get", "/api/jobs"),
    ("get", "/api/jobs/0123456789abcdef"),
    ("get", "/api/kb/files"),
    ("post", "/api/kb/files"),
    ("delete", "/api/kb/files/api-x-0123456789.csv"),
]


@pytest.fixture
def kb_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-kb"
    monkeypatch.setenv("EVENTWIRE_KB_DIR", str(folder))
    return folder


@pytest.fixture
def client(tmp_path: Path, stages: Stages, kb_dir: Path) -> Iterator[TestClient]:
    store = Store(tmp_path / "write.db")
    with TestClient(create_app(store, write_token=TOKEN, max_body_bytes=200_000, stages=stages)) as c:
        yield c
    store.dispose()


def _jsonl(*records: dict) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def _sources(client: TestClient) -> list[str]:
    return sorted(a["source_path"] for a in client.get("/api/articles?limit=500").json()["articles"])


@pytest.mark.parametrize(("method", "path"), WRITES)
def test_writing_is_off_without_a_configured_token(
    tmp_path: Path, monkeypatch, method: str, path: str
) -> None:
    monkeypatch.delenv("EVENTWIRE_WRITE_TOKEN", raising=False)
    with TestClient(create_app(tmp_path / "ro.db")) as client:
        answer = getattr(client, method)(path, headers=AUTH)
        assert answer.status_code == 403
        assert "write token" in answer.json()["detail"]
        assert client.get("/api/events").status_code == 200  # reading needs no token


@pytest.mark.parametrize(("method", "path"), WRITES)
def test_writing_needs_the_token(client: TestClient, method: str, path: str) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"X-Token": TOKEN}):
        answer = getattr(client, method)(path, headers=headers)
        assert answer.status_code == 401, (headers, answer.text)
        assert answer.headers["www-authenticate"] == "Bearer"


def test_uploads_are_ingested_under_the_clients_names(client: TestClient) -> None:
    second = {
        **ARTICLE,
        "title": "Chile accuses Peru",
        "text": "Chile accused Peru on Sunday of violating "
        "its airspace with military aircraft, the foreign ministry said in a statement.",
    }
    files = [
        ("files", ("dump.jsonl", _jsonl(ARTICLE, second) + b'{"text": broken\n', "application/json")),
        ("files", ("scan.pdf", b"%PDF-1.4\x00\x01\x02" * 40, "application/pdf")),
        ("files", ("copy.jsonl", _jsonl(ARTICLE, second) + b'{"text": broken\n', "text/plain")),
    ]
    answer = client.post("/api/uploads?wait=true", files=files, headers=AUTH)
    assert answer.status_code == 200, answer.text
    job = answer.json()
    assert job["status"] == "done" and job["inputs"] == ["dump.jsonl", "scan.pdf", "copy.jsonl"]
    summary = job["summary"]
    assert (summary["read"], summary["stored"], summary["skipped"]) == (2, 2, 3)
    prefix = f"upload/{job['job_id']}/"
    reasons = {e["source_path"]: e["reason"] for e in summary["errors"]}
    assert reasons[prefix + "dump.jsonl#L3"].startswith("malformed JSON")
    assert reasons[prefix + "scan.pdf"].startswith("binary file (PDF document)")
    assert reasons[prefix + "copy.jsonl"] == f"exact duplicate of {prefix}dump.jsonl"
    assert _sources(client) == [prefix + "dump.jsonl#L1", prefix + "dump.jsonl#L2"]
    assert client.get(f"/api/jobs/{job['job_id']}", headers=AUTH).json() == job
    assert client.get("/api/jobs", headers=AUTH).json()["jobs"][0]["job_id"] == job["job_id"]


def test_an_upload_job_runs_in_the_background(client: TestClient) -> None:
    answer = client.post("/api/uploads", files=[("files", ("a.jsonl", _jsonl(ARTICLE)))], headers=AUTH)
    assert answer.status_code == 202 and answer.headers["location"] == f"/api/jobs/{answer.json()['job_id']}"
    deadline = time.monotonic() + 120
    while (job := client.get(answer.headers["location"], headers=AUTH).json())["status"] != "done":
        assert job["status"] in ("queued", "running") and time.monotonic() < deadline
        time.sleep(0.1)
    assert job["summary"]["stored"] == 1


def test_uploaded_file_names_never_choose_a_server_path(client: TestClient, tmp_path: Path) -> None:
    names = [
        "../../evil.txt",
        "..\\..\\evil2.txt",
        f"{tmp_path}/evil3.txt",
        "/etc/cron.d/x",
        "..",
        "\x00a\nb.txt",
    ]
    files = [("files", (name, f"{ARTICLE['text']} Copy {i}.".encode())) for i, name in enumerate(names)]
    job = client.post("/api/uploads?wait=true", files=files, headers=AUTH).json()
    assert job["inputs"][:5] == ["evil.txt", "evil2.txt", "evil3.txt", "x", "file-5"]
    assert all("/" not in n and "\\" not in n and n.isprintable() for n in job["inputs"])
    assert job["summary"]["stored"] == len(names)
    for outside in (tmp_path / "evil.txt", tmp_path.parent / "evil.txt", tmp_path / "evil3.txt"):
        assert not outside.exists()
    assert all(s.startswith(f"upload/{job['job_id']}/") for s in _sources(client))


def test_the_upload_folder_is_removed_after_the_job(client: TestClient, tmp_path: Path, monkeypatch) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    client.post(
        "/api/uploads?wait=true", files=[("files", ("a.txt", ARTICLE["text"].encode()))], headers=AUTH
    )
    assert not list(tmp_path.glob("eventwire-upload-*"))


def test_request_bodies_over_the_limit_get_413(client: TestClient) -> None:
    big = b"x" * 300_000
    answer = client.post("/api/uploads", files=[("files", ("big.txt", big))], headers=AUTH)
    assert answer.status_code == 413 and "limit 200,000 bytes" in answer.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while it streams
        for _ in range(30):
            yield b"y" * 10_000

    headers = {**AUTH, "Content-Type": "multipart/form-data; boundary=zzz"}
    assert client.post("/api/uploads", content=chunks(), headers=headers).status_code == 413
    headers = {**AUTH, "Content-Type": "application/json"}
    assert client.post("/api/articles", content=chunks(), headers=headers).status_code == 413
    assert client.get("/api/stats").status_code == 200


def test_posted_articles_and_their_validation(client: TestClient) -> None:
    hostile = {**ARTICLE, "title": "'; DROP TABLE articles; --", "outlet": "x%' OR '1'='1"}
    answer = client.post("/api/articles?wait=true", json=hostile, headers=AUTH)
    assert answer.status_code == 200 and answer.json()["summary"]["stored"] == 1
    many = {"articles": [{**ARTICLE, "text": ARTICLE["text"] + f" Note {i}."} for i in range(3)]}
    assert client.post("/api/articles?wait=true", json=many, headers=AUTH).json()["summary"]["stored"] == 3
    assert client.get("/api/stats").json()["counts"]["articles"] == 4
    assert client.get("/api/articles", params={"outlet": "x%' OR '1'='1"}).json()["total"] == 1
    for bad in ({"title": "no text"}, {"text": ""}, {"articles": []}, [1, 2], "text"):
        answer = client.post("/api/articles", json=bad, headers=AUTH)
        assert answer.status_code == 422 and "\n" not in answer.json()["detail"]
    too_many = {"articles": [{"text": "x"}] * 1001}
    assert client.post("/api/articles", json=too_many, headers=AUTH).status_code in (413, 422)


def test_not_multipart_or_no_files_is_one_line_400(client: TestClient) -> None:
    for answer in (
        client.post("/api/uploads", content=b"plain", headers={**AUTH, "Content-Type": "text/plain"}),
        client.post("/api/uploads", data={"x": "1"}, headers=AUTH),
        client.post("/api/uploads", files=[("other", ("a.txt", b"abc"))], headers=AUTH),
    ):
        assert answer.status_code == 400, answer.text
        assert "files" in answer.json()["detail"]


KB_YAML = """entities:
  - name: Aino Testikainen
    country: FIN
    aliases: [Minister Testikainen]
    roles:
      - title: Minister of Foreign Affairs of Finland
        office: foreign_minister
        of: FIN
        start: "2030-01-01"
"""


def test_kb_files_are_validated_named_by_the_server_and_removable(client: TestClient, kb_dir: Path) -> None:
    bad = client.post(
        "/api/kb/files", files={"file": ("../mine.csv", b"name,country\nSome Body,XYZ\n")}, headers=AUTH
    )
    assert bad.status_code == 422
    assert bad.json()["detail"].startswith("mine.csv: row 2: unknown country code 'XYZ'")
    assert client.post("/api/kb/files", files={"file": ("x.exe", b"a")}, headers=AUTH).status_code == 422
    added = client.post(
        "/api/kb/files", files={"file": ("../../people.yaml", KB_YAML.encode())}, headers=AUTH
    )
    assert added.status_code == 201, added.text
    name = added.json()["name"]
    assert added.json()["entities"] == 1 and name.startswith("api-people-") and name.endswith(".yaml")
    assert [p.name for p in kb_dir.iterdir()] == [name]
    assert client.get("/api/kb/files", headers=AUTH).json()["files"][0]["name"] == name
    outside = kb_dir.parent / "keep.csv"
    outside.write_text("keep")
    for path in ("../keep.csv", "..%2Fkeep.csv", "%2E%2E%2Fkeep.csv", ".keep.csv", "keep.txt"):
        assert client.delete(f"/api/kb/files/{path}", headers=AUTH).status_code in (404, 422)
    assert outside.exists()
    assert client.delete(f"/api/kb/files/{name}", headers=AUTH).status_code == 204
    assert list(kb_dir.iterdir()) == []


@pytest.mark.slow
def test_a_kb_edit_changes_what_the_next_ingest_resolves(client: TestClient) -> None:
    text = "Minister Testikainen met the Estonian foreign minister in Tallinn on Monday to discuss ferries."
    article = {**ARTICLE, "text": text, "published": "2031-02-01", "title": None}
    client.post("/api/kb/files", files={"file": ("people.yaml", KB_YAML.encode())}, headers=AUTH)
    job = client.post("/api/articles?wait=true", json=article, headers=AUTH).json()
    assert job["status"] == "done", job
    names = {a["name"] for e in client.get("/api/events?limit=50").json()["events"] for a in e["actor"]}
    assert "Aino Testikainen" in names


def test_a_static_path_cannot_leave_the_static_folder(client: TestClient) -> None:
    for path in ("/static/../pyproject.toml", "/static/..%2F..%2Fpyproject.toml", "/static/%2e%2e/app.py"):
        assert client.get(path).status_code == 404


def test_the_job_queue_is_bounded_and_a_failing_job_is_reported(tmp_path: Path) -> None:
    store = Store(tmp_path / "q.db")
    release = threading.Event()

    def blocked() -> list:
        release.wait(30)
        return []

    def broken() -> list:
        raise OSError("disk\nfull")

    jobs = IngestJobs(store, stages=object(), max_queued=1)  # type: ignore[arg-type]
    first = jobs.submit(Job("upload", ["a"], blocked))
    deadline = time.monotonic() + 10
    while first.status != "running" and time.monotonic() < deadline:
        time.sleep(0.01)
    second = jobs.submit(Job("upload", ["b"], broken))
    cleaned = []
    with pytest.raises(JobQueueFull):
        jobs.submit(Job("upload", ["c"], list, cleanup=lambda: cleaned.append(True)))
    assert cleaned == [True]
    release.set()
    assert second.done.wait(30)
    assert (second.status, second.error) == ("failed", "OSError: disk full")
    jobs.close()
    store.dispose()
    assert os.path.exists(tmp_path / "q.db")
