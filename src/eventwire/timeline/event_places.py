"""The place an event gets: the most specific one its report supports, and no more.

Place policy: a place of the event's sentence in a locative phrase attached to the event ("in
Brussels", "at NATO headquarters", "arrived in Baghdad"), the most specific one (venue > city >
division > country); else the seat of a police force or court that is the event's actor, when the
sentence names it by a place or demonym ("Bristol police arrested", "a Thai court sentenced"); else, for
the main happening (not one told in a relative clause, nor a later one told at a day of its own), the
lede's place, or else the article's dateline when a party is of its country (where the report was filed
is not where every happening it tells took place); else, for a domestic event (every actor and recipient
resolved and of one country), that country, with the source "parties"; else, in an article whose every
place lies in one country, for an event whose resolved parties are all of it, that country, with the
source "article" (both inferred, at country precision).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from eventwire.records import INFERRED_ARTICLE, INFERRED_PLACE, Article, Entity, Event, Place
from eventwire.timeline.article_context import ArticleContext, event_trigger, in_span
from eventwire.timeline.gazetteer import Gazetteer, name_key
from eventwire.timeline.places import find_places
from eventwire.timeline.syntax import (
    acting_organ,
    attached_to,
    clause_head,
    event_clause,
    is_actor,
    is_locative,
    names_topic,
    other_happening_between,
    place_nouns,
    span_of,
    tells_affiliation,
    through_other_happening,
    told_happening,
)

# the actors stage's score of a party resolved by its own words, not only by the article's country
MIN_PARTY_SCORE = 0.5
MIN_ARTICLE_PLACES = 2  # places an article must name, all in one country, to lend it to its events
SPECIFICITY = {"venue": 4, "city": 3, "admin": 2, "region": 1, "country": 1}


@dataclass(frozen=True, slots=True)
class Setting:
    """What the event's date and the lede say about where it may have been."""

    main: bool  # the report's main happening (``is_main_happening``)
    own_time: bool  # told at a day of its own, other than the lede's
    background: bool  # history told again (``tells_background``)
    lede: Place | None  # the lede's place
    dateline: Place | None


def event_location(
    event: Event, context: ArticleContext, gazetteer: Gazetteer, setting: Setting
) -> Place | None:
    """The event's place by the policy above: its sentence's, a police force's or court's seat, the lede's or
    dateline's for the main happening, else the country of its parties or of the article."""
    told = sentence_location(event, context) or organ_location(event, context, gazetteer)
    return (
        told
        or borrowed_location(event, context, setting)
        or parties_location(event, gazetteer)
        or article_country_location(event, context, gazetteer)
    )


def borrowed_location(event: Event, context: ArticleContext, setting: Setting) -> Place | None:
    """The lede's place (or the dateline's) for the main happening, or for a later event told at the lede's
    happening; none for history told again (its place is its sentence's, not the day's happening's)."""
    if setting.background:
        return None
    if setting.main and not setting.own_time and not in_relative_clause(event, context):
        if setting.lede is not None:
            return replace(setting.lede, source="lede")
        if setting.dateline is not None and involves(event, setting.dateline):
            return replace(setting.dateline, source="dateline")
        return None
    if setting.lede is not None and not setting.own_time and told_at_lede_happening(event, context):
        return replace(setting.lede, source="lede")
    return None


def sentence_location(event: Event, context: ArticleContext) -> Place | None:
    """The most specific place of a locative phrase tied to the event in its sentence."""
    report = event.reports[0]
    inside = [p for p in context.places if p.span and in_span(p.span, report.span)]
    if not inside:
        return None
    trigger_span = report.trigger_span or report.span
    trigger = span_of(context.doc, *trigger_span)
    if trigger is None:
        locative = [p for p in inside if preceded_by_locative_word(p, context.text)]
    else:
        clause = event_clause(trigger)
        locative = [p for p in inside if place_tied(p, clause, trigger, context)]
    if not locative:
        return None

    def rank(p: Place) -> tuple[int, int]:
        gap = min(abs(p.span[0] - trigger_span[1]), abs(trigger_span[0] - p.span[1])) if p.span else 0
        return -SPECIFICITY.get(p.feature, 0), gap

    return replace(min(locative, key=rank), source="sentence")


def organ_location(event: Event, context: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """Where the police force or court that is the event's actor sits, when its sentence names it by a
    place or a demonym ("Bristol police used a stun gun": Bristol; "a Thai court sentenced": Thailand),
    or the capital that stands for its government as the actor ("Athens expelled the ambassador"; not of a
    meeting: "Moscow held talks with Washington" tells no place)."""
    report = event.reports[0]
    trigger = event_trigger(event, context)
    if trigger is None:
        return None
    clause = event_clause(trigger)
    named = [
        p
        for p in context.places
        if p.span
        and in_span(p.span, report.span)
        and (span := span_of(context.doc, *p.span)) is not None
        and (
            acting_organ(span.root, clause, trigger) is not None
            or (capital_acting(p, span, event, gazetteer) and is_actor(span.root, clause, trigger))
        )
    ]
    if named:
        return replace(max(named, key=lambda p: SPECIFICITY.get(p.feature, 0)), source="sentence")
    for token in trigger.sent:
        iso2 = gazetteer.demonyms.get(name_key(token.text)) if token.dep_ in ("amod", "compound") else None
        if iso2 in gazetteer.countries and acting_organ(token, clause, trigger) is not None:
            span = (token.idx, token.idx + len(token))
            return replace(gazetteer.countries[iso2].to_place(token.text, span), source="sentence")
    return None


def told_at_lede_happening(event: Event, context: ArticleContext) -> bool:
    """A later event that names the lede's happening again ("The Italian minister joined the talks" after
    a lede on ministers gathered in Cairo), with no other happening told in between, took place where
    the lede's happening did."""
    trigger = event_trigger(event, context)
    if trigger is None or (noun := told_happening(event_clause(trigger), trigger)) is None:
        return False
    lede_end = span_of(context.doc, context.lede[1] - 1, context.lede[1])
    return lede_end is not None and not other_happening_between(lede_end.end, noun)


def capital_acting(place: Place, span: Span, event: Event, gazetteer: Gazetteer) -> bool:
    """A capital standing alone for its government, outside a meeting ("Athens expelled"; not "Berlin and
    Warsaw agree", "Beijing, Manila agree", "Moscow held talks with Washington": no one place)."""
    root = span.root
    coordinated = root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children)
    before = root.doc[root.sent.start : span.start]  # a headline's "Beijing, Manila agree"
    listed = any(t.ent_type_ == "GPE" and t.dep_ in ("npadvmod", "nsubj", "appos") for t in before)
    return event.event_type != "CONSULT" and not (coordinated or listed) and is_capital(place, gazetteer)


def is_capital(place: Place, gazetteer: Gazetteer) -> bool:
    """The place is its country's capital city (a name that can stand for the government)."""
    if place.feature != "city" or not place.country:
        return False
    country = gazetteer.country_by_iso3(place.country)
    capital = gazetteer.capital_of(country.iso2) if country and country.iso2 else None
    return capital is not None and capital.name == place.name


def involves(event: Event, place: Place) -> bool:
    """Whether a party of the event is of the place's country: a dateline names where the report was
    filed, which is where the happening was only when that country's own take part ("MOSCOW - Russia's
    president signed ...", not "MOSCOW - Syrian troops advanced near Palmyra")."""
    return place.country is not None and any(
        p.country == place.country for p in [*event.actor, *event.recipient]
    )


def parties_location(event: Event, gazetteer: Gazetteer) -> Place | None:
    """The one country of every party of a domestic event, at country precision ("the opposition accused
    the interior minister", "a federal judge sentenced the lobbyist"), when the article tells no
    place: each actor and recipient resolved (score at least MIN_PARTY_SCORE: not a bare guess from the
    article's main country), none that may act abroad (an embassy, troops, nationals) and all of one
    country. The source "parties" tells the analyst it is inferred."""
    parties = [*event.actor, *event.recipient]
    if not event.actor or not event.recipient:
        return None
    if any(p.country is None or p.score < MIN_PARTY_SCORE or may_be_abroad(p) for p in parties):
        return None
    countries = {p.country for p in parties if p.country}
    if len(countries) != 1:
        return None
    return inferred_country(gazetteer, next(iter(countries)), INFERRED_PLACE)


def article_country_location(event: Event, context: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """The one country of an article whose every place lies in it (at least MIN_ARTICLE_PLACES places
    named), for an event whose resolved parties are all of that country (one side is enough: a leader of
    that country in an article that never leaves it), at country precision; inferred, source "article"."""
    countries = {p.country for p in context.places if p.country}
    if len(countries) != 1 or len(context.places) < MIN_ARTICLE_PLACES:
        return None
    country = next(iter(countries))
    parties = [p for p in (*event.actor, *event.recipient) if p.country and p.score >= MIN_PARTY_SCORE]
    if not parties or any(p.country != country or may_be_abroad(p) for p in parties):
        return None
    return inferred_country(gazetteer, country, INFERRED_ARTICLE)


def inferred_country(gazetteer: Gazetteer, iso3: str, source: str) -> Place | None:
    """The country as an inferred location (at country precision, no mention in the text)."""
    entry = gazetteer.country_by_iso3(iso3)
    return replace(entry.to_place(entry.name, None), source=source) if entry else None


def may_be_abroad(party: Entity) -> bool:
    """A party whose words say it may act outside its country: an embassy, an envoy, troops, nationals,
    tourists, a company ("Russian nationals", "the US embassy"; owner_nouns)."""
    owners = place_nouns().owners
    return any(word.lower() in owners for word in re.findall(r"[\w-]+", party.mention or ""))


def in_relative_clause(event: Event, context: ArticleContext) -> bool:
    """ "ministers meeting in Cairo denounced the deal in which X and Y agreed ...": the agreement is not
    where the sentence's main clause is."""
    trigger = event_trigger(event, context)
    if trigger is None:
        return False
    clause = event_clause(trigger)
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    return clause.dep_ == "relcl"


def place_tied(place: Place, clause: Token, trigger: Span, context: ArticleContext) -> bool:
    span = span_of(context.doc, *place.span) if place.span else None
    if span is None or no_site(place, span):
        return False
    return (
        is_locative(span)
        and attached_to(span, clause, trigger)
        and not through_other_happening(span, clause, trigger)
    )


def no_site(place: Place, span: Span) -> bool:
    """A place the phrase names as a subject or a person's employer, not where anything happened."""
    return is_topic(place, span) or tells_affiliation(span)


def is_topic(place: Place, span: Span) -> bool:
    """ "talks on Syria", "contacts on Afghanistan": "on" before a country names a subject, not a site; so
    does a place modifying a noun of a subject ("views on the Middle East agenda", ``names_topic``)."""
    root = span.root
    after_on = place.feature == "country" and root.dep_ == "pobj" and root.head.lower_ == "on"
    return after_on or names_topic(span)


def preceded_by_locative_word(place: Place, text: str) -> bool:
    if not place.span:
        return False
    before = text[max(0, place.span[0] - 12) : place.span[0]].lower().split()
    return bool(before) and before[-1] in {"in", "at", "near", "outside", "inside"}


def lede_location(context: ArticleContext) -> Place | None:
    """The most specific place of a locative phrase on the lede's main clause ("in the US state of
    Alabama": Alabama); none when several places are that specific ("talks in Moscow and Kyiv")."""
    found: list[Place] = []
    for place in context.places:
        if not place.span or not in_span(place.span, context.lede):
            continue
        span = span_of(context.doc, *place.span)
        if span is None:
            if preceded_by_locative_word(place, context.text):
                found.append(place)
        elif on_main_clause_place(span) and not no_site(place, span):
            found.append(place)
    if not found:
        return None
    best = max(found, key=lambda p: SPECIFICITY.get(p.feature, 0))
    rivals = {p.name for p in found if SPECIFICITY.get(p.feature, 0) == SPECIFICITY.get(best.feature, 0)}
    return best if len(rivals) == 1 else None  # "the cities of Kazan, Sochi and St. Petersburg": no one place


def on_main_clause_place(span: Span) -> bool:
    """A locative place of the sentence's main clause, not of another happening it names."""
    root = clause_head(span.root)
    return (
        is_locative(span)
        and root.dep_ == "ROOT"
        and not through_other_happening(span, root, root.doc[root.i : root.i + 1])
    )


def dateline_place(article: Article, gazetteer: Gazetteer) -> Place | None:
    """The place named in the article's dateline ("BAGHDAD (Reuters) -")."""
    if not article.dateline:
        return None
    places = find_places(gazetteer, article.dateline)
    return places[0] if places else None
