"""Page furniture, teaser headlines of other stories and boilerplate never yield events."""

from __future__ import annotations

import pytest

BODY = "Kenyan police arrested twelve smugglers near the port on Sunday."


@pytest.mark.parametrize(
    "furniture",
    [
        "ALSO READ: Israel strikes militant targets in southern Lebanon",
        "Read more: Protesters clash with police in Lima",
        "Latest from the region: Iran seizes tanker in the Gulf",
        "Previous Story Rebels Attack Army Base Near Capital",
        "Troops Storm Rebel Stronghold As Talks Collapse",
        "Related: Chile recalls ambassador from Peru",
    ],
)
def test_furniture_lines_give_no_events(code, furniture):
    text = f"{BODY}\n\n{furniture}\n"
    events, _ = code(text)
    assert [e.event_type for e in events] == ["COERCE"]
    assert all(e.reports[0].sentence.startswith("Kenyan police") for e in events)


def test_headline_line_without_punctuation_is_skipped_in_articles(code):
    text = f"Police arrest twelve smugglers in port raid\n\n{BODY}"
    events, _ = code(text)
    assert len(events) == 1 and events[0].reports[0].sentence == BODY


def test_single_sentence_input_without_final_period_is_coded(code):
    events, _ = code("Police arrested twelve smugglers near the port")
    assert [e.event_type for e in events] == ["COERCE"]


def test_verbless_fragment_gives_nothing(code):
    events, _ = code("Attack on convoy near the capital: twelve dead")
    assert events == []


def test_a_flattened_fact_box_gives_no_events(code):
    """A table of attacks flattened into one line ("TARGET: … ATTACKER: …") lists, it does not report."""
    listing = (
        "Gunmen shot two guards at the stadium ATTACKER: a man who had been arrested twice, 12 stories "
        "TARGET: police officers were wounded by a bomb at the market in May, 2015."
    )
    events, _ = code(f"{BODY}\n\n{listing}\n")
    assert [e.event_type for e in events] == ["COERCE"]


def test_twin_one_label_is_no_fact_box(code):
    events, _ = code("NAIROBI: Kenyan police arrested twelve smugglers near the port on Sunday.")
    assert [e.event_type for e in events] == ["COERCE"]
