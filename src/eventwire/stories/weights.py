"""How telling a word or name is: an inverse document frequency from the stored articles, smoothed by
a prior from general English word frequencies (wordfreq), so the first articles are weighed sensibly and
later ones by what the database has actually seen (a word everyone writes about this week weighs less).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from wordfreq import word_frequency

NAME_PREFIX = "@"  # marks entity identities among the terms counted
PRIOR_DOCUMENTS = 1000  # how many stored articles the prior counts as
DOC_TOKENS = 400  # typical words in a news article: turns a word frequency into a document frequency
MIN_WORD_FREQUENCY = 1e-8
NAME_PRIOR = 0.01  # share of articles assumed to name a given actor before any are stored
# Template words (round 5): a term in more than TEMPLATE_SHARE of the stored reports (once there are
# TEMPLATE_MIN_DOCS) is a wire template's ("Shr", "cts", "Revs") or a season's; it weighs down in
# proportion: twice the share, half the weight.
TEMPLATE_SHARE: float | None = 0.1
TEMPLATE_MIN_DOCS = 200


@lru_cache(maxsize=200_000)
def prior_document_share(term: str) -> float:
    """The share of news articles expected to contain ``term``, from its frequency in English."""
    if term.startswith(NAME_PREFIX):
        return NAME_PRIOR
    freq = word_frequency(term, "en", minimum=MIN_WORD_FREQUENCY)
    return 1.0 - math.exp(-freq * DOC_TOKENS)


def prior_weight(term: str) -> float:
    """A term's weight before any article is stored (used to choose the terms a profile keeps)."""
    return math.log((PRIOR_DOCUMENTS + 1) / (PRIOR_DOCUMENTS * prior_document_share(term) + 0.5))


@dataclass(slots=True)
class TermWeights:
    """Inverse document frequencies: ``n_docs`` stored articles, ``df`` of the terms at hand."""

    n_docs: int = 0
    df: Mapping[str, int] = field(default_factory=dict)
    # Each term's idf once computed (a similarity asks for the same terms pair after pair), valid for the
    # module settings it was computed with.
    _memo: dict[str, float] = field(default_factory=dict, init=False, repr=False, compare=False)
    _memo_settings: tuple = field(default=(), init=False, repr=False, compare=False)

    def idf(self, term: str) -> float:
        """How telling ``term`` is: its smoothed inverse document frequency, weighed down if a template's."""
        settings = (PRIOR_DOCUMENTS, TEMPLATE_SHARE, TEMPLATE_MIN_DOCS)
        if settings != self._memo_settings:
            self._memo.clear()
            self._memo_settings = settings
        found = self._memo.get(term)
        if found is None:
            found = self._memo[term] = self._idf(term)
        return found

    def _idf(self, term: str) -> float:
        docs = self.n_docs + PRIOR_DOCUMENTS
        seen = self.df.get(term, 0) + PRIOR_DOCUMENTS * prior_document_share(term)
        return max(math.log((docs + 1) / (seen + 0.5)), 0.0) * self.template_factor(term)

    def template_factor(self, term: str) -> float:
        """1, or less for a term in more than ``TEMPLATE_SHARE`` of the stored reports."""
        if TEMPLATE_SHARE is None or self.n_docs < TEMPLATE_MIN_DOCS:
            return 1.0
        share = self.df.get(term, 0) / self.n_docs
        return min(1.0, TEMPLATE_SHARE / share) if share else 1.0
