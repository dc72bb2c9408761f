"""Shared fixtures for the ingest tests (helpers and texts live in ``ingest_helpers.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_helpers import SHARED, TODAY

from eventwire.ingest import IngestConfig


@pytest.fixture
def config() -> IngestConfig:
    return IngestConfig(today=TODAY)


@pytest.fixture
def shared() -> Path:
    """The shared development material, or a skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file under tmp_path (text as UTF-8) and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
