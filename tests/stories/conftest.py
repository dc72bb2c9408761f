"""Fixtures for the stories tests: words-and-names similarity unless a test asks for embeddings."""

from __future__ import annotations

import pytest

from eventwire.stories import embedding


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch):
    """Run without the optional embeddings extra, whether or not it is installed."""
    monkeypatch.setenv("EVENTWIRE_EMBEDDINGS", "0")
    embedding._model.cache_clear()
    yield
    embedding._model.cache_clear()
