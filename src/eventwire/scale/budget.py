"""When a forked worker is replaced: after so many tasks, or once its own memory passes a bound.

``multiprocessing.Pool(maxtasksperchild=budget)`` runs each worker while ``completed < budget`` (its
worker loop's test, made before every task) and forks a fresh worker when one exits. ``TaskBudget`` is
that number (an ``int``, as the pool requires) whose comparison also reads the worker's private memory
(``/proc/self/smaps_rollup``: the pages it holds alone, its own heap and the template's pages it has
copied): past ``private_mb`` the worker finishes after the task it has done, its result already sent.
Reading it costs the kernel a walk over every page of the worker (about 10 ms of CPU for 700 MB, as
much as 2 % of a chunk), so it is read after every ``CHECK_EVERY``-th task only: a worker grows by
well under a megabyte a chunk, so it stops at most a few megabytes past the bound.
A worker's memory grows unevenly (long articles leave more heap behind than short ones, and every
new word, name or place copies more of the template's pages), so a bound on memory replaces big workers
sooner and small ones later than a bound on tasks alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

SMAPS_ROLLUP = Path("/proc/self/smaps_rollup")
PRIVATE_FIELDS = ("Private_Clean:", "Private_Dirty:")
CHECK_EVERY = 8  # tasks between two readings of a worker's private memory


def private_memory_mb(rollup: Path = SMAPS_ROLLUP) -> float | None:
    """This process's private memory in MB (None where ``smaps_rollup`` cannot be read)."""
    try:
        lines = rollup.read_text().splitlines()
    except OSError:
        return None
    kib = sum(int(line.split()[1]) for line in lines if line.startswith(PRIVATE_FIELDS))
    return kib / 1024


class TaskBudget(int):
    """A worker's task budget for ``maxtasksperchild``: ``completed < budget`` holds while fewer than
    ``tasks`` (None: no bound) tasks are done and its private memory, read after every ``check_every``-th
    task (default ``CHECK_EVERY``), is at most ``private_mb`` (None: no bound)."""

    tasks: int | None
    private_mb: float | None
    check_every: int

    def __new__(
        cls, tasks: int | None, private_mb: float | None, check_every: int | None = None
    ) -> TaskBudget:
        if tasks is not None and tasks < 1:
            raise ValueError(f"tasks must be at least 1 (or None), not {tasks}")
        budget = super().__new__(cls, sys.maxsize if tasks is None else tasks)
        budget.tasks, budget.private_mb = tasks, private_mb
        budget.check_every = max(1, check_every or CHECK_EVERY)
        return budget

    def __gt__(self, completed: object) -> bool:  # ``completed < budget`` in the pool's worker loop
        if not isinstance(completed, int):
            return NotImplemented
        if self.tasks is not None and completed >= self.tasks:
            return False
        if completed == 0 or self.private_mb is None or completed % self.check_every:
            return True
        return not self.over_memory()

    def over_memory(self) -> bool:
        """Whether this process holds more private memory than the bound."""
        used = private_memory_mb()
        return used is not None and self.private_mb is not None and used > self.private_mb

    def __reduce__(self) -> tuple[type[TaskBudget], tuple[int | None, float | None, int]]:
        return TaskBudget, (self.tasks, self.private_mb, self.check_every)
