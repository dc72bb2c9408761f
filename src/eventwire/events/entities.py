"""Entities of argument phrases: the actor mentions inside a phrase's core, or the phrase itself.

A phrase head's entities are the mentions covering it or its core (the head with its modifiers and
"of" complements, not its relative clauses or locative phrases); a phrase without a mention still
becomes an Entity named by its text, with a score that says how likely it names an actor.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.actors import country_names
from eventwire.events.argument_words import argument_word_set
from eventwire.events.described_bodies import described_company
from eventwire.events.patterns import Lexicon
from eventwire.events.pronouns import antecedent_heads, pronoun_number
from eventwire.events.segments import on_other_line
from eventwire.events.triggers import children, in_words
from eventwire.nlp.text import doc_text
from eventwire.records import Entity, Mention

CORE_DEPS = frozenset(
    {
        "compound",
        "amod",
        "nmod",
        "poss",
        "det",
        "nummod",
        "quantmod",
        "flat",
        "nn",
        "case",
        "predet",
        "appos",
        "prep",
        "pobj",
        "npadvmod",
        "advmod",
    }
)
CORE_PREPS = frozenset({"of", "from"})
RESOLVABLE_POSSESSIVES = frozenset({"its", "their", "his", "her"})  # possessives entities_for resolves
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})  # a person's ("they", "it": SKIP_HEADS)
OBJECT_PRONOUNS = frozenset({"him", "her"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
SKIP_HEADS = frozenset({"who", "which", "that", "whom", "it", "they", "them", "we", "i", "you", "this"})
ACTOR_KINDS_FOR_PRONOUNS = frozenset({"PERSON"})
NAMED_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
SECURITY_SCORE = 0.5  # a police or armed-forces phrase is as good as a named, unresolved mention


class MentionIndex:
    """Actor mentions of an article looked up by token."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.by_token: dict[int, Mention] = {}
        self.ordered: list[tuple[int, Mention]] = []
        for mention in mentions:
            span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.by_token.setdefault(token.i, mention)
            self.ordered.append((span.start, mention))
        self.ordered.sort(key=lambda item: item[0])

    def in_tokens(self, tokens: list[Token]) -> list[Mention]:
        """Distinct mentions touching any of the tokens, in text order."""
        seen: dict[int, Mention] = {}
        for token in sorted(tokens, key=lambda t: t.i):
            mention = self.by_token.get(token.i)
            if mention is not None:
                seen.setdefault(id(mention), mention)
        return list(seen.values())

    def last_before(
        self, token: Token, kinds: frozenset[str], excluded: frozenset[int] = frozenset()
    ) -> Mention | None:
        """The last mention of one of the kinds before the token (for pronouns), not starting at
        an ``excluded`` token."""
        found = None
        for start, mention in self.ordered:
            if start >= token.i:
                break
            if mention.kind in kinds and start not in excluded:
                found = mention
        return found


def mention_entities(mention: Mention) -> list[Entity]:
    """The entities a mention names: every member of a group ("the two sides" of a meeting: both
    participants, round 12), else its best entity (``entity_of``)."""
    if not mention.group:
        return [entity_of(mention)]
    return [
        replace(e, mention=mention.text, span=mention.span, sectors=list(e.sectors)) for e in mention.group
    ]


def entity_of(mention: Mention) -> Entity:
    """The mention's best Entity (copied, with the mention text and span), or an unresolved one."""
    best = mention.entity
    if best is None:
        return Entity(name=mention.text, mention=mention.text, span=mention.span, score=0.5)
    return replace(best, mention=mention.text, span=mention.span, sectors=list(best.sectors))


PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def core_tokens(head: Token) -> list[Token]:
    """The head of a phrase with its modifiers and "of" complements, without conjuncts, on its line."""
    return [t for t in phrase_core(head) if not on_other_line(t, head)]


def phrase_core(head: Token) -> list[Token]:
    """The head of a phrase with its modifiers and "of" complements, without conjuncts."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in ("conj", "cc", "relcl", "acl", "advcl", "punct") or child.dep_ not in CORE_DEPS:
            continue
        if child.dep_ == "prep" and (child.lower_ not in CORE_PREPS or not core_complement(child)):
            continue
        if child.dep_ == "appos":
            tokens.extend(phrase_core(child))
            continue
        if child.dep_ == "prep":  # "head of the mission in Iraq": the mission, not where it is
            tokens.append(child)
            for inner in children(child, ("pobj",)):
                tokens.extend(phrase_core(inner))
                if head.tag_ in PLURAL_TAGS and child.lower_ == "of":  # "the presidents of France and Kenya"
                    tokens.extend(t for c in inner.conjuncts for t in phrase_core(c))
            continue
        tokens.extend(child.subtree)
    return tokens


def core_complement(prep: Token) -> bool:
    """Whether a core preposition's phrase belongs to the name: an "of" phrase with an object ("the head
    of the mission"; not a dangling "of" before a gerund), a "from" phrase naming where someone is from
    ("officials from Iraq", "the wounded from the Bosnian town"; not "banned children from public
    gatherings")."""
    objects = children(prep, ("pobj",))
    if prep.lower_ == "from":
        return any(t.ent_type_ in NAMED_KINDS or t.pos_ == "PROPN" for o in objects for t in o.subtree)
    return bool(objects)


def with_closing_bracket(tokens: list[Token]) -> list[Token]:
    """The phrase with the bracket it opened closed ("ibises (Threskiornis)"), when one follows."""
    if not tokens:
        return tokens
    doc, after = tokens[-1].doc, tokens[-1].i + 1
    within = doc[tokens[0].i : after]
    opened = sum(t.text == "(" for t in within) > sum(t.text == ")" for t in within)
    if opened and after < len(doc) and doc[after].text == ")":
        return [*tokens, doc[after]]
    return tokens


def phrase_entity(head: Token, tokens: list[Token], lexicon: Lexicon | None = None) -> Entity:
    """An Entity for a phrase no mention covers, named by its text.

    Its score says how likely the phrase names an actor: 0.1 when its head is one of the
    ``non_actor_nouns`` ("plans", "the decision") and no other word names an actor, else 0.3
    ("officials", "gunmen", "a team of police").
    """
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and tokens[0].dep_ in ("det", "punct", "cc"):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].dep_ in ("case", "punct"):
        tokens = tokens[:-1]
    tokens = with_closing_bracket(tokens)
    if not tokens:
        tokens = [head]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = doc_text(head.doc)[start:end]
    non_actor = lexicon is not None and head.lemma_.lower() in lexicon.word_set("non_actor_nouns")
    if non_actor and lexicon is not None:  # "a joint team of the state police" still names an actor
        actors = lexicon.word_set("actor_nouns") | lexicon.word_set("person_nouns")
        non_actor = not any(t.lemma_.lower() in actors or t.lower_ in actors for t in tokens if t != head)
    sector = security_sector(head, lexicon) if lexicon is not None and not non_actor else None
    if sector is not None:  # "the police", "crpf jawans": a state actor even when no name is found
        return Entity(name=text, mention=text, span=(start, end), sectors=[sector], score=SECURITY_SCORE)
    return Entity(name=text, mention=text, span=(start, end), score=0.1 if non_actor else 0.3)


def security_sector(head: Token, lexicon: Lexicon) -> str | None:
    """COP or MIL when a phrase names police or armed forces by its head or a compound before it
    ("the police", "riot cops", "crpf jawans", "bsf"; ``police_nouns``/``military_nouns``)."""
    words = [head, *(c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i)]
    forms = {f for t in words for f in (t.lower_, t.lemma_.lower())}
    if forms & lexicon.word_set("police_nouns"):
        return "COP"
    if forms & lexicon.word_set("military_nouns"):
        return "MIL"
    return None


def entities_for(head: Token, index: MentionIndex, lexicon: Lexicon | None = None) -> list[Entity]:
    """Entities of one conjunct: the mention at its head, else mentions in its core, else its text."""
    if head.lower_ in PERSONAL_PRONOUNS:
        antecedent = index.last_before(head, ACTOR_KINDS_FOR_PRONOUNS, clause_subject(head))
        described = described_person(head, index, lexicon, antecedent)
        if described is not None:  # "the teacher had shot two pupils before he was arrested"
            span = (head.idx, head.idx + len(head.text))
            return [replace(e, mention=head.text, span=span) for e in entities_for(described, index, lexicon)]
        if antecedent is None:
            return []
        entity = entity_of(antecedent)
        return [replace(entity, mention=head.text, span=(head.idx, head.idx + len(head.text)))]
    if lexicon is not None and pronoun_number(head, lexicon):
        return resolved_pronoun(head, index, lexicon)
    if head.lower_ in SKIP_HEADS:
        return []
    head = participle_subject(head)
    at_head = index.by_token.get(head.i)
    company = referred_company(head, index, at_head)
    if company is not None:  # "the company said": the firm named before
        return [company]
    if at_head is not None and at_head.group:
        return mention_entities(at_head)
    if at_head is not None:
        return [with_appositive_country(entity_of(at_head), head, index)]
    tokens = core_tokens(head)
    named = described_name(head, tokens, index)
    if named is not None:  # "X, the executioner killed by a drone": X
        return entities_for(named, index, lexicon)
    named = tokens
    if lexicon is not None and in_words(head, argument_word_set("relational_nouns")):
        named = without_possessor(head, tokens)  # "Assad's allies" are not Assad
    found = index.in_tokens(named)
    if found:
        return [e for m in found for e in mention_entities(m)]
    entity = demonym_entity(head) or phrase_entity(head, tokens, lexicon)
    if named is not tokens and in_words(head, argument_word_set("kin_nouns")):
        entity = with_kin_country(entity, index.in_tokens(tokens))
    return [entity]


def described_person(
    pronoun: Token, index: MentionIndex, lexicon: Lexicon | None, named: Mention | None
) -> Token | None:
    """The person noun a "he"/"she" stands for when no named person comes nearer (round 24): the single
    singular person noun that is a subject in the pronoun's sentence before it, else in the sentence before,
    when no person's name is mentioned in between ("the teacher ... he"; ``male_person_nouns`` and
    ``female_person_nouns`` keep the sexes apart); None when there is none or more than one."""
    if lexicon is None or pronoun.lower_ not in PERSONAL_PRONOUNS:
        return None
    doc, sentence = pronoun.doc, pronoun.sent
    starts = [sentence.start] + ([doc[sentence.start - 1].sent.start] if sentence.start > 0 else [])
    excluded = clause_subject(pronoun) | {t.i for t in pronoun.head.subtree}  # not what "he demanded" says
    for start in starts:
        if named is not None and index_start(index, named) >= start:
            return None  # a named person nearer: the actors stage's antecedent stands
        found = person_nouns_between(doc[start : pronoun.i], pronoun, lexicon, excluded)
        if found:
            return found[0] if len(found) == 1 else None
    return None


def index_start(index: MentionIndex, mention: Mention) -> int:
    """The token a mention starts at (-1 when it is not in the index)."""
    return next((start for start, m in index.ordered if m is mention), -1)


def person_nouns_between(
    window: Span, pronoun: Token, lexicon: Lexicon, excluded: frozenset[int]
) -> list[Token]:
    """Singular person nouns that are subjects in a window and agree with the pronoun's sex, one per word
    ("the officer ... the officer" is one candidate; "the officer and the teacher" two); an object ("he met a
    teacher and he ...") is not taken, the pronoun being likelier to go on with whoever acted before."""
    people = lexicon.word_set("person_nouns") | argument_word_set("person_role_nouns")
    wrong_sex = argument_word_set(
        "female_person_nouns" if pronoun.lower_ in argument_word_set("male_pronouns") else "male_person_nouns"
    )
    found: dict[str, Token] = {}
    for token in window:
        if token.i in excluded or token.pos_ != "NOUN" or token.tag_ != "NN" or token.ent_type_:
            continue
        if not subject_like(token) or token.lower_ not in people or token.lower_ in wrong_sex:
            continue
        found.setdefault(token.lower_, token)
    return list(found.values())


def subject_like(token: Token) -> bool:
    """A subject, or a conjunct of one ("the officer and the teacher argued": both)."""
    return token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "conj" and subject_like(token.head))


def described_name(head: Token, tokens: list[Token], index: MentionIndex) -> Token | None:
    """The name a common-noun apposition describes ("X, the brutal executioner killed by a drone": X; round
    24), when the description names no one itself; None otherwise."""
    if head.dep_ != "appos" or head.pos_ != "NOUN" or index.in_tokens(tokens):
        return None
    return head.head if index.by_token.get(head.head.i) is not None else None


def with_kin_country(entity: Entity, related: list[Mention]) -> Entity:
    """A party named by kinship or allegiance to someone ("the wives of fighters", "supporters of former
    President X", ``kin_nouns``) takes that someone's country, not their identity."""
    countries = {m.entity.country for m in related if m.entity is not None and m.entity.country}
    return replace(entity, country=countries.pop()) if len(countries) == 1 else entity


def demonym_entity(head: Token) -> Entity | None:
    """A nationality word standing alone as a party ("objected to the Turkish invasion": "Turkish", which the
    actors stage leaves to the caller as a modifier) is its country, by the packaged country table
    (``actors.country_names``); None for any other word or a demonym two countries share."""
    if head.ent_type_ != "NORP" or head.pos_ not in ("ADJ", "PROPN"):
        return None
    names = country_names(head.text)
    if len(names) != 1 or names[0].text != head.text:
        return None
    span = (head.idx, head.idx + len(head.text))
    code = names[0].country
    return Entity(name=head.text, mention=head.text, span=span, kb_id=code, country=code, score=0.5)


def referred_company(head: Token, index: MentionIndex, at_head: Mention | None) -> Entity | None:
    """The company named before that "the company" (no name of its own) refers to, mentioned by the
    description, with BUS when it had no sector (``described_bodies``)."""
    if at_head is not None and at_head.kind != "DESC":
        return None
    mention = described_company(head, index.ordered)
    if mention is None:
        return None
    entity = entity_of(mention)
    span = (head.idx, head.idx + len(head.text))
    sectors = entity.sectors or sorted(s.upper() for s in argument_word_set("company_sectors"))
    name = mention.text if mention.kind == "DESC" else entity.name  # "Kenya Airways", not "Kenya"
    return replace(entity, name=name, mention=head.text, span=span, sectors=sectors)


def without_possessor(head: Token, tokens: list[Token]) -> list[Token]:
    """A phrase's core without its head's possessor or its "of" phrase ("the minister's sister Jane": Jane;
    round 22: "the wives of fighters", "supporters of the president": not the fighters, not the president)."""
    owners = [c for c in head.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")]
    owned = {t.i for c in owners for t in c.subtree}
    return [t for t in tokens if t.i not in owned]


def resolved_pronoun(
    pronoun: Token, index: MentionIndex, lexicon: Lexicon, apart_from: frozenset[int] = frozenset()
) -> list[Entity]:
    """The entities of a plural or neuter pronoun's antecedent, mentioned by the pronoun; never one
    of the ``apart_from`` tokens (a reported obligation's speaker)."""
    excluded = clause_subject(pronoun) if pronoun.dep_ in OBJECT_DEPS else frozenset()
    excluded |= apart_from
    span = (pronoun.idx, pronoun.idx + len(pronoun.text))
    return [
        replace(entity, mention=pronoun.text, span=span)
        for head in antecedent_heads(pronoun, lexicon, excluded)
        for entity in entities_for(head, index, lexicon)
    ]


def clause_subject(pronoun: Token) -> frozenset[int]:
    """Tokens of the subject of the verb an object pronoun depends on: "Trump asked him" cannot be
    Trump asking Trump (a non-reflexive object is not its clause's subject)."""
    if addressed_act_owner(pronoun):  # "the president welcomed his apology": not the president's
        verb = pronoun.head.head
    elif pronoun.lower_ not in OBJECT_PRONOUNS and pronoun.dep_ not in OBJECT_DEPS:
        return frozenset()
    else:
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return frozenset(t.i for s in subjects for t in s.subtree)


def addressed_act_owner(pronoun: Token) -> bool:
    """A possessive pronoun of an act made to someone else, as a verb's object ("welcomed his apology",
    ``addressed_act_nouns``): whoever made it is not the verb's subject."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ not in ("dobj", "obj"):
        return False
    return in_words(noun, argument_word_set("addressed_act_nouns"))


def with_appositive_country(entity: Entity, head: Token, index: MentionIndex) -> Entity:
    """An unresolved name takes the country its apposition names ("Ivan Petrov, the foreign
    minister of Russia": Russia), an apposition right after its phrase: not one the parser hung on it from
    another clause ("Members of the cell are accused of beheading …, the US journalists", round 27)."""
    if entity.country or entity.kb_id:
        return entity
    for appositive in children(head, ("appos",)):
        if not follows_phrase(head, appositive):
            continue
        tokens = [t for t in appositive.subtree if not on_other_line(t, head)]
        for mention in index.in_tokens(tokens):
            country = mention.entity.country if mention.entity is not None else None
            if country:
                return replace(entity, country=country)
    return entity


def follows_phrase(head: Token, appositive: Token) -> bool:
    """Whether an apposition comes right after the rest of its head's phrase, punctuation apart."""
    own = set(appositive.subtree)
    end = max(t.i for t in head.subtree if t not in own) + 1
    between = head.doc[end : appositive.left_edge.i]
    return all(t.is_punct for t in between)


def participle_subject(head: Token) -> Token:
    """The noun of a reduced relative the parser made the subject's head ("The Red Cross operating
    in Iraq said": "operating", with "Cross" as its own subject, stands for the Red Cross)."""
    if head.tag_ not in ("VBG", "VBN"):
        return head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i]
    return subjects[0] if subjects else head


def dedupe(entities: list[Entity]) -> list[Entity]:
    """Entities without repeats of the same span or the same resolved actor, nor a pronoun standing for a
    party already listed ("shot Khan ... aiming at him": Khan once)."""
    seen: set[object] = set()
    named = {(e.name, e.country) for e in entities if not pronoun_mention(e)}
    result = []
    for entity in entities:
        key = entity.kb_id or (entity.span, entity.name)
        repeat = pronoun_mention(entity) and not entity.kb_id and (entity.name, entity.country) in named
        if key in seen or repeat:
            continue
        seen.add(key)
        result.append(entity)
    return result


def pronoun_mention(entity: Entity) -> bool:
    """An entity resolved from a personal pronoun ("him", "her"; ``PERSONAL_PRONOUNS``)."""
    return bool(entity.mention) and entity.mention.lower() in PERSONAL_PRONOUNS


def obliged_pronoun(
    verb: Token, speaker: Token, index: MentionIndex, lexicon: Lexicon, modals: frozenset[str]
) -> list[Entity] | None:
    """Whom a reported obligation binds when its subject is a plural or neuter pronoun: its antecedent
    other than the speaker ("Congress says they must stay": whoever "they" were before, not Congress,
    which would put the obligation on itself); None when the subject is no such pronoun or the verb has
    no obligation modal of its own (``modals``: "must agree before they demobilize")."""
    subjects = children(verb, ("nsubj",))
    if not subjects or pronoun_number(subjects[0], lexicon) is None:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
        return None
    said_by = frozenset(t.i for t in speaker.subtree)
    return resolved_pronoun(subjects[0], index, lexicon, said_by)
