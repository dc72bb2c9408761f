"""Who acts and who undergoes a verb trigger: the subject or passive agent, the objects, datives and
prepositional parties, and the fall-backs when the parse names none (``verb_roles``)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.attack_parties import (
    ascribed_attackers,
    attack_clause_agents,
    attackers,
    campaign_opponents,
    cause_agents,
    harming_attack_agents,
    purpose_targets,
)
from eventwire.events.deed_owners import (
    addresser_of,
    event_noun_agents,
    owner_of,
    prepositional_act_owners,
    reacted_owners,
)
from eventwire.events.document_authors import (
    document_author,
    document_noun,
    document_receivers,
    medium,
    participant_of,
)
from eventwire.events.framed_recipients import asked_from, asked_of, complained_of, demanded_of
from eventwire.events.hidden_recipients import (
    addressees,
    admitted_force_owners,
    conditioned_parties,
    controlled_places,
    examined_owners,
    favoured_parties,
    governed_action_parties,
    mission_hosts,
    names_named_party,
    nested_action_parties,
    object_phrase_parties,
    object_pronoun,
    possessed_owners,
    prepositional_event_parties,
    restates,
    theme_owners,
)
from eventwire.events.parties import (
    absolute_clause,
    counted,
    counted_parties,
    is_recipient,
    named_modifiers,
    names_actor,
    names_party,
    names_someone,
    names_the_event,
    non_agent,
    plausible_actor,
    prep_objects,
    scene_of_act,
    takes_people,
    unnamed_matter,
)
from eventwire.events.patterns import Lexicon
from eventwire.events.senses import antecedent
from eventwire.events.subjects import (
    coordinated_agent,
    passive_agent,
    shared_passive_subject,
    subject_of,
    subordinated_passive_subject,
)
from eventwire.events.triggers import Trigger, children, in_words, lookup, misparsed_main_verb, of_objects
from eventwire.events.voice import (
    adjectival_stance,
    participle_clause_subjects,
    stative_passive_subjects,
    stranded_passive_subjects,
)


def verb_roles(trigger: Trigger, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """(actor heads, recipient heads) of a verb trigger."""
    verb = trigger.token
    stance = adjectival_stance(verb)  # "is opposed to the plan": the subject's own stance
    passive = children(verb, ("nsubjpass",)) or ([verb.head] if reduced_passive(verb, lexicon) else [])
    passive = passive or subordinated_passive_subject(verb) or shared_passive_subject(verb, lexicon)
    passive = passive or stative_passive_subjects(verb) or participle_clause_subjects(verb)
    passive = passive or stranded_passive_subjects(verb)  # "hearing her son had been convicted"
    passive = [antecedent(p) for p in passive]  # "the men who were arrested"
    if stance is not None:
        actors, recipients = stance
    elif passive:
        agent = passive_agent(verb) or coordinated_agent(verb)  # "detained and disappeared by X"
        actors, recipients = (agents_of_agent(agent, lexicon) if agent else []), passive
    else:
        subject = subject_of(verb, lexicon)
        hung_on_noun = subject is not None and subject == verb.head and not misparsed_main_verb(verb)
        document = subject if hung_on_noun and document_noun(subject) else None
        if document is not None:  # "issued 60 resolutions condemning", "a letter from the ministry denying"
            subject = document_author(document, lexicon)
        elif hung_on_noun and (not plausible_actor(subject, lexicon) or medium(subject)):
            # "a rally to protest", "issued a statement condemning", "expressed readiness to help",
            # "posted a message on Twitter blaming Iran" (the poster blames)
            subject = participant_of(subject)
        actors = [subject] if subject is not None and not non_agent(subject, lexicon) else []
        actors = actors or ([] if subject is None else deployed_parties(subject, lexicon))
        recipients = moved_objects_aside(verb, trigger, relative_objects(verb, lexicon)) + datives(verb)
        recipients = blamed_parties(verb) or recipients  # "blamed the shortages on the reforms"
        recipients += [] if document is None else document_receivers(document)  # "the group received ..."
        if not recipients and takes_people(trigger, lexicon):  # "killing and wounding dozens of troops"
            recipients = shared_objects(verb)
    if not actors and trigger.pattern.event_type == "ASSAULT":
        actors = cause_agents(verb, lexicon) or harming_attack_agents(verb, lexicon)
        actors = actors or attack_clause_agents(verb, lexicon)
    receivers = receivers_of(verb, trigger, lexicon)  # "handed over the suspects to Argentina"
    if receivers:
        objects = children(verb, ("dobj", "obj"))
        recipients = [r for r in recipients if r not in objects] + receivers
    counts = counted_parties if takes_people(trigger, lexicon) else counted  # "released dozens of activists"
    recipients = [person for r in recipients for person in counts(r, lexicon)]
    # whose deed an object names, but not the antecedent of the verb's own relative clause, nor the
    # owner of a noun that restates the act ("reiterated Iraq's refusal": Iraq refuses, not the target)
    recipients = [
        r if r == verb.head or restates(r, trigger, lexicon) else owner_of(r, lexicon) or r
        for r in recipients
    ]
    recipients = [  # "welcomed his apology"; not "reiterated its demand" (the actor's own)
        r if restates(r, trigger, lexicon) else addresser_of(r, trigger, lexicon) or r for r in recipients
    ]
    event_nouns = [r for r in recipients if names_the_event(r, trigger, lexicon)]
    recipients = [r for r in recipients if r not in event_nouns]
    noun_preps = lexicon.word_set("noun_recipient_preps")
    repelled = in_words(verb, lexicon.word_set("repel_verbs"))
    defended = bool(event_nouns) and repelled  # not "called off a strike against X"
    for noun in event_nouns:  # "imposed sanctions on X": the noun's own recipient phrase
        targets = prep_objects(noun, noun_preps) + participle_preps(noun, noun_preps) + favoured_parties(noun)
        targets = [p for o in targets for p in counted_parties(o, lexicon)] + nested_action_parties(
            noun, lexicon
        )
        targets += addressees(noun, trigger)
        targets += [] if targets else reacted_owners(noun, trigger, lexicon)  # "attacked the Tory plans"
        targets += [] if targets else examined_owners(noun, trigger)  # "opened an inquiry into X's finances"
        if not any(names_named_party(o, trigger, lexicon) for o in targets):  # "allowed Turkish jets in"
            targets += admitted_force_owners(noun, trigger)
        if not defended:  # "repelled an assault on a US base": the base is the defenders' own side
            recipients += [o for o in targets if names_named_party(o, trigger, lexicon)]
        if not actors and not repelled:  # "the withdrawal of the troops was completed": the noun's own actor
            actors = event_noun_agents(noun, lexicon) or named_modifiers(noun)  # "UN sanctions were lifted"
        elif repelled or trigger.pattern.particle in ("back", "off"):
            recipients += attackers(noun, lexicon)  # the attackers are the defence's target
    if event_nouns:  # "lift the ban on doing business with X", the "on" phrase hung on the verb
        recipients += nested_action_parties(verb, lexicon)
    undergoing = frozenset(r.i for r in passive)  # "his son was arrested": his son, no asset of an actor
    held = any(is_recipient(r, trigger, lexicon, r.i in undergoing) for r in recipients)
    recipients += [
        o
        for o in prep_objects(verb, lexicon.word_set("recipient_preps"))
        if (names_party(o, lexicon) or object_pronoun(o))  # "called on them to approve"
        and not absolute_clause(o)
        and not unnamed_matter(o)
        and not (held and scene_of_act(o, lexicon))  # "was assassinated at Kuala Lumpur airport"
    ]
    if trigger.pattern.event_type == "CONSULT":
        recipients += [p for p in meeting_partners(verb, lexicon) if p not in recipients]
    recipients += [p for p in asked_from(verb, trigger, lexicon) if p not in recipients]  # "answers from X"
    recipients = [
        r for r in recipients if is_recipient(r, trigger, lexicon, r.i in undergoing)
    ]  # "on Sunday"
    if not recipients:
        recipients = territorial_recipients(verb, lexicon) or controlled_places(verb, lexicon)
    if not recipients and not defended:  # "repelled an assault on a US base": not the US
        recipients = object_phrase_parties(verb, trigger, lexicon)
    if not recipients:
        recipients = prepositional_event_parties(verb, trigger, lexicon)
    if not recipients:
        recipients = theme_owners(children(verb, ("dobj", "obj")), trigger, lexicon) or mission_hosts(verb)
    if not recipients:
        recipients = complained_of(verb, trigger, lexicon) or prepositional_act_owners(verb, trigger, lexicon)
    if not recipients:
        recipients = asked_of(verb, trigger, lexicon) or demanded_of(verb, trigger, lexicon)

    if not recipients:  # "threatened to withhold funds from the cities", "warned that unless ministers ..."
        recipients = governed_action_parties(verb, trigger, lexicon) or conditioned_parties(
            verb, trigger, lexicon
        )
    if not recipients:  # "launched an offensive to oust the rebels"
        recipients = purpose_targets(verb, trigger, lexicon) or campaign_opponents(verb, trigger, lexicon)
    recipients = [r for r in recipients if is_recipient(r, trigger, lexicon, r.i in undergoing)]
    if recipients:  # "fell back to Baghuz": the place a retreat goes to is no recipient
        places = destinations(verb, trigger, lexicon)
        recipients = [r for r in recipients if r not in places]
    ascribed = [] if actors else ascribed_attackers(verb, recipients, lexicon)  # "an attack blamed on X"
    if ascribed:
        actors, recipients = ascribed, [r for r in recipients if r not in ascribed]
    return actors, recipients or possessed_owners(verb, trigger, lexicon)  # "investigating his tax returns"


def destinations(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """The places a retreat goes to ("fell back from village after village to Baghuz", "retreated into the
    desert": ``destination_free_types``, ``destination_preps``): no party the retreat is from; [] for other
    types, and not a party something is handed over to ("handed the town over to the rebels")."""
    if trigger.pattern.event_type.lower() not in argument_word_set("destination_free_types"):
        return []
    places = prep_objects(verb, argument_word_set("destination_preps"))
    handed = receivers_of(verb, trigger, lexicon)
    return [p for p in places if p not in handed and place_named(p, lexicon)]


def place_named(token: Token, lexicon: Lexicon) -> bool:
    """A place name or a common noun for a place ("Baghuz", "the desert"), not people or a body."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") or lexicon.in_class(token, "place")


def deployed_parties(subject: Token, lexicon: Lexicon) -> list[Token]:
    """The party a noun of sending or arriving carries in its "of" phrase, as the subject of an act ("the
    first deployment of NATO peacekeeping troops have arrived": the troops; ``deployment_nouns``); [] for
    other happenings ("the fighting killed dozens") or an "of" phrase naming no party ("a wave of raids")."""
    if not in_words(subject, argument_word_set("deployment_nouns")):
        return []
    return [o for o in prep_objects(subject, frozenset({"of"})) if names_party(o, lexicon)]


def blamed_parties(verb: Token) -> list[Token]:
    """Who or what a verb of blaming pins an ill on ("blamed the shortages on the government's reforms": the
    reforms, whose owner ``owner_of`` then finds; ``blame_verbs``, ``blamed_preps``); [] for other verbs or
    without that phrase ("blamed the government for the shortages": the object is the one blamed). The parser
    hangs the phrase on the verb or on its object."""
    if not in_words(verb, argument_word_set("blame_verbs")):
        return []
    preps = argument_word_set("blamed_preps")
    heads = [verb, *children(verb, ("dobj", "obj"))]
    return [o for h in heads for o in prep_objects(h, preps)]


def shared_objects(verb: Token) -> list[Token]:
    """The objects of the verb coordinated right after a verb without its own ("killing and wounding a
    number of troops", "arrested and charged five men"), which the two share; not when the second verb
    has a subject of its own ("police arrested and the court charged them") or another form ("opponents
    jailed or facing trial")."""
    if children(verb, ("dobj", "obj")) or not children(verb, ("cc",)):
        return []
    following = [
        c for c in children(verb, ("conj",)) if c.pos_ == "VERB" and c.i > verb.i and c.tag_ == verb.tag_
    ]
    if not following or children(following[0], ("nsubj", "nsubjpass")):
        return []
    return children(following[0], ("dobj", "obj"))


def receivers_of(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Named parties of a receiving phrase the pattern requires (``receiver_preps``: "handed over the
    suspects to Argentina", also hung on the object: "offered to hand over the suspects to Argentina"; any
    "to" phrase of a handing particle, ``handing_particles``), who receive what the object names; none for
    violence or coercion."""
    preps = argument_word_set("receiver_preps")
    if trigger.pattern.particle not in argument_word_set("handing_particles"):
        preps = trigger.pattern.prep & preps
    if not preps or trigger.pattern.event_type.lower() in lexicon.word_set("targeted_types"):
        return []
    objects = children(verb, ("dobj", "obj"))
    found = prep_objects(verb, preps) + [o for h in objects for o in prep_objects(h, preps)]
    return [o for o in found if names_actor(o)]


def moved_objects_aside(verb: Token, trigger: Trigger, objects: list[Token]) -> list[Token]:
    """Direct objects without what a mobilisation moves ("deployed tanks along the border", "put its
    troops on alert": the actor's own forces, ``theme_object_types``), a withdrawal takes back ("withdrew
    its troops", round 21: ``moved_object_verbs``) or an attack uses ("used water cannon and tear gas against
    protesters", round 23: ``instrument_object_verbs``), which is never its recipient."""
    moving = trigger.pattern.event_type.lower() in argument_word_set("theme_object_types")
    moving = moving or in_words(verb, argument_word_set("moved_object_verbs"))
    if not moving and not in_words(verb, argument_word_set("instrument_object_verbs")):
        return objects
    return [o for o in objects if o.dep_ not in ("dobj", "obj") or o.head != verb]


def agents_of_agent(agent: Token, lexicon: Lexicon) -> list[Token]:
    """Who acted in a passive's "by" phrase: the phrase itself, or, when it names a happening ("were
    hit by multiple drone strikes", "destroyed by fire"), that happening's own actor, if any ("by an
    Israeli airstrike": Israeli)."""
    if not non_agent(agent, lexicon) or names_someone(agent, lexicon):
        return [agent]
    return event_noun_agents(agent, lexicon) or named_modifiers(agent)


def relative_objects(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Direct objects, a relative pronoun standing for its antecedent when that names a party or an
    event ("the Democrats, whom the administration chastised"; "an offensive, which the army
    repelled"); "the measures that we approved" names no one."""
    found = []
    for obj in children(verb, ("dobj", "obj")):
        named = antecedent(obj)
        if named is obj:
            found.append(obj)
        elif names_party(named, lexicon) or lookup(lexicon.nouns, named) is not None:
            found.append(named)
    return found


def participle_preps(noun: Token, preps: frozenset[str]) -> list[Token]:
    """Prepositional objects of past participles modifying a noun ("lifted sanctions imposed on
    China": China)."""
    participles = [c for c in children(noun, ("acl",)) if c.tag_ == "VBN"]
    return [o for p in participles for o in prep_objects(p, preps)]


def territorial_recipients(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Where a measure bound to a place applies: "imposed a curfew in parts of the city", "lifted the
    state of emergency in three provinces", "sought refuge in Kenya" (``territorial_nouns``)."""
    nouns = lexicon.word_set("territorial_nouns")
    objects = children(verb, ("dobj", "obj", "nsubjpass"))
    objects += [o for p in children(verb, ("prep",)) for o in children(p, ("pobj",))]  # "agreed to a truce"
    objects += [o for h in objects for o in of_objects(h)]  # "a state of emergency"
    bound = [o for o in objects if in_words(o, nouns)]
    if not bound:
        return []
    preps = lexicon.word_set("territorial_preps")
    places = [o for h in [verb, *bound] for o in prep_objects(h, preps)]
    places += [o for h in bound if h.head.dep_ == "pobj" for o in prep_objects(h.head.head, preps)]
    places = [p for o in places for p in counted_parties(o, lexicon)]  # "in parts of the region"
    return [o for o in places if names_actor(o) or lexicon.in_class(o, "place")]


def reduced_passive(verb: Token, lexicon: Lexicon) -> bool:
    """A past participle modifying a noun ("one person killed in police firing", "protesters
    arrested on Monday"): the noun undergoes the action, it does not act. Verbs used without an
    object ("thousands of teachers protested outside", ``intransitive_verbs``) are the noun's act."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or misparsed_main_verb(verb):
        return False
    if in_words(verb, lexicon.word_set("intransitive_verbs")):
        return False
    return verb.head.pos_ in ("NOUN", "PROPN", "PRON") and not children(verb, ("nsubj", "nsubjpass"))


def meeting_partners(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who a visit was to meet: "visited the headquarters for talks with NATO officials"."""
    partners = []
    for noun in prep_objects(verb, frozenset({"for"})):
        entry = lookup(lexicon.nouns, noun)
        if entry is not None and any(p.event_type == "CONSULT" for p in entry.all()):
            partners += prep_objects(noun, lexicon.word_set("reciprocal_preps"))
    return [p for p in partners if names_party(p, lexicon)]


def datives(verb: Token) -> list[Token]:
    """Indirect objects: "gave Iraq aid" (a noun) and "gave aid to Iraq" (parsed as a dative "to")."""
    found = []
    for dative in children(verb, ("dative",)):
        found += children(dative, ("pobj",)) if dative.pos_ == "ADP" else [dative]
    return found
