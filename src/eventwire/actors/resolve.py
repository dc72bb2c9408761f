"""Resolve the actor phrases of an article to candidate entities as of its publication date: read the
article once (``article_survey.py``), then hand each phrase to the resolver of its head's kind (persons
``persons.py``, titles ``office_holders.py``, sector words ``sector_owners.py``, names
``named_actors.py``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from eventwire.actors.article_survey import ArticleSurveyor
from eventwire.actors.context import Analysis, ArticleContext
from eventwire.actors.gazetteer import Gazetteer
from eventwire.actors.grammar import grammar
from eventwire.actors.kb import KnowledgeBase, extension_inputs
from eventwire.actors.named_actors import NamedResolver
from eventwire.actors.office_holders import OfficeResolver
from eventwire.actors.owners import OwnerFinder
from eventwire.actors.persons import PersonResolver, copy_entity
from eventwire.actors.phrases import Phrase, group_phrases
from eventwire.actors.pieces import Piece
from eventwire.actors.references import ReferenceResolver
from eventwire.actors.sector_owners import DescriptionResolver
from eventwire.buildcache import cached_build
from eventwire.records import Article, Mention


class ActorResolver:
    """Finds every actor mention in a parsed article and resolves it as of ``article.published``."""

    @classmethod
    def load(cls, extra_dirs: Iterable[str | Path] = (), include_user: bool = True) -> ActorResolver:
        """A resolver over ``KnowledgeBase.load(extra_dirs, include_user)`` (its ``kb``), both kept built
        between runs (``buildcache``), keyed by the user's extension files besides the package."""
        extra = [Path(d) for d in extra_dirs]
        inputs = extension_inputs(extra, include_user)
        return cached_build("resolver", lambda: cls(KnowledgeBase.load(extra, include_user)), inputs=inputs)

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.gazetteer = Gazetteer(kb)
        self.owners = OwnerFinder(kb)
        self.persons = PersonResolver(kb, self.owners)
        self.references = ReferenceResolver(kb)
        self.surveyor = ArticleSurveyor(kb, self.gazetteer, self.owners, self.persons, self.references)
        self.descriptions = DescriptionResolver(kb, self.gazetteer, self.owners, self.references)
        self.offices = OfficeResolver(kb, self.owners)
        self.named = NamedResolver(kb, self.owners)

    def __call__(self, doc: Doc, article: Article) -> list[Mention]:
        analysis = self.surveyor.analyse(doc, article)
        mentions = []
        for sent_index, phrase in analysis.phrases:
            mention = self._resolve(doc, phrase, sent_index, analysis)
            if mention is not None:
                mentions.append(mention)
        return mentions

    def resolve_span(self, doc: Doc, span: tuple[int, int], article: Article) -> Mention | None:
        """Resolve a given character span (e.g. a subject chosen by the events stage) in context.

        The span is taken to be an actor: adjectives ("Turkish" in "Turkish demands"), sector words
        used as modifiers and capitals used as places ("in Baghdad", kind ``LOC``) resolve too.
        """
        target = doc.char_span(span[0], span[1], alignment_mode="expand")
        if target is None or len(target) == 0:
            return None
        analysis = self._cached_analysis(doc, article)
        sent_index = analysis.sentence_of(target.start)
        for sent_index_, phrase in self._phrases_for_span(doc, target, analysis, sent_index):
            mention = self._resolve(doc, phrase, sent_index_, analysis, asked=True)
            if mention is not None:
                return mention
        return self._resolve_bare_span(doc, target, analysis)

    def _phrases_for_span(
        self, doc: Doc, target: Span, analysis: Analysis, sent_index: int
    ) -> list[tuple[int, Phrase]]:
        """Phrases to try for a span, best first: those starting in it, then its own pieces, then any
        phrase around it ("Liberia" in "a force in Liberia" is Liberia, not the force)."""
        overlapping = [
            (i, ph) for i, ph in analysis.phrases if ph.start < target.end and target.start < ph.end
        ]
        overlapping.sort(key=lambda item: (item[1].is_agent, item[1].start))
        starting = [item for item in overlapping if item[1].start >= target.start]
        around = [item for item in overlapping if item[1].start < target.start]
        inside = [
            p for _, ph in around for p in ph.all_pieces if p.start >= target.start and p.end <= target.end
        ]
        own = (
            [(sent_index, ph) for ph in group_phrases(doc[target.start : target.end], inside)]
            if inside
            else []
        )
        return [*self._regrouped(doc, target, overlapping, sent_index), *starting, *own, *around]

    @staticmethod
    def _regrouped(
        doc: Doc, target: Span, overlapping: list[tuple[int, Phrase]], sent_index: int
    ) -> list[tuple[int, Phrase]]:
        """ "Romania's new government" in "leaders of Romania's new government": when the span cuts
        a phrase that starts before it, its pieces grouped anew; the phrase holding its head word."""
        sources = [
            ph for _, ph in overlapping if any(target.start <= p.start < target.end for p in ph.all_pieces)
        ]
        if len(sources) < 2 or not any(ph.start < target.start for ph in sources):
            return []
        inside = sorted(
            (p for ph in sources for p in ph.all_pieces if p.start >= target.start and p.end <= target.end),
            key=lambda p: p.start,
        )
        root = target.root.i
        return [
            (sent_index, ph)
            for ph in group_phrases(target, inside)
            if ph.start <= root < ph.end and len(ph.all_pieces) > 1
        ]

    def _cached_analysis(self, doc: Doc, article: Article) -> Analysis:
        key = (article.article_id, article.published, len(doc))
        cached = doc.user_data.get("eventwire.actors.analysis")
        if cached is None or cached[0] != key:
            cached = (key, self.surveyor.analyse(doc, article))
            doc.user_data["eventwire.actors.analysis"] = cached
        return cached[1]

    def _resolve_bare_span(self, doc: Doc, target: Span, analysis: Analysis) -> Mention | None:
        """A span with no recognised piece: a capitalised name is tried as a person, then as a body."""
        start, end = target.start, target.end
        while start < end and (doc[start].lower_ in grammar().determiners or doc[start].is_punct):
            start += 1
        if start >= end or not any(t.text[:1].isupper() for t in doc[start:end]):
            return None
        text = doc[start:end].text
        kind = "PERSON" if self.kb.names.match(text) else "UNK"
        piece = Piece(start, end, kind, label="ORG")
        return self._resolve(doc, Phrase([piece]), analysis.sentence_of(start), analysis, asked=True)

    def _resolve(
        self, doc: Doc, phrase: Phrase, sent_index: int, analysis: Analysis, asked: bool = False
    ) -> Mention | None:
        """The mention a phrase makes; ``asked``: the caller says it is an actor (see resolve_span)."""
        head = phrase.head
        if head is None:
            return None
        if head.kind == "UNK" and self.persons.names_a_person(doc, head, analysis.context):
            phrase = Phrase([Piece(head.start, head.end, "PERSON", label=head.label)])
            head = phrase.head
        if head.kind == "SECTOR":
            phrase = self._person_sector(doc, phrase, analysis.context) or phrase
            head = phrase.head
        if head.kind == "SECTOR" and not asked and _modifies_other_noun(doc, head):
            return None
        if phrase.person is not None and self.persons.is_place_name(doc, phrase, analysis.context):
            if not asked:
                return None  # "a market in Kirkuk": the NER's "person" is a city
            phrase = Phrase([Piece(head.start, head.end, "UNK", label="GPE")])
            head = phrase.head
        phrase = _people_word_owner(doc, phrase)
        head = phrase.head
        if phrase.person is not None and phrase.owned is not None:
            kind, candidates = "DESC", self.persons.owned(doc, phrase, analysis)
        elif phrase.person is not None:
            kind, candidates = "PERSON", self.persons.candidates(doc, phrase, analysis)
        elif head.kind == "TITLE" and not phrase.plural and not phrase.lent_sectors(head):
            kind, candidates = "DESC", self.offices.candidates(doc, phrase, analysis.context)
        elif head.kind in ("SECTOR", "TITLE") or phrase.shared_head is not None:
            candidates = self.descriptions.candidates(doc, phrase, sent_index, analysis.context, asked)
            kind = "DESC"
        elif head.kind == "ACTOR" and _people_name(head) and _demonym_before(phrase, head):
            kind, candidates = "NORP", self.named.people_of(doc, phrase, phrase.pieces)
        elif head.kind in ("ACTOR", "CAPITAL"):
            place = head.kind == "CAPITAL" and _is_location(doc, head, _institution(head))
            if place and not asked:
                return None
            kind, candidates = self.named.named_candidates(doc, phrase, analysis.context)
            if place:
                kind = "LOC"
                for entity in candidates:
                    entity.sectors = []
        elif head.kind == "DEMONYM":
            kind, candidates = "NORP", self.named.demonym_candidates(doc, phrase, analysis.context, asked)
        else:
            kind, candidates = self.named.unknown_candidates(doc, phrase, sent_index, analysis.context, asked)
        if not candidates:
            return None
        start, end = phrase.start, phrase.end
        if phrase.shared_head is not None and head is phrase.shared_head:
            end = max(p.end for p in phrase.pieces)
        char_start = doc[start].idx
        char_end = doc[end - 1].idx + len(doc[end - 1].text)
        text = analysis.text[char_start:char_end]
        for entity in candidates:
            entity.mention = text
            entity.span = (char_start, char_end)
        group = [copy_entity(e) for e in candidates] if head.group else []
        return Mention(
            text=text,
            span=(char_start, char_end),
            sentence=sent_index,
            kind=kind,
            candidates=candidates,
            group=group,
        )

    def _person_sector(self, doc: Doc, phrase: Phrase, ctx: ArticleContext) -> Phrase | None:
        """A sector owned by a name the NER took for an organisation but that names a person ("the Trump
        administration", round 19 "Macron's office": the person's country's government, not the article's
        main country)."""
        if len(phrase.pieces) != 2 or phrase.owners_after or phrase.places:
            return None
        name, sector = phrase.pieces
        if name.kind != "UNK" or sector.kind != "SECTOR" or sector.agent or not _owns_next(doc, name, sector):
            return None
        if name.label == "NORP":
            return None  # "Nazi forces": a people or a movement the NER tells, no person's office
        if not self.persons.names_a_person(doc, name, ctx):
            return None
        return Phrase([Piece(name.start, name.end, "PERSON", label=name.label)], owned=sector)


def _owns_next(doc: Doc, name: Piece, sector: Piece) -> bool:
    """A name right before a sector word or its possessive ("the Trump administration", "Macron's office")."""
    gap = [t.lower_ for t in doc[name.end : sector.start]]
    return not gap or gap in (["'s"], ["’s"], ["'"], ["’"])


def _people_word_owner(doc: Doc, phrase: Phrase) -> Phrase:
    """ "Yazidi men": a people's word the NER took for a person's name, before the sector it seemed to own
    ("the Bush administration"), modifies that sector as "Kurdish men" does (``people_words``); the KB's
    namesakes (a surname "Al Yazidi") say nothing of the men's country."""
    person, owned = phrase.person, phrase.owned
    if (
        person is None
        or owned is None
        or doc[person.start : person.end].text.lower() not in grammar().people_words
    ):
        return phrase
    people = Piece(person.start, person.end, "UNK", label="NORP")
    pieces = [people if p is person else p for p in phrase.pieces] + [owned]
    return replace(phrase, pieces=pieces, owned=None)


def _modifies_other_noun(doc: Doc, piece: Piece) -> bool:
    """A sector word used as a modifier ("military talks", "terrorist attacks") is not an actor."""
    token = doc[piece.end - 1]
    if token.dep_ in ("amod", "compound", "nmod") and not (piece.start <= token.head.i < piece.end):
        return token.head.i > token.i
    return token.pos_ == "ADJ" and token.dep_ != "nsubj"


def _people_name(piece: Piece) -> bool:
    return any(s.form == "demonym" for s in piece.surfaces)


def _demonym_before(phrase: Phrase, head: Piece) -> bool:
    """A demonym of another country before the head ("Bosnian" in "Bosnian Serbs")."""
    heads = {s.kb_id for s in head.surfaces}
    return any(
        p.kind == "DEMONYM" and p.start < head.start and not {s.kb_id for s in p.surfaces} & heads
        for p in phrase.pieces
    )


def _same_country_modifier(doc: Doc, i: int) -> bool:
    """ "US" in "to the US Congress": a proper-noun modifier of the seat that follows."""
    return doc[i].dep_ == "compound" and doc[i].pos_ == "PROPN" and doc[i].head.i > i


def _institution(piece: Piece) -> bool:
    """ "Congress", "the State Department": a seat of government that is an institution, not a city."""
    return bool(piece.surfaces) and all(s.form == "metonym" for s in piece.surfaces)


def _is_location(doc: Doc, piece: Piece, institution: bool = False) -> bool:
    """A capital or seat of government used as a place ("in Baghdad"), not as the government.

    An institution is a place only after a verb of movement ("visited the White House"), not after
    a preposition ("a petition to Congress")."""
    g = grammar()
    before = piece.start - 1
    while before >= 0 and (doc[before].lower_ in g.determiners or _same_country_modifier(doc, before)):
        before -= 1
    if before >= 0 and (
        (doc[before].lower_ in g.location_prepositions and not institution)
        or doc[before].lemma_ in g.location_verbs
    ):
        return True
    if institution:
        return False
    after = piece.end
    if after < len(doc) and doc[after].text in ("-", "–") and after + 1 < len(doc):
        after += 1
    if after < len(doc) and doc[after].lower_ in g.location_followers:
        return True
    root = doc[piece.start : piece.end].root
    if _names_attack_place(root):
        return True
    while root.dep_ in ("appos", "conj", "compound") and root.head != root:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in g.location_prepositions


def _names_attack_place(root: Token) -> bool:
    """Whether a capital modifies an attack noun ("a Kabul car bombing", "the Paris attacks";
    ``place_attack_nouns``): where the attack happened, not the government that made it (round 27)."""
    head = root
    while head.dep_ in ("compound", "amod", "nmod") and head.head is not head:
        head = head.head
        if head.lemma_.lower() in grammar().place_attack_nouns or head.lower_ in grammar().place_attack_nouns:
            return True
    return False
