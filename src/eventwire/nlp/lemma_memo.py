"""The rule lemmatizer made cheap: its word index searched as a set, its answer remembered per form.

spaCy's English rule lemmatizer works token by token in Python. For a form it has not met, each suffix
rule that applies checks whether the result is a known word with ``form in index``, and the model's
index of a part of speech is a *list* (57,528 nouns): a linear scan, about 0.3 ms per new form, most
of the lemmatizer's time. ``WordList`` is that list with a set beside it for ``in`` (same words, same
order, same answers). The lemmatizer's answer depends on nothing but the token's form, part of speech
and morphology (and those tables), so ``MemoLemmatizer`` also remembers it under those three values,
reads them for the whole document at once and writes the lemmas back as one array; spaCy's own cache
skips only the rules, and only for words that are not base forms. Same lemmas
(docs/performance.md, round 22).
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

LEMMATIZER = "lemmatizer"
MAX_FORMS = 100_000  # remembered forms before the memo starts afresh (a worker's memory stays bounded)
Key = tuple[int, int, int]  # form, part of speech, morphology (their ids)


class WordList(list):
    """A list of words whose ``in`` is a set lookup."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self.members = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self.members


def index_as_sets(lemmatizer: EnglishLemmatizer) -> int:
    """The lemmatizer's ``lemma_index`` lists made ``WordList``s; how many."""
    table = lemmatizer.lookups.get_table("lemma_index", None)
    if table is None:
        return 0
    lists = [(pos, words) for pos, words in table.items() if type(words) is list]
    for pos, words in lists:
        table[pos] = WordList(words)
    return len(lists)


class MemoLemmatizer(EnglishLemmatizer):
    """``EnglishLemmatizer`` in rule mode, whose ``__call__`` looks each form up before lemmatizing it."""

    def __call__(self, doc: Doc) -> Doc:
        """As ``Lemmatizer.__call__`` without ``overwrite``: a token keeps a lemma it already has."""
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = [
            lemma or self.lemma_id(doc, i, (orth, pos, morph))
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist())
        ]
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype=numpy.uint64).reshape(-1, 1))
        return doc

    def lemma_id(self, doc: Doc, i: int, key: Key) -> int:
        """The lemma's string id for token ``i``, remembered under ``key``."""
        memo: dict[Key, int] = self.__dict__.setdefault("lemma_memo", {})
        found = memo.get(key)
        if found is None:
            if len(memo) >= MAX_FORMS:
                memo.clear()
            found = memo[key] = doc.vocab.strings.add(self.lemmatize(doc[i])[0])
        return found


def memoize_lemmatizer(nlp: Language) -> bool:
    """Let the pipeline's lemmatizer search its word index as sets and remember its answers
    (``MemoLemmatizer``: same lemmas); False when its lemmatizer is not spaCy's English one in rule
    mode without ``overwrite``."""
    if LEMMATIZER not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    if isinstance(lemmatizer, MemoLemmatizer):
        return True
    if type(lemmatizer) is not EnglishLemmatizer or lemmatizer.mode != "rule" or lemmatizer.overwrite:
        return False
    index_as_sets(lemmatizer)
    lemmatizer.__class__ = MemoLemmatizer  # same object, tables and settings; only __call__ differs
    return True
