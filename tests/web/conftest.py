"""The store tests' fixtures (tests/store/serving_fixtures.py): both backends, and the world of
tests/store/world.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "store"))

from serving_fixtures import *  # noqa: F403
