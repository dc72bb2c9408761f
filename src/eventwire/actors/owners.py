"""Whose actor a description is: the country or organisation a phrase names, or the article's; a guessed
owner kept only when the text does not tie the actor elsewhere (``unrelated``, ``not_acted_upon``);
``described_entity`` makes the entity of an owner and a sector."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.actors.context import ArticleContext
from eventwire.actors.grammar import grammar
from eventwire.actors.kb import FORM_SCORES, KnowledgeBase
from eventwire.actors.names import alias_key
from eventwire.actors.phrases import LENDING, Phrase
from eventwire.actors.pieces import Piece
from eventwire.actors.places import city_country
from eventwire.records import Entity

IGO_FAMILY = frozenset({"IGO", "UNO", "EUR"})  # PLOVER's codes of intergovernmental bodies


@dataclass(slots=True)
class Owner:
    """Whose actor a description is: a country or an organisation."""

    kb_id: str | None
    name: str
    country: str | None
    kind: str  # country, igo, org, group, territory, person, unknown
    sectors: tuple[str, ...] = ()
    inferred: bool = False  # taken from the article's main country, not from the phrase


class OwnerFinder:
    """Finds owners in phrases and pieces, with the knowledge base to look names up in."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def country(self, code: str, inferred: bool = False) -> Owner:
        """The KB's country ``code`` as an owner; ``inferred`` when the article's context gave it, not the
        phrase."""
        return Owner(code, self.kb.entities[code].name, code, "country", inferred=inferred)

    def of_phrase(self, doc: Doc, phrase: Phrase, placed: bool = True) -> Owner | None:
        """The country or organisation a description belongs to, from the phrase itself; without ``placed``,
        not from where it is ("refugees in Lebanon" are not Lebanon's)."""
        modifiers = [
            p
            for p in phrase.pieces
            if p.kind in ("ACTOR", "CAPITAL", "DEMONYM", "UNK") and p is not phrase.head
        ]
        places = phrase.places if placed else []
        for piece in [*reversed(phrase.owners_after), *reversed(modifiers), *places]:
            owner = self.of_piece(doc, piece)
            if owner is not None:
                return owner
        return None

    def international_of_phrase(self, doc: Doc, phrase: Phrase) -> Owner | None:
        """An intergovernmental body (UN, EU, NATO …) the phrase names as an owner ("U.N. mediator", "the
        UN special envoy for Syria"), before any country it also names."""
        for piece in [*phrase.pieces, *phrase.owners_after]:
            if piece is phrase.head or piece.kind not in ("ACTOR", "UNK"):
                continue
            owner = self.of_piece(doc, piece)
            if owner is not None and owner.country in IGO_FAMILY:
                return owner
        return None

    def posted_to(self, doc: Doc, phrase: Phrase) -> frozenset[str]:
        """Countries a diplomat of the phrase is posted to ("the ambassador to Cyprus"), never theirs."""
        owners = (self.of_piece(doc, piece) for piece in phrase.postings)
        return frozenset(o.country for o in owners if o is not None and o.country)

    def trip_destinations(self, doc: Doc, token: int) -> frozenset[str]:
        """Countries the sentence of ``token`` names as the place of a trip ("during a United States lecture
        tour", "on a visit to China": ``trip_nouns``): where someone went, never a guessed owner (round 21).
        """
        found = set()
        for ent in doc[token].sent.ents:
            if ent.label_ == "GPE" and _names_trip_place(ent.root):
                found.update(self._country_codes(ent.text))
        return frozenset(found)

    def home_town(self, doc: Doc, end: int) -> Owner | None:
        """The country of the place a person comes from, named right after their name ending at ``end``, past
        an age set off by commas ("X, 24, from Leeds, was …", "X, 24, formerly of Leeds", ``origin_links``,
        ``origin_adverbs``): a town's or a country's."""
        at = end
        while at < len(doc) and at < end + 4 and (doc[at].is_punct or doc[at].like_num):
            at += 1
        links = grammar().origin_links
        if at < len(doc) - 1 and doc[at].lower_ in grammar().origin_adverbs:  # "formerly of Leeds"
            at, links = at + 1, links | grammar().origin_adverb_links
        if at >= len(doc) - 1 or doc[at].lower_ not in links:
            return None
        return self._place_country(doc, at + 1)

    def constituency(self, doc: Doc, end: int) -> Owner | None:
        """The country of the place a legislator's seat is for, named right after the title ending at ``end``
        ("X, the MP for Grantham", ``constituency_links``): a town's or a country's."""
        if end >= len(doc) - 1 or doc[end].lower_ not in grammar().constituency_links:
            return None
        names = list(doc[end + 1 : end + 5])
        run = next((i for i, t in enumerate(names) if not (t.pos_ == "PROPN" or t.text == "-")), len(names))
        place = " ".join(t.text for t in names[:run])  # the recogniser often tags a constituency PERSON
        countries = self._country_codes(place) if place else set()
        code = countries.pop() if len(countries) == 1 else city_country(place) if place else None
        if code is None or code not in self.kb.entities:
            return None
        return self.country(code)

    def _place_country(self, doc: Doc, start: int) -> Owner | None:
        """The country of the place entity starting at token ``start``: by its own name, else a town's."""
        place = next((e for e in doc.ents if e.start == start and e.label_ in ("GPE", "LOC")), None)
        if place is None:
            return None
        countries = self._country_codes(place.text)
        code = countries.pop() if len(countries) == 1 else city_country(place.text)
        if code is None or code not in self.kb.entities:
            return None
        return self.country(code)

    def served_country(self, doc: Doc, end: int) -> Owner | None:
        """The country of the leader or body a person advises, named in an apposition right after their name
        ("X, a senior adviser to Iran's supreme leader", ``aide_nouns`` and ``posting_links``): an aide is of
        the country they serve."""
        if end >= len(doc) or doc[end].text != ",":
            return None
        aide = next((t for t in doc[end + 1 : end + 5] if t.lower_ in grammar().aide_nouns), None)
        link = doc[aide.i + 1] if aide is not None and aide.i + 1 < len(doc) else None
        if link is None or link.lower_ not in grammar().posting_links:
            return None
        served = [t for t in link.subtree if t.i > link.i and t.ent_type_ in ("GPE", "NORP")]
        codes = {c for t in served[:1] for c in self._country_codes(t.text, demonyms=True)}
        if len(codes) != 1:
            return None
        code = codes.pop()
        return self.country(code)

    def _country_codes(self, name: str, demonyms: bool = False) -> set[str]:
        """The countries a name stands for in the KB by their own names ("United States", "China"); not a
        capital ("a visit to Dublin" may be a trip at home)."""
        surfaces = self.kb.aliases.get(alias_key(name), ())
        own = [s for s in surfaces if s.form in ("name", "alias") or (demonyms and s.form == "demonym")]
        return {s.kb_id for s in own if self.kb.entities[s.kb_id].kind == "country"}

    def apposed_place(self, doc: Doc, head_start: int, head_end: int) -> Owner | None:
        """ "The capital, Nairobi": the country of the place named in apposition right after a seat of
        government (``apposed_place_heads``), a city through the gazetteer or a country by name."""
        words = " ".join(t.lower_ for t in doc[head_start:head_end])
        if words not in grammar().apposed_place_heads or head_end + 1 >= len(doc):
            return None
        if doc[head_end].text != ",":
            return None
        return self._place_country(doc, head_end + 1)

    def demonym_country(self, word: str) -> str | None:
        """The one country a nationality word stands for ("Swede", "Briton"), if only one."""
        codes = self._country_codes(word, demonyms=True)
        return next(iter(codes)) if len(codes) == 1 else None

    def of_piece(self, doc: Doc, piece: Piece) -> Owner | None:
        """The owner a single piece names: a KB body or country, an unknown body's country, a city's."""
        if piece.surfaces:
            surface = max(
                piece.surfaces,
                key=lambda s: (self.kb.entities[s.kb_id].kind != "country", FORM_SCORES[s.form]),
            )
            entity = self.kb.entities[surface.kb_id]
            if entity.kind == "person":
                return None
            st = self.kb.standing(entity.kb_id, None)
            return Owner(
                entity.kb_id,
                entity.name,
                entity.country or st.country,
                entity.kind,
                entity.sectors or st.sectors,
            )
        for inner in piece.inner:
            owner = self.of_piece(doc, inner)
            if owner is not None:
                return Owner(None, doc[piece.start : piece.end].text, owner.country, "unknown")
        if piece.kind == "UNK" and piece.label in ("GPE", "LOC"):  # "police in Kirkuk": a city's country
            code = city_country(doc[piece.start : piece.end].text)
            if code is not None and code in self.kb.entities:
                return self.country(code, inferred=True)
        return None

    def company_of_phrase(self, doc: Doc, phrase: Phrase) -> Owner | None:
        """A company the KB does not know, named as the phrase's owner by a name ending in a company word
        ("X, chief executive of Acme Holdings", "Acme Ltd's director X") or headed by a corporate title ("X,
        chief executive of Zentora"); its country is left to the caller."""
        g = grammar()
        descriptor = phrase.descriptor
        corporate = (
            descriptor is not None
            and doc[descriptor.start : descriptor.end].text.lower() in g.business_titles
        )
        modifiers = [p for p in phrase.pieces if p.kind == "UNK" and p is not phrase.head]
        for piece in [*reversed(phrase.owners_after), *reversed(modifiers)]:
            text = doc[piece.start : piece.end].text
            named_body = piece.label == "ORG" or (  # the NER may take a firm's made-up name for a place
                corporate and piece.label != "NORP" and city_country(text) is None
            )
            if piece.kind != "UNK" or not named_body or piece.surfaces or piece.inner:
                continue
            words = [
                t.lower_.strip(".") for t in doc[piece.start : piece.end] if t.lower_ not in ("'s", "’s")
            ]
            if words and (words[-1] in g.company_words or corporate):
                return Owner(None, text, None, "company", g.company_sectors)
        return None

    def for_unplaced_name(self, ctx: ArticleContext, sentence: int) -> Owner | None:
        """The owner of a name the KB does not know and the text does not place ("Mr Bell", "Airbus"): the
        article's main country, unless the name's own sentence names other countries and not that one
        ("killed two Australians in Sydney"): then none, an uncoded actor being better than a wrong one."""
        if ctx.speaks_of_other_countries(sentence):
            return None
        return self.from_context(ctx)

    def from_context(self, ctx: ArticleContext) -> Owner | None:
        """The article's main country, as a (guessed) owner."""
        code = ctx.dominant_country()
        if code is None or code not in self.kb.entities:
            return None
        return self.country(code, inferred=True)


def _names_trip_place(root: Token) -> bool:
    """Whether a place name modifies a trip noun ("a United States lecture tour") or is where a trip went
    ("a visit to China", "a tour of France")."""
    trips = grammar().trip_nouns
    head = root
    while head.dep_ in ("compound", "amod", "nmod") and head.head is not head:
        head = head.head
        if head.lemma_.lower() in trips:
            return True
    link = root.head
    return root.dep_ == "pobj" and link.lower_ in ("to", "of", "in") and link.head.lemma_.lower() in trips


def body_sectors(sectors: tuple[str, ...], owner: Owner | None) -> tuple[str, ...]:
    """A generic office title's sectors, or those of the body owning it when that body is of a sector that
    lends its own ("the Garda Commissioner": COP, not GOV; ``phrases.LENDING``)."""
    if owner is None or owner.kind == "country" or not set(sectors) <= {"GOV"}:
        return sectors
    return owner.sectors if set(owner.sectors) & LENDING else sectors


def staff_sectors(owner: Owner | None) -> tuple[str, ...] | None:
    """The sectors of a person whose office a non-state body owns: the body's own sectors, else those its
    PLOVER code gives its staff (an NGO's: none but the code; a multinational's or a company's: BUS); None
    when the owner is no such body (a state, a party, an IGO: the title's sectors stand)."""
    if owner is None or owner.kind not in ("org", "company"):
        return None
    defaults = grammar().non_state_staff_sectors
    if owner.kind == "org" and owner.country not in defaults:
        return None
    own = tuple(s for s in owner.sectors if s != "INHERIT")
    return own or (owner.sectors if owner.kind == "company" else defaults[owner.country or ""])


def described_entity(
    text: str, owner: Owner | None, sectors: tuple[str, ...], former: bool, role: str | None
) -> Entity:
    """An actor known only by its description: the owner's country with the described sector."""
    return Entity(
        name=owner.name if owner else text,
        mention=text,
        kb_id=owner.kb_id if owner else None,
        country=owner.country if owner else None,
        sectors=["ELI"] if former else [s for s in sectors if s != "INHERIT"] or ["GOV"],
        role=(f"former {role}" if former and role else role),
        score=(0.55 if owner is None or owner.inferred else 0.75),
    )


def unrelated(owner: Owner | None, head: Piece, ctx: ArticleContext) -> Owner | None:
    """A guessed owner, unless it is the country of a backer, patron or ally the text ties the actor to
    ("rebels backed by Saudi Arabia" are not Saudi Arabia's: ``relations.py``)."""
    if owner is not None and owner.country in ctx.related_countries(head.end - 1):
        return None
    return owner


def not_acted_upon(owner: Owner | None, doc: Doc, phrase: Phrase, ctx: ArticleContext) -> Owner | None:
    """A guessed owner, unless its country is named in the actor's clause only as the modifier of what the
    actor acts on or where (``ArticleContext.acted_upon``)."""
    if owner is None or not owner.inferred or not owner.country:
        return owner
    return None if ctx.acted_upon(doc[phrase.end - 1], owner.country) else owner
