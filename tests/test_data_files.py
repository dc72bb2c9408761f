"""The packaged data files hold words, not YAML 1.1 booleans: an unquoted on, off, yes or no in a word list
reads as True or False and silently drops the word from the list."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data"


def booleans_in_lists(value, path: str = "") -> list[str]:
    """Where a list of the loaded YAML holds a boolean."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in booleans_in_lists(v, f"{path}/{k}")]
    if isinstance(value, list):
        found = [f"{path}[{i}]" for i, v in enumerate(value) if isinstance(v, bool)]
        return found + [p for i, v in enumerate(value) for p in booleans_in_lists(v, f"{path}[{i}]")]
    return []


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_word_lists_hold_no_booleans(path: Path) -> None:
    assert booleans_in_lists(yaml.safe_load(path.read_text(encoding="utf-8"))) == []


def test_an_unquoted_off_would_be_caught() -> None:
    assert booleans_in_lists(yaml.safe_load("particles: [up, off, out]")) == ["/particles[1]"]
