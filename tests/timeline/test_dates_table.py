"""Table-driven checks of find_dates on short texts written for these tests (see date_cases.py)."""

from __future__ import annotations

import pytest
from date_cases import CASES

from eventwire.timeline import find_dates


def case_id(case: tuple) -> str:
    published, text, expression = case[0], case[1], case[2]
    return f"{published}|{expression}|{text[:30]}"


@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_expression_resolves(case: tuple) -> None:
    published, text, expression, value, precision, extra = case
    found = find_dates(text, published)
    matching = [x for x in found if x.expression == expression]
    if extra.get("absent"):
        assert not matching, f"{expression!r} should not be a date in {text!r}: {found}"
        return
    assert matching, f"{expression!r} not found in {text!r}; found {[x.expression for x in found]}"
    x = matching[0]
    assert (x.value, x.precision) == (value, precision)
    assert text[x.span[0] : x.span[1]] == expression
    for field in ("tense", "end", "time_of_day", "weekday", "weekday_conflict", "anchored"):
        if field in extra:
            assert getattr(x, field) == extra[field], f"{field}: {getattr(x, field)!r} != {extra[field]!r}"
