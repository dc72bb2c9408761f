"""Round 19: whole records. An organisation described later ("the company said", "the firm criticised …")
is the one company named before it. Sentences written for these tests; each rule with a twin where it must
not fire."""

from __future__ import annotations

import pytest
from event_helpers import first_of


@pytest.fixture(scope="module")
def code(resolved_code):
    """Code a text as one article with the actors stage's mentions (the packaged KB only)."""
    return resolved_code


def test_the_company_is_the_firm_named_before(code) -> None:
    text = "Regulators fined Zentora Holdings on Monday. The company criticised the Kenyan government."
    actor = first_of(code, text, "ACCUSE").actor
    assert [(e.name, e.mention) for e in actor] == [("Zentora Holdings", "company")]
    assert actor[0].sectors == ["BUS"]


def test_the_company_said_is_said_by_the_firm_named_before(code) -> None:
    text = (
        "Regulators fined Zentora Holdings on Monday. "
        '"We will appeal against this unfair decision in the High Court next week," the company said.'
    )
    _, quotes = code(text)
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == "Zentora Holdings"


def test_twin_two_firms_named_leave_the_company_alone(code) -> None:
    text = (
        "Zentora Holdings bought Marlow Industries on Monday. The company criticised the Kenyan government."
    )
    actor = first_of(code, text, "ACCUSE").actor
    assert [e.name for e in actor] != ["Zentora Holdings"] and [e.name for e in actor] != [
        "Marlow Industries"
    ]


def test_twin_a_ministry_is_no_company(code) -> None:
    text = "The Kenyan Ministry of Energy fined two traders. The company criticised the Kenyan government."
    actor = first_of(code, text, "ACCUSE").actor
    assert all("Ministry" not in e.name for e in actor)


# two subjects before one verb: a fronted clause the parser took for a subject


def test_the_subject_after_a_fronted_clause_acts(code) -> None:
    text = "Since the coup attempt last July, Kenya has closed 60 radio stations and arrested 9,000 people."
    actor = first_of(code, text, "COERCE").actor
    assert [e.country for e in actor] == ["KEN"]


def test_twin_a_subject_with_a_relative_clause_still_acts(code) -> None:
    text = "Kenya, which closed 40 newspapers last week, arrested 300 journalists on Monday."
    actor = first_of(code, text, "COERCE").actor
    assert [e.country for e in actor] == ["KEN"]
