"""A pattern match before resolution: the kind of expression, its extent and its parts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class RawMatch:
    """One date or time expression found in text, not yet resolved against an anchor."""

    kind: str
    start: int
    end: int
    groups: dict[str, str]  # the named groups that matched
    order: int = 0  # position of the pattern in time_patterns.yaml (earlier wins ties)
    stated_weekday: str | None = None  # weekday named next to it: "(Wednesday)", "Friday, January 4"
    clock: str | None = None  # clock time joined to it: "at 18:00"

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: RawMatch) -> bool:
        return self.start < other.end and other.start < self.end

    def get(self, name: str) -> str | None:
        return self.groups.get(name)
