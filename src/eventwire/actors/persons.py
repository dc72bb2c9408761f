"""People: KB persons a name can be, weighed by what the text says; unknown people kept as they are."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from eventwire.actors.context import Analysis, ArticleContext
from eventwire.actors.grammar import grammar
from eventwire.actors.kb import Candidate, KnowledgeBase
from eventwire.actors.matching import NameMatch
from eventwire.actors.names import alias_key, hypocoristic, name_tokens
from eventwire.actors.owners import Owner, OwnerFinder, body_sectors, staff_sectors
from eventwire.actors.phrases import Phrase
from eventwire.actors.pieces import Piece
from eventwire.actors.places import city_country
from eventwire.actors.titles import Title
from eventwire.records import Entity

ACCEPT = 0.75  # a KB person below this score is not taken without an unknown-person alternative first
ACCEPT_CLEAR = 0.62  # ... or a leader at this score, leading the next candidate by CLEAR_MARGIN
CLEAR_MARGIN = 0.1
LEADER_PROMINENCE = 0.96  # prominence of heads of state, government and organisations (offices.yaml 1-3)
SENIOR_PROMINENCE = 0.92  # … down to foreign, defence and interior ministers (offices.yaml rank 5)
EXACT_SURNAME = 0.8  # name-match score of a family name spelled exactly as in the KB
SHARED_COUNTRY_MARGIN = 0.1  # KB persons this close to the best name match must agree on the country
UNKNOWN_PERSON = 0.6  # score of a person the KB does not know, country from the text
UNKNOWN_GUESSED = 0.45  # … country only from the article's main country
KEEP = 0.45  # candidates below this score are dropped
MAX_CANDIDATES = 5
STAFF_TITLE_SECTORS = frozenset(
    {"GOV", "JRN"}
)  # a generic office title's (a "spokesman" is JRN in the terms)


class PersonResolver:
    """Resolves the person of a phrase ("Egyptian Foreign Minister Sameh Shoukry", "Guterres")."""

    def __init__(self, kb: KnowledgeBase, owners: OwnerFinder) -> None:
        self.kb = kb
        self.owners = owners

    def is_place_name(self, doc: Doc, phrase: Phrase, ctx: ArticleContext) -> bool:
        """A lone "person" the NER found that is a city's name ("Tal Afar", "Kirkuk") used as a
        place, or no leader's name in the KB or anyone's in the article; or a people's name ("Arab")."""
        person = phrase.person
        if person is None or len(phrase.all_pieces) > 1 or person.label in ("TITLED", "SURNAME"):
            return False
        text = doc[person.start : person.end].text
        if text.lower() in grammar().people_words:
            return True
        if person.end - person.start > 1:
            full = self.kb.names.match(text, allow_surname=False)
            return city_country(text) is not None and not any(m.score >= EXACT_SURNAME for m in full)
        if city_country(text) is None or ctx.person_by_surname(text) is not None:
            return False
        before = doc[person.start - 1].lower_ if person.start > 0 else ""
        token = doc[person.start]
        if before in grammar().location_prepositions:  # "near Goma", "in Kirkuk"
            return True
        if token.dep_ == "compound" and token.head.lower_ in grammar().location_followers:
            return True  # "the northern Hama countryside"
        return not self._city_namesake_leads(text, ctx)

    def _city_namesake_leads(self, city: str, ctx: ArticleContext) -> bool:
        """Whether a one-word city name ("Douma", "Hama") is, spelled exactly, the family name of a leader
        in office then: only such a namesake makes the word a person; a look-alike ("Doma", "Khama") or a
        former holder does not (round 19: "shelled Douma" was a former Nigerian governor)."""
        key = alias_key(city)
        for match in self.kb.names.match(city):
            if match.score < EXACT_SURNAME or alias_key(self.kb.entities[match.kb_id].name).split()[-1:] != [
                key
            ]:
                continue
            st = self.kb.standing(match.kb_id, ctx.date)
            if (
                st.status in ("active", "undated")
                and self.kb.prominence(match.kb_id, ctx.date) >= LEADER_PROMINENCE
            ):
                return True
        return False

    def names_a_person(self, doc: Doc, piece: Piece, ctx: ArticleContext) -> bool:
        """An unknown name the NER took for an organisation but the article uses for a person."""
        text = doc[piece.start : piece.end].text
        tokens = name_tokens(text)
        if len(tokens) == 1:
            if ctx.person_by_surname(text) is not None:
                return True
            if city_country(text) is not None:  # "the Hama provinces": no "Khama" unless a leader bears it
                return self._city_namesake_leads(text, ctx)
            return (
                not text.isupper()
                and not self.kb.aliases.get(alias_key(text))
                and any(
                    self.kb.prominence(m.kb_id, ctx.date) >= LEADER_PROMINENCE
                    or self._in_senior_office(m.kb_id, ctx.date)
                    for m in self.kb.names.match(text)
                )
            )
        return any(
            m.how == "full" and m.score >= 0.95 for m in self.kb.names.match(text, allow_surname=False)
        )

    # ------------------------------------------------------------------ offices and descriptions

    def candidates(self, doc: Doc, phrase: Phrase, analysis: Analysis) -> list[Entity]:
        cached = analysis.persons.get((phrase.start, phrase.end))
        if cached is not None:
            return [copy_entity(e) for e in cached]
        ctx = analysis.context
        piece = phrase.person
        assert piece is not None
        name = doc[piece.start : piece.end].text
        owner = self.owners.of_phrase(doc, phrase) or self.owners.company_of_phrase(doc, phrase)
        title = phrase.title.title if phrase.title is not None else None
        descriptor = phrase.descriptor
        title_text = doc[descriptor.start : descriptor.end].text if descriptor is not None else None
        body = self._international_office(doc, phrase, title)
        owner = body or owner
        known = ctx.person_by_surname(name) if len(name_tokens(name)) == 1 else None
        scored: list[Entity] = []
        if known is not None:
            scored.append(copy_entity(known, score=min(1.0, known.score + 0.05)))
        for cand in self._kb_candidates(name, phrase):
            entity = self.kb.entities[cand.kb_id]
            if entity.kind != "person" or (known is not None and cand.kb_id == known.kb_id):
                continue
            record = self.kb.entity_record(cand.kb_id, ctx.date, mention=name, score=cand.score)
            fit = self._person_fit(cand.kb_id, owner if body is None else None, title, ctx)
            record.score = round(min(1.0, record.score * fit), 4)
            self._align_role(record, cand.kb_id, title, owner, ctx.date)
            if body is not None and record.country != body.country:  # "U.N. mediator X": the UN's official
                record.country, record.sectors = body.country, list(title.sectors if title else ("GOV",))
                record.role = title_text
            if phrase.former:  # "former Prime Minister X", "the then president, X": the text says so
                _mark_former(record, title_text)
            if known is not None:
                record.score = round(record.score * 0.8, 4)
            if record.score >= KEEP:
                scored.append(record)
        scored.sort(key=lambda e: -e.score)
        scored = scored[:MAX_CANDIDATES]
        leader = (
            bool(scored)
            and scored[0].kb_id is not None
            and (self.kb.prominence(scored[0].kb_id, ctx.date) >= LEADER_PROMINENCE)
        )
        if not _accepted(scored, leader):
            sentence = analysis.sentence_of(phrase.start)
            unknown = self._unknown_person(doc, name, owner, title_text, phrase, ctx, sentence)
            scored.insert(0, unknown)
        analysis.persons[(phrase.start, phrase.end)] = scored
        best = scored[0]
        if best.country and best.score >= UNKNOWN_PERSON and set(best.sectors) & _politician_sectors():
            ctx.note_politician(analysis.sentence_of(phrase.start), best.country)
        if len(name_tokens(name)) >= 2:
            ctx.remember_person(name, best)
        if best.kb_id is not None and best.country:
            ctx.count_country(best.country)
        if title is not None and owner is not None and owner.kb_id is not None:
            ctx.remember_office(owner.kb_id, title.office, best)
        if best.kb_id is not None:
            for role in self.kb.entities[best.kb_id].roles:
                fits = title.office == role.office if title is not None else ctx.date is not None
                if fits and role.office and role.of and (ctx.date is None or role.active_on(ctx.date)):
                    ctx.remember_office(role.of, role.office, best)
        return [copy_entity(e) for e in scored]

    def _kb_candidates(self, name: str, phrase: Phrase) -> list[Candidate]:
        """The KB's candidates for a person's name. Round 21: a one-word name with no title that is mostly a
        given name ("I congratulate Paul") stands for no KB person bearing it as a family name (it was Haiti's
        former prime minister), and a pet name alone ("Charlie said") for no KB person at all."""
        if self._pet_name_alone(name, phrase):
            return []
        return self.kb.candidates(name, allow_surname=not self._given_name_alone(name, phrase))

    @staticmethod
    def _legislator(descriptor) -> bool:
        """Whether a person's title is a legislator's ("the MP", "Senator"; ``constituency_sectors``)."""
        sectors = descriptor.sectors if descriptor is not None else ()
        return any(s.lower() in grammar().constituency_sectors for s in sectors)

    def _pet_name_alone(self, name: str, phrase: Phrase) -> bool:
        """A pet name with no title ("Charlie said")."""
        return phrase.descriptor is None and hypocoristic(name)

    def _given_name_alone(self, name: str, phrase: Phrase) -> bool:
        """A one-word name with no title that is mostly a given name ("Paul")."""
        tokens = name_tokens(name)
        return len(tokens) == 1 and phrase.descriptor is None and self.kb.names.mostly_given_name(tokens[0])

    def _international_office(self, doc: Doc, phrase: Phrase, title: Title | None) -> Owner | None:
        """The intergovernmental body whose official the phrase names ("U.N. mediator X", "EU Commissioner
        X", "X, the UN Emergency Relief Coordinator"): an office of ``igo_official_offices`` owned by a body
        of the IGO family. Such a person is coded with the body, not their nationality (PLOVER manual)."""
        if title is None or phrase.former or title.office not in grammar().igo_official_offices:
            return None
        return self.owners.international_of_phrase(doc, phrase)

    def owned(self, doc: Doc, phrase: Phrase, analysis: Analysis) -> list[Entity]:
        """ "The Bush administration", "the Assad regime": the person's country, with the sector."""
        owned = phrase.owned
        assert owned is not None
        person = self.candidates(doc, Phrase(phrase.pieces, list(phrase.owners_after)), analysis)[0]
        person_name = doc[phrase.person.start : phrase.person.end].text if phrase.person else ""
        guessed = person.kb_id is None and (person.country is None or person.score <= UNKNOWN_GUESSED)
        guessed = guessed and "GOV" in owned.sectors  # an administration, not "Bishop X's family"
        code = (self._leaders_country(person_name) if guessed else None) or person.country
        if code is None:
            return []
        name = self.kb.entities[code].name if code in self.kb.entities else code
        sectors = [s for s in owned.sectors if s != "INHERIT"] or ["GOV"]
        text = doc[phrase.start : phrase.end].text
        return [
            Entity(
                name=name,
                mention=text,
                kb_id=code if code in self.kb.entities else None,
                country=code,
                sectors=sectors,
                score=round(0.9 * person.score, 4),
            )
        ]

    def _not_owner(self, doc: Doc, phrase: Phrase, country: str | None, related: set[str]) -> bool:
        """Whether the sentence ties the country to the person otherwise than as theirs: a relation ("a
        protege of Qatar"), a posting ("the ambassador to Cyprus") or a trip ("during a US lecture tour")."""
        return (
            country in related
            or country in self.owners.posted_to(doc, phrase)
            or country in self.owners.trip_destinations(doc, phrase.start)
        )

    def _leaders_country(self, name: str) -> str | None:
        """The one country of the KB's leaders of that name, whenever they led ("the Obama administration"
        in a 2024 article: round 21, the unknown "Obama" took the article's country): an administration or
        a regime is named after a head of state or government, in or out of office on the article's day."""
        countries = {
            self.kb.entities[m.kb_id].country
            for m in self.kb.names.match(name)
            if self.kb.prominence(m.kb_id, None) >= LEADER_PROMINENCE
        }
        return countries.pop() if len(countries) == 1 else None

    def _align_role(
        self, record: Entity, kb_id: str, title: Title | None, owner: Owner | None, day: str | None
    ) -> None:
        """Show the role the text names ("Foreign Minister X") when the person held it then."""
        office = title.office if title is not None else None
        if office is None:
            return
        roles = [
            r
            for r in self.kb.entities[kb_id].roles
            if r.office == office
            and (owner is None or owner.kb_id in (r.of, r.country) or owner.country == r.country)
            and (day is None or r.active_on(day))
        ]
        if roles:  # the holder's own country's first (a monarch of several realms), then the latest
            home = self.kb.entities[kb_id].country
            role = max(roles, key=lambda r: (r.country == home, r.start or ""))
            record.role, record.country, record.sectors = role.title, role.country, list(role.sectors)

    def _person_fit(self, kb_id: str, owner: Owner | None, title: Title | None, ctx: ArticleContext) -> float:
        """How well a KB person fits what the text says (title, owner, the article's country)."""
        st = self.kb.standing(kb_id, ctx.date)
        entity = self.kb.entities[kb_id]
        factor = 1.0
        office = title.office if title is not None else None
        if office is not None:
            holds = any(
                r.office == office and (ctx.date is None or r.active_on(ctx.date)) for r in entity.roles
            )
            factor *= 1.2 if holds else 0.85
        if owner is not None and owner.country:
            countries = {entity.country, *(r.country for r in entity.roles)}
            factor *= (
                1.1 if (owner.country in countries or owner.kb_id in {r.of for r in entity.roles}) else 0.7
            )
        dominant = ctx.dominant_country()
        if dominant and st.country == dominant:
            factor *= 1.05
        factor *= self.kb.prominence(kb_id, ctx.date)
        if st.status == "before":
            factor *= 0.8
        return factor

    def _unknown_person(
        self,
        doc: Doc,
        name: str,
        owner: Owner | None,
        title_text: str | None,
        phrase: Phrase,
        ctx: ArticleContext,
        sentence: int,
    ) -> Entity:
        """A person the KB does not know, with the country and sector the text gives."""
        descriptor, former = phrase.descriptor, phrase.former
        known = ctx.person_by_surname(name) if len(name_tokens(name)) == 1 else None
        if known is not None and known.kb_id is None:
            return copy_entity(known)
        title = descriptor.title if descriptor is not None else None
        related = ctx.related_countries(phrase.start if phrase.person is None else phrase.person.end - 1)
        if owner is None and phrase.person is not None:  # "X, 24, from Leeds"
            owner = self.owners.home_town(doc, phrase.person.end) or self.owners.served_country(
                doc, phrase.person.end
            )  # "X, an adviser to Iran's supreme leader"
        if owner is None and self._legislator(descriptor):  # "X, the MP for Grantham"
            owner = self.owners.constituency(doc, phrase.end)
        if owner is None and title is not None and title.scope == "sole":
            owner = self._sole_office_state(title)  # "Pope X" in an article on a visit to Italy
        if owner is None and title is not None and title.scope == "national":
            owner = self.owners.from_context(ctx)  # "President X" in an article about one country
        if owner is None and not self._pet_name_alone(name, phrase):
            owner = self._shared_country(name, ctx)
        if owner is None:
            owner = self._described_earlier(name, ctx)
        guessed = owner is None
        if guessed:
            owner = self.owners.for_unplaced_name(ctx, sentence)  # a person the text says nothing else of
        elif owner is not None and owner.kind == "company" and owner.country is None:
            placed = self.owners.for_unplaced_name(ctx, sentence)  # an unknown company's: placed as it is
            owner = replace(owner, country=placed.country if placed else None)
        if owner is not None and owner.inferred and self._not_owner(doc, phrase, owner.country, related):
            owner = None  # "X, a protege of Qatar", "the ambassador to Cyprus, X": that country is not X's
        if (
            owner is not None
            and owner.inferred
            and owner.country
            and ctx.acted_upon(doc[phrase.end - 1], owner.country)
        ):
            owner = None  # "Senator X condemned the Turkish attack": not a Turk
        sectors = [s for s in (descriptor.sectors if descriptor is not None else ()) if s != "INHERIT"]
        lent = phrase.lent_sectors(descriptor) if descriptor is not None else ()
        if lent:  # "Parliament President X": the body's sector, not the title's
            sectors = list(lent)
        if descriptor is not None and "INHERIT" in descriptor.sectors and owner is not None:
            sectors = list(owner.sectors) if owner.kind in ("group", "org") and owner.sectors else ["GOV"]
        if owner is not None and owner.kind == "group" and owner.sectors:
            sectors = list(owner.sectors)
        elif descriptor is not None and descriptor.kind == "TITLE" and not lent:  # "Garda Commissioner X"
            sectors = list(body_sectors(tuple(sectors), owner))
        staff = staff_sectors(owner)
        if staff is not None and set(sectors) <= STAFF_TITLE_SECTORS:  # "X, a spokesman for Oxfam": no GOV
            sectors = list(staff)
        if former:
            sectors = ["ELI"]
        role = f"former {title_text}" if former and title_text else title_text
        return Entity(
            name=name,
            mention=name,
            kb_id=None,
            country=owner.country if owner else None,
            sectors=sectors,
            role=role,
            score=UNKNOWN_GUESSED if guessed else UNKNOWN_PERSON,
        )

    def _sole_office_state(self, title: Title) -> Owner | None:
        """The one state whose office a ``sole`` title names (titles.csv ``only_for``; round 28)."""
        codes = [c for c in title.only_for if c in self.kb.entities]
        if len(codes) != 1:
            return None
        return self.owners.country(codes[0])

    def _described_earlier(self, name: str, ctx: ArticleContext) -> Owner | None:
        """The country the article gave this name with ("Russian state bank X"), if it did."""
        code = ctx.described_country(name)
        if code is None or code not in self.kb.entities:
            return None
        return self.owners.country(code, inferred=True)

    def _shared_country(self, name: str, ctx: ArticleContext) -> Owner | None:
        """The country every KB person of that name belongs to ("Bush", "Assad"), if they agree."""
        countries = set()
        matches = self.kb.names.match(name)
        close = [m for m in matches if m.score >= matches[0].score - SHARED_COUNTRY_MARGIN] if matches else []
        for match in close:
            st = self.kb.standing(match.kb_id, ctx.date)
            countries.add(self.kb.entities[match.kb_id].country or st.country)
        if len(countries) != 1 or None in countries:
            return None
        code = countries.pop()
        if code not in self.kb.entities or self._foreign_namesakes(close, code, ctx):
            return None
        return self.owners.country(code, inferred=True)

    def _foreign_namesakes(self, matches: list[NameMatch], code: str, ctx: ArticleContext) -> bool:
        """ "Sir Edward", "Lord Dubs" in a British article: one word matching only the family name of
        KB persons of another country (none of whom the text made sure of) says less than the
        article's own country; unless one of them held a senior office on the article's date ("Tillerson"
        in an article about China is the US Secretary of State of that day)."""
        dominant = ctx.dominant_country()
        if dominant is None or dominant == code or not all(m.how == "surname" for m in matches):
            return False
        return not any(self._in_senior_office(m.kb_id, ctx.date) for m in matches)

    def _in_senior_office(self, kb_id: str, day: str | None) -> bool:
        """Whether a KB person held, on a known day, an office ranked with foreign ministers or above."""
        if day is None:
            return False
        st = self.kb.standing(kb_id, day)
        return st.status == "active" and self.kb.prominence(kb_id, day) >= SENIOR_PROMINENCE


def _politician_sectors() -> frozenset[str]:
    return frozenset(s.upper() for s in grammar().politician_sectors)


def _mark_former(record: Entity, title_text: str | None) -> None:
    """A person the text calls former: no longer in office (ELI), whatever the KB's dates say."""
    role = record.role or title_text
    record.sectors = ["ELI"]
    if role and not role.startswith("former "):
        record.role = f"former {role}"


def _accepted(scored: list[Entity], leader: bool) -> bool:
    """Take the best KB person when it is good, or a leader clearly better than the next one."""
    if not scored:
        return False
    best = scored[0].score
    second = scored[1].score if len(scored) > 1 else 0.0
    return best >= ACCEPT or (leader and best >= ACCEPT_CLEAR and best - second >= CLEAR_MARGIN)


def copy_entity(entity: Entity, score: float | None = None) -> Entity:
    """A copy of an entity record (records are mutable; each mention gets its own)."""
    return Entity(
        name=entity.name,
        mention=entity.mention,
        kb_id=entity.kb_id,
        country=entity.country,
        sectors=list(entity.sectors),
        role=entity.role,
        score=entity.score if score is None else round(score, 4),
        span=entity.span,
    )
