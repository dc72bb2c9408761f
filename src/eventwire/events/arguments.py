"""Actors and recipients of a trigger, from the dependency parse and the actor mentions.

An argument is a phrase head in the parse (subject, object, prepositional object, possessor...);
conjuncts are separate members of a compound actor (``conjuncts.py``). ``entities.py`` turns each head
into Entities. This module combines the heads the roles give (``find_arguments``): a verb's by
``verb_roles.py``, an event noun's by ``noun_roles.py``, a meeting's or a clash's by
``reciprocal_roles.py``. Behind them: who acts by ``subjects.py``, whether a head names a party by
``parties.py``, the recipients the parser hid (round 10) by ``hidden_recipients.py``, whose deed an object
names by ``deed_owners.py``, who made a violent act and whom it aimed at by ``attack_parties.py``, whom help
serves by ``served_parties.py``, who speaks through a document by ``document_authors.py``;
``party_names.py`` vets the names the heads give (round 11); ``voice.py`` says when a participle is passive
or a stance the parser did not mark (round 12); ``party_kinds.py`` drops heads that name a number, a time or
a thing (round 16).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.attack_parties import cause_agents
from eventwire.events.conjuncts import expand_conjuncts
from eventwire.events.entities import MentionIndex, core_tokens, dedupe, entities_for
from eventwire.events.hidden_recipients import named_owners, object_phrase_parties, theme_owners
from eventwire.events.noun_roles import noun_roles
from eventwire.events.parties import names_actor, names_nothing, prep_objects, takes_people, unowned_device
from eventwire.events.party_kinds import instigation, noun_kind, party_kind
from eventwire.events.party_names import vetted_parties
from eventwire.events.patterns import Lexicon
from eventwire.events.reciprocal_roles import each_other, reciprocal
from eventwire.events.served_parties import helps, served_by
from eventwire.events.subjects import passive_agent
from eventwire.events.triggers import Trigger, children
from eventwire.events.verb_roles import verb_roles
from eventwire.records import Entity


@dataclass(slots=True)
class Arguments:
    """Actor and recipient entities of one trigger."""

    actor: list[Entity]
    recipient: list[Entity]
    actor_heads: list[Token]
    recipient_heads: list[Token]


def leaders_of(head: Token) -> list[Token]:
    """Who leads a group actor: "coalition forces led by the United States", "a delegation headed by X"
    (``leading_verbs``)."""
    leaders = []
    members = [head, *prep_objects(head, frozenset({"of"}))]  # "a delegation of officials led by X"
    for clause in [c for m in members for c in children(m, ("acl",))]:
        if clause.lemma_.lower() in argument_word_set("leading_verbs"):
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
