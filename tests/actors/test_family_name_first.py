"""A bare first part of a name written family name first ("Kim" after "Kim Jong-nam") refers back to that
person, not to a KB namesake whose family name it is (texts written for these tests)."""

from __future__ import annotations

from eventwire.actors.context import ArticleContext
from eventwire.records import Entity


def first_code(mentions, text: str) -> str | None:
    found = [m for m in mentions if m.text == text]
    assert found, [m.text for m in mentions]
    return found[-1].candidates[0].kb_id if found[-1].candidates else None


def test_a_korean_family_name_alone_is_the_person_named_before(resolve) -> None:
    mentions = resolve(
        "North Korean leader Kim Jong Un met the South Korean president. Kim said the talks went well.",
        "2018-04-28",
    )
    assert first_code(mentions, "Kim") == first_code(mentions, "North Korean leader Kim Jong Un")


def test_a_family_name_written_last_still_wins(resolve) -> None:
    mentions = resolve(
        "World Bank president Jim Yong Kim visited Accra on Monday. Kim said growth would slow.", "2016-05-02"
    )
    assert first_code(mentions, "Kim") == first_code(mentions, "World Bank president Jim Yong Kim")


def test_only_countries_that_name_family_first_remember_the_first_part() -> None:
    context = ArticleContext(date="2020-01-01")
    context.remember_person("Kim Davis", Entity(name="Kim Davis", mention="Kim Davis", country="USA"))
    context.remember_person("Xi Jinping", Entity(name="Xi Jinping", mention="Xi Jinping", country="CHN"))
    assert context.person_by_surname("Kim") is None
    assert context.person_by_surname("Davis").name == "Kim Davis"
    assert context.person_by_surname("Xi").name == "Xi Jinping"
