"""Read-ahead passes on the position its inputs give once exhausted (a file marked done)."""

from __future__ import annotations

from collections.abc import Iterator

from scale_texts import article

from eventwire.records import Article, InputPosition
from eventwire.scale.ahead import ReadAhead


class FileInput:
    """One file of ``n`` articles: its position after each article, and ``done`` once read to the end."""

    def __init__(self, n: int) -> None:
        self.articles = [article(f"Text number {k}.", article_id=f"a{k}") for k in range(n)]
        self.pending: list[InputPosition] = []

    def take_positions(self) -> list[InputPosition]:
        taken, self.pending = self.pending, []
        return taken

    def __iter__(self) -> Iterator[Article]:
        for k, item in enumerate(self.articles, 1):
            self.pending = [InputPosition("f.jsonl", "sig", items=k)]
            yield item
        self.pending = [InputPosition("f.jsonl", "sig", items=len(self.articles), done=True)]


class NoPool:
    def prefetch(self, articles: list[Article]) -> None:
        pass


def test_the_final_position_is_given_once_every_result_was_taken() -> None:
    ahead = ReadAhead(FileInput(5), NoPool(), lookahead=3, chunk=3)
    taken = [next(ahead) for _ in range(5)]
    assert len(taken) == 5
    assert ahead.take_positions() == [InputPosition("f.jsonl", "sig", items=5)]  # not done yet
    assert list(ahead) == []
    assert ahead.take_positions() == [InputPosition("f.jsonl", "sig", items=5, done=True)]
    assert ahead.take_positions() == []


def test_an_input_read_to_the_end_early_is_done_only_after_its_last_result() -> None:
    ahead = ReadAhead(FileInput(2), NoPool(), lookahead=4, chunk=2)
    first = next(ahead)  # both articles read ahead, the input exhausted
    assert first.article_id == "a0"
    assert ahead.take_positions() == [InputPosition("f.jsonl", "sig", items=1)]
    assert [a.article_id for a in ahead] == ["a1"]
    assert ahead.take_positions() == [InputPosition("f.jsonl", "sig", items=2, done=True)]
