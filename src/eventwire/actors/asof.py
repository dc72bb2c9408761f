"""What an entity was on a given day: the role it held, hence its country and sectors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.actors.model import KBEntity, Role, end_bound, start_bound

UNDATED_FROM = "2000-01-01"  # an undated report is taken to come from this date or later
STALE_AFTER_YEARS = 4  # an open spell last confirmed longer ago than this is no longer assumed to hold


@dataclass(frozen=True, slots=True)
class Standing:
    """An entity's standing on a day."""

    role: Role | None
    status: str  # active, former, before, undated, none
    country: str | None
    sectors: tuple[str, ...]
    label: str | None  # the role as shown to users ("Prime Minister of Iraq", "former …")
    confidence: float  # how sure the date logic is (stale open spells, former roles)


class RoleRanker:
    """Orders roles by how prominent their office is (offices.yaml)."""

    def __init__(self, ranks: dict[str, tuple[int, bool]], default_rank: int) -> None:
        self.ranks = ranks
        self.default_rank = default_rank

    def rank(self, role: Role) -> int:
        return self.ranks.get(role.office or "", (self.default_rank, False))[0]

    def ranked(self, role: Role) -> bool:
        """Whether the role's office is one offices.yaml ranks."""
        return (role.office or "") in self.ranks

    def best(self, roles: list[Role], home: str | None = None) -> Role:
        """The most prominent role; of equal ones, one in the holder's own country (a monarch of several
        realms), then the latest."""
        return min(roles, key=lambda r: (self.rank(r), r.country != home, _neg_date(start_bound(r.start))))


def _neg_date(day: str) -> str:
    """A key that sorts later dates first."""
    return "".join(chr(255 - ord(c)) for c in day)


def longest(roles: list[Role]) -> Role:
    """The role held longest since 2000: what a group most likely was in an undated report (the
    Taliban are rebels for twenty of those years and the government for four)."""
    today = date.today().isoformat()

    def held(role: Role) -> int:
        start = max(start_bound(role.start), UNDATED_FROM)
        end = min(end_bound(role.end), today)
        return (_day(end) - _day(start)).days if end > start else 0

    return max(roles, key=lambda r: (held(r), start_bound(r.start)))


def _day(text: str) -> date:
    return date(int(text[:4]), int(text[5:7]), min(int(text[8:10]), 28))


def is_stale(role: Role, day: str) -> bool:
    if role.end is not None or not role.checked:
        return False
    year = int(role.checked[:4]) + STALE_AFTER_YEARS
    return day > f"{year}{role.checked[4:]}"


def last_role_key(role: Role, home: str | None, ranker: RoleRanker) -> tuple[str, bool, int]:
    """How late a past role ended, then, among roles ended the same day, whether it was held for the person's
    own country (``home``; round 23: a Russian diplomat's last posts, ended the day he died, were coded by the
    one a source filed as Ukraine's), then its rank."""
    ended = end_bound(role.end) if role.end else role.checked or ""
    return (ended, role.country == home, -ranker.rank(role))


def home_country(entity: KBEntity, ranker: RoleRanker) -> str | None:
    """A person's own country: that of the most prominent national office they held (offices.yaml), else the
    KB's country. Round 28: a French president is ex officio a co-prince of Andorra, and a source filing the
    presidency under Andorra gave the KB's country; the ranked office of France is his main one."""
    national = [r for r in entity.roles if r.office and r.of == r.country and ranker.ranked(r)]
    if entity.kind != "person" or not national:
        return entity.country
    return ranker.best(national, entity.country).country


def standing(entity: KBEntity, day: str | None, ranker: RoleRanker) -> Standing:
    """The role ``entity`` held on ``day`` (YYYY-MM-DD), or its most prominent role when undated."""
    if not entity.roles:
        return Standing(None, "none", entity.country, entity.sectors, None, 1.0)
    home = home_country(entity, ranker)
    if day is None:
        role = ranker.best(entity.roles, home) if entity.kind == "person" else longest(entity.roles)
        return Standing(role, "undated", role.country, role.sectors, role.title, 0.95)
    active = [r for r in entity.roles if r.active_on(day)]
    fresh = [r for r in active if not is_stale(r, day)]
    if fresh or active:
        role = ranker.best(fresh or active, home)
        return Standing(role, "active", role.country, role.sectors, role.title, 1.0 if fresh else 0.8)
    past = [r for r in entity.roles if end_bound(r.end) < day or is_stale(r, day)]
    if past:
        role = max(past, key=lambda r: last_role_key(r, home, ranker))
        if entity.kind != "person":
            return Standing(role, "former", role.country, role.sectors, role.title, 0.8)
        country = (
            role.country if role.country and len(role.country) == 3 and role.of == role.country else None
        )
        return Standing(
            role, "former", country or home or role.country, ("ELI",), f"former {role.title}", 0.85
        )
    first = min(entity.roles, key=lambda r: start_bound(r.start))
    if entity.kind != "person":
        return Standing(first, "before", first.country, first.sectors, first.title, 0.7)
    return Standing(None, "before", home or first.country, entity.sectors, None, 0.8)
