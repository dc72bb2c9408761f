"""Adding the user's own entities and roles to their KB folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from eventwire.actors.codes import plover_codes
from eventwire.actors.loading import read_countries
from eventwire.actors.paths import packaged_kb_dir, user_kb_dir
from eventwire.actors.userfiles import read_extension_file


def add_user_file(path: str | Path) -> int:
    """Validate ``path`` (CSV or YAML) and copy it into the user KB folder; returns its entity count.

    Raises ``KBFileError`` with a one-line message naming the file, the row and the reason.
    """
    source = Path(path)
    _, forms = read_countries(packaged_kb_dir())
    entities = read_extension_file(source, frozenset(forms) | plover_codes().special_countries)
    folder = user_kb_dir()
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, folder / source.name)
    return len(entities)
