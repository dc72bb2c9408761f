"""Scope: sport, company news, campaigning, polls, disaster emergencies, policy calls: no political events.

PLOVER codes interactions of political actors; its manual leaves out "news solely about individual
companies" (the economic context) and has no place for sport (crime stays in scope, through the
crime context). Both use the words of conflict and cooperation: "Williams beat Sharapova in straight
sets" is no ASSAULT, "the club signed a deal with the midfielder" no agreement, "Microsoft signed an
agreement with Nokia" no AGREE between political actors. The tests, knowledge in triggers.yaml:

- a sentence about sport (a score such as "2-1", or a word only sport uses: ``sports_words``) codes
  none of the types sport language mimics (``sports_mimicked_types``); a vote "51-49" or a protest at
  a stadium keeps its event; round 14: so does a sentence with two words of sport's setting
  (``sport_context_words``: "the cup clash at the arena", "suspended for four games of the season"),
  unless it reports real violence (``real_violence_words``: fans pelted with stones and police injured);
- an event with a company party (the actors stage's country code MNC or only company sectors,
  ``company_sectors``) and no other party but one-word names the actors stage does not know is
  business news, unless its type involves a company in politics whoever the parties are
  (``company_political_types``: violence, coercion, protest, mobilisation, sanctions);
- a request or promise made "to" the electorate (``electorate_nouns``) is election campaigning;
- a verbal stance whose subject is a share ("17% approved of it", ``poll_types``) is a poll result;
- round 15: a consultation by or with a news outlet or a journalist is reporting (``journalism``); round 21:
  so is the writer's own meeting told outside quotation marks ("I met with dozens of refugees",
  ``narrated``);
- round 16: a warning addressed only to the general public is advice (``advice_to_public``); round 27: so is
  a request whose only asked act is care or caution ("urged citizens to take care", ``caution_advice``);
  round 22: an appeal addressed only to witnesses ("police are appealing to witnesses or to anyone who can
  assist") is an investigation's routine, no request to a party (``witness_appeal``);
- round 18: a call for a change of policy addressed to no one ("called for an increase in defence spending",
  "called for a return to grammar schools") is domestic policy (``policy_call``);
- round 20: a candidate beating or defeating a rival in a sentence about an election (``contest_verbs``,
  ``election_words``: "nearly beat Trump there, losing by two points") is a result, no ASSAULT, unless the
  sentence reports real violence (``real_violence_words``);
- round 17: a state of emergency declared for a disaster or an epidemic is no repression
  (``disaster_emergency``; the manual: "should generally not be coded as COERCE restrict absent evidence for
  their use as a repressive tactic"). Private affairs are checked on the parties (private_affairs.py).
  Round 27: a rescue by no named party in a report on a natural hazard is disaster relief (``hazard_rescue``).
- round 23: a promise to no one in a sentence about an election campaign is a pledge to voters
  (``campaign_promise``).
- round 26: support for a policy that names no party ("backed choice in schools", ``policy_backed``) and a
  budget or a bill that "requests" money with no party asked (``document_request``) are domestic policy;
  round 27: so are a government's own report or budget backed by its members (``own_document_backed``) and
  a cabinet or a caucus meeting by itself (``own_body_meeting``); round 28: a ban or a crackdown on a practice
  or a social ill ("banned cash transfers", "a crackdown on truants", ``practice_restricted``).
- round 25: forming a government is domestic politics (the manual's legislative context, "parliamentary
  coalition formation"): a head of state asking or inviting someone "to form a government", or one party's
  negotiations to form one, is no REQUEST, AGREE or CONSULT between parties (``government_formation``); talks
  between named parties keep their event.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventwire.events.cues import sentence_words
from eventwire.events.patterns import Lexicon
from eventwire.events.quotation_marks import inside_quotation
from eventwire.records import Entity, Event

SCORE = re.compile(r"^\d{1,3}\s?[-\u2013]\s?\d{1,3}$")


def has_score(sentence: Span, lexicon: Lexicon) -> bool:
    """A match score ("2-1", "4\u20130"), not a count of votes ("voted 51-49", ``vote_count_words``)."""
    counting = lexicon.word_set("vote_count_words")
    if any(t.lemma_.lower() in counting for t in sentence):
        return False
    return any(SCORE.match(t.text) and t.pos_ in ("NUM", "X", "NOUN") for t in sentence)


def about_sport(sentence: Span, lexicon: Lexicon) -> bool:
    """Whether a sentence reports sport (a score, a word only sport uses, or sport's setting)."""
    words = lexicon.word_set("sports_words")
    nouns = (t for t in sentence if t.pos_ in ("NOUN", "PROPN"))
    found = has_score(sentence, lexicon) or any(t.lower_ in words or t.lemma_.lower() in words for t in nouns)
    return found or in_sport_setting(sentence, lexicon)


def in_sport_setting(sentence: Span, lexicon: Lexicon) -> bool:
    """Two distinct words of sport's setting ("cup", "arena", "season", "games") and no real violence
    ("injured", "police"): one such word is common in politics ("the Arab League", "war games")."""
    setting, violence = lexicon.word_set("sport_context_words"), lexicon.word_set("real_violence_words")
    words = {t.lower_ for t in sentence}
    return len(words & setting) >= 2 and not words & violence


def sport_mimic(event: Event, sentence: Span, lexicon: Lexicon) -> bool:
    """An event type sport language mimics, in a sentence about sport."""
    mimicked = lexicon.word_set("sports_mimicked_types")  # word lists are lower-cased
    return event.event_type.lower() in mimicked and about_sport(sentence, lexicon)


def company(entity: Entity, lexicon: Lexicon) -> bool:
    """A party the actors stage resolves to a company (country code MNC, or only company sectors)."""
    codes = {entity.country.lower()} if entity.country else set()
    codes |= {s.lower() for s in entity.sectors}
    return bool(codes) and codes <= lexicon.word_set("company_sectors")


def unresolved_name(entity: Entity) -> bool:
    """A one-word name the actors stage does not know ("Nokia"), not a phrase ("the minister",
    "European officials"): it may be another company."""
    if entity.country or entity.kb_id or entity.sectors:
        return False
    name = entity.name.strip()
    return bool(name) and " " not in name and name[0].isupper()


def company_only(event: Event, lexicon: Lexicon) -> bool:
    """Business news: a company party and no party but companies and names the actors stage does not
    know, and no type that puts a company into politics."""
    parties = list(event.actor) + list(event.recipient)
    if event.event_type.lower() in lexicon.word_set("company_political_types"):
        return False
    companies = [p for p in parties if company(p, lexicon)]
    return bool(companies) and all(company(p, lexicon) or unresolved_name(p) for p in parties)


def addressed_to_electorate(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """Campaigning: a request or promise whose "to" phrase, on the trigger or on the support verb that
    anchors it, names the electorate ("delivered his final plea to voters"), or whose every addressee does
    ("asked voters to turn out", round 27)."""
    if event.event_type.lower() not in lexicon.word_set("electorate_types"):
        return False
    electorate = lexicon.word_set("electorate_nouns")
    asked = [c for c in word.children if c.dep_ in ("dobj", "dative")]
    if asked and all(a.lemma_.lower() in electorate or a.lower_ in electorate for a in asked):
        return True  # "asking voters to vote at the polls" (round 27)
    holders = [word] + ([word.head] if word.dep_ in ("dobj", "nsubjpass") else [])
    return any(
        o.lemma_.lower() in electorate or o.lower_ in electorate
        for h in holders
        for p in h.children
        if p.dep_ in ("prep", "dative") and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
    )


def poll_share(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """An opinion poll's result: a verbal stance whose subject is a share ("just 17% approved of it",
    "60 percent oppose the plan"), also through "they" ("42% said they disapproved", round 16)."""
    if event.event_type.lower() not in lexicon.word_set("poll_types"):
        return False
    # the small model sometimes hangs a share before the verb as npadvmod ("17% approved")
    subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "npadvmod") and c.i < word.i]
    if word.dep_ == "ccomp" and any(s.lower_ == "they" for s in subjects):  # "42% said they disapproved"
        subjects += [c for c in word.head.children if c.dep_ in ("nsubj", "npadvmod") and c.i < word.head.i]
    if any(
        t.ent_type_ == "PERCENT" or t.lower_ in ("%", "percent", "per") for s in subjects for t in s.subtree
    ):
        return True
    return any(fraction_share(s, lexicon) for s in subjects) or told_by_a_poll(word, lexicon)


def fraction_share(subject: Token, lexicon: Lexicon) -> bool:
    """A subject that is a fraction of a people ("two-thirds of voters", "a clear majority";
    ``poll_share_words``, round 22): the fraction heads the subject, not a title in it ("Minority Leader")."""
    return subject.lower_ in lexicon.word_set("poll_share_words") and not subject.ent_type_


def told_by_a_poll(word: Token, lexicon: Lexicon) -> bool:
    """A stance in the clause a poll or a survey reports ("a poll of 1,300 people suggests most voters support
    the plan"; ``poll_nouns``, round 22)."""
    if word.dep_ != "ccomp":
        return False
    reporters = [c for c in word.head.children if c.dep_ == "nsubj"]
    return any(r.lemma_.lower() in lexicon.word_set("poll_nouns") for r in reporters)


def journalism(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """Reporting: a consultation whose subject or whose "with" party is a news outlet or a journalist
    ("Wikinews contacted the coast guard", "discussed the plan with Wikinews"; ``news_media_words``), or
    with a party the actors stage codes as the media (``news_media_sectors``: "a leader contacted by the
    Guardian")."""
    if event.event_type.lower() not in lexicon.word_set("journalism_types"):
        return False
    sides = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
    preps = [p for p in word.children if p.dep_ in ("prep", "agent") and p.lower_ in ("with", "by")]
    sides += [o for p in preps for o in p.children]
    media = lexicon.word_set("news_media_words")
    if any(t.lower_ in media for side in sides for t in side.subtree) or narrated(word, lexicon):
        return True
    sectors = lexicon.word_set("news_media_sectors")  # round 16: "a leader contacted by the Guardian" (JRN)
    return any(s.lower() in sectors for e in (*event.actor, *event.recipient) for s in e.sectors)


def narrated(verb: Token, lexicon: Lexicon) -> bool:
    """The writer's own meeting, told outside quotation marks ("I met with dozens of refugees";
    ``narrator_pronouns``): the reporter at work (round 21). Inside a quotation the speaker met someone."""
    narrators = lexicon.word_set("narrator_pronouns")
    if not any(s.lower_ in narrators for s in verb.children if s.dep_ == "nsubj"):
        return False
    return not inside_quotation(verb)


def advice_to_public(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """A warning whose every addressee is the general public ("warned people to avoid the area",
    ``public_nouns``, ``public_advice_types``), not a people a name or a possessor makes a party ("the Syrian
    people", "its residents")."""
    if event.event_type.lower() not in lexicon.word_set("public_advice_types"):
        return False
    addressees = [c for c in word.children if c.dep_ in ("dobj", "dative")]
    addressees += [c for a in addressees for c in a.conjuncts]
    return bool(addressees) and all(general_public(a, lexicon) for a in addressees)


def witness_appeal(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """A REQUEST whose every addressee (object, dative or "to" phrase) is a witness or anyone who saw or can
    help (``witness_nouns``): "police are appealing to witnesses to come forward" (round 22)."""
    if event.event_type != "REQUEST":
        return False
    addressees = [c for c in word.children if c.dep_ in ("dobj", "dative")]
    addressees += [
        o
        for p in word.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    addressees += [c for a in addressees for c in a.conjuncts]
    witnesses = lexicon.word_set("witness_nouns")
    return bool(addressees) and all(a.lower_ in witnesses for a in addressees)


def caution_advice(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """A REQUEST whose every asked act is care or caution (``caution_words`` as the object or the complement
    of the infinitive: "urged citizens to take care", "urged residents to remain calm and be vigilant"):
    advice, no act of a party asked (round 27); "urged residents to evacuate" asks an act and keeps its
    REQUEST, and a named party urged to be cautious ("urged Israel to exercise caution") is asked as a
    party."""
    if event.event_type != "REQUEST":
        return False
    if any(c.dep_ in ("dobj", "dative") and c.ent_type_ for c in word.children):
        return False
    acts = [c for c in word.children if c.dep_ == "xcomp"]
    acts += [c for a in acts for c in a.conjuncts]
    caution = lexicon.word_set("caution_words")
    return bool(acts) and all(
        any(c.dep_ in ("dobj", "acomp") and c.lower_ in caution for c in act.children) for act in acts
    )


def general_public(noun: Token, lexicon: Lexicon) -> bool:
    """A word for the general public without a name or a possessor that makes it some party's people."""
    if noun.lower_ not in lexicon.word_set("public_nouns") or noun.ent_type_:
        return False
    return not any(c.dep_ == "poss" or c.ent_type_ for c in noun.children)


def disaster_emergency(event: Event, sentence: Span, lexicon: Lexicon) -> bool:
    """A state of emergency (not martial law) in an article about a storm, a flood or an epidemic
    (``emergency_disaster_words`` in its sentence, or twice in the article), whose sentence tells of no unrest
    (``unrest_words``): "declared a state of emergency ahead of the hurricane", "extended the state of
    emergency" in a report on the epidemic."""
    if event.event_type != "COERCE" or event.mode != "martial-law":
        return False
    words = {t.lower_ for t in sentence}
    if "emergency" not in words or "martial" in words or words & lexicon.word_set("unrest_words"):
        return False
    disaster = lexicon.word_set("emergency_disaster_words")
    if words & disaster:
        return True
    return sum(t.lower_ in disaster for t in sentence.doc) >= 2


def hazard_rescue(event: Event, word: Token, sentence: Span, lexicon: Lexicon) -> bool:
    """A rescue or an evacuation (``rescue_verbs``) by no named party in a report on a natural hazard
    (``hazard_words`` in the sentence, or twice in the article) whose sentence tells of no violence or unrest
    (``real_violence_words``, ``unrest_words``): disaster relief, out of scope ("the survivor was rescued from
    beneath the rubble"; round 27). "The army evacuated the villagers" names its party and keeps its AID."""
    if event.event_type != "AID" or event.actor:
        return False
    if word.lemma_.lower() not in lexicon.word_set("rescue_verbs"):
        return False
    words = {t.lower_ for t in sentence}
    if words & (lexicon.word_set("real_violence_words") | lexicon.word_set("unrest_words")):
        return False
    hazards = lexicon.word_set("hazard_words")
    return bool(words & hazards) or sum(t.lower_ in hazards for t in sentence.doc) >= 2


POLICY_ENTITIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def policy_call(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """Domestic policy: a request "for" a change of policy (``policy_change_nouns``: an increase, a cut, a
    return, funding, a reform) addressed to no party — no recipient, no "on"/"upon" phrase, no party named in
    the "for" phrase ("called for an increase in defence spending"; not "called on the government for a tax
    cut", "called for more aid to Syria")."""
    if event.event_type != "REQUEST" or event.recipient:
        return False
    preps = [p for p in word.children if p.dep_ == "prep"]
    if any(p.lower_ in ("on", "upon") for p in preps):
        return False
    wanted = [o for p in preps if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    changes = lexicon.word_set("policy_change_nouns")
    if not wanted or not all(o.lemma_.lower() in changes or o.lower_ in changes for o in wanted):
        return False
    return not any(names_a_party(o, lexicon) for o in wanted)


def policy_backed(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """Domestic policy: support for a policy with no party on the other side — no recipient, and every
    object a policy or a public service (``backed_policy_nouns``) naming no party ("backed choice in schools
    and wider home ownership"; not "backed the prime minister", "backed changes to Syria's constitution"). A
    measure of another party welcomed ("welcomed the new regulations") keeps its SUPPORT: not listed."""
    if event.event_type != "SUPPORT" or event.recipient:
        return False
    objects = [c for c in word.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    policies = lexicon.word_set("backed_policy_nouns")
    if not objects or not all(o.lemma_.lower() in policies or o.lower_ in policies for o in objects):
        return False
    return not any(names_a_party(o, lexicon) for o in objects)


STATE_SECTORS = frozenset({"GOV", "LEG"})


def own_document_backed(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """Domestic policy: a government backing its own budget, report or bill — every object a policy document
    (``policy_document_nouns``), every party of one country and one branch, the government or the legislature
    ("the prime minister backed the chancellor's pre-Budget report"; round 27). Backing another state's plan,
    a senator welcoming a review of the administration's decision, or a minister backing a colleague in a row
    ("backed the prime minister") keeps its SUPPORT."""
    if event.event_type != "SUPPORT" or not event.actor or not event.recipient:
        return False
    objects = [c for c in word.children if c.dep_ == "dobj"]
    documents = lexicon.word_set("policy_document_nouns")
    if not objects or not all(o.lemma_.lower() in documents or o.lower_ in documents for o in objects):
        return False
    parties = [*event.actor, *event.recipient]
    countries = {p.country for p in parties}
    sectors = {frozenset(p.sectors) & STATE_SECTORS for p in parties}
    return len(countries) == 1 and None not in countries and len(sectors) == 1 and frozenset() not in sectors


def document_request(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """Domestic policy: a budget, a bill or a proposal that "requests" or "calls for" money or a programme
    with no party asked (``policy_document_nouns``: "the budget proposal requested $1 billion"); a state's
    request "from the IMF" names a party and stays."""
    if event.event_type != "REQUEST" or event.recipient:
        return False
    documents = lexicon.word_set("policy_document_nouns")
    return any(s.lemma_.lower() in documents for s in word.children if s.dep_ == "nsubj")


def own_body_meeting(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """Domestic: a cabinet, a caucus or a politburo meeting by itself (``own_body_nouns``: "the cabinet met on
    Tuesday", "Cabinet members held their last meeting") — one actor, no recipient, no "with" phrase; "the
    cabinet met the union leaders" or "met with the envoy" keeps its CONSULT (round 27)."""
    if event.event_type != "CONSULT" or event.recipient or len(event.actor) > 1:
        return False
    verb = word.head if word.dep_ in ("dobj", "nsubjpass") else word
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in (*verb.children, *word.children)):
        return False
    if any(c.dep_ in ("dobj", "dative") and c.i != word.i and c.ent_type_ for c in verb.children):
        return False
    bodies = lexicon.word_set("own_body_nouns")
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lemma_.lower() in bodies for s in subjects for t in s.subtree)


def practice_restricted(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """Domestic policy: a ban or a crackdown whose every target is a practice or a social ill
    (``practice_nouns``): "banned such cash transfers", "outlawed the death penalty", "cracked down on
    migration", "a crackdown on persistent truants was launched" (``restriction_nouns`` carry the "on"
    phrase); "banned the party", "banned protests" and "a crackdown on dissidents" keep their COERCE (round
    28)."""
    if event.event_type != "COERCE":
        return False
    practices = lexicon.word_set("practice_nouns")
    restrictions = lexicon.word_set("restriction_nouns")
    held = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in restrictions]
    phrases = [p for h in (word, *held) for p in h.children if p.dep_ == "prep" and p.lower_ == "on"]
    targets = [o for p in phrases for o in p.children if o.dep_ == "pobj"]
    if not targets and event.mode == "restrict":
        targets = [c for c in word.children if c.dep_ == "dobj"]
    targets += [c for t in targets for c in t.conjuncts]
    return bool(targets) and all(t.pos_ == "NOUN" and t.lemma_.lower() in practices for t in targets)


def names_a_party(noun: Token, lexicon: Lexicon) -> bool:
    """A named party ("more aid to Syria"), people or a party ("the return of the hostages", "deep cuts to the
    army") in the phrase the request is for."""
    inner = [t for t in noun.subtree if t.i != noun.i]
    if any(t.ent_type_ in POLICY_ENTITIES for t in inner):
        return True
    parties = lexicon.word_set("person_nouns") | lexicon.word_set("actor_nouns")
    parties |= lexicon.word_set("military_nouns")
    return any(t.lower_ in parties or t.lemma_.lower() in parties for t in inner if t.pos_ == "NOUN")


def electoral_contest(event: Event, word: Token, sentence: Span, lexicon: Lexicon) -> bool:
    """An election result worded as a fight: an ASSAULT by a verb of winning (``contest_verbs``: beat, defeat)
    in a sentence with a word of elections (``election_words``: points, votes, primary) and no real violence
    ("nearly beat Trump there, who won by 23 points"; "soldiers beat the protesters" stays)."""
    if event.event_type != "ASSAULT" or word.lemma_.lower() not in lexicon.word_set("contest_verbs"):
        return False
    words = sentence_words(sentence)
    return bool(words & lexicon.word_set("election_words")) and not words & lexicon.word_set(
        "real_violence_words"
    )


def campaign_promise(event: Event, word: Token, sentence: Span, lexicon: Lexicon) -> bool:
    """A promise to no one in a sentence about an election campaign (``open_promise_verbs``,
    ``campaign_words``: "as part of his pre-election campaign, the president pledged converting the museum to
    a mosque"): a pledge to voters, canvassing, no AGREE with a party (round 23)."""
    if event.event_type != "AGREE" or event.recipient:
        return False
    if word.lemma_.lower() not in lexicon.word_set("open_promise_verbs"):
        return False
    return bool(sentence_words(sentence) & lexicon.word_set("campaign_words"))


FORMATION_TYPES = frozenset({"REQUEST", "AGREE", "CONSULT"})
INFINITIVE_DEPS = ("xcomp", "ccomp", "acl", "advcl")


def government_formation(event: Event, word: Token, lexicon: Lexicon) -> bool:
    """Asking or inviting someone to form a government (``commission_verbs``), or one party's talks "to
    form a government" with no other party (``formation_verbs``, ``government_nouns``): domestic politics
    (round 25; audit seeds 14, 15, 22: "invited X to form a government", "will begin negotiations to form
    government")."""
    if event.event_type not in FORMATION_TYPES or not forms_a_government(word, lexicon):
        return False
    commissioned = word.lemma_.lower() in lexicon.word_set("commission_verbs")
    return commissioned or (not event.recipient and len(event.actor) <= 1)


def forms_a_government(word: Token, lexicon: Lexicon) -> bool:
    """The word governs a to-infinitive of forming a government ("to form a coalition government")."""
    forming, governments = lexicon.word_set("formation_verbs"), lexicon.word_set("government_nouns")
    for comp in word.children:
        if comp.dep_ not in INFINITIVE_DEPS or comp.lemma_.lower() not in forming:
            continue
        if any(o.dep_ == "dobj" and o.lemma_.lower() in governments for o in comp.children):
            return True
    return False


def out_of_scope(event: Event, word: Token, sentence: Span, lexicon: Lexicon) -> bool:
    """Sport, company-only news, campaigning, an opinion poll, journalism, advice to the public, an
    emergency for a disaster or a call for a policy addressed to no one (see the module docstring)."""
    return (
        sport_mimic(event, sentence, lexicon)
        or company_only(event, lexicon)
        or addressed_to_electorate(event, word, lexicon)
        or poll_share(event, word, lexicon)
        or journalism(event, word, lexicon)
        or advice_to_public(event, word, lexicon)
        or witness_appeal(event, word, lexicon)
        or caution_advice(event, word, lexicon)
        or disaster_emergency(event, sentence, lexicon)
        or hazard_rescue(event, word, sentence, lexicon)
        or policy_call(event, word, lexicon)
        or policy_backed(event, word, lexicon)
        or own_document_backed(event, word, lexicon)
        or document_request(event, word, lexicon)
        or own_body_meeting(event, word, lexicon)
        or practice_restricted(event, word, lexicon)
        or electoral_contest(event, word, sentence, lexicon)
        or campaign_promise(event, word, sentence, lexicon)
        or government_formation(event, word, lexicon)
    )
