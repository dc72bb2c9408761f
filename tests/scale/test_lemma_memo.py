"""The lemmatizer with its word index as sets and its answers remembered (nlp.lemma_memo): the same
lemmas as spaCy's own, on short texts written for the lemmatizer's rules."""

from __future__ import annotations

import pickle

import pytest
import spacy

from eventwire.nlp import load_pipeline
from eventwire.nlp.lemma_memo import MemoLemmatizer, WordList, memoize_lemmatizer

# Plural and irregular nouns, verb forms, comparatives, proper nouns, numbers, spaces and a form met
# twice with two parts of speech (written for this test).
TEXTS = [
    "The ministers were meeting their counterparts; the meetings went better than the wolves feared.",
    "Geese flew over the oldest bridges while Parisians watched, having seen bigger flocks in 1999.",
    "She runs, he ran, they have run.  The run ended.\n\nPolice said the mice had been caught.",
    "Cleaner, cleanest: the studies studied the best-laid plans of the Joneses and the Gateses.",
    "",
]


@pytest.fixture(scope="module")
def stock() -> spacy.language.Language:
    return load_pipeline(indexed_rules=False)


@pytest.fixture(scope="module")
def memo() -> spacy.language.Language:
    return load_pipeline()


def test_the_default_pipeline_remembers_lemmas_and_the_stock_one_does_not(stock, memo) -> None:
    assert isinstance(memo.get_pipe("lemmatizer"), MemoLemmatizer)
    assert not isinstance(stock.get_pipe("lemmatizer"), MemoLemmatizer)
    index = memo.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, WordList) for words in index.values())
    assert memoize_lemmatizer(memo)  # a second time changes nothing


def test_same_lemmas_as_spacys_lemmatizer_twice_over(stock, memo) -> None:
    for _ in range(2):  # the second pass reads the memo
        for text in TEXTS:
            expected = [(t.text, t.lemma_) for t in stock(text)]
            assert [(t.text, t.lemma_) for t in memo(text)] == expected
    assert memo.get_pipe("lemmatizer").lemma_memo  # forms were remembered


def test_a_lemma_set_before_the_lemmatizer_is_kept(memo) -> None:
    doc = memo.make_doc("The ministers met.")
    for name, component in memo.pipeline:
        if name == "lemmatizer":
            break
        doc = component(doc)
    doc[1].lemma_ = "envoy"
    doc = memo.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc] == ["the", "envoy", "meet", "."]


def test_word_list_is_the_same_list_with_a_set_lookup() -> None:
    words = WordList(["peace", "accord", "peace"])
    assert list(words) == ["peace", "accord", "peace"] and "accord" in words and "war" not in words
    assert list(pickle.loads(pickle.dumps(words))) == list(words)
    assert "accord" in pickle.loads(pickle.dumps(words))
