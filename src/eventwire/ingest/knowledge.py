"""Load the stage's knowledge files from ``eventwire/data/ingest/`` (read once per process)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from eventwire.datafiles import parse_yaml

PACKAGE = "eventwire"
FOLDER = ("data", "ingest")


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed YAML file ``name`` (e.g. ``"furniture.yaml"``) from the ingest data folder."""
    path = resources.files(PACKAGE).joinpath(*FOLDER, name)
    with path.open("r", encoding="utf-8") as handle:
        data = parse_yaml(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{name}: expected a mapping at the top level")
    return data


def compile_pattern(pattern: str, case_sensitive: bool = False, full: bool = False) -> re.Pattern[str]:
    """Compile a data-file regex; ``full`` anchors it to the whole string."""
    source = rf"(?:{pattern})\Z" if full else pattern
    return re.compile(source, 0 if case_sensitive else re.IGNORECASE)
