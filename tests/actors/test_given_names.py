"""A given name's other-gender form is another name: matching and same_name keep them apart, while
transliterations of one given name still match."""

from __future__ import annotations

import pytest

from eventwire.actors.matching import NameIndex
from eventwire.actors.model import KBEntity
from eventwire.actors.names import distinct_given_names, same_name


def _index(*people: tuple[str, str]) -> NameIndex:
    index = NameIndex()
    for kb_id, name in people:
        index.add(KBEntity(kb_id=kb_id, kind="person", name=name))
    return index


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("michael", "michelle"),
        ("paul", "paula"),
        ("daniel", "danielle"),
        ("karim", "karima"),
        ("bernard", "bernadette"),
    ],
)
def test_feminine_forms_are_other_names(one: str, other: str) -> None:
    assert distinct_given_names(one, other)
    assert distinct_given_names(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [("ann", "anne"), ("ann", "anna"), ("ibrahim", "ibrahima"), ("sergei", "sergey"), ("al", "ala")],
)
def test_spelling_variants_are_one_name(one: str, other: str) -> None:
    assert not distinct_given_names(one, other)


def test_a_mention_is_not_matched_to_the_other_gender_form() -> None:
    index = _index(("p:1", "Michelle J. Howard"), ("p:2", "Dorothea Quist"))
    assert index.match("Michael Howard") == []
    assert index.match("Dorotheo Quist") != []  # no listed pair, no ending: a spelling variant


def test_transliterated_given_names_still_match() -> None:
    index = _index(("p:1", "Sergey Lavrentyev"), ("p:2", "Mohamed Farouk Omran"))
    assert [m.kb_id for m in index.match("Sergei Lavrentiev")] == ["p:1"]
    assert [m.kb_id for m in index.match("Muhammad Omran")] == ["p:2"]


def test_same_name_keeps_gender_forms_apart() -> None:
    assert not same_name("Paul Varnhagen", "Paula Varnhagen")
    assert not same_name("Michael Varnhagen", "Michelle Q. Varnhagen")
    assert same_name("Sergei Varnhagen", "Sergey Varnhagen")
