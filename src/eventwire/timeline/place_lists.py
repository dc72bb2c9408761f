"""Names listed together ("Ohio, Georgia and Nevada"; "the Amur, Irkutsk and Saratov regions") are
of one kind: a name's reading may follow the kind its neighbours were read as."""

from __future__ import annotations

import re
from collections import Counter

from eventwire.timeline.gazetteer import GazetteerEntry, lies_in
from eventwire.timeline.spotting import SpottedMention

LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+|\s*/\s*)")
STRONG_CITY_POPULATION = 1_000_000
Kind = tuple[str, str | None]


def kind_of(entry: GazetteerEntry) -> Kind:
    """What sort of place an entry is, for comparing list neighbours: cities and divisions of one country."""
    return (entry.feature, entry.iso2 if entry.feature in ("admin", "city") else None)


def list_kinds(
    mentions: list[SpottedMention], entries: list[GazetteerEntry | None], text: str
) -> dict[int, Kind]:
    """For a name listed beside others ("Ohio, Georgia and Nevada"), the kind of reading at least two of
    its neighbours were given, when most of them share it, the name has a reading of that kind and is
    not read as a city of a million people."""
    kinds: dict[int, Kind] = {}
    for run in list_runs(mentions, text):
        for index in run:
            counted = Counter(kind_of(e) for i in run if i != index and (e := entries[i]) is not None)
            if not counted:
                continue
            kind, count = counted.most_common(1)[0]
            own = entries[index]
            if (
                count >= 2
                and count * 2 > counted.total()
                and (own is None or (kind_of(own) != kind and not is_strong_city(own)))
                and any(kind_of(c.entry) == kind for c in mentions[index].candidates)
            ):
                kinds[index] = kind
    return kinds


def list_runs(mentions: list[SpottedMention], text: str, shortest: int = 3) -> list[list[int]]:
    """Runs of `shortest` or more names joined only by commas, "and", "or" or slashes; "X, Y" where Y
    holds X ("Portland, Oregon") is no list."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, mention in enumerate(mentions):
        previous = mentions[current[-1]] if current else None
        if (
            previous is not None
            and LIST_SEPARATOR.fullmatch(text[previous.end : mention.start])
            and not holds(mention, previous)
        ):
            current.append(index)
            continue
        if len(current) >= shortest:
            runs.append(current)
        current = [index]
    if len(current) >= shortest:
        runs.append(current)
    return runs


def is_strong_city(entry: GazetteerEntry) -> bool:
    """A city of a million people keeps its reading against a list's neighbours ("Orlando, Paris")."""
    return entry.feature == "city" and entry.population >= STRONG_CITY_POPULATION


def holds(container: SpottedMention, mention: SpottedMention) -> bool:
    """Whether a country or division reading of `container` holds a reading of `mention`."""
    return any(
        lies_in(inner.entry, outer.entry)
        for outer in container.candidates
        if outer.entry.feature in ("country", "admin")
        for inner in mention.candidates
        if inner.entry.feature == "city"
    )
