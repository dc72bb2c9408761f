"""The comparison's bound (round 23): a new report reads at most ``assign.PER_KEY`` earlier reports a term
key and compares at most ``grouping.MAX_COMPARED`` of them, those sharing the most keys first. Round 22
measured 30 / 25 (40 / 50 before) at the same ECB+ figures in every arrival order; round 23 judged the
Reuters-21578 pairs the cut changes (as many wrong pairs undone as made)."""

from __future__ import annotations

from eventwire.records import Article
from eventwire.stories import assign, assign_story, grouping

LETTERS = "bdfgklmnprstvz"


def _word(n: int) -> str:
    """A made-up word of its own for each ``n``."""
    return "".join(LETTERS[int(c)] + "aeiou"[int(c) % 5] for c in f"{n:04d}")


def _notice_text(n: int) -> str:
    """One template's dividend notice (shared term keys), with a company and a sentence of its own."""
    own = " ".join(_word(n * 10 + k) for k in range(8))
    return (
        f"{_word(n * 10 + 9).capitalize()} Holdings declared a quarterly dividend, payable to holders of "
        f"record next month. {own}."
    )


class RecordingIndex:
    """A store writer that records how many rows a key the grouping asks for and what it compares."""

    def __init__(self, writer) -> None:
        self.writer = writer
        self.per_key: list[int] = []
        self.compared: list[int] = []

    def __getattr__(self, name):
        return getattr(self.writer, name)

    def term_articles(self, keys, published, window_days, per_key):
        self.per_key.append(per_key)
        return self.writer.term_articles(keys, published, window_days, per_key)

    def story_profiles(self, article_ids):
        ids = list(article_ids)
        self.compared.append(len(ids))
        return self.writer.story_profiles(ids)


def _notice(n: int) -> Article:
    return Article(
        article_id=f"n{n:02d}",
        source_path=f"/in/n{n}.txt",
        text=_notice_text(n),
        published="2024-03-0" + str(1 + n % 5),
    )


def _compared(store, per_key: int, monkeypatch) -> RecordingIndex:
    monkeypatch.setattr(assign, "PER_KEY", per_key)
    with store.transaction() as writer:
        index = RecordingIndex(writer)
        assign_story(_notice(40), [], [], index)
    return index


def test_a_report_reads_25_reports_a_term_key_and_compares_at_most_30(store, ingest_report, monkeypatch):
    for n in range(40):  # one template's notices: each shares its template's term keys with every other
        ingest_report(_notice(n))
    assert (assign.PER_KEY, grouping.MAX_COMPARED) == (25, 30)
    index = _compared(store, assign.PER_KEY, monkeypatch)
    assert index.per_key == [25] and max(index.compared) == 25  # every key's 25 latest: the same reports
    wider = _compared(store, 50, monkeypatch)  # round 22's 50 a key: all 40 read, 30 of them compared
    assert wider.per_key == [50] and max(wider.compared) == 30


def test_the_reports_sharing_most_term_keys_are_compared_first():
    found = [f"a{i:02d}" for i in range(40) for _ in range(3 if i >= 35 else 2)]
    kept = grouping.likely_articles(found)
    assert len(kept) == 30 and kept[:5] == ["a35", "a36", "a37", "a38", "a39"]
