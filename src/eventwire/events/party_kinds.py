"""What kind of thing a party phrase names when it names no party (round 16): a number, a time, a named thing
(an event, a law, a work, a product), or a common noun of a kind that never acts or undergoes as a party
(``noun_kinds`` in ``data/events/party_kinds.yaml``: weapons, objects, body parts, quantities, abstract
nouns). ``arguments.find_arguments`` drops such phrases from actors and recipients: a junk party is worse than
a missing one (it reaches the actor network as "55", "knife" or "six months").

The check reads what the mention is — the recogniser's label, the part of speech, the noun's kind — never
the text of a particular phrase; a phrase with a name, a resolved actor or a word for people in it is a
party whatever its head.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.events.entities import core_tokens
from eventwire.events.parties import ACTOR_ENTITIES, aged_person, names_someone, time_expression
from eventwire.events.patterns import Lexicon, read_yaml
from eventwire.events.senses import animal
from eventwire.events.triggers import MODIFIER_DEPS
from eventwire.records import Entity

PARTY_KINDS = "party_kinds.yaml"
NUMBER_ENTITIES = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
THING_ENTITIES = frozenset({"EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"})
OWNED_KINDS = frozenset({"weapon", "object", "body_part"})  # a named owner's device stands for the owner
OWNER_DEPS = (*MODIFIER_DEPS, "poss")


@cache
def noun_kinds() -> dict[str, str]:
    """Each listed noun with its kind (``noun_kinds`` of party_kinds.yaml), lower-cased."""
    kinds = read_yaml(PARTY_KINDS)["noun_kinds"]
    return {str(word).lower(): kind for kind, words in kinds.items() for word in words}


@cache
def word_prefixes() -> frozenset[str]:
    """Prefixes the tokenizer splits from a hyphenated word (``word_prefixes`` of party_kinds.yaml)."""
    return frozenset(str(w).lower() for w in read_yaml(PARTY_KINDS)["word_prefixes"])


def prefix_fragment(head: Token) -> bool:
    """A prefix cut from its word ("condemned anti-semitism": "anti" taken for the object's head)."""
    following = head.nbor(1) if head.i + 1 < len(head.doc) else None
    return (
        head.lower_ in word_prefixes()
        and following is not None
        and following.text in ("-", "‑")
        and not head.whitespace_
        and not following.whitespace_
    )


def place_noun(head: Token, lexicon: Lexicon) -> bool:
    """A place noun no party stands for ("a Turkish beach"), unless a complement names one ("the street of
    the protesters" names no party either, but "a square full of soldiers" does)."""
    return noun_kind(head) == "place" and not names_within(head, lexicon, owned=False)


def instigation(head: Token) -> bool:
    """A noun naming who asked for or ordered the act, with its "of" phrase, framing the act ("at the
    behest of X", "on the orders of X"; ``instigation`` in ``noun_kinds``): X instigated the act and is no
    party to it."""
    if head.pos_ != "NOUN" or noun_kind(head) != "instigation" or head.dep_ != "pobj":
        return False
    framed = head.head.lower_ in instigation_preps()  # not "rejected the order of the court"
    return framed and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


@cache
def instigation_preps() -> frozenset[str]:
    """Prepositions framing an instigation ("at the behest of"; ``instigation_preps`` of party_kinds.yaml)."""
    return frozenset(str(w).lower() for w in read_yaml(PARTY_KINDS)["instigation_preps"])


@cache
def captivity_words(name: str) -> frozenset[str]:
    """``captivity_nouns`` or ``captivity_preps`` of party_kinds.yaml."""
    return frozenset(str(w).lower() for w in read_yaml(PARTY_KINDS)[name])


def left_captivity(head: Token) -> bool:
    """A place of captivity someone leaves ("released from a Wisconsin jail", "freed from custody";
    ``captivity_nouns`` after ``captivity_preps``): where the captive was, no party, whatever name modifies
    it."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj":
        return False
    if head.head.lower_ not in captivity_words("captivity_preps"):
        return False
    return head.lemma_.lower() in captivity_words("captivity_nouns")


@cache
def condition_nouns() -> frozenset[str]:
    """Nouns for a condition ("the state of relations"; ``condition_nouns`` of party_kinds.yaml)."""
    return frozenset(str(w).lower() for w in read_yaml(PARTY_KINDS)["condition_nouns"])


def condition_of_matter(head: Token, lexicon: Lexicon) -> bool:
    """A condition noun whose "of" phrase names no party ("the current state of relations", "the status of the
    talks"), the topic of an act; not "the state of Israel", "the condition of the prisoners"."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in condition_nouns():
        return False
    matters = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    matters = [o for o in matters if o.dep_ == "pobj"]
    return bool(matters) and not any(
        names_within(o, lexicon, owned=True) or naming(o, lexicon) for o in matters
    )


def naming(token: Token, lexicon: Lexicon) -> bool:
    """A name or a word for people or bodies as a phrase's own head."""
    return token.ent_type_ in ACTOR_ENTITIES or token.pos_ == "PROPN" or people_word(token, lexicon)


def resolved(entities: list[Entity]) -> bool:
    """Whether the actors stage (or a security-force phrase) gave any of the entities an identity."""
    return any(e.kb_id or e.country or e.sectors for e in entities)


def noun_kind(token: Token) -> str | None:
    """The kind of a common noun by its lemma or form (``noun_kinds``), None when it is not listed."""
    kinds = noun_kinds()
    return kinds.get(token.lemma_.lower()) or kinds.get(token.lower_)


def names_within(head: Token, lexicon: Lexicon, owned: bool) -> bool:
    """Whether the phrase holds a word for people or bodies ("a number of troops", "a team of police"), or a
    name in a complement of its head ("a list of Iraqi demands"). With ``owned`` a modifier counts too: a
    device or an object of a named owner stands for the owner ("Syrian government missiles struck", as
    ``parties.unowned_device``); an idea or an amount only says whose it is ("the Tory plans", "refugee
    admissions"), which names no party."""
    modifiers = set() if owned else {t.i for c in head.children if c.dep_ in OWNER_DEPS for t in c.subtree}
    for token in core_tokens(head):
        if token == head or token.i in modifiers:
            continue
        if token.ent_type_ in ACTOR_ENTITIES or token.pos_ == "PROPN" or people_word(token, lexicon):
            return True
    return False


def generic_phrase(head: Token) -> bool:
    """A common noun under a determiner that names no one in particular ("any other country", "every
    nation"; ``generic_determiners``)."""
    determiners = generic_determiners()
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in determiners for c in head.children)


@cache
def generic_determiners() -> frozenset[str]:
    """Determiners of a phrase naming no one in particular (``generic_determiners`` of party_kinds.yaml)."""
    return frozenset(str(w).lower() for w in read_yaml(PARTY_KINDS)["generic_determiners"])


def people_word(token: Token, lexicon: Lexicon) -> bool:
    """A common noun for people or bodies (``person_nouns``, ``actor_nouns``, ``person_role_nouns``)."""
    return token.pos_ == "NOUN" and names_someone(token, lexicon)


def number_kind(head: Token) -> bool:
    """A number, an ordinal, an amount or a measure as a party's head ("55", "the second", "$3 million",
    "seven more"); an age stands for a person ("the 52-year-old")."""
    if aged_person(head):
        return False
    if head.ent_type_ in NUMBER_ENTITIES or head.pos_ == "NUM":
        return True
    return head.pos_ in ("ADJ", "ADV") and any(c.ent_type_ in NUMBER_ENTITIES for c in head.children)


def party_kind(head: Token, entities: list[Entity], lexicon: Lexicon, mentioned: bool = False) -> str | None:
    """The kind of non-party a party phrase's head names ("number", "time", "fragment" (a word's prefix),
    "place", "instigation", "captivity", "named thing", "animal" by the type rules' ``animal_nouns``, or a
    noun kind: "weapon", "object", "body_part", "quantity", "abstract"),
    None when it may name a party: a resolved actor, a pronoun, a name, or a phrase with a name or a word
    for people in it that does more than modify the head; ``mentioned``: the actors stage found a name in the
    phrase ("the Kenyan proposal"), which it stands for."""
    if time_expression(head):
        return "time"
    if prefix_fragment(head):
        return "fragment"
    if head.pos_ == "NOUN" and head.ent_type_ not in ACTOR_ENTITIES and place_noun(head, lexicon):
        return "place"  # a name modifying a place says where it is ("a Turkish beach"), not who acts
    if instigation(head):
        return "instigation"  # "at the behest of X": a name in it is whoever asked for the act
    if left_captivity(head):
        return "captivity"  # "released from a Wisconsin jail"
    if mentioned or resolved(entities) or head.pos_ == "PRON":
        return None
    if generic_phrase(head):
        return "generic"  # "any other country": no one in particular
    if number_kind(head):
        return None if names_within(head, lexicon, owned=False) else "number"
    if head.ent_type_ in THING_ENTITIES:
        return "named thing"
    if condition_of_matter(head, lexicon):
        return "abstract"
    if head.pos_ != "NOUN":
        return None
    kind = "animal" if animal(head, lexicon) else noun_kind(head)
    return None if kind is None or names_within(head, lexicon, kind in OWNED_KINDS) else kind
