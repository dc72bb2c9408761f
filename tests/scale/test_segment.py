"""The cheap sentence splitter: cuts only where a sentence clearly ends."""

from __future__ import annotations

import pytest

from eventwire.nlp import build_segmenter, load_pipeline, model_abbreviations, sentence_spans


def pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_cuts_after_a_stop_before_a_capital_and_at_line_breaks() -> None:
    text = "Troops crossed the river. Villagers fled!\n\nWhy? Nobody knows.\nA last line without a stop"
    assert pieces(text) == [
        "Troops crossed the river.",
        "Villagers fled!",
        "Why?",
        "Nobody knows.",
        "A last line without a stop",
    ]


def test_no_cut_after_abbreviations_initials_or_before_lower_case() -> None:
    text = "Mr. Lund met Gen. Ode in the U.S. capital. J. K. Amadi said talks went well. e.g. not here."
    assert pieces(text) == [
        "Mr. Lund met Gen. Ode in the U.S. capital.",
        "J. K. Amadi said talks went well. e.g. not here.",
    ]


def test_closing_and_opening_quotes_stay_with_their_sentence() -> None:
    text = 'He said: "We will stay." "They will not," she replied. (The vote is on Friday.) Done.'
    assert pieces(text) == [
        'He said: "We will stay."',
        '"They will not," she replied.',
        "(The vote is on Friday.)",
        "Done.",
    ]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n"])
def test_blank_text_has_no_units(text: str) -> None:
    assert sentence_spans(text) == []


def test_spans_are_trimmed_and_point_into_the_text() -> None:
    text = "  First one.   Second one.  \n  Third  "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one.", "Third"]
    assert all(text[a:b] == text[a:b].strip() for a, b in spans)


def test_the_model_adds_its_tokenizer_abbreviations() -> None:
    abbreviations = model_abbreviations(load_pipeline())
    assert {"Calif.", "Sept."} & abbreviations
    segmenter = build_segmenter(abbreviations)
    text = "The governor of Calif. Newsom spoke. Then he left."
    expected = ["The governor of Calif. Newsom spoke.", "Then he left."]
    assert [text[a:b] for a, b in segmenter(text)] == expected
