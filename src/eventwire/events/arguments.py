"""Actors and recipients of a trigger, from the dependency parse and the actor mentions.

An argument is a phrase head in the parse (subject, object, prepositional object, possessor...);
conjuncts are separate members of a compound actor. ``entities.py`` turns each head into Entities.
Who acts is found by ``subjects.py``, whether a head names a party by ``parties.py``, and the recipients
the parser hid (the fallbacks of round 10) by ``hidden_recipients.py``; this module combines them per
verb and per event noun (``verb_roles``, ``noun_roles``, ``find_arguments``); ``party_names.py`` vets the
names the heads give (round 11); ``voice.py`` says when a participle is passive or a stance the parser
did not mark (round 12); ``party_kinds.py`` drops heads that name a number, a time or a thing (round 16).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.constructions import purpose_clauses
from eventwire.events.entities import (
    MentionIndex,
    core_tokens,
    dedupe,
    entities_for,
)
from eventwire.events.framed_recipients import asked_of, complained_of, demanded_of, opponents
from eventwire.events.hidden_recipients import (
    addressees,
    admitted_force_owners,
    conditioned_parties,
    controlled_places,
    examined_owners,
    favoured_parties,
    governed_action_parties,
    mission_hosts,
    named_owners,
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
    OWN_POSSESSIVES,
    absolute_clause,
    attack_makers,
    counted,
    counted_parties,
    is_recipient,
    named_modifiers,
    names_actor,
    names_nothing,
    names_party,
    names_someone,
    names_the_event,
    non_agent,
    own_asset,
    plausible_actor,
    prep_objects,
    scene_of_act,
    takes_people,
    town_name,
    unnamed_matter,
    unowned_device,
    violent_target,
)
from eventwire.events.party_kinds import instigation, noun_kind, party_kind
from eventwire.events.party_names import vetted_parties
from eventwire.events.patterns import Lexicon
from eventwire.events.senses import antecedent
from eventwire.events.subjects import (
    coordinated_agent,
    participle_agents,
    passive_agent,
    shared_passive_subject,
    subject_of,
    subordinated_passive_subject,
)
from eventwire.events.triggers import (
    NON_ACTOR_ENTITIES,
    Trigger,
    children,
    in_words,
    lookup,
    misparsed_main_verb,
    of_objects,
    to_infinitive,
)
from eventwire.events.voice import (
    adjectival_stance,
    participle_clause_subjects,
    stative_passive_subjects,
    stranded_passive_subjects,
)
from eventwire.records import Entity

RESOLVABLE_POSSESSIVES = frozenset({"its", "their", "his", "her"})  # the pronouns entities.py resolves
CLAUSE_PARTY_DEPS = frozenset({"dobj", "obj", "pobj", "dative"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


@dataclass(slots=True)
class Arguments:
    """Actor and recipient entities of one trigger."""

    actor: list[Entity]
    recipient: list[Entity]
    actor_heads: list[Token]
    recipient_heads: list[Token]


def expand_conjuncts(heads: list[Token]) -> list[Token]:
    """Heads with their coordinated conjuncts ("the US and France"); a nominal head's conjuncts that
    are adjectives or verbs describe it ("illegal or undocumented migrants living and working"), and
    so do verbs after an adjective used as a noun ("convicting the guilty and penalising them")."""
    result: list[Token] = []
    for head in heads:
        for token in (head, *head.conjuncts):
            if token is not head and nominal(head) and not nominal(token):
                continue
            if token not in result:
                result.append(token)
    return result


def nominal(token: Token) -> bool:
    """A noun, a name, a pronoun or a number, or an adjective used as one ("the youngest")."""
    return token.pos_ in NOMINAL_POS or bool(children(token, ("det", "poss")))


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


def violent_noun(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names a violent act ("attack", "bombing")."""
    entry = lookup(lexicon.nouns, noun)
    return entry is not None and any(p.event_type == "ASSAULT" for p in entry.all())


def ascribed_attackers(verb: Token, recipients: list[Token], lexicon: Lexicon) -> list[Token]:
    """Whom a restating attack noun ascribes a violent act to ("killed five, another attack ascribed to the
    Taliban", "killed four policemen, an attack claimed by the group"; ``ascription_verbs``,
    ``ascription_preps``): the maker of the act, never its target (round 27)."""
    nouns = children(verb, ("dobj", "npadvmod", "appos")) + [
        a for r in recipients for a in children(r, ("appos",))
    ]
    attacks = [n for n in nouns if violent_noun(n, lexicon)]
    verbs, preps = argument_word_set("ascription_verbs"), argument_word_set("ascription_preps")
    for attack in attacks:
        for participle in children(attack, ("acl",)):
            if participle.lemma_.lower() in verbs:
                makers = prep_objects(participle, preps) + [
                    o for a in children(participle, ("agent",)) for o in children(a, ("pobj",))
                ]
                if makers:
                    return makers
    return []


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


def purpose_targets(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whom a violent or coercive act is meant to strike, named as the object of its purpose infinitive
    when that is a verb of striking a party itself ("launched an offensive to oust the rebels", "launched a
    campaign, in an effort to drive out the militias": ``targeted_types``, ``effort_nouns``,
    ``purpose_attack_verbs``)."""
    if trigger.pattern.event_type.lower() not in lexicon.word_set("targeted_types"):
        return []
    heads = [verb, *children(verb, ("dobj", "obj"))]
    efforts = argument_word_set("effort_nouns")
    heads += [o for o in prep_objects(verb, frozenset({"in"})) if in_words(o, efforts)]
    clauses = [c for h in heads for c in children(h, ("advcl", "xcomp", "acl")) if to_infinitive(c)]
    clauses = [c for c in clauses if in_words(c, argument_word_set("purpose_attack_verbs"))]
    return [o for c in clauses for o in children(c, ("dobj", "obj")) if names_party(o, lexicon)]


def deployed_parties(subject: Token, lexicon: Lexicon) -> list[Token]:
    """The party a noun of sending or arriving carries in its "of" phrase, as the subject of an act ("the
    first deployment of NATO peacekeeping troops have arrived": the troops; ``deployment_nouns``); [] for
    other happenings ("the fighting killed dozens") or an "of" phrase naming no party ("a wave of raids")."""
    if not in_words(subject, argument_word_set("deployment_nouns")):
        return []
    return [o for o in prep_objects(subject, frozenset({"of"})) if names_party(o, lexicon)]


def campaign_opponents(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whom violence is aimed at, named in the struggle the act is part of ("fought with US forces in the
    fight against Islamic State", "fought in the war on the cartels": ``struggle_nouns``, ``struggle_preps``,
    ``struggle_opponent_preps``); [] for other types or a struggle named for no side ("in the fight")."""
    if trigger.pattern.event_type.lower() not in lexicon.word_set("targeted_types"):
        return []
    struggles = argument_word_set("struggle_nouns")
    nouns = [o for o in prep_objects(verb, argument_word_set("struggle_preps")) if in_words(o, struggles)]
    opponents = [o for n in nouns for o in prep_objects(n, argument_word_set("struggle_opponent_preps"))]
    return [o for o in opponents if names_party(o, lexicon)]


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


def reacted_owners(noun: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """The named owner of what a verbal reaction takes up as its object ("attacked the Tory plans",
    "welcomed the Kenyan proposal": the Tories, Kenya); not when the object restates the reaction's own
    type ("reiterated Iraqi demands" is Iraq's own demand)."""
    if not lexicon.verbal(trigger.pattern.event_type) or restates(noun, trigger, lexicon):
        return []
    return named_modifiers(noun)


def document_author(document: Token, lexicon: Lexicon) -> Token | None:
    """Who speaks through a document a participle clause hangs on: its possessor, its "from" or "by" phrase
    or a name modifying it ("a letter from the ministry denying the permit"), else whoever issued it ("the
    council issued resolutions condemning ..."); never whoever received it ("the group received a letter
    denying ...")."""
    authors = children(document, ("poss",))
    authors += prep_objects(document, argument_word_set("document_author_preps"))
    authors += [m for m in children(document, ("compound",)) if names_actor(m)]
    authors = [a for a in authors if names_someone(a, lexicon) or a.lower_ in RESOLVABLE_POSSESSIVES]
    if authors:
        return authors[0]
    return None if document_receivers(document) else participant_of(document)


def document_noun(noun: Token) -> bool:
    """A letter, a statement, a resolution … (``document_nouns``): it says what its author says."""
    return in_words(noun, argument_word_set("document_nouns"))


def document_receivers(document: Token) -> list[Token]:
    """The subject of a receiving verb whose object a document is ("the group received a letter"), to whom
    what the document says is addressed (``receiving_verbs``)."""
    if document.dep_ not in ("dobj", "obj"):
        return []
    if not in_words(document.head, argument_word_set("receiving_verbs")):
        return []
    return children(document.head, ("nsubj",))


def medium(noun: Token) -> bool:
    """A platform or medium something is posted or said on ("on Twitter", ``medium_names``)."""
    return noun.dep_ == "pobj" and in_words(noun, argument_word_set("medium_names"))


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


def people_of_place(token: Token, lexicon: Lexicon) -> list[Token]:
    """The named place of unnamed people ("people in Yemen", "populations affected ... in
    Mozambique"), which stands for them as a recipient."""
    if names_actor(token) or not lexicon.in_class(token, "person"):
        return []
    preps = lexicon.word_set("territorial_preps")
    return [
        t
        for t in token.subtree
        if t.dep_ == "pobj" and t.head.lower_ in preps and names_actor(t) and lexicon.in_class(t, "place")
    ]


def helps(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A type whose missing recipient may be whom a purpose clause serves (``purpose_recipient_types``)."""
    return trigger.pattern.event_type.lower() in lexicon.word_set("purpose_recipient_types")


def served_by(trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whom the purpose clause of a helping trigger serves, on the trigger or on the verb that
    anchors its noun ("sent troops to help people in Haiti", "announced assistance to help people
    in Kenya")."""
    anchors = [trigger.token] + ([trigger.licensed_by] if trigger.licensed_by is not None else [])
    return [b for a in anchors for b in beneficiaries(a, lexicon)] or destination(trigger, lexicon)


def destination(trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """The named place peacekeepers arrive in ("peacekeeping troops arrived in Bosnia"): a verb
    without an object, ``destination_preps``, peacekeeping words in the clause."""
    verb = trigger.token
    if trigger.pattern.pos != "verb" or children(verb, ("dobj", "obj")):
        return []
    peacekeeping = lexicon.word_set("peacekeeping_words")
    if not any(in_words(t, peacekeeping) for t in verb.subtree):
        return []
    places = prep_objects(verb, lexicon.word_set("destination_preps"))
    return [p for p in places if names_actor(p) and lexicon.in_class(p, "place")]


def beneficiaries(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Whom a purpose clause of help serves: "sent troops to help people in Haiti" (Haiti), "flew in
    food to feed the refugees" (the refugees); the place of unnamed people stands for them."""
    found: list[Token] = []
    preps = lexicon.word_set("territorial_preps")
    for clause in purpose_clauses(verb, lexicon) + development_clauses(verb):
        heads = (
            clause,
            *expand_conjuncts(children(clause, ("dobj", "obj"))),
        )  # "to promote trade and aid in X"
        places = [o for h in heads for o in prep_objects(h, preps)]
        places = [o for o in places if names_actor(o)]
        for obj in expand_conjuncts(children(clause, ("dobj", "obj"))):
            if names_actor(obj):
                found.append(obj)
            elif names_party(obj, lexicon):
                found += places or [obj]  # "people in Haiti": Haiti stands for them
        found += [] if found else places  # "to help in Haiti"
        found += [] if found else clause_parties(clause)
    return list(dict.fromkeys(found))


def development_clauses(verb: Token) -> list[Token]:
    """Purpose infinitives of development on a helping verb or its object ("gave 300 million euros to promote
    investment in Ethiopia", ``development_purposes``), which serve a party as a helping one does."""
    purposes = argument_word_set("development_purposes")
    heads = [verb, *children(verb, ("dobj", "obj", "nsubjpass"))]
    clauses = [c for h in heads for c in children(h, ("advcl", "xcomp", "acl", "relcl"))]
    return [c for c in clauses if in_words(c, purposes) and to_infinitive(c)]


def clause_parties(clause: Token) -> list[Token]:
    """The first named party deeper in a purpose clause: "to support projects which benefit
    Palestinian refugees" (the refugees), "to address the needs of people in Yemen" (Yemen)."""
    for token in clause.subtree:
        if token != clause and token.dep_ in CLAUSE_PARTY_DEPS and names_actor(token):
            return [token]
    return []


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


def owner_of(token: Token, lexicon: Lexicon) -> Token | None:
    """Whose deed or quality an object names: "praised the country's sacrifices" -> the country,
    "the progress the government has made" -> the government. None for actors and plain things."""
    if names_someone(token, lexicon):
        return None
    owners = [c for c in token.children if c.dep_ == "poss" and c.lower_ not in OWN_POSSESSIVES]
    owners += [s for c in children(token, ("relcl",)) for s in children(c, ("nsubj",))]
    if token.dep_ in ("dobj", "obj") and (
        lookup(lexicon.nouns, token) is not None or nominalised(token, lexicon)
    ):
        # "rejected a demand by the opposition"; not "the protest by the union was held"
        owners += event_object_owners(token, lexicon)
    elif token.dep_ in ("dobj", "obj") and in_words(token, argument_word_set("act_nouns")):
        owners += prep_objects(token, lexicon.word_set("agent_preps"))  # "welcomed the decision by X"
    owners = [o for o in owners if names_someone(o, lexicon) and not own_asset(o)]  # not "his country's"
    return owners[0] if owners else None


def addresser_of(token: Token, trigger: Trigger, lexicon: Lexicon) -> Token | None:
    """Who made an act addressed to someone else that a verbal reaction takes up ("welcomed his apology",
    "rejected their offer", ``addressed_act_nouns``): its possessor, a pronoun too (``entities.py``
    resolves it to someone other than the reaction's subject)."""
    if token.dep_ not in ("dobj", "obj") or not in_words(token, argument_word_set("addressed_act_nouns")):
        return None
    if not lexicon.verbal(trigger.pattern.event_type):
        return None
    owners = [c for c in children(token, ("poss",)) if c.lower_ in RESOLVABLE_POSSESSIVES or names_actor(c)]
    return owners[0] if owners else None


def nominalised(noun: Token, lexicon: Lexicon) -> bool:
    """A noun that names a verb's action ("the invasion", "the expulsion"; ``nominalisations``)."""
    return noun.lemma_.lower() in lexicon.nominal_verbs or noun.lower_ in lexicon.nominal_verbs


def prepositional_act_owners(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whose act a verbal reaction's prepositional object names: "objected to the Turkish invasion"
    (Turkey), "protested against the government's decision"; "objected to the plan" names no one."""
    if not lexicon.verbal(trigger.pattern.event_type):
        return []
    acts = prep_objects(verb, lexicon.word_set("recipient_preps"))
    acts = [a for a in acts if lookup(lexicon.nouns, a) is not None or nominalised(a, lexicon)]
    acts = [a for a in acts if not gathering_venue(a, lexicon)]
    owners = [c for a in acts for c in children(a, ("poss",)) if c.lower_ not in OWN_POSSESSIVES]
    owners += [o for a in acts for o in event_object_owners(a, lexicon)]
    return [o for o in owners if names_someone(o, lexicon) and not own_asset(o)]


def gathering_venue(noun: Token, lexicon: Lexicon) -> bool:
    """A meeting named as where the act took place ("agreed at the Lisbon summit", "during the Geneva
    talks", ``venue_preps``): the place or the host in its name is no party to the act."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in argument_word_set("venue_preps"):
        return False
    entry = lookup(lexicon.nouns, noun)
    return entry is not None and any(p.event_type == "CONSULT" for p in entry.all())


def event_object_owners(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Whose act an event noun object names: "rejected a demand by/from the opposition", "rejected
    the call of the parliament" (verbal acts only: "welcomed the release of the hostages" is no act of
    the hostages), "welcomed the OPCW visit", "rejected Iraqi demands"."""
    owners = prep_objects(noun, lexicon.word_set("agent_preps") | {"from"}) + participle_agents(noun)
    entry = lookup(lexicon.nouns, noun)  # a nominalisation ("the Russian invasion"): no entry, no "of" agent
    verbal = entry is not None and any(lexicon.verbal(p.event_type) for p in entry.all())
    if verbal:
        owners += of_objects(noun)
    return owners + named_modifiers(noun)


def cause_agents(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who caused a death or injury named as a violent event: "killed in police firing" -> police,
    "died in an Israeli airstrike" -> Israeli, "killed in firing by the troops" -> troops."""
    causes = prep_objects(verb, lexicon.word_set("cause_preps"))
    frames = lexicon.word_set("cause_frame_nouns")
    causes += [c for o in causes if o.lemma_.lower() in frames for c in of_objects(o)]
    causes += [c for o in causes for c in children(o, ("acl",)) if c.tag_ == "VBG"]
    causes += stray_gerunds(verb, causes)
    for cause in causes:
        entry = lookup(lexicon.nouns, cause)
        if entry is None or not any(p.event_type == "ASSAULT" for p in entry.all()):
            continue
        agents = children(cause, ("poss",)) + prep_objects(cause, lexicon.word_set("agent_preps"))
        if cause.dep_ == "acl" and names_someone(cause.head, lexicon):  # "police firing" parsed apart
            agents.append(cause.head)
        if cause.dep_ == "advcl" and names_someone(cause.doc[cause.i - 1], lexicon):
            agents.append(cause.doc[cause.i - 1])
        agents += [m for m in children(cause, ("compound", "amod", "nmod")) if names_someone(m, lexicon)]
        if agents:
            return agents[:1]
    return []


def event_noun_agents(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Who performs an event noun: its possessor or "by" phrase ("the protest by the union was
    held"), or its "of" phrase for agentive nouns ("the withdrawal of the troops",
    ``agentive_of_nouns``)."""
    owners = [c for c in children(noun, ("poss",)) if c.lower_ not in OWN_POSSESSIVES]
    owners += prep_objects(noun, lexicon.word_set("agent_preps")) + participle_agents(noun)
    if not owners and in_words(noun, lexicon.word_set("agentive_of_nouns")):
        owners = [o for o in of_objects(noun) if names_someone(o, lexicon)]
    return owners


def attackers(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Who made a repelled attack: its own agents ("an offensive launched by the militants"), or the
    subject of the verb that launched it ("the militants launched an offensive, which the army
    repelled")."""
    agents = event_noun_agents(noun, lexicon) or named_modifiers(noun)
    if not agents and noun.dep_ in ("dobj", "obj") and in_words(noun.head, lexicon.word_set("support_verbs")):
        subject = subject_of(noun.head, lexicon)
        agents = [subject] if subject is not None else []
    return agents


def harming_attack(noun: Token, lexicon: Lexicon) -> Token | None:
    """The harm verb a violent event noun is the subject of ("an attack by X killed dozens": killed;
    ``harm_verbs``), else None."""
    if noun.dep_ != "nsubj" or not in_words(noun.head, argument_word_set("harm_verbs")):
        return None
    entry = lookup(lexicon.nouns, noun)
    return noun.head if entry is not None and any(p.event_type == "ASSAULT" for p in entry.all()) else None


def harmed_by_attack(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Whom an attack named as the subject of a harm verb harmed: the verb's objects ("a chemical attack by
    the government killed dozens of people")."""
    verb = harming_attack(noun, lexicon)
    objects = [] if verb is None else children(verb, ("dobj", "obj"))
    return [person for o in objects for person in counted_parties(o, lexicon)]  # "dozens of people"


def harming_attack_agents(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who made the attack that is a harm verb's subject ("a chemical attack by the government killed dozens",
    "an Israeli airstrike killed ..."): the attack's possessor, "by" phrase or named modifier."""
    attacks = [s for s in children(verb, ("nsubj",)) if harming_attack(s, lexicon) == verb]
    agents = [a for s in attacks for a in event_noun_agents(s, lexicon) or attack_makers(s)]
    return agents[:1]


def attack_clause_agents(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who harmed, named as the subject of a clause of the violence the harm came from ("had been killed after
    government forces shelled the town", "were killed when troops opened fire"; ``harm_clause_marks``)."""
    marks = argument_word_set("harm_clause_marks")
    for clause in children(verb, ("advcl",)):
        if not any(m.lower_ in marks for m in children(clause, ("mark", "advmod"))):
            continue
        entry = lexicon.verbs.get(clause.lemma_.lower())
        keys = {("obj", o.lemma_.lower()) for o in children(clause, ("dobj", "obj"))}
        if entry is None or not any(p.event_type == "ASSAULT" for p in entry.candidates(keys)):
            continue
        subjects = [s for s in children(clause, ("nsubj",)) if names_someone(s, lexicon)]
        if subjects:
            return subjects[:1]
    return []


def stray_gerunds(verb: Token, causes: list[Token]) -> list[Token]:
    """Gerunds the parser hung on the verb right after a cause's object: "killed in police firing"
    parsed as "killed in police" + "firing"."""
    ends = {c.i for c in causes}
    return [c for c in children(verb, ("advcl",)) if c.tag_ == "VBG" and c.i - 1 in ends]


def reduced_passive(verb: Token, lexicon: Lexicon) -> bool:
    """A past participle modifying a noun ("one person killed in police firing", "protesters
    arrested on Monday"): the noun undergoes the action, it does not act. Verbs used without an
    object ("thousands of teachers protested outside", ``intransitive_verbs``) are the noun's act."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or misparsed_main_verb(verb):
        return False
    if in_words(verb, lexicon.word_set("intransitive_verbs")):
        return False
    return verb.head.pos_ in ("NOUN", "PROPN", "PRON") and not children(verb, ("nsubj", "nsubjpass"))


def participant_of(event_noun: Token) -> Token | None:
    """The subject of the verb an event noun depends on ("thousands converged for a rally")."""
    head = event_noun.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            return subject_of(head)
        if head == head.head:
            return None
        head = head.head
    return None


def meeting_partners(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who a visit was to meet: "visited the headquarters for talks with NATO officials"."""
    partners = []
    for noun in prep_objects(verb, frozenset({"for"})):
        entry = lookup(lexicon.nouns, noun)
        if entry is not None and any(p.event_type == "CONSULT" for p in entry.all()):
            partners += prep_objects(noun, lexicon.word_set("reciprocal_preps"))
    return [p for p in partners if names_party(p, lexicon)]


def leaders_of(head: Token) -> list[Token]:
    """Who leads a group actor: "coalition forces led by the United States", "a delegation headed by X"."""
    leaders = []
    members = [head, *prep_objects(head, frozenset({"of"}))]  # "a delegation of officials led by X"
    for clause in [c for m in members for c in children(m, ("acl",))]:
        if clause.lemma_.lower() in ("lead", "head", "command", "spearhead"):
            agent = passive_agent(clause)
            if agent is not None:
                leaders += [agent, *agent.conjuncts]
    return leaders


def thing_named(head: Token, entities: list[Entity], trigger: Trigger, lexicon: Lexicon) -> bool:
    """A recipient phrase no actor mention covers whose noun names a thing, not a party (``names_nothing``:
    "welcomed the move", "demanded proof")."""
    unresolved = all(not (e.kb_id or e.country or e.sectors) for e in entities)
    return unresolved and names_nothing(head, trigger, lexicon)


def stands_for_within(head: Token, entities: list[Entity], trigger: Trigger, lexicon: Lexicon) -> bool:
    """A thing standing for the parties named within it (``thing_named``); not "the behest of X", whose X
    asked for the act (``instigation``)."""
    return thing_named(head, entities, trigger, lexicon) and not instigation(head)


def aimed_at(fired: Token) -> list[Token]:
    """What a weapon or a volley of them was fired at, hung on the object ("fired a salvo of missiles at X",
    ``target_preps``; the head is of kind weapon or quantity in ``party_kinds.yaml``): X, not the salvo."""
    if noun_kind(fired) not in ("weapon", "quantity"):
        return []
    found = prep_objects(fired, argument_word_set("target_preps"))
    return [t for o in found for t in (o, *o.conjuncts)]


def named_within(thing: Token) -> list[Token]:
    """Named actors in a thing's prepositional phrases ("a military aid program for Bosnia", "any
    cooperation with the ICC", ``thing_party_preps``), which the thing stands for as a recipient."""
    found: list[Token] = []
    heads = [thing]
    while heads:
        head = heads.pop()
        for obj in prep_objects(head, argument_word_set("thing_party_preps")):
            if names_actor(obj):
                found += [obj, *obj.conjuncts]
            else:
                heads.append(obj)
    return found


def unresolved_seat(head: Token, entities: list[Entity], lexicon: Lexicon) -> bool:
    """A visited building ("Alliance Headquarters") that names no resolved organisation."""
    seat = head.lemma_.lower() in lexicon.word_set("seat_nouns") or head.lower_ in lexicon.word_set(
        "seat_nouns"
    )
    return seat and not any(e.kb_id for e in entities)


def datives(verb: Token) -> list[Token]:
    """Indirect objects: "gave Iraq aid" (a noun) and "gave aid to Iraq" (parsed as a dative "to")."""
    found = []
    for dative in children(verb, ("dative",)):
        found += children(dative, ("pobj",)) if dative.pos_ == "ADP" else [dative]
    return found


def noun_roles(trigger: Trigger, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """(actor heads, recipient heads) of an event noun: its support verb, possessor or "by" phrase."""
    noun, verb = trigger.token, trigger.licensed_by
    owners = [c for c in children(noun, ("poss",)) if c.lower_ not in OWN_POSSESSIVES]  # not "their"
    actors = owners + prep_objects(noun, lexicon.word_set("agent_preps"))
    actors += participle_agents(noun)  # "the airstrike carried out by Israeli jets"
    sources = [] if actors else verbal_sources(trigger, lexicon)  # "complaints from residents"
    actors += sources
    if not actors and verb is not None and trigger.licence in ("support", "participation"):
        subject = passive_agent(verb) or subject_of(verb, lexicon)
        actors = [subject] if subject is not None and subject != noun else []  # "hit by drone strikes"
    if not actors and noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "the imposition of sanctions by X"
        governor = noun.head.head
        actors = children(governor, ("poss",)) + prep_objects(governor, lexicon.word_set("agent_preps"))
    if not actors:
        actors = [m for m in children(noun, ("amod", "compound")) if m.ent_type_ in ("NORP", "GPE", "ORG")]
        if trigger.pattern.event_type == "ASSAULT":  # "the Kabul attack": where it struck, not who
            actors = [m for m in actors if not town_name(m)]
    if not actors:  # "their protest", "its withdrawal": the pronoun's antecedent, when nothing else acts
        patient = in_words(noun, argument_word_set("patient_possessive_nouns"))  # "his detention"
        possessives = [c for c in children(noun, ("poss",)) if c.lower_ in RESOLVABLE_POSSESSIVES]
        actors = [] if patient else possessives
    recipients = prep_objects(noun, lexicon.word_set("noun_recipient_preps")) + favoured_parties(noun)
    party = [  # "the withdrawal of the troops", "the bombardment of the neighbourhood"
        o for o in of_objects(noun) if names_someone(o, lexicon) or violent_target(o, trigger, lexicon)
    ]
    if agentive_of(trigger, lexicon):
        actors += [] if actors else party
    else:
        recipients += party  # "the deportation of migrants", "the release of the hostages"
    if sources and verb is not None and in_words(verb, argument_word_set("receiving_verbs")):
        recipients += children(verb, ("nsubj",))  # "we had complaints from residents": we
    if verb is not None and trigger.licence == "support":
        recipients += prep_objects(verb, lexicon.word_set("noun_recipient_preps"))
        recipients += [
            o for o in children(verb, ("dobj", "dative")) if o != noun
        ]  # "provided Kenya with aid"
    recipients = [
        r for r in recipients if names_actor(r) or r in party or violent_target(r, trigger, lexicon)
    ] or [p for r in recipients for p in people_of_place(r, lexicon)]  # "aid to people in Yemen"
    recipients += [] if recipients else examined_owners(noun, trigger)  # "an inquiry into X's practices"
    if verb is not None and noun.head.dep_ == "agent":  # "the convoy was hit by an airstrike"
        recipients += children(verb, ("nsubjpass",))
    recipients += harmed_by_attack(noun, lexicon)  # "an attack by X killed dozens of people"
    if verb is not None and in_words(verb, lexicon.word_set("repel_verbs")) and not recipients:
        defender = subject_of(verb, lexicon)  # "the army repelled an offensive", "was repelled by the army"
        recipients += [defender] if defender is not None and defender != noun else []
    parties = frozenset({"between", "among"})
    actors += prep_objects(noun, parties)
    actors += [p for o in of_objects(noun) for p in prep_objects(o, parties)]  # "the accord between X and Y"
    return actors, [r for r in recipients if r.ent_type_ not in NON_ACTOR_ENTITIES]


def verbal_sources(trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Who made a verbal event noun, named by ``verbal_noun_source_preps`` ("complaints from residents",
    "criticism from the opposition"); a material act's "from" is a place ("the withdrawal from Syria")."""
    if not lexicon.verbal(trigger.pattern.event_type):
        return []
    found = prep_objects(trigger.token, argument_word_set("verbal_noun_source_preps"))
    return [o for p in found for o in counted(p, lexicon) if names_party(o, lexicon)]


def agentive_of(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether an event noun's "of" phrase names who acted: ``agentive_of_nouns`` ("the withdrawal of
    the troops"), or a nominalised verb without an object ("the surrender of the rebels")."""
    if in_words(trigger.token, lexicon.word_set("agentive_of_nouns")):
        return True
    pattern = trigger.pattern
    if trigger.token.lemma_.lower() == pattern.lemma or pattern.obj_required or pattern.obj_class:
        return False  # the noun's own pattern, or a verb pattern that needs an object
    if pattern.obj:
        return False
    return pattern.lemma in lexicon.word_set("intransitive_verbs")


def reciprocal(actors: list[Token], trigger: Trigger, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """Meetings and clashes: every participant is an actor (PLOVER manual, compound and reciprocal
    actors), the recipient only a side fought against ("fighting against X", ``opponents``; "fighting
    X", ``fights``); other objects are the topic ("discussed security"); "among" names participants only
    when the trigger has no actor of its own (``setting_preps``)."""
    preps = lexicon.word_set("reciprocal_preps")
    if actors:  # "forced to fight among civilians": a setting, not a participant
        preps = preps - argument_word_set("setting_preps")
    extra = prep_objects(trigger.token, preps)
    if trigger.licence == "support" and trigger.licensed_by is not None:
        extra += prep_objects(trigger.licensed_by, preps)
    fought: list[Token] = []
    if trigger.pattern.pos == "verb":
        objects = children(trigger.token, ("dobj", "nsubjpass"))  # "talks between X and Y were held"
        parties = [
            o for o in objects if not names_the_event(o, trigger, lexicon) and lexicon.in_class(o, "actor")
        ]
        fought = [o for o in parties if o.dep_ == "dobj" and fights(trigger)]  # "are fighting terrorists"
        extra += [o for o in parties if o not in fought]
        for event_noun in [o for o in objects if names_the_event(o, trigger, lexicon)]:  # "held talks with X"
            extra += prep_objects(event_noun, preps)
    merged = actors + [t for t in extra if t not in actors]
    opposed = fought + [o for o in opponents(trigger, merged, lexicon) if o not in fought]
    if not opposed and trigger.pattern.pos == "verb":  # "in the fight against X", "fighting to clear X"
        verb = trigger.token
        aimed = campaign_opponents(verb, trigger, lexicon) or purpose_targets(verb, trigger, lexicon)
        opposed = [o for o in aimed if o not in merged]
    return merged, opposed


def each_other(head: Token) -> bool:
    """A reciprocal pronoun as a party's head, with the word before or after it ("each other", "one another";
    ``reciprocal_pronouns``): no party of its own, the actors stand on both sides."""
    doc, words = head.doc, argument_word_set("reciprocal_pronouns")
    pairs = [doc[max(head.i - 1, 0) : head.i + 1], doc[head.i : head.i + 2]]
    return any(len(pair) == 2 and pair.text.lower() in words for pair in pairs)


def party_entities(
    heads: list[Token], by_head: dict[int, list[Entity]], index: MentionIndex, lexicon: Lexicon
) -> list[Entity]:
    """The entities of the heads that may name a party, without those of a head that names a number, a time
    or a thing (``party_kind``: "Thursday's blast", "armed with a handgun", "the second accused him", "found
    guilty on all counts"); a phrase holding an actor mention stands for it ("the Kenyan proposal")."""
    return [e for h in heads if junk_kind(h, by_head[h.i], index, lexicon) is None for e in by_head[h.i]]


def junk_kind(head: Token, entities: list[Entity], index: MentionIndex, lexicon: Lexicon) -> str | None:
    """``party_kind`` of a head, told whether the actors stage found a name in its phrase."""
    return party_kind(head, entities, lexicon, mentioned=bool(index.in_tokens(core_tokens(head))))


def counted_victims(
    heads: list[Token], by_head: dict[int, list[Entity]], index: MentionIndex, lexicon: Lexicon
) -> list[Entity]:
    """The entities of bare counts ("killed twelve", "arrested three"): the unnamed people violence or
    coercion was aimed at, a recipient when nothing else names them."""
    return [e for h in heads if junk_kind(h, by_head[h.i], index, lexicon) == "number" for e in by_head[h.i]]


def fights(trigger: Trigger) -> bool:
    """A reciprocal type whose direct object is the side fought, not a partner (``opponent_object_types``:
    "fought the rebels"; "met the rebels" is a meeting of both)."""
    return trigger.pattern.event_type.lower() in argument_word_set("opponent_object_types")


def find_arguments(
    trigger: Trigger,
    index: MentionIndex,
    lexicon: Lexicon,
    segment: Span | None = None,
    one_sided: bool = False,
) -> Arguments:
    """Actor and recipient entities of a trigger, following the pattern's roles.

    With ``segment`` (the line-bounded sentence), heads outside it are ignored: a parse that runs
    across a line break must not take a headline's or the next paragraph's words as arguments.
    ``one_sided``: the event is no longer the reciprocal act its pattern names (an intent to meet is an
    AGREE of whoever intends it), so a reciprocal trigger's partners are its recipients; without an
    actor of its own ("a meeting with Russia and China will be held") they stay its actors.
    """
    if trigger.pattern.pos == "verb":
        actors, recipients = verb_roles(trigger, lexicon)
    else:
        actors, recipients = noun_roles(trigger, lexicon)
    if trigger.pattern.roles == "reciprocal" and one_sided and actors:  # "ready to negotiate with Israel"
        merged, opposed = reciprocal(actors, trigger, lexicon)
        actors, recipients = actors, [p for p in merged if p not in actors] + opposed
    elif trigger.pattern.roles == "reciprocal":
        actors, recipients = reciprocal(actors, trigger, lexicon)
    elif trigger.pattern.roles == "swap":  # "a dinner hosted by the minister": the dinner is no guest
        actors, recipients = [r for r in recipients[:1] if not names_nothing(r, trigger, lexicon)], actors
    elif trigger.pattern.roles == "undergo" and trigger.pattern.pos == "verb":  # "died in police firing"
        actors, recipients = cause_agents(trigger.token, lexicon), actors
    elif trigger.pattern.roles == "transfer":  # "returned the statues to Egypt": the statues are the theme
        objects = children(trigger.token, ("dobj", "obj"))
        recipients = [r for r in recipients if r not in objects and r.head not in objects]
        recipients = recipients or object_phrase_parties(trigger.token, trigger, lexicon)
        recipients = recipients or theme_owners(objects, trigger, lexicon)
    if not recipients and helps(trigger, lexicon):
        recipients = served_by(trigger, lexicon)
    recipients = [o for r in recipients for o in named_owners(r) or [r]]  # "facilities belonging to X"
    actor_heads = expand_conjuncts(actors)
    actor_heads += [leader for h in actor_heads for leader in leaders_of(h) if leader not in actor_heads]
    recipient_heads = [h for h in expand_conjuncts(recipients) if h not in actor_heads]
    # "accused each other": no party of its own; the actors listed stand on both sides (a reciprocal act)
    recipient_heads = [h for h in recipient_heads if not each_other(h)]
    if segment is not None:
        actor_heads = [h for h in actor_heads if segment.start <= h.i < segment.end]
        recipient_heads = [h for h in recipient_heads if segment.start <= h.i < segment.end]
    by_head = {h.i: entities_for(h, index, lexicon) for h in recipient_heads}
    recipient_heads = [  # "suspended a military aid program for Bosnia": Bosnia, not the program
        p
        for h in recipient_heads
        for p in (named_within(h) if stands_for_within(h, by_head[h.i], trigger, lexicon) else [h])
        if p == h or p not in recipient_heads
    ]
    recipient_heads = [p for h in recipient_heads for p in aimed_at(h) or [h]]  # "a salvo of missiles at X"
    by_head.update({h.i: entities_for(h, index, lexicon) for h in recipient_heads if h.i not in by_head})
    if len(by_head) > 1:  # a visit to an organisation's seat is a meeting with the organisation
        seats = {h.i for h in recipient_heads if unresolved_seat(h, by_head[h.i], lexicon)}
        recipient_heads = [h for h in recipient_heads if h.i not in seats] or recipient_heads
    acting = [h for h in actor_heads if not unowned_device(h, lexicon)]  # "a car laden with explosives"
    actor = party_entities(acting, {h.i: entities_for(h, index, lexicon) for h in acting}, index, lexicon)
    recipient = party_entities(recipient_heads, by_head, index, lexicon)  # heads stay: coder reads them
    if not recipient and takes_people(trigger, lexicon):  # "killed twelve": the victims, unnamed
        recipient = counted_victims(recipient_heads, by_head, index, lexicon)
    return Arguments(
        actor=dedupe(vetted_parties(actor, actor=True)),
        recipient=dedupe(vetted_parties(recipient, actor=False)),
        actor_heads=actor_heads,
        recipient_heads=recipient_heads,
    )
