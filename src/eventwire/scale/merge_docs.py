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

from collections.abc import Sequence

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, MORPH, ORTH, POS, TAG
from spacy.symbols import SPACE
from spacy.tokens import Doc

Span = tuple[int, int]
COPIED = [TAG, POS, MORPH, LEMMA, ENT_IOB, ENT_TYPE]
INSIDE, OUTSIDE, BEGIN = 1, 2, 3  # ENT_IOB of a token inside, outside, at the start of an entity
PARSED, CONTEXT, BLANK = 0, 1, 2  # where a token's annotations come from


class Misaligned(ValueError):
    """The partial analyses do not cover the excerpt's tokens one for one."""


def merge_into(doc: Doc, parsed: Doc, context: Doc, context_spans: Sequence[Span]) -> Doc:
    """``doc`` (tokenized only) with the annotations of both analyses; raises ``Misaligned``."""
    sides, rows = token_sources(doc, parsed, context, context_spans)
    heads = merged_heads(doc, parsed, sides, rows, context_spans)
    annotations = annotation_rows(doc, parsed, context, sides, rows)
    labels = dependency_labels(doc, parsed, sides, rows, heads)
    relative = heads - numpy.arange(len(doc), dtype=numpy.int64)
    array = numpy.hstack([annotations, relative.view(numpy.uint64)[:, None], labels[:, None]])
    doc.from_array([*COPIED, HEAD, DEP], array)
    return doc


def token_sources(
    doc: Doc, parsed: Doc, context: Doc, context_spans: Sequence[Span]
) -> tuple[numpy.ndarray, numpy.ndarray]:
    """For each token of ``doc``, where its annotations come from (PARSED, CONTEXT or BLANK) and the
    row of the token of the same start (and length, unless a blank) in that analysis (-1 for BLANK)."""
    own = _positions(doc)
    in_context = in_spans_array(own[:, 0], context_spans)
    sides = numpy.full(len(doc), BLANK, dtype=numpy.int64)
    rows = numpy.full(len(doc), -1, dtype=numpy.int64)
    for side, other, wanted in ((PARSED, parsed, ~in_context), (CONTEXT, context, in_context)):
        theirs = _positions(other)
        row = numpy.minimum(numpy.searchsorted(theirs[:, 0], own[:, 0]), max(len(other) - 1, 0))
        same = (theirs[row, 0] == own[:, 0]) & ((theirs[row, 1] == own[:, 1]) | (own[:, 2] == 1))
        chosen = wanted & same if len(other) else numpy.zeros(len(doc), dtype=bool)
        sides[chosen], rows[chosen] = side, row[chosen]
    lost = (sides == BLANK) & (own[:, 2] == 0)
    if lost.any():
        raise Misaligned(f"token {doc[int(numpy.flatnonzero(lost)[0])].text!r} is in neither analysis")
    return sides, rows


def in_spans_array(offsets: numpy.ndarray, spans: Sequence[Span]) -> numpy.ndarray:
    """For each offset, whether it lies in one of the sorted, disjoint ``spans``."""
    if not spans:
        return numpy.zeros(len(offsets), dtype=bool)
    starts = numpy.asarray([s for s, _ in spans], dtype=numpy.int64)
    ends = numpy.asarray([e for _, e in spans], dtype=numpy.int64)
    k = numpy.searchsorted(starts, offsets, side="right") - 1
    return (k >= 0) & (offsets < ends[numpy.maximum(k, 0)])


def in_spans(offset: int, spans: Sequence[Span]) -> bool:
    """Whether ``offset`` lies in one of the sorted, disjoint ``spans``."""
    return bool(in_spans_array(numpy.asarray([offset], dtype=numpy.int64), spans)[0])


def merged_heads(
    doc: Doc, parsed: Doc, sides: numpy.ndarray, rows: numpy.ndarray, context_spans: Sequence[Span]
) -> numpy.ndarray:
    """The head of each token: the parser's for parsed tokens (mapped by offset), a flat tree per
    context unit, and blanks attached to the token before them (the first token after, at the start).
    A parsed blank the parser hung across a context unit, with nothing below it, counts as a blank."""
    heads = numpy.full(len(doc), -1, dtype=numpy.int64)
    mine = numpy.flatnonzero(sides == PARSED)
    if len(mine):
        theirs = _positions(parsed)
        their_heads = parsed.to_array([HEAD]).astype(numpy.int64) + numpy.arange(len(parsed))
        own_starts = _positions(doc)[:, 0]
        head_starts = theirs[their_heads[rows[mine]], 0]
        found = numpy.minimum(numpy.searchsorted(own_starts, head_starts), len(doc) - 1)
        running = numpy.concatenate([[0], numpy.cumsum(sides == PARSED)])
        low, high = numpy.minimum(mine, found), numpy.maximum(mine, found)
        good = (own_starts[found] == head_starts) & (running[high + 1] - running[low] == high - low + 1)
        heads[mine[good]] = found[good]
        dependents = numpy.bincount(their_heads, minlength=len(parsed)) - 1  # a root counts itself
        loose = rows[mine[~good]]
        if ((theirs[loose, 2] == 0) | (dependents[loose] > 0)).any():
            raise Misaligned("a parsed sentence runs across a context unit")
    _flat_context_trees(doc, heads, context_spans)
    return heads


def _flat_context_trees(doc: Doc, heads: numpy.ndarray, context_spans: Sequence[Span]) -> None:
    """Every token without a head yet: a context unit's first word roots a flat sentence of the unit;
    blanks join the sentence before them (at the start of the text, the first sentence after them)."""
    unit_starts = {start for start, _ in context_spans}
    root, leading, previous = -1, [], -1
    for i in numpy.flatnonzero(heads == -1).tolist():
        if previous != i - 1 and i > 0:  # a parsed token since: it closes any flat sentence
            heads[leading] = previous + 1
            root, leading = -1, []
        previous = i
        token = doc[i]
        if not token.is_space and (root == -1 or token.idx in unit_starts):
            heads[i] = root = i
            heads[leading] = i
            leading = []
        elif root != -1:
            heads[i] = root
        elif i > 0:
            heads[i] = i - 1
        else:
            leading.append(i)
    if leading:
        heads[leading] = previous + 1 if previous + 1 < len(doc) else leading[0]


def annotation_rows(
    doc: Doc, parsed: Doc, context: Doc, sides: numpy.ndarray, rows: numpy.ndarray
) -> numpy.ndarray:
    """Tags, part of speech, morphology, lemma and entity of every token, from its analysis."""
    annotations = numpy.zeros((len(doc), len(COPIED)), dtype=numpy.uint64)
    for side, other in ((PARSED, parsed), (CONTEXT, context)):
        mine = sides == side
        if mine.any():
            annotations[mine] = other.to_array(COPIED)[rows[mine]]
    blank = sides == BLANK
    if blank.any():
        orth = doc.to_array([ORTH])
        annotations[blank] = (doc.vocab.strings.add("_SP"), SPACE, 0, 0, OUTSIDE, 0)
        annotations[blank, COPIED.index(LEMMA)] = orth[blank]
    ent_iob = COPIED.index(ENT_IOB)
    annotations[annotations[:, ent_iob] == 0, ent_iob] = OUTSIDE  # context without NER: outside every entity
    _begin_cut_entities(annotations[:, ent_iob], annotations[:, COPIED.index(ENT_TYPE)])
    return annotations


def _begin_cut_entities(iob: numpy.ndarray, types: numpy.ndarray) -> None:
    """An entity token whose predecessor is outside it (an entity the other analysis began on a blank)
    begins an entity of its own."""
    previous_iob = numpy.concatenate([[OUTSIDE], iob[:-1]])
    previous_type = numpy.concatenate([[0], types[:-1]])
    cut = (iob == INSIDE) & ((previous_iob == OUTSIDE) | (previous_type != types))
    iob[cut] = BEGIN


def dependency_labels(
    doc: Doc, parsed: Doc, sides: numpy.ndarray, rows: numpy.ndarray, heads: numpy.ndarray
) -> numpy.ndarray:
    """The parser's label for parsed tokens; ``ROOT`` and ``dep`` in the flat trees."""
    root, flat = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    labels = numpy.where(heads == numpy.arange(len(doc)), root, flat).astype(numpy.uint64)
    mine = sides == PARSED
    if mine.any():
        labels[mine] = parsed.to_array([DEP])[rows[mine]]
    return labels


def _positions(doc: Doc) -> numpy.ndarray:
    """Start, length and whether a blank, of each token."""
    return doc.to_array([IDX, LENGTH, IS_SPACE]).astype(numpy.int64).reshape(len(doc), 3)
