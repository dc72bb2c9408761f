"""Ingest jobs of the write API: uploads and posted articles are ingested one job at a time in one
background thread (the database has one writer at a time anyway), while the API goes on serving reads.

The stages (spaCy, knowledge base, coder, gazetteer) load on the first job and again after a KB edit
(made through this process or another: the user KB files are compared before each job). Each job's state
is saved in the database as it changes, so every server process (`serve --workers N`) answers for every
job; the queue is bounded, so a flood of uploads is refused with 503 instead of piling up.
"""

from __future__ import annotations

import queue
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from eventwire.records import Article, IngestError

if TYPE_CHECKING:
    from eventwire.pipeline import Stages, Summary
    from eventwire.store import Store

MAX_QUEUED = 16
KEEP_JOBS = 200
MAX_LISTED_ERRORS = 1000
BATCH_SIZE = 32


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _kb_files_state() -> tuple[tuple[str, int, int], ...]:
    """Name, size and change time of each user KB file: differs once any process edited them."""
    from eventwire.actors import user_kb_dir

    folder = user_kb_dir()
    if not folder.is_dir():
        return ()
    files = sorted(p for p in folder.iterdir() if p.is_file())
    return tuple((p.name, (st := p.stat()).st_size, st.st_mtime_ns) for p in files)


class JobQueueFull(Exception):
    """Too many ingest jobs are waiting."""


@dataclass
class Job:
    """One ingest request: what it reads, where it stands, and what it did."""

    kind: str  # "upload" | "articles"
    inputs: list[str]  # what the client sent, by the names it gave
    items: Callable[[], Iterable[Article | IngestError]]  # produced in the worker thread
    cleanup: Callable[[], None] = lambda: None
    job_id: str = field(default_factory=lambda: secrets.token_hex(8))
    status: str = "queued"  # queued | running | done | failed
    created: str = field(default_factory=_now)
    started: str | None = None
    finished: str | None = None
    summary: dict[str, Any] | None = None
    error: str | None = None
    done: threading.Event = field(default_factory=threading.Event)

    def to_dict(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "kind": self.kind,
            "status": self.status,
            "inputs": self.inputs,
            "created": self.created,
            "started": self.started,
            "finished": self.finished,
            "summary": self.summary,
            "error": self.error,
        }


def summary_dict(summary: Summary) -> dict[str, Any]:
    return {
        "read": summary.read,
        "stored": summary.stored,
        "unchanged": summary.unchanged,
        "skipped": summary.n_skipped,
        "errors": [
            {"source_path": e.source_path, "reason": e.reason} for e in summary.skipped[:MAX_LISTED_ERRORS]
        ],
        "reports_by_type": dict(summary.reports_by_type),
        "stories": sorted(summary.story_ids),
    }


class IngestJobs:
    """Runs submitted jobs in order in one worker thread, against ``store``."""

    def __init__(self, store: Store, stages: Stages | None = None, max_queued: int = MAX_QUEUED) -> None:
        self.store = store
        self._stages = stages
        self._stale = False
        self._kb_state = _kb_files_state()
        self._queue: queue.Queue[Job | None] = queue.Queue(maxsize=max_queued)
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, job: Job) -> Job:
        """Queue ``job``; raises JobQueueFull when too many wait (the job's files are cleaned up)."""
        with self._lock:
            try:
                self._queue.put_nowait(job)
            except queue.Full:
                job.cleanup()
                waiting = self._queue.maxsize
                raise JobQueueFull(f"{waiting} ingest jobs are waiting; try again later") from None
            self._jobs[job.job_id] = job
            while len(self._jobs) > KEEP_JOBS:
                self._jobs.popitem(last=False)
            self._save(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="eventwire-ingest", daemon=True)
                self._thread.start()
        return job

    def get(self, job_id: str) -> Job | None:
        """A job submitted to this process."""
        with self._lock:
            return self._jobs.get(job_id)

    def recent(self) -> list[Job]:
        """Jobs submitted to this process, newest first."""
        with self._lock:
            return list(reversed(self._jobs.values()))

    def status(self, job_id: str) -> dict[str, Any] | None:
        """A job of any server process on this database, as the API shows it."""
        from eventwire.store.jobs import get_job

        with self.store.reading() as conn:
            return get_job(conn, job_id)

    def listing(self, limit: int = KEEP_JOBS) -> list[dict[str, Any]]:
        """The newest jobs of every server process on this database."""
        from eventwire.store.jobs import recent_jobs

        with self.store.reading() as conn:
            return recent_jobs(conn, limit)

    def _save(self, job: Job) -> None:
        with self.store.transaction() as writer:
            writer.save_job(job.to_dict())

    def reload_stages(self) -> None:
        """The knowledge base changed: the next job loads the stages again."""
        self._stale = True

    def close(self, timeout: float = 30) -> None:
        """Let the running job finish (queued ones are dropped), then stop the worker."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is None:
            return
        while True:
            try:
                dropped = self._queue.get_nowait()
            except queue.Empty:
                break
            if dropped is not None:
                dropped.cleanup()
                dropped.status, dropped.finished = "failed", _now()
                dropped.error = "the server stopped before this job ran: nothing of it was stored"
                self._save_finished(dropped)
                dropped.done.set()
        self._queue.put(None)
        thread.join(timeout)

    def _work(self) -> None:
        while (job := self._queue.get()) is not None:
            self._run(job)

    def _run(self, job: Job) -> None:
        from eventwire.pipeline import Ingest

        job.status, job.started = "running", _now()
        self._save(job)
        try:
            summary = Ingest(self.store, self._current_stages(), batch_size=BATCH_SIZE).run(
                job.items(), resume=False
            )
            job.summary, job.status = summary_dict(summary), "done"
        except Exception as error:  # one line for the client; the server keeps serving
            job.error = " ".join(f"{type(error).__name__}: {error}".split())[:300]
            job.status = "failed"
        finally:
            job.finished = _now()
            job.cleanup()
            self._save_finished(job)
            job.done.set()

    def _save_finished(self, job: Job) -> None:
        try:
            self._save(job)
        except Exception as error:  # the database refused the record: the job still tells, in memory
            job.error = job.error or " ".join(f"saving the job failed: {error}".split())[:300]

    def _current_stages(self) -> Stages:
        from eventwire.pipeline import Stages

        kb_state = _kb_files_state()
        if self._stages is None or self._stale or kb_state != self._kb_state:
            self._stale, self._kb_state = False, kb_state
            self._stages = Stages.load()
        return self._stages
