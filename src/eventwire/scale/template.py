"""Workers forked, and forked afresh after a number of tasks, from a template process.

A worker's memory grows as it runs: spaCy's vocabulary and string store gain every new word, the
per-word memos fill, the heap fragments, and every page of the loaded stages it reads is copied
into it. Recycling the worker bounds all of that, but a new worker must not load the stages again
and must not be forked from the ingesting parent (whose heap, the database and story indexes, it
would inherit and never use). ``TemplatePool`` forks a **template** process that prepares the stages
(``prepare``, run once there) and keeps them, frozen, and nothing else; the template runs a
``multiprocessing`` pool whose workers it forks, and re-forks after ``tasks_per_worker`` tasks
(``maxtasksperchild``), or as soon as one holds more than ``worker_memory_mb`` of private memory
(``scale.budget``), from itself. Tasks and results cross between the parent and the template as
pickled bytes, which the template passes on without unpickling them.

``pool.apply_async(function, args)`` and ``pool.imap(function, iterable)`` behave as
``multiprocessing.Pool``'s: ``function`` must be importable by name, results come in order and a
worker's exception is raised by ``get()``.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import pickle
import signal
import struct
import threading
from collections.abc import Callable, Iterable, Iterator
from multiprocessing import util
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from eventwire.scale.budget import TaskBudget

HEADER = struct.Struct("<cQ")  # message kind, task number
TASK, CLOSE, STOP, READY, RESULT, FAILURE = b"T", b"C", b"X", b"R", b"D", b"F"
STOP_WAIT = 10.0  # seconds a stopping template is given before it is killed
TEMPLATE_NAME, WORKER_NAME = b"ew-template", b"ew-worker"  # the processes' names in ps and /proc/PID/comm
PR_SET_NAME = 15  # prctl option: set the calling thread's (here: the process's) name


class TemplateFailed(RuntimeError):
    """The template process could not prepare the stages, or stopped unexpectedly."""


class TemplatePool:
    """``workers`` processes forked from a template that ran ``prepare``; each worker is replaced by a
    fresh fork after ``tasks_per_worker`` tasks, or after the task that took its private memory past
    ``worker_memory_mb`` (never, when both are None). ``initializer`` runs in each worker."""

    def __init__(
        self,
        workers: int,
        prepare: Callable[[], None],
        tasks_per_worker: int | None = None,
        initializer: Callable[[], None] | None = None,
        worker_memory_mb: float | None = None,
    ) -> None:
        budget = worker_budget(tasks_per_worker, worker_memory_mb)
        context = multiprocessing.get_context("fork")
        self._conn, template_end = context.Pipe(duplex=True)
        self._template = context.Process(  # not a daemon: daemons may not have children
            target=_template_main,
            args=(template_end, self._conn, workers, prepare, budget, initializer),
            name="eventwire-template",
        )
        self._template.start()
        template_end.close()
        self._stop = util.Finalize(self, _stop_template, (self._conn, self._template), exitpriority=15)
        self._tasks = 0
        self._results: dict[int, tuple[bytes, bytes]] = {}
        self._open = True
        self._wait_until_ready()

    @property
    def pid(self) -> int | None:
        """The template process's id."""
        return self._template.pid

    def apply_async(self, function: Callable[..., Any], args: tuple[Any, ...] = ()) -> Pending:
        """Start ``function(*args)`` on a worker; ``.get()`` on the answer waits for its result."""
        if not self._open:
            raise ValueError("the pool is closed")
        task = self._tasks
        self._tasks += 1
        payload = pickle.dumps((function, args), protocol=pickle.HIGHEST_PROTOCOL)
        self._conn.send_bytes(HEADER.pack(TASK, task) + payload)
        return Pending(self, task)

    def imap(self, function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        """``function(item)`` of every item on the workers, results in order."""
        pending = [self.apply_async(function, (item,)) for item in items]
        return (answer.get() for answer in pending)

    def map(self, function: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
        return list(self.imap(function, items))

    def close(self) -> None:
        """No more tasks: the workers finish those they have and the template exits."""
        if self._open:
            self._open = False
            _send_control(self._conn, CLOSE)

    def join(self) -> None:
        """Wait for the template (and so every worker) to exit; results nobody asked for are dropped."""
        _drain(self._conn, None)
        self._template.join(STOP_WAIT)  # its workers are done: only its exit is left
        if self._template.is_alive():
            self._template.kill()
            self._template.join()
        self._stop.cancel()
        self._conn.close()

    def terminate(self) -> None:
        """Stop the workers and the template now."""
        self._open = False
        self._stop()

    def result(self, task: int) -> Any:
        """The result of ``task`` (raising its exception), read from the template when it comes."""
        while task not in self._results:
            kind, number, payload = self._receive()
            self._results[number] = (kind, payload)
        kind, payload = self._results.pop(task)
        value = pickle.loads(payload)
        if kind == FAILURE:
            raise value
        return value

    def _receive(self) -> tuple[bytes, int, bytes]:
        try:
            message = self._conn.recv_bytes()
        except (EOFError, OSError) as error:
            code = self._template.exitcode
            raise TemplateFailed(f"the template process stopped (exit code {code})") from error
        kind, number = HEADER.unpack_from(message)
        return kind, number, message[HEADER.size :]

    def _wait_until_ready(self) -> None:
        kind, _, payload = self._receive()
        if kind != READY:
            self._template.join()
            self._stop.cancel()
            raise TemplateFailed(f"the template could not prepare the stages: {pickle.loads(payload)}")


class Pending:
    """A task's future result (``AsyncResult``-like): ``get()`` waits, then keeps the value."""

    def __init__(self, pool: TemplatePool, task: int) -> None:
        self._pool = pool
        self._task = task
        self._done = False
        self._value: Any = None

    def get(self) -> Any:
        if not self._done:
            self._value = self._pool.result(self._task)
            self._done = True
        return self._value


def worker_budget(tasks: int | None, private_mb: float | None) -> int | None:
    """``maxtasksperchild`` for ``tasks`` per worker and a bound on its private memory (None: neither)."""
    if private_mb is None:
        return tasks
    return TaskBudget(tasks, private_mb)


def _send_control(conn: Connection, kind: bytes) -> None:
    with contextlib.suppress(OSError):  # the template is gone already
        conn.send_bytes(HEADER.pack(kind, 0))


def _drain(conn: Connection, timeout: float | None) -> bool:
    """Read and drop what the template still sends until it closes its end; False on timeout."""
    try:
        while conn.poll(timeout):
            conn.recv_bytes()
    except (EOFError, OSError):
        return True
    return False


def _stop_template(conn: Connection, template: BaseProcess) -> None:
    """Tell the template to stop its workers, wait a little, kill it if it does not."""
    if conn.closed:
        return
    _send_control(conn, STOP)
    _drain(conn, STOP_WAIT)
    template.join(STOP_WAIT)
    if template.is_alive():
        template.kill()
        template.join()
    conn.close()


# ---------------------------------------------------------------- in the template process


def _template_main(
    conn: Connection,
    parent_end: Connection,
    workers: int,
    prepare: Callable[[], None],
    budget: int | None,
    initializer: Callable[[], None] | None,
) -> None:
    """Prepare, freeze, fork the pool, then pass tasks to it and results back until told to stop."""
    parent_end.close()  # so that the parent's exit is seen here as the end of the line
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's
    name_process(TEMPLATE_NAME)
    try:
        prepare()
        gc.freeze()  # what is loaded now is never collected, so never written by a collection
        pool = multiprocessing.get_context("fork").Pool(
            workers,
            initializer=_start_worker,
            initargs=(conn, initializer),
            maxtasksperchild=budget,
        )
    except Exception as error:  # reported to the parent, which raises it
        conn.send_bytes(HEADER.pack(FAILURE, 0) + pickle.dumps(repr(error)))
        return
    try:
        conn.send_bytes(HEADER.pack(READY, 0))
    except OSError:  # the parent is gone already
        pool.terminate()
        return
    try:
        _relay(conn, pool)
    finally:
        conn.close()  # the parent sees the end now, whatever this process's exit still does


def _relay(conn: Connection, pool: multiprocessing.pool.Pool) -> None:
    """Hand each task to the pool and each result back to the parent, as bytes."""
    sending = threading.Lock()

    def answer(kind: bytes, task: int, payload: bytes) -> None:
        with sending:
            conn.send_bytes(HEADER.pack(kind, task) + payload)

    while True:
        try:
            message = conn.recv_bytes()
        except (EOFError, OSError):  # the parent is gone
            pool.terminate()
            return
        kind, task = HEADER.unpack_from(message)
        if kind == TASK:
            pool.apply_async(
                _run_pickled,
                (message[HEADER.size :],),
                callback=lambda result, task=task: answer(RESULT, task, result),
                error_callback=lambda error, task=task: answer(FAILURE, task, _pickled_error(error)),
            )
        elif kind == CLOSE:
            pool.close()
            pool.join()
            return
        else:
            pool.terminate()
            return


def _start_worker(conn: Connection, initializer: Callable[[], None] | None) -> None:
    """In a new worker: drop the template's line to the parent, initialise."""
    conn.close()
    name_process(WORKER_NAME)
    if initializer is not None:
        initializer()


def name_process(name: bytes) -> bool:
    """Name this process (``ps``, ``/proc/PID/comm``) where Linux's ``prctl`` is at hand."""
    prctl = getattr(ctypes.CDLL(None), "prctl", None)
    return prctl is not None and prctl(PR_SET_NAME, ctypes.c_char_p(name), 0, 0, 0) == 0


def _run_pickled(payload: bytes) -> bytes:
    """In a worker: run a pickled ``(function, args)``, its result pickled."""
    function, args = pickle.loads(payload)
    return pickle.dumps(function(*args), protocol=pickle.HIGHEST_PROTOCOL)


def _pickled_error(error: BaseException) -> bytes:
    try:
        return pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that cannot be pickled still tells what happened
        return pickle.dumps(RuntimeError(repr(error)), protocol=pickle.HIGHEST_PROTOCOL)
