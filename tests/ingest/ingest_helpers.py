"""Helpers and short texts for the ingest tests (texts written for these tests, not from any outlet)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from eventwire.ingest import IngestConfig, read_inputs
from eventwire.records import Article, IngestError

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
TODAY = date(2024, 6, 1)

# Short reports written for these tests (not taken from any outlet).
LEDE = (
    "The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fishing quotas, "
    "according to a statement from the Norwegian foreign ministry."
)
BODY = (
    "The two ministers agreed to set up a joint commission on marine research and to meet again "
    "before the end of the year, the statement said."
)
CLOSING = "Officials from both countries described the talks as constructive and forward-looking."
ARTICLE = f"{LEDE}\n\n{BODY}\n\n{CLOSING}\n"
FRENCH = (
    "Le ministre des affaires étrangères a rencontré hier soir son homologue allemand à Paris pour "
    "discuter de la coopération économique entre les deux pays et de la situation en Europe de l'Est."
)


def read_all(
    paths: Iterable[str | Path], config: IngestConfig | None = None
) -> tuple[list[Article], list[IngestError]]:
    """Everything read_inputs yields, split into articles and errors."""
    results = list(read_inputs(paths, config or IngestConfig(today=TODAY)))
    return [r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, IngestError)]


def read_one(path: Path, config: IngestConfig | None = None) -> Article:
    """The one article a file holds (fails the test otherwise)."""
    articles, errors = read_all([path], config)
    assert not errors, errors
    assert len(articles) == 1, articles
    return articles[0]


def read_error(path: Path, config: IngestConfig | None = None) -> IngestError:
    """The one error a file gives (fails the test otherwise)."""
    articles, errors = read_all([path], config)
    assert not articles, articles
    assert len(errors) == 1, errors
    return errors[0]


def assert_offsets_map(article: Article, original: str) -> None:
    """Every mapped character of the clean text is the same character in the original."""
    assert article.offsets, "no offsets"
    for clean_start, orig_start, length in article.offsets:
        assert article.text[clean_start : clean_start + length] == original[orig_start : orig_start + length]
