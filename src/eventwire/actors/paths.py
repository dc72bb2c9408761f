"""Where the knowledge base lives: the packaged data folder and the user's own folder."""

from __future__ import annotations

import os
from pathlib import Path

USER_KB_ENV = "EVENTWIRE_KB_DIR"


def packaged_kb_dir() -> Path:
    """The knowledge base shipped with the package (``eventwire/data/kb``)."""
    return Path(__file__).resolve().parent.parent / "data" / "kb"


def user_kb_dir() -> Path:
    """The user's additions: ``$EVENTWIRE_KB_DIR`` or ``~/.local/share/eventwire/kb``."""
    configured = os.environ.get(USER_KB_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".local" / "share" / "eventwire" / "kb"
