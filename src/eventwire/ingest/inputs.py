"""The iterator ``read_inputs`` returns: every file's results in order, plus how far each file was read, so
an ingest that stops (crash, kill, Ctrl-C) can save its place with each committed batch and go on from there.

A file an earlier run finished (same size and times) is not read again; a JSONL or CSV file it left half
read is opened at the saved stream position; other formats are read again and their results up to the
saved count are passed over.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.reader import FileReader
from eventwire.ingest.storable import path_text
from eventwire.ingest.walk import iter_files
from eventwire.records import Article, IngestError, InputPosition

PositionLookup = Callable[[str], InputPosition | None]
NOT_A_FILE = "not-a-file"


def input_key(path: str | Path) -> str:
    """The key positions are saved under: the absolute path (not following links)."""
    return path_text(os.path.abspath(path))


def file_signature(path: Path) -> str:
    """Size, modification and change time: any edit, replacement or permission change alters it."""
    try:
        st = path.stat()
    except OSError:
        return NOT_A_FILE
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


class InputReader:
    """Articles and errors from every file under ``paths``, in order, with their positions.

    ``resume_from(lookup)`` (before reading) gives the positions an earlier run saved and starts
    tracking; ``take_positions()`` then returns the position reached in each file touched since the last
    call: the position after the result last returned. (Without ``resume_from`` nothing is tracked, so
    memory stays flat over a million files.)
    """

    def __init__(self, paths: Iterable[str | Path], config: IngestConfig | None = None) -> None:
        self._paths = paths
        self._files = FileReader(config)
        self._lookup: PositionLookup | None = None
        self._touched: dict[str, InputPosition] = {}
        self._tracking = False
        self._results: Iterator[Article | IngestError] | None = None
        self.finished_inputs = 0  # files an earlier run finished, not read again
        self.finished_articles = 0  # the articles those files held

    def resume_from(self, lookup: PositionLookup) -> InputReader:
        """Go on from the positions ``lookup`` returns (by ``input_key``); call before reading."""
        if self._results is not None:
            raise RuntimeError("resume_from() must be called before reading")
        self._lookup = lookup
        self._tracking = True
        return self

    def take_positions(self) -> list[InputPosition]:
        """Positions reached since the last call (one per file), to save with the results returned."""
        taken = list(self._touched.values())
        self._touched = {}
        return taken

    def __iter__(self) -> InputReader:
        return self

    def __next__(self) -> Article | IngestError:
        if self._results is None:
            self._results = self._all_results()
        return next(self._results)

    def _all_results(self) -> Iterator[Article | IngestError]:
        for item in iter_files(self._paths):
            if isinstance(item, IngestError):
                yield from self._not_a_file(item)
            else:
                yield from self._file(item)

    def _saved(self, key: str, signature: str) -> InputPosition | None:
        saved = self._lookup(key) if self._lookup else None
        return saved if saved is not None and saved.signature == signature else None

    def _file(self, path: Path) -> Iterator[Article | IngestError]:
        key, signature = input_key(path), file_signature(path)
        saved = self._saved(key, signature)
        if saved is not None and saved.done:
            self._files.remember(saved.digest, path_text(path))
            self.finished_inputs += 1
            self.finished_articles += saved.articles
            return
        start = saved or InputPosition(path=key, signature=signature)
        for result in self._files.read(path, start):
            self._track(replace(self._files.position or start))
            yield result
        self._track(replace(self._files.position or start, done=True))

    def _track(self, position: InputPosition) -> None:
        if self._tracking:
            self._touched[position.path] = position

    def _not_a_file(self, error: IngestError) -> Iterator[IngestError]:
        """A path that is missing or not a regular file: one error, unless a run already stored it."""
        key = input_key(error.source_path)
        saved = self._saved(key, NOT_A_FILE)
        if saved is not None and saved.done:
            self.finished_inputs += 1
            return
        self._track(InputPosition(path=key, signature=NOT_A_FILE, items=1, done=True))
        yield error
