"""A parsed document's text without rebuilding it: spaCy's ``Doc.text`` joins every token anew on
each call, which costs as much as a pass over the whole document."""

from __future__ import annotations

from spacy.tokens import Doc

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
