"""The parse split in two: the whole pipeline for the units that can hold an event, cheap components
(``context_components`` of the selection rules, e.g. ``ner`` alone) for the context units.

The stages read context across the article (the country it names most, the full name behind a
surname, the last person before "he"); that context needs the entities of the context units, not
their parse. ``SentenceSelector`` notes, for each excerpt it makes, which spans to parse and which
are context (``SplitPlans``); ``SplitPipeline`` stands for the ``Language`` in ``Stages`` and, for a
text with a plan, runs the pipeline over the parsed units, the cheap components over the context
units, and merges both into one ``Doc`` of the excerpt (``scale.merge_docs``). A text without a plan,
or whose analyses do not line up, goes through the whole pipeline as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.nlp.mask import masked_text
from eventwire.scale.merge_docs import Misaligned, merge_into

Span = tuple[int, int]
TOKENIZER = "tokenizer"  # as the only context component: context units are tokenized, nothing more
MAX_PLANS = 10_000  # plans of excerpts never parsed (an article that failed) are dropped past this


@dataclass
class SplitPlans:
    """Excerpt text -> (spans to parse, context spans), noted by the selector, taken by the pipeline."""

    plans: dict[str, tuple[list[Span], list[Span]]] = field(default_factory=dict)
    merged: int = 0  # excerpts analysed split
    whole: int = 0  # excerpts with a plan parsed whole because the analyses did not line up

    def note(self, text: str, parse: list[Span], context: list[Span]) -> None:
        if len(self.plans) >= MAX_PLANS:
            self.plans.clear()
        self.plans[text] = (parse, context)

    def take(self, text: str) -> tuple[list[Span], list[Span]] | None:
        return self.plans.pop(text, None)


class SplitPipeline:
    """A ``Language`` whose ``pipe`` analyses the excerpts with a plan split in two (else as is)."""

    def __init__(self, nlp: Language, plans: SplitPlans, context_components: Sequence[str]) -> None:
        unknown = [name for name in context_components if name not in (*nlp.pipe_names, TOKENIZER)]
        if unknown:
            raise ValueError(f"context_components: {unknown} not in the pipeline {nlp.pipe_names}")
        self.nlp = nlp
        self.plans = plans
        self.context_components = [n for n in nlp.pipe_names if n in context_components]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)

    def __call__(self, text: str) -> Doc:
        return next(iter(self.pipe([text])))

    def pipe(
        self,
        texts: Iterable[Any],
        as_tuples: bool = False,
        batch_size: int = 32,
        n_process: int = 1,
        **kwargs: Any,
    ) -> Iterator[Any]:
        """As ``Language.pipe`` (in order; ``as_tuples`` carries each text's context)."""
        if n_process != 1 or kwargs:
            yield from self.nlp.pipe(
                texts, as_tuples=as_tuples, batch_size=batch_size, n_process=n_process, **kwargs
            )
            return
        items = iter(texts)
        while batch := list(islice(items, batch_size)):
            pairs = batch if as_tuples else [(text, None) for text in batch]
            docs = self.analyse([text for text, _ in pairs], batch_size)
            for doc, (_, context) in zip(docs, pairs, strict=True):
                yield (doc, context) if as_tuples else doc

    def analyse(self, texts: list[str], batch_size: int) -> list[Doc]:
        """Each text's ``Doc``: split by its plan when it has one."""
        plans = [self.plans.take(text) for text in texts]
        planned = list(zip(texts, plans, strict=True))
        parse_texts = [text if plan is None else masked_text(text, plan[0]) for text, plan in planned]
        parsed = list(self.nlp.pipe(parse_texts, batch_size=batch_size))
        context_texts = [masked_text(text, plan[1]) for text, plan in planned if plan is not None]
        context = self.context_docs(context_texts, batch_size)
        docs = []
        for text, plan, doc in zip(texts, plans, parsed, strict=True):
            docs.append(doc if plan is None else self.merged(text, doc, next(context), plan[1]))
        return docs

    def context_docs(self, texts: list[str], batch_size: int) -> Iterator[Doc]:
        """The context texts through the tokenizer and the context components alone."""
        docs: Iterable[Doc] = (self.nlp.make_doc(text) for text in texts)
        for name in self.context_components:
            docs = self.nlp.get_pipe(name).pipe(docs, batch_size=batch_size)
        return iter(list(docs))

    def merged(self, text: str, parsed: Doc, context: Doc, context_spans: list[Span]) -> Doc:
        """The excerpt's ``Doc`` from both analyses (the whole pipeline's when they do not line up)."""
        try:
            doc = merge_into(self.nlp.make_doc(text), parsed, context, context_spans)
        except Misaligned:
            self.plans.whole += 1
            return self.nlp(text)
        self.plans.merged += 1
        return doc
