"""What an article tells about its own actors: its main country and organisation, who is who.

Used to resolve bare titles ("the Prime Minister"), bare sector words ("the police") and surnames
("Guterres") through what the rest of the article says.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.actors.names import alias_key, name_rules, name_tokens, parts_agree, skeleton
from eventwire.actors.phrases import Phrase
from eventwire.records import Entity

COUNTRY_CODE_LEN = 3


@dataclass(slots=True)
class ArticleContext:
    """Counts and memories gathered over one article."""

    date: str | None
    countries: Counter[str] = field(default_factory=Counter)
    organisations: Counter[str] = field(default_factory=Counter)
    people: dict[str, tuple[str, Entity]] = field(default_factory=dict)  # skeleton -> (surname, entity)
    family_first: dict[str, tuple[str, Entity]] = field(default_factory=dict)  # "Kim" of "Kim Jong-nam"
    offices: dict[tuple[str, str], Entity] = field(default_factory=dict)  # (owner, office) -> entity
    leaders: list[tuple[int, str]] = field(default_factory=list)  # (token, kb_id): "the US-led coalition"
    described: dict[str, str] = field(default_factory=dict)  # name key -> country: "Russian bank X"
    by_sentence: dict[int, set[str]] = field(default_factory=dict)  # sentence -> the countries it names
    party_owners: dict[int, set[str]] = field(default_factory=dict)  # sentence -> countries owning a party
    named_outright: dict[int, set[str]] = field(default_factory=dict)  # sentence -> countries named otherwise
    shared_owners: dict[int, str] = field(default_factory=dict)  # token -> country: "US jets and helicopters"
    politicians: dict[int, set[str]] = field(default_factory=dict)  # sentence -> its politicians' countries
    not_owners: dict[int, set[str]] = field(default_factory=dict)  # token -> its backers' countries
    settings: dict[str, set[int]] = field(default_factory=dict)  # country -> nouns it only modifies
    enforcers: list[tuple[int, str]] = field(default_factory=list)  # (token, country): "Malaysian police"

    def count_country(self, code: str | None, weight: int = 1, sentence: int | None = None) -> None:
        if (
            code
            and len(code) == COUNTRY_CODE_LEN
            and code.isalpha()
            and code.isupper()
            and code not in ("IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC")
        ):
            self.countries[code] += weight
            if sentence is not None:
                self.by_sentence.setdefault(sentence, set()).add(code)

    def sentence_country(self, sentence: int) -> str | None:
        """The country a sentence speaks of (its places, countries and organisations): the article's main
        country when the sentence names it, else the one country it names; none when it names none or
        several others."""
        named = self.by_sentence.get(sentence, set())
        main = self.dominant_country()
        if main in named:
            return main
        return next(iter(named)) if len(named) == 1 else None

    def note_party_owner(self, code: str | None, sentence: int, owner: bool) -> None:
        """Remember whether a sentence names a country only as the owner of another party ("the Turkish
        authorities", "British aid workers") or also otherwise (a place, the country itself)."""
        if code:
            (self.party_owners if owner else self.named_outright).setdefault(sentence, set()).add(code)

    def private_country(self, sentence: int) -> str | None:
        """The country private people of a sentence belong to (``sentence_country``), but none when the
        sentence names countries only as the owners of other parties, none of them the article's main
        country: "support to the family ... in contact with the Turkish authorities" in a story on Britons
        says nothing of the family's country (round 27). A one-sentence text's only country is its main."""
        named = self.by_sentence.get(sentence, set())
        main = self.dominant_country()
        if main in named:
            return main
        owners_only = self.party_owners.get(sentence, set()) - self.named_outright.get(sentence, set())
        if main is not None and named and named <= owners_only:
            return None  # a story on one country, whose sentence names another's authorities only
        return next(iter(named)) if len(named) == 1 else None

    def speaks_of_other_countries(self, sentence: int) -> bool:
        """Whether a sentence names countries (places, organisations) and not the article's main one."""
        named = self.by_sentence.get(sentence, set())
        return bool(named) and self.dominant_country() not in named

    def note_enforcer(self, token: int, country: str) -> None:
        """Remember the stated country of police or justice officials ("Malaysian police")."""
        self.enforcers.append((token, country))

    def enforcer_country(self, token: int) -> str | None:
        """The country of the police or justice officials named last before ``token`` (``note_enforcer``)."""
        before = [country for start, country in self.enforcers if start < token]
        return before[-1] if before else None

    def note_politician(self, sentence: int, country: str) -> None:
        """Remember the country of a party politician (party, legislature, opposition) a sentence names."""
        self.politicians.setdefault(sentence, set()).add(country)

    def politicians_country(self, sentence: int) -> str | None:
        """The one country of the party politicians a sentence names, if they agree."""
        named = self.politicians.get(sentence, set())
        return next(iter(named)) if len(named) == 1 else None

    def note_setting(self, code: str | None, noun: int) -> None:
        """Remember a country named only as the modifier of a noun that names no party ("the Turkish
        invasion", "the Geneva talks"): the setting or the other side of an act, no owner of its actor."""
        if code:
            self.settings.setdefault(code, set()).add(noun)

    def acted_upon(self, subject: Token, code: str) -> bool:
        """Whether a country is named, in the clause a subject acts in, as the modifier of what it acts on or
        where ("the senator objected to the Turkish invasion", "ministers agreed at the Geneva talks": the
        senator is no Turk, the ministers no Swiss; ``note_setting``)."""
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = subject.head
        for noun in self.settings.get(code, ()):
            ancestors = list(subject.doc[noun].ancestors)
            if verb in ancestors and subject not in ancestors:
                return True
        return False

    def related_countries(self, token: int) -> set[str]:
        """Countries of the actors a relation ties the actor ending at ``token`` to ("rebels backed by Saudi
        Arabia": SAU), which are never its owner by guess (``relations.py``)."""
        return self.not_owners.get(token, set())

    def count_organisation(self, kb_id: str) -> None:
        self.organisations[kb_id] += 1

    def dominant_country(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None

    def remember_person(self, name: str, entity: Entity) -> None:
        """Remember a full-name mention so that later surname-only mentions find it."""
        tokens = name_tokens(name)
        if len(tokens) >= 2:
            self.people.setdefault(skeleton(tokens[-1]), (tokens[-1], entity))
            if entity.country in name_rules().family_name_first:
                self.family_first.setdefault(skeleton(tokens[0]), (tokens[0], entity))

    def person_by_surname(self, name: str) -> Entity | None:
        """The person named in full earlier whose family name this is, spelled alike ("Fall" is
        not "Fill", though both have the skeleton "fl"); "Kim" after "Kim Jong-nam" too."""
        tokens = name_tokens(name)
        if not tokens:
            return None
        key = skeleton(tokens[-1])
        for memory in (self.people, self.family_first):  # a family name written last, then first
            found = memory.get(key)
            if found is not None and parts_agree(tokens[-1], found[0]):
                return found[1]
        return None

    def remember_described(self, name: str, country: str) -> None:
        """Remember the country a name was described with ("Russian state bank X") for its bare mentions."""
        self.described.setdefault(alias_key(name), country)

    def described_country(self, name: str) -> str | None:
        return self.described.get(alias_key(name))

    def remember_office(self, owner: str, office: str, entity: Entity) -> None:
        self.offices.setdefault((owner, office), entity)

    def office_holder(self, owner: str, office: str) -> Entity | None:
        return self.offices.get((owner, office))

    def sole_office_holder(self, office: str) -> Entity | None:
        """The holder of an office the article named for one owner only ("Prime Minister Igor Matovič of
        Slovakia" ... "the Prime Minister"): whom a bare title refers back to; None for none or several."""
        held = [entity for (_, held_office), entity in self.offices.items() if held_office == office]
        return held[0] if len(held) == 1 else None

    def coalition_leader(self, token: int) -> str | None:
        """The leader of the coalition named last before ``token`` (else first after), if any."""
        before = [kb_id for start, kb_id in self.leaders if start < token]
        after = [kb_id for start, kb_id in self.leaders if start >= token]
        return before[-1] if before else after[0] if after else None


@dataclass(slots=True)
class Analysis:
    """An article's phrases with their sentence index, and what the article says about itself."""

    context: ArticleContext
    text: str = ""  # the doc's text (``Doc.text`` rebuilds it from every token on each call)
    sentence_starts: list[int] = field(default_factory=list)  # first token of each sentence
    phrases: list[tuple[int, Phrase]] = field(default_factory=list)
    persons: dict[tuple[int, int], list[Entity]] = field(default_factory=dict)  # phrase tokens -> candidates

    def sentence_of(self, token: int) -> int:
        """Index of the sentence holding a token."""
        return bisect_right(self.sentence_starts, token) - 1
