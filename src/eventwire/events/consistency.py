"""Records an analyst would distrust: one party on both sides, and bare repeats of an event.

- An entity on both sides of an event (actor and recipient) is a parse or resolution slip: the
  same mention taken twice ("X said we must ..."), or a pronoun resolved to the other side's
  party ("Trump asked him": a non-reflexive pronoun object is not the subject). The pronoun side
  (or the recipient's copy of the same mention, or the actor's copy among other recipients: "the
  United States and Iraq ... agreed" coded US -> US, Iraq, or one of several actors: "the two
  countries agreed on withdrawing troops from Iraq" coded US, Iraq -> Iraq) is dropped. Two names of
  the same party on both sides keep the recipient: on news the actor is the slip ("Iran was put on
  notice and [the US] imposed sanctions on Iranian companies", "Indonesia's donors said Indonesia
  must ...": the parse took a name near the verb for its subject).
- An event with neither actor nor recipient ("the meeting came as ...", "the attack took place
  at ...") that repeats a type the article already reports with participants is a back-reference
  to that event, not a new one; so is a definite event noun without participants that frames the
  news ("The meeting comes amid a surge in support for ...": which meeting is told elsewhere).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import in_words
from eventwire.records import Entity, Event

DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def same_party(a: Entity, b: Entity) -> bool:
    """Same knowledge-base entry, or the same name when neither is resolved."""
    if a.kb_id or b.kb_id:
        return a.kb_id == b.kb_id
    return a.name.lower() == b.name.lower()


def other_bodies(a: Entity, b: Entity) -> bool:
    """Two bodies of one country with sectors, none in common, neither of them private people, whose
    country code is only a guess (``private_sectors``): "Congress [USA, LEG] says they [US troops: USA,
    MIL] must stay" names two parties."""
    if not a.sectors or not b.sectors or set(a.sectors) & set(b.sectors):
        return False
    private = argument_word_set("private_sectors")
    return not any(s.lower() in private for s in (*a.sectors, *b.sectors))


def other_body(actor: Entity, recipient: Entity, lexicon: Lexicon) -> bool:
    """A pronoun on one side resolved to another body of the other side's country (``other_bodies``),
    which is no slip to repair."""
    return (is_pronoun(actor, lexicon) or is_pronoun(recipient, lexicon)) and other_bodies(actor, recipient)


def is_pronoun(entity: Entity, lexicon: Lexicon) -> bool:
    """An entity the resolver reached through a personal pronoun ("him", "she", "they")."""
    mention = entity.mention
    shouting = mention.isupper() and mention != "I"  # "US" is a country, "us" a pronoun
    return not shouting and mention.lower() in lexicon.word_set("personal_pronouns")


def names_itself(entity: Entity) -> bool:
    """A mention that names the party itself ("Germany", "the Federal Republic of Germany"), not a
    person or group the resolver placed in its country ("the gunman", "Russian nationals")."""
    name, mention = entity.name.lower(), entity.mention.lower()
    return bool(name) and (mention == name or mention.endswith(f" {name}") or mention == f"the {name}")


def resolve_self_direction(event: Event, lexicon: Lexicon) -> None:
    """Drop the slip of an event whose actor and recipient are the same party (see module doc)."""
    for actor in list(event.actor):
        for recipient in [
            r for r in event.recipient if same_party(actor, r) and not other_body(actor, r, lexicon)
        ]:
            others = [r for r in event.recipient if not same_party(actor, r)]
            joint = len(event.actor) > 1 and names_itself(recipient)  # "the two countries ... from X"
            if recipient.span == actor.span or is_pronoun(recipient, lexicon) or others or joint:
                event.recipient.remove(recipient)
            elif is_pronoun(actor, lexicon):
                if actor in event.actor:
                    event.actor.remove(actor)
            elif names_itself(actor) and names_itself(recipient) and actor in event.actor:
                event.actor.remove(actor)  # the name the parse took as actor belongs to the target


def self_directed(event: Event, lexicon: Lexicon) -> bool:
    """Whether an event's actor and recipient are the same party through the same mention, a
    pronoun, or two names of the party itself (what ``resolve_self_direction`` repairs)."""
    return any(
        same_party(a, r)
        and (
            a.span == r.span
            or is_pronoun(a, lexicon)
            or is_pronoun(r, lexicon)
            or (names_itself(a) and names_itself(r))
        )
        for a in event.actor
        for r in event.recipient
    )


def bare_repeats(events: list[Event]) -> list[Event]:
    """Events without actor and recipient whose type the article reports with participants."""
    reported = {e.event_type for e in events if e.actor or e.recipient}
    return [e for e in events if not e.actor and not e.recipient and e.event_type in reported]


def back_reference(event: Event, trigger: Token, lexicon: Lexicon) -> bool:
    """A definite event noun ("the meeting", "this visit") with neither actor nor recipient that
    frames the news ("comes amid", "came as": ``framing_predicates``); "the arrests were made
    when ..." reports the arrests and is kept."""
    if event.actor or event.recipient or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if trigger.dep_ not in ("nsubj", "nsubjpass") or not in_words(
        trigger.head, lexicon.word_set("framing_predicates")
    ):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in trigger.children)
