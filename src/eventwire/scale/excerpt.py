"""An article with only some sentences left to parse, at the same character offsets (``nlp.mask``).

Whatever the stages find in the excerpt (mentions, triggers, sentence and quote spans, places) has
the offsets it has in the article, and event ids stay the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventwire.nlp.mask import masked_text
from eventwire.records import Article

Span = tuple[int, int]


def excerpt(article: Article, spans: Sequence[Span]) -> Article:
    """A copy of the article whose text keeps only ``spans`` (same length, same offsets)."""
    if len(spans) == 1 and spans[0] == (0, len(article.text)):
        return article
    return replace(article, text=masked_text(article.text, spans))
