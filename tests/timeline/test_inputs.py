"""Bad or odd input: a clear one-line reason, never a crash."""

from __future__ import annotations

import pytest

from eventwire.timeline import find_dates, find_places


@pytest.mark.parametrize("published", ["yesterday", "2021-13-45", "30/06/2021"])
def test_bad_publication_date_is_a_one_line_error(published: str) -> None:
    with pytest.raises(ValueError) as error:
        find_dates("The talks ended on Sunday.", published)
    assert "\n" not in str(error.value) and published in str(error.value)


def test_timestamp_publication_date_is_cut_to_the_day() -> None:
    (x,) = find_dates("The talks ended on Sunday.", "2021-06-30T18:51:52+0000")
    assert x.value == "2021-06-27"


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "2021", "((((", "May", "the capital"])
def test_odd_texts(text: str, gazetteer) -> None:
    find_dates(text, "2021-06-30")
    find_places(gazetteer, text)


def test_expressions_come_in_text_order() -> None:
    found = find_dates(
        "Yesterday the talks began; on Sunday they ended; in 2019 they had failed.", "2021-06-30"
    )
    assert [x.expression for x in found] == ["Yesterday", "Sunday", "2019"]
    assert [x.span for x in found] == sorted(x.span for x in found)


def test_to_dict_carries_the_cli_keys(gazetteer) -> None:
    (x,) = find_dates("They met on Sunday.", "2021-06-30")
    assert {"expression", "value", "precision", "span"} <= set(x.to_dict())
    (p,) = find_places(gazetteer, "They met in Brussels.")
    assert {"mention", "name", "country", "lat", "lon"} <= set(p.to_dict())
    assert p.to_dict()["span"] == [12, 20]


def test_places_with_a_parsed_doc(nlp, gazetteer) -> None:
    text = "Jordan Henderson scored in Liverpool. Jordan closed its border with Syria."
    places = find_places(gazetteer, text, nlp(text))
    mentions = [(p.mention, p.span[0]) for p in places]
    assert ("Jordan", 0) not in mentions
    assert ("Jordan", text.index("Jordan closed")) in mentions
    assert ("Syria", text.index("Syria")) in mentions
