"""Shared fixtures of the timeline tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the case tables beside the tests

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared, or skip when it is absent."""
    if not SHARED.exists():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def gazetteer():
    from eventwire.timeline import Gazetteer

    return Gazetteer.load()


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp import load_pipeline

    return load_pipeline()
