"""Constructions that make an event whatever their verb, beyond the lexicon's trigger words.

- Reported obligations: "X said Y must do Z" is a REQUEST by X to Y, whatever Z is ("The ministry
  declared that Japan must drop its barriers"). The clause's verb becomes a trigger of the
  ``obligation_clause`` pattern (triggers.yaml); the modality walk finds the speaker and turns it
  into a REQUEST (status DEMAND). A court's or a law's obligation is a ruling (``ruling_speakers``:
  "the court said he must stay in custody"), and an obligation a speaker puts on their own state ("the
  French president said France must do more") a view of its course: neither is a request; nor is an
  obligation to know, think, expect or have something (``stative_verbs``: "people must know that ..."); round
  27: nor is one put on a thing no party owns ("the tax system must provide incentives", ``thing_obliged``).
- Request verbs that govern a coded action ("pushed for France to support the plan", "encouraged
  X to withdraw") are REQUESTs themselves (``request_governor``, for ``request_governor_verbs``),
  even when the verb is not a trigger word; the governed action gives the request its mode.
- Exit bans (round 19): a ban on travel or entry whose every recipient is of the banning state's own country
  ("North Korea imposed a travel ban on North Koreans") keeps its people in, a restriction of movement (COERCE
  `restrict`), not the manual's REJECT for barring a group from entering one's territory (``exit_ban``);
  round 21: a restriction of travel "to" the restricting state's own country is that REJECT
  (``travel_into_own_country``), and so is one on migrants or travellers "from" countries
  (``arrivals_barred``). Round 22: a restriction or a ban "on" flights, trade, imports or exports
  curtails material exchanges, the manual's SANCTION `discontinue` ("new restrictions on flights to X";
  ``exchanges_curtailed``). A government that "pulled out" of nothing named, with no armed force on its
  side, left a deal or a process, the manual's SANCTION `withdraw`, not a retreat from territory
  (``civil_pullout``). Round 23: a promise or a vow whose clause draws a "red line" warns of one's own
  response, THREATEN, not AGREE (``red_line_vow``); round 26: so does a vow not to allow what another
  party does (``barring_vow``).
- Cooperative deployments: sending troops as peacekeepers or to help, train or supply someone is
  AID (CAMEO 074 "provide military protection or peacekeeping"), not a MOBILIZE show of force
  ("deployed 300 troops to the UN peacekeeping mission", "offered to send troops to help the army").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.events.entities import MentionIndex, mention_entities
from eventwire.events.modality import ABSORBED, DEMAND, Frame, ModalityRules
from eventwire.events.parties import prep_objects
from eventwire.events.party_kinds import noun_kind
from eventwire.events.patterns import Lexicon
from eventwire.events.speech import FIRST_PERSON
from eventwire.events.triggers import Trigger, children, in_words, to_infinitive
from eventwire.records import Entity, Event

CLAUSE_DEPS = ("ccomp", "conj")
THING_KINDS = frozenset({"object", "abstract", "weapon", "quantity", "body_part"})


def obligation_triggers(
    sentence: Span, licensed: list[Trigger], lexicon: Lexicon, rules: ModalityRules
) -> list[Trigger]:
    """Triggers for verbs with "must/should" and a subject in a clause reported by a speech verb."""
    pattern = lexicon.clauses.get("obligation_clause")
    if pattern is None:
        return []
    taken = {t.token.i for t in licensed} | {t.clause.i for t in licensed}
    found = []
    for token in sentence:
        if token.pos_ != "VERB" or token.i in taken or not reported_obligation(token, rules):
            continue
        if in_words(token, lexicon.word_set("stative_verbs")):
            continue  # "ministers should expect it to be rewritten": a view, no request (round 16)
        if thing_obliged(token, children(token, ("nsubj",))[0], lexicon):
            continue  # "the tax system must provide incentives": asks no party (round 27)
        found.append(Trigger(token, replace(pattern, lemma=token.lemma_.lower())))
    return found


def reported_obligation(verb: Token, rules: ModalityRules) -> bool:
    """A clause with an obligation auxiliary and its own subject, under a speech verb."""
    if not any(c.dep_ == "aux" and c.lower_ in rules.obligation_aux for c in verb.children):
        return False
    subjects = children(verb, ("nsubj",))
    if not subjects:
        return False
    head = verb.head
    speech = rules.verbs.get("speech", frozenset())
    reported = verb.dep_ in CLAUSE_DEPS and head != verb and in_words(head, speech)
    return reported and not self_obligation(subjects[0], head)


def thing_obliged(verb: Token, subject: Token, lexicon: Lexicon) -> bool:
    """An obligation put on a thing, a system or a policy that no party owns ("the tax system must provide the
    right incentives"; ``non_actor_nouns`` and the kinds of ``THING_KINDS``): a view of how things should be,
    asking no party (round 27). A thing a party owns or a name qualifies asks its owner ("Iran's programme
    must stop"); a demand that something end asks whoever does it ("this scandal must stop",
    ``ending_verbs``)."""
    if in_words(verb, lexicon.word_set("ending_verbs")):
        return False
    thing = in_words(subject, lexicon.word_set("non_actor_nouns")) or noun_kind(subject) in THING_KINDS
    if not thing or subject.ent_type_:
        return False
    return not any(t.ent_type_ or t.dep_ == "poss" for t in subject.subtree if t.i != subject.i)


def self_obligation(subject: Token, speech_verb: Token) -> bool:
    """An obligation the speaker puts on itself, no request: "we must create the conditions",
    "he knows he must respect them" (the same pronoun as the speaker)."""
    if subject.lower_ in FIRST_PERSON:
        return True
    speakers = children(speech_verb, ("nsubj",))
    return subject.pos_ == "PRON" and bool(speakers) and speakers[0].lower_ == subject.lower_


def a_state_itself(entity: Entity) -> bool:
    """A party the actors stage resolved to a country itself ("Britain", "France"), not to a person,
    a body or a group placed in it."""
    return bool(entity.country) and entity.kb_id == entity.country and not entity.sectors


def own_state_obligation(event: Event, frame: Frame, lexicon: Lexicon) -> bool:
    """A reported obligation on the speaker's own country or its armed forces ("the French president said
    France must do more", "Britain should take its share, the MP argued", "US troops must leave": round 18): a
    view of its own state's course, no request to another party. A body of the state ("the government must
    resign") is still asked, and the speaker must be a person or a body of that state, not the state
    itself."""
    if frame.status != DEMAND or not event.recipient:
        return False
    speakers = list(event.actor) or ([event.attributed_to] if event.attributed_to else [])
    # a state speaking of itself is the parse's slip ("Indonesia's donors said Indonesia must …")
    countries = {s.country for s in speakers if s.country and not a_state_itself(s)}
    return bool(countries) and all(
        (a_state_itself(r) or own_forces(r, lexicon)) and r.country in countries for r in event.recipient
    )


def own_forces(entity: Entity, lexicon: Lexicon) -> bool:
    """The armed forces of a state (only ``own_forces_sectors``: MIL): "the president says US troops must
    leave" states his own state's course, as "Britain must do more" does (round 18)."""
    sectors = {s.lower() for s in entity.sectors}
    return bool(sectors) and sectors <= lexicon.word_set("own_forces_sectors")


def court_ruling(frame: Frame, lexicon: Lexicon) -> bool:
    """A reported obligation a court, a judge or a law states ("the court said the suspect must stay
    in custody", ``ruling_speakers``): a ruling, not a request to that party."""
    if frame.status != DEMAND or frame.speech_verb is None:
        return False
    rulings = lexicon.word_set("ruling_speakers")
    return any(in_words(s, rulings) for s in children(frame.speech_verb, ("nsubj", "nsubjpass")))


def no_request(event: Event, frame: Frame, lexicon: Lexicon) -> bool:
    """A reported obligation that asks nothing of anyone: a court's ruling or a view of one's own state."""
    return court_ruling(frame, lexicon) or own_state_obligation(event, frame, lexicon)


def request_governor_triggers(
    licensed: list[Trigger], frames: list[Frame], lexicon: Lexicon, rules: ModalityRules
) -> list[Trigger]:
    """Triggers for request verbs that absorbed a coded action but are no trigger themselves."""
    pattern = lexicon.clauses.get("request_governor")
    if pattern is None:
        return []
    verbs = lexicon.word_set("request_governor_verbs")
    taken = {t.token.i for t in licensed}
    found: dict[int, Trigger] = {}
    for frame in frames:
        governor = frame.governor
        if frame.status != ABSORBED or governor is None or governor.i in taken or governor.pos_ != "VERB":
            continue
        if rules.governor_class(governor) == "request" and in_words(governor, verbs):
            found[governor.i] = Trigger(governor, replace(pattern, lemma=governor.lemma_.lower()))
    return list(found.values())


def cooperative_deployment(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """A MOBILIZE trigger retyped as AID when the deployment is peacekeeping or serves someone
    (``peacekeeping_words``, ``assistance_purposes``); other triggers unchanged."""
    if trigger.pattern.event_type != "MOBILIZE":
        return trigger
    clause = trigger.clause
    words = lexicon.word_set("peacekeeping_words")
    peacekeeping = any(in_words(t, words) for t in clause.subtree)
    if not (peacekeeping or serves_someone(clause, lexicon)):
        return trigger
    context = ("peacekeeping",) if peacekeeping else ("military",)
    pattern = replace(trigger.pattern, event_type="AID", mode=None, context=context, roles="transfer")
    return replace(trigger, pattern=pattern)


def serves_someone(verb: Token, lexicon: Lexicon) -> bool:
    """A purpose infinitive of helping, training or supplying ("sent troops to help the army"), on
    the verb or on its object ("troops to distribute supplies")."""
    return bool(purpose_clauses(verb, lexicon))


def purpose_clauses(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Infinitives of helping, training or supplying (``assistance_purposes``) on the verb or on its
    object: "sent troops to help people in Haiti" (help)."""
    purposes = lexicon.word_set("assistance_purposes")
    heads = [verb, *children(verb, ("dobj", "obj", "nsubjpass"))]
    clauses = [c for h in heads for c in children(h, ("advcl", "xcomp", "acl", "relcl"))]
    return [c for c in clauses if in_words(c, purposes) and to_infinitive(c)]


def travel_into_own_country(event: Event, trigger: Trigger, index: MentionIndex, lexicon: Lexicon) -> bool:
    """A restriction whose object is travel "to" the restricting state's own country ("an order prohibiting
    travel to the United States by citizens of four countries", by the US; ``travel_nouns``):
    the manual's REJECT for barring a group from entering its territory (round 21). Travel banned to another
    country stays a restriction of movement."""
    if event.event_type != "COERCE" or event.mode != "restrict":
        return False
    trips = [
        o
        for o in children(trigger.token, ("dobj", "nsubjpass"))
        if in_words(o, lexicon.word_set("travel_nouns"))
    ]
    places = [p for t in trips for p in prep_objects(t, frozenset({"to"}))]
    countries = {a.country for a in event.actor if a.country}
    named = {e.country for p in places for m in index.in_tokens(list(p.subtree)) for e in mention_entities(m)}
    return bool(countries & named)


def arrivals_barred(event: Event, trigger: Trigger, lexicon: Lexicon) -> bool:
    """A restriction on migrants, refugees or travellers "from" countries or nations ("an order barring
    immigrants from seven countries"; ``arrival_nouns``, ``origin_nouns`` or a country's name): the manual's
    REJECT for barring a group from entering one's territory (round 21). "Barred its citizens from leaving" (a
    gerund) stays a restriction."""
    if event.event_type != "COERCE" or event.mode != "restrict":
        return False
    arrivals = [
        o
        for o in children(trigger.token, ("dobj", "nsubjpass"))
        if in_words(o, lexicon.word_set("arrival_nouns"))
    ]
    if not arrivals:
        return False
    origins = [p for h in (trigger.token, *arrivals) for p in prep_objects(h, frozenset({"from"}))]
    return any(
        in_words(o, lexicon.word_set("origin_nouns")) or o.ent_type_ in ("GPE", "NORP") for o in origins
    )


def exit_ban(event: Event, trigger: Trigger, lexicon: Lexicon) -> bool:
    """A ban on entry or travel (a REJECT of ``entry_ban_contexts``) whose every recipient has the actor's
    country: the state bars its own nationals, from leaving (round 19; the manual's REJECT is for barring a
    group from *entering* a territory, its COERCE for restricting movement)."""
    if event.event_type != "REJECT" or trigger.pattern.event_type != "REJECT":
        return False  # "will not accept more refugees" is a refusal of aid, no ban
    if not set(trigger.pattern.context) & lexicon.word_set("entry_ban_contexts"):
        return False
    countries = {a.country for a in event.actor if a.country}
    if countries and event.recipient and all(r.country in countries for r in event.recipient):
        return True
    return trigger.token is not None and bans_leaving(trigger.token, lexicon)


def bans_leaving(token: Token, lexicon: Lexicon) -> bool:
    """A ban whose people are banned from leaving, told by a participle ("imposed a travel ban on its
    residents leaving the country"; ``exit_verbs``): an exit ban whatever the parties' countries (round
    22)."""
    bans = restriction_nouns(token)
    people = [o for b in bans for o in prep_objects(b, frozenset({"on"}))]
    return any(
        c.dep_ == "acl" and c.tag_ == "VBG" and in_words(c, lexicon.word_set("exit_verbs"))
        for h in bans + people
        for c in h.children
    )


def restriction_nouns(token: Token) -> list[Token]:
    """The words that name a restriction, whose "on" phrase says what is restricted: a noun trigger itself
    ("a ban on ..."), else the verb's object or passive subject ("imposed restrictions on ...")."""
    return [token] if token.pos_ == "NOUN" else children(token, ("dobj", "nsubjpass"))


def exchanges_curtailed(event: Event, trigger: Trigger, lexicon: Lexicon) -> bool:
    """A restriction or a ban "on" flights, trade, imports, exports or investment (``exchange_nouns``):
    "announced new restrictions on flights to X", "a ban on imports from X". The manual codes curtailing
    "diplomatic, commercial, or material exchanges" SANCTION `discontinue`, not COERCE (round 22); a ban on
    protests, on a party or on travel stays a restriction."""
    if event.event_type != "COERCE" or event.mode != "restrict":
        return False
    holders = restriction_nouns(trigger.token)
    holders += [c for h in holders for c in h.conjuncts]
    curbed = [o for h in holders for o in prep_objects(h, frozenset({"on"}))]
    return bool(curbed) and all(in_words(o, lexicon.word_set("exchange_nouns")) for o in curbed)


def civil_pullout(event: Event, trigger: Trigger, lexicon: Lexicon) -> bool:
    """A withdrawal with nothing withdrawn and nowhere left ("the government pulled out at the last minute",
    "convinced the president to pull out") whose every actor has a sector and none an armed one
    (``armed_sectors``): a government leaving a deal or a process, the manual's SANCTION `withdraw` ("withdraw
    oneself ... from a group, mediation activity, organization"), not RETREAT, a retreat from territory (round
    22). "The rebels pulled out" and "pulled out of the town" stay retreats."""
    if event.event_type != "RETREAT" or event.mode != "withdraw" or not event.actor:
        return False
    token = trigger.token
    if not in_words(token, lexicon.word_set("pullout_verbs")):
        return False  # "schools are falling back into segregation": no withdrawal at all
    if any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in token.children):
        return False
    if places_left(token):
        return False  # "pulled out of the town", "pulling back in Syria": a retreat from territory
    armed = lexicon.word_set("armed_sectors")
    return all(a.sectors and not {s.lower() for s in a.sectors} & armed for a in event.actor)


def red_line_vow(event: Event, trigger: Trigger, lexicon: Lexicon) -> bool:
    """A promise or a vow whose clause draws a red line ("vowed that any use of chemical weapons would cross a
    red line", ``red_line_words``): a warning of one's own response, the manual's THREATEN, not an AGREE
    (round 23). A promise with no red line keeps its AGREE."""
    if event.event_type != "AGREE" or not in_words(trigger.token, lexicon.word_set("open_promise_verbs")):
        return False
    marks = lexicon.word_set("red_line_words")
    return any(
        t.lemma_.lower() == "line" and any(m.lower_ in marks for m in t.children if m.dep_ == "amod")
        for t in trigger.token.subtree
    )


def barring_vow(event: Event, trigger: Trigger, lexicon: Lexicon) -> bool:
    """A promise or a vow not to allow or tolerate what another party does ("vowed not to allow Kurdish groups
    to dominate its border", ``barring_vow_verbs``): a warning that one will stop them, THREATEN, not an AGREE
    to cooperate (round 26, audit seed 23). "Vowed to allow aid in" keeps its AGREE."""
    if event.event_type != "AGREE" or not in_words(trigger.token, lexicon.word_set("open_promise_verbs")):
        return False
    barring = lexicon.word_set("barring_vow_verbs")
    return any(
        c.dep_ in ("xcomp", "ccomp") and in_words(c, barring) and any(n.dep_ == "neg" for n in c.children)
        for c in trigger.token.children
    )


def verbal_attack_noun(event: Event, trigger: Trigger, lexicon: Lexicon) -> bool:
    """An attack noun, the trigger or its verb's object ("launched an attack"), aimed "on" or "against" a
    policy, a plan or remarks (``verbal_attack_objects``), or called scathing or withering
    (``verbal_attack_modifiers``): criticism, the manual's ACCUSE, as "attacked the decision" is; "an attack
    on the convoy" stays an ASSAULT (session 32)."""
    if event.event_type != "ASSAULT":
        return False
    nouns = lexicon.word_set("verbal_attack_nouns")
    return any(in_words(n, nouns) and aimed_at_words(n, lexicon) for n in trigger_nouns(trigger.token))


def attack_characterised(event: Event, trigger: Trigger, lexicon: Lexicon) -> bool:
    """An attack verb whose "as" phrase characterises its object ("attacked the plan as unworkable", "was
    attacked by the opposition as too little, too late"): criticism, the manual's ACCUSE, not an ASSAULT
    (round 24). An "as" of time or role ("attacked as they slept", "as part of the offensive", "as well as")
    keeps the assault."""
    if event.event_type != "ASSAULT" or not in_words(trigger.token, lexicon.word_set("verbal_attack_verbs")):
        return False
    phrases = [c for c in trigger.token.children if c.dep_ == "prep" and c.lower_ == "as"]
    return any(characterises(p, lexicon) for p in phrases)


def characterises(phrase: Token, lexicon: Lexicon) -> bool:
    """Whether an "as" phrase holds a judging adjective or adverb ("as unworkable", "as too little")."""
    openers = lexicon.word_set("as_phrase_openers")
    words = [t for t in phrase.subtree if t.i > phrase.i]
    if not words or in_words(words[0], openers):
        return False
    return any(t.pos_ in ("ADJ", "ADV") and not in_words(t, openers) for t in words)


def police_raid(event: Event, trigger: Trigger, lexicon: Lexicon) -> bool:
    """A raid noun, the trigger or its verb's object ("carried out a raid"), whose every actor is the police
    (``police_nouns``): the manual's COERCE seize, not an ASSAULT (session 32)."""
    if event.event_type != "ASSAULT" or not event.actor:
        return False
    if not any(in_words(n, lexicon.word_set("raid_nouns")) for n in trigger_nouns(trigger.token)):
        return False
    police = lexicon.word_set("police_nouns")
    return all(set((a.mention or "").lower().split()) & police for a in event.actor)


def trigger_nouns(token: Token) -> list[Token]:
    """The noun an event word names: itself, or a verb's objects ("launched an attack", "ran a raid")."""
    return [token] if token.pos_ == "NOUN" else children(token, ("dobj",))


def aimed_at_words(noun: Token, lexicon: Lexicon) -> bool:
    """ "a scathing attack", "an attack on the plans": the noun's modifier or every "on"/"against" object."""
    modifiers = lexicon.word_set("verbal_attack_modifiers")
    if any(c.dep_ == "amod" and in_words(c, modifiers) for c in noun.children):
        return True
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "against")]
    aimed = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return bool(aimed) and all(in_words(o, lexicon.word_set("verbal_attack_objects")) for o in aimed)


def places_left(verb: Token) -> bool:
    """Whether a prepositional phrase of the verb (or of its particle: "pulled out of Syria") names a place
    (a recognised country, region or site, or a place noun of party_kinds.yaml) or is a withdrawal's
    "of"/"from"."""
    preps = [c for c in verb.children if c.dep_ in ("prep", "prt")]
    preps += [p for c in preps for p in c.children if p.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ in ("of", "from"):
            return True
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.ent_type_ in ("GPE", "LOC", "FAC") or noun_kind(obj) == "place":
                return True
    return False
