"""Sentence segments: spaCy sentences cut at line breaks, and the text line a segment ends on."""

from __future__ import annotations

from spacy.tokens import Doc, Span


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
    text = sentence.doc.text
    end = sentence.end_char
    start = text.rfind("\n", 0, max(sentence.start_char, end - 1)) + 1
    stop = text.find("\n", end - 1)
    return text[start : stop if stop != -1 else len(text)].strip()
