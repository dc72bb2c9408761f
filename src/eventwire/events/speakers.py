"""Who speaks: the speaker Entity of a speech verb's subject (split from speech.py in round 17).

- A name: the actor mention of the subject phrase's core (not of a place it is "in": "tour operators in
  the town of X" are no town); a person named in the phrase (its head, a title's apposition) rather than
  the title or the country around the name ("Russian Ambassador to Kenya, Jan Novak": Novak). A person
  named with an organisation takes its country when the actors stage gave none; a spokesperson keeps the
  organisation (its sectors, and a role naming it: "Foreign Ministry spokesman Jan Novak").
- "he"/"she": the last person who spoke, else the previous statement's speaker, else the last person named
  before the pronoun.
- "it"/"they": the stage's pronoun rules (``entities.resolved_pronoun``); "who": the noun the relative
  clause hangs on; "this"/"what": no one.
- A definite description ("the diplomat said", "the Russian envoy added"): the person named before it
  whose title or role fits the noun (``described_person_nouns``) and whose country agrees with the
  phrase's nationality word, when only one such person (or the last speaker among them) is named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.events.entities import (
    MentionIndex,
    core_tokens,
    entities_for,
    entity_of,
    participle_subject,
    phrase_entity,
    referred_company,
    resolved_pronoun,
)
from eventwire.events.patterns import Lexicon
from eventwire.events.quotation_marks import inside_quotation
from eventwire.events.speaker_descriptions import described_body, described_speaker_name, issuer_of_statement
from eventwire.events.speech_rules import SpeechRules, load_rules
from eventwire.events.triggers import children
from eventwire.nlp.text import doc_text
from eventwire.records import Entity, Mention

PERSONAL = frozenset({"he", "she", "him", "her"})  # "him"/"her": "according to him"
UNRESOLVED_WITHOUT_FALLBACK = frozenset({"it", "they"})  # never the previous speaker ("it says")
NAME_DEPS = frozenset({"compound", "flat", "appos"})  # a phrase's own name: "Minister X", "X, the minister"
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})  # "the Russian diplomat", "Kenya's envoy"
DESCRIBED_WINDOW = 400  # tokens back to look for the person a description refers to
WORD = re.compile(r"[a-z]+")


class SpeakerResolver:
    """Resolve the subject of a speech verb to an Entity, remembering the last person who spoke."""

    def __init__(self, index: MentionIndex, lexicon: Lexicon | None = None) -> None:
        self.index = index
        self.lexicon = lexicon
        self.last: Entity | None = None
        self.statement_end: int | None = None  # where the last statement ended (None: not tracking them)
        self.names_descriptions = False  # an unnamed person's description names them (statements only)

    def resolve(self, subject: Token | None, previous: Entity | None = None) -> Entity | None:
        """The speaker Entity of a subject token, or None; ``previous``: the speaker of the statement
        before, for a "he"/"she" when no person has spoken yet."""
        if subject is None:
            return None
        rules = load_rules()
        subject = participle_subject(relative_antecedent(subject, rules))  # "The Red Cross operating in …
        word = glued_word(subject).lower()
        if word != subject.lower_ and word not in PERSONAL:  # 'this year,"?Ward said'
            return self.person_named_before(subject, word)
        if word in PERSONAL:
            named = self.previous_subject_person(subject) or self.topic_since_statement(subject)
            if named is not None:
                self.last = named
                return named
            person_before = previous if previous is not None and not impersonal(previous) else None
            return self.last or person_before or self.last_person_named(subject)
        if word in rules.non_speaker_subjects | rules.addressee_subjects:
            return None
        if says_nothing(subject, self.lexicon):  # a law's clause, "no candidate mentioned"
            return None
        if word in rules.pronouns:
            return self.pronoun_antecedent(subject)
        at_subject = self.index.by_token.get(subject.i)
        company = referred_company(subject, self.index, at_subject)
        if company is not None:  # "the company said": the firm named before
            return company
        body = described_body(subject, self.index, at_subject) or issuer_of_statement(
            subject, previous, self.statement_end
        )
        if body is not None:  # "the commission said", "the statement added"
            return body
        described = described_person(subject, self.index, rules, self.last, self.clause_topic(subject))
        if described is not None:
            self.last = described
            return described
        entity, person = phrase_speaker(subject, self.index, rules)
        if person:
            self.last = entity
        elif self.names_descriptions:  # "a former judge said": the judge, not the country
            entity = described_speaker_name(
                subject, entity, own_mention(subject, self.index), person_words(rules)
            )
        return entity

    def resolve_named(self, subject: Token | None, previous: Entity | None = None) -> Entity | None:
        """``resolve``, but None for a subject that names no one the actors stage found: a bare phrase
        ("the frequency of spiky skulls", "her reasoning")."""
        if subject is None or bare_subject(subject, self.index, self.lexicon):
            return None
        return self.resolve(subject, previous)

    def previous_subject_person(self, pronoun: Token) -> Entity | None:
        """The person the sentences before a "he"/"she" are about: the named subject of the main clause
        of the sentence before ("But Ismael is a believer in the adage. 'The Cup has its own laws,' he
        said": Ismael, not the last person who spoke), looking further back past sentences that only
        quote or go on about "he"/"she" ("Ann Orr heads the ward. She oversees the beds. '…' '…' She
        says …": Orr); None once a sentence is about something else."""
        sentence = pronoun.sent
        for _ in range(MAX_TOPIC_SENTENCES):
            if sentence.start == 0:
                return None
            sentence = pronoun.doc[sentence.start - 1].sent
            topic = sentence_topic(sentence)
            if topic is None:
                return None
            if topic is not CONTINUES:
                mention = own_mention(topic, self.index)
                if mention is None:
                    return self.speaking_subject_named(topic)
                return entity_of(mention) if mention.kind == "PERSON" else None
        return None

    def topic_since_statement(self, token: Token) -> Entity | None:
        """The person a paragraph turned to after the last statement: the nearest named person subject of a
        main clause between that statement's end and the token, the token's own sentence first ("Ann Orr
        heads the ward. People wait for hours. She says …": Orr, not the last speaker; "Minister Ann Orr
        sent a letter, but the minister said …": Orr); None when no statement is tracked or none is named."""
        if self.statement_end is None:
            return None
        named = self.clause_topic(token)
        if named is not None:
            return named
        sentence = token.sent
        for _ in range(MAX_TOPIC_SENTENCES):
            if sentence.start == 0:
                return None
            sentence = token.doc[sentence.start - 1].sent
            if sentence.end_char <= self.statement_end:
                return None
            topic = sentence_topic(sentence)
            if isinstance(topic, Token) and topic.idx >= self.statement_end:
                named = self.person_at(topic)
                if named is not None:
                    return named
        return None

    def clause_topic(self, token: Token) -> Entity | None:
        """The person who is the subject of the clause right before a token in its sentence, after the last
        statement ("Minister Ann Orr sent a letter, but the minister said …": Orr), or None."""
        if self.statement_end is None:
            return None
        nearest = clause_subjects(token.sent, token)[-1:]
        if not nearest or nearest[0].idx < self.statement_end:
            return None
        return self.person_at(nearest[0])

    def person_at(self, subject: Token) -> Entity | None:
        """The person a subject token's own mention names, if it is a person's."""
        mention = own_mention(subject, self.index)
        return entity_of(mention) if mention is not None and mention.kind == "PERSON" else None

    def speaking_subject_named(self, topic: Token) -> Entity | None:
        """The person a sentence's subject with no mention of its own names ("Ambassador to Peru Jan Novak
        said …", "the salesman, Jan Novak, looked confused"): a person named in the phrase, else a name spaCy
        found there, as the person named before by that surname, else as it stands when it is a full name
        or the subject of a speech ("Lan says …"); not one word of another sentence ("Yamal may account for
        …": a project spaCy took for a person), nor a possessor or anyone outside the phrase's own words."""
        names = own_name_tokens(topic) + nested_appositions(topic)
        mention = named_person(topic, names, self.index)
        if mention is not None:
            return entity_of(mention) if mention.text[:1].isupper() else None  # not a line of another script
        unmentioned = unmentioned_person(names, self.index)
        if unmentioned is None:
            return None
        surname = unmentioned.name.lower().split()[-1]
        named_before = self.person_named_before(topic, surname)
        if named_before is not None:
            return named_before
        speaks = topic.head.lemma_.lower() in load_rules().verbs
        return unmentioned if speaks or len(unmentioned.name.split()) > 1 else None

    def person_named_before(self, token: Token, surname: str) -> Entity | None:
        """The person named before a token whose name holds this word (a speaker the scrape glued to the
        quotation before it: 'this year,"?Ward said'; a surname written first: "Li" of "Li Haidong"), or
        None."""
        for start, mention in reversed(self.index.ordered):
            if start >= token.i or mention.kind != "PERSON":
                continue
            names = {mention.text.lower().split()[-1], *entity_of(mention).name.lower().split()}
            if surname in names:  # any word of the full name: "Li" of "Li Haidong", surname first
                self.last = entity_of(mention)
                return self.last
        return None

    def last_person_named(self, pronoun: Token) -> Entity | None:
        """The last person named before a "he"/"she" no one spoke before, not a name that only modifies a
        thing ("the Saloum river", "the Reyes administration")."""
        for start, mention in reversed(self.index.ordered):
            if start < pronoun.i and mention.kind == "PERSON" and not modifies_a_thing(pronoun.doc, mention):
                return entity_of(mention)
        return None

    def pronoun_antecedent(self, pronoun: Token) -> Entity | None:
        """ "it says", "they said": the party the stage's pronoun rules find, if any."""
        if self.lexicon is None or pronoun.lower_ not in UNRESOLVED_WITHOUT_FALLBACK:
            return None
        found = resolved_pronoun(pronoun, self.index, self.lexicon)
        return found[0] if found else None


SUBJECTS = ("nsubj", "nsubjpass")
MAX_TOPIC_SENTENCES = 6  # sentences back to look for whom a "he"/"she" is about


class _Continues:
    """A sentence that goes on about the same person (it only quotes, or its subject is "he"/"she")."""


CONTINUES = _Continues()


def own_mention(token: Token, index: MentionIndex) -> Mention | None:
    """The mention at a phrase's head, unless it starts before the phrase (spilled over from a phrase before
    it: "the extradition of Jan Novak, his lawyer Tom Reyes said", one mention running to "his lawyer")."""
    mention = index.by_token.get(token.i)
    return None if mention is None or spilled_into(mention, token) else mention


def spilled_into(mention: Mention, head: Token) -> bool:
    """A mention reaching a phrase that names someone's relation ("his lawyer", "her spokesman") from
    before the phrase's first word: the person named is the one related to, not the phrase's own."""
    related = any(c.dep_ == "poss" and c.lower_ in RELATING_POSSESSIVES for c in head.children)
    return related and mention.span[0] < head.left_edge.idx < mention.span[1]


RELATING_POSSESSIVES = frozenset({"his", "her", "their"})


def clause_subjects(sentence: Span, token: Token) -> list[Token]:
    """The subjects of clauses before a token in its sentence, outside quotation marks and outside the clauses
    of the token's own verb ("Ann Orr sent a letter, but the minister said", not "While he believes Ann Orr
    does not qualify, he says" nor the reported clause "Ann Orr has an office, he added"), in order."""
    own = {t.i for t in token.head.subtree}
    return [
        t
        for t in sentence
        if t.i < token.left_edge.i and t.dep_ in SUBJECTS and t.i not in own and not inside_quotation(t)
    ]


def sentence_topic(sentence: Span) -> Token | _Continues | None:
    """The subject of a sentence's main clause outside quotations; CONTINUES for a sentence that only
    quotes (its main clause inside the marks) or whose subject is "he"/"she"; None for no subject."""
    if inside_quotation(sentence.root):  # '"We will win," Ann Orr said' parsed round the quotation
        subjects = [t for t in sentence if t.dep_ in SUBJECTS and not inside_quotation(t)]
        if not subjects:
            return CONTINUES
    else:
        subjects = children(sentence.root, SUBJECTS)
        if not subjects:
            return None
    if subjects[0].lower_ in PERSONAL:
        return CONTINUES
    return subjects[0]


GLUED_TO_QUOTATION = re.compile(r"^.*[\"\u201c\u201d\u00ab\u00bb][^\w\"\u201c\u201d\u00ab\u00bb]*(?=\w)")


def glued_word(token: Token) -> str:
    """The word of a token a scrape glued to the quotation before it (a lost space turned into "?":
    'year,"?Ward' is Ward, 'people,"?she' is she); the token itself otherwise."""
    return GLUED_TO_QUOTATION.sub("", token.text)


def modifies_a_thing(doc: Doc, mention: Mention) -> bool:
    """A name set before a common noun it modifies ("the Saloum river"): a thing named after someone."""
    span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
    if span is None:
        return False
    last = span[-1]
    return last.dep_ == "compound" and last.head.i >= span.end and last.head.pos_ == "NOUN"


def impersonal(speaker: Entity) -> bool:
    """A speaker that is a report, an outlet's news or a document ("local news reports", "the statement"),
    never the "he"/"she" of a later sentence (``impersonal_sources``)."""
    words = WORD.findall((speaker.mention or speaker.name).lower())
    return bool(words) and words[-1] in load_rules().impersonal_sources


def says_nothing(subject: Token | None, lexicon: Lexicon | None = None) -> bool:
    """A subject whose quotation or reported clause is no one's statement: a text, or no one."""
    return names_a_text(subject) or names_no_one(subject, lexicon)


def names_a_text(subject: Token | None) -> bool:
    """A subject that is a text nobody speaks ("a clause in the law states", "the Act states", "another saying
    says": ``text_nouns``), not a name of someone."""
    if subject is None or subject.ent_type_ in NAMED_SPEAKER_TYPES:
        return False
    words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in load_rules().text_nouns for w in words)


NAMED_SPEAKER_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def names_no_one(subject: Token | None, lexicon: Lexicon | None = None) -> bool:
    """A subject saying no one spoke ("nobody said", "none of them said": ``nobody_subjects``; "no candidate
    mentioned that …", "no one said": a noun for people with a ``negating_determiners`` word): what follows
    was not said. Not a thing negated ("no experience, the CEO admitted", a misparse)."""
    if subject is None:
        return False
    rules = load_rules()
    if subject.lower_ in rules.nobody_subjects:
        return True
    determiners = {c.lower_ for c in subject.children if c.dep_ == "det"}
    people = speaking_nouns(lexicon) | {"one"}
    return bool(determiners & rules.negating_determiners) and subject.lemma_.lower() in people


def falls_back_to_previous(subject: Token | None) -> bool:
    """Whether a quotation whose speech verb has this subject, left unresolved, may take the previous
    speaker: not when the subject is an "it"/"they" or a "this" that names someone else."""
    if subject is None:
        return True
    rules = load_rules()
    never = UNRESOLVED_WITHOUT_FALLBACK | rules.non_speaker_subjects | rules.addressee_subjects
    return subject.lower_ not in never


def relative_antecedent(subject: Token, rules: SpeechRules) -> Token:
    """ "Ann Cole, who said ...": the noun a relative pronoun subject stands for; a "who" the parse hung on
    no noun stands for the phrase right before it, or for the subject of a verb right before it
    ("investigators said, who said …": the investigators)."""
    verb = subject.head
    if subject.lower_ not in rules.relative_pronouns:
        return subject
    if verb.dep_ == "relcl" and verb.head != verb:
        return verb.head
    return (word_before_relative(subject) if subject.lower_ == "who" else None) or subject


def word_before_relative(pronoun: Token) -> Token | None:
    """The noun (or the subject of the verb) right before a relative pronoun, past punctuation, in its
    sentence; None when there is none."""
    before = pronoun.i - 1
    while before >= pronoun.sent.start and pronoun.doc[before].is_punct:
        before -= 1
    if before < pronoun.sent.start:
        return None
    token = pronoun.doc[before]
    if token.pos_ in ("NOUN", "PROPN", "PRON"):
        return token
    subjects = children(token, SUBJECTS) if token.pos_ == "VERB" else []
    return subjects[0] if subjects else None


def phrase_speaker(subject: Token, index: MentionIndex, rules: SpeechRules) -> tuple[Entity, bool]:
    """The Entity a subject phrase names, and whether it is a person."""
    names = own_name_tokens(subject) + nested_appositions(subject)
    titles = [t for t in names if {t.lemma_.lower(), t.lower_} & rules.spokesperson_nouns]
    tokens = core_tokens(subject) + spoken_for(titles, rules)
    spokesperson = bool(titles)
    found = [m for m in index.in_tokens(tokens) if not spilled_into(m, subject)]
    organisations = [m for m in found if m.kind != "PERSON" and m.entity is not None]
    person = named_person(subject, names, index) or titled_person(subject, found)
    if person is not None:
        return with_organisation(entity_of(person), organisations, spokesperson), True
    unmentioned = unmentioned_person(names, index)
    if unmentioned is not None:
        titles = [m.entity for m in found if m.kind == "DESC" and m.entity is not None]
        entity = replace(unmentioned, sectors=list(titles[0].sectors) if titles else [])
        return with_organisation(entity, organisations, spokesperson), True
    mention = own_mention(subject, index) or (found[0] if found else None)
    if mention is None:
        return phrase_entity(subject, tokens), False
    entity = entity_of(mention)
    if spokesperson and not entity.role:
        entity = replace(entity, role="spokesperson")
    return entity, mention.kind == "PERSON"


def named_person(subject: Token, names: list[Token], index: MentionIndex) -> Mention | None:
    """The person a phrase names: the one at its head ("Longtime Reyes Show writer Ann Cole tweeted":
    Cole, not the show's Reyes), else the first named in it."""
    persons = [m for m in index.in_tokens(names) if m.kind == "PERSON" and not spilled_into(m, subject)]
    at_head = own_mention(subject, index)
    if any(at_head is m for m in persons) and not name_split_before(at_head, persons):
        return at_head
    closing = [index.by_token.get(c.i) for c in coordinated_name(subject)]
    closing_persons = [m for m in closing if m is not None and m.kind == "PERSON"]
    return (closing_persons or persons or [None])[0]


def name_split_before(head: Mention, persons: list[Mention]) -> bool:
    """The head's person mention continues another right before it that ends in a particle (one name the
    actors stage split in two: "Crown Prince Ali bin" + "Hamad of Qatar"): the first part names the person."""
    particles = load_rules().name_particles
    return any(
        m is not head and 0 <= head.span[0] - m.span[1] <= 1 and m.text.split()[-1].lower() in particles
        for m in persons
    )


def coordinated_name(title: Token) -> list[Token]:
    """ "writer and performer Ann Orr tweeted": the name closing titles the parse coordinated (a title's
    conjunct that is a proper name); none for a name as the head."""
    if title.pos_ != "NOUN":
        return []
    return [c for c in children(title, ("conj",)) if c.pos_ == "PROPN" and c.i > title.i]


def unmentioned_person(names: list[Token], index: MentionIndex) -> Entity | None:
    """A person's name in a phrase that spaCy tags and the actors stage left without a mention ("Russian
    Ambassador to Peru Jan Novak said", the title taken as the mention): a person named by that text."""
    for token in names:
        if token.ent_type_ != "PERSON" or index.by_token.get(token.i) is not None:
            continue
        name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if name is None or index.in_tokens(list(name)):
            continue
        words = cased_name(list(name))
        if words:
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            text = doc_text(token.doc)[start:end]
            return Entity(name=text, mention=text, span=(start, end))
    return None


def cased_name(tokens: list[Token]) -> list[Token]:
    """The words of a name spaCy found that are cased as a name's are, from its end back ('time,"?said Ann
    Orr' glued by a scrape is Ann Orr); none when its last word is not (a line of another script)."""
    words: list[Token] = []
    for token in reversed(tokens):
        if not (token.is_title or token.lower_ in load_rules().name_particles) or not token.text.isalpha():
            break
        words.insert(0, token)
    while words and not words[0].is_title:
        words.pop(0)
    return words


def spoken_for(titles: list[Token], rules: SpeechRules) -> list[Token]:
    """The body a spokesperson speaks for ("a spokesman for the ministry": the ministry's tokens)."""
    preps = [
        p for title in titles for p in children(title, ("prep",)) if p.lower_ in rules.spokesperson_preps
    ]
    return [t for p in preps for t in p.subtree]


def own_name_tokens(head: Token) -> list[Token]:
    """The head of a phrase with the names it carries itself (compounds, appositions), not a possessor's
    or a complement's ("Jane Doe's lawyers", "the lawyer of Jane Doe" name no Jane Doe as speaker)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in NAME_DEPS:
            tokens.extend(child.subtree)
    return tokens


def nested_appositions(head: Token) -> list[Token]:
    """Names set in apposition after a phrase's complement ("Jane Doe's pick for labor secretary, Tom
    Reyes, admitted": the parse hangs Reyes on "secretary"; "the head of the mission in Kabul, Tom Reyes"),
    not inside its possessor or a clause."""
    tokens = []
    for child in head.children:
        if child.dep_ != "prep" or child.i < head.i:
            continue
        for inner in child.subtree:
            if inner.dep_ == "appos" and inner.head.dep_ == "pobj" and inner.pos_ == "PROPN":
                tokens.append(inner)  # the name itself, not a clause hung on it
                tokens.extend(c for c in inner.children if c.dep_ in ("compound", "flat"))
        tokens.extend(name_after_place(child))
    return tokens


def name_after_place(prep: Token) -> list[Token]:
    """ "Ambassador to Peru Jan Novak": a person's name the parse made the title's place ("Peru" a compound
    of "Novak"); not "the lawyer of Jan Novak", whose name stands alone."""
    tokens = []
    for name in children(prep, ("pobj",)):
        compounds = [c for c in name.children if c.dep_ == "compound"]
        if name.ent_type_ == "PERSON" and any(c.ent_type_ in PLACE_TYPES for c in compounds):
            tokens += [name, *(c for c in compounds if c.ent_type_ == "PERSON")]
    return tokens


PLACE_TYPES = frozenset({"GPE", "LOC", "ORG", "NORP"})


def titled_person(title: Token, mentions: list[Mention]) -> Mention | None:
    """A person the parser hung under their own title ("First Minister of Scotland Jane Doe": Doe as the
    object of "of"), known by a role that holds the title's word."""
    for mention in mentions:
        role = mention.entity.role if mention.kind == "PERSON" and mention.entity is not None else None
        if role and title.lemma_.lower() in WORD.findall(role.lower()):
            return mention
    return None


def with_organisation(person: Entity, organisations: list[Mention], spokesperson: bool) -> Entity:
    """A person named with the organisation they work for: its country when the person has none; a
    spokesperson also takes its sectors (when the person has none) and a role naming it."""
    if not organisations:
        return person
    organisation = organisations[0].entity
    assert organisation is not None
    country = person.country or organisation.country
    if not spokesperson:
        return replace(person, country=country)
    sectors = list(person.sectors) or list(organisation.sectors)
    role = person.role or f"spokesperson, {organisation.name}"
    return replace(person, country=country, sectors=sectors, role=role)


def described_person(
    subject: Token, index: MentionIndex, rules: SpeechRules, last: Entity | None, topic: Entity | None = None
) -> Entity | None:
    """The person named before that a definite description ("the diplomat", "the Russian envoy") refers
    to, mentioned by the description; None when it is no such description or the person is not clear.
    ``topic``: the person of the clause before it in its sentence, chosen first when the title fits."""
    fitting = rules.described_person_nouns.get(subject.lemma_.lower())
    if fitting is None or subject.tag_ not in ("NN", "NNP") or not definite(subject):
        return None
    if any(m.kind == "PERSON" for m in index.in_tokens(core_tokens(subject))):
        return None  # "the diplomat Jan Novak": named here
    nationality = nationality_of(subject, index)
    candidates: dict[str, Mention] = {}
    for start, mention in reversed(index.ordered):
        if start >= subject.i or mention.kind != "PERSON" or subject.i - start > DESCRIBED_WINDOW:
            continue
        if titled_before(mention, subject, fitting, index) and country_agrees(mention, nationality):
            candidates.setdefault(person_key(entity_of(mention)), mention)
    chosen = pick_candidate(candidates, topic) or pick_candidate(candidates, last)
    if chosen is None:
        return None
    span = (subject.idx, subject.idx + len(subject.text))
    return replace(entity_of(chosen), mention=subject.text, span=span)


def definite(noun: Token) -> bool:
    """ "the diplomat", "the Russian envoy": a noun with the definite article."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def nationality_of(noun: Token, index: MentionIndex) -> str | None:
    """The country a description's modifier names ("the Russian diplomat": the modifier's country)."""
    for child in noun.children:
        mention = index.by_token.get(child.i) if child.dep_ in MODIFIER_DEPS else None
        if mention is not None and mention.entity is not None and mention.entity.country:
            return mention.entity.country
    return None


def titled_before(mention: Mention, description: Token, fitting: frozenset[str], index: MentionIndex) -> bool:
    """Whether a person's title fits the description at this mention or at any mention of the same person
    before it ("Russia's ambassador Jan Novak said …" far back, then "Novak added. The ambassador said …")."""
    if title_fits(mention, description, fitting):
        return True
    key = person_key(entity_of(mention))
    return any(
        start < description.i
        and other is not mention
        and other.kind == "PERSON"
        and person_key(entity_of(other)) == key
        and title_fits(other, description, fitting)
        for start, other in index.ordered
    )


def title_fits(mention: Mention, description: Token, fitting: frozenset[str]) -> bool:
    """Whether a person's title or role (the words around the name, the actors stage's role) holds one of
    the words the description fits."""
    doc = description.doc
    span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in NAME_DEPS and root.head != root:
        root = root.head
    words = {t.lower_ for t in core_tokens(root)}
    role = mention.entity.role if mention.entity is not None else None
    words |= set(WORD.findall((role or "").lower()))
    return bool(words & fitting)


def country_agrees(mention: Mention, nationality: str | None) -> bool:
    """No nationality, or the person's country (when known) is it."""
    country = mention.entity.country if mention.entity is not None else None
    return nationality is None or country is None or country == nationality


def person_key(entity: Entity) -> str:
    """One key per person: the KB id, else the surname ("Jan Novak" and "Novak" are one)."""
    return entity.kb_id or (entity.name.lower().split() or [""])[-1]


def pick_candidate(candidates: dict[str, Mention], last: Entity | None) -> Mention | None:
    """The only person who fits, else the given person (the paragraph's, the last speaker) if they are
    among those who fit."""
    if len(candidates) == 1:
        return next(iter(candidates.values()))
    if last is not None:
        return candidates.get(person_key(last))
    return None


def attributed_entities(token: Token, index: MentionIndex, lexicon: Lexicon) -> list[Entity]:
    """Whom an event is attributed to ("X said", "according to X"): the speaker the statement rules find
    (a person named in the phrase, a described person named before, a spokesperson with the body), unless it
    has no identity where the phrase's own entities have one (a misparsed subject gives the rules a bare word:
    "The Red Cross operating in Iraq said")."""
    speaker = SpeakerResolver(index, lexicon).resolve(token)
    phrase = entities_for(token, index)
    if speaker is None or (not identified(speaker) and any(identified(e) for e in phrase)):
        return phrase
    return [speaker]


def bare_subject(subject: Token, index: MentionIndex, lexicon: Lexicon | None) -> bool:
    """A subject phrase with no mention in it and no word that refers to someone (a pronoun, "who", a
    glued name, a noun for people who speak): "the frequency of spiky skulls", "her reasoning"."""
    rules = load_rules()
    word = glued_word(subject).lower()
    referring = PERSONAL | rules.pronouns | rules.relative_pronouns
    if word in referring or word != subject.lower_:
        return False
    if subject.dep_ != "nsubj" or {subject.lemma_.lower(), subject.lower_} & speaking_nouns(lexicon):
        return False
    return not index.in_tokens(core_tokens(subject) + own_name_tokens(subject) + nested_appositions(subject))


def person_words(rules: SpeechRules) -> frozenset[str]:
    """Nouns for one person a description may name (``described_person_nouns``, ``described_speaker_nouns``;
    not a spokesperson, named by the body spoken for)."""
    described = frozenset(rules.described_person_nouns) | rules.described_speaker_nouns
    return described - rules.spokesperson_nouns


def speaking_nouns(lexicon: Lexicon | None) -> frozenset[str]:
    """Nouns for people or bodies that speak: the described persons and ``speaking_nouns`` of speech.yaml,
    with the stage's person and actor nouns when a lexicon is given."""
    rules = load_rules()
    words = rules.speaking_nouns | frozenset(rules.described_person_nouns) | rules.spokesperson_nouns
    if lexicon is not None:
        words |= lexicon.word_set("person_nouns") | lexicon.word_set("actor_nouns")
    return words


def identified(entity: Entity) -> bool:
    """Whether the actors stage gave an entity an identity (a KB id or a country)."""
    return bool(entity.kb_id or entity.country)
