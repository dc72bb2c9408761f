"""The ingest stage: files, folders and dumps in; clean ``Article`` records (or ``IngestError``) out.

Public interface:
    read_inputs(paths) -> Iterator[Article | IngestError]
        Read files and folders recursively, detect each file's format, strip page furniture,
        and yield one Article per report or one IngestError per unreadable input, in input order.
"""

from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.records import Article, IngestError


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Article | IngestError]:
    raise NotImplementedError("ingest.read_inputs")  # SKELETON: being built
