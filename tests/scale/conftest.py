"""Shared fixtures of the scale tests: the stages, loaded once per session."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Stages
from eventwire.scale.select import SentenceSelector


@pytest.fixture(scope="session")
def stages() -> Stages:
    """Every stage, exact policy (tests switch ``selector`` to try the fast path)."""
    return Stages.load()


@pytest.fixture(scope="session")
def selector(stages: Stages) -> SentenceSelector:
    return SentenceSelector.load(stages.nlp, stages.resolver.kb, "events")
