"""bench/worker_profile.py: a worker's analysis part by part gives the worker's own output."""

from __future__ import annotations

from bench_scripts import load_bench
from eventwire.records import Article
from eventwire.scale import workers
from eventwire.scale.select import with_selector


def _bench():
    return load_bench("worker_profile")


def article(article_id: str, text: str) -> Article:
    return Article(article_id=article_id, source_path="test", text=text, published="2021-03-02")


ARTICLES = [
    article(
        "a",
        "Talks in Lisbon. The foreign minister of Chile met the Peruvian envoy in Lisbon on Monday. "
        "The weather was mild. Later she said the two countries would sign a trade accord.",
    ),
    article("b", "Police in Oslo arrested two protesters on Sunday, officials said. Markets were calm."),
]


def test_parts_timed_one_by_one_give_the_workers_output(stages, selector, monkeypatch) -> None:
    bench = _bench()
    fast = with_selector(stages, selector)
    clock = bench.Clock()
    coded = bench.analyse_task(fast, ARTICLES, clock, bench.profile_function())
    monkeypatch.setattr(workers, "_stages", fast)
    assert bench.digest_of(coded) == bench.digest_of(workers._analyse_chunk(ARTICLES))
    assert bench.digest_of(coded)[0] >= 2  # the meeting and the arrests
    spacy_parts = {f"spacy: {name}" for name in fast.nlp.pipe_names} | {"spacy: tokenizer"}
    assert spacy_parts | {"cue pass (select)", "actors", "events (with quotes)", "timeline"} <= set(
        clock.seconds
    )


def test_no_profile_option_builds_none(stages, selector) -> None:
    bench = _bench()
    coded = bench.analyse_task(
        with_selector(stages, selector), ARTICLES[1:], bench.Clock(), bench.profile_function(False)
    )
    assert coded[0][3] is None
