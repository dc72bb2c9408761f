"""Find the KB's names, office titles and sector terms in a sentence (Aho-Corasick over word keys).

Each spaCy token is reduced to its ASCII lower-case words (``names.raw_tokens``); patterns are the
alias keys of the KB's surfaces, of the titles in titles.csv and of the sector terms. Matches must
start and end on token boundaries; proper names must be capitalised in the text and acronyms
("NATO", "IS") must be written in capitals outside all-capital headlines.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import ahocorasick
from rapidfuzz import fuzz, process
from spacy.tokens import Span

from eventwire.actors.grammar import grammar
from eventwire.actors.kb import KnowledgeBase, Surface
from eventwire.actors.names import alias_key, raw_tokens
from eventwire.actors.paths import packaged_kb_dir
from eventwire.actors.refwords import reference_words
from eventwire.actors.titles import Title, titles

# Which kind of piece a surface form makes.
FORM_KIND = {"demonym": "DEMONYM", "capital": "CAPITAL", "metonym": "CAPITAL", "region": "CAPITAL"}
KIND_PRIORITY = {
    "PERSON": 0,
    "ACTOR": 0,
    "CAPITAL": 1,
    "DEMONYM": 1,
    "TITLE": 2,
    "REF": 2,
    "SECTOR": 3,
    "BLOCK": 4,
}
NON_ACTOR_SECTORS = {"NONE", "JNK", "NON"}
TRANSPARENT_PUNCT = frozenset({"-", "‐", "'", "’", "."})
DANGLING = frozenset({"in", "to", "of", "for", "at", "from", "with", "on", "by", "and", "the"})
FUZZY_MIN_LENGTH = 5  # shorter names are too easily close to another one
FUZZY_CUTOFF = 88  # rapidfuzz ratio a misspelt country name must reach


@dataclass(slots=True)
class Entry:
    """What a pattern key stands for."""

    surfaces: list[Surface] = field(default_factory=list)
    title: Title | None = None
    sectors: tuple[str, ...] | None = None
    ref: bool = False  # a word that can refer back to a named actor (references.yaml)


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer hit: tokens [start, end) of the doc, the kind of piece and what it stands for."""

    start: int
    end: int
    kind: str  # ACTOR, CAPITAL, DEMONYM, PERSON, TITLE, REF, SECTOR, BLOCK
    surfaces: tuple[Surface, ...] = ()
    title: Title | None = None
    sectors: tuple[str, ...] = ()  # a REF's sectors: what the word means when it refers to nothing
    ref: str | None = None  # a REF's word (alias key)


def load_sector_terms() -> dict[str, tuple[str, ...]]:
    """Sector terms: the built table, then the curated overrides."""
    terms: dict[str, tuple[str, ...]] = {}
    for name in ("sector_terms.csv", "sector_terms_extra.csv"):
        with open(packaged_kb_dir() / name, encoding="utf-8") as fh:
            for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                key = alias_key(row["phrase"])
                if key.rsplit(" ", 1)[-1] in DANGLING or not key:
                    continue  # "embassy in", "ambassador to": PLOVER patterns that expect a country after
                terms[key] = tuple(row["sectors"].split("|"))
    return terms


def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 0 < len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in text.strip()


class Gazetteer:
    """The automaton over every name, title and sector term of a knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.entries: dict[str, Entry] = defaultdict(Entry)
        for surface in kb.surfaces:
            if kb.entities[surface.kb_id].kind == "person" and len(raw_tokens(surface.text)) < 2:
                continue
            self.entries[alias_key(surface.text)].surfaces.append(surface)
        for key, title in titles().items():
            self.entries[key].title = title
        for key, sectors in load_sector_terms().items():
            self.entries[key].sectors = sectors
        for key in reference_words().classes:
            self.entries[key].ref = True
        self.country_keys: dict[str, tuple[Surface, ...]] = {}
        for surface in kb.surfaces:
            if kb.entities[surface.kb_id].kind == "country" and surface.form in ("name", "alias", "demonym"):
                key = alias_key(surface.text)
                if len(key) >= FUZZY_MIN_LENGTH:
                    self.country_keys[key] = (*self.country_keys.get(key, ()), surface)
        self.automaton = ahocorasick.Automaton()
        for key in self.entries:
            if key:
                self.automaton.add_word(f" {key} ", key)
        self.automaton.make_automaton()

    def matches(self, sent: Span) -> list[Match]:
        """Non-overlapping hits in a sentence, longest first."""
        words = _Words(sent)
        if not words.text.strip():
            return []
        shouting = _Shouting(sent)
        found: list[Match] = []
        for last_char, key in self.automaton.iter(words.text):
            first_char = last_char - len(key) - 1
            span = words.token_span(first_char, last_char)
            if span is not None:
                found.extend(self._interpret(key, sent.doc[span[0] : span[1]], shouting))
        return _best_cover(found, sent)

    def fuzzy_country(self, text: str) -> tuple[Surface, ...]:
        """Country surfaces a misspelt name stands for ("Ethopia" -> Ethiopia), if one is close."""
        key = alias_key(text)
        for form in sorted(grammar().state_forms, key=len, reverse=True):  # "Arab Republic of Egypt"
            for prefix in (f"the {form} ", f"{form} "):
                if key.startswith(prefix) and key[len(prefix) :] in self.country_keys:
                    return self.country_keys[key[len(prefix) :]]
        if len(key) < FUZZY_MIN_LENGTH or not text[:1].isupper():
            return ()
        found = process.extractOne(
            key, self.country_keys.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
        )
        if found is None or found[0][:1] != key[:1]:
            return ()
        return self.country_keys[found[0]]

    def _interpret(self, key: str, span: Span, shouting: _Shouting) -> list[Match]:
        entry = self.entries[key]
        out: list[Match] = []
        surfaces = tuple(s for s in entry.surfaces if _written_as(s.text, span, shouting))
        if surfaces:
            out.append(Match(span.start, span.end, self._surface_kind(surfaces), surfaces))
        if entry.title is not None:
            out.append(Match(span.start, span.end, "TITLE", title=entry.title, sectors=entry.title.sectors))
        if entry.ref:
            out.append(Match(span.start, span.end, "REF", sectors=entry.sectors or (), ref=key))
        elif entry.sectors is not None:
            kind = "BLOCK" if set(entry.sectors) & NON_ACTOR_SECTORS else "SECTOR"
            out.append(Match(span.start, span.end, kind, sectors=entry.sectors))
        return out

    def _surface_kind(self, surfaces: tuple[Surface, ...]) -> str:
        kinds = {
            FORM_KIND.get(s.form, "PERSON" if self.kb.entities[s.kb_id].kind == "person" else "ACTOR")
            for s in surfaces
        }
        for kind in ("ACTOR", "CAPITAL", "DEMONYM", "PERSON"):
            if kind in kinds:
                return kind
        return "ACTOR"


class _Words:
    """A sentence as " w1 w2 … " with the token behind each word."""

    def __init__(self, sent: Span) -> None:
        parts: list[str] = []
        self.space_before: dict[int, int] = {}  # char offset of the space before word k -> k
        self.space_after: dict[int, int] = {}  # char offset of the space after word k -> k
        self.token_of: list[int] = []
        self.starts_token: list[bool] = []
        self.ends_token: list[bool] = []
        pos = 0
        for token in sent:
            if (token.is_punct and token.text not in TRANSPARENT_PUNCT) or "\n" in token.text:
                parts.append(" |")  # names do not run across brackets, commas, quotes or lines
                pos += 2
                continue
            words = raw_tokens(token.text)
            for n, word in enumerate(words):
                k = len(self.token_of)
                self.space_before[pos] = k
                self.token_of.append(token.i)
                self.starts_token.append(n == 0)
                self.ends_token.append(n == len(words) - 1)
                parts.append(" " + word)
                pos += len(word) + 1
                self.space_after[pos] = k
        self.text = "".join(parts) + " "

    def token_span(self, first_char: int, last_char: int) -> tuple[int, int] | None:
        """Doc token range of a match between two spaces, if it starts and ends on token edges."""
        first, last = self.space_before.get(first_char), self.space_after.get(last_char)
        if first is None or last is None or not self.starts_token[first] or not self.ends_token[last]:
            return None
        return self.token_of[first], self.token_of[last] + 1


class _Shouting:
    """Whether a sentence is an all-capital headline, worked out only when an acronym needs it."""

    def __init__(self, sent: Span) -> None:
        self.sent = sent
        self.value: bool | None = None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = _is_shouting(self.sent)
        return self.value


def _is_shouting(sent: Span) -> bool:
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 1]
    return bool(words) and sum(w.isupper() for w in words) / len(words) > 0.6


def _written_as(surface: str, span: Span, shouting: _Shouting) -> bool:
    """Case check: acronyms in capitals (not in shouted headlines), proper names capitalised."""
    text = span.text
    if is_acronym(surface):
        letters = [c for c in text if c.isalpha()]
        return not shouting and bool(letters) and all(c.isupper() for c in letters)
    if any(c.isupper() for c in surface):
        first = next((t for t in span if t.lower_ not in {"the", "a", "an"}), span[0])
        return first.text[:1].isupper() or first.text[:1].isdigit()
    return True


def _best_cover(found: Sequence[Match], sent: Span) -> list[Match]:
    """Longest matches first (a leading "the" not counted: "EU Commission" before "the EU"), then by
    kind priority; drop overlaps."""
    taken: set[int] = set()
    kept: list[Match] = []

    def length(m: Match) -> int:
        return m.end - m.start - (sent.doc[m.start].lower_ == "the")

    for match in sorted(found, key=lambda m: (-length(m), KIND_PRIORITY[m.kind], m.start)):
        tokens = set(range(match.start, match.end))
        if tokens & taken:
            continue
        taken |= tokens
        kept.append(match)
    return sorted(kept, key=lambda m: m.start)
