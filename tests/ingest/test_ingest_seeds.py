"""The seed scrapes in ../shared/examples/seeds (skipped when absent): sensible records, no furniture.

The checks are properties any scrape should satisfy, not answers for these particular files.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from ingest_helpers import assert_offsets_map, read_all

from eventwire.ingest.furniture import line_rule

FURNITURE_PHRASES = (
    "Latest from",
    "Don't Miss",
    "Exit mobile version",
    "Previous Story",
    "Next Story",
    "ALSO READ",
    "Go toTop",
    "1 min read",
    "Category:",
    "originally published by",
    "translated by",
    "Share.",
)
DATE_LINE = re.compile(r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}|[A-Z][a-z]+ \d{1,2}, \d{4}\s*$|Date:)", re.M)


@pytest.fixture
def seeds(shared: Path) -> Path:
    folder = shared / "examples" / "seeds"
    if not folder.is_dir():
        pytest.skip("no seed examples")
    return folder


def test_every_seed_becomes_one_clean_english_article(seeds: Path) -> None:
    files = sorted(seeds.glob("*.txt"))
    articles, errors = read_all([seeds])
    assert not errors
    assert [Path(a.source_path).name for a in articles] == [f.name for f in files]
    assert len({a.article_id for a in articles}) == len(articles)
    for article, path in zip(articles, files, strict=True):
        original = path.read_text(encoding="utf-8")
        assert article.language == "en"
        assert len(article.text) > 0.5 * len(original.split("Previous Story")[0]) - 200
        assert not any(phrase in article.text for phrase in FURNITURE_PHRASES), article.source_path
        assert not any(line_rule(p) for p in article.text.split("\n\n")), article.source_path
        assert_offsets_map(article, original)


def test_seed_titles_are_headline_lines_of_the_file(seeds: Path) -> None:
    articles, _ = read_all([seeds])
    titled = [a for a in articles if a.title]
    assert titled
    for article in titled:
        lines = Path(article.source_path).read_text(encoding="utf-8").splitlines()
        assert article.title in (line.strip() for line in lines)
        assert len(article.title) < 150 and not article.title.endswith(".")
        assert article.title not in article.text


def test_seed_dates_come_from_their_date_lines(seeds: Path) -> None:
    articles, _ = read_all([seeds])
    for article in articles:
        has_date_line = DATE_LINE.search(Path(article.source_path).read_text(encoding="utf-8")) is not None
        assert (article.published is not None) == has_date_line, article.source_path
        if article.published:
            assert article.published_source == "date-line"
            assert date(2000, 1, 1) <= date.fromisoformat(article.published) <= date.today()


def test_seed_teaser_blocks_are_gone_but_ledes_stay(seeds: Path) -> None:
    articles, _ = read_all([seeds])
    for article in articles:
        original = Path(article.source_path).read_text(encoding="utf-8")
        first_paragraph = article.text.split("\n\n")[0]
        assert first_paragraph[:60] in original
        if "Previous Story" in original:
            teasers = original.split("Previous Story", 1)[1]
            long_teaser_lines = [line for line in teasers.splitlines() if len(line) > 40]
            assert long_teaser_lines
            assert not any(line[:40] in article.text for line in long_teaser_lines)


def test_outlet_credits_become_outlets(seeds: Path) -> None:
    articles, _ = read_all([seeds])
    credited = re.compile(r"^\s*(?:date \S+ )?([A-Z][\w ]{2,30})(?:-|/) ", re.M)
    for article in articles:
        match = credited.search(Path(article.source_path).read_text(encoding="utf-8"))
        if match:
            assert article.outlet is not None
            assert article.outlet.casefold() == match.group(1).strip().casefold()
            assert not article.text.startswith(match.group(1))
