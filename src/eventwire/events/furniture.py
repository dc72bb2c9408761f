"""Guards against page furniture: boilerplate lines, teaser headlines and verbless fragments.

Ingest strips most furniture; this is the events stage's own check on the line an event would be
coded from. The rules are data (``data/events/furniture.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from eventwire.events.patterns import as_set, read_yaml
from eventwire.events.triggers import misparsed_main_verb
from eventwire.nlp.text import doc_text

SENTENCE_END_RE = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")
LINE_END_CHARS = 12  # a sentence end is a stop followed by a few closing quotes or brackets


@dataclass(frozen=True, slots=True)
class FurnitureRules:
    """Compiled boilerplate patterns and teaser thresholds."""

    boilerplate: re.Pattern[str]
    teaser_min_words: int
    teaser_share: float
    small_words: frozenset[str]
    sentence_min_words: int
    field_label: re.Pattern[str]
    listing_min_labels: int


@lru_cache(maxsize=2)
def load_rules() -> FurnitureRules:
    """Read furniture.yaml (cached)."""
    data = read_yaml("furniture.yaml")
    joined = "|".join(f"(?:{p})" for p in data["line_patterns"])
    return FurnitureRules(
        boilerplate=re.compile(rf"^\W*(?:{joined})", re.IGNORECASE),
        teaser_min_words=int(data.get("teaser_min_words", 4)),
        teaser_share=float(data.get("teaser_capitalised_share", 0.6)),
        small_words=as_set(data.get("title_case_small_words")),
        sentence_min_words=int(data.get("unpunctuated_sentence_min_words", 15)),
        field_label=re.compile(data["field_label"]),
        listing_min_labels=int(data.get("listing_min_labels", 2)),
    )


def line_around(text: str, start: int, end: int) -> str:
    """The full line(s) of text containing the span."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end != -1 else len(text)].strip()


def ends_sentence(line: str) -> bool:
    """Whether a line ends like a sentence (a stop, possibly inside closing quotes or brackets)."""
    return bool(SENTENCE_END_RE.search(line.rstrip()[-LINE_END_CHARS:]))


def is_boilerplate(line: str, rules: FurnitureRules) -> bool:
    """A line that starts like a share bar, teaser block, credit or menu."""
    return bool(rules.boilerplate.match(line))


def is_teaser(line: str, rules: FurnitureRules, names: frozenset[str] = frozenset()) -> bool:
    """A title-case line without sentence punctuation: a headline, often of another story.

    ``names``: words of the line's proper names, capitalised in any sentence ("Russia expels
    diplomats from Germany, Poland and Sweden" is no title case); they are not counted unless
    fewer than two other content words remain.
    """
    if ends_sentence(line):  # checked first: the line can be a whole article
        return False
    words = re.findall(r"[A-Za-z][\w'\-]*", line)
    if len(words) < rules.teaser_min_words:
        return False
    content = [w for w in words if w.lower() not in rules.small_words]
    common = [w for w in content if w.lower() not in names]
    content = common if len(common) >= MIN_COMMON_WORDS else content
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= rules.teaser_share


def is_listing(text: str, rules: FurnitureRules) -> bool:
    """A run of labelled fields ("TARGET: … ATTACKER: …"): a fact box or a table flattened into text,
    not a sentence that reports."""
    return len(rules.field_label.findall(text)) >= rules.listing_min_labels


def has_verb(sentence: Span) -> bool:
    """Whether the sentence has a finite or participial verb (headlines and menus often lack one)."""
    return any(t.pos_ in ("VERB", "AUX") for t in sentence)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
NAME_ENTITIES = ACTOR_ENTITIES | {"LOC", "FAC"}
MIN_COMMON_WORDS = 2  # words besides proper names that a title-case judgement needs


def has_finite_clause(sentence: Span) -> bool:
    """Whether a finite verb of the sentence has a subject ("X discussed ...", not "X to visit Y")."""
    for token in sentence:
        verb = token.head if token.tag_ == "MD" else token
        if token.tag_ in FINITE_TAGS and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return True
    return any(misparsed_main_verb(t) for t in sentence)


def reads_as_sentence(sentence: Span, line: str) -> bool:
    """A long line with a finite clause and a named actor: a sentence whose final stop was lost.

    Ingest sometimes strips a lede's full stop; headlines and captions are short, so length, a
    subject with a finite verb and a named actor tell such a line from furniture.
    """
    rules = load_rules()
    words = re.findall(r"[A-Za-z][\w'\-]*", line)
    if len(words) < rules.sentence_min_words or is_teaser(line, rules) or is_boilerplate(line, rules):
        return False
    named = any(t.ent_type_ in ACTOR_ENTITIES for t in sentence)
    return named and has_finite_clause(sentence)


def furniture_reason(sentence: Span, trigger_start: int, trigger_end: int) -> str:
    """Why the line of a trigger is furniture ("boilerplate", "listing", "teaser", "verbless"), or ""."""
    rules = load_rules()
    if not has_verb(sentence):
        return "verbless"
    line = line_around(doc_text(sentence.doc), trigger_start, trigger_end)
    if is_boilerplate(line, rules):
        return "boilerplate"
    if is_listing(sentence.text, rules):
        return "listing"
    if not ends_sentence(line) and is_teaser(line, rules, name_words(sentence)):
        return "teaser"
    return ""


def name_words(sentence: Span) -> frozenset[str]:
    """Lower-case words of the proper names (people, places, organisations) in a sentence."""
    return frozenset(t.lower_ for t in sentence if t.ent_type_ in NAME_ENTITIES)
