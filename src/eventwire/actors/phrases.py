"""Group a sentence's pieces into actor phrases: one phrase per actor.

"Egyptian Foreign Minister Sameh Shoukry" is one phrase (owner, title, person); so are "the Secretary
General of NATO" (title, owner), "António Guterres, the UN Secretary-General" (person and its
appositive title) and "a senior Egyptian government official" (owner, sector). In "Hungarian and
Romanian officials" the first modifier borrows the head of the second.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span

from eventwire.actors.grammar import grammar
from eventwire.actors.pieces import NAMING, Piece
from eventwire.nlp import spaced_dash

HEADS = frozenset({"TITLE", "SECTOR", "PERSON"})
# Sectors of institutions whose generic titles and words take their sector ("Parliament President").
LENDING = frozenset(
    {"LEG", "JUD", "MIL", "COP", "SPY", "PTY", "REB", "OPP", "BUS", "LAB", "EDU", "MED", "REL", "JRN"}
)
OWNERS = frozenset({"ACTOR", "CAPITAL", "DEMONYM", "UNK"})
# Sectors an inheriting word ("members", "headquarters") takes from the sector word it belongs to.
INHERITED = LENDING | {"CVL", "ELI", "REF", "AGR", "CRM", "SOC", "UAF"}


@dataclass(slots=True)
class Phrase:
    """Pieces that together name or describe one actor."""

    pieces: list[Piece]
    owners_after: list[Piece] = field(default_factory=list)  # "of NATO", "for the UN"
    places: list[Piece] = field(default_factory=list)  # "in Iraq": where, a weaker owner
    postings: list[Piece] = field(default_factory=list)  # "(ambassador) to Syria": where posted, no owner
    shared_head: Piece | None = None  # borrowed head for coordinated modifiers
    owned: Piece | None = None  # a sector a person stands for ("the Bush administration")
    former: bool = False
    plural: bool = False

    @property
    def all_pieces(self) -> list[Piece]:
        owned = [self.owned] if self.owned else []
        return self.pieces + self.owners_after + self.places + self.postings + owned

    @property
    def start(self) -> int:
        return min(p.start for p in self.all_pieces)

    @property
    def end(self) -> int:
        return max(p.end for p in self.all_pieces)

    @property
    def descriptor(self) -> Piece | None:
        """The title, else a sector word, that describes a person ("X, an Afghan spokesperson")."""
        return self.title or next((p for p in self.pieces if p.kind == "SECTOR"), None)

    @property
    def is_agent(self) -> bool:
        """Only "US" of "US-backed …": an actor, but not what the phrase around it is about."""
        return all(p.agent for p in self.pieces)

    @property
    def person(self) -> Piece | None:
        return next((p for p in reversed(self.pieces) if p.kind == "PERSON"), None)

    @property
    def title(self) -> Piece | None:
        return next((p for p in reversed(self.pieces) if p.kind == "TITLE"), None)

    @property
    def head(self) -> Piece | None:
        """The piece saying what the actor is: a person, else a title or sector, else a name."""
        if self.person:
            return self.person
        heads = [p for p in self.pieces if p.kind in HEADS]
        if heads:
            return heads[-1]
        if self.shared_head:
            return self.shared_head
        return self.pieces[-1]

    def lent_sectors(self, head: Piece) -> tuple[str, ...]:
        """The sectors a sector word before ``head`` lends it: "the Parliament President" (LEG),
        "police headquarters" (COP), "army spokesman" (MIL); or its "for"/"of" owner ("a spokesman for the
        rebels": REB)."""
        for owner in self.owners_after:
            if owner.kind == "SECTOR" and set(head.sectors) <= {"GOV", "INHERIT"}:
                return tuple(s for s in owner.sectors if s != "INHERIT")
        if head.sectors == ("INHERIT",):  # "family members", "police headquarters"
            lending = set(INHERITED)
        elif head.kind == "TITLE" and set(head.sectors) <= {"GOV"}:  # "the Parliament President"
            lending = set(LENDING)
        else:
            return ()  # "child soldiers", "the coalition government": the head says what they are
        for piece in reversed(self.pieces):
            if piece.start < head.start and piece.kind == "SECTOR" and set(piece.sectors) & lending:
                return tuple(s for s in piece.sectors if s != "INHERIT")
        return ()

    @property
    def owners(self) -> list[Piece]:
        """Names that say whose actor this is (modifiers and "of"/"in" objects)."""
        head = self.head
        return (
            [p for p in self.pieces if p.kind in OWNERS and p is not head] + self.owners_after + self.places
        )


def group_phrases(sent: Span, pieces: list[Piece]) -> list[Phrase]:
    """Phrases of a sentence, in text order."""
    doc = sent.doc
    groups: list[Phrase] = []
    for piece in pieces:
        if piece.kind == "BLOCK":
            continue
        if groups and _join(doc, groups[-1], piece):
            phrase = groups[-1]
            linked = phrase.owners_after + phrase.places + phrase.postings
            if piece not in linked and piece is not phrase.owned:
                phrase.pieces.append(piece)
            continue
        groups.append(Phrase([piece]))
    groups = _merge_appositions(doc, _scoped_titles(doc, _absorb_bracketed_acronyms(doc, groups)))
    _share_heads(doc, groups)
    for phrase in groups:
        _mark(doc, phrase)
    return groups


def _gap(doc: Doc, start: int, end: int) -> list[str]:
    return [doc[i].lower_ for i in range(start, end)]


def _only(words: list[str], allowed: frozenset[str]) -> bool:
    return all(w in allowed for w in words)


def _join(doc: Doc, phrase: Phrase, piece: Piece) -> bool:
    """Attach ``piece`` to ``phrase`` when the words between them glue them into one actor."""
    g = grammar()
    last = phrase.all_pieces[-1]
    if _titled_name_after_owner(phrase, piece, last):  # "UN special envoy for Syria Jane Roe"
        return True
    if last.agent or phrase.owners_after or phrase.places or phrase.postings or phrase.owned:
        return False  # "US-backed forces": the US does not own the forces
    if _spaced_dash(doc, last.end, piece.start):
        return False  # "Geneva, Switzerland - The main opposition group": a dateline, then the sentence
    words = _gap(doc, last.end, piece.start)
    possessive = bool(words) and words[0] in ("'s", "’s", "'", "’")
    if possessive:
        words = words[1:]
    if phrase.person is not None:
        return _join_to_person(doc, phrase, piece, words)
    if not possessive and _descriptor_gap(doc, last, piece):  # "Russian state bank Vnesheconombank"
        return True
    if _only(words, g.determiners | g.qualifiers) or _compound_gap(doc, last, piece):
        if possessive:  # "NATO's officials"; "the Secretary General's Special Representative"
            titles = last.kind == "TITLE" and piece.kind == "TITLE"
            return titles or (last.kind in NAMING and piece.kind in HEADS | OWNERS)
        return _adjacent_ok(last, piece)
    if _posted_to(doc, phrase, piece, words):
        phrase.postings.append(piece)
        return True
    if _sector_owner(phrase, piece, words):
        phrase.owners_after.append(piece)
        return True
    if _led_by(phrase, piece, words):
        phrase.owners_after.append(piece)
        return True
    link = words[0] if words else ""
    linked = link in g.owner_links | g.place_links and _only(words[1:], g.determiners | g.qualifiers)
    if linked and piece.kind in ("ACTOR", "CAPITAL", "UNK") and _takes_owner(doc, phrase, piece, link):
        (phrase.places if link in g.place_links else phrase.owners_after).append(piece)
        return True
    return False


def _titled_name_after_owner(phrase: Phrase, piece: Piece, last: Piece) -> bool:
    """ "The UN special envoy for Syria Jane Roe", "the Secretary General of NATO John Doe", "the Russian
    ambassador to Cyprus Jane Roe": a name right after a title's owner or posting is the title's holder."""
    head = phrase.head
    titled = head is not None and (head is phrase.title or (phrase.postings and head.kind == "SECTOR"))
    return (
        piece.kind == "PERSON"
        and piece.start == last.end
        and phrase.person is None
        and titled
        and last in (phrase.owners_after[-1:] + phrase.postings[-1:])
        and not phrase.places
    )


def _posted_to(doc: Doc, phrase: Phrase, piece: Piece, words: list[str]) -> bool:
    """ "Russian Ambassador to Saudi Arabia", "the EU envoy to Kosovo": the country or body a diplomat is
    posted to belongs to the phrase without owning it (the diplomat represents the owner)."""
    head = phrase.head
    g = grammar()
    return (
        head is not None
        and head.kind in ("TITLE", "SECTOR")
        and doc[head.end - 1].lower_ in g.posted_heads
        and piece.kind in ("ACTOR", "CAPITAL")
        and bool(words)
        and words[0] in g.posting_links
        and _only(words[1:], g.determiners)
    )


def _spaced_dash(doc: Doc, start: int, end: int) -> bool:
    """A dash set off by spaces between two pieces (``nlp.spaced_dash``)."""
    return any(spaced_dash(doc[i]) for i in range(start, end))


def _compound_gap(doc: Doc, last: Piece, piece: Piece) -> bool:
    """ "Indian coal workers", "Brazil's truck drivers": common nouns between a modifier and a sector
    word that modify that word (or each other) belong to the phrase."""
    if piece.kind not in ("SECTOR", "TITLE"):
        return False
    start = last.end + (1 if doc[last.end].tag_ == "POS" else 0)
    gap = range(start, piece.start)
    return bool(gap) and all(
        doc[i].is_lower
        and doc[i].is_alpha
        and doc[i].dep_ in ("compound", "amod", "nmod")
        and start <= doc[i].head.i < piece.end
        for i in gap
    )


def _descriptor_gap(doc: Doc, last: Piece, piece: Piece) -> bool:
    """ "Russian state bank Vnesheconombank", "French planemaker Airbus": a name after a country's
    demonym and common nouns describing what it is belongs to that country (not after a relation:
    "Russian ally X")."""
    if last.kind != "DEMONYM" or not (
        piece.kind == "PERSON" or (piece.kind == "UNK" and piece.label == "ORG")
    ):
        return False
    gap = range(last.end, piece.start)
    if not gap or any(doc[i].lower_ in grammar().relation_nouns for i in gap):
        return False
    if not all(doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ in ("NOUN", "ADJ") for i in gap):
        return False
    inside = range(last.start, piece.end)
    name = doc[piece.end - 1]
    apposed = name.dep_ == "appos" and name.head.i in gap  # "planemaker Airbus"
    compound = all(doc[i].head.i in inside for i in gap)  # "state bank Vnesheconombank"
    return doc[last.start].head.i in inside and (apposed or compound)


def _sector_owner(phrase: Phrase, piece: Piece, words: list[str]) -> bool:
    """ "The negotiator for the opposition", "a spokesman for the rebels": a state-sector or inheriting word
    whose "for"/"of" complement is a sector word that lends its sectors (opposition, rebels, party) speaks
    for that sector; an inheriting word takes private sectors too ("members of the gang": CRM, round 27)."""
    head = phrase.head
    g = grammar()
    return (
        head is not None
        and head.kind == "SECTOR"
        and set(head.sectors) <= {"GOV", "INHERIT"}
        and piece.kind == "SECTOR"
        and not piece.agent
        and bool(set(piece.sectors) & (INHERITED if _bare_inheriting(phrase, head) else LENDING))
        and bool(words)
        and words[0] in g.owner_links
        and _only(words[1:], g.determiners | g.qualifiers)
    )


def _bare_inheriting(phrase: Phrase, head: Piece) -> bool:
    """An inheriting head with no sector word before it ("members", not "family members")."""
    return head.sectors == ("INHERIT",) and not any(
        p.kind == "SECTOR" and p.start < head.start for p in phrase.pieces
    )


def _led_by(phrase: Phrase, piece: Piece, words: list[str]) -> bool:
    """ "coalition forces led by the United States": the leader owns the description."""
    head = phrase.head
    if head is None or head.kind != "SECTOR" or piece.kind not in ("ACTOR", "CAPITAL"):
        return False
    for link in grammar().leader_links:
        parts = link.split()
        if words[: len(parts)] == parts and _only(words[len(parts) :], grammar().determiners):
            return True
    return False


def _takes_owner(doc: Doc, phrase: Phrase, piece: Piece, link: str) -> bool:
    """ "Secretary General of NATO", "rebels in Darfur", "Albanians of southern Serbia"."""
    head = phrase.head
    if head is None:
        return False
    if piece.kind == "UNK" and piece.label not in ("ORG", "GPE", "LOC"):
        return False
    if piece.kind == "UNK" and piece.label == "ORG" and link not in ("of", "for"):
        return False
    if head.kind == "SECTOR":
        return True
    if head.kind == "TITLE":
        return link in grammar().owner_links
    people = head.kind == "DEMONYM" and doc[head.end - 1].pos_ in ("NOUN", "PROPN")
    return people and link in ("in", "of") and piece.kind != "UNK"


def _join_to_person(doc: Doc, phrase: Phrase, piece: Piece, words: list[str]) -> bool:
    """ "the Bush administration" (a sector the person stands for), "King Hassan of Morocco"."""
    if not words and piece.kind == "SECTOR" and not piece.agent:
        phrase.owned = piece
        return True
    if words[:1] == ["of"] and _only(words[1:], grammar().determiners) and piece.kind in ("ACTOR", "CAPITAL"):
        phrase.owners_after.append(piece)
        return True
    return False


def _adjacent_ok(last: Piece, piece: Piece) -> bool:
    if piece.kind in ("TITLE", "SECTOR"):
        return last.kind in OWNERS | {"TITLE", "SECTOR"}
    if piece.kind == "PERSON":
        return last.kind in ("TITLE", "SECTOR") or (last.kind in OWNERS and last.kind != "UNK")
    if piece.kind == "UNK" and piece.label in ("ORG", "FAC"):
        return last.kind in ("ACTOR", "DEMONYM", "CAPITAL")
    if piece.kind == "ACTOR":
        return last.kind == "DEMONYM" or (last.kind == "UNK" and last.label == "NORP")
    if piece.kind == "CAPITAL" and last.kind in ("ACTOR", "DEMONYM"):  # "the US Congress"
        return bool({s.kb_id for s in last.surfaces} & {s.kb_id for s in piece.surfaces})
    if piece.kind == "UNK" and piece.label == "NORP":
        return last.kind == "DEMONYM"
    return False


def _is_title_only(phrase: Phrase) -> bool:
    return phrase.person is None and phrase.title is not None


def _is_description(doc: Doc, phrase: Phrase) -> bool:
    """ "an Afghan defence spokesperson": one person described by a singular sector word."""
    head = phrase.head
    return (
        phrase.person is None
        and head is not None
        and head.kind == "SECTOR"
        and doc[head.end - 1].tag_ in ("NN", "NNP")
        and phrase.shared_head is None
    )


def _merge_appositions(doc: Doc, groups: list[Phrase]) -> list[Phrase]:
    """ "X, the Secretary General of NATO," and "Iraq's Prime Minister, X," are one actor each."""
    out: list[Phrase] = []
    for phrase in groups:
        if out:
            prev = out[-1]
            words = _gap(doc, prev.end, phrase.start)
            if _is_title_only(prev) and _title_complement(doc, prev.end, phrase.start):
                words = [","]  # "the UN special rapporteur on torture, Nils Melzer"
            if words[:1] == [","] and _only(words[1:], grammar().determiners):
                if (
                    prev.person
                    and not prev.owners_after
                    and not prev.owned
                    and (_is_title_only(phrase) or _is_description(doc, phrase))
                ):
                    prev.pieces.extend(phrase.pieces)
                    prev.owners_after.extend(phrase.owners_after)
                    prev.places.extend(phrase.places)
                    continue
                if (
                    (_is_title_only(prev) or _described_then_named(doc, prev, phrase))
                    and phrase.person
                    and phrase.title is None
                    and len(phrase.pieces) == 1
                ):
                    prev.pieces.extend(phrase.pieces)
                    continue
        out.append(phrase)
    return out


def _described_then_named(doc: Doc, prev: Phrase, phrase: Phrase) -> bool:
    """ "The Russian ambassador to Cyprus, Jane Roe, said": one person described, then named between
    commas (the closing comma tells an apposition from a list: "the spokesman, Roe and Doe")."""
    closed = phrase.end < len(doc) and doc[phrase.end].text == ","
    return closed and _is_description(doc, prev) and not prev.owners_after and not prev.places


def _scoped_titles(doc: Doc, groups: list[Phrase]) -> list[Phrase]:
    """ "The UN Syria special envoy", "the US Iran envoy X": a body or country right before a country that
    opens a title owns the title; the second country is the office's remit, kept as a posting (no owner)."""
    out: list[Phrase] = []
    for phrase in groups:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev.pieces) == 1
            and prev.pieces[0].kind == "ACTOR"
            and not (prev.pieces[0].agent or prev.owners_after or prev.places or prev.postings)
            and prev.end == phrase.start
            and len(phrase.pieces) > 1
            and phrase.pieces[0].kind == "ACTOR"
            and phrase.pieces[1].kind == "TITLE"
            and phrase.title is not None
        ):
            prev.pieces.extend(phrase.pieces[1:])
            prev.postings = [phrase.pieces[0], *phrase.postings]
            prev.owners_after, prev.places = phrase.owners_after, phrase.places
            continue
        out.append(phrase)
    return out


def _title_complement(doc: Doc, start: int, end: int) -> bool:
    """ "on torture,", "for human rights,": a title's subject in lower-case words, then a comma."""
    gap = [doc[i] for i in range(start, end)]
    return (
        2 < len(gap) <= 6
        and gap[0].lower_ in ("on", "for")
        and gap[-1].text == ","
        and all(t.is_lower and t.is_alpha for t in gap[1:-1])
    )


def _absorb_bracketed_acronyms(doc: Doc, groups: list[Phrase]) -> list[Phrase]:
    """ "the North Atlantic Treaty Organization (NATO)": the bracketed short form is the same actor."""
    out: list[Phrase] = []
    for phrase in groups:
        if out and len(phrase.pieces) == 1 and phrase.pieces[0].kind == "ACTOR":
            prev = out[-1]
            ids = {s.kb_id for p in prev.pieces + prev.owners_after for s in p.surfaces}
            closes = phrase.end < len(doc) and doc[phrase.end].text == ")"
            if (
                _gap(doc, prev.end, phrase.start) == ["("]
                and closes
                and ids & {s.kb_id for s in phrase.pieces[0].surfaces}
            ):
                continue  # the short form repeats the name: no second actor
        out.append(phrase)
    return out


def _share_heads(doc: Doc, groups: list[Phrase]) -> None:
    """ "Hungarian and Romanian officials": the lone modifier takes the next phrase's head."""
    for first, second in pairwise(groups):
        words = _gap(doc, first.end, second.start)
        lone = all(p.kind == "DEMONYM" for p in first.pieces) and not first.owners_after
        if not (lone and words and _only(words, grammar().coordinators | grammar().qualifiers)):
            continue
        head = second.head
        if (
            head is not None
            and head.kind in ("SECTOR", "TITLE")
            and second.person is None
            and second.pieces[0].kind == "DEMONYM"
        ):
            first.shared_head = head


def _mark(doc: Doc, phrase: Phrase) -> None:
    """Set the ``former`` and ``plural`` flags from the words of the phrase."""
    head = phrase.head
    head_start = head.start if head else phrase.start
    window = range(max(phrase.start - 3, 0), head_start)
    phrase.former = any(_former_marker(doc, i) for i in window)
    if head is not None and head.kind in ("TITLE", "SECTOR"):
        phrase.plural = doc[head.end - 1].tag_ in ("NNS", "NNPS")


def _former_marker(doc: Doc, i: int) -> bool:
    """ "former", "ex-", "the then president" (but not "then the Secretary General": a sequence)."""
    word = doc[i].lower_
    if word == "then":
        return i > 0 and doc[i - 1].lower_ in grammar().determiners
    return word in grammar().former_markers
