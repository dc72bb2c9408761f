"""What a headline is about (round 17): the words of its subject, and whether two headlines share none.

One outlet's items of one day by one speaker (an ambassador's interview cut into three items: a
conference, an agreement, tourism figures) share their speaker, their country and the speaker's role;
what tells them apart is the subject the headline states. A headline's subject words are its content
words without what a series of such items repeats: country names and demonyms (``actors.country_names``),
titles and roles ("diplomat", "ambassador"), verbs of saying ("says", "believes", knowledge in
``data/stories/evidence.yaml``), and the names of the report's people. Two items whose headlines share
no subject word report two statements; a retelling shares a word ("tourists", "tourist").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.actors import country_names
from eventwire.stories.datafiles import read_data

MIN_WORD_CHARS = 3
MAX_SUBJECT_WORDS = 12
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=1)
def repeated_words() -> frozenset[str]:
    """Words a series of one speaker's items repeats: titles, roles and verbs of saying."""
    data = read_data("evidence.yaml")
    words = " ".join(str(data.get(key) or "") for key in ("title_words", "source_roles", "saying_words"))
    return frozenset(words.lower().split())


def word_stem(word: str) -> str:
    """A word without its plural (or third-person) ending, so "tourists" and "tourist", "launches" and
    "launch" agree."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def without_countries(title: str) -> str:
    """The headline with its country names and demonyms blanked out."""
    chars = list(title)
    for found in country_names(title):
        chars[found.start : found.end] = " " * (found.end - found.start)
    return "".join(chars)


def headline_subject(title: str | None, people: list[str]) -> list[str]:
    """The stems of the headline's subject words, in order (see the module docstring); ``people``: the
    report's people's name words, lower-cased."""
    if not title:
        return []
    skip = repeated_words() | {p.lower() for p in people}
    found: list[str] = []
    for token in _WORD.findall(without_countries(title).lower()):
        word = _POSSESSIVE.sub("", token)
        stem = word_stem(word)
        if len(word) >= MIN_WORD_CHARS and word not in STOP_WORDS and not {word, stem} & skip:
            found.append(stem)
    return list(dict.fromkeys(found))[:MAX_SUBJECT_WORDS]


def different_subjects(a: list[str], b: list[str]) -> bool | None:
    """Two headlines that share no subject word (None: a headline states none)."""
    if not a or not b:
        return None
    return not set(a) & set(b)
