"""The seed reports in ../shared/examples/seeds (skipped when ../shared is absent).

The ingest stage is built in parallel, so the files are parsed directly: the text minus a leading
date line, with the date that line states (two files state none).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.actors import ActorResolver
from eventwire.records import Article, Entity, Mention

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE_LINE = re.compile(rf"^\s*(?:date (\d{{4}}-\d{{2}}-\d{{2}})|({MONTHS}) (\d{{1,2}}), (\d{{4}}))\s*")


def read_seed(path: Path) -> tuple[str, str | None]:
    """The text without its leading date line, and the date that line gives."""
    text = path.read_text(encoding="utf-8")
    match = DATE_LINE.match(text)
    if not match:
        return text, None
    if match.group(1):
        date = match.group(1)
    else:
        month = MONTHS.split("|").index(match.group(2)) + 1
        date = f"{match.group(4)}-{month:02d}-{int(match.group(3)):02d}"
    return " " * match.end() + text[match.end() :], date


def entities_of(
    shared: Path, name: str, resolver: ActorResolver, nlp: Language
) -> tuple[list[Entity], str | None]:
    path = next((shared / "examples" / "seeds").glob(f"{name}_*.txt"))
    text, date = read_seed(path)
    mentions: list[Mention] = resolver(
        nlp(text), Article(article_id=name, source_path=str(path), text=text, published=date)
    )
    return [m.entity for m in mentions if m.entity is not None], date


def holders(entities: list[Entity], role: str) -> set[str | None]:
    return {e.kb_id for e in entities if e.role == role}


@pytest.fixture(scope="module")
def seeds(shared: Path, resolver: ActorResolver, nlp: Language) -> dict[str, tuple[list[Entity], str | None]]:
    return {name: entities_of(shared, name, resolver, nlp) for name in ("000", "001", "002", "003", "004")}


def test_seed_dates(seeds: dict) -> None:
    assert {name: date for name, (_, date) in seeds.items()} == {
        "000": "2021-06-30",
        "001": "2021-12-27",
        "002": None,
        "003": "2020-09-16",
        "004": None,
    }


def test_prime_minister_in_two_translations_is_one_person(seeds: dict) -> None:
    dated = holders(seeds["000"][0], "Prime Minister of Iraq") - {None}
    undated = holders(seeds["002"][0], "Prime Minister of Iraq") - {None}
    assert len(dated) == 1 and dated == undated
    assert all(e.country == "IRQ" and e.sectors == ["GOV"] for e in seeds["000"][0] if e.kb_id in dated)


def test_nato_secretary_general(seeds: dict) -> None:
    for name in ("000", "002", "003"):
        found = [e for e in seeds[name][0] if e.role == "Secretary General of NATO"]
        assert found and {e.country for e in found} == {"IGO"} and len({e.kb_id for e in found}) == 1


def test_foreign_minister(seeds: dict) -> None:
    found = [e for e in seeds["003"][0] if e.role == "Minister of Foreign Affairs of Iraq"]
    assert found and {e.country for e in found} == {"IRQ"} and len({e.kb_id for e in found} - {None}) == 1


def test_national_security_adviser(seeds: dict) -> None:
    for name in ("001", "004"):
        found = [e for e in seeds[name][0] if e.role == "National Security Adviser of Iraq"]
        assert found and {e.country for e in found} == {"IRQ"} and len({e.kb_id for e in found} - {None}) == 1


def test_nato_mission_in_iraq_head(seeds: dict) -> None:
    found = [e for e in seeds["001"][0] if e.role == "Commander of NATO Mission Iraq"]
    assert found and found[0].country == "IGO" and found[0].sectors == ["MIL"]
