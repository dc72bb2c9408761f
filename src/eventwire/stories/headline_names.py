"""Names the headline and the lede state alike that no mention covers (round 26): the headline and its lede
read as one unit.

A report's headline and its first sentence name the same protagonist ("Jane Roe Leaves Clinic" over
"Jane Roe has left the clinic ..."). The headline is not parsed, and a lede that starts its own paragraph
(after a dateline or a time stamp) may lose its leading name to the parse: the name is then in neither
the report's mentions nor its profile, and the report looks unlike every other report of its happening.
(The nlp stage's ``paragraph_breaks`` no longer cuts such a name after its first word, the cause on ECB+:
with that fix ECB+ and the dense and development audits are the same with this rule on or off; round 27
removed it, and session 36 restored it: on fresh Reuters analyses it keeps one day's price postings of
different companies apart, 174 against 185 of 6,000 articles in stories of more than 10.)
A run of two or more capitalised words of the lede (titles and function words dropped from its ends) that
the headline states too, where the lede has no mention, is such a name. It counts as a person's only when
each of its words is rare in English (Zipf frequency under ``PERSON_WORD_ZIPF``, from wordfreq): a
headline's places, bodies and titles ("Secret Service", "Aegean Sea", "World Cup", "Supreme Court") are
made of common words, and the headline's leading name of a person the parse lost is what the report is
about. Others are left out, and so is a name stated after a word of place ("in Tamil Nadu", "near Las
Vegas": ``data/stories/evidence.yaml`` ``place_words``) in the lede or the headline.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import zipf_frequency

from eventwire.records import Mention
from eventwire.stories import headline_people
from eventwire.stories.datafiles import read_data
from eventwire.stories.evidence import knowledge

MIN_NAME_WORDS = 2
PERSON_WORD_ZIPF = 4.5  # given names and surnames mostly 2-4.2; "park", "sea", "service", "cup" 4.8-5.5
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*)+")
_WORD = re.compile(r"[^\W\d_]+")


def _trimmed(words: list[str]) -> list[str]:
    """The words of a run without leading or trailing function words, titles and words of place ("The",
    "President", "Hurricane")."""
    dropped = STOP_WORDS | knowledge().title_words | place_words()
    while words and words[0].lower().rstrip(".") in dropped:
        words = words[1:]
    while words and words[-1].lower().rstrip(".") in dropped:
        words = words[:-1]
    return words


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """The words after which a name is a place's or a storm's (``evidence.yaml`` ``place_words``,
    ``storm_words``)."""
    storms = read_data("evidence.yaml")["storm_words"].lower().split()
    return headline_people.place_words() | frozenset(storms)


def _stated(words: list[str], text: str) -> list[re.Match[str]]:
    """Where the text states these words in this order (in any case)."""
    pattern = r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b"
    return list(re.finditer(pattern, text, flags=re.IGNORECASE))


def _after_place_word(text: str, start: int) -> bool:
    return headline_people.follows_word(text, start, place_words())


def person_like(words: list[str]) -> bool:
    """Whether every word of a name is rare in English (a person's given name and surname)."""
    parts = [p for w in words for p in _WORD.findall(w.lower())]
    return bool(parts) and all(zipf_frequency(p, "en") < PERSON_WORD_ZIPF for p in parts)


def _covered(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.span[0] < end and start < m.span[1] for m in mentions)


def unparsed_headline_names(
    title: str | None, text: str, mentions: list[Mention], lede_chars: int
) -> list[tuple[int, str]]:
    """The people's names (where the lede states them, as it writes them) that the lede's first
    ``lede_chars`` characters and the headline state alike where the lede has no mention, in the lede's
    order, each once."""
    if not title:
        return []
    found: dict[str, int] = {}
    for run in _CAPITALISED_RUN.finditer(text[:lede_chars]):
        if _covered(run.start(), run.end(), mentions):
            continue
        words = _trimmed([w for w in run.group().split() if _WORD.search(w)])
        if len(words) < MIN_NAME_WORDS or not person_like(words):
            continue
        in_headline = _stated(words, title)
        start = run.start() + run.group().index(words[0])
        after_place = _after_place_word(text, start) or any(
            _after_place_word(title, m.start()) for m in in_headline
        )
        if in_headline and not after_place:
            found.setdefault(" ".join(words), start)
    return [(start, name) for name, start in found.items()]


def with_headline_names(
    title: str | None, text: str, mentions: list[Mention], lede_chars: int
) -> list[Mention]:
    """The mentions with an unresolved person mention (sentence -1) of each such name, in text order (a
    headline's leading name is most often a person's)."""
    names = unparsed_headline_names(title, text, mentions, lede_chars)
    extra = [Mention(text=n, span=(start, start + len(n)), sentence=-1, kind="PERSON") for start, n in names]
    return sorted([*mentions, *extra], key=lambda m: m.span) if extra else mentions
