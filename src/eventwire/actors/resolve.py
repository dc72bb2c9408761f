"""Resolve the actor phrases of an article to candidate entities as of its publication date."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from eventwire.actors.context import ArticleContext
from eventwire.actors.gazetteer import Gazetteer
from eventwire.actors.grammar import grammar
from eventwire.actors.kb import FORM_SCORES, KnowledgeBase
from eventwire.actors.names import alias_key, name_tokens
from eventwire.actors.phrases import Phrase, group_phrases
from eventwire.actors.pieces import Piece, sentence_pieces
from eventwire.actors.places import city_country
from eventwire.records import Article, Entity, Mention

ACCEPT = 0.75  # a KB person below this score is not taken without an unknown-person alternative first
ACCEPT_CLEAR = 0.62  # ... or a leader at this score, leading the next candidate by CLEAR_MARGIN
LEADER_PROMINENCE = 0.96  # prominence of heads of state, government and organisations (offices.yaml 1-3)
EXACT_SURNAME = 0.8  # name-match score of a family name spelled exactly as in the KB
SHARED_COUNTRY_MARGIN = 0.1  # KB persons this close to the best name match must agree on the country
UNKNOWN_PERSON = 0.6  # score of a person the KB does not know, country from the text
UNKNOWN_GUESSED = 0.45  # … country only from the article's main country
CLEAR_MARGIN = 0.1
KEEP = 0.45  # candidates below this score are dropped
MAX_CANDIDATES = 5
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Sectors for which a description without an owner ("the police", "protesters") is taken to belong to
# the article's main country; others ("journalists", "a party") stay without a country.
NATIONAL_SECTORS = STATE_SECTORS | {"CVL", "REB", "OPP", "REF", "PRM", "UAF", "INHERIT"}


@dataclass(slots=True)
class Owner:
    """Whose actor a description is: a country or an organisation."""

    kb_id: str | None
    name: str
    country: str | None
    kind: str  # country, igo, org, group, territory, person, unknown
    sectors: tuple[str, ...] = ()
    inferred: bool = False  # taken from the article's main country, not from the phrase


@dataclass(slots=True)
class Analysis:
    """An article's phrases with their sentence index, and what the article says about itself."""

    context: ArticleContext
    phrases: list[tuple[int, Phrase]] = field(default_factory=list)
    persons: dict[tuple[int, int], list[Entity]] = field(default_factory=dict)  # phrase tokens -> candidates


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

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.gazetteer = Gazetteer(kb)

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
        sent_index = next(i for i, s in enumerate(doc.sents) if s.start <= target.start < s.end)
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
        return [*starting, *own, *around]

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
        sent_index = next(i for i, s in enumerate(doc.sents) if s.start <= start < s.end)
        return self._resolve(doc, Phrase([piece]), sent_index, analysis, asked=True)

    # ------------------------------------------------------------------ analysis

    def analyse(self, doc: Doc, article: Article) -> Analysis:
        """Phrases of every sentence, the article's main country and organisations, full names."""
        analysis = Analysis(ArticleContext(as_of_day(article.published)))
        ents = list(doc.ents)
        for index, sent in enumerate(doc.sents):
            for phrase in group_phrases(sent, sentence_pieces(sent, self.gazetteer, ents)):
                analysis.phrases.append((index, phrase))
        self._count_names(doc, analysis, article)
        for _, phrase in analysis.phrases:
            person = phrase.person
            if person is not None and len(name_tokens(doc[person.start : person.end].text)) >= 2:
                self._person_candidates(doc, phrase, analysis)
        self._add_remembered_surnames(doc, analysis)
        return analysis

    def _add_remembered_surnames(self, doc: Doc, analysis: Analysis) -> None:
        """ "Testawi said": a capitalised word the NER missed that is the surname of a person named
        in full elsewhere in the article is that person."""
        taken = {i for _, ph in analysis.phrases for p in ph.all_pieces for i in range(p.start, p.end)}
        added = []
        for index, sent in enumerate(doc.sents):
            for token in sent:
                if token.i in taken or not token.is_title or token.pos_ != "PROPN":
                    continue
                if analysis.context.person_by_surname(token.text) is not None:
                    added.append((index, Phrase([Piece(token.i, token.i + 1, "PERSON", label="SURNAME")])))
        if added:
            analysis.phrases = sorted(analysis.phrases + added, key=lambda item: (item[0], item[1].start))

    def _count_names(self, doc: Doc, analysis: Analysis, article: Article) -> None:
        ctx = analysis.context
        if article.dateline:
            for cand in self.kb.candidates(article.dateline, allow_surname=False)[:1]:
                ctx.count_country(self.kb.entities[cand.kb_id].country, weight=2)
        for _, phrase in analysis.phrases:
            for piece in phrase.all_pieces:
                if piece.kind == "UNK" and piece.label in ("GPE", "LOC"):
                    ctx.count_country(city_country(doc[piece.start : piece.end].text))
                    continue
                for kb_id in dict.fromkeys(s.kb_id for s in piece.surfaces):
                    entity = self.kb.entities[kb_id]
                    if entity.kind == "country":
                        ctx.count_country(kb_id)
                    elif entity.kind in ("igo", "org", "group"):
                        ctx.count_organisation(kb_id)
                        ctx.count_country(entity.country)
                    break

    # ------------------------------------------------------------------ dispatch

    def _resolve(
        self, doc: Doc, phrase: Phrase, sent_index: int, analysis: Analysis, asked: bool = False
    ) -> Mention | None:
        """The mention a phrase makes; ``asked``: the caller says it is an actor (see resolve_span)."""
        head = phrase.head
        if head is None:
            return None
        if head.kind == "UNK" and self._names_a_person(doc, head, analysis.context):
            phrase = Phrase([Piece(head.start, head.end, "PERSON", label=head.label)])
            head = phrase.head
        if head.kind == "SECTOR" and not asked and _modifies_other_noun(doc, head):
            return None
        if phrase.person is not None and self._is_place_name(doc, phrase, analysis.context):
            if not asked:
                return None  # "a market in Kirkuk": the NER's "person" is a city
            phrase = Phrase([Piece(head.start, head.end, "UNK", label="GPE")])
            head = phrase.head
        if phrase.person is not None and phrase.owned is not None:
            kind, candidates = "DESC", self._owned_candidates(doc, phrase, analysis)
        elif phrase.person is not None:
            kind, candidates = "PERSON", self._person_candidates(doc, phrase, analysis)
        elif head.kind == "TITLE" and not phrase.plural:
            kind, candidates = "DESC", self._office_candidates(doc, phrase, analysis.context)
        elif head.kind in ("SECTOR", "TITLE") or phrase.shared_head is not None:
            kind, candidates = "DESC", self._sector_candidates(doc, phrase, analysis.context, asked)
        elif head.kind in ("ACTOR", "CAPITAL"):
            place = head.kind == "CAPITAL" and _is_location(doc, head)
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
            kind, candidates = self._unknown_candidates(doc, phrase, analysis.context, asked)
        if not candidates:
            return None
        start, end = phrase.start, phrase.end
        if phrase.shared_head is not None and head is phrase.shared_head:
            end = max(p.end for p in phrase.pieces)
        char_start = doc[start].idx
        char_end = doc[end - 1].idx + len(doc[end - 1].text)
        text = doc.text[char_start:char_end]
        for entity in candidates:
            entity.mention = text
            entity.span = (char_start, char_end)
        return Mention(
            text=text, span=(char_start, char_end), sentence=sent_index, kind=kind, candidates=candidates
        )

    def _is_place_name(self, doc: Doc, phrase: Phrase, ctx: ArticleContext) -> bool:
        """A lone one-word "person" that is a city's name and nobody's exact surname or memory."""
        person = phrase.person
        if person is None or len(phrase.all_pieces) > 1 or person.end - person.start != 1:
            return False
        text = doc[person.start].text
        if city_country(text) is None or ctx.person_by_surname(text) is not None:
            return False
        return not any(m.score >= EXACT_SURNAME for m in self.kb.names.match(text))

    def _names_a_person(self, doc: Doc, piece: Piece, ctx: ArticleContext) -> bool:
        """An unknown name the NER took for an organisation but the article uses for a person."""
        text = doc[piece.start : piece.end].text
        tokens = name_tokens(text)
        if len(tokens) == 1:
            if ctx.person_by_surname(text) is not None:
                return True
            return (
                not text.isupper()
                and not self.kb.aliases.get(alias_key(text))
                and any(
                    self.kb.prominence(m.kb_id, ctx.date) >= LEADER_PROMINENCE
                    for m in self.kb.names.match(text)
                )
            )
        return any(
            m.how == "full" and m.score >= 0.95 for m in self.kb.names.match(text, allow_surname=False)
        )

    # ------------------------------------------------------------------ owners

    def _owner(self, doc: Doc, phrase: Phrase) -> Owner | None:
        """The country or organisation a description belongs to, from the phrase itself."""
        modifiers = [
            p
            for p in phrase.pieces
            if p.kind in ("ACTOR", "CAPITAL", "DEMONYM", "UNK") and p is not phrase.head
        ]
        for piece in [*reversed(phrase.owners_after), *reversed(modifiers), *phrase.places]:
            owner = self._owner_of_piece(doc, piece)
            if owner is not None:
                return owner
        return None

    def _owner_of_piece(self, doc: Doc, piece: Piece) -> Owner | None:
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
            owner = self._owner_of_piece(doc, inner)
            if owner is not None:
                return Owner(None, doc[piece.start : piece.end].text, owner.country, "unknown")
        if piece.kind == "UNK" and piece.label in ("GPE", "LOC"):  # "police in Kirkuk": a city's country
            code = city_country(doc[piece.start : piece.end].text)
            if code is not None and code in self.kb.entities:
                return Owner(code, self.kb.entities[code].name, code, "country", inferred=True)
        return None

    def _context_owner(self, ctx: ArticleContext) -> Owner | None:
        code = ctx.dominant_country()
        if code is None or code not in self.kb.entities:
            return None
        return Owner(code, self.kb.entities[code].name, code, "country", inferred=True)

    # ------------------------------------------------------------------ persons

    def _person_candidates(self, doc: Doc, phrase: Phrase, analysis: Analysis) -> list[Entity]:
        cached = analysis.persons.get((phrase.start, phrase.end))
        if cached is not None:
            return [_copy(e) for e in cached]
        ctx = analysis.context
        piece = phrase.person
        assert piece is not None
        name = doc[piece.start : piece.end].text
        owner = self._owner(doc, phrase)
        title = phrase.title.title if phrase.title is not None else None
        descriptor = phrase.descriptor
        title_text = doc[descriptor.start : descriptor.end].text if descriptor is not None else None
        known = ctx.person_by_surname(name) if len(name_tokens(name)) == 1 else None
        scored: list[Entity] = []
        if known is not None:
            scored.append(_copy(known, score=min(1.0, known.score + 0.05)))
        for cand in self.kb.candidates(name):
            entity = self.kb.entities[cand.kb_id]
            if entity.kind != "person" or (known is not None and cand.kb_id == known.kb_id):
                continue
            record = self.kb.entity_record(cand.kb_id, ctx.date, mention=name, score=cand.score)
            record.score = round(min(1.0, record.score * self._person_fit(cand.kb_id, owner, title, ctx)), 4)
            self._align_role(record, cand.kb_id, title, owner, ctx.date)
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
            unknown = self._unknown_person(name, owner, title_text, descriptor, ctx, phrase.former)
            scored.insert(0, unknown)
        analysis.persons[(phrase.start, phrase.end)] = scored
        best = scored[0]
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
        return [_copy(e) for e in scored]

    def _owned_candidates(self, doc: Doc, phrase: Phrase, analysis: Analysis) -> list[Entity]:
        """ "The Bush administration", "the Assad regime": the person's country, with the sector."""
        owned = phrase.owned
        assert owned is not None
        person = self._person_candidates(doc, Phrase(phrase.pieces, list(phrase.owners_after)), analysis)[0]
        if person.country is None:
            return []
        code = person.country
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

    def _align_role(
        self, record: Entity, kb_id: str, title: object, owner: Owner | None, day: str | None
    ) -> None:
        """Show the role the text names ("Foreign Minister X") when the person held it then."""
        office = getattr(title, "office", None)
        if office is None:
            return
        roles = [
            r
            for r in self.kb.entities[kb_id].roles
            if r.office == office
            and (owner is None or owner.kb_id in (r.of, r.country) or owner.country == r.country)
            and (day is None or r.active_on(day))
        ]
        if roles:
            role = max(roles, key=lambda r: r.start or "")
            record.role, record.country, record.sectors = role.title, role.country, list(role.sectors)

    def _person_fit(self, kb_id: str, owner: Owner | None, title: object, ctx: ArticleContext) -> float:
        """How well a KB person fits what the text says (title, owner, the article's country)."""
        st = self.kb.standing(kb_id, ctx.date)
        entity = self.kb.entities[kb_id]
        factor = 1.0
        office = getattr(title, "office", None)
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
        name: str,
        owner: Owner | None,
        title_text: str | None,
        descriptor: Piece | None,
        ctx: ArticleContext,
        former: bool,
    ) -> Entity:
        """A person the KB does not know, with the country and sector the text gives."""
        known = ctx.person_by_surname(name) if len(name_tokens(name)) == 1 else None
        if known is not None and known.kb_id is None:
            return _copy(known)
        title = descriptor.title if descriptor is not None else None
        if owner is None and title is not None and title.scope == "national":
            owner = self._context_owner(ctx)  # "President X" in an article about one country
        if owner is None:
            owner = self._shared_country(name, ctx)
        guessed = owner is None
        if guessed:
            owner = self._context_owner(ctx)  # a person the text says nothing else of: the article's country
        sectors = [s for s in (descriptor.sectors if descriptor is not None else ()) if s != "INHERIT"]
        if descriptor is not None and "INHERIT" in descriptor.sectors and owner is not None:
            sectors = list(owner.sectors) if owner.kind in ("group", "org") and owner.sectors else ["GOV"]
        if owner is not None and owner.kind == "group" and owner.sectors:
            sectors = list(owner.sectors)
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

    def _shared_country(self, name: str, ctx: ArticleContext) -> Owner | None:
        """The country every KB person of that name belongs to ("Bush", "Assad"), if they agree."""
        countries = set()
        matches = self.kb.names.match(name)
        for match in matches:
            if match.score < matches[0].score - SHARED_COUNTRY_MARGIN:
                break
            st = self.kb.standing(match.kb_id, ctx.date)
            countries.add(self.kb.entities[match.kb_id].country or st.country)
        if len(countries) != 1 or None in countries:
            return None
        code = countries.pop()
        if code not in self.kb.entities:
            return None
        return Owner(code, self.kb.entities[code].name, code, "country", inferred=True)

    # ------------------------------------------------------------------ offices and descriptions

    def _office_candidates(self, doc: Doc, phrase: Phrase, ctx: ArticleContext) -> list[Entity]:
        """ "The Iraqi Prime Minister", "the Secretary General of NATO": who held the office then."""
        piece = phrase.title
        assert piece is not None and piece.title is not None
        title = piece.title
        title_text = doc[piece.start : piece.end].text
        owner = self._owner(doc, phrase) or self._default_owner(title, ctx)
        if owner is not None and title.only_for and owner.country not in title.only_for:
            owner = None
        if phrase.former or owner is None or owner.kb_id is None:
            return [self._described(title_text, owner, title.sectors, phrase.former, title_text)]
        remembered = ctx.office_holder(owner.kb_id, title.office)
        if remembered is not None:
            return [_copy(remembered, score=0.95 if not owner.inferred else 0.85)]
        found = self.kb.holder(owner.kb_id, title.office, ctx.date) if ctx.date else None
        if found is None:
            return [self._described(title_text, owner, title.sectors, False, title_text)]
        role, holder_id = found
        record = self.kb.entity_record(holder_id, ctx.date, score=0.8 if owner.inferred else 0.9)
        record.role, record.country, record.sectors = role.title, role.country, list(role.sectors)
        return [record]

    def _default_owner(self, title: object, ctx: ArticleContext) -> Owner | None:
        """Whose office a bare title names: the article's main country, or its main organisation."""
        scope = getattr(title, "scope", "national")
        office = getattr(title, "office", "")
        if scope == "igo":
            for kb_id, _ in ctx.organisations.most_common():
                if (kb_id, office) in self.kb.holders:
                    entity = self.kb.entities[kb_id]
                    return Owner(kb_id, entity.name, entity.country, entity.kind, inferred=True)
            return None
        owner = self._context_owner(ctx)
        only_for = getattr(title, "only_for", frozenset())
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
        self, doc: Doc, phrase: Phrase, ctx: ArticleContext, asked: bool = False
    ) -> list[Entity]:
        """ "Iraqi security forces" -> IRQ MIL; "NATO officials" -> NATO GOV; "the police" -> main country."""
        head = phrase.shared_head or phrase.head
        assert head is not None
        owner = self._owner(doc, phrase)
        inferred = owner is None
        sectors = tuple(head.sectors)
        if owner is None and set(sectors) <= {"UNK"}:
            return []
        if owner is None and (asked or set(sectors) & NATIONAL_SECTORS):
            owner = self._context_owner(ctx)
        if owner is not None and owner.kind == "group" and owner.kb_id is not None:
            group = self.kb.standing(owner.kb_id, ctx.date)
            if set(sectors) <= {"INHERIT", "REB", "UAF", "MIL", "PRM"}:
                sectors = group.sectors or owner.sectors
        if sectors == ("INHERIT",):
            sectors = (
                owner.sectors
                if owner is not None and owner.kind in ("group", "org") and owner.sectors
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
                    score=0.4,
                )
            ]
        entity = self._described(doc[phrase.start : phrase.end].text, owner, sectors, False, None)
        if inferred:
            entity.score = 0.55 if set(sectors) & STATE_SECTORS else 0.45
        return [entity]

    def _named_candidates(self, doc: Doc, phrase: Phrase, ctx: ArticleContext) -> tuple[str, list[Entity]]:
        """A country, capital, organisation or group named outright."""
        head = phrase.head
        assert head is not None
        out: list[Entity] = []
        for surface in sorted(head.surfaces, key=lambda s: -FORM_SCORES[s.form]):
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
            owner = self._owner(doc, phrase)
            if owner is not None and owner.country:
                return [self._described(doc[phrase.start : phrase.end].text, owner, ("CVL",), False, None)]
        if not asked and (token.dep_ in ("amod", "compound", "nmod") or token.pos_ == "ADJ"):
            return []
        return [self.kb.entity_record(s.kb_id, ctx.date, score=0.9) for s in head.surfaces[:1]]

    def _unknown_candidates(
        self, doc: Doc, phrase: Phrase, ctx: ArticleContext, asked: bool = False
    ) -> tuple[str, list[Entity]]:
        """An organisation the KB does not know; its country and sector from the words of its name.

        A city is no actor; asked about one (a target "in Kirkuk"), it is a place in its country.
        """
        head = phrase.head
        assert head is not None
        if asked and head.label in ("GPE", "LOC"):
            text = doc[head.start : head.end].text
            code = city_country(text)
            if code is None:
                return "LOC", []
            return "LOC", [Entity(name=text, mention=text, kb_id=None, country=code, sectors=[], score=0.6)]
        if head.label not in ("ORG",):
            return "ORG", []
        text = doc[head.start : head.end].text
        owner = self._owner(doc, phrase) or self._owner_of_piece(doc, head)
        sectors: list[str] = []
        for inner in reversed(head.inner):
            if inner.kind in ("SECTOR", "TITLE") and inner.sectors:
                sectors = [s for s in inner.sectors if s != "INHERIT"]
                break
        if owner is None:
            context_owner = self._context_owner(ctx)
            country, score = (context_owner.country, 0.4) if context_owner else (None, 0.4)
        else:
            country, score = owner.country, 0.6
        return "ORG", [
            Entity(name=text, mention=text, kb_id=None, country=country, sectors=sectors, score=score)
        ]


def _accepted(scored: list[Entity], leader: bool) -> bool:
    """Take the best KB person when it is good, or a leader clearly better than the next one."""
    if not scored:
        return False
    best = scored[0].score
    second = scored[1].score if len(scored) > 1 else 0.0
    return best >= ACCEPT or (leader and best >= ACCEPT_CLEAR and best - second >= CLEAR_MARGIN)


def _copy(entity: Entity, score: float | None = None) -> Entity:
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


def _modifies_other_noun(doc: Doc, piece: Piece) -> bool:
    """A sector word used as a modifier ("military talks", "terrorist attacks") is not an actor."""
    token = doc[piece.end - 1]
    if token.dep_ in ("amod", "compound", "nmod") and not (piece.start <= token.head.i < piece.end):
        return token.head.i > token.i
    return token.pos_ == "ADJ" and token.dep_ != "nsubj"


def _is_location(doc: Doc, piece: Piece) -> bool:
    """A capital or seat of government used as a place ("in Baghdad"), not as the government."""
    g = grammar()
    before = piece.start - 1
    while before >= 0 and doc[before].lower_ in g.determiners:
        before -= 1
    if before >= 0 and (
        doc[before].lower_ in g.location_prepositions or doc[before].lemma_ in g.location_verbs
    ):
        return True
    after = piece.end
    if after < len(doc) and doc[after].text in ("-", "–") and after + 1 < len(doc):
        after += 1
    if after < len(doc) and doc[after].lower_ in g.location_followers:
        return True
    root = doc[piece.start : piece.end].root
    while root.dep_ in ("appos", "conj", "compound") and root.head is not root:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in g.location_prepositions
