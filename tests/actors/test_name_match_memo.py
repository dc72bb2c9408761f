"""NameIndex.match remembers what it found for a mention, and forgets it when a person is added."""

from __future__ import annotations

from eventwire.actors import matching
from eventwire.actors.matching import NameIndex
from eventwire.actors.model import KBEntity


def _index(*people: tuple[str, str]) -> NameIndex:
    index = NameIndex()
    for kb_id, name in people:
        index.add(KBEntity(kb_id=kb_id, kind="person", name=name))
    return index


def test_repeated_mentions_get_equal_matches_in_lists_of_their_own():
    index = _index(("p:1", "Amara Okonkwo"), ("p:2", "Tomas Okonkwo"))
    first = index.match("Amara Okonkwo")
    again = index.match("Amara Okonkwo")
    assert first == again and first is not again and first[0].kb_id == "p:1"
    first.clear()  # a caller changing its list changes nothing remembered
    assert index.match("Amara Okonkwo") == again
    assert index.match("Okonkwo", allow_surname=False) == []
    assert {m.kb_id for m in index.match("Okonkwo")} == {"p:1", "p:2"}


def test_a_person_added_later_is_found():
    index = _index(("p:1", "Amara Okonkwo"))
    assert index.match("Ilse Varnhagen") == []
    index.add(KBEntity(kb_id="p:3", kind="person", name="Ilse Varnhagen"))
    assert [m.kb_id for m in index.match("Ilse Varnhagen")] == ["p:3"]


def test_the_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(matching, "MATCH_MEMO_SIZE", 3)
    index = _index(("p:1", "Amara Okonkwo"))
    for n in range(10):
        index.match(f"Someone Number{n}")
        assert len(index._matches) <= 3
    assert index.match("Amara Okonkwo")[0].kb_id == "p:1"
