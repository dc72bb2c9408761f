"""Parse the package's YAML knowledge files, with libyaml's C parser where PyYAML was built with it
(about ten times faster than the pure-Python one: the CLI's start-up reads some megabytes of YAML)."""

from __future__ import annotations

from typing import IO, Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(source: str | bytes | IO[str] | IO[bytes]) -> Any:
    """The safely parsed YAML document of a text or an open file (plain data, like ``yaml.safe_load``)."""
    return yaml.load(source, Loader=SAFE_LOADER)
