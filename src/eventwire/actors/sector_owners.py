"""Whose a description is ("Iraqi security forces", "the police", "people", "the coalition") and with
which sectors: the owner its phrase states, else the one the article's context gives, unless the text ties
it elsewhere (``DescriptionResolver``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.context import ArticleContext
from eventwire.actors.gazetteer import Gazetteer
from eventwire.actors.grammar import grammar
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.names import alias_key
from eventwire.actors.owners import (
    Owner,
    OwnerFinder,
    described_entity,
    not_acted_upon,
    staff_sectors,
    unrelated,
)
from eventwire.actors.phrases import Phrase
from eventwire.actors.pieces import Piece
from eventwire.actors.references import ReferenceResolver
from eventwire.actors.titles import titles
from eventwire.records import Entity

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Sectors for which a description without an owner ("the police", "protesters") is taken to belong to
# the article's main country; others ("journalists", "a party") stay without a country.
# Round 26 (the guide's convention): attackers of unknown allegiance ("armed men", "gunmen") keep the country
# of the article they act in (ICEWS's "Unidentified Gunmen (Iraq)"), never the state's name or KB id.
UNKNOWN_ALLEGIANCE = frozenset({"UAF"})
NATIONAL_SECTORS = STATE_SECTORS | {"CVL", "REB", "OPP", "REF", "PRM", "UAF", "INHERIT"}
# A description the article's main country would have placed but its own sentence does not ("killing 2,000
# people" in a sentence naming other countries): surely an actor of its sector, its country unknown.
UNPLACED_SCORE = 0.5


class DescriptionResolver:
    """Candidates of a phrase whose head is a sector word or a plural title (``candidates``)."""

    def __init__(
        self, kb: KnowledgeBase, gazetteer: Gazetteer, owners: OwnerFinder, references: ReferenceResolver
    ) -> None:
        self.kb, self.gazetteer, self.owners, self.references = kb, gazetteer, owners, references

    def candidates(
        self, doc: Doc, phrase: Phrase, sentence: int, ctx: ArticleContext, asked: bool = False
    ) -> list[Entity]:
        """ "Iraqi security forces" -> IRQ MIL; "NATO officials" -> NATO GOV; "the police" -> main country;
        "people" -> the one country their sentence names (``_context_owner``)."""
        head = phrase.shared_head or phrase.head
        assert head is not None
        displaced = alias_key(doc[head.start : head.end].text) in grammar().abroad_words  # "asylum seekers"
        owner = (
            self.owners.of_phrase(doc, phrase, placed=not displaced)
            or self._shared_owner(head, ctx)
            or self.owners.apposed_place(doc, head.start, head.end)  # "the capital, Nairobi"
        )
        if _of_many_countries(doc, phrase):  # "world leaders in New York": no one country's, not even there
            return [
                described_entity(doc[phrase.start : phrase.end].text, None, tuple(head.sectors), False, None)
            ]
        inferred = owner is None
        sectors = tuple(head.sectors)
        if owner is None and set(sectors) <= {"UNK"}:
            return []
        if owner is None and head.kind == "SECTOR" and is_coalition(doc, head):
            return [self._coalition(doc, phrase, ctx)]
        unplaced = False  # people the article would have placed, whose own sentence does not
        if (
            owner is None
            and not displaced  # "asylum seekers in the Netherlands": the host's, not theirs
            and (asked or set(sectors) & NATIONAL_SECTORS)
            and not self._holders_of_many(doc, phrase)
            and not _member_of_unnamed_body(
                doc, head, sectors, self.gazetteer
            )  # "members of the cell": no state's
        ):
            owner = unrelated(self._context_owner(doc, phrase, sectors, sentence, ctx), head, ctx)
            owner = not_acted_upon(owner, doc, phrase, ctx)
            if owner is not None and owner.country in self.owners.posted_to(doc, phrase):
                owner = None  # "the ambassador to Cyprus" is not Cyprus's
            unplaced = owner is None and ctx.dominant_country() is not None
        if owner is not None and owner.kind == "group" and owner.kb_id is not None:
            group = self.kb.standing(owner.kb_id, ctx.date)
            if set(sectors) <= {"INHERIT", "REB", "UAF", "MIL", "PRM"}:
                sectors = group.sectors or owner.sectors
        sectors = phrase.lent_sectors(head) or sectors  # "the Parliament President", "police headquarters"
        if sectors == ("INHERIT",):
            sectors = (
                owner.sectors
                if owner is not None and owner.kind in ("group", "org") and owner.sectors
                else ()
                if _member_of_unnamed_body(doc, head, sectors, self.gazetteer)
                else ("GOV",)
            )
        if owner is None:
            text = doc[phrase.start : phrase.end].text
            return [
                Entity(
                    name=text,
                    mention=text,
                    kb_id=None,
                    country=None,
                    sectors=[s for s in sectors if s != "INHERIT"],
                    score=UNPLACED_SCORE if unplaced else 0.4,
                )
            ]
        text = doc[phrase.start : phrase.end].text
        left = _former_member(phrase, owner)
        if left:  # "a former British army soldier": a person, no longer the army
            owner = Owner(None, text, owner.country, "unknown", inferred=owner.inferred)
        entity = described_entity(text, owner, sectors, left, None)
        staff = staff_sectors(owner)
        if staff is not None and set(entity.sectors) <= {"GOV"}:  # "Oxfam officials": no government
            entity.sectors = list(staff)
        if inferred:
            entity.score = 0.55 if set(sectors) & STATE_SECTORS else 0.45
        if owner.inferred and set(entity.sectors) <= UNKNOWN_ALLEGIANCE:
            entity.name, entity.kb_id = text, None  # "armed men": of the country, not the state (round 26)
        return [entity]

    def _holders_of_many(self, doc: Doc, phrase: Phrase) -> bool:
        """ "The foreign ministers", "the presidents": the plural of a state office with one holder per state
        (``single`` in offices.yaml) names holders of several states, none of them the article's for sure
        (not an organisation's office: "field commanders" keep the country around them)."""
        head = phrase.head
        if head is None or not phrase.plural or head.kind not in ("TITLE", "SECTOR"):
            return False
        words = [t.lower_ for t in doc[head.start : head.end - 1]] + [doc[head.end - 1].lemma_.lower()]
        title = titles().get(alias_key(" ".join(words)))  # the singular's office
        return title is not None and title.scope != "igo" and title.office in self.kb.single_offices

    def _shared_owner(self, head: Piece, ctx: ArticleContext) -> Owner | None:
        """The owner a coordinated sector word shares with the one before it ("US jets and helicopters")."""
        code = ctx.shared_owners.get(head.end - 1)
        if not code or code not in self.kb.entities:
            return None
        return self.owners.country(code)

    def _context_owner(
        self, doc: Doc, phrase: Phrase, sectors: tuple[str, ...], sentence: int, ctx: ArticleContext
    ) -> Owner | None:
        """Whose a description without an owner of its own is. Private people ("people", "a woman") and
        the forces of a people without a state ("Kurdish forces") belong to the country their own sentence
        speaks of (``ArticleContext.sentence_country``), never just to the article's; others ("the
        police") to the article's main country."""
        stateless = any(  # "Kurdish forces"; not "the Tory spokesman" (a party, British)
            p.kind == "UNK" and doc[p.start : p.end].text.lower() in grammar().people_words
            for p in phrase.pieces
            if p is not phrase.head
        )
        lowered = {s.lower() for s in sectors}
        if (stateless and lowered & grammar().armed_sectors) or _marked_foreign(doc, phrase):
            return None  # "Kurdish forces" are no state's; "a foreign suspect" is not the country's
        if stateless or (sectors and lowered <= grammar().private_sectors):
            code = ctx.private_country(sentence)
            if code is None or code not in self.kb.entities:
                return None
            return self.owners.country(code, inferred=True)
        code = _enforcers_country(sectors, phrase, ctx)  # "Malaysian police … police": Malaysia's
        if code is not None and code in self.kb.entities:
            return self.owners.country(code, inferred=True)
        code = ctx.politicians_country(sentence)  # "Labour leader X accused the government": the UK's
        if code is not None and code in self.kb.entities and set(sectors) & STATE_SECTORS:
            return self.owners.country(code, inferred=True)
        if phrase.plural and ctx.speaks_of_other_countries(sentence):
            return None  # "killing two soldiers" in a sentence on Iraq of an article on Russia: not Russia's
        return self.owners.from_context(ctx)

    def _coalition(self, doc: Doc, phrase: Phrase, ctx: ArticleContext) -> Entity:
        """A coalition without a leader in the phrase: the leader of the coalition the article named,
        else a coalition organisation it named, else an unnamed multinational coalition (IGO MIL)."""
        text = doc[phrase.start : phrase.end].text
        leader = ctx.coalition_leader(phrase.start)
        if leader is not None:
            entity = self.kb.entities[leader]
            owner = Owner(leader, entity.name, entity.country, entity.kind)
            described = described_entity(text, owner, ("MIL",), phrase.former, None)
            described.score = 0.7
            return described
        for kb_id, _ in ctx.organisations.most_common():
            if "coalition" in self.references.name_nouns.get(kb_id, ()):
                return self.kb.entity_record(kb_id, ctx.date, mention=text, score=0.7)
        return Entity(name=text, mention=text, kb_id=None, country="IGO", sectors=["MIL"], score=0.5)


def _enforcers_country(sectors: tuple[str, ...], phrase: Phrase, ctx: ArticleContext) -> str | None:
    """For a bare police or justice description ("police", "prosecutors"), the country of such officials
    the article named last before it with a stated owner (``law_enforcement_sectors``); else None."""
    if not sectors or not set(sectors) <= grammar().law_enforcement_sectors:
        return None
    return ctx.enforcer_country(phrase.start)


def _member_of_unnamed_body(doc: Doc, head: Piece, sectors: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether an inheriting word ("members", "a member") is "of" a body named by a common noun that is no
    sector word ("members of the cell", "a member of the crew"): that body's, whose country and sector the
    text does not tell, not the state's (round 27). Not "leaders of the two sides", "members of a rebel
    group" (sector words: the sector lends itself) nor "members of the Liberal Party" (a name)."""
    if sectors != ("INHERIT",):
        return False
    links = grammar().owner_links
    for prep in doc[head.end - 1].children:
        if prep.dep_ == "prep" and prep.lower_ in links:
            bodies = [obj for obj in prep.children if obj.dep_ == "pobj" and obj.pos_ == "NOUN"]
            return any(not _sector_worded(body, gazetteer) for body in bodies)
    return False


def _sector_worded(noun: Token, gazetteer: Gazetteer) -> bool:
    """Whether a noun or a modifier of it is a sector word other than UNK ("sides", "rebel group")."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    for word in words:
        entry = gazetteer.entries.get(alias_key(word.text)) or gazetteer.entries.get(alias_key(word.lemma_))
        if entry is not None and set(entry.sectors or ()) - {"UNK"}:
            return True
    return False


def _of_many_countries(doc: Doc, phrase: Phrase) -> bool:
    """ "World leaders", "global powers": a word right before the head says the described are of many
    countries (``many_country_markers``), so neither a place nor the article gives them one (round 27)."""
    head = phrase.head
    if head is None or head.start == 0 or phrase.pieces[0] is not head:
        return False
    before = doc[head.start - 1]
    return before.lower_ in grammar().many_country_markers and before.dep_ in ("amod", "compound")


def _marked_foreign(doc: Doc, phrase: Phrase) -> bool:
    """ "A foreign terror suspect", "foreign fighters", "Nazi forces": a word of the phrase, or a modifier of
    its head noun or of a noun compounded with it, says the described are not of the country around them
    (``foreign_markers``) or of no present-day country (``historical_markers``)."""
    head = phrase.head
    if head is None:
        return False
    nouns = [doc[head.end - 1], *(c for c in doc[head.end - 1].children if c.dep_ == "compound")]
    words = [*doc[phrase.start : phrase.end], *(c for n in nouns for c in n.children if c.dep_ == "amod")]
    outside = [t for t in words if not head.start <= t.i < head.end]  # not "the Foreign Ministry"
    words_of_elsewhere = grammar().foreign_markers | grammar().historical_markers
    markers = [t for t in outside if t.lower_ in words_of_elsewhere]
    return any(t.head.pos_ != "PROPN" for t in markers)  # not a place's own word: "in Western Cambodia"


def is_coalition(doc: Doc, piece: Piece) -> bool:
    return alias_key(doc[piece.start : piece.end].text) in grammar().coalition_terms


def _former_member(phrase: Phrase, owner: Owner) -> bool:
    """ "A former British army soldier", "an ex-police officer": one person who has left the body the
    phrase names (its KB entry), not the body; its country stays, its KB id does not. A country as
    owner ("a former Syrian soldier") keeps the code as before."""
    return phrase.former and not phrase.plural and owner.kb_id is not None and owner.kind != "country"
