"""Session 26: a bomber in the singular is a person of unknown allegiance (UAF), not a warplane (MIL);
bombers in the plural and stealth bombers stay aircraft. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from actor_helpers import mention_with

from eventwire.records import Mention

Resolve = Callable[..., list[Mention]]


@pytest.mark.parametrize(
    ("text", "mention", "sectors"),
    [
        ("The bomber struck inside a crowded restaurant on Wednesday.", "bomber", ["UAF"]),
        ("An attacker stabbed two shoppers on Tuesday.", "attacker", ["UAF"]),
        ("Russian bombers struck the town on Wednesday.", "Russian bombers", ["MIL"]),
    ],
)
def test_attackers_of_unknown_allegiance(
    resolve: Resolve, text: str, mention: str, sectors: list[str]
) -> None:
    entity = mention_with(resolve(text), mention).candidates[0]
    assert entity.sectors == sectors
