"""Workers recycled after a few tasks: the same analyses in the same order, resumable ingests, clean exits."""

from __future__ import annotations

import json
import multiprocessing
import os
from dataclasses import replace
from pathlib import Path

import pytest
from scale_texts import WIRE, analysed_rows, article
from sqlalchemy import select

from eventwire.ingest import read_inputs
from eventwire.pipeline import Ingest, Stages
from eventwire.scale import budget, workers
from eventwire.scale.workers import WorkerPool
from eventwire.store import Store
from eventwire.store import schema as t

pytestmark = pytest.mark.skipif(not workers.can_fork(), reason="this system cannot fork")

TEXTS = [
    "Police arrested five protesters in Nairobi on Monday.",
    "The foreign ministers of Chile and Peru met in Lima to discuss the border.",
    "Norway signed a trade agreement with Chile on Friday.",
    "Kenyan troops attacked a rebel camp near the border on Sunday.",
    "The president of Ghana visited Togo and praised its government.",
    "Protesters marched in Santiago against the new pension law on Tuesday.",
    "Peru accused Bolivia of violating the border agreement.",
    "The United Nations condemned the attack on the refugee camp.",
]
VOLATILE = {"ingested_at", "at", "updated_at", "quote_id", "id"}


class Stop(Exception):
    """Raised to interrupt an ingest between two batches."""


def _worker_pid(_: int) -> int:
    return os.getpid()


def _articles() -> list:
    return [article(text, article_id=f"t{k}") for k, text in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def fast(stages: Stages, selector) -> Stages:
    return replace(stages, selector=selector)


def test_recycled_workers_analyse_as_one_process_does_in_order_and_leave_nothing_behind(
    fast: Stages,
) -> None:
    texts = _articles() * 2
    expected = analysed_rows(fast.analyse(texts))
    with WorkerPool(2, "events", stages=fast, tasks_per_worker=1) as pool:
        assert pool.shared
        assert pool.chunk_size(len(texts)) == 2  # 8 chunks: 8 workers in turn
        got = analysed_rows(pool.analyse(texts))
        for start in range(0, 8, 2):  # prefetched chunks, their workers replaced meanwhile
            pool.prefetch(texts[start : start + 2])
        prefetched = analysed_rows(pool.analyse(texts[:8]))
        pool.prefetch(texts[8:11])  # results nobody asks for
        pids = pool._pool.map(_worker_pid, range(6))
        template = pool._pool.pid
    assert got == expected
    assert prefetched == expected[:8]
    assert sum(len(events) for _, events, _, _ in expected) >= 6
    assert len(set(pids)) == 6  # each task on a fresh worker
    assert os.getpid() not in pids
    assert not multiprocessing.active_children()
    for pid in {template, *pids}:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_a_pool_refuses_fewer_than_one_task_per_worker(fast: Stages) -> None:
    with pytest.raises(ValueError, match="tasks_per_worker"):
        WorkerPool(2, "events", stages=fast, tasks_per_worker=0)


def _write_jsonl(folder: Path) -> Path:
    path = folder / "wire.jsonl"
    records = [dict(d, text=f"{d['text']} Report {k}.") for k in range(3) for d in WIRE if d["text"]]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _rows(store: Store) -> dict[str, list[str]]:
    """Every table's rows, sorted, without the columns that record when rows were written."""
    with store.reading() as conn:
        return {
            table.name: sorted(_row(r._mapping) for r in conn.execute(select(table)))
            for table in t.metadata.sorted_tables
            if table is not t.schema_info
        }


def _row(row) -> str:
    kept = {k: v for k, v in row.items() if k not in VOLATILE}
    return json.dumps(kept, sort_keys=True, default=str)


def _ingest(store: Store, path: Path, fast: Stages, stop_after: int | None = None) -> None:
    batches = {"n": 0}

    def progress(_: int) -> None:
        batches["n"] += 1
        if stop_after is not None and batches["n"] == stop_after:
            raise Stop

    with WorkerPool(2, "events", stages=fast, tasks_per_worker=1) as pool:
        Ingest(store, pool, batch_size=3).run(pool.ahead(read_inputs([path]), 3), progress)


def test_an_interrupted_ingest_with_recycled_workers_resumes_to_the_same_rows(
    fast: Stages, tmp_path: Path
) -> None:
    path = _write_jsonl(tmp_path)
    whole = Store(tmp_path / "whole.db")
    Ingest(whole, fast, batch_size=3).run(read_inputs([path]))
    resumed = Store(tmp_path / "resumed.db")
    with pytest.raises(Stop):
        _ingest(resumed, path, fast, stop_after=2)
    assert not multiprocessing.active_children()  # the template and its workers are gone
    with resumed.reading() as conn:
        assert 0 < len(conn.execute(select(t.articles)).all()) < len(WIRE) * 3
    _ingest(resumed, path, fast)
    expected = _rows(whole)
    assert _rows(resumed) == expected
    assert len(expected["articles"]) >= 6 and expected["events"]
    whole.dispose()
    resumed.dispose()


def test_workers_replaced_for_their_memory_analyse_as_one_process_does(
    fast: Stages, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(budget, "CHECK_EVERY", 1)  # memory read after every task
    texts = _articles()
    expected = analysed_rows(fast.analyse(texts))
    with WorkerPool(2, "events", stages=fast, tasks_per_worker=None, worker_memory_mb=1) as pool:
        got = analysed_rows(pool.analyse(texts))
        pids = pool._pool.map(_worker_pid, range(4))
    assert got == expected
    assert len(set(pids)) == 4  # every worker holds more than 1 MB of its own: replaced after each task
