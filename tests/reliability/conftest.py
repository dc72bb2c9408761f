"""Fixtures of the reliability tests: the loaded stages (once per test process), a generated corpus, and
fingerprints of a whole database to compare two ingests row by row."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from reliab_corpus import Corpus, write_corpus

from eventwire.pipeline import Stages

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))  # serving_fixtures: the PostgreSQL server


@pytest.fixture(scope="session")
def stages() -> Stages:
    return Stages.load()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """500 articles we wrote from templates, in JSONL, CSV, gzip-free text files, with bad inputs."""
    return write_corpus(tmp_path_factory.mktemp("corpus") / "in", 500)
