"""The knowledge base's own records: entities and the roles they held, with dates."""

from __future__ import annotations

from dataclasses import dataclass, field

FAR_PAST = "0000-01-01"
FAR_FUTURE = "9999-12-31"


def start_bound(date: str | None) -> str:
    """Earliest day a partial ISO date can mean ("2014" -> "2014-01-01")."""
    if not date:
        return FAR_PAST
    return date + ("-01-01" if len(date) == 4 else "-01" if len(date) == 7 else "")


def end_bound(date: str | None) -> str:
    """Latest day a partial ISO date can mean ("2014" -> "2014-12-31"); string-comparable."""
    if not date:
        return FAR_FUTURE
    return date + ("-12-31" if len(date) == 4 else "-31" if len(date) == 7 else "")


@dataclass(slots=True)
class Role:
    """An office or position held for a span of time."""

    title: str
    country: str | None  # PLOVER country code of the role (ISO alpha-3, IGO, UNO, EUR, …)
    sectors: tuple[str, ...] = ()
    office: str | None = None  # office key from titles.csv ("prime_minister"), if the title names one
    of: str | None = None  # whose office: a country code or an organisation's kb_id
    start: str | None = None  # ISO date, YYYY-MM or YYYY; None when unknown
    end: str | None = None  # None: no end recorded (see `checked`)
    checked: str | None = None  # last date a source confirmed an open-ended role
    source: str = ""

    def active_on(self, day: str) -> bool:
        """True when the role was held on ``day`` (YYYY-MM-DD)."""
        return start_bound(self.start) <= day <= end_bound(self.end)

    def ended_before(self, day: str) -> bool:
        return self.end is not None and end_bound(self.end) < day

    def label(self) -> str:
        return self.title


@dataclass(slots=True)
class KBEntity:
    """A person, organisation, armed group, country or territory, with aliases and dated roles."""

    kb_id: str
    kind: str  # person, igo, org, group, country, territory
    name: str
    country: str | None = None
    sectors: tuple[str, ...] = ()
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    source: str = ""
    part_of: str | None = None  # the body this one belongs to ("org:nato" for the North Atlantic Council)
    refs: tuple[str, ...] = ()  # words an article refers back to it by ("bloc" for the EU)

    def active_roles(self, day: str) -> list[Role]:
        return [r for r in self.roles if r.active_on(day)]

    def last_role_before(self, day: str) -> Role | None:
        past = [r for r in self.roles if r.ended_before(day)]
        return max(past, key=lambda r: end_bound(r.end)) if past else None
