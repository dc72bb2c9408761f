"""Resolve the actor phrases of an article to candidate entities as of its publication date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from eventwire.actors.acronyms import drop_acronyms_spelled_otherwise
from eventwire.actors.context import Analysis, ArticleContext
from eventwire.actors.descriptions import described_people
from eventwire.actors.disambiguate import settle_shared_names
from eventwire.actors.gazetteer import Gazetteer
from eventwire.actors.grammar import grammar
from eventwire.actors.kb import FORM_SCORES, KnowledgeBase, extension_inputs
from eventwire.actors.names import alias_key, name_tokens
from eventwire.actors.owners import Owner, OwnerFinder, body_sectors, staff_sectors
from eventwire.actors.persons import PersonResolver, copy_entity
from eventwire.actors.phrases import Phrase, group_phrases
from eventwire.actors.pieces import Piece, sentence_pieces
from eventwire.actors.places import city_country
from eventwire.actors.references import ReferenceResolver
from eventwire.actors.relations import note_relations
from eventwire.actors.titles import Title, titles
from eventwire.buildcache import cached_build
from eventwire.nlp.text import doc_text
from eventwire.records import Article, Entity, Mention

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

    def __call__(self, doc: Doc, article: Article) -> list[Mention]:
        analysis = self.analyse(doc, article)
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
            cached = (key, self.analyse(doc, article))
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

    # ------------------------------------------------------------------ analysis

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
            if head is None or head.kind != "SECTOR" or not _is_coalition(doc, head):
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

    # ------------------------------------------------------------------ dispatch

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
            kind, candidates = "DESC", self._office_candidates(doc, phrase, analysis.context)
        elif head.kind in ("SECTOR", "TITLE") or phrase.shared_head is not None:
            candidates = self._sector_candidates(doc, phrase, sent_index, analysis.context, asked)
            kind = "DESC"
        elif head.kind == "ACTOR" and _people_name(head) and _demonym_before(phrase, head):
            kind, candidates = "NORP", self._people_of(doc, phrase, phrase.pieces)
        elif head.kind in ("ACTOR", "CAPITAL"):
            place = head.kind == "CAPITAL" and _is_location(doc, head, _institution(head))
            if place and not asked:
                return None
            kind, candidates = self._named_candidates(doc, phrase, analysis.context)
            if place:
                kind = "LOC"
                for entity in candidates:
                    entity.sectors = []
        elif head.kind == "DEMONYM":
            kind, candidates = "NORP", self._demonym_candidates(doc, phrase, analysis.context, asked)
        else:
            kind, candidates = self._unknown_candidates(doc, phrase, sent_index, analysis.context, asked)
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

    def _office_candidates(self, doc: Doc, phrase: Phrase, ctx: ArticleContext) -> list[Entity]:
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
            return [self._described(title_text, owner, title.sectors, phrase.former, title_text)]
        remembered = ctx.office_holder(owner.kb_id, title.office)
        if remembered is not None:
            return [copy_entity(remembered, score=0.95 if not owner.inferred else 0.85)]
        found = self.kb.holder(owner.kb_id, title.office, ctx.date) if ctx.date else None
        if found is None:
            sectors = body_sectors(title.sectors, owner)  # "the Garda Commissioner": the police's
            return [self._described(title_text, owner, sectors, False, title_text)]
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
            return Owner(code, self.kb.entities[code].name, code, "country", inferred=True)
        return owner

    def _described(
        self, text: str, owner: Owner | None, sectors: tuple[str, ...], former: bool, role: str | None
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

    def _sector_candidates(
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
                self._described(doc[phrase.start : phrase.end].text, None, tuple(head.sectors), False, None)
            ]
        inferred = owner is None
        sectors = tuple(head.sectors)
        if owner is None and set(sectors) <= {"UNK"}:
            return []
        if owner is None and head.kind == "SECTOR" and _is_coalition(doc, head):
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
            owner = _unrelated(self._context_owner(doc, phrase, sectors, sentence, ctx), head, ctx)
            owner = _not_acted_upon(owner, doc, phrase, ctx)
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
        entity = self._described(text, owner, sectors, left, None)
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
        return Owner(code, self.kb.entities[code].name, code, "country")

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
            return Owner(code, self.kb.entities[code].name, code, "country", inferred=True)
        code = _enforcers_country(sectors, phrase, ctx)  # "Malaysian police … police": Malaysia's
        if code is not None and code in self.kb.entities:
            return Owner(code, self.kb.entities[code].name, code, "country", inferred=True)
        code = ctx.politicians_country(sentence)  # "Labour leader X accused the government": the UK's
        if code is not None and code in self.kb.entities and set(sectors) & STATE_SECTORS:
            return Owner(code, self.kb.entities[code].name, code, "country", inferred=True)
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
            described = self._described(text, owner, ("MIL",), phrase.former, None)
            described.score = 0.7
            return described
        for kb_id, _ in ctx.organisations.most_common():
            if "coalition" in self.references.name_nouns.get(kb_id, ()):
                return self.kb.entity_record(kb_id, ctx.date, mention=text, score=0.7)
        return Entity(name=text, mention=text, kb_id=None, country="IGO", sectors=["MIL"], score=0.5)

    def _named_candidates(self, doc: Doc, phrase: Phrase, ctx: ArticleContext) -> tuple[str, list[Entity]]:
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

    def _demonym_candidates(
        self, doc: Doc, phrase: Phrase, ctx: ArticleContext, asked: bool = False
    ) -> list[Entity]:
        """ "The Iraqis said" is an actor; "Iraqi territory" is not (unless the caller says it is)."""
        head = phrase.head
        assert head is not None
        token = doc[head.end - 1]
        if phrase.owners_after:  # "Albanians of southern Serbia": people of the place they live in
            owner = self.owners.of_phrase(doc, phrase)
            if owner is not None and owner.country:
                return [self._described(doc[phrase.start : phrase.end].text, owner, ("CVL",), False, None)]
        if not asked and (token.dep_ in ("amod", "compound", "nmod") or token.pos_ == "ADJ"):
            return []
        return [self.kb.entity_record(s.kb_id, ctx.date, score=0.9) for s in head.surfaces[:1]]

    def _people_of(self, doc: Doc, phrase: Phrase, pieces: list[Piece]) -> list[Entity]:
        """ "Bosnian Serbs", "Iraqi Kurds": a people named by where they live, civilians of that country."""
        if doc[phrase.start].lower_ in grammar().negations:
            return []  # "non-Syrian" foreigners are no Syrians
        for piece in pieces:
            owner = self.owners.of_piece(doc, piece) if piece.kind == "DEMONYM" else None
            if owner is not None and owner.kind == "country":
                text = doc[phrase.start : phrase.end].text
                return [self._described(text, owner, ("CVL",), False, None)]
        return []

    def _unknown_candidates(
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
            return "NORP", self._people_of(doc, phrase, [*phrase.pieces, *head.inner])
        if head.label not in ("ORG",) or (
            doc[head.end - 1].lower_ in grammar().event_nouns and not head.body
        ):
            return "ORG", []  # "the Washington Summit" is an event, not an actor
        text = doc[head.start : head.end].text
        owner = self.owners.of_phrase(doc, phrase) or self.owners.of_piece(doc, head)
        sectors: list[str] = []
        for inner in reversed(head.inner):
            if inner.kind in ("SECTOR", "TITLE") and inner.sectors:
                sectors = [s for s in inner.sectors if s != "INHERIT"]
                break
        if owner is None and ctx.described_country(text) in self.kb.entities:
            country, score = ctx.described_country(text), 0.55  # named with its country earlier
        elif owner is None:
            context_owner = _unrelated(self.owners.for_unplaced_name(ctx, sentence), head, ctx)
            context_owner = _not_acted_upon(context_owner, doc, phrase, ctx)
            country, score = (context_owner.country, 0.4) if context_owner else (None, 0.4)
        else:
            country, score = owner.country, 0.6
        return "ORG", [
            Entity(name=text, mention=text, kb_id=None, country=country, sectors=sectors, score=score)
        ]


def _unrelated(owner: Owner | None, head: Piece, ctx: ArticleContext) -> Owner | None:
    """A guessed owner, unless it is the country of a backer, patron or ally the text ties the actor to
    ("rebels backed by Saudi Arabia" are not Saudi Arabia's: ``relations.py``)."""
    if owner is not None and owner.country in ctx.related_countries(head.end - 1):
        return None
    return owner


def _modified_thing(doc: Doc, phrase: Phrase, piece: Piece) -> int | None:
    """The noun a place or nationality word modifies when that noun is a gathering or an armed operation
    (``setting_nouns``: "Turkish" of "the Turkish invasion", "Geneva" of "the Geneva talks") outside the
    phrase: its token, else None ("Turkish jets", "Brazil's policies" may well be the actor's own)."""
    token = doc[piece.end - 1]
    noun = token.head
    if token.dep_ not in SETTING_DEPS or noun.i <= token.i or noun.lower_ not in grammar().setting_nouns:
        return None
    return None if phrase.start <= noun.i < phrase.end else noun.i


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


def _not_acted_upon(owner: Owner | None, doc: Doc, phrase: Phrase, ctx: ArticleContext) -> Owner | None:
    """A guessed owner, unless its country is named in the actor's clause only as the modifier of what the
    actor acts on or where (``ArticleContext.acted_upon``)."""
    if owner is None or not owner.inferred or not owner.country:
        return owner
    return None if ctx.acted_upon(doc[phrase.end - 1], owner.country) else owner


def _owns_next(doc: Doc, name: Piece, sector: Piece) -> bool:
    """A name right before a sector word or its possessive ("the Trump administration", "Macron's office")."""
    gap = [t.lower_ for t in doc[name.end : sector.start]]
    return not gap or gap in (["'s"], ["’s"], ["'"], ["’"])


def _news_outlet(sectors: Iterable[str]) -> bool:
    """A newspaper or broadcaster: its country says where it publishes, not where its sentence's news is."""
    return "JRN" in sectors


def _people_name(piece: Piece) -> bool:
    return any(s.form == "demonym" for s in piece.surfaces)


def _demonym_before(phrase: Phrase, head: Piece) -> bool:
    """A demonym of another country before the head ("Bosnian" in "Bosnian Serbs")."""
    heads = {s.kb_id for s in head.surfaces}
    return any(
        p.kind == "DEMONYM" and p.start < head.start and not {s.kb_id for s in p.surfaces} & heads
        for p in phrase.pieces
    )


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


def _is_coalition(doc: Doc, piece: Piece) -> bool:
    return alias_key(doc[piece.start : piece.end].text) in grammar().coalition_terms


def _former_member(phrase: Phrase, owner: Owner) -> bool:
    """ "A former British army soldier", "an ex-police officer": one person who has left the body the
    phrase names (its KB entry), not the body; its country stays, its KB id does not. A country as
    owner ("a former Syrian soldier") keeps the code as before."""
    return phrase.former and not phrase.plural and owner.kb_id is not None and owner.kind != "country"


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
