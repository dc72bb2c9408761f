"""One ``Doc`` of an excerpt from two partial analyses: the parsed units and the context units.

``merge_into(doc, parsed, context, context_spans)``: ``doc`` is the tokenized excerpt (every chosen
unit left in); ``parsed`` is the whole pipeline's ``Doc`` of the same text with only the units to parse
left in, ``context`` the cheap components' ``Doc`` of it with only the context units left in (all three
have the same length and offsets). Each token of ``doc`` takes its tags, lemma, morphology and entity
from the analysis whose units hold it; a context unit becomes one sentence with a flat tree (its first
token the root, every other token below it with the label ``dep``), so no stage reads a grammatical
relation the parser did not give. Raises ``Misaligned`` when the two analyses do not line up (a unit
boundary inside a token, a parsed sentence across a context unit): the caller then parses the excerpt
whole.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.symbols import SPACE
from spacy.tokens import Doc

Span = tuple[int, int]
COPIED = [TAG, POS, MORPH, LEMMA, ENT_IOB, ENT_TYPE]
OUTSIDE = 2  # ENT_IOB of a token outside every entity
PARSED, CONTEXT, BLANK = 0, 1, 2  # where a token's annotations come from


class Misaligned(ValueError):
    """The partial analyses do not cover the excerpt's tokens one for one."""


def merge_into(doc: Doc, parsed: Doc, context: Doc, context_spans: Sequence[Span]) -> Doc:
    """``doc`` (tokenized only) with the annotations of both analyses; raises ``Misaligned``."""
    sources = token_sources(doc, parsed, context, context_spans)
    heads = merged_heads(doc, parsed, sources, context_spans)
    rows = annotation_rows(doc, parsed, context, sources)
    labels = _dependency_labels(doc, parsed, sources, heads)
    relative = numpy.asarray(heads, dtype=numpy.int64) - numpy.arange(len(doc), dtype=numpy.int64)
    array = numpy.hstack([rows, relative.view(numpy.uint64)[:, None], labels[:, None]])
    doc.from_array(COPIED + [HEAD, DEP], array)
    return doc


def token_sources(
    doc: Doc, parsed: Doc, context: Doc, context_spans: Sequence[Span]
) -> list[tuple[int, int]]:
    """For each token of ``doc``: (PARSED, i), (CONTEXT, i) or (BLANK, -1), the token of the same
    start and length in the analysis of its unit (a blank between units may have none)."""
    by_start = {PARSED: _starts(parsed), CONTEXT: _starts(context)}
    sources = []
    for token in doc:
        side = CONTEXT if in_spans(token.idx, context_spans) else PARSED
        other = by_start[side].get(token.idx)
        if other is not None and (token.is_space or len(other[1]) == len(token.text)):
            sources.append((side, other[0]))
        elif token.is_space:
            sources.append((BLANK, -1))
        else:
            raise Misaligned(f"token {token.text!r} at {token.idx} is in neither analysis")
    return sources


def in_spans(offset: int, spans: Sequence[Span]) -> bool:
    """Whether ``offset`` lies in one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def merged_heads(doc: Doc, parsed: Doc, sources: list[tuple[int, int]], context_spans: Sequence[Span]) -> list[int]:
    """The head of each token: the parser's for parsed tokens (mapped by offset), a flat tree per
    context unit, and blanks attached to the token before them (the first token after, at the start).
    A parsed blank the parser hung across a context unit, with nothing below it, counts as a blank."""
    index = {token.idx: token.i for token in doc}
    is_parsed = numpy.asarray([side == PARSED for side, _ in sources], dtype=numpy.int64)
    running = numpy.concatenate([[0], numpy.cumsum(is_parsed)])
    heads = [-1] * len(doc)
    for i, (side, j) in enumerate(sources):
        if side != PARSED:
            continue
        head = index.get(parsed[j].head.idx, -1)
        if head != -1 and _only_parsed_between(running, i, head):
            heads[i] = head
        elif not (parsed[j].is_space and parsed[j].n_lefts + parsed[j].n_rights == 0):
            raise Misaligned(f"the head of {parsed[j].text!r} is outside its parsed units")
    _flat_context_trees(doc, heads, context_spans)
    return heads


def _only_parsed_between(running: numpy.ndarray, i: int, head: int) -> bool:
    low, high = min(i, head), max(i, head)
    return bool(running[high + 1] - running[low] == high - low + 1)


def _flat_context_trees(doc: Doc, heads: list[int], context_spans: Sequence[Span]) -> None:
    """Every token without a head yet: a context unit's first word roots a flat sentence of the unit;
    blanks join the sentence before them (at the start of the text, the first sentence after them)."""
    unit_starts = {start for start, _ in context_spans}
    root, leading = -1, []
    for token in doc:
        i = token.i
        if heads[i] != -1:  # parsed: it closes any flat sentence
            _attach(heads, leading, i)
            root, leading = -1, []
        elif not token.is_space and (root == -1 or token.idx in unit_starts):
            heads[i] = root = i
            _attach(heads, leading, i)
            leading = []
        elif root != -1:
            heads[i] = root
        elif i > 0:
            heads[i] = i - 1
        else:
            leading.append(i)
    _attach(heads, leading, leading[0] if leading else -1)  # a text of blanks only


def _attach(heads: list[int], tokens: list[int], head: int) -> None:
    for i in tokens:
        heads[i] = head


def annotation_rows(doc: Doc, parsed: Doc, context: Doc, sources: list[tuple[int, int]]) -> numpy.ndarray:
    """Tags, part of speech, morphology, lemma and entity of every token, from its analysis."""
    from_side = {PARSED: parsed.to_array(COPIED), CONTEXT: context.to_array(COPIED)}
    rows = numpy.zeros((len(doc), len(COPIED)), dtype=numpy.uint64)
    orth = doc.to_array([ORTH])
    space_tag = doc.vocab.strings.add("_SP")
    for i, (side, j) in enumerate(sources):
        if side == BLANK:
            rows[i] = (space_tag, SPACE, 0, orth[i], OUTSIDE, 0)
        else:
            rows[i] = from_side[side][j]
    ent_iob = COPIED.index(ENT_IOB)
    rows[rows[:, ent_iob] == 0, ent_iob] = OUTSIDE  # context without NER: outside every entity
    return rows


def _dependency_labels(
    doc: Doc, parsed: Doc, sources: list[tuple[int, int]], heads: list[int]
) -> numpy.ndarray:
    parsed_deps = parsed.to_array([DEP])
    root, flat = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    labels = numpy.zeros(len(doc), dtype=numpy.uint64)
    for i, (side, j) in enumerate(sources):
        labels[i] = parsed_deps[j] if side == PARSED else root if heads[i] == i else flat
    return labels


def _starts(doc: Doc) -> dict[int, tuple[int, str]]:
    return {token.idx: (token.i, token.text) for token in doc}
