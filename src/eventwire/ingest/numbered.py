"""JSON lines given with their line numbers: a slice of a large dump read elsewhere (a Spark task).

Public interface (additive; used by ``eventwire.scale``):
    read_json_lines(lines, source_path, config=None) -> Iterator[Article | IngestError]
        each (line_number, line) read exactly as the JSONL reader reads that line of the file
        ``source_path`` (same source path ``file#L<n>``, same checks, same errors); blank lines skipped
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.draft import finish
from eventwire.ingest.errors import Errors, contain, ingest_error
from eventwire.ingest.tabular import _json_line
from eventwire.records import Article, IngestError


def read_json_lines(
    lines: Iterable[tuple[int, str]], source_path: str, config: IngestConfig | None = None
) -> Iterator[Article | IngestError]:
    """Articles and errors of numbered JSON lines, in the order given."""
    config = config or IngestConfig()
    for number, line in lines:
        where = f"{source_path}#L{number}"
        if len(line) >= config.max_line_chars:
            yield ingest_error(where, Errors.E008, size=len(line), limit=config.max_line_chars)
            continue
        if not line.strip():
            continue
        draft = contain(where, partial(_json_line, line, where, config))
        yield draft if isinstance(draft, IngestError) else contain(where, partial(finish, draft, config))
