"""Ingest's bounded memory: the summary keeps counts, the input is read batch by batch."""

from __future__ import annotations

from collections.abc import Iterator

from scale_texts import article

from eventwire.pipeline import MAX_SKIPPED_KEPT, Analysis, Ingest, Summary
from eventwire.records import Article, IngestError
from eventwire.store import Store


def test_summary_counts_skipped_inputs_and_keeps_only_the_first_few() -> None:
    summary = Summary()
    for n in range(30):
        summary.add_skipped([IngestError(f"f{n}.{k}", "empty file (0 bytes)") for k in range(10)])
    summary.add_skipped([IngestError("x.json", "malformed JSON: Expecting value")])
    assert summary.n_skipped == 301
    assert len(summary.skipped) == MAX_SKIPPED_KEPT
    assert summary.skipped_by_reason == {"empty file (0 bytes)": 300, "malformed JSON": 1}


class CountingAnalyser:
    """Analyses nothing (no events); remembers how far the input had been read at each batch."""

    def __init__(self, pulled: list[int]) -> None:
        self.pulled = pulled
        self.seen: list[int] = []

    def analyse(self, articles: list[Article]) -> Iterator[Analysis]:
        self.seen.append(self.pulled[0])
        for a in articles:
            yield Analysis(a, [], [], [])


def test_ingest_reads_the_input_one_batch_at_a_time(tmp_path) -> None:
    pulled = [0]

    def endless_input() -> Iterator[Article]:
        for n in range(1000):
            pulled[0] += 1
            words = " ".join(f"w{n}x{k}" for k in range(10))  # no two articles share a word
            text = f"{words}."
            yield article(text, None, f"a{n}")

    analyser = CountingAnalyser(pulled)
    store = Store(tmp_path / "t.db")
    summary = Ingest(store, analyser, batch_size=50).run(endless_input())
    assert summary.read == summary.stored == 1000
    assert analyser.seen[:3] == [50, 100, 150]  # never more than one batch ahead of the analysis
    assert summary.stories_touched == 1000
    again = Ingest(store, analyser, batch_size=50).run(endless_input())
    assert again.unchanged == 1000 and again.stored == 0
