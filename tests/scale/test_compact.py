"""Equal immutable values in loaded tables shared as one instance, the tables otherwise unchanged."""

from __future__ import annotations

import copy
from collections import defaultdict
from dataclasses import dataclass, field

from eventwire.actors.matching import pack_names, unpack_names
from eventwire.compact import share_equal_values

HERE = (__name__,)


@dataclass(frozen=True)
class Pattern:
    lemma: str
    objects: frozenset[str] = frozenset()
    keys: tuple[tuple[str, str], ...] = ()


@dataclass
class Table:
    by_lemma: dict[str, list[Pattern]] = field(default_factory=dict)
    names: defaultdict[str, list[tuple[str, int]]] = field(default_factory=lambda: defaultdict(list))


class Slotted:
    __slots__ = ("label",)

    def __init__(self, label: str) -> None:
        self.label = label


def fresh(text: str) -> str:
    """An equal string that is another object (not interned)."""
    return "".join(list(text))


def make_table() -> Table:
    table = Table()
    for lemma in ("meet", "talk", "meet"):
        objects = frozenset({fresh("minister"), fresh("envoy")})
        pattern = Pattern(fresh(lemma), objects, ((fresh("obj"), fresh("x")),))
        table.by_lemma.setdefault(fresh(lemma), []).append(pattern)
    table.names[fresh("envoy")].append((fresh("envoy"), 1))
    return table


def test_equal_values_become_one_object_and_the_table_stays_equal() -> None:
    table = make_table()
    before = copy.deepcopy(table)
    assert share_equal_values(table, packages=HERE) > 0
    assert table == before
    patterns = [p for found in table.by_lemma.values() for p in found]
    assert len({id(p.objects) for p in patterns}) == 1
    assert len({id(p.keys) for p in patterns}) == 1
    assert patterns[0].lemma is patterns[1].lemma  # both of "meet"


def test_dict_keys_keep_their_order_and_defaultdicts_their_factory() -> None:
    table = make_table()
    table.by_lemma = {fresh(k): [] for k in ("zeta", "alpha", "mid")}
    share_equal_values(table, ["alpha"], packages=HERE)
    assert list(table.by_lemma) == ["zeta", "alpha", "mid"]
    assert isinstance(table.names, defaultdict)
    assert table.names["new"] == []


def test_numbers_are_never_swapped_for_equal_numbers_of_another_type() -> None:
    values = [(1, "a"), (1.0, "a"), (True, "a")]
    share_equal_values(values, packages=HERE)
    assert [type(v[0]) for v in values] == [int, float, bool]


def test_slots_and_values_shared_across_roots() -> None:
    first, second = Slotted(fresh("label")), [fresh("label")]
    share_equal_values(first, second, packages=HERE)
    assert first.label is second[0]


def test_foreign_objects_are_not_entered() -> None:
    class Foreign:  # defined here, so not one of eventwire's classes
        def __init__(self) -> None:
            self.words = [fresh("same"), fresh("same")]

    foreign = Foreign()
    Foreign.__module__ = "somewhere.else"
    share_equal_values([foreign], packages=HERE)
    assert foreign.words[0] is not foreign.words[1]


def test_a_persons_names_pack_into_one_string_and_back() -> None:
    names = [("Ana María Pérez", ["ana", "maria", "perez"]), ("A. Pérez", ["a", "perez"])]
    packed = pack_names(names)
    assert isinstance(packed, str)
    assert unpack_names(packed) == names


def test_names_holding_a_separator_stay_unpacked() -> None:
    names = [("odd\x1fname", ["odd", "name"])]
    assert pack_names(names) == names


def test_objects_already_compacted_are_not_entered() -> None:
    kept, fresh_table = [fresh("envoy"), fresh("envoy")], [fresh("envoy")]
    share_equal_values([kept, fresh_table], packages=HERE, compacted=[kept])
    assert kept[0] is not kept[1]  # not walked again
    assert fresh_table[0] == "envoy"
