"""Offsets from clean text back to the original: building, composing and aligning runs."""

from __future__ import annotations

from eventwire.ingest.offsets import TextBuilder, align, compose, map_offset
from eventwire.records import Article


def test_builder_keeps_runs_for_copied_pieces_and_merges_contiguous_ones() -> None:
    original = "Header\nFirst part. Second part.\nTail"
    builder = TextBuilder()
    builder.copy("First part.", original.index("First"))
    builder.copy(" Second part.", original.index(" Second"))
    builder.insert("\n\n")
    builder.copy("Tail", original.index("Tail"))
    text, runs = builder.build()
    assert text == "First part. Second part.\n\nTail"
    assert runs == [(0, 7, 24), (26, original.index("Tail"), 4)]
    assert map_offset(runs, 24) is None
    assert original[map_offset(runs, text.index("Tail"))] == "T"


def test_compose_chains_two_mappings() -> None:
    outer = [(0, 5, 10)]  # clean 0..10 ← middle 5..15
    inner = [(0, 100, 8), (8, 200, 20)]  # middle 0..8 ← 100.., middle 8..28 ← 200..
    assert compose(outer, inner) == [(0, 105, 3), (3, 200, 7)]


def test_align_finds_words_outside_tags_and_skips_entities() -> None:
    html = '<p title="Oslo talks">Talks in Oslo caf&eacute; Bergen</p><p>ended well.</p>'
    text = "Talks in Oslo café Bergen\nended well."
    runs = align(text, html)
    assert html[map_offset(runs, 0)] == "T"
    assert map_offset(runs, text.index("café")) is None
    bergen = map_offset(runs, text.index("Bergen"))
    assert html[bergen : bergen + 6] == "Bergen"
    assert map_offset(runs, text.index("Oslo")) == html.index("Oslo caf")


def test_article_original_offset_uses_the_runs() -> None:
    article = Article(article_id="x", source_path="p", text="abc\n\ndef", offsets=[(0, 10, 3), (5, 20, 3)])
    assert article.original_offset(1) == 11
    assert article.original_offset(3) is None
    assert article.original_offset(6) == 21
    assert article.original_offset(99) is None
