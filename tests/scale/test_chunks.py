"""Tasks bounded by characters as well as articles: same articles, same order, same analyses."""

from __future__ import annotations

from dataclasses import replace

import pytest
from scale_texts import STORY, analysed_rows, article

from eventwire.pipeline import Stages
from eventwire.records import Article
from eventwire.scale import workers
from eventwire.scale.ahead import ReadAhead
from eventwire.scale.chunks import bounded_chunks
from eventwire.scale.workers import WorkerPool

SHORT = [
    "Police arrested five protesters in Nairobi on Monday.",
    "Norway signed a trade agreement with Chile on Friday.",
    "Peru accused Bolivia of violating the border agreement.",
]


def _articles(lengths: list[int]) -> list[Article]:
    return [article("x" * n, article_id=f"a{k}") for k, n in enumerate(lengths)]


def _ids(chunks: list[list[Article]]) -> list[list[str]]:
    return [[a.article_id for a in chunk] for chunk in chunks]


def test_chunks_keep_every_article_in_order_within_both_bounds() -> None:
    articles = _articles([10, 50, 30, 5, 5, 5, 5, 60, 1])
    chunks = list(bounded_chunks(articles, max_articles=3, max_chars=60))
    assert [a for chunk in chunks for a in chunk] == articles
    assert all(len(chunk) <= 3 for chunk in chunks)
    assert all(sum(len(a.text) for a in chunk) <= 60 for chunk in chunks)
    assert _ids(chunks) == [["a0", "a1"], ["a2", "a3", "a4"], ["a5", "a6"], ["a7"], ["a8"]]


def test_an_article_longer_than_the_bound_is_a_chunk_of_its_own() -> None:
    chunks = list(bounded_chunks(_articles([5, 500, 5, 5]), max_articles=8, max_chars=100))
    assert _ids(chunks) == [["a0"], ["a1"], ["a2", "a3"]]


def test_without_a_character_bound_chunks_are_cut_by_articles_only() -> None:
    chunks = list(bounded_chunks(_articles([1000] * 7), max_articles=3, max_chars=None))
    assert _ids(chunks) == [["a0", "a1", "a2"], ["a3", "a4", "a5"], ["a6"]]
    assert list(bounded_chunks([], max_articles=3, max_chars=10)) == []
    with pytest.raises(ValueError, match="max_articles"):
        list(bounded_chunks(_articles([1]), max_articles=0, max_chars=None))


class RecordingPool:
    def __init__(self) -> None:
        self.chunks: list[list[str]] = []

    def prefetch(self, articles: list[Article]) -> None:
        self.chunks.append([a.article_id for a in articles])


def test_read_ahead_submits_chunks_bounded_by_characters_and_yields_in_order() -> None:
    articles = _articles([40, 40, 40, 10, 10, 10, 10, 10])
    pool = RecordingPool()
    taken = list(ReadAhead(articles, pool, lookahead=8, chunk=4, chunk_chars=50))
    assert taken == articles
    assert pool.chunks == [["a0"], ["a1"], ["a2", "a3"], ["a4", "a5", "a6", "a7"]]


@pytest.mark.skipif(not workers.can_fork(), reason="this system cannot fork")
def test_workers_with_chunks_bounded_by_characters_analyse_as_one_process_does(
    stages: Stages, selector
) -> None:
    fast = replace(stages, selector=selector)
    texts = [SHORT[0], STORY, SHORT[1], SHORT[2], *SHORT, STORY, *SHORT, *SHORT, SHORT[0], SHORT[1]]
    articles = [article(text, article_id=f"t{k}") for k, text in enumerate(texts)]
    expected = analysed_rows(fast.analyse(articles))
    with WorkerPool(2, "events", stages=fast, chunk_chars=len(STORY)) as pool:
        chunks = pool.chunks(articles)
        assert pool.chunk_size(len(articles)) == 2
        assert [a for chunk in chunks for a in chunk] == articles
        pairs = [[f"t{k}", f"t{k + 1}"] for k in range(8, 16, 2)]
        assert _ids(chunks) == [["t0"], ["t1"], ["t2", "t3"], ["t4", "t5"], ["t6"], ["t7"], *pairs]
        computed = analysed_rows(pool.analyse(articles))
        ahead = pool.ahead(iter(articles), batch_size=6)
        read = list(ahead)
        prefetched = analysed_rows(pool.analyse(read))
    assert computed == expected
    assert prefetched == expected
    assert sum(len(events) for _, events, _, _ in expected) >= 3


def test_a_pool_refuses_a_character_bound_below_one(stages: Stages) -> None:
    with pytest.raises(ValueError, match="chunk_chars"):
        WorkerPool(2, "events", stages=stages, chunk_chars=0)
