"""Where a text's quotations are: the marks paired into spans, an apostrophe or an inch mark told from a
quotation mark. Shared by the statements (`speech`), the speakers (`speakers`) and the scope rules."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from eventwire.events.speech_rules import load_rules

# A mark between two letters is an apostrophe; a straight one after a number and before a word in lower
# case is an inch mark ("a 12" gun"). Neither opens nor closes a quotation.
INTRA_WORD_MARK = re.compile(r"(?<=[^\W\d_])[\"\u2019](?=[^\W\d_])|(?<=\d)\"(?=[ -][a-z])")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations (inside the marks) long enough to be statements.

    A mark between two letters is an apostrophe ("don\u2019t", or "haven"t" in a scrape that lost its
    apostrophes) and a straight one after a number an inch mark ("a 12" gun"): neither starts or ends a
    quotation. Curly marks and guillemets say which way they face; straight ones are paired by what
    stands around them (`undirected_spans`).
    """
    rules = load_rules()
    marks = INTRA_WORD_MARK.sub("'", text)
    spans = []
    for match in rules.quote_re.finditer(marks):
        group = next(i for i in range(1, (match.lastindex or 0) + 1) if match.group(i) is not None)
        spans.append(match.span(group))
    for mark in rules.undirected_marks:
        spans += [s for s in undirected_spans(marks, mark) if not any(overlap(s, d) for d in spans)]
    return sorted(s for s in spans if len(text[s[0] : s[1]].split()) >= rules.min_words)


def inside_quotation(token: Token) -> bool:
    """Whether the token stands inside a quotation of its text, as ``quoted_spans`` pairs the marks."""
    return any(start <= token.idx < end for start, end in text_quotations(token.doc.text))


@lru_cache(maxsize=4)
def text_quotations(text: str) -> tuple[tuple[int, int], ...]:
    """``quoted_spans`` of a text, remembered for the few texts read at a time."""
    return tuple(quoted_spans(text))


def undirected_spans(text: str, mark: str) -> list[tuple[int, int]]:
    """Quotations between straight marks, each mark read as opening or closing from its neighbours
    (an opening one follows a space or bracket and precedes a word; a closing one follows a word or
    punctuation and precedes a space or punctuation), so that one stray or unclosed mark (a quoted
    paragraph left open in the house style, a lost apostrophe) does not turn every later pair inside out.
    A quotation never runs across a line break."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for match in re.finditer(re.escape(mark), text):
        i = match.start()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if start is not None and "\n" in text[start:i]:
            start = None
        opens = (before.isspace() or before in OPENING_NEIGHBOURS) and not after.isspace()
        closes = not before.isspace() and (after.isspace() or after in CLOSING_NEIGHBOURS)
        if opens and not closes:
            start = i + 1
        elif start is not None and (closes or not opens):
            spans.append((start, i))
            start = None
        elif not closes:
            start = i + 1
    return spans


OPENING_NEIGHBOURS = frozenset("([{/\u2014\u2013-")
CLOSING_NEIGHBOURS = frozenset(".,;:!?)]}/\u2014\u2013-'\u2019")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
