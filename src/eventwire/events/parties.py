"""Whether a token of the parse names a party of an event: a named actor, people or an organisation, counted
people, the target of violence; what an event's own words are (its thing, its fund, an aged person).

The predicates ``arguments.py``, ``subjects.py`` and ``hidden_recipients.py`` ask of a phrase head.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors import country_names
from eventwire.events.argument_words import argument_word_set
from eventwire.events.entities import (
    core_tokens,
)
from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import (
    MODIFIER_DEPS,
    NON_ACTOR_ENTITIES,
    Trigger,
    children,
    in_words,
    lookup,
    of_objects,
)

OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
ACTOR_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
SCENE_ENTITIES = frozenset({"FAC", "LOC"})


def prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the token's prepositional children with one of the prepositions."""
    return [o for p in children(token, ("prep",)) if p.lower_ in preps for o in children(p, ("pobj",))]


def names_actor(token: Token) -> bool:
    """Whether a prepositional object names an actor: a proper name or a phrase with a named entity.

    Direct objects are kept as they are; prepositional phrases more often name topics and places
    ("cooperate on fisheries"), so they count only when they name someone.
    """
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in core_tokens(token))


def names_someone(token: Token, lexicon: Lexicon) -> bool:
    """A named actor, or a noun that always names people or organisations ("officials", "army"; also an
    office or a role no trigger list knows, ``person_role_nouns``: "the principal", "the commissioner"; or an
    enemy, ``opponent_nouns``: "his rival")."""
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.pos_ == "PROPN":
        return True
    forms = {token.lower_, token.lemma_.lower()}
    people = lexicon.word_set("person_nouns") | argument_word_set("person_role_nouns")
    people = people | argument_word_set("opponent_nouns")
    return bool(forms & (people | lexicon.word_set("actor_nouns"))) or people_adjective(token)


def people_adjective(token: Token) -> bool:
    """An adjective standing after "the" for the people it describes ("aid to the injured", "the displaced";
    round 24, ``people_adjectives``); never one before a noun ("the injured men" is the men)."""
    adjectives = argument_word_set("people_adjectives")
    if token.pos_ not in ("ADJ", "VERB", "NOUN") or token.lower_ not in adjectives:
        return False
    if token.dep_ in ("amod", "acl", "compound"):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def plausible_actor(noun: Token, lexicon: Lexicon) -> bool:
    """A noun that can act: a named actor, an actor or person noun, or a counted group of people."""
    return names_someone(noun, lexicon) or lexicon.in_class(noun, "person")


def names_party(token: Token, lexicon: Lexicon) -> bool:
    """A prepositional object that names someone: a named actor, or people ("at demonstrators")."""
    return names_actor(token) or names_someone(token, lexicon) or lexicon.in_class(token, "person")


def non_agent(subject: Token, lexicon: Lexicon) -> bool:
    """A subject that names a happening, not who acted ("the fighting killed hundreds")."""
    forms = {subject.lower_, subject.lemma_.lower()}
    return any(f in lexicon.nouns for f in forms) or bool(forms & lexicon.word_set("non_agent_nouns"))


def violent_target(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """A place or people that violence or coercion is aimed at ("struck rebel positions",
    "air strikes against militant hideouts"), which names a recipient though no actor is named."""
    if trigger.pattern.event_type.lower() not in lexicon.word_set("targeted_types"):
        return False
    return lexicon.in_class(token, "place") or lexicon.in_class(token, "person")


def aged_person(token: Token) -> bool:
    """A person named by an age ("the 52-year-old was arrested"), which the recogniser tags as a date:
    ``age_heads`` in a noun's place after ``age_units``."""
    if token.lower_ not in argument_word_set("age_heads") or token.dep_ in ("amod", "acomp"):
        return False
    units = argument_word_set("age_units")
    return any(t.lemma_.lower() in units for t in token.doc[max(token.i - 3, 0) : token.i])


def counts_people(token: Token, trigger: Trigger) -> bool:
    """A bare number as the object of violence or coercion ("killed 12", "arrested 40")."""
    return token.ent_type_ == "CARDINAL" and trigger.pattern.event_type in ("ASSAULT", "COERCE")


def named_fund(token: Token, forms: set[str], lexicon: Lexicon) -> bool:
    """A prepositional object that is a name ending in a word for an act ("to the Relief Fund",
    "resolutions of the Security Council"), but not a gathering where something is said ("at the
    World Conference", ``venue_preps``)."""
    if token.dep_ != "pobj" or token.pos_ != "PROPN" or token.ent_type_ not in ACTOR_ENTITIES:
        return False
    venue = token.head.lower_ in argument_word_set("venue_preps")
    return not (venue and any(f in lexicon.nouns for f in forms))


def names_the_event(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """An object that describes the event ("imposed sanctions") or its time, not its recipient."""
    if token.ent_type_ in NON_ACTOR_ENTITIES and not counts_people(token, trigger) and not aged_person(token):
        return True
    forms = {token.lower_, token.lemma_.lower()}
    if named_fund(token, forms, lexicon):
        return False  # a name, though it ends in a word for an act ("to the Relief Fund")
    if any(f in lexicon.nouns or f in lexicon.nominal_verbs for f in forms):
        return True  # an event noun or a nominalised action ("demanded the release of ...")
    if violent_target(token, trigger, lexicon):
        return False  # "pounded militant positions": the positions were attacked
    # "hosted refugees" names whom; "lifted tariffs" names the act (a plural is no person here)
    named_people = token.ent_type_ in ("PERSON", "NORP") or bool(forms & lexicon.word_set("person_nouns"))
    return bool(forms & trigger.pattern.obj) and not named_people


def own_asset(token: Token) -> bool:
    """An object the actor owns ("withdrew its troops", "recalled their ambassador"): not a recipient;
    a prepositional partner is someone else ("shared intelligence with their counterparts")."""
    return token.dep_ != "pobj" and any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in token.children
    )


def addressed_person(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """Someone of the actor's own side whom words are addressed to ("praised his deputy", "urged
    their supporters"): a person is no asset of a verbal act; "recalled its ambassador" is one, and
    "voiced his opposition" names the act, not the opposition party."""
    verbal = lexicon.verbal(trigger.pattern.event_type)
    organisation = bool({token.lower_, token.lemma_.lower()} & lexicon.word_set("actor_nouns"))
    return verbal and lexicon.in_class(token, "person") and not organisation


def is_recipient(token: Token, trigger: Trigger, lexicon: Lexicon, undergoes: bool = False) -> bool:
    """Not the event itself, its time, the actor's own asset, or the weapon used ("fired tear gas"); a
    passive's subject (``undergoes``: "his son was arrested") is nobody's asset."""
    if names_the_event(token, trigger, lexicon):
        return False
    if own_asset(token) and not undergoes and not addressed_person(token, trigger, lexicon):
        return in_words(token, argument_word_set("opponent_nouns"))  # "accused his rival": someone else
    return not ({token.lower_, token.lemma_.lower()} & lexicon.word_set("instrument_nouns"))


def named_modifiers(noun: Token) -> list[Token]:
    """Named actors modifying a noun ("UN sanctions", "Iraqi demands")."""
    return [m for m in children(noun, MODIFIER_DEPS) if m.ent_type_ in ACTOR_ENTITIES]


def attack_makers(attack: Token) -> list[Token]:
    """Named actors modifying an attack noun ("an Israeli airstrike", "a Taliban bombing"), not the town it
    struck ("a Kabul car bombing", ``town_name``): where it happened, not who made it (round 27)."""
    modifiers = named_modifiers(attack)
    for compound in children(attack, ("compound",)):  # "a Kabul car bombing": "Kabul" hangs on "car"
        modifiers += [m for m in named_modifiers(compound) if m.i < compound.i]
    return [m for m in modifiers if not town_name(m)]


def town_name(token: Token) -> bool:
    """Whether a token belongs to a place name that names no country ("Kabul", "Mosul"; "the United States"
    and "Iraq" do, by the actors stage's country table)."""
    if token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    text = name.text if name is not None else token.text
    return not country_names(text)


def a_thing(noun: Token, lexicon: Lexicon) -> bool:
    """A noun that names a thing, not an act, a plan or a statement ("a ship", not "plans")."""
    forms = {noun.lower_, noun.lemma_.lower()}
    if forms & lexicon.word_set("non_actor_nouns") or any(f in lexicon.nominal_verbs for f in forms):
        return False
    return lookup(lexicon.nouns, noun) is None


def counted(token: Token, lexicon: Lexicon) -> list[Token]:
    """The people a number stands for: "hundreds of civilians" -> civilians; "killed 12" -> 12."""
    measure = token.lemma_.lower() in lexicon.word_set("measure_nouns") or token.pos_ == "NUM"
    measure = measure or in_words(token, argument_word_set("tally_nouns"))  # "a total of 31 minors"
    people = [o for o in prep_objects(token, frozenset({"of"}))] if measure else []
    return people or [token]


def counted_parties(token: Token, lexicon: Lexicon) -> list[Token]:
    """``counted``, also for a count the recogniser tags as a number ("millions of workers"), for
    prepositional phrases, whose objects are filtered for parties afterwards."""
    if token.ent_type_ == "CARDINAL" and token.pos_ != "NUM":
        return of_objects(token) or [token]
    return counted(token, lexicon)


def takes_people(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A pattern whose object is people: ``obj_class: person`` or a violent or coercive type."""
    types = lexicon.word_set("targeted_types")
    return trigger.pattern.obj_class == "person" or trigger.pattern.event_type.lower() in types


def unowned_device(head: Token, lexicon: Lexicon) -> bool:
    """A device named as the actor with no owner ("a car laden with explosives blew up"; not "a
    Russian missile", "police bullets"; ``device_nouns``)."""
    if not in_words(head, argument_word_set("device_nouns")):
        return False
    owners = [c for c in head.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    return not any(c.dep_ == "poss" or names_someone(c, lexicon) or c.ent_type_ for c in owners)


def time_expression(head: Token) -> bool:
    """A date or a time named as a party, mostly an event noun's possessor ("Thursday's blast", "last
    night's attack"): it says when, never who; an age is a person ("the 52-year-old")."""
    return head.ent_type_ in TIME_ENTITIES and not aged_person(head)


def scene_of_act(token: Token, lexicon: Lexicon) -> bool:
    """A place in a ``scene_preps`` phrase ("assassinated at the airport", "detained at Belmarsh Prison"):
    where the act happened, not whom it was aimed at, once the act has a recipient of its own (the caller
    checks); a place word that names an organisation ("the embassy") may still be a target."""
    if token.dep_ != "pobj" or token.head.lower_ not in argument_word_set("scene_preps"):
        return False
    forms = {token.lower_, token.lemma_.lower()}
    if forms & lexicon.word_set("actor_nouns") or token.ent_type_ in ACTOR_ENTITIES:
        return False
    return token.ent_type_ in SCENE_ENTITIES or bool(forms & lexicon.word_set("place_nouns"))


def absolute_clause(token: Token) -> bool:
    """A "with" phrase that is a clause of its own ("were injured, with several suffering burns"):
    a quantifier followed by a participle is that clause's subject and verb, not a party."""
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return False
    quantifiers = argument_word_set("quantifier_pronouns")
    phrase = list(token.subtree)
    return any(
        t.lower_ in quantifiers and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ in ("VBG", "VBN")
        for t in phrase
    )


def unnamed_matter(token: Token) -> bool:
    """An unnamed plural of reasons, terms or offences, which no preposition makes a party ("charged
    with war crimes", "on humanitarian grounds"; ``non_party_nouns``)."""
    forms = {token.lower_, token.lemma_.lower()}
    return bool(forms & argument_word_set("non_party_nouns")) and not names_actor(token)


def names_nothing(head: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """A common noun that names a thing, an idea or an act, not a party ("welcomed the move", "rejected
    the label", "demanded proof", "condemned the use of chemical weapons"): a singular noun no word list
    knows as a person, an actor or a place, or one of ``non_actor_nouns``, with no name in its phrase. A
    plural may stand for unnamed people ("the detainees") and stays; so do the targets of violence and
    coercion ("hit the convoy", "seized the ship"), an age ("the 52-year-old") and a counted number."""
    if trigger.pattern.event_type.lower() in lexicon.word_set("targeted_types"):
        return False
    if head.pos_ != "NOUN" or names_someone(head, lexicon) or lexicon.in_class(head, "place"):
        return False
    if aged_person(head) or counts_people(head, trigger):
        return False
    if any(t.ent_type_ in ACTOR_ENTITIES or t.pos_ == "PROPN" for t in core_tokens(head)):
        return False
    forms = {head.lower_, head.lemma_.lower()}
    return bool(forms & lexicon.word_set("non_actor_nouns")) or head.tag_ == "NN"
