"""Accept and resolve spotted place mentions: gazetteer.find_places.

Accept: a name is dropped when it is part of another name ("Iraq News", "University of California",
"Michael Jordan"), when the doc's entities say it is a person or an organisation, and when it is a
common word ("Mobile", "Reading", "Nice", "Of") without strong evidence of being a place.
Resolve: "the state of X" / "X state" keeps X's division readings, and a name listed beside others
("Alabama, Georgia and Wyoming") the readings of the kind its neighbours got (place_lists.py); then a
country name is the country; "X, Y" keeps the readings of X inside Y ("Paris, Texas"); "X, the capital
of Y" keeps those in Y; otherwise population, capitals, the primary name and the countries and
divisions named elsewhere in the text decide.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from eventwire.ingest import storable
from eventwire.records import Place
from eventwire.timeline.gazetteer import Candidate, Gazetteer, GazetteerEntry, lies_in
from eventwire.timeline.place_lists import Kind, kind_of, list_kinds, list_runs
from eventwire.timeline.spotting import SpottedMention, Spotter, Token, tokens_of
from eventwire.timeline.vocab import load_vocabulary

NOT_PLACE_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "NORP", "LANGUAGE"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
LOCATIVE_WORDS = {
    "in",
    "at",
    "near",
    "from",
    "to",
    "outside",
    "inside",
    "across",
    "around",
    "into",
    "toward",
    "towards",
}
CAPITAL_OF_AFTER = re.compile(
    r"^\s*,\s*(?:the\s+)?(?:(?P<adj>[A-Z][\w’'-]+)\s+)?capital(?:\s+city)?(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*))?"
)


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    label: str


class PlaceFinder:
    """Spot, accept and resolve the place mentions of one text."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.words = gazetteer.words
        self.spotter = spotter_for(gazetteer)

    def find(self, text: str, doc: Doc | None = None) -> list[Place]:
        tokens = tokens_of(text, doc)
        entities = [Entity(e.start_char, e.end_char, e.label_) for e in doc.ents] if doc is not None else None
        spotted = self.spotter.spot(text, tokens)
        accepted = [m for m in spotted if self.accept(m, text, tokens, entities)]
        return self.resolve_all(accepted, text)

    # -- accepting

    def accept(
        self, mention: SpottedMention, text: str, tokens: list[Token], entities: list[Entity] | None
    ) -> bool:
        if mention.source != "name":
            return True
        if self.is_foreign_acronym(mention) or mention.text in self.words.generic_words:
            return False
        if self.inside_other_name(mention, tokens):
            return False
        if entities is not None and self.entity_says_not_place(mention, entities):
            return False
        if self.is_common_word(mention, tokens):
            return self.strong_place_evidence(mention, text, tokens, entities)
        return True

    def inside_other_name(self, mention: SpottedMention, tokens: list[Token]) -> bool:
        """ "Iraq News", "Washington Post", "University of California", "Michael Jordan"."""
        first = mention.token_index or 0
        last = first + mention.token_count - 1
        if not self.names_facility_site(mention, tokens, last) and self.followed_by_more_name(
            mention, tokens, last
        ):
            return True
        before = tokens[first - 1] if first >= 1 else None
        if before is None or tokens[first].sentence_start:
            return False
        if before.text == "of" and first >= 2 and tokens[first - 2].text in self.words.name_heads_before_of:
            return True
        return (
            before.capitalised
            and before.text.isalpha()
            and before.text.lower() not in STOP_WORDS
            and before.text not in self.words.place_prefixes
            and self.gazetteer.country_of_word(before.text) is None
            and not self.gazetteer.has(before.text.lower())
        )

    def followed_by_more_name(self, mention: SpottedMention, tokens: list[Token], last: int) -> bool:
        """ "Iraq News", "Washington Post", "Michael Jordan": the words after make it part of another name."""
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if (
            after is not None
            and not after.sentence_start
            and after.capitalised
            and after.text in self.words.name_suffixes
        ):
            return True
        if self.heads_of_phrase(mention, tokens, last) or self.is_prefix_of_name(mention, tokens, last):
            return True
        return self.followed_by_name(mention, tokens, last)

    def names_facility_site(self, mention: SpottedMention, tokens: list[Token], last: int) -> bool:
        """ "Baghdad International Airport", "Lviv Central Station": a city before the facility named after it
        is its site."""
        if not any(c.entry.feature == "city" for c in mention.candidates):
            return False
        for token in tokens[last + 1 : last + 4]:
            if token.sentence_start or not token.space_before:
                return False
            if token.text in self.words.sited_facilities:
                return True
            if token.text not in self.words.facility_qualifiers:
                return False
        return False

    def is_foreign_acronym(self, mention: SpottedMention) -> bool:
        """ "UN", "FAO": short words in capitals that the tables do not write in capitals."""
        letters = re.sub(r"^[Tt]he\s+", "", mention.text).replace(".", "")
        return (
            letters.isupper()
            and len(letters) <= self.words.max_acronym_length
            and mention.key not in self.gazetteer.acronyms
        )

    def followed_by_name(self, mention: SpottedMention, tokens: list[Token], last: int) -> bool:
        """ "Nelson Mandela", "Julia Gillard": a one-word city right before another capitalised word."""
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if mention.token_count != 1 or after is None or after.sentence_start or not after.space_before:
            return False
        if not after.capitalised or not after.text.isalpha() or after.text.lower() in STOP_WORDS:
            return False
        if self.is_calendar_word(after.text):
            return False
        return not any(c.entry.feature in ("country", "region") for c in mention.candidates)

    @staticmethod
    def is_calendar_word(word: str) -> bool:
        vocab = load_vocabulary()
        return word.lower() in vocab.months or word.lower() in vocab.weekdays

    def heads_of_phrase(self, mention: SpottedMention, tokens: list[Token], last: int) -> bool:
        """ "University of California": a city name followed by "of" and a capitalised word."""
        if last + 2 >= len(tokens) or self.is_country_or_admin(mention):
            return False
        return tokens[last + 1].text == "of" and tokens[last + 2].capitalised

    def is_prefix_of_name(self, mention: SpottedMention, tokens: list[Token], last: int) -> bool:
        """ "Northern" of "Northern Iraq" is no place of its own."""
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        return (
            mention.token_count == 1
            and mention.text in self.words.place_prefixes
            and after is not None
            and after.capitalised
            and after.space_before
        )

    @staticmethod
    def is_country_or_admin(mention: SpottedMention) -> bool:
        return any(c.entry.feature in ("country", "admin") for c in mention.candidates)

    def entity_says_not_place(self, mention: SpottedMention, entities: list[Entity]) -> bool:
        for e in entities:
            if e.start >= mention.end or mention.start >= e.end:
                continue
            if e.label in PLACE_LABELS:
                return False
            longer = e.start < mention.start or e.end > mention.end
            if e.label in NOT_PLACE_LABELS and longer:
                return True
            if e.label == "PERSON" and not self.is_country_or_admin(mention):
                return True
        return False

    def is_common_word(self, mention: SpottedMention, tokens: list[Token]) -> bool:
        """A one-word name that is also an ordinary word, a month or a weekday ("Mobile", "March")."""
        return mention.token_count == 1 and (
            mention.key in self.words.stoplist or self.is_calendar_word(mention.text)
        )

    def strong_place_evidence(
        self, mention: SpottedMention, text: str, tokens: list[Token], entities: list[Entity] | None
    ) -> bool:
        """A common word counts as a place only inside a sentence and after "in"/"at"… or before ", Texas"."""
        index = mention.token_index or 0
        if tokens[index].sentence_start:
            return False
        if self.comma_container(mention, text) is not None:
            return True
        if self.is_calendar_word(mention.text):
            return False
        if entities is not None and not any(
            e.label in PLACE_LABELS and e.start == mention.start and e.end == mention.end for e in entities
        ):
            return False
        previous = tokens[index - 1].text.lower() if index >= 1 else ""
        return previous in LOCATIVE_WORDS

    # -- resolving

    def resolve_all(self, mentions: list[SpottedMention], text: str) -> list[Place]:
        context = self.context_countries(mentions)
        admins = self.context_admins(mentions)
        divisions = self.listed_as_divisions(mentions, text)
        mentions = [
            self.narrowed(m, i in divisions or self.named_as_division(m, text), None)
            for i, m in enumerate(mentions)
        ]
        entries = self.resolve_each(mentions, text, context, admins)
        kinds = list_kinds(mentions, entries, text)
        if kinds:
            mentions = [self.narrowed(m, False, kinds.get(i)) for i, m in enumerate(mentions)]
            entries = self.resolve_each(mentions, text, context, admins)
        return [
            entry.to_place(mention.text, (mention.start, mention.end))
            for mention, entry in zip(mentions, entries, strict=True)
            if entry is not None
        ]

    def resolve_each(
        self,
        mentions: list[SpottedMention],
        text: str,
        context: Counter[str],
        admins: set[tuple[str | None, str | None]],
    ) -> list[GazetteerEntry | None]:
        entries: list[GazetteerEntry | None] = []
        last_country: str | None = None
        for mention in mentions:
            entry = self.resolve(mention, text, context, admins, last_country)
            entries.append(entry)
            if entry is not None:
                last_country = entry.iso2 or last_country
        return entries

    @staticmethod
    def narrowed(mention: SpottedMention, division: bool, kind: Kind | None) -> SpottedMention:
        """The mention with only its division readings (division) or those of kind (all when none fits)."""
        kept = mention.candidates
        if division:
            kept = [c for c in kept if c.entry.feature == "admin"] or kept
        if kind is not None:
            kept = [c for c in kept if kind_of(c.entry) == kind] or kept
        return mention if len(kept) == len(mention.candidates) else replace(mention, candidates=kept)

    def listed_as_divisions(self, mentions: list[SpottedMention], text: str) -> set[int]:
        """The names of a list followed by a division word in the plural ("in the Amur, Irkutsk and
        Saratov regions", "Damascus and Latakia provinces")."""
        plurals = {word + "s" for word in self.words.division_words}
        found: set[int] = set()
        for run in list_runs(mentions, text, shortest=2):
            after = re.match(r"\s+(\w+)", text[mentions[run[-1]].end : mentions[run[-1]].end + 30])
            if after and after.group(1) in plurals:
                found.update(run)
        return found

    def named_as_division(self, mention: SpottedMention, text: str) -> bool:
        """ "the state of Georgia", "the province of X", "Washington state"."""
        words = self.words.division_words
        before = re.search(r"(\w+)\s+of\s+(?:the\s+)?$", text[max(0, mention.start - 40) : mention.start])
        after = re.match(r"\s+(\w+)\b(?!\s+[A-Z])", text[mention.end : mention.end + 30])
        return bool((before and before.group(1).lower() in words) or (after and after.group(1) in words))

    def context_countries(self, mentions: list[SpottedMention]) -> Counter[str]:
        """Countries named without ambiguity in the text (countries, divisions, large cities), counted."""
        counts: Counter[str] = Counter()
        for m in mentions:
            entries = [c.entry for c in m.candidates]
            countries = {e.iso2 for e in entries if e.feature in ("country", "admin", "venue")}
            if len(countries) == 1:
                counts[countries.pop()] += 1
            elif len({e.iso2 for e in entries}) == 1 and entries:
                counts[entries[0].iso2] += 1
            elif m.country_hint:
                counts[m.country_hint] += 1
        return counts

    @staticmethod
    def context_admins(mentions: list[SpottedMention]) -> set[tuple[str | None, str | None]]:
        return {
            (c.entry.iso2, c.entry.admin1_code)
            for m in mentions
            for c in m.candidates
            if c.entry.feature == "admin" and c.primary
        }

    def resolve(
        self,
        mention: SpottedMention,
        text: str,
        context: Counter[str],
        admins: set[tuple[str | None, str | None]],
        last_country: str | None,
    ) -> GazetteerEntry | None:
        if mention.source == "capital":
            iso2 = mention.country_hint or last_country or (context.most_common(1)[0][0] if context else None)
            return self.gazetteer.capital_of(iso2) if iso2 else None
        candidates = list(mention.candidates)
        if not candidates:
            return None
        countries = [c for c in candidates if c.entry.feature == "country"]
        if countries:
            return max(countries, key=lambda c: (c.primary, c.entry.population)).entry
        candidates = self.drop_eponymous_divisions(candidates)
        container = self.comma_container(mention, text)
        if container is not None:
            inside = [c for c in candidates if lies_in(c.entry, container) and c.entry != container]
            candidates = inside or candidates
        elif mention.key in self.gazetteer.preferred:
            preferred = self.preferred_entry(mention, candidates)
            if preferred is not None:
                return preferred
        capital_of = self.capital_apposition(mention, text)
        if capital_of is not None:
            inside = [c for c in candidates if c.entry.iso2 == capital_of]
            candidates = sorted(inside, key=lambda c: not c.entry.capital) or candidates
        return max(candidates, key=lambda c: self.score(c, context, admins)).entry

    @staticmethod
    def drop_eponymous_divisions(candidates: list[Candidate]) -> list[Candidate]:
        """ "Basra", "Kirkuk": a division named like a large city inside it means the city."""
        cities = [c.entry for c in candidates if c.entry.feature == "city" and c.entry.population >= 100_000]
        # (a city known here only by an alternate name still counts: "Basra" for GeoNames' "Basrah")
        kept = [
            c
            for c in candidates
            if not (c.entry.feature == "admin" and any(lies_in(city, c.entry) for city in cities))
        ]
        return kept or candidates

    def preferred_entry(self, mention: SpottedMention, candidates: list[Candidate]) -> GazetteerEntry | None:
        spec = self.gazetteer.preferred[mention.key]
        if "country" in spec and "city" not in spec:
            country = self.gazetteer.countries.get(spec["country"])
            return country if any(c.entry == country for c in candidates) else None
        matching = [
            c.entry
            for c in candidates
            if c.entry.iso2 == spec.get("country")
            and c.entry.name == spec.get("city")
            and (spec.get("admin1") is None or c.entry.admin1_code == spec["admin1"])
        ]
        return max(matching, key=lambda e: e.population) if matching else None

    @staticmethod
    def score(
        candidate: Candidate, context: Counter[str], admins: set[tuple[str | None, str | None]]
    ) -> float:
        entry = candidate.entry
        score = math.log10(entry.weight + 10)
        score += 1.5 if candidate.primary else 0.0
        score += 1.0 if entry.capital else 0.0
        score += 2.0 * min(context.get(entry.iso2 or "", 0), 2) / 2 if entry.iso2 else 0.0
        score += 2.0 if entry.feature == "city" and (entry.iso2, entry.admin1_code) in admins else 0.0
        if entry.feature == "admin" and candidate.primary:
            score += 0.5
        return score

    def comma_container(self, mention: SpottedMention, text: str) -> GazetteerEntry | None:
        """The division or country named right after "X," ("Paris, Texas"; "Pandi, Bulacan")."""
        m = re.match(
            r",\s*((?:[A-Z][\w’'.-]*)(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'.-]*){0,3})", text[mention.end :]
        )
        if not m:
            return None
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            found = [
                c.entry
                for c in self.gazetteer.candidates(" ".join(words[:n]))
                if c.entry.feature in ("country", "admin") and c.primary
            ]
            if found:
                own = [e for e in found if any(lies_in(c.entry, e) for c in mention.candidates)]
                chosen = own or found
                return max(chosen, key=lambda e: (e.feature == "country", e.population))
        return None

    def capital_apposition(self, mention: SpottedMention, text: str) -> str | None:
        """ISO alpha-2 of Y in "X, the capital of Y" / "X, the Belgian capital"."""
        m = CAPITAL_OF_AFTER.match(text[mention.end :])
        if not m:
            return None
        named = m.group("adj") or m.group("of")
        return self.gazetteer.country_of_word(named) if named else None


_SPOTTERS: dict[int, Spotter] = {}


def spotter_for(gazetteer: Gazetteer) -> Spotter:
    """One compiled spotter per gazetteer."""
    key = id(gazetteer)
    if key not in _SPOTTERS:
        _SPOTTERS[key] = Spotter(gazetteer)
    return _SPOTTERS[key]


def find_places(gazetteer: Gazetteer, text: str, doc: Doc | None = None) -> list[Place]:
    """Place mentions of text, resolved, in text order (doc: its entities guide what counts)."""
    return PlaceFinder(gazetteer).find(storable(text or ""), doc)  # spaCy's matchers refuse lone surrogates
