"""Helpers for the actors tests (a module of its own: other stages have conftest.py files too)."""

from __future__ import annotations

from eventwire.records import Mention


def mention_with(mentions: list[Mention], text: str) -> Mention:
    """The mention whose text contains ``text`` (fails the test when there is none)."""
    found = [m for m in mentions if text in m.text]
    assert found, f"no mention containing {text!r} in {[m.text for m in mentions]}"
    return found[0]
