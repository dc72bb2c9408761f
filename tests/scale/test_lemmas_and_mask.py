"""Lemma guesses before tagging, and blanking text without moving offsets."""

from __future__ import annotations

import pytest

from eventwire.nlp import LemmaGuesser, blank, clip, doc_text, load_pipeline, masked_text, parse
from eventwire.nlp.text import TEXT_KEY

TEXTS = (
    "The rebels fought government troops and seized two villages before fleeing into the hills.",
    "Ministers met on Friday, held talks and signed agreements; the leaders were thanked.",
    "Police shot tear gas as crowds ran, stoned cars and burned tyres near the studies centre.",
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_guesses_contain_the_lemma_the_tagged_word_gets(nlp) -> None:
    guess = LemmaGuesser.from_model(nlp)
    for doc in nlp.pipe(TEXTS):
        for token in doc:
            if token.is_alpha:
                assert token.lemma_.lower() in guess(token.text), (token.text, token.lemma_)


def test_irregular_forms_come_from_the_model_tables(nlp) -> None:
    guess = LemmaGuesser.from_model(nlp)
    assert {"meet", "met"} <= guess("met")
    assert "fight" in guess("Fought")
    assert "talk" in guess("talks")


def test_a_pipeline_without_lemmatizer_guesses_the_word_itself(nlp) -> None:
    assert LemmaGuesser({}, {})("Talks") == frozenset({"talks"})


def test_masking_keeps_length_lines_and_the_kept_spans() -> None:
    text = "One two.\nThree four five.\n\nSix."
    masked = masked_text(text, [(9, 25)])
    assert len(masked) == len(text)
    assert masked[9:25] == text[9:25]
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert masked.replace("\n", "").strip() == "Three four five."


def test_masking_refuses_overlapping_spans() -> None:
    with pytest.raises(ValueError, match="sorted and disjoint"):
        masked_text("abcdef", [(2, 4), (3, 5)])


def test_blank_and_clip() -> None:
    assert blank("a b\nc") == "   \n "
    assert clip("abcdef", 10) == "abcdef"
    assert clip("abc\ndef", 2) == "ab \n   "


def test_doc_text_is_the_parsed_text_kept_with_each_document(stages) -> None:
    texts = ["Talks began in Oslo.\n\nThey ended on Friday.", "A second  text,   spaced oddly. "]
    docs = list(parse(stages.nlp, iter(texts)))
    assert [d.user_data[TEXT_KEY] for d in docs] == texts
    assert [doc_text(d) for d in docs] == [d.text for d in docs] == texts
    fresh = stages.nlp.make_doc("Built without parse.")
    assert doc_text(fresh) == "Built without parse." == fresh.user_data[TEXT_KEY]
