"""Recipients the parser hid (round 10): a recipient phrase hung inside the verb's object phrase, in an event
noun of the verb's own prepositional phrase or in an action an event noun names, the owner of a released or
returned thing, a demand's addressee. ``verb_roles.py`` asks them only where no other recipient was found.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.entities import security_sector
from eventwire.events.parties import (
    OWN_POSSESSIVES,
    a_thing,
    counted_parties,
    named_modifiers,
    names_actor,
    names_someone,
    plausible_actor,
    prep_objects,
    violent_target,
)
from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import (
    Trigger,
    children,
    in_words,
    lookup,
)

OBJECT_PHRASE_DEPTH = 1
NAMED_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
OWNER_PRONOUNS = frozenset({"his", "her", "their"})  # the possessives entities.py resolves to parties
GOVERNED_DEPTH = 2  # "pledged to try to reach ..."
MEETING_PREPS = frozenset({"at", "in", "during", "before"})  # "at his next meeting with X"


def prepositional_event_parties(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """The parties of an event noun in the verb's own prepositional phrase: "called for sanctions
    against X", "pressed for talks with X" (``event_noun_preps``)."""
    nouns = prep_objects(verb, argument_word_set("event_noun_preps"))
    nouns = [n for n in nouns if lookup(lexicon.nouns, n) is not None]
    preps = lexicon.word_set("noun_recipient_preps")
    found = [p for n in nouns for o in prep_objects(n, preps) for p in counted_parties(o, lexicon)]
    return [o for o in found if names_named_party(o, trigger, lexicon)]


def theme_owners(objects: list[Token], trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whose thing the trigger's object is, when the object is what the act handles ("released a
    Turkish ship", "returned Egypt's statues": the pattern's own object words) and no one else is
    named: the owner or the named modifier."""
    if trigger.pattern.event_type.lower() not in argument_word_set("theme_owner_types"):
        return []
    themes = [o for o in objects if {o.lower_, o.lemma_.lower()} & trigger.pattern.obj]
    themes = [o for o in themes if a_thing(o, lexicon)]
    owners = [c for o in themes for c in children(o, ("poss",)) if c.lower_ not in OWN_POSSESSIVES]
    return [o for o in owners if names_someone(o, lexicon)] + [m for o in themes for m in named_modifiers(o)]


def object_phrase_parties(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Parties of a recipient phrase the parser hung inside the verb's object phrase rather than on
    the verb: "returned dozens of artifacts to the embassy", "established ties with X", "launched an
    operation, Operation Y, against militants" (``object_recipient_preps`` on the object,
    ``inner_recipient_preps`` deeper: not "the tour of the display with a painting")."""
    objects = children(verb, ("dobj", "obj"))
    inner = [h for h in object_phrase_heads(verb) if h not in objects]
    found = [o for h in objects for o in prep_objects(h, argument_word_set("object_recipient_preps"))]
    found = [
        o
        for o in found
        if lookup(lexicon.nouns, o.head.head) is None or names_named_party(o, trigger, lexicon)
    ]
    found += [o for h in inner for o in prep_objects(h, argument_word_set("inner_recipient_preps"))]
    found = [p for o in found for p in counted_parties(o, lexicon)]
    return [o for o in found if names_parties(o, trigger, lexicon)]


def governed_action_parties(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Parties of the action a threat, promise, refusal or request names in its infinitive, which has no
    subject of its own (the trigger's actor acts): whom its object serves (``served_objects``) or a recipient
    phrase that names a party ("threatened to withhold funds from the cities", "refused to provide the
    broadcaster with a licence"), or the partner of a meeting it is to happen at ("pledged to seek progress at
    his next meeting with X"); for the ``governing_types``, also through a chain of infinitives ("pledged to
    try to reach ...")."""
    if trigger.pattern.event_type.lower() not in lexicon.word_set("governing_types"):
        return []
    actions: list[Token] = []
    frontier = [verb]
    for _ in range(GOVERNED_DEPTH):
        frontier = [a for v in frontier for a in children(v, ("xcomp",)) if not children(a, ("nsubj",))]
        actions += frontier
    preps = argument_word_set("governed_action_preps")
    found = [o for a in actions for o in served_objects(a, lexicon)]
    found += [
        o for a in actions for o in prep_objects(a, preps) if names_or_places(o, lexicon) and not owned(o)
    ]
    meetings = [n for a in actions for n in prep_objects(a, MEETING_PREPS) if meeting_noun(n, lexicon)]
    partners = [o for n in meetings for o in prep_objects(n, lexicon.word_set("reciprocal_preps"))]
    return found + [o for o in partners if names_someone(o, lexicon)]


def served_objects(action: Token, lexicon: Lexicon) -> list[Token]:
    """Objects of a governed action that name whom it serves or targets: a name, or people given something
    ("provide the broadcaster with a licence": a "with" phrase or an indirect object); not what it adds or
    moves ("agreed to add two members to the council", "refused to send troops to Somalia"), nor a thing of a
    named owner ("promised to keep defending Britain's budget rebate")."""
    given = bool(prep_objects(action, frozenset({"with"}))) or bool(children(action, ("dative",)))
    objects = children(action, ("dobj", "obj", "dative"))
    named = [o for o in objects if o.ent_type_ in NAMED_ENTITIES or o.pos_ == "PROPN"]
    people = [o for o in objects if names_someone(o, lexicon) and security_sector(o, lexicon) is None]
    return [o for o in objects if o in named or (given and o in people)]


def conditioned_parties(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whom a conditional threat is aimed at: the subject of its condition ("warned that unless ministers
    backed down, the government would ...", "threatened that if the United States attacked, it would respond":
    whoever must comply; ``condition_marks``, for the ``conditioned_types``), in the trigger's own clause, its
    complement or its infinitive; not when the threatened act names its own target ("threatened to shell the
    bases if the army advanced": the bases, left to ``coder.recipient_from_governed``)."""
    if trigger.pattern.event_type.lower() not in argument_word_set("conditioned_types"):
        return []
    if any(children(a, ("dobj", "obj", "prep")) for a in children(verb, ("xcomp",))):
        return []  # "threatened to shell the bases if ...": the threatened act has its own target
    clauses = [verb, *children(verb, ("ccomp", "xcomp"))]
    marks = argument_word_set("condition_marks")
    conditions = [
        a
        for c in clauses
        for a in children(c, ("advcl",))
        if any(m.lower_ in marks for m in children(a, ("mark",)))
    ]
    subjects = [s for a in conditions for s in children(a, ("nsubj",))]
    return [s for s in subjects if names_actor(s) or names_someone(s, lexicon)]


def possessed_owners(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whose thing or act an accusation or an inquiry is aimed at, named by a possessive pronoun ("were
    investigating his tax returns", "criticised their decision": him, them; ``owner_recipient_types``),
    resolved by ``entities.py`` like any pronoun; not the actor's own act restated ("repeated his charge");
    a name is already its recipient ("the senator's tax returns"); not the owner of a person named by the
    relation ("accusing his rival": the rival is the recipient, round 20)."""
    if trigger.pattern.event_type.lower() not in argument_word_set("owner_recipient_types"):
        return []
    owned = [o for o in children(verb, ("dobj", "obj")) if not restates(o, trigger, lexicon)]
    owned = [o for o in owned if not in_words(o, argument_word_set("relational_nouns"))]
    return [c for o in owned for c in children(o, ("poss",)) if c.lower_ in OWNER_PRONOUNS]


def examined_owners(noun: Token, trigger: Trigger) -> list[Token]:
    """Whose thing an inquiry or an accusation named by a noun examines: the named or pronoun possessor of
    its "of" or "into" object ("a criminal investigation of Ford's testing practices", "a probe into his
    finances"; ``owner_recipient_types``, ``examined_preps``)."""
    if trigger.pattern.event_type.lower() not in argument_word_set("owner_recipient_types"):
        return []
    things = prep_objects(noun, argument_word_set("examined_preps"))
    owners = [c for t in things for c in children(t, ("poss",))]
    return [c for c in owners if names_actor(c) or c.lower_ in OWNER_PRONOUNS]


def owned(token: Token) -> bool:
    """A phrase with the actor's own possessive ("resign from his post")."""
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in token.children)


def names_or_places(token: Token, lexicon: Lexicon) -> bool:
    """A name, people or a body, or a place that stands for its people ("from the cities"); not a thing of a
    named owner ("from Britain's budget")."""
    return names_someone(token, lexicon) or lexicon.in_class(token, "place")


def meeting_noun(noun: Token, lexicon: Lexicon) -> bool:
    """An event noun of a meeting ("at his next meeting with X", "in talks with X")."""
    entry = lookup(lexicon.nouns, noun)
    return entry is not None and any(p.event_type == "CONSULT" for p in entry.all())


def names_named_party(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """An event noun's prepositional party: a named actor, a noun that names people or organisations,
    counted people ("restrictions on millions of workers") or the target of violence; not a topic
    ("an investigation into leaks", "sanctions against trade links")."""
    if names_actor(token) or names_someone(token, lexicon) or violent_target(token, trigger, lexicon):
        return True
    if object_pronoun(token):  # "levied sanctions against him"
        return True
    counted_people = token.head.dep_ == "prep" and token.head.head.ent_type_ == "CARDINAL"
    return counted_people and plausible_actor(token, lexicon)


def favoured_parties(noun: Token) -> list[Token]:
    """The "for" phrase of an event noun that names whom it favours ("announced their support for X";
    ``for_recipient_nouns``); other nouns' "for" is a purpose or a topic ("calls for reform")."""
    if not in_words(noun, argument_word_set("for_recipient_nouns")):
        return []
    return prep_objects(noun, frozenset({"for"}))


def object_pronoun(token: Token) -> bool:
    """A personal pronoun as a preposition's object ("against him", "on them"; ``object_pronouns``)."""
    return token.dep_ == "pobj" and token.lower_ in argument_word_set("object_pronouns")


def names_parties(token: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """A prepositional object that names a party (``names_party``) or the target of violence; not an
    unnamed plural of reasons or terms ("on humanitarian grounds", ``non_party_nouns``)."""
    if names_actor(token) or names_someone(token, lexicon) or violent_target(token, trigger, lexicon):
        return True
    forms = {token.lower_, token.lemma_.lower()}
    return lexicon.in_class(token, "person") and not forms & argument_word_set("non_party_nouns")


def object_phrase_heads(verb: Token) -> list[Token]:
    """The verb's direct objects and the heads inside their phrases that a recipient phrase may hang
    on: ``object_inner_preps`` complements and appositions ("dozens of artifacts", "10 million in
    aid", "a painting by X")."""
    inner_preps = argument_word_set("object_inner_preps")
    heads = frontier = children(verb, ("dobj", "obj"))
    for _ in range(OBJECT_PHRASE_DEPTH):
        frontier = [i for h in frontier for i in prep_objects(h, inner_preps) + children(h, ("appos",))]
        heads = heads + frontier
    return heads


def addressees(noun: Token, trigger: Trigger) -> list[Token]:
    """Whom a demand's content clause addresses: "its demand that the US ease sanctions" (the US),
    for the types of ``addressed_clause_types``."""
    if trigger.pattern.event_type.lower() not in argument_word_set("addressed_clause_types"):
        return []
    clauses = [c for c in children(noun, ("acl", "ccomp")) if children(c, ("mark",))]
    return [s for c in clauses for s in children(c, ("nsubj",)) if names_actor(s)]


def nested_action_parties(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Parties of an action that an event noun's prepositional phrase or infinitive names: "the ban
    on doing business with X", "an invitation to meet with X"
    (``nested_action_preps``, ``infinitive_action_preps``; not "the threat to go to the papers")."""
    if not any(c.dep_ in ("prep", "acl") for c in noun.children):
        return []  # most nouns: nothing to read
    preps = argument_word_set("nested_action_preps")
    noun_preps = lexicon.word_set("noun_recipient_preps")
    phrases = [p for p in children(noun, ("prep",)) if p.lower_ in noun_preps]
    actions = [a for p in phrases for a in children(p, ("pcomp",)) if a.tag_ == "VBG"]
    objects = [o for a in actions for o in children(a, ("dobj", "obj"))]
    found = [o for h in actions + objects for o in prep_objects(h, preps)]
    infinitives = [a for a in children(noun, ("acl",)) if a.tag_ == "VB" and children(a, ("aux",))]
    found += [o for a in infinitives for o in prep_objects(a, argument_word_set("infinitive_action_preps"))]
    return [o for o in found if names_actor(o) or names_someone(o, lexicon)]


def restates(noun: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """An event-noun object of the trigger's own type ("reiterated Iraq's refusal" for a REJECT)."""
    verb = lexicon.nominal_verbs.get(noun.lemma_.lower()) or lexicon.nominal_verbs.get(noun.lower_)
    entries = [lookup(lexicon.nouns, noun), lexicon.verbs.get(verb) if verb else None]
    kinds = {p.event_type for e in entries if e is not None for p in e.candidates(set())}
    return trigger.pattern.event_type in kinds


def controlled_places(verb: Token, lexicon: Lexicon) -> list[Token]:
    """What a seizure took control of: the "of" phrase of a ``control_nouns`` object ("took full
    control of the town"), when it names a party or a place ("control of the situation" names none)."""
    nouns = [
        o for o in children(verb, ("dobj", "obj")) if o.lemma_.lower() in argument_word_set("control_nouns")
    ]
    places = [p for n in nouns for p in prep_objects(n, frozenset({"of"}))]
    return [p for p in places if names_actor(p) or lexicon.in_class(p, "place")]


def named_owners(head: Token) -> list[Token]:
    """The named owner of a thing or a place named as a recipient, by a participle of ownership ("oil
    facilities belonging to Saudi Aramco", "a ship owned by an Iranian firm", ``ownership_verbs``)."""
    participles = [c for c in children(head, ("acl",)) if in_words(c, argument_word_set("ownership_verbs"))]
    owners = [o for p in participles for o in prep_objects(p, frozenset({"to"}))]
    owners += [o for p in participles for a in children(p, ("agent",)) for o in children(a, ("pobj",))]
    return [o for o in owners if names_actor(o)]


def mission_hosts(verb: Token) -> list[Token]:
    """The host of a diplomatic mission the verb's object names, by its "in" phrase ("reopened its embassy in
    Damascus", ``mission_nouns``): the named place, standing for its state; none for an unnamed place."""
    missions = [o for o in children(verb, ("dobj", "obj")) if in_words(o, argument_word_set("mission_nouns"))]
    return [p for m in missions for p in prep_objects(m, frozenset({"in"})) if names_actor(p)]


def admitted_force_owners(noun: Token, trigger: Trigger) -> list[Token]:
    """The named owner of forces let in, which the pattern's object names ("allowed Turkish jets into its
    airspace": Turkey; ``force_owner_types``), whom the actor cooperates with."""
    if trigger.pattern.event_type.lower() not in argument_word_set("force_owner_types"):
        return []
    return named_modifiers(noun)
