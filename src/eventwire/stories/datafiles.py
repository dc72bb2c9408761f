"""The stories stage's knowledge files (``data/stories/*.yaml``), read from the installed package."""

from __future__ import annotations

from importlib import resources
from typing import Any

from eventwire.datafiles import parse_yaml


def read_data(name: str) -> dict[str, Any]:
    """The parsed YAML file ``data/stories/<name>``."""
    text = resources.files("eventwire").joinpath("data/stories", name).read_text(encoding="utf-8")
    return parse_yaml(text)
