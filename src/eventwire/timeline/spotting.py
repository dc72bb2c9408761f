"""Spot place mentions in text: capitalised names found in the gazetteer, venues, "the capital".

A spotted mention is not yet accepted nor resolved (places.py does both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.tokens import Doc

from eventwire.nlp.text import doc_text
from eventwire.timeline.first_chars import with_first_chars
from eventwire.timeline.gazetteer import Candidate, Gazetteer, GazetteerEntry, name_key

MAX_NAME_TOKENS = 6
SENTENCE_END_TOKENS = {".", "!", "?", ":", ";", '"', "“", "”", "—", "–", "•", "|"}
ARABIC_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"}
CAPITAL_PHRASE = re.compile(
    r"\b(?:(?P<poss>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)['’]s\s+|(?:[Tt]he)\s+(?:(?P<adj>[A-Z][\w’'-]+)\s+)?)"
    r"capital(?:\s+city)?(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*))?"
    r"(?P<after>\s+[\w’']+)?"
)
CAPITAL_WORD = "capital"  # in every match of CAPITAL_PHRASE, as written
ELIDED_ARTICLE = re.compile(r"[dlDL]['’][A-ZÀ-Þ]")  # "d'Ivoire", "l'Aquila": a name's elided French article


@dataclass(slots=True)
class Token:
    """A word of the text with what the filters need to know about it."""

    text: str
    start: int
    end: int
    sentence_start: bool
    space_before: bool

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class SpottedMention:
    """A stretch of text that may name a place, with the entries it may refer to."""

    start: int
    end: int
    text: str
    source: str  # "name", "venue" or "capital"
    candidates: list[Candidate] = field(default_factory=list)
    token_index: int | None = None  # first token, for names
    token_count: int = 0
    country_hint: str | None = None  # ISO alpha-2 named in the phrase ("the Belgian capital")

    @property
    def key(self) -> str:
        return name_key(self.text)


def without_article(name: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", name)


@lru_cache(maxsize=1)
def blank_tokenizer() -> spacy.language.Language:
    return spacy.blank("en")


def tokens_of(text: str, doc: Doc | None) -> list[Token]:
    """The words of text (from the doc when given, else from spaCy's English tokenizer)."""
    doc = doc if doc is not None and doc_text(doc) == text else blank_tokenizer()(text)
    has_sentences = doc.has_annotation("SENT_START")
    tokens: list[Token] = []
    for i, t in enumerate(doc):
        if t.is_space:
            continue
        previous = doc[i - 1] if i else None
        if has_sentences:
            starts = bool(t.is_sent_start)
        else:
            starts = previous is None or previous.text in SENTENCE_END_TOKENS or "\n" in previous.text_with_ws
        starts = starts or (previous is not None and "\n\n" in text[previous.idx : t.idx])
        space = previous is None or bool(previous.whitespace_) or previous.is_space
        tokens.append(Token(t.text, t.idx, t.idx + len(t.text), starts, space))
    return tokens


class Spotter:
    """Finds every stretch of text that could be a place mention."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.words = gazetteer.words
        self.venue_regex, self.venue_by_alias = self.compile_venues(gazetteer.venues)

    @staticmethod
    def compile_venues(
        venues: list[tuple[str, GazetteerEntry]],
    ) -> tuple[re.Pattern[str], dict[str, GazetteerEntry]]:
        """One regex of all venue names; a leading "the" may precede them but stays outside the mention."""
        by_alias = {without_article(alias).lower(): entry for alias, entry in venues}
        ordered = sorted(by_alias, key=len, reverse=True)
        body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in ordered)
        regex = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
        return with_first_chars(regex), by_alias

    def spot(self, text: str, tokens: list[Token]) -> list[SpottedMention]:
        """Venues, "the capital" phrases and gazetteer names; overlapping ones resolved by that order."""
        chosen: list[SpottedMention] = []
        for mention in [*self.venues(text), *self.capital_phrases(text), *self.names(text, tokens)]:
            if not any(mention.start < c.end and c.start < mention.end for c in chosen):
                chosen.append(mention)
        return sorted(chosen, key=lambda m: m.start)

    # -- venues

    def venues(self, text: str) -> list[SpottedMention]:
        found = []
        for m in self.venue_regex.finditer(text):
            alias = " ".join(m.group(0).lower().split())
            entry = self.venue_by_alias.get(alias)
            if entry is None or not self.capitals_agree(alias, m.group(0)):
                continue
            found.append(SpottedMention(m.start(), m.end(), m.group(0), "venue", [Candidate(entry, True)]))
        return found

    def capitals_agree(self, alias: str, surface: str) -> bool:
        """Words capitalised in the venue table must be capitalised in the text ("the White House")."""
        spelled = next(
            without_article(a) for a, _ in self.gazetteer.venues if without_article(a).lower() == alias
        )
        return all(
            not want[:1].isupper() or got[:1].isupper()
            for want, got in zip(spelled.split(), surface.split(), strict=False)
        )

    # -- "the Belgian capital", "the capital of Belgium", "Iraq's capital", "the capital"

    def capital_phrases(self, text: str) -> list[SpottedMention]:
        found: list[SpottedMention] = []
        if CAPITAL_WORD not in text:  # no match can be found (a substring test is far cheaper)
            return found
        for m in CAPITAL_PHRASE.finditer(text):
            after = (m.group("after") or "").strip().lower()
            if after in self.words.capital_not_followed_by:
                continue
            named = m.group("adj") or m.group("poss") or m.group("of")
            iso2 = self.gazetteer.country_of_word(named) if named else None
            if named and iso2 is None:
                continue
            end = m.end("after") - len(m.group("after")) if m.group("after") else m.end()
            surface = text[m.start() : end]
            found.append(SpottedMention(m.start(), end, surface, "capital", country_hint=iso2))
        return found

    # -- gazetteer names in runs of capitalised words

    def names(self, text: str, tokens: list[Token]) -> list[SpottedMention]:
        found = []
        for run in self.capitalised_runs(tokens):
            i = 0
            while i < len(run):
                mention = self.longest_name(text, tokens, run, i)
                if mention is None:
                    i += 1
                else:
                    i += mention.token_count
                    found.append(self.without_leading_article(mention, tokens))
        return found

    @staticmethod
    def without_leading_article(mention: SpottedMention, tokens: list[Token]) -> SpottedMention:
        """Leave "The" of "The United States" out of the mention (kept for "The Hague")."""
        first = tokens[mention.token_index or 0]
        if first.text not in ("The", "the") or mention.token_count < 2:
            return mention
        if any(c.entry.name.lower().startswith("the ") for c in mention.candidates):
            return mention
        second = tokens[(mention.token_index or 0) + 1]
        mention.start, mention.text = second.start, mention.text[second.start - first.start :]
        mention.token_index = (mention.token_index or 0) + 1
        mention.token_count -= 1
        return mention

    def capitalised_runs(self, tokens: list[Token]) -> list[list[int]]:
        """Index runs of tokens that can form a name: capitalised words, connectors and inner hyphens."""
        runs: list[list[int]] = []
        current: list[int] = []
        for i in range(len(tokens)):
            if self.can_join(tokens, i, current):
                current.append(i)
                continue
            if current:
                runs.append(self.trim(tokens, current))
            current = [i] if self.can_start(tokens, i) else []
        if current:
            runs.append(self.trim(tokens, current))
        return [r for r in runs if r]

    def can_start(self, tokens: list[Token], i: int) -> bool:
        token = tokens[i]
        if token.capitalised and any(ch.isalpha() for ch in token.text):
            return True
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return (
            token.text.lower() in ARABIC_ARTICLES
            and nxt is not None
            and nxt.text == "-"
            and not nxt.space_before
        )

    def can_join(self, tokens: list[Token], i: int, current: list[int]) -> bool:
        if not current:
            return False
        token = tokens[i]
        if token.sentence_start:
            return False
        if token.text == "-" or tokens[current[-1]].text == "-":
            return not token.space_before
        if token.text.lower() in self.words.connectors and not token.capitalised:
            return True
        if ELIDED_ARTICLE.match(token.text):
            return True  # "Côte d'Ivoire", "Val d'Oise"
        if token.text in ("'s", "’s"):  # inside a name only between capitals: "People's Republic of China"
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            return nxt is not None and nxt.capitalised and tokens[current[-1]].capitalised
        return self.can_start(tokens, i)

    def trim(self, tokens: list[Token], run: list[int]) -> list[int]:
        while run and (tokens[run[-1]].text == "-" or tokens[run[-1]].text.lower() in self.words.connectors):
            if tokens[run[-1]].capitalised and tokens[run[-1]].text != "-":
                break
            run = run[:-1]
        return run

    def longest_name(self, text: str, tokens: list[Token], run: list[int], i: int) -> SpottedMention | None:
        first = tokens[run[i]]
        if not first.capitalised and first.text.lower() not in ARABIC_ARTICLES:
            return None
        for j in range(min(len(run), i + MAX_NAME_TOKENS) - 1, i - 1, -1):
            last = tokens[run[j]]
            if last.text == "-" or (not last.capitalised and last.text.lower() in self.words.connectors):
                continue
            surface = text[first.start : last.end]
            candidates = self.gazetteer.candidates(surface)
            if candidates:
                return SpottedMention(
                    first.start,
                    last.end,
                    surface,
                    "name",
                    list(candidates),
                    token_index=run[i],
                    token_count=j - i + 1,
                )
        return None
