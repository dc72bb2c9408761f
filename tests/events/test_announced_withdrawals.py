"""A withdrawal told in the future is an announced retreat, CONCEDE (the PLOVER manual: "Announcements
of future retreats should be coded as CONCEDE"); other retreats said in the future and agreed
withdrawals stay an expressed intent, AGREE. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import top_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Kenya will withdraw its troops from Somalia.", "CONCEDE"),
        ("Kenya said it would withdraw its troops from Somalia.", "CONCEDE"),
        ("Kenya agreed to withdraw its troops from Somalia.", "AGREE"),
        ("Uganda said it would allow the return of the inspectors without conditions.", "AGREE"),
        ("Kenya withdrew its troops from Somalia on Monday.", "RETREAT"),
    ],
)
def test_a_future_withdrawal_is_announced(resolved_code, text: str, event_type: str) -> None:
    events, _ = resolved_code(text)
    assert top_type(events) == event_type
