"""Private affairs: an event between private parties only is no political interaction (round 17).

PLOVER codes the interactions of political actors: states and their bodies, parties, armed groups, IGOs
and NGOs, courts and police (the manual's sector table and its non-state actor codes). Private life,
celebrity, business and sport news use the same verbs: a singer "thanked" her fans, a company "agreed" to
pay another, a woman "sued" her former husband. The check reads the parties through the actors stage's
codes only (``Entity.country``, ``sectors``, ``kb_id``) and the sentence through its mentions and its
words (knowledge in triggers.yaml). An event of a checked type (``private_affair_types``: not the types
that crime, protest and force make political whoever acts) is no event when

- no party is political: none has a political sector (``political_sectors``: GOV, MIL, LEG, JUD, COP,
  PTY, REB, …, CRM for crime), a political non-state code (``political_actor_codes``: IGO, UNO, EUR, NGO,
  ISM, IMG), or a ``kb_id`` (a state, a known person or body) without only private sectors;
- the sentence has no political cue: no mention in it (a place aside) names a political party, and none
  of its words is political (``political_cue_words``: government, minister, police, court, murder …);
- and something says the parties are private: a party coded as civilians, a business or the media
  (``private_sectors``: CVL, BUS, MNC, JRN), or a word of private life, entertainment, business or sport
  in the sentence (``private_life_words``: husband, band, fans, takeover, club …). A party the actors
  stage does not know in a sentence without such a word ("Ahmed Karimi met Omar Haddad in Kabul") may be
  a politician it has no record of, and keeps its event.

The record is then not coded at all (no record carries the reason; this module and its data are the
explanation, and its tests show each case beside a twin that keeps its event).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.entities import MentionIndex
from eventwire.events.patterns import Lexicon
from eventwire.records import Entity, Event

PLACE_KINDS = frozenset({"GPE", "LOC"})  # a country named as a place ("performed in Germany") is no party
LIFE_POS = ("NOUN", "ADJ")  # "the band", "married"; not the verbs "host", "tour", "star"


def private_affair(event: Event, sentence: Span, index: MentionIndex, lexicon: Lexicon) -> bool:
    """Whether an event of a checked type has no political party and its sentence no political cue (the
    module docstring): "the singer thanked her fans", "the company agreed a takeover of its rival"."""
    if event.event_type.lower() not in lexicon.word_set("private_affair_types"):
        return False
    parties = [*event.actor, *event.recipient]
    if any(political(p, lexicon) for p in parties) or political_cue(sentence, index, lexicon):
        return False
    return any(private(p, lexicon) for p in parties) or private_life_cue(sentence, lexicon)


def political(entity: Entity, lexicon: Lexicon) -> bool:
    """A state, a political body or person, an armed group, a criminal, an IGO or an NGO, by the actors
    stage's codes; a party it does not know ("Ms Jones", "the family") is not."""
    sectors = {s.lower() for s in entity.sectors}
    if sectors & lexicon.word_set("political_sectors"):
        return True
    if entity.country and entity.country.lower() in lexicon.word_set("political_actor_codes"):
        return True
    return bool(entity.kb_id) and not private(entity, lexicon)


def private(entity: Entity, lexicon: Lexicon) -> bool:
    """A party the actors stage codes as civilians, a business or the media only (CVL, BUS, MNC, JRN)."""
    sectors = {s.lower() for s in entity.sectors}
    private_sectors = lexicon.word_set("private_sectors")
    return (bool(sectors) and sectors <= private_sectors) or (entity.country or "").lower() == "mnc"


def private_life_cue(sentence: Span, lexicon: Lexicon) -> bool:
    """A word of private life, entertainment, business or sport ("husband", "band", "takeover")."""
    words = lexicon.word_set("private_life_words")
    return any(t.lower_ in words or t.lemma_.lower() in words for t in sentence if t.pos_ in LIFE_POS)


def political_cue(sentence: Span, index: MentionIndex, lexicon: Lexicon) -> bool:
    """A political party named anywhere in the sentence (not as a place), or a political word."""
    words = lexicon.word_set("political_cue_words")
    if any(word_forms(t) & words for t in sentence):
        return True
    mentions = index.in_tokens(list(sentence))
    return any(
        m.kind not in PLACE_KINDS and any(political(e, lexicon) for e in m.candidates[:1] + m.group)
        for m in mentions
    )


def word_forms(token: Token) -> set[str]:
    """The token's lower-case form and lemma, without full stops, and the parts of a hyphenated word
    ("U.N.-brokered": "un", "brokered")."""
    forms = {token.lower_.replace(".", ""), token.lemma_.lower().replace(".", "")}
    return forms | {part for form in forms for part in form.split("-")}
