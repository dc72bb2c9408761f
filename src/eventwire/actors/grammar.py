"""The word lists of grammar.yaml that glue actor descriptions together or mark places."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.actors.paths import packaged_kb_dir
from eventwire.datafiles import parse_yaml


@dataclass(frozen=True, slots=True)
class Grammar:
    determiners: frozenset[str]
    qualifiers: frozenset[str]
    former_markers: frozenset[str]
    owner_links: frozenset[str]
    place_links: frozenset[str]
    location_prepositions: frozenset[str]
    location_verbs: frozenset[str]
    location_followers: frozenset[str]
    coordinators: frozenset[str]
    name_introducers: frozenset[str]
    agent_participles: frozenset[str]
    state_forms: frozenset[str]
    leader_links: frozenset[str]
    coalition_terms: frozenset[str]
    event_nouns: frozenset[str]
    setting_nouns: frozenset[str]
    negations: frozenset[str]
    people_words: frozenset[str]
    relation_nouns: frozenset[str]
    portfolio_heads: frozenset[str]
    private_sectors: frozenset[str]
    armed_sectors: frozenset[str]
    abroad_words: frozenset[str]
    foreign_markers: frozenset[str]
    historical_markers: frozenset[str]
    trip_nouns: frozenset[str]
    origin_links: frozenset[str]
    origin_adverbs: frozenset[str]
    origin_adverb_links: frozenset[str]
    constituency_links: frozenset[str]
    constituency_sectors: frozenset[str]
    seat_participles: frozenset[str]
    aide_nouns: frozenset[str]
    politician_sectors: frozenset[str]
    relation_links: frozenset[str]
    igo_official_offices: frozenset[str]
    posting_links: frozenset[str]
    posted_heads: frozenset[str]
    company_words: frozenset[str]
    business_titles: frozenset[str]
    apposed_place_heads: frozenset[str]
    place_attack_nouns: frozenset[str]
    many_country_markers: frozenset[str]
    company_sectors: tuple[str, ...]
    law_enforcement_sectors: frozenset[str]
    non_state_staff_sectors: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    with open(packaged_kb_dir() / "grammar.yaml", encoding="utf-8") as fh:
        raw = parse_yaml(fh)
    return Grammar(
        **{
            key: frozenset(str(w).lower() for w in raw[key])
            for key in (
                "determiners",
                "qualifiers",
                "former_markers",
                "owner_links",
                "place_links",
                "location_prepositions",
                "location_verbs",
                "location_followers",
                "coordinators",
                "name_introducers",
                "agent_participles",
                "state_forms",
                "leader_links",
                "coalition_terms",
                "event_nouns",
                "setting_nouns",
                "negations",
                "people_words",
                "relation_nouns",
                "portfolio_heads",
                "private_sectors",
                "armed_sectors",
                "abroad_words",
                "foreign_markers",
                "historical_markers",
                "trip_nouns",
                "origin_links",
                "origin_adverbs",
                "origin_adverb_links",
                "constituency_links",
                "constituency_sectors",
                "seat_participles",
                "aide_nouns",
                "politician_sectors",
                "relation_links",
                "igo_official_offices",
                "posting_links",
                "posted_heads",
                "company_words",
                "business_titles",
                "apposed_place_heads",
                "place_attack_nouns",
                "many_country_markers",
            )
        },
        company_sectors=tuple(str(s) for s in raw["company_sectors"]),
        law_enforcement_sectors=frozenset(str(s) for s in raw["law_enforcement_sectors"]),
        non_state_staff_sectors={
            str(code): tuple(str(s) for s in sectors)
            for code, sectors in raw["non_state_staff_sectors"].items()
        },
    )
