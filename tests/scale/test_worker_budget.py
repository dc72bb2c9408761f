"""A forked worker replaced once its private memory passes a bound (``scale.budget``), as after N tasks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire.scale import budget, workers
from eventwire.scale.budget import TaskBudget, private_memory_mb
from eventwire.scale.template import TemplatePool, worker_budget

ROLLUP = """55d0c0000000-7ffd00000000 ---p 00000000 00:00 0                      [rollup]
Rss:              400000 kB
Pss:              300000 kB
Shared_Clean:     150000 kB
Private_Clean:      2048 kB
Private_Dirty:    202752 kB
Anonymous:        350000 kB
"""


def runs_another_task(completed: int, budget: int) -> bool:
    """``multiprocessing.pool.worker``'s test before each task, written as it writes it."""
    return completed < budget


def _pid(_: int) -> int:
    return os.getpid()


def test_private_memory_is_the_clean_and_dirty_private_pages(tmp_path: Path) -> None:
    rollup = tmp_path / "smaps_rollup"
    rollup.write_text(ROLLUP)
    assert private_memory_mb(rollup) == 200.0
    assert private_memory_mb(tmp_path / "missing") is None


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="no /proc/self/smaps_rollup")
def test_this_process_holds_some_private_memory() -> None:
    used = private_memory_mb()
    assert used is not None and used > 1


def test_the_budget_ends_after_its_tasks_or_once_over_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    used = [100.0]
    monkeypatch.setattr(budget, "private_memory_mb", lambda: used[0])
    bounded = TaskBudget(3, 150.0, check_every=1)
    assert isinstance(bounded, int) and bounded >= 1  # what multiprocessing.Pool checks
    assert [runs_another_task(n, bounded) for n in range(5)] == [True, True, True, False, False]
    used[0] = 151.0
    assert runs_another_task(0, bounded)  # the first task is always run
    assert not runs_another_task(1, bounded)  # past the bound after a task: no next task
    every_fourth = TaskBudget(None, 150.0, check_every=4)
    assert [runs_another_task(n, every_fourth) for n in range(1, 9)] == [True] * 3 + [False] + [True] * 3 + [
        False
    ]
    used[0] = 10.0
    assert runs_another_task(10_000, every_fourth)
    with pytest.raises(ValueError, match="tasks"):
        TaskBudget(0, 150.0)


def test_without_a_memory_bound_the_budget_is_the_task_count() -> None:
    assert worker_budget(40, None) == 40 and type(worker_budget(40, None)) is int
    assert worker_budget(None, None) is None
    assert isinstance(worker_budget(None, 200.0), TaskBudget)
    assert worker_budget(None, 200.0).check_every == budget.CHECK_EVERY


@pytest.mark.skipif(not workers.can_fork(), reason="this system cannot fork")
def test_a_worker_over_its_memory_bound_is_replaced_after_each_task_and_results_stay_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(budget, "CHECK_EVERY", 1)  # read by the budget made here, before the forks
    pool = TemplatePool(2, lambda: None, tasks_per_worker=None, worker_memory_mb=0.001)
    pids = pool.map(_pid, range(6))
    pool.close()
    pool.join()
    assert len(set(pids)) == 6  # every worker holds more than a kilobyte: one fresh worker per task


@pytest.mark.skipif(not workers.can_fork(), reason="this system cannot fork")
def test_a_worker_under_its_memory_bound_is_kept() -> None:
    pool = TemplatePool(1, lambda: None, tasks_per_worker=None, worker_memory_mb=1_000_000)
    pids = pool.map(_pid, range(6))
    pool.close()
    pool.join()
    assert len(set(pids)) == 1
