"""Every coded report says why it was coded: the trigger, the pattern's data file, the type it was read
as, and how the text frames the action. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_of


@pytest.mark.parametrize(
    ("text", "event_type", "parts"),
    [
        (
            "Rebels attacked a police convoy near the border, officials said.",
            "ASSAULT",
            ["verb 'attack' (triggers.yaml) → ASSAULT", "reported speech ('said')"],
        ),
        (
            "The United States imposed sanctions on Iran.",
            "SANCTION",
            ["verb 'impose' + 'sanctions'", "→ SANCTION"],
        ),
        (
            "The president vowed to attack the rebels.",
            "THREATEN",
            ["→ ASSAULT read as THREATEN", "a stated intent"],
        ),
        ("The two leaders held talks in Oslo on Monday.", "CONSULT", ["+ 'talks'", "→ CONSULT"]),
        (
            "The army, which shelled the town in March, blamed the rebels.",
            "ASSAULT",
            ["verb 'shell'", "in a relative clause"],
        ),
    ],
)
def test_the_reason_names_trigger_pattern_reading_and_framing(code, text, event_type, parts) -> None:
    reason = first_of(code, text, event_type).reports[0].reason
    assert reason is not None and "\n" not in reason
    for part in parts:
        assert part in reason, reason


def test_a_plain_report_carries_no_framing(code) -> None:
    reason = first_of(code, "Police arrested three men in Lagos on Monday.", "COERCE").reports[0].reason
    assert reason == "verb 'arrest' (triggers.yaml) → COERCE (arrest)"


def test_an_unsaid_actor_is_named_in_the_reason(code) -> None:
    reason = (
        first_of(code, "Three journalists were arrested in the capital on Monday.", "COERCE")
        .reports[0]
        .reason
    )
    assert reason.endswith("no actor named"), reason


def test_a_pattern_from_the_cameo_dictionary_names_its_line(code) -> None:
    events, _ = code("France stressed the need to expand cooperation with Iraq.")
    reasons = [e.reports[0].reason for e in events]
    assert any("(CAMEO" in r and ".txt:" in r for r in reasons), reasons
