"""What one Spark task runs: read its share of the input, analyse it, return one row per input item.

The stages are loaded once per Python worker process and kept for every later task it runs
(PySpark reuses its workers). Rows carry the article, its article-level events and quotes as JSON
(``scale.rows``) and an ordering key (file number, record number) that puts them back in input order.
An article the stages fail on becomes an error row ("analysis failed: ..."); it never fails the task.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any

from eventwire.ingest import read_inputs
from eventwire.ingest.numbered import read_json_lines
from eventwire.pipeline import Analysis, Stages, analyse
from eventwire.records import Article, IngestError
from eventwire.scale.rows import event_to_dict
from eventwire.scale.select import load_stages

CHUNK = 32  # articles parsed together (nlp.pipe batch)
ROW_FIELDS = (
    "file_no",
    "record_no",
    "source_path",
    "article_id",
    "title",
    "url",
    "outlet",
    "published",
    "n_events",
    "error",
    "article",
    "events",
    "quotes",
)
# An input element: ((file_no, line_no), ("line", source, text)) for a line of a JSON-lines file,
# ((file_no, 0), ("file", source, path)) for a local file, ((file_no, 0), ("bytes", source, data))
# for the bytes of a remote one.
Key = tuple[int, int]
Element = tuple[Key, tuple[str, str, Any]]
Item = tuple[Key, Article | IngestError]

_stages: dict[str, Stages] = {}


def worker_stages(policy: str) -> Stages:
    """The stages of this Python worker, loaded on its first task."""
    if policy not in _stages:
        _stages[policy] = load_stages(policy)
    return _stages[policy]


def analyse_partition(elements: Iterable[Element], policy: str) -> Iterator[tuple[Any, ...]]:
    """Rows (in ROW_FIELDS order) for the input elements of one partition, in order."""
    items = read_elements(elements)
    while chunk := list(islice(items, CHUNK)):
        articles = [item for _, item in chunk if isinstance(item, Article)]
        analysed = iter(analyse_contained(worker_stages(policy), articles)) if articles else iter(())
        for key, item in chunk:
            result = next(analysed) if isinstance(item, Article) else item
            yield row(key, result)


def read_elements(elements: Iterable[Element]) -> Iterator[Item]:
    """Articles and errors of the elements, with their ordering keys."""
    for (file_no, record_no), (kind, source, payload) in elements:
        if kind == "line":
            for item in read_json_lines([(record_no, payload)], source):
                yield (file_no, record_no), item
        else:
            for n, item in enumerate(read_file_element(kind, source, payload)):
                yield (file_no, n), item


def read_file_element(kind: str, source: str, payload: Any) -> Iterator[Article | IngestError]:
    """Every item of one whole file: read in place, or from a temporary copy of its bytes."""
    if kind == "file":
        yield from read_inputs([payload])
        return
    with tempfile.TemporaryDirectory(prefix="eventwire-") as folder:
        local = Path(folder) / (Path(source.rstrip("/")).name or "input")
        local.write_bytes(bytes(payload))
        for item in read_inputs([local]):
            yield _with_source(item, str(local), source)


def _with_source(item: Article | IngestError, local: str, source: str) -> Article | IngestError:
    path = source + item.source_path[len(local) :] if item.source_path.startswith(local) else source
    return replace(item, source_path=path)


def analyse_contained(stages: Stages, articles: list[Article]) -> list[Analysis | IngestError]:
    """The analyses of ``articles``; one the stages fail on becomes an IngestError naming why."""
    try:
        return list(analyse(stages, articles))
    except Exception as error:
        if len(articles) == 1:
            detail = " ".join(str(error).split())[:300]
            reason = f"analysis failed ({type(error).__name__}): {detail}"
            return [IngestError(articles[0].source_path, reason)]
        return [result for article in articles for result in analyse_contained(stages, [article])]


def row(key: Key, result: Analysis | IngestError) -> tuple[Any, ...]:
    """One output row."""
    if isinstance(result, IngestError):
        return (*key, result.source_path, None, None, None, None, None, 0, result.reason, None, None, None)
    article = result.article
    return (
        *key,
        article.source_path,
        article.article_id,
        article.title,
        article.url,
        article.outlet,
        article.published,
        len(result.events),
        None,
        json.dumps(article.to_dict(), ensure_ascii=False),
        json.dumps([event_to_dict(e) for e in result.events], ensure_ascii=False),
        json.dumps([q.to_dict() for q in result.quotes], ensure_ascii=False),
    )
