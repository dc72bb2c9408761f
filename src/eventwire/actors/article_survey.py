"""The first reading of an article, before any phrase is resolved: its phrases, the countries and
organisations it names (its main country), and what it remembers for later mentions (coalition leaders,
shared owners, described names, stated police and justice officials, full names of persons)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from eventwire.actors.acronyms import drop_acronyms_spelled_otherwise
from eventwire.actors.context import Analysis, ArticleContext
from eventwire.actors.descriptions import described_people
from eventwire.actors.disambiguate import settle_shared_names
from eventwire.actors.gazetteer import Gazetteer
from eventwire.actors.grammar import grammar
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.names import name_tokens
from eventwire.actors.owners import Owner, OwnerFinder
from eventwire.actors.persons import PersonResolver
from eventwire.actors.phrases import Phrase, group_phrases
from eventwire.actors.pieces import Piece, sentence_pieces
from eventwire.actors.places import city_country
from eventwire.actors.references import ReferenceResolver
from eventwire.actors.relations import note_relations
from eventwire.actors.sector_owners import is_coalition
from eventwire.nlp.text import doc_text
from eventwire.records import Article

SETTING_DEPS = frozenset({"amod", "compound", "nmod", "poss"})  # "the Turkish invasion", "Turkey's war"


def as_of_day(published: str | None) -> str | None:
    """The day an article speaks of, from its (possibly partial) publication date."""
    if not published:
        return None
    text = published.strip()[:10]
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return text
    if len(text) == 7 and text[4] == "-":
        return f"{text}-15"
    if len(text) == 4 and text.isdigit():
        return f"{text}-07-01"
    return None


class ArticleSurveyor:
    """Reads an article once into an ``Analysis`` (``analyse``) for the resolvers of its phrases."""

    def __init__(
        self,
        kb: KnowledgeBase,
        gazetteer: Gazetteer,
        owners: OwnerFinder,
        persons: PersonResolver,
        references: ReferenceResolver,
    ) -> None:
        self.kb, self.gazetteer, self.owners = kb, gazetteer, owners
        self.persons, self.references = persons, references

    def analyse(self, doc: Doc, article: Article) -> Analysis:
        """Phrases of every sentence, the article's main country and organisations, full names."""
        analysis = Analysis(ArticleContext(as_of_day(article.published)), text=doc_text(doc))
        ents = list(doc.ents)
        sentences = []
        for sent in doc.sents:
            analysis.sentence_starts.append(sent.start)
            sentences.append((sent, sentence_pieces(sent, self.gazetteer, ents)))
        settle_shared_names(analysis.text, [pieces for _, pieces in sentences])
        drop_acronyms_spelled_otherwise(analysis.text, [pieces for _, pieces in sentences], self.kb)
        self.references.resolve(doc, [pieces for _, pieces in sentences])
        for index, (sent, pieces) in enumerate(sentences):
            for phrase in group_phrases(sent, pieces):
                analysis.phrases.append((index, phrase))
        self._count_names(doc, analysis, article)
        self._note_coalition_leaders(doc, analysis)
        self._note_shared_owners(doc, analysis)
        self._note_described_names(doc, analysis)
        self._note_enforcers(doc, analysis)
        for name, code in described_people(doc, analysis, self.owners.demonym_country):
            analysis.context.remember_described(name, code)  # "X … The sixteen-year-old Swede is …"
        note_relations(doc, analysis, self.owners)
        for _, phrase in analysis.phrases:
            person = phrase.person
            if person is not None and len(name_tokens(doc[person.start : person.end].text)) >= 2:
                self.persons.candidates(doc, phrase, analysis)
        self._add_remembered_surnames(doc, analysis)
        return analysis

    def _note_coalition_leaders(self, doc: Doc, analysis: Analysis) -> None:
        """ "The US-led coalition", "coalition forces led by the United States": remember the leader."""
        for _, phrase in analysis.phrases:
            head = phrase.head
            if head is None or head.kind != "SECTOR" or not is_coalition(doc, head):
                continue
            owner = self.owners.of_phrase(doc, phrase)
            if owner is not None and owner.kb_id is not None and owner.kind == "country":
                analysis.context.leaders.append((phrase.start, owner.kb_id))

    def _note_shared_owners(self, doc: Doc, analysis: Analysis) -> None:
        """ "US jets and helicopters": a bare sector word coordinated with an owned one of the same sector
        shares its owner (not "Turkish troops and rebels": another sector, maybe the other side)."""
        owned: dict[int, tuple[Owner, tuple[str, ...]]] = {}
        bare: dict[int, tuple[str, ...]] = {}
        for _, phrase in analysis.phrases:
            head = phrase.head
            if head is None or head.kind != "SECTOR" or not head.sectors:
                continue
            owner = self.owners.of_phrase(doc, phrase)
            if owner is not None and owner.kind == "country":
                owned[head.end - 1] = (owner, head.sectors)
            elif owner is None and len(phrase.all_pieces) == 1:
                bare[head.end - 1] = head.sectors
        for i, sectors in bare.items():
            token = doc[i]
            if token.dep_ != "conj" or token.head.i not in owned:
                continue
            owner, first_sectors = owned[token.head.i]
            if first_sectors[:1] == sectors[:1]:
                analysis.context.shared_owners[i] = owner.kb_id or ""

    def _note_described_names(self, doc: Doc, analysis: Analysis) -> None:
        """ "Russian state bank Vnesheconombank": remember the country a name was described with, for
        its later bare mentions ("Vnesheconombank said") that would otherwise take the article's."""
        for _, phrase in analysis.phrases:
            name = phrase.pieces[-1]
            if name.kind not in ("PERSON", "UNK") or len(phrase.pieces) < 2 or name.label == "NORP":
                continue
            if not any(p.kind == "DEMONYM" for p in phrase.pieces[:-1]):
                continue
            owner = self.owners.of_phrase(doc, phrase)
            if owner is not None and owner.kind == "country" and owner.country:
                analysis.context.remember_described(doc[name.start : name.end].text, owner.country)

    def _note_enforcers(self, doc: Doc, analysis: Analysis) -> None:
        """ "Malaysian police", "Malaysia's attorney general": remember the stated country of police and
        justice officials, whose bare "police" and "prosecutors" later are the same country's (round 27)."""
        enforcing = grammar().law_enforcement_sectors
        for _, phrase in analysis.phrases:
            head = phrase.head
            if head is not None and head.kind == "PERSON":  # "Inspector-General of Police X" (round 28)
                head = phrase.descriptor
            if head is None or head.kind not in ("SECTOR", "TITLE") or not set(head.sectors) & enforcing:
                continue
            owner = self.owners.of_phrase(doc, phrase)
            if owner is not None and owner.kind == "country" and owner.country and not owner.inferred:
                analysis.context.note_enforcer(phrase.start, owner.country)

    def _add_remembered_surnames(self, doc: Doc, analysis: Analysis) -> None:
        """ "Testawi said": a capitalised word the NER missed that is the surname of a person named
        in full elsewhere in the article is that person."""
        taken = {i for _, ph in analysis.phrases for p in ph.all_pieces for i in range(p.start, p.end)}
        if not analysis.context.people:
            return
        added = []
        for token in doc:
            if token.i in taken or not token.is_title or token.pos_ != "PROPN":
                continue
            if analysis.context.person_by_surname(token.text) is not None:
                piece = Piece(token.i, token.i + 1, "PERSON", label="SURNAME")
                added.append((analysis.sentence_of(token.i), Phrase([piece])))
        if added:
            analysis.phrases = sorted(analysis.phrases + added, key=lambda item: (item[0], item[1].start))

    def _count_names(self, doc: Doc, analysis: Analysis, article: Article) -> None:
        ctx = analysis.context
        if article.dateline:
            for cand in self.kb.candidates(article.dateline, allow_surname=False)[:1]:
                ctx.count_country(self.kb.entities[cand.kb_id].country, weight=2)
        for sentence, phrase in analysis.phrases:
            for piece in phrase.all_pieces:
                setting = _modified_thing(doc, phrase, piece)
                if _seat_of_next(doc, piece):  # "London-based": where a body sits, not what it is about
                    continue
                if piece.kind == "UNK" and piece.label in ("GPE", "LOC"):
                    code = city_country(doc[piece.start : piece.end].text)
                    ctx.count_country(code, sentence=sentence)
                    if setting is not None:
                        ctx.note_setting(code, setting)
                    continue
                for kb_id in dict.fromkeys(s.kb_id for s in piece.surfaces):
                    entity = self.kb.entities[kb_id]
                    if entity.kind == "country":
                        ctx.count_country(kb_id, sentence=sentence)
                        ctx.note_party_owner(kb_id, sentence, owner=_owns_a_party(phrase, piece))
                        if setting is not None:
                            ctx.note_setting(kb_id, setting)
                    elif entity.kind in ("igo", "org", "group"):
                        ctx.count_organisation(kb_id)
                        outlet = _news_outlet(entity.sectors)  # "according to The Guardian": not the place
                        ctx.count_country(entity.country, sentence=None if outlet else sentence)
                    break


def _modified_thing(doc: Doc, phrase: Phrase, piece: Piece) -> int | None:
    """The noun a place or nationality word modifies when that noun is a gathering or an armed operation
    (``setting_nouns``: "Turkish" of "the Turkish invasion", "Geneva" of "the Geneva talks") outside the
    phrase: its token, else None ("Turkish jets", "Brazil's policies" may well be the actor's own)."""
    token = doc[piece.end - 1]
    noun = token.head
    if token.dep_ not in SETTING_DEPS or noun.i <= token.i or noun.lower_ not in grammar().setting_nouns:
        return None
    return None if phrase.start <= noun.i < phrase.end else noun.i


def _owns_a_party(phrase: Phrase, piece: Piece) -> bool:
    """Whether a country piece only says whose another party is ("Turkish" of "the Turkish authorities",
    "British" of "British aid workers"): the head of its phrase is a sector word or a title, not the piece."""
    head = phrase.head
    return head is not None and head is not piece and head.kind in ("SECTOR", "TITLE")


def _seat_of_next(doc: Doc, piece: Piece) -> bool:
    """A place hyphenated to a seat participle ("New York-based", "London-headquartered";
    ``seat_participles``): the seat of the body named next."""
    after = doc[piece.end : piece.end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in grammar().seat_participles


def _news_outlet(sectors: Iterable[str]) -> bool:
    """A newspaper or broadcaster: its country says where it publishes, not where its sentence's news is."""
    return "JRN" in sectors
