"""Read-ahead: the workers get the next batch while the parent writes; positions stay those taken."""

from __future__ import annotations

from collections.abc import Iterator

from scale_texts import article

from eventwire.pipeline import Stages
from eventwire.records import Article, IngestError, InputPosition
from eventwire.scale.ahead import ReadAhead
from eventwire.scale.workers import WorkerPool


class TrackedInput:
    """A resumable input of one file: the position after each result it returned."""

    def __init__(self, items: list[Article | IngestError]) -> None:
        self.items = items
        self.read = 0
        self.touched = False
        self.finished_inputs = 0
        self.finished_articles = 0
        self.resumed_with: object = None

    def resume_from(self, lookup: object) -> TrackedInput:
        self.resumed_with = lookup
        return self

    def take_positions(self) -> list[InputPosition]:
        taken = [InputPosition("f.jsonl", "sig", items=self.read)] if self.touched else []
        self.touched = False
        return taken

    def __iter__(self) -> Iterator[Article | IngestError]:
        for item in self.items:
            self.read += 1
            self.touched = True
            yield item


class RecordingPool:
    def __init__(self) -> None:
        self.chunks: list[list[str]] = []

    def prefetch(self, articles: list[Article]) -> None:
        self.chunks.append([a.article_id for a in articles])


def inputs(n: int) -> list[Article | IngestError]:
    items: list[Article | IngestError] = [article(f"Text number {k}.", article_id=f"a{k}") for k in range(n)]
    items.insert(2, IngestError("f.jsonl#L3", "empty text"))
    return items


def test_read_ahead_submits_a_batch_ahead_and_yields_everything_in_order() -> None:
    items = inputs(10)
    pool = RecordingPool()
    ahead = ReadAhead(items, pool, lookahead=4, chunk=2)
    first = next(ahead)
    assert first is items[0]
    assert pool.chunks == [["a0", "a1"], ["a2", "a3"]]  # a lookahead's worth read and submitted
    second = next(ahead)
    assert pool.chunks[2:] == [["a4", "a5"], ["a6", "a7"]]  # topped up as soon as one was taken
    assert [first, second, *ahead] == items
    assert [k for chunk in pool.chunks for k in chunk] == [f"a{k}" for k in range(10)]


def test_read_ahead_gives_the_positions_of_results_taken_not_of_results_read_ahead() -> None:
    source = TrackedInput(inputs(10))
    ahead = ReadAhead(source, RecordingPool(), lookahead=4, chunk=4).resume_from("lookup")
    assert source.resumed_with == "lookup"
    taken = [next(ahead) for _ in range(3)]
    assert source.read > 3  # read ahead ...
    assert ahead.take_positions() == [InputPosition("f.jsonl", "sig", items=3)]  # ... not saved ahead
    assert ahead.take_positions() == []
    rest = list(ahead)
    assert len(taken) + len(rest) == 11
    assert ahead.take_positions() == [InputPosition("f.jsonl", "sig", items=11)]


def test_worker_pool_uses_prefetched_results_and_drops_the_ones_never_asked_for(stages: Stages) -> None:
    texts = [
        "Police arrested five protesters in Nairobi on Monday.",
        "The foreign ministers of Chile and Peru met in Lima to discuss the border.",
        "Norway signed a trade agreement with Chile on Friday.",
        "Kenyan troops attacked a rebel camp near the border on Sunday.",
    ]
    articles = [article(t, article_id=f"p{k}") for k, t in enumerate(texts)]
    expected = [[e.to_dict() for e in an.events] for an in stages.analyse(articles[1:])]
    with WorkerPool(1, "exact", stages=stages) as pool:
        pool.prefetch(articles[:2])
        pool.prefetch(articles[2:3])
        got = list(pool.analyse(articles[1:]))  # p0 was prefetched but never asked for (already stored)
        assert not pool._pending
    assert [an.article for an in got] == articles[1:]
    assert [[e.to_dict() for e in an.events] for an in got] == expected
    assert sum(map(len, expected)) >= 2
