"""Candidates of a phrase that names its actor outright: a country, capital, organisation or group of the
KB, a people ("The Iraqis", "Bosnian Serbs"), or an organisation the KB does not know (its country and
sector from the words of its name)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.actors.context import ArticleContext
from eventwire.actors.grammar import grammar
from eventwire.actors.kb import FORM_SCORES, KnowledgeBase
from eventwire.actors.owners import OwnerFinder, described_entity, not_acted_upon, unrelated
from eventwire.actors.phrases import Phrase
from eventwire.actors.pieces import Piece
from eventwire.actors.places import city_country
from eventwire.records import Entity


class NamedResolver:
    """Candidates of named actors, peoples and unknown organisations."""

    def __init__(self, kb: KnowledgeBase, owners: OwnerFinder) -> None:
        self.kb, self.owners = kb, owners

    def named_candidates(self, doc: Doc, phrase: Phrase, ctx: ArticleContext) -> tuple[str, list[Entity]]:
        """A country, capital, organisation or group named outright."""
        head = phrase.head
        assert head is not None
        out: list[Entity] = []
        surfaces = head.surfaces if head.group else sorted(head.surfaces, key=lambda s: -FORM_SCORES[s.form])
        for surface in surfaces:
            if any(e.kb_id == surface.kb_id for e in out):
                continue
            entity = self.kb.entities[surface.kb_id]
            sectors = surface.sectors if surface.form in ("capital", "metonym") else None
            out.append(
                self.kb.entity_record(
                    surface.kb_id, ctx.date, score=FORM_SCORES[surface.form], sectors=sectors
                )
            )
            if entity.kind != "country":
                ctx.count_organisation(entity.kb_id)
        kinds = {self.kb.entities[e.kb_id].kind for e in out if e.kb_id}
        return ("GPE" if kinds <= {"country", "territory"} else "ORG"), out

    def demonym_candidates(
        self, doc: Doc, phrase: Phrase, ctx: ArticleContext, asked: bool = False
    ) -> list[Entity]:
        """ "The Iraqis said" is an actor; "Iraqi territory" is not (unless the caller says it is)."""
        head = phrase.head
        assert head is not None
        token = doc[head.end - 1]
        if phrase.owners_after:  # "Albanians of southern Serbia": people of the place they live in
            owner = self.owners.of_phrase(doc, phrase)
            if owner is not None and owner.country:
                return [described_entity(doc[phrase.start : phrase.end].text, owner, ("CVL",), False, None)]
        if not asked and (token.dep_ in ("amod", "compound", "nmod") or token.pos_ == "ADJ"):
            return []
        return [self.kb.entity_record(s.kb_id, ctx.date, score=0.9) for s in head.surfaces[:1]]

    def people_of(self, doc: Doc, phrase: Phrase, pieces: list[Piece]) -> list[Entity]:
        """ "Bosnian Serbs", "Iraqi Kurds": a people named by where they live, civilians of that country."""
        if doc[phrase.start].lower_ in grammar().negations:
            return []  # "non-Syrian" foreigners are no Syrians
        for piece in pieces:
            owner = self.owners.of_piece(doc, piece) if piece.kind == "DEMONYM" else None
            if owner is not None and owner.kind == "country":
                text = doc[phrase.start : phrase.end].text
                return [described_entity(text, owner, ("CVL",), False, None)]
        return []

    def unknown_candidates(
        self, doc: Doc, phrase: Phrase, sentence: int, ctx: ArticleContext, asked: bool = False
    ) -> tuple[str, list[Entity]]:
        """An organisation the KB does not know; its country and sector from the words of its name.

        A city is no actor; asked about one (a target "in Kirkuk"), it is a place in its country.
        """
        head = phrase.head
        assert head is not None
        text = doc[head.start : head.end].text
        if head.label == "ORG" and not head.inner and not text.isupper() and city_country(text) is not None:
            head = Piece(head.start, head.end, "UNK", label="GPE")  # "Sinjar": a town the NER took for a body
            if not asked:
                return "LOC", []
        if asked and head.label in ("GPE", "LOC"):
            code = city_country(text)
            if code is None:
                return "LOC", []
            return "LOC", [Entity(name=text, mention=text, kb_id=None, country=code, sectors=[], score=0.6)]
        if head.label == "NORP":  # "Iraqi Kurds": a people in the country their name says
            return "NORP", self.people_of(doc, phrase, [*phrase.pieces, *head.inner])
        if head.label != "ORG" or (doc[head.end - 1].lower_ in grammar().event_nouns and not head.body):
            return "ORG", []  # "the Washington Summit" is an event, not an actor
        owner = self.owners.of_phrase(doc, phrase) or self.owners.of_piece(doc, head)
        sectors: list[str] = []
        for inner in reversed(head.inner):
            if inner.kind in ("SECTOR", "TITLE") and inner.sectors:
                sectors = [s for s in inner.sectors if s != "INHERIT"]
                break
        if owner is None and ctx.described_country(text) in self.kb.entities:
            country, score = ctx.described_country(text), 0.55  # named with its country earlier
        elif owner is None:
            context_owner = unrelated(self.owners.for_unplaced_name(ctx, sentence), head, ctx)
            context_owner = not_acted_upon(context_owner, doc, phrase, ctx)
            country, score = (context_owner.country, 0.4) if context_owner else (None, 0.4)
        else:
            country, score = owner.country, 0.6
        return "ORG", [
            Entity(name=text, mention=text, kb_id=None, country=country, sectors=sectors, score=score)
        ]
