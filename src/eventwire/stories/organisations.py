"""Which organisations a report is about: the "who" of company and institution news, where the people
evidence is empty (quarterly results, a takeover bid, a dividend).

- ``main_organisation``: the organisation a report leads with: the headline's leading name (the words
  before a bracketed ticker, inside a bracketed name, or up to a legal form such as "Corp"), else the
  first organisation the lede names;
- ``organisation_names``: every organisation the report names (spaCy ORG mentions) and its headline's;
- names are compared normalised (``organisation_key``): lower case, no punctuation, legal forms and
  generic words dropped ("AMERICAN EXPRESS CO" = "American Express Co." = "American Express").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.records import Mention
from eventwire.stories import periods
from eventwire.stories.datafiles import read_data
from eventwire.stories.headlines import headline_countries

_WORD = re.compile(r"[^\W_][\w&'’.-]*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class OrganisationKnowledge:
    """What ``data/stories/organisations.yaml`` holds."""

    legal_forms: frozenset[str]
    generic_words: frozenset[str]
    bracketed_code: re.Pattern[str]
    max_name_words: int
    period_lead_words: frozenset[str]
    headline_verbs: frozenset[str]


@lru_cache(maxsize=1)
def knowledge() -> OrganisationKnowledge:
    """The legal forms, generic words and headline patterns, read once."""
    data = read_data("organisations.yaml")
    return OrganisationKnowledge(
        frozenset(data["legal_forms"].split()),
        frozenset(data["generic_words"].split()),
        re.compile(data["bracketed_code"]),
        int(data["max_name_words"]),
        frozenset(data["period_lead_words"].split()),
        frozenset(data["headline_verbs"].split()),
    )


def _words(text: str) -> list[str]:
    return [w.strip(".'’-").replace("’", "'") for w in _WORD.findall(text)]


def organisation_key(name: str) -> str | None:
    """A name as compared: lower-cased words without legal forms and generic words at either end."""
    k = knowledge()
    words = [w.lower() for w in _words(name) if w]
    dropped = k.legal_forms | k.generic_words
    while words and words[-1] in dropped:
        words.pop()
    while words and words[0] in k.generic_words:
        words.pop(0)
    return " ".join(words) or None


def _capitalised(words: list[str]) -> bool:
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w == "&" for w in words)


def headline_organisation(title: str | None) -> str | None:
    """The name a headline leads with: inside a leading bracketed name, before a bracketed code, or up
    to a legal form, when its words are capitalised (None when the headline leads with no such name)."""
    if not title:
        return None
    k = knowledge()
    stripped = title.strip()
    code = k.bracketed_code.search(stripped)
    if code and code.start() == 0:
        return organisation_key(code.group(1))
    if code:
        words = _words(stripped[: code.start()])
        if 0 < len(words) <= k.max_name_words and _capitalised(words):
            return organisation_key(" ".join(words))
    words = _words(stripped)[: k.max_name_words + 1]
    for i, word in enumerate(words):
        if word.lower() in k.legal_forms and i > 0 and _capitalised(words[: i + 1]):
            return organisation_key(" ".join(words[: i + 1]))
    return name_before_verb(stripped) or name_before_period(stripped)


def _subject_name(name: list[str], k: OrganisationKnowledge) -> str | None:
    """The normalised name of a headline's leading words; None when they are too many, end with a
    function word, or name a country."""
    if not 0 < len(name) <= k.max_name_words or name[-1].lower() in STOP_WORDS:
        return None
    text = " ".join(name)
    return None if headline_countries(text) else organisation_key(text)


def name_before_verb(title: str) -> str | None:
    """The name a wire headline (in capitals) leads with, before a verb of company or borrower news
    ("ACME FINANCE UNIT ISSUES 100 MLN DLR EUROBOND" -> "acme finance"); None in a headline with
    lower-case words, or when no such verb follows a name."""
    if any(c.islower() for c in title):
        return None
    k = knowledge()
    words = _words(title)[: k.max_name_words + 1]
    cut = next((i for i, w in enumerate(words) if w.lower() in k.headline_verbs), None)
    return _subject_name(words[:cut], k) if cut else None


def _period_word(word: str, p: periods.PeriodKnowledge) -> bool:
    """A word that begins a stated period: an unambiguous month ("FEBRUARY", "FEB") or a quarter's
    ordinal ("4TH")."""
    word = word.lower()
    return (word in p.months and word not in p.ambiguous) or word in p.quarters


def name_before_period(title: str) -> str | None:
    """The name a periodic report's wire headline (in capitals) leads with, before the period it states
    ("ACME MOTORS LATE FEBRUARY CAR SALES" -> "acme motors"); None when the words before it name a
    country (the "where" evidence) or end with a function word ("BALANCES ROSE ON FEB 25"). In a
    headline with lower-case words the words before a month are as often a subject and its verb
    ("Trump Praises February Jobs Report"): no name is read there."""
    if any(c.islower() for c in title):
        return None
    k, p = knowledge(), periods.knowledge()
    words = [w for part in _words(title) for w in part.split("-") if w]
    cut = next((i for i, w in enumerate(words) if _period_word(w, p)), None)
    if not cut:
        return None
    name = words[:cut]
    while name and name[-1].lower() in k.period_lead_words:
        name.pop()
    return _subject_name(name, k)


def organisation_names(title: str | None, mentions: list[Mention]) -> list[str]:
    """Every organisation the report names, normalised: its ORG mentions and its headline's name."""
    names = {key for m in mentions if m.kind == "ORG" and (key := organisation_key(m.text))}
    if found := headline_organisation(title):
        names.add(found)
    return sorted(names)


def has_legal_form(name: str) -> bool:
    """A name that ends with a company's legal form ("Acme Widgets Corp."): a company named in full."""
    words = [w.lower() for w in _words(name)]
    return len(words) > 1 and words[-1] in knowledge().legal_forms


def main_organisation(title: str | None, mentions: list[Mention], lede_chars: int) -> str | None:
    """The organisation the report leads with: its headline's, else the first company the lede names in
    full (with its legal form). Other organisations of a lede (a police force, a broadcaster, the outlet
    quoted) are the setting of a report, not its subject: two reports of one happening name different ones."""
    if found := headline_organisation(title):
        return found
    lede = sorted((m.span[0], m.text) for m in mentions if m.kind == "ORG" and m.span[0] < lede_chars)
    return next((key for _, text in lede if has_legal_form(text) and (key := organisation_key(text))), None)


def same_organisation(a: str, b: str) -> bool:
    """Two normalised names of one organisation: equal, or one the other's leading words
    ("acme" and "acme widgets")."""
    short, long = sorted((a.split(), b.split()), key=len)
    return long[: len(short)] == short


def named_by(name: str, names: list[str]) -> bool:
    """Whether ``name`` is among ``names`` (as ``same_organisation``)."""
    return any(same_organisation(name, other) for other in names)
