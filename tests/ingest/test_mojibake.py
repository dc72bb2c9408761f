"""Mojibake (UTF-8 once read as Windows-1252) is repaired at ingest, keeping the offsets of the rest."""

from __future__ import annotations

from pathlib import Path

from ingest_helpers import assert_offsets_map, read_one

from eventwire.ingest.mojibake import repair_mojibake
from eventwire.ingest.offsets import map_offset

BROKEN = "The minister said â€œnobody was arrestedâ€™ and the mayorâ€™s office agreed, at a cost of â‚¬5."
CLEAN = "The minister said “nobody was arrested’ and the mayor’s office agreed, at a cost of €5."


def test_mojibake_pieces_are_repaired_and_the_rest_keeps_its_offsets() -> None:
    text, runs = repair_mojibake(BROKEN)
    assert text == CLEAN
    assert runs is not None
    for word in ("nobody", "office", "agreed", "cost"):
        assert map_offset(runs, text.index(word)) == BROKEN.index(word)
    assert map_offset(runs, text.index("“")) is None  # the repaired mark is not in the original


def test_accented_text_and_plain_text_are_left_alone() -> None:
    for text in ("Café owners in Zürich met São Paulo's naïve envoy.", "Ãgua is not mojibake.", "Plain."):
        assert repair_mojibake(text) == (text, None)


def test_a_scrape_with_mojibake_is_stored_repaired_with_offsets_into_the_file(tmp_path: Path) -> None:
    raw = (
        "Police detain activists\n\n"
        "Police detained 40 activists in the capital on Monday, officials said. "
        "The groupâ€™s leader called it â€œan outrageâ€™ and said the protest would go on.\n"
    )
    path = tmp_path / "report.txt"
    path.write_text(raw, encoding="utf-8")
    article = read_one(path)
    assert "group’s leader" in article.text and "“an outrage’" in article.text
    assert "â€" not in article.text
    assert_offsets_map(article, raw)
    assert article.original_offset(article.text.index("leader")) == raw.index("leader")
