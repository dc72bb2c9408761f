"""Worker pools: forked workers share the parent's loaded stages and code what one process codes."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from scale_texts import STORY, WIRE, article

from eventwire.pipeline import Stages
from eventwire.scale import workers
from eventwire.scale.workers import WorkerPool


def articles():
    return [article(STORY, article_id="story")] + [
        article(d["text"], d["date"], f"wire{n}") for n, d in enumerate(WIRE) if d["text"]
    ]


def events_of(analyses) -> list[list[dict]]:
    return [[e.to_dict() for e in an.events] for an in analyses]


def _worker_facts(_: int) -> tuple[int, int]:
    """In a worker: its process id and the identity of the stages it analyses with."""
    return os.getpid(), id(workers._stages)


@pytest.mark.skipif(not workers.can_fork(), reason="this system cannot fork")
def test_forked_workers_use_the_stages_loaded_in_the_parent(stages: Stages, selector) -> None:
    fast = replace(stages, selector=selector)
    expected = events_of(fast.analyse(articles()))
    with WorkerPool(2, "events", stages=fast) as pool:
        assert pool.shared
        got = events_of(pool.analyse(articles()))
        facts = pool._pool.map(_worker_facts, range(8))
    assert got == expected
    assert sum(map(len, expected)) >= 6
    assert {ident for _, ident in facts} == {id(fast)}  # the parent's object, not a reload
    assert os.getpid() not in {pid for pid, _ in facts}


def test_a_pool_refuses_fewer_than_one_worker(stages: Stages) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        WorkerPool(0, "exact", stages=stages)


def test_spawned_workers_load_their_own_stages_and_code_the_same(stages: Stages) -> None:
    texts = articles()[1:4]
    expected = events_of(stages.analyse(texts))
    with WorkerPool(1, "exact", share=False) as pool:
        assert not pool.shared
        assert events_of(pool.analyse(texts)) == expected
