"""bench/ner_scope.py: NER over the sentences a test keeps, in the whole document's positions."""

from __future__ import annotations

from bench_scripts import load_bench

TEXT = (
    "The talks went on late into the night and nobody left happy. "
    "Ministers from Chile and Peru met the envoy of Norway in Lima on Monday. "
    "It was cold."
)


def _bench():
    return load_bench("ner_scope")


def test_only_sentences_with_a_capital_after_the_first_word_are_kept(stages) -> None:
    bench = _bench()
    (doc,) = bench.without_ner(stages.nlp, [TEXT])
    sentences = list(doc.sents)
    kept = bench.kept_tokens(doc, bench.TESTS["cap_after_first"])
    assert kept == list(range(sentences[1].start, sentences[1].end))


def test_scoped_entities_lie_in_the_kept_sentence_at_the_documents_positions(stages) -> None:
    bench = _bench()
    (doc,) = bench.without_ner(stages.nlp, [TEXT])
    ner = stages.nlp.get_pipe("ner")
    full = list(ner.pipe([doc.copy()]))
    kept = bench.kept_tokens(full[0], bench.TESTS["cap_after_first"])
    (scoped,) = bench.scoped_entities(ner, [doc.copy()], [kept])
    texts = {full[0][start:end].text for start, end, _ in scoped}
    assert {"Chile", "Lima"} <= texts
    assert all(start >= kept[0] and end <= kept[-1] + 1 for start, end, _ in scoped)
    figures = bench.compare(full, [doc], ner, "cap_after_first")
    assert figures["skipped_char_share"] > 0.3  # the first and last sentences
    assert figures["named_recall"] == 1.0  # nothing named in them
