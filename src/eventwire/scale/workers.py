"""The analysis on several processes: the stages are loaded once and shared by the workers.

``WorkerPool(workers, policy)`` is an ``Analyser`` for ``pipeline.Ingest``: the parent process reads
the input and writes the database, the workers parse and code, and build each article's story profile
(``stories.profile_article`` without the embedding, passed with its ``Analysis``: the parent only assigns
the story); with ``Ingest(store, pool).run(pool.ahead(inputs))`` the workers analyse the next batch while
the parent writes this one (``scale.ahead``).

Where the operating system can fork (Linux, macOS), the parent forks a template process
(``scale.template``) that loads the stages (model, knowledge base, gazetteer, cue automata, and every
table the stages would load on first use: ``scale.preload``), makes them smaller (``compact_for_fork``:
equal values shared, per-word memos emptied, ``eventwire.compact``), freezes them (``gc.freeze()``, so no
collection writes to their pages) and forks the workers from itself: the loaded pages are shared
copy-on-write instead of being loaded once per worker. A worker's own memory grows as it runs (new
words in spaCy's vocabulary, per-word memos, the pages of the loaded tables it reads, which it
copies), so after ``tasks_per_worker`` tasks it exits and the template forks a fresh one. The parent
never loads the stages (unless it passes its own) and never holds the workers' memory. Elsewhere the
workers are spawned and each loads the stages itself. Workers ignore Ctrl-C, which the parent
handles; only articles and their analyses cross between processes, chunk by chunk, so memory stays
bounded by the batch size.
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import count
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType

from eventwire import stories
from eventwire.buildcache import builds_apart, compacted_tables
from eventwire.compact import share_equal_values
from eventwire.pipeline import DEFAULT_BATCH, Analysis, Stages, analyse
from eventwire.records import Article, Event, IngestError, Mention, Quote
from eventwire.scale.ahead import ReadAhead
from eventwire.scale.chunks import CHUNK_CHARS, bounded_chunks
from eventwire.scale.preload import preloaded_tables, warm_story_profiles
from eventwire.scale.release import clear_word_caches, trim_heap
from eventwire.scale.select import Policy, load_stages
from eventwire.scale.template import Pending as TemplateResult
from eventwire.scale.template import TemplatePool

CHUNKS_PER_WORKER = 4  # chunks of a batch per worker: enough to keep every worker busy to the end
# Chunks a forked worker analyses before a fresh fork replaces it (bounds what it gathers). 40 (320
# articles) cut the tree's memory most but cost 16 % CPU per article on short Reuters articles
# (a fresh worker warms its caches and copies pages again); 250 (2,000 articles) is the default
# (docs/performance.md, round 9 and the end of session 16).
TASKS_PER_WORKER = 250
# Private memory (MB) past which a forked worker is replaced after its task (``scale.budget``): a
# worker's memory grows with what it has read, not with its task count (docs/performance.md, round 15).
WORKER_MEMORY_MB: float | None = 180.0
Coded = tuple[list[Mention], list[Event], list[Quote], stories.Profile]
ChunkResult = TemplateResult | AsyncResult
Pending = tuple[int, Article, ChunkResult, int]  # order, article, its chunk's result, place

_stages: Stages | None = None  # the stages the workers use: set in the template before its forks, else loaded


def available_cores() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether workers can be forked from a loaded parent (and so share its memory)."""
    return "fork" in multiprocessing.get_all_start_methods()


def _start_worker(policy: str) -> None:
    """Set-up of a spawned worker: Ctrl-C is the parent's; it loads its stages."""
    global _stages
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _stages = load_stages(policy)


def _start_forked_worker() -> None:
    """Set-up of a worker forked from the template: Ctrl-C is the parent's."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _prepare_template(policy: Policy, stages: Stages | None) -> None:
    """In the template process: the stages loaded (unless given) and made ready to be forked; a table
    not kept yet is built by a child process and read back (``buildcache.builds_apart``), so the
    template's heap is the same whether its tables were built or kept."""
    global _stages
    with builds_apart():
        _stages = stages if stages is not None else load_stages(policy)
        compact_for_fork(_stages)


def compact_for_fork(stages: Stages) -> None:
    """Load every table the stages and the story profiles read before the fork and shrink what the
    workers will share: the per-word memos emptied, equal values shared (``eventwire.compact``), the
    freed heap given back."""
    tables = preloaded_tables()
    warm_story_profiles()
    clear_word_caches()
    share_equal_values(stages, *tables, compacted=compacted_tables())  # kept tables are shared already
    del tables
    gc.collect()
    trim_heap()


def _analyse_chunk(articles: list[Article]) -> list[Coded]:
    """The chunk's analyses, each with its story profile (built here, so the parent only assigns)."""
    assert _stages is not None, "worker started without its stages"
    return [(an.mentions, an.events, an.quotes, story_profile(an)) for an in analyse(_stages, articles)]


def story_profile(an: Analysis) -> stories.Profile:
    """The article's story profile, without the embedding (the parent adds it when the extra is in use:
    a worker holds no embedding model)."""
    return stories.profile_article(an.article, an.mentions, an.events, embedding=False)


class WorkerPool:
    """``pool.analyse(articles)``: the batch analysed on ``workers`` processes, results in order.

    ``stages``: stages already loaded in this process for ``policy`` (else the template loads them);
    ``share``: fork the workers from a template process so they share its loaded stages (default where
    the operating system can fork); with ``share=False`` each spawned worker loads its own.
    ``tasks_per_worker``: chunks a forked worker analyses before a fresh fork of the template replaces
    it (None: never), which bounds the memory each worker gathers. ``chunk_chars``: characters of the
    articles' texts in one chunk (``scale.chunks``; None: chunks bounded by articles only), which
    bounds a worker's transient peak on long articles. ``worker_memory_mb``: a forked worker whose
    private memory passes this bound after a task is replaced too (None: no bound).
    """

    def __init__(
        self,
        workers: int,
        policy: Policy | str = Policy.exact,
        stages: Stages | None = None,
        share: bool | None = None,
        tasks_per_worker: int | None = TASKS_PER_WORKER,
        chunk_chars: int | None = CHUNK_CHARS,
        worker_memory_mb: float | None = WORKER_MEMORY_MB,
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        if chunk_chars is not None and chunk_chars < 1:
            raise ValueError(f"chunk_chars must be at least 1 (or None), not {chunk_chars}")
        self.workers = workers
        self.chunk_chars = chunk_chars
        self.policy = Policy(policy)
        self.shared = can_fork() if share is None else share
        if tasks_per_worker is not None and tasks_per_worker < 1:
            raise ValueError(f"tasks_per_worker must be at least 1 (or None), not {tasks_per_worker}")
        self._pool: TemplatePool | Pool
        if self.shared:
            prepare = partial(_prepare_template, self.policy, stages)
            self._pool = TemplatePool(
                workers, prepare, tasks_per_worker, _start_forked_worker, worker_memory_mb
            )
        else:
            context = multiprocessing.get_context("spawn")
            self._pool = context.Pool(workers, initializer=_start_worker, initargs=(self.policy.value,))
        self._pending: dict[int, Pending] = {}  # by id() of the article, which the entry keeps alive
        self._order = count()

    def chunk_size(self, articles: int) -> int:
        """Articles per task: a batch in CHUNKS_PER_WORKER chunks per worker."""
        return max(1, math.ceil(articles / (self.workers * CHUNKS_PER_WORKER)))

    def chunks(self, articles: list[Article]) -> list[list[Article]]:
        """``articles`` cut into tasks: at most ``chunk_size`` articles and ``chunk_chars`` characters."""
        return list(bounded_chunks(articles, self.chunk_size(len(articles)), self.chunk_chars))

    def ahead(self, inputs: Iterable[Article | IngestError], batch_size: int = DEFAULT_BATCH) -> ReadAhead:
        """``inputs`` read one batch ahead, each article submitted to the workers as soon as it is read."""
        return ReadAhead(inputs, self, batch_size, self.chunk_size(batch_size), self.chunk_chars)

    def prefetch(self, articles: list[Article]) -> None:
        """Start analysing ``articles`` (one task); ``analyse`` picks their results up."""
        if not articles:
            return
        result = self._pool.apply_async(_analyse_chunk, (articles,))
        for place, article in enumerate(articles):
            self._pending[id(article)] = (next(self._order), article, result, place)

    def analyse(self, articles: list[Article]) -> Iterator[Analysis]:
        """Analyses of ``articles``, in order (those prefetched are not analysed again)."""
        if not articles:
            return
        found = self._take_pending(articles)
        missing = [a for a in articles if id(a) not in found]
        computed = dict(zip(map(id, missing), self._compute(missing), strict=True))
        for article in articles:
            if id(article) in found:
                _, _, result, place = found[id(article)]
                mentions, events, quotes, profile = result.get()[place]
            else:
                mentions, events, quotes, profile = computed[id(article)]
            yield Analysis(article, mentions, events, quotes, profile)

    def _take_pending(self, articles: list[Article]) -> dict[int, Pending]:
        """The prefetched entries of ``articles``; entries read before them but never asked for (articles
        already stored) are dropped."""
        found = {id(a): entry for a in articles if (entry := self._pending.pop(id(a), None)) is not None}
        if found:
            last = max(entry[0] for entry in found.values())
            stale = [key for key, entry in self._pending.items() if entry[0] < last]
            for key in stale:
                del self._pending[key]
        return found

    def _compute(self, articles: list[Article]) -> list[Coded]:
        """Analyse ``articles`` now, in chunks over the workers."""
        return [coded for chunk in self._pool.imap(_analyse_chunk, self.chunks(articles)) for coded in chunk]

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
