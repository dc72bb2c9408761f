"""Property-based tests (hypothesis) on the parts that read raw text after ingest: the date resolver, the
place finder, name matching in the knowledge base and the actor resolver, and the events stage's furniture
guard. Whatever the text, they return well-formed results whose spans point at what they name, and bad
input is a one-line ValueError at most (a publication date that is not a date).

EVENTWIRE_FUZZ_EXAMPLES raises the number of examples (bench/fuzz.py runs these targets much longer).
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliab_strategies import DATE_TEXTS, NAME_TEXTS, PLACE_TEXTS, PUBLISHED, check_dates, check_places

from eventwire.actors import ActorResolver, KnowledgeBase
from eventwire.events.furniture import ends_sentence, is_boilerplate, is_teaser, line_around, load_rules
from eventwire.ingest import storable
from eventwire.pipeline import text_article
from eventwire.timeline import Gazetteer, find_dates

EXAMPLES = int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES", "150"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
ENTITY_CODE = re.compile(r"^[A-Z]{3}$")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(include_user=False)


@SETTINGS
@given(DATE_TEXTS, PUBLISHED)
def test_dates_of_any_text(text: str, published: str | None) -> None:
    check_dates(text, published)


@SETTINGS
@given(st.text(max_size=40))
def test_a_publication_date_that_is_no_date_is_a_one_line_value_error(published: str) -> None:
    try:
        find_dates("They met on Sunday.", published)
    except ValueError as error:
        assert "\n" not in str(error) and str(error)


@SETTINGS
@given(text=PLACE_TEXTS)
def test_places_of_any_text(text: str, gazetteer: Gazetteer) -> None:
    check_places(gazetteer, text)


@settings(SETTINGS, max_examples=max(10, EXAMPLES // 5))
@given(text=PLACE_TEXTS)
def test_places_with_a_parse_of_any_text(text: str, gazetteer: Gazetteer, stages) -> None:
    text = storable(text)  # what reaches the parser has been through ingest (spaCy refuses lone surrogates)
    check_places(gazetteer, text, stages.nlp(text))


@SETTINGS
@given(name=NAME_TEXTS, date=st.one_of(st.none(), st.dates().map(str)))
def test_name_lookup_of_any_name(name: str, date: str | None, kb: KnowledgeBase) -> None:
    found = kb.lookup(name, date)
    assert [e.score for e in found] == sorted((e.score for e in found), reverse=True)
    for entity in found:
        assert entity.name and entity.kb_id and 0 <= entity.score <= 1
        assert entity.country is None or ENTITY_CODE.match(entity.country), entity.country


@settings(SETTINGS, max_examples=max(10, EXAMPLES // 5))
@given(
    parts=st.lists(st.one_of(NAME_TEXTS, PLACE_TEXTS, st.sampled_from([" met ", " said ", ". "])), max_size=8)
)
def test_actor_resolver_on_any_text(parts: list[str], stages) -> None:
    article = text_article("".join(parts), "2023-05-03", "<fuzz>")
    text = article.text
    resolver: ActorResolver = stages.resolver
    for mention in resolver(stages.nlp(text), article):
        start, end = mention.span
        assert 0 <= start <= end <= len(text) and text[start:end] == mention.text
        for entity in mention.candidates:
            assert entity.name and 0 <= entity.score <= 1


@SETTINGS
@given(st.text(max_size=300), st.integers(0, 320), st.integers(0, 320))
def test_event_furniture_guard_on_any_line(text: str, a: int, b: int) -> None:
    rules = load_rules()
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    line = line_around(text, start, end)
    assert line in text
    assert isinstance(is_boilerplate(line, rules), bool)
    assert isinstance(is_teaser(line, rules), bool)
    assert isinstance(ends_sentence(line), bool)
