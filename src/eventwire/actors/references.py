"""References back to actors an article has named: "the Organization", "the Alliance", "the bloc",
"the Council", "the country", "the two countries", "both sides".

The words and rules are data (``data/kb/references.yaml``). The gazetteer marks reference words as
``REF`` pieces; before the pieces of an article are grouped into phrases, each reference either
takes the identity of its antecedent (and becomes an ``ACTOR`` piece, or a group of them for "the
two countries") or falls back to what the word means on its own (a sector term, or nothing).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.actors.kb import KnowledgeBase, Surface
from eventwire.actors.names import raw_tokens
from eventwire.actors.pieces import Piece
from eventwire.actors.refwords import reference_words

NON_ACTOR_SECTORS = frozenset({"NONE", "JNK", "NON"})
STATE_KINDS = frozenset({"country", "territory"})
BODY_KINDS = frozenset({"igo", "org", "group"})
VENUE_PREPOSITIONS = frozenset({"in", "at"})
PLACE_PHRASE_DEPS = frozenset({"appos", "compound", "amod", "nmod", "npadvmod", "poss"})
PLACE_PHRASE_DEPTH = 6


@dataclass(frozen=True, slots=True)
class Antecedent:
    """A country or organisation named in the article, where."""

    sentence: int
    token: int
    kb_id: str
    kind: str
    modifier: bool = False  # "U.S." in "U.S. citizens": said of something else, a weaker antecedent
    venue: bool = False  # "in Brussels": where something happened, not a party to it


class ReferenceResolver:
    """Resolves the REF pieces of an article to the actors they refer back to."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.words = reference_words()
        nouns = {k for k, cls in self.words.classes.items() if cls == "organisation"}
        self.parts: dict[str, list[str]] = defaultdict(list)
        self.name_nouns: dict[str, frozenset[str]] = {}
        for entity in kb.entities.values():
            if entity.kind not in BODY_KINDS:
                continue
            words = {w for name in (entity.name, *entity.aliases) for w in raw_tokens(name)}
            self.name_nouns[entity.kb_id] = frozenset(words & nouns)
            if entity.part_of:
                self.parts[entity.part_of].append(entity.kb_id)

    def resolve(self, doc: Doc, sentences: list[list[Piece]]) -> None:
        """Give each reference of the article its antecedent, in place; drop those without one."""
        named = self._antecedents(doc, sentences)
        for index, pieces in enumerate(sentences):
            kept = []
            for piece in pieces:
                for inner in piece.inner:  # "Alliance" in an organisation's name the KB does not know
                    if inner.kind != "REF":
                        continue
                    if _heads_own_name(doc, piece, inner):
                        inner.kind = "SECTOR" if inner.sectors else "BLOCK"  # what the word means
                    elif not self._settle(doc, index, inner, named):
                        inner.kind = "BLOCK"
                if piece.kind != "REF" or self._settle(doc, index, piece, named):
                    kept.append(piece)
            pieces[:] = kept

    def _settle(self, doc: Doc, sentence: int, piece: Piece, named: list[Antecedent]) -> bool:
        """Resolve one reference; False when it has neither an antecedent nor a meaning of its own."""
        found = self._antecedent_of(doc, sentence, piece, named)
        if found:
            self._become(piece, found)
            if len(found) == 1:  # "the country" after "the two countries" is neither of them for sure
                named.append(Antecedent(sentence, piece.start, found[0], self._kind(found[0])))
                named.sort(key=lambda a: (a.sentence, a.token))
            return True
        if self.words.classes.get(piece.ref or "") in ("countries", "actors") and self._count(doc, piece):
            return False  # "both sides of the river": a reference to nobody is no actor either
        return self._fall_back(piece)

    # ------------------------------------------------------------------ antecedents

    def _antecedents(self, doc: Doc, sentences: list[list[Piece]]) -> list[Antecedent]:
        out = []
        for index, pieces in enumerate(sentences):
            for piece in pieces:
                kb_id = self._named_by(piece) or self._person_named_by(piece)
                if kb_id is not None:
                    last = doc[piece.end - 1]
                    modifier = last.dep_ in ("compound", "amod", "nmod", "poss") and last.head.i >= piece.end
                    venue = _venue(doc, piece)
                    out.append(Antecedent(index, piece.start, kb_id, self._kind(kb_id), modifier, venue))
        return out

    def _person_named_by(self, piece: Piece) -> str | None:
        """The KB person a person's name names, when it names exactly one (a party "the two sides" of a
        meeting can stand for)."""
        if piece.kind != "PERSON" or not piece.surfaces:
            return None
        people = {s.kb_id for s in piece.surfaces if self._kind(s.kb_id) == "person"}
        return people.pop() if len(people) == 1 else None

    def _named_by(self, piece: Piece) -> str | None:
        """The country or organisation a piece names outright, if any."""
        if piece.kind not in ("ACTOR", "CAPITAL", "DEMONYM") or not piece.surfaces or piece.agent:
            return None
        kinds = [self._kind(s.kb_id) for s in piece.surfaces]
        if any(k in STATE_KINDS | BODY_KINDS for k in kinds):
            return next(s.kb_id for s, k in zip(piece.surfaces, kinds, strict=True) if k != "person")
        return None

    def _kind(self, kb_id: str) -> str:
        return self.kb.entities[kb_id].kind

    def _media(self, antecedent: Antecedent) -> bool:
        """A news outlet or agency (sector JRN): it reports on the sides, it is none of them."""
        return "JRN" in self.kb.entities[antecedent.kb_id].sectors

    def _antecedent_of(
        self, doc: Doc, sentence: int, piece: Piece, named: list[Antecedent]
    ) -> tuple[str, ...]:
        noun = piece.ref or ""
        cls = self.words.classes.get(noun)
        capitalised = doc[piece.start].text[:1].isupper()
        count = self._count(doc, piece)
        if cls == "actors" and count is None and self._definite(doc, piece) and self._in_meeting(doc, piece):
            return self._participants(sentence, piece, named)  # "the parties also discussed trade"
        if cls is None or count is None:
            return ()
        if cls != "organisation" or noun in self.words.capitalised_only:
            if noun in self.words.capitalised_only and not capitalised:
                return ()
            if cls != "organisation" and not self._definite(doc, piece):
                return ()
        elif not (self._definite(doc, piece) or (capitalised and not doc[piece.start].is_sent_start)):
            return ()
        if not capitalised and piece.end < len(doc) and doc[piece.end].lower_ == "of":
            return ()  # "the organization of the summit"
        before = [a for a in named if (a.sentence, a.token) < (sentence, piece.start)]
        if not capitalised:
            before = [a for a in before if sentence - a.sentence <= self.words.window]
        if cls == "country":  # "U.S. citizens were urged to leave the country" (Iraq, named as a place)
            close = [a for a in before if sentence - a.sentence <= 1 and not a.modifier]
            return _nearest(close, STATE_KINDS, 1) or _nearest(before, STATE_KINDS, 1)
        if cls in ("countries", "actors"):
            kinds = STATE_KINDS if cls == "countries" else STATE_KINDS | BODY_KINDS
            before = [a for a in before if not self._media(a)]  # "both sides, AFP reported": no side
            if cls == "actors":  # "A met B in Brussels. The two sides ...": A and B, not the venue
                parties = [a for a in before if not a.venue and not a.modifier and a.sentence >= sentence - 1]
                found = _nearest(parties, kinds | {"person"}, count)
                if found:
                    return found
            before = [a for a in before if a.kind != "person"]
            same = list(dict.fromkeys(a.kb_id for a in before if a.sentence == sentence))
            if len(same) == count:
                return tuple(same)
            parties = [a for a in before if not a.venue]
            return _nearest(parties, kinds, count) or _nearest(before, kinds, count)
        after = [a for a in named if (a.sentence, a.token) > (sentence, piece.start)]
        return self._organisation(noun, [*reversed(before), *after])

    def _in_meeting(self, doc: Doc, piece: Piece) -> bool:
        """Whether the reference's sentence or the one before it tells of a meeting (``meeting_words``):
        "the parties" there are its participants, elsewhere ("the parties campaigned") political parties."""
        sent = doc[piece.start].sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return any(t.lemma_.lower() in self.words.meeting_words for t in doc[start : sent.end])

    def _participants(self, sentence: int, piece: Piece, named: list[Antecedent]) -> tuple[str, ...]:
        """Every party named in this or the last sentence before the reference, not a venue or a
        modifier, when there are at least two of them (a meeting needs two)."""
        kinds = STATE_KINDS | BODY_KINDS | {"person"}
        before = [
            a for a in named if (a.sentence, a.token) < (sentence, piece.start) and a.sentence >= sentence - 1
        ]
        found = list(
            dict.fromkeys(
                a.kb_id
                for a in before
                if a.kind in kinds and not a.venue and not a.modifier and not self._media(a)
            )
        )
        return tuple(found) if len(found) >= 2 else ()

    def _organisation(self, noun: str, order: list[Antecedent]) -> tuple[str, ...]:
        """The organisation (or one of its bodies) a noun refers to, nearest antecedent first."""
        for antecedent in order:
            if antecedent.kind not in BODY_KINDS:
                continue
            kb_id = antecedent.kb_id
            if noun in self.name_nouns.get(kb_id, ()):
                return (kb_id,)
            bodies = [p for p in self.parts.get(kb_id, ()) if noun in self.name_nouns.get(p, ())]
            if len(bodies) == 1:
                return (bodies[0],)
            entity = self.kb.entities[kb_id]
            defaults = () if "JRN" in entity.sectors else self.words.kind_refs.get(entity.kind, ())
            if noun in entity.refs or noun in defaults:
                return (kb_id,)
        return ()

    # ------------------------------------------------------------------ the words around a reference

    def _definite(self, doc: Doc, piece: Piece) -> bool:
        """ "the Organization", "this country", "the two sides", "both parties", "the jihadist group"."""
        i = piece.start - 1
        while i >= 0 and (doc[i].lower_ in self.words.numbers or _plain_modifier(doc[i])):
            if doc[i].lower_ == "both":
                return True
            i -= 1
        return i >= 0 and doc[i].lower_ in self.words.determiners

    def _count(self, doc: Doc, piece: Piece) -> int | None:
        """How many actors a reference stands for: 1, or the number before a plural ("the two")."""
        cls = self.words.classes.get(piece.ref or "")
        if cls not in ("countries", "actors"):
            return 1
        for i in range(piece.start - 1, max(piece.start - 3, -1), -1):
            if doc[i].lower_ in self.words.numbers:
                return self.words.numbers[doc[i].lower_]
        return None

    # ------------------------------------------------------------------ rewriting the piece

    def _become(self, piece: Piece, kb_ids: tuple[str, ...]) -> None:
        piece.kind = "ACTOR"
        piece.surfaces = tuple(Surface(self.kb.entities[k].name, k, "reference") for k in kb_ids)
        piece.group = len(kb_ids) > 1
        piece.sectors = ()
        piece.ref = None

    @staticmethod
    def _fall_back(piece: Piece) -> bool:
        """An unresolved reference keeps the meaning of its sector term, if it has one."""
        if not piece.sectors:
            return False
        piece.kind = "BLOCK" if set(piece.sectors) & NON_ACTOR_SECTORS else "SECTOR"
        piece.ref = None
        return True


def _plain_modifier(token: Token) -> bool:
    """A lower-case adjective between a determiner and a reference ("the jihadist group")."""
    return token.text[:1].islower() and token.is_alpha and token.pos_ in ("ADJ", "NOUN", "VERB")


def _nearest(before: list[Antecedent], kinds: frozenset[str], count: int) -> tuple[str, ...]:
    """The ``count`` distinct actors of the given kinds named last, in text order."""
    found: list[str] = []
    for antecedent in reversed(before):
        if antecedent.kind in kinds and antecedent.kb_id not in found:
            found.append(antecedent.kb_id)
            if len(found) == count:
                return tuple(reversed(found))
    return ()


def _venue(doc: Doc, piece: Piece) -> bool:
    """A place named in a locative phrase: right after its preposition ("met in Brussels", "talks at
    Geneva"), or inside it ("in the Belgian capital, Brussels", "in Brussels, Belgium", "in the capital
    of Belgium")."""
    if piece.start > 0 and doc[piece.start - 1].lower_ in VENUE_PREPOSITIONS:
        return True
    return _in_locative_phrase(doc[piece.start : piece.end].root)


def _in_locative_phrase(token: Token) -> bool:
    """Whether a word hangs, through names, modifiers and "of" phrases, on a locative preposition."""
    for _ in range(PLACE_PHRASE_DEPTH):
        if token.dep_ == "pobj":
            if token.head.lower_ in VENUE_PREPOSITIONS:
                return True
            if token.head.lower_ != "of":
                return False
            token = token.head.head
        elif token.dep_ in PLACE_PHRASE_DEPS and token.head is not token:
            token = token.head
        else:
            return False
    return False


def _heads_own_name(doc: Doc, name: Piece, word: Piece) -> bool:
    """ "Court" in "the Court of Appeal": a reference word followed by more capitalised words of the
    same name heads that body's own name and refers back to no court named before."""
    return any(t.text[:1].isupper() and t.is_alpha and not t.is_stop for t in doc[word.end : name.end])
