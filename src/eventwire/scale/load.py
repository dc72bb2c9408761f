"""``eventwire load DIR``: a Spark job's output into the database, stored and grouped into stories
exactly as ``eventwire ingest`` stores and groups (``pipeline.Ingest.add_analysed``), in input order.

The output's ``articles/`` Parquet files (written by ``scale.spark``) are read file by file and row
group by row group, so memory does not grow with the output.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

import pyarrow.parquet as pq

from eventwire.pipeline import DEFAULT_BATCH, Analysis, Ingest, Summary
from eventwire.records import Article, IngestError
from eventwire.scale.rows import article_from_dict, event_from_dict, quote_from_dict
from eventwire.store import Store

ARTICLES = "articles"
READ_ROWS = 256
Item = Analysis | IngestError


class OutputError(ValueError):
    """A folder that is not (or no longer) a readable eventwire Spark output (one line)."""


def part_files(directory: Path) -> list[Path]:
    """The Parquet files of the output's articles, in partition (= input) order."""
    folder = directory / ARTICLES
    if not folder.is_dir():
        raise OutputError(f"{directory}: not an eventwire spark output (no {ARTICLES}/ folder)")
    return sorted(p for p in folder.iterdir() if p.suffix == ".parquet" and not p.name.startswith((".", "_")))


def iter_output(directory: Path) -> Iterator[Item]:
    """The output's analyses and errors in input order (checked: rows must come sorted by their key)."""
    last: tuple[int, int] = (-1, -1)
    for path in part_files(directory):
        try:
            batches = pq.ParquetFile(path).iter_batches(batch_size=READ_ROWS)
            for batch in batches:
                for row in batch.to_pylist():
                    key = (row["file_no"], row["record_no"])
                    if key <= last:
                        raise OutputError(f"{path}: rows out of input order at {key} (after {last})")
                    last = key
                    yield item_of(row)
        except (OSError, KeyError, ValueError) as error:
            if isinstance(error, OutputError):
                raise
            raise OutputError(f"{path}: cannot read ({type(error).__name__}: {error})") from error


def item_of(row: dict[str, object]) -> Item:
    """The analysis (or error) of one output row."""
    if row["error"] is not None:
        return IngestError(str(row["source_path"]), str(row["error"]))
    article: Article = article_from_dict(json.loads(str(row["article"])))
    events = [event_from_dict(d) for d in json.loads(str(row["events"]))]
    quotes = [quote_from_dict(d) for d in json.loads(str(row["quotes"]))]
    return Analysis(article, [], events, quotes)


class AlreadyAnalysed:
    """The ``Analyser`` of a load: everything arrives analysed, so nothing is asked of it."""

    def analyse(self, articles: list[Article]) -> Iterator[Analysis]:
        raise RuntimeError("a load never analyses articles")


def load_output(
    directory: Path,
    store: Store,
    batch_size: int = DEFAULT_BATCH,
    progress: Callable[[int], None] | None = None,
) -> Summary:
    """Store every article, report, quote and error of the output; group the articles into stories."""
    ingest = Ingest(store, AlreadyAnalysed(), batch_size)
    summary = Summary()
    items = iter_output(directory)
    while batch := list(islice(items, batch_size)):
        analyses = [x for x in batch if isinstance(x, Analysis)]
        errors = [x for x in batch if isinstance(x, IngestError)]
        ingest.add_analysed(analyses, errors, summary)
        if progress:
            progress(len(batch))
    return summary
