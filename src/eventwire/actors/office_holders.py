"""Who a singular title names ("the Iraqi Prime Minister", "the Secretary General of NATO"): the holder of
the office its owner had on the article's date, the one the article introduced, or a described official."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.actors.context import ArticleContext
from eventwire.actors.grammar import grammar
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.owners import Owner, OwnerFinder, body_sectors, described_entity
from eventwire.actors.persons import copy_entity
from eventwire.actors.phrases import Phrase
from eventwire.actors.titles import Title
from eventwire.records import Entity


class OfficeResolver:
    """Candidates of a phrase whose head is a singular title (``candidates``)."""

    def __init__(self, kb: KnowledgeBase, owners: OwnerFinder) -> None:
        self.kb, self.owners = kb, owners

    def candidates(self, doc: Doc, phrase: Phrase, ctx: ArticleContext) -> list[Entity]:
        """ "The Iraqi Prime Minister", "the Secretary General of NATO": who held the office then."""
        piece = phrase.title
        assert piece is not None and piece.title is not None
        title = piece.title
        title_text = doc[piece.start : piece.end].text
        stated_owner = self._international_title_owner(doc, phrase, title)
        stated_owner = stated_owner or self.owners.of_phrase(doc, phrase)
        introduced = None if stated_owner or phrase.former else ctx.sole_office_holder(title.office)
        if introduced is not None and introduced.kb_id is not None:  # "the Prime Minister": the one named
            return [copy_entity(introduced, score=0.85)]
        owner = stated_owner or self._default_owner(title, ctx)
        if owner is not None and title.only_for and owner.country not in title.only_for:
            # "Malaysia's attorney general": not the office the phrase names in the US, but Malaysia's
            stated = stated_owner is not None and owner.kind == "country"
            owner = (
                Owner(None, title_text, owner.country, "unknown", inferred=owner.inferred) if stated else None
            )
        if phrase.former or owner is None or owner.kb_id is None:
            return [described_entity(title_text, owner, title.sectors, phrase.former, title_text)]
        remembered = ctx.office_holder(owner.kb_id, title.office)
        if remembered is not None:
            return [copy_entity(remembered, score=0.95 if not owner.inferred else 0.85)]
        found = self.kb.holder(owner.kb_id, title.office, ctx.date) if ctx.date else None
        if found is None:
            sectors = body_sectors(title.sectors, owner)  # "the Garda Commissioner": the police's
            return [described_entity(title_text, owner, sectors, False, title_text)]
        role, holder_id = found
        record = self.kb.entity_record(holder_id, ctx.date, score=0.8 if owner.inferred else 0.9)
        record.role, record.country, record.sectors = role.title, role.country, list(role.sectors)
        return [record]

    def _international_title_owner(self, doc: Doc, phrase: Phrase, title: Title) -> Owner | None:
        """ "The UN special envoy for Syria": an international body's office is the body's, not the
        country of its mission (``igo_official_offices`` in grammar.yaml)."""
        if title.office not in grammar().igo_official_offices:
            return None
        return self.owners.international_of_phrase(doc, phrase)

    def _default_owner(self, title: Title, ctx: ArticleContext) -> Owner | None:
        """Whose office a bare title names: the article's main country, or its main organisation."""
        scope, office = title.scope, title.office
        if scope == "igo":
            bodies = [kb_id for kb_id, _ in ctx.organisations.most_common()]
            holding = [kb_id for kb_id in bodies if (kb_id, office) in self.kb.holders]
            igos = [kb_id for kb_id in bodies if self.kb.entities[kb_id].kind == "igo"]
            for kb_id in (holding or igos)[:1]:  # "the Special Representative" of the article's body
                entity = self.kb.entities[kb_id]
                return Owner(kb_id, entity.name, entity.country, entity.kind, inferred=True)
            return None
        owner = self.owners.from_context(ctx)
        only_for = title.only_for
        if only_for and (owner is None or owner.country not in only_for) and len(only_for) == 1:
            code = next(iter(only_for))
            return self.owners.country(code, inferred=True)
        return owner
