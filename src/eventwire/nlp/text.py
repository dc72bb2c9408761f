"""A parsed document's text without rebuilding it: spaCy's ``Doc.text`` joins every token anew on
each call, which costs as much as a pass over the whole document. And the one piece of punctuation the
stages read from the spacing around a token: a dash set off by spaces."""

from __future__ import annotations

from spacy.tokens import Doc, Token

DASHES = frozenset({"-", "–", "—", "--"})
TEXT_KEY = "eventwire.text"  # where ``parse`` keeps the text each document was parsed from


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep ``text`` (what ``doc`` was parsed from, so equal to ``doc.text``) with the document."""
    doc.user_data[TEXT_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per document."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = remember_text(doc, doc.text).user_data[TEXT_KEY]
    return text


def spaced_dash(token: Token) -> bool:
    """A dash with a space on each side, which parts a dateline or an aside from what follows ("Geneva,
    Switzerland - The opposition"), not the hyphen of "pro-government" or "US-backed"."""
    if token.text not in DASHES or token.i == 0:
        return False
    return bool(token.doc[token.i - 1].whitespace_ and token.whitespace_)
