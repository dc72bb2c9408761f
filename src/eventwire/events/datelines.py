"""Datelines that open a line ("Geneva, Switzerland - ", "LONDON, March 3 (Reuters) - ", "CAIRO (AP) — ").

The parser often takes a dateline's place for the subject of the sentence after it; the place says
where the report was filed, not who acted. A dateline is a run of names, numbers, commas and a
bracketed credit at the start of a line, closed by a dash with a space on each side, within the
line's first ``MAX_DATELINE_TOKENS`` tokens, and followed by a capital: no word of it is lower-case or a
verb, and it has a comma, a bracket or a place in capitals (a name set off by dashes, "Hamas - the group
that runs Gaza - fired", is no dateline). ``subjects.py`` skips a subject inside one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.segments import on_other_line
from eventwire.nlp import spaced_dash

MAX_DATELINE_TOKENS = 12
DATELINE_PUNCT = frozenset({",", ".", "(", ")", "/"})


def dateline_dash(token: Token) -> Token | None:
    """The dash closing a dateline the token is part of, if any."""
    doc = token.doc
    start = token.i
    while start > 0 and token.i - start < MAX_DATELINE_TOKENS and not on_other_line(doc[start - 1], token):
        start -= 1
    if start > 0 and not on_other_line(doc[start - 1], token):
        return None  # the line opens too far back for a dateline
    for t in doc[start : min(start + MAX_DATELINE_TOKENS, len(doc))]:
        if spaced_dash(t):
            return t if t.i > token.i and dateline_form(doc[start : t.i], t) else None
        if not dateline_word(t):
            return None
    return None


def dateline_form(words: Span, dash: Token) -> bool:
    """A run of dateline words that is one (a comma, a bracket or capitals) and a capital after the dash."""
    following = dash.doc[dash.i + 1] if dash.i + 1 < len(dash.doc) else None
    if following is None or not (following.text[:1].isupper() or following.is_quote):
        return False
    return any(t.text in (",", "(") or (t.is_upper and len(t) > 1) for t in words)


def in_dateline(token: Token) -> bool:
    """Whether the token belongs to a dateline that opens its line."""
    return dateline_dash(token) is not None


def dateline_word(token: Token) -> bool:
    """A word a dateline is made of: a name, a number, a comma or a bracket."""
    if token.text in DATELINE_PUNCT or token.like_num:
        return True
    return token.is_alpha and token.text[0].isupper() and token.pos_ not in ("VERB", "AUX")


def subject_after_dateline(token: Token) -> Token | None:
    """The head noun of the phrase after the dateline that holds the token ("LONDON - Britain's finance
    minister urged": minister)."""
    dash = dateline_dash(token)
    if dash is None:
        return None
    for t in token.doc[dash.i + 1 : dash.i + 1 + MAX_DATELINE_TOKENS]:
        if on_other_line(dash, t):
            return None
        if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("compound", "amod", "poss", "nmod"):
            return t
    return None
