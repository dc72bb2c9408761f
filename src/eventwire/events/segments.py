"""Sentence segments: spaCy sentences cut at line breaks, and the text line a segment ends on."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.nlp.text import doc_text


def line_segments(doc: Doc) -> list[Span]:
    """Sentences cut at line breaks: evidence never spans a headline and the paragraph after it."""
    segments = []
    for sentence in doc.sents:
        start = sentence.start
        for token in sentence:
            if "\n" in token.text or "\n" in token.whitespace_:
                end = token.i if token.is_space else token.i + 1
                if end > start:
                    segments.append(doc[start:end])
                start = token.i + 1
        if start < sentence.end:
            segments.append(doc[start : sentence.end])
    return [s for s in segments if s.text.strip()]


def line_of(sentence: Span) -> str:
    """The text line the sentence ends on, stripped."""
    text = doc_text(sentence.doc)
    end = sentence.end_char
    start = text.rfind("\n", 0, max(sentence.start_char, end - 1)) + 1
    stop = text.find("\n", end - 1)
    return text[start : stop if stop != -1 else len(text)].strip()


def on_other_line(a: Token, b: Token) -> bool:
    """Whether a line break separates two tokens (the parser sometimes links across it).

    Reads only the tokens between them: ``Doc.text`` joins every token of the document anew.
    """
    low, high = sorted((a.i, b.i))
    return "\n" in a.doc[low:high].text_with_ws


def line_opening_phrase(token: Token) -> Token | None:
    """The first noun on the token's line, before it, that the parser attached to another line.

    When a parse runs across a line break, the noun phrase opening a paragraph is often hung on the
    previous line's words; it is still the subject of the paragraph's first verb.
    """
    doc = token.doc
    start = token.i
    while start > 0 and not on_other_line(doc[start - 1], token):
        start -= 1
    for candidate in doc[start : token.i]:
        detached = candidate.head == candidate or on_other_line(candidate.head, candidate)
        if candidate.pos_ in ("NOUN", "PROPN") and detached:
            return candidate
    return None
