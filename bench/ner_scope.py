"""NER on fewer sentences than the parser: what it would lose, what it would save.

    PYTHONPATH=src .venv/bin/python bench/ner_scope.py --corpus FILE [--n 150] [--skip 0] [--json OUT]

The texts are what a worker parses (the fast path's excerpts, ``pipeline.parsed_view``). Every
component but NER runs over them as in the workers; then NER runs (1) over the whole excerpts, as
today, and (2) for each sentence test, only over the sentences (the parser's) that pass it: one
document per excerpt made of those sentences' tokens (their norms copied, which is what NER's own
tok2vec reads). Printed as one JSON line per test:

- ``skipped_char_share``: characters of the parsed text in sentences the test skips;
- ``named_recall``: the entities of the labels the stages read (actors' ``NER_LABELS``, the places'
  labels) of the whole run that lie outside the skipped sentences;
- ``named_identical``: those the scoped run finds with the same span and label (the rest changed
  because the neighbouring sentences changed, or were lost);
- ``ner_cpu_s`` against ``full_ner_cpu_s``: NER's CPU seconds (``time.process_time``), the scoped run
  with the making of its documents.

Tests: ``cap_after_first`` (a word after the first begins with a capital), ``+propn`` (or the tagger
calls a word a proper noun), ``+digit`` (or a word has a digit).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path

from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.actors.pieces import NER_LABELS
from eventwire.ingest import read_inputs
from eventwire.nlp import MAX_CHARS, clip, run_component
from eventwire.pipeline import Stages, parsed_view
from eventwire.records import Article
from eventwire.scale.select import load_stages
from eventwire.timeline.places import NOT_PLACE_LABELS, PLACE_LABELS

READ_LABELS = frozenset(NER_LABELS | NOT_PLACE_LABELS | PLACE_LABELS)
BATCH = 32  # nlp.parse's batch size
Entity = tuple[int, int, str]  # start token, end token, label


def words(sent: Span) -> list:
    return [t for t in sent if not t.is_space]


def capital_after_first(sent: Span) -> bool:
    return any(t.text[:1].isupper() for t in words(sent)[1:])


def proper_noun(sent: Span) -> bool:
    return any(t.pos_ == "PROPN" for t in sent)


def digit(sent: Span) -> bool:
    return any(any(c.isdigit() for c in t.text) for t in sent)


TESTS: dict[str, Callable[[Span], bool]] = {
    "cap_after_first": capital_after_first,
    "cap_after_first+propn": lambda s: capital_after_first(s) or proper_noun(s),
    "cap_after_first+propn+digit": lambda s: capital_after_first(s) or proper_noun(s) or digit(s),
}


def excerpts(stages: Stages, corpus: str, n: int, skip: int) -> list[str]:
    """The texts a worker parses for articles ``skip`` .. ``skip + n`` of ``corpus``."""
    articles = islice((a for a in read_inputs([corpus]) if isinstance(a, Article)), skip, skip + n)
    return [clip(parsed_view(stages, a).text, MAX_CHARS) for a in articles]


def without_ner(nlp: Language, texts: Iterable[str]) -> list[Doc]:
    """The texts through every component but NER."""
    docs = [nlp.make_doc(t) for t in texts]
    for name, component in nlp.pipeline:
        if name != "ner":
            docs = run_component(component, docs, BATCH)
    return docs


def kept_tokens(doc: Doc, test: Callable[[Span], bool]) -> list[int]:
    """Token indices of the sentences that pass ``test``, in order."""
    return [i for sent in doc.sents if words(sent) and test(sent) for i in range(sent.start, sent.end)]


def sub_doc(doc: Doc, tokens: list[int]) -> Doc:
    """A document of ``tokens`` of ``doc``, with their norms."""
    sub = Doc(
        doc.vocab, words=[doc[i].text for i in tokens], spaces=[bool(doc[i].whitespace_) for i in tokens]
    )
    if tokens:
        sub.from_array([NORM], doc.to_array([NORM])[tokens])
    return sub


def scoped_entities(ner: object, docs: list[Doc], keep: list[list[int]]) -> list[set[Entity]]:
    """Each document's entities when NER runs over its kept tokens only, in the document's positions."""
    subs = ner.pipe([sub_doc(d, k) for d, k in zip(docs, keep, strict=True)], batch_size=BATCH)  # type: ignore[attr-defined]
    return [
        {(k[e.start], k[e.end - 1] + 1, e.label_) for e in sub.ents}
        for sub, k in zip(subs, keep, strict=True)
    ]


def word_chars(doc: Doc, tokens: Iterable[int]) -> int:
    """Characters of the words (not the blanks) among ``tokens``."""
    return sum(len(doc[i].text) for i in tokens if not doc[i].is_space)


def read_entities(entities: Iterable[Entity]) -> set[Entity]:
    return {e for e in entities if e[2] in READ_LABELS}


def compare(full: list[Doc], docs: list[Doc], ner: object, name: str) -> dict[str, object]:
    """One test's figures against the full run."""
    test = TESTS[name]
    keep = [kept_tokens(d, test) for d in full]
    chars = sum(word_chars(d, range(len(d))) for d in full)
    skipped = chars - sum(word_chars(d, k) for d, k in zip(full, keep, strict=True))
    start = time.process_time()
    scoped = scoped_entities(ner, [d.copy() for d in docs], keep)
    cpu = time.process_time() - start
    every = [read_entities((e.start, e.end, e.label_) for e in d.ents) for d in full]
    kept = [{e for e in ents if e[0] in k} for ents, k in zip(every, map(set, keep), strict=True)]
    total = sum(len(e) for e in every)
    same = sum(len(k & read_entities(s)) for k, s in zip(kept, scoped, strict=True))
    return {
        "test": name,
        "skipped_char_share": round(skipped / chars, 3),
        "named": total,
        "named_recall": round(sum(len(k) for k in kept) / total, 4),
        "named_identical": round(same / total, 4),
        "named_changed": total - same,
        "ner_cpu_s": round(cpu, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--json", help="append the results to this file")
    args = parser.parse_args()
    stages = load_stages("events")
    docs = without_ner(stages.nlp, excerpts(stages, args.corpus, args.n, args.skip))
    ner = stages.nlp.get_pipe("ner")
    start = time.process_time()
    full = list(ner.pipe([d.copy() for d in docs], batch_size=BATCH))
    full_cpu = round(time.process_time() - start, 2)
    for name in TESTS:
        found = {"corpus": Path(args.corpus).name, "articles": len(docs), "full_ner_cpu_s": full_cpu}
        line = json.dumps({**found, **compare(full, docs, ner, name)})
        print(line)
        if args.json:
            with open(args.json, "a") as out:
                out.write(line + "\n")


if __name__ == "__main__":
    main()
