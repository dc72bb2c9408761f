"""Fixtures shared by every test folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _private_build_cache() -> None:
    """Built tables (``eventwire.buildcache``) go to a folder of this test process, never ``~/.cache``:
    the first load builds, later loads and the CLI subprocesses read it back."""
    if "EVENTWIRE_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="eventwire-test-cache-")
        os.environ["EVENTWIRE_CACHE_DIR"] = folder
        atexit.register(shutil.rmtree, folder, ignore_errors=True)


_private_build_cache()


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (seed examples, corpora, KB sources); tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared: Path) -> Path:
    path = shared / "examples" / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/examples/seeds is absent")
    return path


CHROMIUM = Path("/usr/bin/chromium")  # Debian's Chromium, installed by scripts/setup_system.sh
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium driven by Playwright (skipped when either is missing)."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (scripts/setup_system.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()
