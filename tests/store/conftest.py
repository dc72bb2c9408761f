"""Store tests run on SQLite and on a real PostgreSQL server (fixtures in serving_fixtures.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from serving_fixtures import *  # noqa: F403
