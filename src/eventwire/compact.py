"""One instance of each equal immutable value in the loaded stages, before the workers are forked.

The stages' tables are built from data files, value by value: the trigger lexicon alone holds about
190,000 frozensets of which fewer than 2,000 differ, and hundreds of thousands of copies of the same
strings and tuples. Each copy is an object of its own, on a memory page of its own; a forked worker
that reads one writes its reference count and so copies its page. ``share_equal_values`` walks what
the stages hold and replaces every string, frozenset and tuple (of such values) by the first equal
one it met: the same values, in fewer objects on fewer pages, so the parent holds less and a worker
copies less. Tuples and frozensets holding numbers are left alone (``1 == 1.0 == True``). Only the
containers of ``eventwire``'s own classes, dicts and lists are changed, in place (dict keys keep their
order); sets and tuples are only entered.

Tables kept between runs (``buildcache``) are shared this way before they are pickled, and pickling
keeps that sharing, so a process that reads them back can pass them as ``compacted``: they are not
walked again (walking the knowledge base, resolver, lexicon and gazetteer took about 7 of the
template's CPU seconds).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

OWN_PACKAGES = ("eventwire",)
Memo = dict[Any, Any]


def share_equal_values(
    *roots: object, packages: tuple[str, ...] = OWN_PACKAGES, compacted: Iterable[object] = ()
) -> int:
    """Replace equal strings, frozensets and tuples reachable from ``roots`` by one instance; how many
    references now point to another (equal) object. Instances are entered only when their class is
    defined in ``packages``; ``compacted`` objects (shared already) are not entered at all."""
    walker = _Walker(packages)
    walker.seen.update(map(id, compacted))
    for root in roots:
        walker.visit(root)
    return walker.replaced


class _Walker:
    """Walks containers depth-first (iteratively), sharing values through one memo."""

    def __init__(self, packages: tuple[str, ...]) -> None:
        self.packages = packages
        self.memo: Memo = {}
        self.seen: set[int] = set()
        self.stack: list[object] = []
        self.slots: dict[type, list[str]] = {}
        self.replaced = 0

    def visit(self, root: object) -> None:
        self.stack.append(root)
        while self.stack:
            item = self.stack.pop()
            if id(item) in self.seen:
                continue
            self.seen.add(id(item))
            self._compact(item)

    def _compact(self, item: object) -> None:
        kind = type(item)
        if kind is dict or kind is defaultdict:
            self._compact_dict(item)  # type: ignore[arg-type]
        elif kind is list:
            self._compact_list(item)  # type: ignore[arg-type]
        elif kind is tuple or kind is set or kind is frozenset:
            self.stack.extend(member for member in item if not _is_value(member))  # type: ignore[attr-defined]
        elif _defined_in(kind, self.packages):
            self._compact_instance(item)

    def _compact_dict(self, table: dict[Any, Any]) -> None:
        items = list(table.items())
        shared = [(self.share(key), self.share(value)) for key, value in items]
        changed_keys = any(new is not old for (new, _), (old, _) in zip(shared, items, strict=True))
        if changed_keys:
            table.clear()
            table.update(shared)
        else:
            for (key, value), (_, old) in zip(shared, items, strict=True):
                if value is not old:
                    table[key] = value
        self.stack.extend(value for _, value in shared if not _is_value(value))

    def _compact_list(self, values: list[Any]) -> None:
        for place, value in enumerate(values):
            shared = self.share(value)
            if shared is not value:
                values[place] = shared
            elif not _is_value(value):
                self.stack.append(value)

    def _compact_instance(self, item: object) -> None:
        attributes = getattr(item, "__dict__", None)
        if type(attributes) is dict:
            self.stack.append(attributes)
        kind = type(item)
        slots = self.slots.get(kind)
        if slots is None:
            slots = self.slots[kind] = _slot_names(kind)
        for name in slots:
            value = getattr(item, name, None)
            shared = self.share(value)
            if shared is not value:
                object.__setattr__(item, name, shared)
            elif not _is_value(value):
                self.stack.append(value)

    def share(self, value: Any) -> Any:
        """The memo's instance equal to ``value`` (``value`` itself the first time), for values only."""
        kind = type(value)
        if kind is not str:
            if not _is_value(value):
                return value
            if kind is tuple:
                value = self._shared_tuple(value)
        canonical = self.memo.setdefault(value, value)
        if canonical is not value:
            self.replaced += 1
        return canonical

    def _shared_tuple(self, value: tuple[Any, ...]) -> tuple[Any, ...]:
        members = tuple(self.share(member) for member in value)
        if all(new is old for new, old in zip(members, value, strict=True)):
            return value
        return members


def _is_value(value: object) -> bool:
    """A string, a frozenset of values or a tuple of values: immutable, hashable and compared by value."""
    kind = type(value)
    if kind is str:
        return True
    if kind is frozenset or kind is tuple:
        return all(_is_value(member) for member in value)  # type: ignore[attr-defined]
    return False


def _defined_in(kind: type, packages: tuple[str, ...]) -> bool:
    module = kind.__module__
    return any(module == p or module.startswith(f"{p}.") for p in packages)


def _slot_names(kind: type) -> list[str]:
    return [name for klass in kind.__mro__ for name in getattr(klass, "__slots__", ()) if name != "__dict__"]
