"""The attribute ruler's patterns looked up per token (nlp.rule_index): the same matches and the same
annotations as spaCy's Matcher, on short texts written for the ruler's patterns."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from eventwire.nlp import load_pipeline
from eventwire.nlp.rule_index import IndexedMatcher, index_attribute_ruler

# Texts that reach the ruler's pronoun, auxiliary, contraction, two-word, regex, dependency and space
# patterns (written for this test).
TEXTS = [
    "The minister said she had met them in Brussels, and they'd agreed to talk again.",
    "I can't say it's over: we're gonna wait, y'all, and nothin' will change 'em.",
    "There is a plan, there were doubts; Let's see whether it works, said the envoy.",
    "He ain't going.  Did he?  He did, and he has been told so by himself.\n\nNew line  here.",
    "That is what those who gotta decide said; this one, not that one, ol' friend.",
    "Does anyone know? Somebody does. Everything I do, you do too, c'mon.",
]


@pytest.fixture(scope="module")
def stock() -> spacy.language.Language:
    return load_pipeline(indexed_rules=False)


@pytest.fixture(scope="module")
def indexed() -> spacy.language.Language:
    return load_pipeline()


def _annotations(doc: spacy.tokens.Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_the_default_pipeline_indexes_the_ruler_and_the_stock_one_does_not(stock, indexed):
    assert isinstance(indexed.get_pipe("attribute_ruler").matcher, IndexedMatcher)
    assert isinstance(stock.get_pipe("attribute_ruler").matcher, Matcher)
    # the ruler's own view of its patterns reads through the index
    assert indexed.get_pipe("attribute_ruler").patterns == stock.get_pipe("attribute_ruler").patterns


def test_same_matches_as_spacys_matcher(stock, indexed):
    ruler = stock.get_pipe("attribute_ruler")
    index = indexed.get_pipe("attribute_ruler").matcher
    before_ruler = [n for n in stock.pipe_names if n not in ("attribute_ruler", "lemmatizer", "ner")]
    for doc in stock.pipe(TEXTS, disable=[n for n in stock.pipe_names if n not in before_ruler]):
        expected = sorted(ruler.matcher(doc, allow_missing=True, as_spans=False))
        assert sorted(index(doc, allow_missing=True)) == expected
        assert expected  # the texts do reach the patterns


def test_same_annotations_as_the_stock_pipeline(stock, indexed):
    for ours, theirs in zip(indexed.pipe(TEXTS), stock.pipe(TEXTS), strict=True):
        assert _annotations(ours) == _annotations(theirs)
    doc = indexed("They'd been told, and she ain't sure.")
    assert [t.lemma_ for t in doc if t.lower_ in ("'d", "been", "she", "ai")] == ["have", "be", "she", "be"]


def test_patterns_it_cannot_read_stay_with_a_matcher():
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    matcher.add("0", [[{"LOWER": "talks"}, {"LOWER": "resumed", "OP": "?"}]])  # an operator
    matcher.add("1", [[{"LOWER": {"REGEX": "^cease"}, "IS_ALPHA": True}]])  # another attribute
    matcher.add("2", [[{"LOWER": "fire"}], [{"IS_TITLE": True}]])  # another attribute
    matcher.add("3", [[{"LOWER": "talks"}, {"LOWER": {"NOT_IN": ["ended"]}}]])  # filed under "talks"
    index = IndexedMatcher(matcher, ["0", "1", "2", "3"])
    assert len(index.rest) == 3 and len(index.filed) == 1
    doc = nlp("Ceasefire talks resumed after the Fire")
    assert sorted(index(doc)) == sorted(matcher(doc, as_spans=False))
    assert len(index(doc)) == 6


def test_patterns_starting_with_a_regular_expression_are_filed_by_the_values_it_matches():
    """Round 23: the shipped ruler's two regex patterns ("nothin'", "y'all") no longer run a Matcher over
    every token; each value a token brings is searched once and remembered."""
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    matcher.add("0", [[{"LOWER": {"REGEX": "^cease"}}]])
    matcher.add("1", [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]])
    matcher.add("2", [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}], [{"LOWER": "talks"}]])
    index = IndexedMatcher(matcher, ["0", "1", "2"])
    assert len(index.rest) == 0 and len(index.by_regex) == 3
    for text in ("Ceasefire talks: y'all said CEASE, y all agreed, nuthin' changed", "Y all. Nothin' else."):
        doc = nlp(text)
        assert sorted(index(doc)) == sorted(matcher(doc, as_spans=False))
    assert index.regex_filed[(0, nlp.vocab.strings["cease"])] == (index.by_regex[0][2],)
    assert index.regex_filed[(0, nlp.vocab.strings["talks"])] == ()


def test_the_shipped_ruler_runs_no_matcher_over_every_token(indexed):
    assert len(indexed.get_pipe("attribute_ruler").matcher.rest) == 0


def test_a_keys_patterns_matching_one_span_give_one_match_as_in_spacy():
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    matcher.add("0", [[{"LOWER": "rebels"}], [{"LOWER": {"IN": ["rebels", "troops"]}}]])
    index = IndexedMatcher(matcher, ["0"])
    doc = nlp("rebels and troops")
    assert sorted(index(doc)) == sorted(matcher(doc, as_spans=False))
    assert [(s, e) for _, s, e in sorted(index(doc), key=lambda m: m[1])] == [(0, 1), (2, 3)]


def test_a_pipeline_without_a_ruler_is_left_alone():
    assert index_attribute_ruler(spacy.blank("en")) is False
