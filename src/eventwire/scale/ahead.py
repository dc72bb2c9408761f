"""Read the input ahead of the ingest and hand the articles to the workers as soon as they are read.

``pipeline.Ingest`` analyses a batch, then writes it; without read-ahead the workers wait while the
parent writes. ``ReadAhead(inputs, pool)`` (``WorkerPool.ahead``) keeps about one batch of articles
read and submitted beyond what the ingest has taken, so the workers analyse the next batch while the
parent writes this one. It is resumable like ``ingest.read_inputs``: the positions it gives are those
of the results the ingest has taken, never of results only read ahead, so a stopped run still goes on
after its last committed batch.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Protocol

from eventwire.records import Article, IngestError, InputPosition
from eventwire.scale.chunks import bounded_chunks

Item = Article | IngestError


class Prefetcher(Protocol):
    """What read-ahead hands articles to: ``WorkerPool.prefetch``."""

    def prefetch(self, articles: list[Article]) -> None: ...


class ReadAhead:
    """An iterator over ``inputs`` that submits ``lookahead`` articles ahead to ``pool``, in chunks of at
    most ``chunk`` articles and ``chunk_chars`` characters (``scale.chunks``; None: no bound)."""

    def __init__(
        self,
        inputs: Iterable[Item],
        pool: Prefetcher,
        lookahead: int,
        chunk: int,
        chunk_chars: int | None = None,
    ) -> None:
        self.inputs = inputs
        self.pool = pool
        self.lookahead = max(1, lookahead)
        self.chunk = max(1, chunk)
        self.chunk_chars = chunk_chars
        self._source: Iterator[Item] | None = None
        self._queue: deque[tuple[Item, list[InputPosition]]] = deque()
        self._queued_articles = 0
        self._exhausted = False
        self._positions: dict[str, InputPosition] = {}
        self._last_positions: list[InputPosition] = []  # given by the inputs once exhausted

    @property
    def finished_inputs(self) -> int:
        return getattr(self.inputs, "finished_inputs", 0)

    @property
    def finished_articles(self) -> int:
        return getattr(self.inputs, "finished_articles", 0)

    def resume_from(self, lookup: object) -> ReadAhead:
        """Forwarded to the inputs (before reading), when they can resume."""
        if hasattr(self.inputs, "resume_from"):
            self.inputs.resume_from(lookup)
        return self

    def take_positions(self) -> list[InputPosition]:
        """Positions reached by the results taken since the last call (one per file)."""
        taken = list(self._positions.values())
        self._positions = {}
        return taken

    def __iter__(self) -> ReadAhead:
        return self

    def __next__(self) -> Item:
        if self._queued_articles < self.lookahead:
            self._read_more()
        if not self._queue:
            self._take(self._last_positions)  # everything is taken: the inputs' final positions too
            self._last_positions = []
            raise StopIteration
        item, positions = self._queue.popleft()
        if isinstance(item, Article):
            self._queued_articles -= 1
        self._take(positions)
        return item

    def _take(self, positions: list[InputPosition]) -> None:
        for position in positions:
            self._positions[position.path] = position

    def _read_more(self) -> None:
        """Read up to ``lookahead`` more articles (and the errors between them) and submit them."""
        if self._source is None:
            self._source = iter(self.inputs)
        fresh: list[Article] = []
        while not self._exhausted and len(fresh) < self.lookahead:
            item = next(self._source, None)
            if item is None:
                self._exhausted = True
                self._last_positions = self._reader_positions()  # e.g. the last file marked done
                break
            self._queue.append((item, self._reader_positions()))
            if isinstance(item, Article):
                fresh.append(item)
        self._queued_articles += len(fresh)
        for chunk in bounded_chunks(fresh, self.chunk, self.chunk_chars):
            self.pool.prefetch(chunk)

    def _reader_positions(self) -> list[InputPosition]:
        take = getattr(self.inputs, "take_positions", None)
        return take() if take is not None else []
