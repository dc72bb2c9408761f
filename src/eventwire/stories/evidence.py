"""Who, where, what and when of one report's main happening: evidence computed once per article and stored
with its profile, so that two reports of two happenings of one kind (two earthquakes, two arrests) told in
the same words can be told apart (``conflict.py`` compares two of them).

- ``lede_people``: surnames of the people the lede names in full; ``people``: every word of every
  person's name in the report (a later report may name the same person by surname only);
  ``main_person``: the surname of the first person the lede names in full, whom the report is about
  (round 9); ``headline_people``: the people its headline names (round 16, ``headline_people.py``);
- ``outlet``: who published it (round 16: one outlet's series of reports, ``conflict.py``);
  ``lede_parties``: the lede's people named in full but for sources quoted ("spokesman Dmitry Peskov");
  ``headline_subject``: the headline's subject words (round 17, ``headline_subject.py``);
- ``lede_countries``: countries of the places the lede names, and of its located events; ``countries``:
  the same over the whole report; ``main_place``: where the first located event of the lede happened;
  ``headline_countries``: the countries its headline names ("FORD CANADA ...": ``headlines.py``);
- ``amounts``: the amounts its headline states ("85 MLN STG", "8.6 PCT": ``amounts.py``);
  ``lede_amounts``: those its lede states (round 8);
- ``main_organisation``: the organisation the report leads with (its headline's leading name, else the
  lede's first); ``organisations``: every organisation it names (``organisations.py``);
- ``quantities``: distinctive numbers by kind (an earthquake's magnitude, a person's age);
- ``kinds``: the kinds of happening the headline and lede tell (``happenings.py``: a firing, an arrest;
  round 28: of a family the headline tells, the headline's only: ``happenings.main_kinds``);
  ``aftermath``: the aftermath forms they use (round 21: tributes, a black box, a landfall; ``core.py``);
- ``tolls``: the counts of the dead and the hurt the text states (round 24: "three people were killed";
  one of a happening's specifics, never a conflict: a toll rises as the happening is told again);
- ``years``: the years the text states;
- ``periods``: the reference periods the headline and lede state ("month:2", "quarter:4": ``periods.py``);
- ``days``: the days a dated report's lede states, resolved against its publication date (``days.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from eventwire.records import Article, Event, Mention
from eventwire.stories.amounts import stated_amounts
from eventwire.stories.datafiles import read_data
from eventwire.stories.days import stated_days
from eventwire.stories.happenings import aftermath_words, main_kinds
from eventwire.stories.headline_people import headline_lead, headline_people
from eventwire.stories.headline_subject import headline_subject
from eventwire.stories.headlines import headline_countries
from eventwire.stories.organisations import main_organisation, organisation_names
from eventwire.stories.periods import stated_periods

MIN_TOLL = 2  # a toll of one ("one of the men killed") is no specific of a happening
LEDE_CHARS = 400  # the lede: where a report says what happened, to whom and where
PLACE_KINDS = frozenset({"GPE", "LOC", "FAC"})
MAX_PEOPLE = 60
MAX_ORGANISATIONS = 40
SOURCE_CONTEXT_WORDS = 8  # words before a person mention read for a source's role (round 16)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_NAME_CHUNKS = re.compile(r"[,;()\[\]]")
_YEAR = re.compile(r"(?<![\d.,:/-])(\d{4})(?![\d.,:/-]\d)")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One kind of distinctive number: the patterns that read it and the tolerance of agreement."""

    kind: str
    patterns: tuple[re.Pattern[str], ...]
    tolerance: float


@dataclass(frozen=True, slots=True)
class EvidenceKnowledge:
    """What ``data/stories/evidence.yaml`` holds."""

    title_words: frozenset[str]
    source_roles: frozenset[str]
    quantities: tuple[Quantity, ...]
    first_year: int
    last_year: int
    tolls: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    number_words: dict[str, int] = field(default_factory=dict)


def _tolls(spec: dict[str, Any]) -> tuple[dict[str, tuple[re.Pattern[str], ...]], dict[str, int]]:
    """The toll patterns by kind (NUMBER standing for digits or a number word), and the number words."""
    words = spec["number_words"].lower().split()
    number = r"((?<![\d.,])\d{1,3}(?!\d|[.,]\d)|" + "|".join(words) + ")"
    patterns = {
        kind: tuple(re.compile(p.replace("NUMBER", number), re.IGNORECASE) for p in found)
        for kind, found in spec.items()
        if kind != "number_words"
    }
    return patterns, {w: i for i, w in enumerate(words, MIN_TOLL)}


def _quantity(kind: str, spec: dict[str, Any]) -> Quantity:
    patterns = tuple(re.compile(p, re.IGNORECASE) for p in spec["patterns"])
    return Quantity(kind, patterns, float(spec["tolerance"]))


@lru_cache(maxsize=1)
def knowledge() -> EvidenceKnowledge:
    """The title words, quantity patterns and year range, read once."""
    data = read_data("evidence.yaml")
    quantities = tuple(_quantity(kind, spec) for kind, spec in data["quantities"].items())
    years = data["years"]
    tolls, number_words = _tolls(data["tolls"])
    return EvidenceKnowledge(
        frozenset(data["title_words"].lower().split()),
        frozenset(data["source_roles"].lower().split()),
        quantities,
        int(years["first"]),
        int(years["last"]),
        tolls,
        number_words,
    )


@dataclass(slots=True)
class Evidence:
    """The who / where / what / when of one report (see the module docstring)."""

    lede_people: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    lede_countries: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    main_place: tuple[str | None, float | None, float | None] | None = None  # country, lat, lon
    quantities: dict[str, list[float]] = field(default_factory=dict)
    years: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    main_organisation: str | None = None
    organisations: list[str] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)
    headline_countries: list[str] = field(default_factory=list)
    amounts: list[str] = field(default_factory=list)
    lede_amounts: list[str] = field(default_factory=list)
    days: list[str] = field(default_factory=list)
    main_person: str | None = None
    headline_people: list[str] = field(default_factory=list)
    outlet: str | None = None
    lede_parties: list[str] = field(default_factory=list)
    headline_subject: list[str] = field(default_factory=list)
    aftermath: list[str] = field(default_factory=list)
    tolls: dict[str, list[int]] = field(default_factory=dict)
    headline_lead: str | None = None

    def leading_amounts(self) -> list[str]:
        """The headline's amounts, then the lede's: the first is the figure the report leads with."""
        return list(dict.fromkeys([*self.amounts, *self.lede_amounts]))

    def to_json(self) -> dict[str, Any]:
        return {
            "lede_people": self.lede_people,
            "people": self.people,
            "lede_countries": self.lede_countries,
            "countries": self.countries,
            "main_place": list(self.main_place) if self.main_place else None,
            "quantities": self.quantities,
            "years": self.years,
            "kinds": self.kinds,
            "main_organisation": self.main_organisation,
            "organisations": self.organisations,
            "periods": self.periods,
            "headline_countries": self.headline_countries,
            "amounts": self.amounts,
            "lede_amounts": self.lede_amounts,
            "days": self.days,
            "main_person": self.main_person,
            "headline_people": self.headline_people,
            "outlet": self.outlet,
            "lede_parties": self.lede_parties,
            "headline_subject": self.headline_subject,
            "aftermath": self.aftermath,
            "tolls": self.tolls,
            "headline_lead": self.headline_lead,
        }

    @classmethod
    def from_json(cls, data: Any) -> Evidence:
        """The evidence of ``to_json`` output; empty evidence (no conflict with anything) for bad input."""
        if not isinstance(data, dict):
            return cls()
        place = data.get("main_place")
        place = place if isinstance(place, list) and len(place) == 3 else None
        return cls(
            lede_people=[str(x) for x in data.get("lede_people") or []],
            people=[str(x) for x in data.get("people") or []],
            lede_countries=[str(x) for x in data.get("lede_countries") or []],
            countries=[str(x) for x in data.get("countries") or []],
            main_place=(place[0], place[1], place[2]) if place else None,
            quantities={str(k): [float(v) for v in vs] for k, vs in (data.get("quantities") or {}).items()},
            years=[int(y) for y in data.get("years") or []],
            kinds=[str(k) for k in data.get("kinds") or []],
            main_organisation=str(data["main_organisation"]) if data.get("main_organisation") else None,
            organisations=[str(x) for x in data.get("organisations") or []],
            periods=[str(x) for x in data.get("periods") or []],
            headline_countries=[str(x) for x in data.get("headline_countries") or []],
            amounts=[str(x) for x in data.get("amounts") or []],
            lede_amounts=[str(x) for x in data.get("lede_amounts") or []],
            days=[str(x) for x in data.get("days") or []],
            main_person=str(data["main_person"]) if data.get("main_person") else None,
            headline_people=[str(x) for x in data.get("headline_people") or []],
            outlet=str(data["outlet"]) if data.get("outlet") else None,
            lede_parties=[str(x) for x in data.get("lede_parties") or []],
            headline_subject=[str(x) for x in data.get("headline_subject") or []],
            aftermath=[str(x) for x in data.get("aftermath") or []],
            tolls={str(k): [int(v) for v in vs] for k, vs in (data.get("tolls") or {}).items()},
            headline_lead=str(data["headline_lead"]) if data.get("headline_lead") else None,
        )


def name_words(text: str) -> list[str]:
    """The capitalised words of a person mention that are not titles, lower-cased."""
    titles = knowledge().title_words
    words = [w.rstrip(".") for w in _NAME_WORD.findall(text) if w[0].isupper()]
    return [w.lower() for w in words if w and w.lower().rstrip(".") not in titles]


def surname(text: str) -> str | None:
    """The last word of the first part of a mention that is a full name (two name words or more)."""
    for chunk in _NAME_CHUNKS.split(text):
        words = name_words(chunk)
        if len(words) >= 2:
            return words[-1]
    return None


def lede_subject(mentions: list[Mention]) -> str | None:
    """The surname of the first person the lede names in full (by where the mention starts)."""
    lede = (m for m in mentions if m.kind == "PERSON" and m.span[0] < LEDE_CHARS)
    persons = sorted(lede, key=lambda m: m.span)
    return next((s for m in persons if (s := surname(m.text))), None)


def person_names(mentions: list[Mention]) -> list[list[str]]:
    """Each person mention's name words (titles left out), then its resolved entity's, in order."""
    names = []
    for m in mentions:
        if m.kind == "PERSON":
            names.append(name_words(m.text))
            if m.entity is not None and m.entity.name:
                names.append(name_words(m.entity.name))
    return [n for n in names if n]


def _people(mentions: list[Mention]) -> tuple[list[str], list[str]]:
    persons = [m for m in mentions if m.kind == "PERSON"]
    lede = {s for m in persons if m.span[0] < LEDE_CHARS and (s := surname(m.text))}
    every: set[str] = set()
    for m in persons:
        every.update(name_words(m.text))
        if m.entity is not None and m.entity.name:
            every.update(name_words(m.entity.name))
    return sorted(lede), sorted(every)[:MAX_PEOPLE]


def quoted_source(text: str, mention: Mention, since: int = 0) -> bool:
    """Whether a person mention, or the words just before it (after ``since``, the end of the person
    named before), introduce a source ("Kremlin spokesman Dmitry Peskov", "a spokeswoman for the
    ministry, Jane Roe")."""
    before = text[max(since, mention.span[0] - 100) : mention.span[0]]
    words = re.findall(r"[^\W\d_]+", before.lower())[-SOURCE_CONTEXT_WORDS:]
    words += re.findall(r"[^\W\d_]+", mention.text.lower())
    return bool(set(words) & knowledge().source_roles)


def lede_parties(text: str, mentions: list[Mention]) -> list[str]:
    """Surnames of the people the lede names in full who are not introduced as a source quoted."""
    persons = sorted(
        (m for m in mentions if m.kind == "PERSON" and m.span[0] < LEDE_CHARS), key=lambda m: m.span
    )
    found: set[str] = set()
    since = 0
    for m in persons:
        if (name := surname(m.text)) and not quoted_source(text, m, since):
            found.add(name)
        since = max(since, m.span[1])
    return sorted(found)


def _located(events: list[Event]) -> list[tuple[int, Event]]:
    """Events with a place their report tells (not one inferred from their parties' country), by where
    their first report starts."""
    found = [
        (ev.reports[0].span[0], ev)
        for ev in events
        if ev.location is not None and not ev.location.inferred and ev.reports
    ]
    return sorted(found, key=lambda x: x[0])


def _countries(mentions: list[Mention], events: list[Event]) -> tuple[list[str], list[str]]:
    lede: set[str] = set()
    every: set[str] = set()
    for m in mentions:
        if m.kind in PLACE_KINDS and m.entity is not None and m.entity.country:
            every.add(m.entity.country)
            if m.span[0] < LEDE_CHARS:
                lede.add(m.entity.country)
    for start, ev in _located(events):
        if ev.location is not None and ev.location.country:
            every.add(ev.location.country)
            if start < LEDE_CHARS:
                lede.add(ev.location.country)
    return sorted(lede), sorted(every)


def _main_place(events: list[Event]) -> tuple[str | None, float | None, float | None] | None:
    for start, ev in _located(events):
        if start < LEDE_CHARS and ev.location is not None:
            return (ev.location.country, ev.location.lat, ev.location.lon)
    return None


def _number(text: str) -> float | None:
    try:
        return float(re.sub(r"\s", "", text).replace(",", "."))
    except ValueError:
        return None


def _first_group(match: re.Match[str]) -> tuple[int, str]:
    """Where the first non-empty group of ``match`` starts, and its text (round 23: "measuring 7.6 and
    7.4" tells 7.6 first, though both patterns match from "measuring")."""
    index = next((i for i, g in enumerate(match.groups(), 1) if g), 0)
    return match.start(index), match.group(index) if index else ""


def stated_quantities(text: str) -> dict[str, list[float]]:
    """The distinctive numbers the text states, by kind: distinct values in the order stated (the first
    is the one the report leads with)."""
    out: dict[str, list[float]] = {}
    for quantity in knowledge().quantities:
        found = sorted(
            (start, v)
            for pattern in quantity.patterns
            for m in pattern.finditer(text)
            for start, number in [_first_group(m)]
            if (v := _number(number)) is not None
        )
        values = list(dict.fromkeys(v for _, v in found))
        if values:
            out[quantity.kind] = values
    return out


def stated_tolls(text: str) -> dict[str, list[int]]:
    """The counts of the dead and the hurt the text states, by kind: distinct, in the order stated, two
    or more (a toll of one tells nothing)."""
    k = knowledge()
    out: dict[str, list[int]] = {}
    for kind, patterns in k.tolls.items():
        found = sorted((m.start(1), m.group(1).lower()) for p in patterns for m in p.finditer(text))
        counts = [int(n) if n.isdigit() else k.number_words[n] for _, n in found]
        values = list(dict.fromkeys(c for c in counts if c >= MIN_TOLL))
        if values:
            out[kind] = values
    return out


def stated_years(text: str) -> list[int]:
    """The years (within the configured range) that the text states."""
    k = knowledge()
    return sorted({y for m in _YEAR.finditer(text) if k.first_year <= (y := int(m.group(1))) <= k.last_year})


def article_evidence(article: Article, mentions: list[Mention], events: list[Event]) -> Evidence:
    """The who / where / what / when evidence of one analysed article."""
    lede_people, people = _people(mentions)
    lede_countries, countries = _countries(mentions, events)
    text = "\n".join(x for x in (article.title, article.text) if x)
    lede = "\n".join(x for x in (article.title, article.text[:LEDE_CHARS]) if x)
    in_headline = headline_people(article.title, person_names(mentions))
    countries_in_headline = headline_countries(article.title, countries)
    return Evidence(
        lede_people=lede_people,
        people=people,
        lede_countries=lede_countries,
        countries=countries,
        main_place=_main_place(events),
        quantities=stated_quantities(text),
        years=stated_years(article.text),
        kinds=main_kinds(article.title, lede),
        main_organisation=main_organisation(article.title, mentions, LEDE_CHARS),
        organisations=organisation_names(article.title, mentions)[:MAX_ORGANISATIONS],
        periods=stated_periods(lede, article.published),
        headline_countries=countries_in_headline,
        amounts=stated_amounts(article.title),
        lede_amounts=stated_amounts(article.text[:LEDE_CHARS]),
        days=stated_days(article.text[:LEDE_CHARS], article.published),
        main_person=lede_subject(mentions),
        headline_people=in_headline,
        outlet=article.outlet.strip().lower() if article.outlet else None,
        lede_parties=lede_parties(article.text, mentions),
        headline_subject=headline_subject(article.title, people),
        aftermath=aftermath_words(lede),
        tolls=stated_tolls(text),
        headline_lead=headline_lead(article.title, in_headline, countries_in_headline),
    )
