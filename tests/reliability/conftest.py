"""Fixtures of the reliability tests: the loaded stages (once per test process), a generated corpus, and
the PostgreSQL server of the store tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))  # serving_fixtures: the PostgreSQL server

from reliab_corpus import Corpus, write_corpus
from serving_fixtures import postgres  # noqa: F401

from eventwire.pipeline import Stages


@pytest.fixture(scope="session")
def stages() -> Stages:
    return Stages.load()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """500 articles we wrote from templates, in JSONL, CSV and text files, with bad inputs."""
    return write_corpus(tmp_path_factory.mktemp("corpus") / "in", 500)
