"""The template process: workers forked from it, recycled after N tasks, results in order, clean exits."""

from __future__ import annotations

import os
import time

import pytest

from eventwire.scale import workers
from eventwire.scale.template import TemplateFailed, TemplatePool

pytestmark = pytest.mark.skipif(not workers.can_fork(), reason="this system cannot fork")

_prepared: list[str] = []  # set by ``_prepare`` in the template, read by the workers


def _prepare() -> None:
    _prepared.append("ready")


def _fail_to_prepare() -> None:
    raise OSError("no model here")


def _facts(number: int) -> tuple[int, int, list[str]]:
    """In a worker: the number, the worker's process id, what the template prepared."""
    return number, os.getpid(), list(_prepared)


def _square_or_fail(number: int) -> int:
    if number < 0:
        raise ValueError(f"negative: {number}")
    return number * number


def _slow_square(number: int) -> int:
    time.sleep(0.01 * (number % 3))
    return number * number


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_workers_are_replaced_after_their_tasks_and_see_what_the_template_prepared() -> None:
    pool = TemplatePool(2, _prepare, tasks_per_worker=1)
    facts = pool.map(_facts, range(8))
    pool.close()
    pool.join()
    assert [number for number, _, _ in facts] == list(range(8))
    assert len({pid for _, pid, _ in facts}) == 8  # one fresh worker for each task
    assert all(prepared == ["ready"] for _, _, prepared in facts)
    assert _prepared == []  # prepared in the template, not here
    assert all(_gone(pid) for _, pid, _ in facts)


def test_without_recycling_the_same_workers_serve_every_task() -> None:
    pool = TemplatePool(2, _prepare, tasks_per_worker=None)
    pids = {pid for _, pid, _ in pool.map(_facts, range(12))}
    pool.close()
    pool.join()
    assert 1 <= len(pids) <= 2


def test_results_come_in_order_and_a_worker_error_is_raised_by_get() -> None:
    pool = TemplatePool(2, _prepare, tasks_per_worker=3)
    answers = [pool.apply_async(_slow_square, (n,)) for n in range(20)]
    failing = pool.apply_async(_square_or_fail, (-2,))
    assert list(pool.imap(_slow_square, range(5))) == [0, 1, 4, 9, 16]
    assert [a.get() for a in reversed(answers)] == [n * n for n in reversed(range(20))]
    with pytest.raises(ValueError, match="negative: -2"):
        failing.get()
    assert answers[3].get() == 9  # kept once read
    pool.close()
    pool.join()


def test_closing_with_results_nobody_read_does_not_hang() -> None:
    pool = TemplatePool(2, _prepare, tasks_per_worker=2)
    for n in range(30):
        pool.apply_async(_facts, (n,))
    pool.close()
    pool.join()
    assert pool._template.exitcode == 0
    with pytest.raises(ValueError, match="closed"):
        pool.apply_async(_facts, (1,))


def test_terminate_stops_the_template_and_its_workers() -> None:
    pool = TemplatePool(2, _prepare, tasks_per_worker=5)
    pids = {pid for _, pid, _ in pool.map(_facts, range(4))}
    for n in range(10):
        pool.apply_async(_slow_square, (n,))
    template = pool.pid
    pool.terminate()
    assert template is not None and _gone(template)
    deadline = time.monotonic() + 5
    while not all(_gone(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(_gone(pid) for pid in pids)


def test_a_template_that_cannot_prepare_says_why() -> None:
    with pytest.raises(TemplateFailed, match="no model here"):
        TemplatePool(1, _fail_to_prepare)
