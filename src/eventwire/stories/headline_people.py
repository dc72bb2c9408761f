"""Who a headline is about (round 16): the people a report names in its headline, and whether two
headlines are about different people.

A series of reports in one template ("Outlet interviews Jane Roe", "... John Doe"), or one minister's
talks with one counterpart, then another, share their words; what tells them apart is the person each
headline names. The headline is not parsed: its people are those the report's own person mentions
name, found among the headline's words ("Roe" in the headline and "Jane Roe" in the text).
Two reports' headline people differ when each headline names someone the other report never names:
a headline naming the same person in another spelling ("Kovalenko", "Kovalenco"; spellings further apart
only when the actors stage resolves both), or naming one more person than the other ("Roe meets Doe" and
"Roe hails talks"), does not.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from eventwire.actors import country_names
from eventwire.stories.datafiles import read_data

MIN_NAME_CHARS = 3  # name words shorter than this ("Li" aside) are too ambiguous to find in a headline
MAX_HEADLINE_PEOPLE = 6
SPELLING_SIMILARITY = 80  # rapidfuzz ratio of two folded name words that are one name spelled twice
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def folded_parts(word: str) -> list[str]:
    """A name word without accents, lower-cased, cut at hyphens and apostrophes ("Jong-nam" -> jong, nam;
    "Kim's" -> kim, s)."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    return _WORD.findall(plain)


def headline_order(title: str | None) -> dict[str, int]:
    """The folded words of a headline, each with the place it first comes at."""
    parts = [p for w in (title or "").split() for p in folded_parts(w)]
    return {p: i for i, p in reversed(list(enumerate(parts)))}


def headline_people(title: str | None, names: list[list[str]]) -> list[str]:
    """The people the headline names, in the headline's order: the surname of each of the report's
    people named in full (a lone capitalised word is too often a place or a demonym the parser took
    for a person) found among the headline's words, folded."""
    words = headline_order(title)
    found: dict[str, int] = {}
    for name in names:
        if len(name) < 2:
            continue
        parts = folded_parts(name[-1])
        key = "-".join(parts)
        if len(key) >= MIN_NAME_CHARS and parts and all(p in words for p in parts):
            found.setdefault(key, min(words[p] for p in parts))
    return sorted(found, key=found.__getitem__)[:MAX_HEADLINE_PEOPLE]


def named_in(person: str, people: list[str]) -> bool:
    """Whether a headline person (folded, "jong-nam") is among a report's people's name words, in any
    spelling: the same parts, or one name word alike enough."""
    parts = person.split("-")
    theirs = {p for w in people for p in folded_parts(w)}
    if all(p in theirs for p in parts):
        return True
    joined = person.replace("-", "")
    return any(fuzz.ratio(joined, "".join(folded_parts(w))) >= SPELLING_SIMILARITY for w in people)


def different_headline_people(
    a_headline: list[str], a_people: list[str], b_headline: list[str], b_people: list[str]
) -> bool | None:
    """Each headline names a person the other report never names (None: a headline names nobody)."""
    if not a_headline or not b_headline:
        return None
    a_unknown = any(not named_in(p, b_people) for p in a_headline)
    b_unknown = any(not named_in(p, a_people) for p in b_headline)
    return a_unknown and b_unknown


def different_protagonists(a_headline: list[str], b_headline: list[str]) -> bool | None:
    """Both headlines name people and none of one's is named in the other's headline (round 25): each
    leads with another person's action or statement ("X says now is not the time", "Y: the parliament's
    will must prevail"), two happenings of one topic in a dense week, whatever the outlets (None: a
    headline names nobody). Two parties of one meeting named in either order share a name."""
    if not a_headline or not b_headline:
        return None
    return not any(named_in(p, b_headline) for p in a_headline) and not any(
        named_in(p, a_headline) for p in b_headline
    )


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """The words after which a country is named as a place (``evidence.yaml`` ``place_words``)."""
    return frozenset(read_data("evidence.yaml")["place_words"].lower().split())


def named_as_place(title: str, start: int) -> bool:
    """Whether the name at ``start`` follows a word of place ("off Yemen's coast", "in Japan")."""
    return follows_word(title, start, place_words())


def follows_word(text: str, start: int, words: frozenset[str]) -> bool:
    """Whether the word right before ``start`` is one of ``words`` (lower-cased)."""
    before = _WORD.findall(text[max(0, start - 30) : start].lower())
    return bool(before) and before[-1] in words


def lead_country(title: str | None, countries: list[str]) -> tuple[int, str] | None:
    """The first of a headline's countries it names as an actor, not as a place (round 27), with the
    place of its first word among the headline's words."""
    text = title or ""
    for name in country_names(text):
        if name.country in countries and not named_as_place(text, name.start):
            return len([p for w in text[: name.start].split() for p in folded_parts(w)]), name.country
    return None


def headline_lead(title: str | None, people: list[str], countries: list[str]) -> str | None:
    """The actor a headline leads with (round 26): the first of its people (a folded surname) or of its
    countries (an ISO code), whichever it names first ("North Korea tests engine" -> PRK, "Roe in Seoul"
    -> roe). A country named as a place ("Refugees killed off Yemen's coast") is no actor (round 27)."""
    order = headline_order(title)
    found: list[tuple[int, str]] = []
    if people and (first := people[0].split("-")[0]) in order:
        found.append((order[first], people[0]))
    if countries and (country := lead_country(title, countries)):
        found.append(country)
    return min(found)[1] if found else None


def named_in_headline(lead: str, people: list[str], countries: list[str]) -> bool:
    """Whether a headline's lead actor is among another headline's people (in any spelling) or countries."""
    return lead in countries or (lead.islower() and named_in(lead, people))


def different_leads(
    a_lead: str | None,
    a_people: list[str],
    a_countries: list[str],
    b_lead: str | None,
    b_people: list[str],
    b_countries: list[str],
) -> bool | None:
    """Each headline leads with an actor the other headline does not name (None: one leads with none):
    the engine test's "North Korea ..." and the visit's "Minister ... in Seoul" of the next day."""
    if not a_lead or not b_lead:
        return None
    return not named_in_headline(a_lead, b_people, b_countries) and not named_in_headline(
        b_lead, a_people, a_countries
    )
