"""Build the packaged actor knowledge base from the sources in ../shared/kb.

Usage: .venv/bin/python scripts/build_kb.py [--shared ../shared/kb] [--out src/eventwire/data/kb]

Reads (each folder's SOURCE.md gives origin and licence; only CC0 / public-domain / MIT sources
are shipped):
  wikidata_officeholders_everypolitician/  office spells 2000-2022 (Wikidata, CC0)
  cia_factbook_executive/                  heads of state and government to 2026 (public domain)
  countryinfo/                             leaders and cabinets to 2011, capitals (MIT)
  plover_ngec_assets/                      countries and demonyms, PLOVER agents (MIT)
  icews_cameo_conversion/                  country names (MIT)
  phoenix_dictionaries/                    international and non-state actors (MIT)
Writes: countries.csv, entities.jsonl.gz, roles.csv.gz, sector_terms.csv (all under --out).
The hand-curated files in <out>/curated are not rewritten: the runtime loader reads them on top.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from eventwire.actors.codes import cameo_table, cameo_to_plover, plover_codes
from eventwire.actors.model import end_bound
from eventwire.actors.names import alias_key, name_keys, name_tokens, same_name, skeleton
from eventwire.actors.titles import office_of_title, sectors_for_title, titles

ROOT = Path(__file__).resolve().parent.parent
SOURCE_PRIORITY = {"wikidata": 3, "factbook": 2, "countryinfo": 1}
COUNTRYINFO_GOVERNMENT_CHECKED = "2011-02-28"
COUNTRYINFO_LEADERS_CHECKED = "2011-12-31"
FACTBOOK_LAST_SNAPSHOT = "2026-01-22"
ROMAN = re.compile(r"[IVX]{1,5}")  # regnal numbers stay in capitals
# Words of a second office before a Factbook holder's name ("and Co-Vice President", "and Minister
# of Defense").
TITLE_WORDS = frozenset(
    [
        "co",
        "vice",
        "deputy",
        "first",
        "second",
        "prime",
        "minister",
        "ministers",
        "president",
        "premier",
        "chancellor",
        "foreign",
        "affairs",
        "defense",
        "defence",
        "interior",
        "finance",
        "of",
        "the",
        "and",
        "for",
        "chairman",
        "head",
        "state",
        "government",
        "supreme",
        "commander",
        "armed",
        "forces",
        "council",
    ]
)
DEMONYM_ENDINGS = (
    "an",
    "ans",
    "ian",
    "ians",
    "ese",
    "i",
    "is",
    "ish",
    "ch",
    "ic",
    "er",
    "ers",
    "ot",
    "ots",
    "ite",
    "ites",
    "ine",
    "ines",
    "iote",
    "iotes",
    "ene",
    "enes",
    "ard",
    "ards",
    "ek",
    "eks",
    "ais",
    "eno",
    "enos",
    "ean",
    "eans",
    "ero",
    "eros",
    "ino",
    "inos",
    "ais",
)


# --------------------------------------------------------------------------- countries


@dataclass
class Country:
    code: str
    name: str
    aliases: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    capitals: set[str] = field(default_factory=set)


def read_csv(path: Path, **kwargs: object) -> Iterator[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        yield from csv.DictReader((line for line in fh if not line.startswith("#")), **kwargs)  # type: ignore[arg-type]


def looks_like_demonym(item: str, country_name: str) -> bool:
    """NGEC mixes demonyms and alternative names in one column; tell them apart."""
    words = item.split()
    if item.isupper() or item.lower() == country_name.lower() or len(words) > 2:
        return False
    if any(w in {"Island", "Islands", "Republic", "Kingdom", "State", "States", "of"} for w in words):
        return False
    return words[-1].lower().endswith(DEMONYM_ENDINGS)


def build_countries(
    shared: Path, tables: Path, territories: dict[str, tuple[str, str, str]]
) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for row in read_csv(shared / "plover_ngec_assets" / "countries.csv"):
        code, name = row["CCA3"], row["Name"]
        if code == "UNO":
            continue  # the UN is an organisation in the KB
        code = territories.get(name, (code, "", ""))[0] if code == "XKX" else code
        country = countries.setdefault(code, Country(code, re.sub(r"\s*\[.*?\]", "", name)))
        for item in (i.strip() for i in row["Nationality"].split(",")):
            if not item:
                continue
            (country.demonyms if looks_like_demonym(item, country.name) else country.aliases).add(item)
    lines = (shared / "icews_cameo_conversion" / "countrynames.txt").read_text(encoding="utf-8").splitlines()
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2 or parts[1] in ("---", ""):
            continue
        name, code = parts[0], parts[1][:3]
        code = {"KSV": "KOS"}.get(code, code)
        if code in countries:
            countries[code].aliases.add(name)
    for code, capitals in countryinfo_capitals(shared / "countryinfo" / "CountryInfo.140728.txt").items():
        if code in countries:
            countries[code].capitals.update(capitals)
    add_curated_countries(countries, tables)
    for country in countries.values():
        country.aliases.discard(country.name)
    return countries


def add_curated_countries(countries: dict[str, Country], tables: Path) -> None:
    """Countries the sources lack (named in countries_extra.yaml), so that jurisdictions resolve."""
    extra = yaml.safe_load((tables / "countries_extra.yaml").read_text(encoding="utf-8")) or {}
    for code, fields in extra.items():
        if code not in countries and fields.get("name"):
            countries[code] = Country(code, fields["name"], set(fields.get("aliases", [])))


def countryinfo_blocks(path: Path) -> Iterator[str]:
    text = path.read_bytes().decode("utf-8", errors="replace").replace("\x00", "")
    yield from re.findall(r"^<Country>[ \t]*$(.*?)^</Country>", text, flags=re.S | re.M)


def countryinfo_fips(path: Path) -> dict[str, str]:
    """FIPS 10-4 (= CIA GEC) code -> ISO alpha-3, from CountryInfo (the Factbook names files by GEC code)."""
    out: dict[str, str] = {}
    for block in countryinfo_blocks(path):
        fips = re.search(r"<FIPS-10>(\w+)</FIPS-10>", block)
        iso = re.search(r"<ISO3166-alpha3>(\w+)</ISO3166-alpha3>", block)
        if fips and iso:
            out[fips.group(1).upper()] = iso.group(1)
    return out


def countryinfo_capitals(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for block in countryinfo_blocks(path):
        code = re.search(r"<ISO3166-alpha3>(\w+)</ISO3166-alpha3>", block)
        caps = re.search(r"<Capital>(.*?)</Capital>", block, flags=re.S)
        if not code or not caps:
            continue
        names = {title_case(line.strip().strip("_").replace("_", " ")) for line in caps.group(1).splitlines()}
        out[code.group(1)] = {n for n in names if n and "#" not in n}
    return out


def title_case(name: str) -> str:
    """ "ABDEL FATTAH AL-SISI" -> "Abdel Fattah al-Sisi"; mixed-case names are kept as they are."""
    if not name.isupper():
        return name
    lower = {"al", "el", "bin", "ibn", "de", "da", "do", "dos", "van", "von", "der", "la", "le", "of", "and"}
    words = []
    for word in name.lower().split():
        parts = [
            p if p.rstrip("-.") in lower else p[:1].upper() + p[1:] for p in re.split(r"(?<=[-.])", word)
        ]
        words.append("".join(parts))
    out = " ".join(words)
    return out[:1].upper() + out[1:]


def country_lookup(
    countries: dict[str, Country], territories: dict[str, tuple[str, str, str]]
) -> dict[str, str]:
    """alias key of a country or territory name -> PLOVER code."""
    lookup: dict[str, str] = {}
    for country in countries.values():
        for name in {country.name, *country.aliases}:
            lookup.setdefault(alias_key(name), country.code)
    for name, (code, _, _) in territories.items():
        lookup[alias_key(name)] = code
    return lookup


def country_words(country: Country | None) -> frozenset[str]:
    if country is None:
        return frozenset()
    return frozenset(alias_key(w) for w in {country.name, *country.aliases, *country.demonyms} if w)


# --------------------------------------------------------------------------- persons and roles


@dataclass
class RoleRow:
    kb_id: str
    title: str
    country: str
    sectors: tuple[str, ...]
    office: str | None
    of: str | None
    start: str | None
    end: str | None
    checked: str | None
    source: str

    def key(self) -> tuple[str, str, str | None, str]:
        return (self.kb_id, self.office or alias_key(self.title), self.of, self.country)


@dataclass
class Person:
    kb_id: str
    name: str
    country: str
    aliases: set[str] = field(default_factory=set)
    source: str = ""


class PersonRegistry:
    """Persons from several sources, merged when one country lists the same name twice."""

    def __init__(self) -> None:
        self.persons: dict[str, Person] = {}
        self.by_last: dict[tuple[str, str], list[str]] = defaultdict(list)

    def find(self, name: str, country: str) -> str | None:
        """The person of that country whose name is this one, the whole name agreeing first (the
        Factbook's "Denis Sassou-Nguesso" is the father, not Denis-Christel Sassou Nguesso)."""
        full, first_last, last = name_keys(name)
        bucket = self.by_last.get((country, last or full), [])
        for same_key in (lambda other: full == other[0], lambda other: first_last and first_last == other[1]):
            for kb_id in bucket:
                person = self.persons[kb_id]
                for alias in sorted({person.name, *person.aliases}):
                    if same_key(name_keys(alias)) and same_name(name, alias):
                        return kb_id
        return None

    def add(self, kb_id: str, name: str, country: str, source: str) -> str:
        """Register a person (or find the one already there) and return its kb_id. Two Wikidata
        items are two people, however alike their names; other sources merge into them."""
        if kb_id not in self.persons:
            existing = self.find(name, country) if source != "wikidata" else None
            if existing:
                self.persons[existing].aliases.add(name)
                return existing
            self.persons[kb_id] = Person(kb_id, name, country, source=source)
        else:
            self.persons[kb_id].aliases.add(name)
        full, _, last = name_keys(name)
        bucket = self.by_last[(country, last or full)]
        if kb_id not in bucket:
            bucket.append(kb_id)
        return kb_id


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", alias_key(text)).strip("-")


def wikidata_roles(
    shared: Path,
    lookup: dict[str, str],
    countries: dict[str, Country],
    territories: dict[str, tuple[str, str, str]],
    world: dict[str, dict[str, str]],
    registry: PersonRegistry,
) -> list[RoleRow]:
    folder = shared / "wikidata_officeholders_everypolitician"
    checked_by_repo = {
        r["source_repo"]: r["holders21_last_changed"] for r in read_csv(folder / "source_repos.csv")
    }
    end_years = {
        (r["person_qid"], r["position_qid"]): r["end_year"]
        for r in read_csv(folder / "heads_of_state_government_2021_2024.csv")
        if r["end_year"]
    }
    rows: list[RoleRow] = []
    for r in read_csv(folder / "office_holders.csv"):
        title = r["position_label"] or r["position"]
        if r["source_repo"] == "world":
            place = world.get(r["position"])
            if not place:
                continue
            code, extra, of = place["country"], (), place["of"]
            sectors = tuple(place["sectors"].split("|"))
            office = place["office"] or None
        else:
            code = lookup.get(alias_key(r["jurisdiction"]))
            if not code:
                print(f"warning: no country for jurisdiction {r['jurisdiction']!r}", file=sys.stderr)
                continue
            extra = tuple(s for s in territories.get(r["jurisdiction"], ("", "", ""))[1].split("|") if s)
            territory = r["jurisdiction"] in territories and territories[r["jurisdiction"]][2] != "name"
            of = f"{code}/{slug(r['jurisdiction'])}" if territory else code
            sectors = sectors_for_title(title) + extra
            # offices of sub-national or dependent governments are not the country's offices
            words = country_words(countries.get(code))
            office = None if territory else office_of_title(title, words, country=code)
        kb_id = registry.add(r["person_qid"], r["person"], code, "wikidata")
        end = r["end"] or end_years.get((r["person_qid"], r["position_qid"])) or None
        rows.append(
            RoleRow(
                kb_id,
                title,
                code,
                sectors,
                office,
                of,
                r["start"] or None,
                end,
                None if end else checked_by_repo.get(r["source_repo"]),
                "wikidata",
            )
        )
    for r in read_csv(folder / "current_foreign_ministers_2022.csv"):
        code = lookup.get(alias_key(r["country"]))
        if not code or (r["country"] in territories and territories[r["country"]][2] != "name"):
            continue
        kb_id = registry.add(r["person_qid"], r["person"], code, "wikidata")
        replaced = r["last_seen"] < "2022-12-11"
        rows.append(
            RoleRow(
                kb_id,
                r["position"],
                code,
                ("GOV",),
                "foreign_minister",
                code,
                r["start"] or None,
                r["last_seen"] if replaced else None,
                None if replaced else r["last_seen"],
                "wikidata",
            )
        )
    return rows


LEADER_OFFICES = frozenset({"president", "prime_minister", "chancellor", "monarch", "supreme_leader"})


def holder_title_pattern() -> re.Pattern[str]:
    """ "Prime Minister Mustafa al-KADHIMI": a head-of-state or government title (titles.csv), then a name."""
    phrases = sorted(
        (t.phrase for t in titles().values() if t.office in LEADER_OFFICES), key=len, reverse=True
    )
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    title = rf"(?P<title>(?:(?:acting|interim|transitional)\s+)?(?:{alternatives}))"
    return re.compile(rf"^(?:represented by\s+)?{title}\s+(?P<name>[A-Z].+)$", flags=re.IGNORECASE)


def factbook_roles(shared: Path, countries: dict[str, Country], registry: PersonRegistry) -> list[RoleRow]:
    rows: list[RoleRow] = []
    pattern = holder_title_pattern()
    fips = countryinfo_fips(shared / "countryinfo" / "CountryInfo.140728.txt")
    for r in read_csv(shared / "cia_factbook_executive" / "executive_spells.csv"):
        if r["field"] == "executive branch (text)":
            continue
        match = pattern.match(r["holder"].strip())
        code = fips.get(Path(r["gec_file"]).stem.upper())  # dependencies have their own codes: left out
        if not match or code not in countries or not r["since_date"] or r["since_date"] < "1990":
            continue
        name = title_case_caps(strip_second_title(match.group("name")))
        title = match.group("title")
        office = office_of_title(title, country=code)
        kb_id = registry.add(f"fb:{code}:{slug(name)}", name, code, "factbook")
        end = r["replaced_in_snapshot"] or None
        rows.append(
            RoleRow(
                kb_id,
                f"{title} of {countries[code].name}" if code in countries else title,
                code,
                ("GOV",),
                office,
                code,
                r["since_date"],
                end,
                None if end else FACTBOOK_LAST_SNAPSHOT,
                "factbook",
            )
        )
    return rows


def strip_second_title(name: str) -> str:
    """ "and Foreign Minister MUHAMMAD bin ..." (a holder of two offices) -> "MUHAMMAD bin ..."."""
    if not name.lower().startswith("and "):
        return name
    words = name.split()[1:]
    while words and all(part in TITLE_WORDS for part in alias_key(words[0]).split()):
        words = words[1:]
    return " ".join(words) or name


def title_case_caps(name: str) -> str:
    """ "Abdel Fattah al-SISI" -> "Abdel Fattah al-Sisi" (the Factbook writes family names in capitals)."""
    name = re.split(r"\s*\(|;|,", name)[0]

    def fix(part: str) -> str:
        if ROMAN.fullmatch(part):
            return part  # "Charles III"
        return part[:1] + part[1:].lower() if part.isupper() and len(part) > 1 else part

    return " ".join("-".join(fix(p) for p in word.split("-")) for word in name.split())


def iso_day(value: str) -> str | None:
    if not re.fullmatch(r"\d{8}", value or ""):
        return None
    year, month, day = value[:4], value[4:6], value[6:]
    if month == "00":
        return year
    if day == "00" or int(day) > 28:
        return f"{year}-{month}"
    return f"{year}-{month}-{day}"


def countryinfo_roles(shared: Path, countries: dict[str, Country], registry: PersonRegistry) -> list[RoleRow]:
    rows: list[RoleRow] = []
    for r in read_csv(shared / "countryinfo" / "countryinfo_office_spells.csv"):
        code = r["iso3"]
        old = r["end"] and r["end"] < ("19450101" if r["block"] == "Leaders" else "20000101")
        if code not in countries or old:
            continue
        name = title_case(r["name"].replace("\x1a", ""))
        if len(name_tokens(name)) < 2:
            continue
        if r["flag"] not in ("", "<", ">"):
            continue  # a row the staging parser split at a comma inside the position
        title = singular_title(r["position"]) if r["block"] == "Leaders" else r["position"].strip()
        if r["block"] == "Government" and r["cameo_code"]:
            country, sectors = cameo_to_plover(r["cameo_code"])
            if country != code:
                continue
            sectors_t = tuple(sectors) or ("GOV",)
        else:
            sectors_t = sectors_for_title(title)
        kb_id = registry.add(f"ci:{code}:{slug(name)}", name, code, "countryinfo")
        for variant in filter(None, r["name_variants"].split("|")):
            registry.persons[kb_id].aliases.add(title_case(variant))
        open_end = r["flag"] == ">"
        checked = (
            COUNTRYINFO_GOVERNMENT_CHECKED if r["block"] == "Government" else COUNTRYINFO_LEADERS_CHECKED
        )
        # "<date": in office before that date (start unknown); ">date": in office from it on.
        start, end = (
            (None, iso_day(r["start"])) if r["flag"] == "<" else (iso_day(r["start"]), iso_day(r["end"]))
        )
        rows.append(
            RoleRow(
                kb_id,
                f"{title} of {countries[code].name}",
                code,
                sectors_t,
                office_of_title(title, country_words(countries[code]), country=code),
                code,
                start,
                None if open_end else end,
                checked if open_end else None,
                "countryinfo",
            )
        )
    return rows


def singular_title(position: str) -> str:
    """ "Prime ministers" -> "Prime minister" (CountryInfo's Leaders blocks name offices in the plural)."""
    words = re.split(r"\s*\(", position.strip())[0].split()
    if not words:
        return position
    head = words.index("of") - 1 if "of" in words else len(words) - 1
    word = words[head]
    if word.lower().endswith("men"):
        words[head] = word[:-3] + "man"
    elif word.lower().endswith("s") and not word.lower().endswith("ss"):
        words[head] = word[:-1]
    return " ".join(words)


def single_offices(kb_dir: Path) -> tuple[frozenset[str], frozenset[str]]:
    """Offices with one holder at a time, and those one person may hold in several countries at once
    (offices.yaml ``single`` and ``realms``)."""
    with open(kb_dir / "offices.yaml", encoding="utf-8") as fh:
        offices = yaml.safe_load(fh)["offices"]
    return (
        frozenset(k for k, v in offices.items() if v["single"]),
        frozenset(k for k, v in offices.items() if v.get("realms")),
    )


def merge_same_holders(
    rows: list[RoleRow], registry: PersonRegistry, single: frozenset[str], realms: frozenset[str]
) -> int:
    """Merge the persons that are one holder listed twice: two persons who took the same single-holder
    office of the same country on the same day (not deputies, several of whom start together), their
    given or family names agreeing ("Harald V" and "Harald V of Norway", "Joseph R. Biden" and "Joe
    Biden"), and, for an office held in several realms at once, of
    the same name in any country (the Factbook's thirteen "Charles III", one per realm). A Wikidata item
    is kept over the others (two Wikidata items stay two persons); returns how many were merged away."""
    groups: dict[tuple[str, str | None, str], dict[str, set[str | None]]] = defaultdict(dict)
    for row in rows:
        if row.office in single and row.start and len(row.start) == len("YYYY-MM-DD"):
            key = (row.office, None if row.office in realms else row.of, row.start)
            groups[key].setdefault(row.kb_id, set()).add(row.of)
    into: dict[str, str] = {}

    def final(kb_id: str) -> str:
        while kb_id in into:
            kb_id = into[kb_id]
        return kb_id

    for held in groups.values():
        where: dict[str, set[str | None]] = defaultdict(set)
        for kb_id, ofs in held.items():
            where[final(kb_id)] |= ofs
        kept: list[str] = []
        for kb_id in sorted(where, key=lambda i: not i.startswith("Q")):
            apart = {k: not where[k] & where[kb_id] for k in kept}  # held in other realms only
            same = next((k for k in kept if _one_holder(registry, k, kb_id, apart[k])), None)
            if same is not None and not kb_id.startswith("Q"):
                into[kb_id] = same
            else:
                kept.append(kb_id)
    for row in rows:
        row.kb_id = final(row.kb_id)
    for old in into:
        person, target = registry.persons.pop(old), registry.persons[final(old)]
        target.aliases |= {person.name, *person.aliases} - {target.name}
    return len(into)


def _one_holder(registry: PersonRegistry, a: str, b: str, other_realm: bool) -> bool:
    """Whether two holders of one office from one day are one person: the whole name agreeing (in
    another realm), else a given or family name (up to spelling)."""
    if a == b:
        return True
    one, other = registry.persons[a], registry.persons[b]
    if other_realm:
        return any(same_name(x, y) for x in (one.name, *one.aliases) for y in (other.name, *other.aliases))
    return names_share_a_part(one.name, other.name)


def names_share_a_part(a: str, b: str) -> bool:
    """Whether two names agree in their first given name ("Harald V" and "Harald V of Norway"), or in
    their family name and one more part or initial ("Joseph R. Biden" and "Joe Biden", "Mohammad Nawaz
    Sharif" and "Nawaz Sharif"; not "Ambrose Dlamini" and "Russell Dlamini"), up to spelling."""
    one, other = name_tokens(a), name_tokens(b)
    if not one or not other:
        return False
    if skeleton(one[0]) == skeleton(other[0]):
        return True
    family = name_keys(a)[2]
    if family is None or family != name_keys(b)[2]:
        return False
    given = {skeleton(t) for t in one[:-1]} & {skeleton(t) for t in other[:-1]}
    return bool(given) or one[0][:1] == other[0][:1]


def merge_spells(rows: list[RoleRow]) -> list[RoleRow]:
    """Merge overlapping spells of one person in one office, preferring the better source's dates."""
    groups: dict[tuple[str, str, str | None, str], list[RoleRow]] = defaultdict(list)
    for row in rows:
        groups[row.key()].append(row)
    merged: list[RoleRow] = []
    for spells in groups.values():
        spells.sort(key=lambda s: s.start or "")
        current = spells[0]
        for spell in spells[1:]:
            if overlaps(current, spell):
                current = combine(current, spell)
            else:
                merged.append(current)
                current = spell
        merged.append(current)
    return merged


def overlaps(a: RoleRow, b: RoleRow) -> bool:
    a_end = a.end or "9999"
    return (b.start or "0000")[:7] <= a_end[:7] or a.end is None


def combine(a: RoleRow, b: RoleRow) -> RoleRow:
    best, other = (a, b) if SOURCE_PRIORITY[a.source] >= SOURCE_PRIORITY[b.source] else (b, a)
    start = best.start or other.start
    if (
        best.start
        and other.start
        and len(other.start) > len(best.start)
        and other.start[:4] == best.start[:4]
    ):
        start = other.start
    end = best.end or other.end
    if best.end is None and other.end is None:
        end = None
    elif best.end and other.end and best.source != "wikidata":
        end = min(best.end, other.end)
    # A row that saw the spell still open after that end wins: the Factbook re-dates a spell in a
    # later snapshot, and the earlier row then looks "replaced" although the holder stayed.
    if end is not None and any(r.end is None and (r.checked or "") > end_bound(end) for r in (a, b)):
        end = None
    checked = max(filter(None, [best.checked, other.checked]), default=None) if end is None else None
    return RoleRow(
        best.kb_id,
        best.title,
        best.country,
        best.sectors,
        best.office or other.office,
        best.of,
        start,
        end,
        checked,
        best.source,
    )


# --------------------------------------------------------------------------- organisations and groups


def phoenix_blocks(path: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    """(name, aliases, codes) for each entry of a PETRARCH .actors file."""
    name: str | None = None
    aliases: list[str] = []
    codes: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("+"):
            aliases.append(clean_phoenix(line[1:]))
        elif line[0] in " \t":
            codes.extend(re.findall(r"\[([^\]]+)\]", line))
        else:
            if name:
                yield name, aliases, codes
            head = re.split(r"\[", line, maxsplit=1)[0]
            name, aliases, codes = clean_phoenix(head), [], re.findall(r"\[([^\]]+)\]", line)
    if name:
        yield name, aliases, codes


def clean_phoenix(text: str) -> str:
    text = re.sub(r"\(.*?\)", "", text).replace("_", " ").strip(" +")
    return title_case(" ".join(text.split()))


def phoenix_organisations(
    shared: Path, curated_aliases: set[str], excluded: set[str], valid_countries: set[str]
) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    skip = curated_aliases | excluded
    folder = shared / "phoenix_dictionaries"
    for filename, kind in (
        ("Phoenix.International.actors.txt", "org"),
        ("Phoenix.MilNonState.actors.txt", "group"),
    ):
        for name, aliases, codes in phoenix_blocks(folder / filename):
            undated = [c.split()[0] for c in codes if len(c.split()) == 1 and c.split()[0] != "---"]
            if not undated or any(len(c.split()) > 1 for c in codes):
                continue  # dated codes mark persons; the KB takes persons from dated office lists
            country, sectors = cameo_to_plover(undated[0])
            if country not in valid_countries:
                kind_code = cameo_table().get(country or "", ("", ""))
                if kind_code[0] != "sector":
                    continue
                country, sectors = None, [kind_code[1], *sectors]
            names = [
                n
                for n in dict.fromkeys(phoenix_name(x) for x in [name, *aliases])
                if len(n) > 2 and bare_key(n) not in skip and not names_an_office(n)
            ]
            if not names:
                continue
            entity_kind = "igo" if country in {"IGO", "UNO", "EUR"} else kind
            if entity_kind == "group" and not sectors:
                sectors = ["REB"]
            out.append(
                {
                    "id": f"phx:{slug(names[0])}",
                    "kind": entity_kind,
                    "name": names[0],
                    "country": country,
                    "sectors": [] if entity_kind == "igo" else sectors,
                    "aliases": names[1:],
                    "source": f"phoenix:{filename}",
                }
            )
    return dedupe_ids(out)


def bare_key(name: str) -> str:
    """Alias key without a leading "the" ("The United Nations" and "United Nations" are one name)."""
    key = alias_key(name)
    return key[4:] if key.startswith("the ") else key


def names_an_office(name: str) -> bool:
    """ "UN Secretary General" is a title, resolved through office holders, not an organisation."""
    words = f" {alias_key(name)} "
    return any(f" {phrase} " in words for phrase in titles() if len(phrase) > 3)


def phoenix_name(name: str) -> str:
    """Phoenix names are upper case: short single words are acronyms ("UNSG"), the rest names."""
    raw = name.upper()
    if " " not in raw and len(re.sub(r"[^A-Z]", "", raw)) <= 6 and "-" not in raw:
        return raw
    return name


def dedupe_ids(items: list[dict[str, object]]) -> list[dict[str, object]]:
    seen: dict[str, int] = {}
    for item in items:
        base = str(item["id"])
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            item["id"] = f"{base}-{seen[base]}"
    return items


def curated_alias_keys(curated: Path) -> set[str]:
    keys: set[str] = set()
    for path in sorted(curated.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entity in data.get("entities", []) if isinstance(data, dict) else []:
            for name in [entity.get("name"), *entity.get("aliases", [])]:
                if name:
                    keys.add(bare_key(name))
    return keys


# --------------------------------------------------------------------------- sector terms


def sector_terms(shared: Path) -> list[tuple[str, str]]:
    """Generic agent phrases -> sectors from PLOVER_agents.txt, with plural forms."""
    substitutions: dict[str, list[str]] = {}
    terms: dict[str, str] = {}
    for raw in (shared / "plover_ngec_assets" / "PLOVER_agents.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            key, values = line.split("=", 1)
            substitutions[key.strip()] = [v.strip().lower() for v in values.split(",")]
            continue
        match = re.match(r"^(.*?)\s*\[~?([A-Z]+)\]", line)
        if not match:
            continue
        phrase_part, code = match.groups()
        sectors = "|".join(dict.fromkeys(code[i : i + 3] for i in range(0, len(code), 3)))
        for phrase in expand_agent(phrase_part, substitutions):
            for form in with_plural(phrase):
                terms.setdefault(form, sectors)
    return sorted(terms.items())


def expand_agent(phrase: str, substitutions: dict[str, list[str]]) -> Iterable[str]:
    variants = re.findall(r"\{([^}]*)\}", phrase)
    base = re.sub(r"\{[^}]*\}", "", phrase).strip()
    for form in [base, *variants]:
        form = form.replace("_", " ").lower().strip()
        subs = [s for s in substitutions if s.lower() in form]
        if subs:
            key = subs[0]
            for value in substitutions[key]:
                yield " ".join(form.replace(key.lower(), value).split())
        elif form:
            yield " ".join(form.split())


def with_plural(phrase: str) -> list[str]:
    last = phrase.split()[-1]
    if last.endswith(("s", "men", "people", "police", "staff", "personnel")):
        return [phrase]
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith(("ch", "sh", "x")):
        plural = last + "es"
    else:
        plural = last + "s"
    return [phrase, phrase[: -len(last)] + plural]


# --------------------------------------------------------------------------- output


def write_outputs(
    out: Path,
    countries: dict[str, Country],
    registry: PersonRegistry,
    roles: list[RoleRow],
    organisations: list[dict[str, object]],
    terms: list[tuple[str, str]],
) -> None:
    with open(out / "countries.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "name", "aliases", "demonyms", "capitals"])
        for c in sorted(countries.values(), key=lambda c: c.code):
            writer.writerow(
                [
                    c.code,
                    c.name,
                    "|".join(sorted(c.aliases)),
                    "|".join(sorted(c.demonyms)),
                    "|".join(sorted(c.capitals)),
                ]
            )
    used = {r.kb_id for r in roles}
    with gzip.open(out / "entities.jsonl.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        for p in sorted(registry.persons.values(), key=lambda p: p.kb_id):
            if p.kb_id in used:
                record = {
                    "id": p.kb_id,
                    "kind": "person",
                    "name": p.name,
                    "country": p.country,
                    "aliases": sorted(p.aliases - {p.name}),
                    "source": p.source,
                }
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        for org in organisations:
            fh.write(json.dumps(org, ensure_ascii=False) + "\n")
    with gzip.open(out / "roles.csv.gz", "wt", encoding="utf-8", newline="", compresslevel=9) as fh:
        writer = csv.writer(fh)
        writer.writerow(
            ["id", "title", "country", "sectors", "office", "of", "start", "end", "checked", "source"]
        )
        for r in sorted(roles, key=lambda r: (r.kb_id, r.start or "")):
            writer.writerow(
                [
                    r.kb_id,
                    r.title,
                    r.country,
                    "|".join(r.sectors),
                    r.office or "",
                    r.of or "",
                    r.start or "",
                    r.end or "",
                    r.checked or "",
                    r.source,
                ]
            )
    with open(out / "sector_terms.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["phrase", "sectors"])
        writer.writerows(terms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "kb")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "eventwire" / "data" / "kb")
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"{args.shared}: source folder not found", file=sys.stderr)
        return 2
    curated = args.out / "curated"
    territories = {
        r["name"]: (r["plover"], r["extra_sectors"], r["kind"])
        for r in read_csv(args.out / "territories.csv")
    }
    world = {r["position"]: r for r in read_csv(args.out / "world_positions.csv")}
    countries = build_countries(args.shared, args.out, territories)
    lookup = country_lookup(countries, territories)
    registry = PersonRegistry()
    roles = wikidata_roles(args.shared, lookup, countries, territories, world, registry)
    roles += factbook_roles(args.shared, countries, registry)
    roles += countryinfo_roles(args.shared, countries, registry)
    merged = merge_same_holders(roles, registry, *single_offices(args.out))
    roles = merge_spells(roles)
    excluded = {
        bare_key(line)
        for line in (args.out / "build_exclude.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    valid = set(countries) | set(plover_codes().special_countries)
    organisations = phoenix_organisations(args.shared, curated_alias_keys(curated), excluded, valid)
    terms = sector_terms(args.shared)
    write_outputs(args.out, countries, registry, roles, organisations, terms)
    print(
        f"countries {len(countries)}, persons {len({r.kb_id for r in roles})}, roles {len(roles)}, "
        f"organisations {len(organisations)}, sector terms {len(terms)}; {merged} holders listed twice merged"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
