"""The analysis on several processes: each worker loads the stages once and analyses chunks of a batch.

``WorkerPool(workers, policy)`` is an ``Analyser`` for ``pipeline.Ingest``: the parent process reads
the input and writes the database, the workers parse and code. Workers are started with "spawn"
(a clean interpreter, as on macOS and Windows) and ignore Ctrl-C, which the parent handles; only
articles and their analyses cross between processes, chunk by chunk, so memory stays bounded by the
batch size.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import signal
from collections.abc import Iterator
from types import TracebackType

from eventwire.pipeline import Analysis, Stages, analyse
from eventwire.records import Article, Event, Mention, Quote
from eventwire.scale.select import Policy, load_stages

CHUNKS_PER_WORKER = 4  # chunks of a batch per worker: enough to keep every worker busy to the end
Coded = tuple[list[Mention], list[Event], list[Quote]]

_stages: Stages | None = None  # this worker's stages, loaded once by _start_worker


def available_cores() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start_worker(policy: str) -> None:
    global _stages
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _stages = load_stages(policy)


def _analyse_chunk(articles: list[Article]) -> list[Coded]:
    assert _stages is not None, "worker started without its stages"
    return [(an.mentions, an.events, an.quotes) for an in analyse(_stages, articles)]


class WorkerPool:
    """``pool.analyse(articles)``: the batch analysed on ``workers`` processes, results in order."""

    def __init__(self, workers: int, policy: Policy | str = Policy.exact) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.workers = workers
        self.policy = Policy(policy)
        context = multiprocessing.get_context("spawn")
        self._pool = context.Pool(workers, initializer=_start_worker, initargs=(self.policy.value,))

    def analyse(self, articles: list[Article]) -> Iterator[Analysis]:
        """Analyses of ``articles``, in order."""
        if not articles:
            return
        size = max(1, math.ceil(len(articles) / (self.workers * CHUNKS_PER_WORKER)))
        chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
        for chunk, coded in zip(chunks, self._pool.imap(_analyse_chunk, chunks), strict=True):
            for article, (mentions, events, quotes) in zip(chunk, coded, strict=True):
                yield Analysis(article, mentions, events, quotes)

    def close(self) -> None:
        """Let the workers finish and exit."""
        self._pool.close()
        self._pool.join()

    def terminate(self) -> None:
        """Stop the workers now (after an error or Ctrl-C)."""
        self._pool.terminate()
        self._pool.join()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is None:
            self.close()
        else:
            self.terminate()
