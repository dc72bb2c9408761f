"""Statements: quotations and reported speech with their speakers.

A quotation is text between quotation marks (curly, straight or guillemets) of at least a few
words, attributed by a speech verb or "according to" in its sentence or standing alone as a sentence
(a phrase quoted inside the writer's own sentence is a title, slogan or scare quote). Its speaker is
the subject of the speech verb the quotation hangs on in the parse (``quote_attachment``), else of the
speech verbs outside the quotation in its sentence, in order (or the sentence before, when the
quotation stands alone), resolved to an actor mention; "he"/"she" refer to the last
named speaker. Reported speech ("X said that ...") gives a statement whose text is the reported
clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.events.entities import MentionIndex
from eventwire.events.patterns import Lexicon
from eventwire.events.quotation_marks import quoted_spans
from eventwire.events.quote_attachment import (
    SENTENCE_ENDS,
    attaching_verbs,
    quotation_tops,
    sentences_touching,
    within,
)
from eventwire.events.speakers import SpeakerResolver, falls_back_to_previous, glued_word, says_nothing
from eventwire.events.speech_rules import SpeechRules, load_rules
from eventwire.events.triggers import children
from eventwire.nlp.text import doc_text
from eventwire.records import Article, Entity, Quote


def speech_verbs(sentence: Span, outside: tuple[int, int] | None = None) -> list[Token]:
    """Speech verbs of a sentence, optionally only those outside a character span."""
    rules = load_rules()
    found = []
    for token in sentence:
        if token.pos_ != "VERB" or token.lemma_.lower() not in rules.verbs:
            continue
        if outside and outside[0] <= token.idx < outside[1]:
            continue
        if is_discourse_marker(token, rules):
            continue
        found.append(token)
    return found


def is_discourse_marker(verb: Token, rules: SpeechRules) -> bool:
    """ "That said, ..." / "Having said that, ...": the verb opens its sentence as a discourse marker."""
    if verb.i - verb.sent.start > MAX_DISCOURSE_OPENING:
        return False
    opening = verb.doc[verb.sent.start : min(verb.i + 2, verb.sent.end)].text.lower()
    return any(opening.startswith(phrase) for phrase in rules.discourse_openings)


MAX_DISCOURSE_OPENING = 3  # tokens before the verb in the longest opening ("that being said")


SHARED_SUBJECT_DEPS = frozenset({"advcl", "conj"})  # "defended NATO while saying", "met X and said"


def subject(verb: Token) -> Token | None:
    """The grammatical subject of a speech verb; a participle or a coordinated verb without a subject of
    its own shares its head verb's ("Trump defended the alliance while saying members ..."); not an
    infinitive's ("urged the minister to say": the minister speaks, if anyone)."""
    subjects = children(verb, ("nsubj",))
    if subjects:
        return named_subject(verb, subjects)
    head = verb.head
    if verb.dep_ in SHARED_SUBJECT_DEPS and head != verb and head.pos_ in ("VERB", "AUX"):
        return subject(head)
    return None


def named_subject(verb: Token, subjects: list[Token]) -> Token:
    """Of the subjects a parse gave one verb, the speaker: a person's name, else a name — first those after
    the verb ('"Not ours", said Carter'; "said study co-author Tom Reyes", split at its hyphen), then
    those before it ("Russian Ambassador to Peru, Boris Mironov has described"; "Ken Hall - the
    only Tory to vote against - said": Hall; "Jane Doe, the successor should Tom Reyes resign, has
    expressed": Doe); else the nearest that is no "this"/"what" ('this year,"?she said': she)."""
    after = [s for s in subjects if s.i > verb.i]
    before = [s for s in subjects if s.i < verb.i]
    in_order = [*after, *before]
    person = [s for s in in_order if s.ent_type_ == "PERSON"]
    named = [s for s in in_order if s.pos_ == "PROPN"]
    if person or named:
        return (person or named)[0]
    if after:
        return after[0]
    non_speakers = load_rules().non_speaker_subjects
    speakers = [s for s in subjects if s.lower_ not in non_speakers] or subjects
    return max(speakers, key=lambda s: s.i)


def speaker_of(verb: Token) -> Token | None:
    """Who speaks through a speech verb: its subject, except that "X quotes Y as saying ..." (and the
    "saying" of it) is Y's statement, which X only relays (``relaying_verbs``)."""
    relay = verb
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head != verb.head:
        relay = verb.head.head  # "saying" of "quoted the minister as saying"
    if relay.lemma_.lower() in load_rules().relaying_verbs and relays_a_saying(relay):
        quoted = children(relay, ("dobj",))
        if quoted:
            return quoted[0]
    glued = None if children(verb, ("nsubj",)) else glued_before(verb)
    return glued or subject(verb) or inverted_speaker(verb)


def glued_before(verb: Token) -> Token | None:
    """'"… athletes,"?Novak said': a speech verb with no subject right after a word the scrape glued to the
    closing mark (the parse made the quotation's last word and the name one token): that token speaks."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    return before if glued_word(before) != before.text else None


def inverted_speaker(verb: Token) -> Token | None:
    """ "'Are you tired?' asked the president": the speaker after a speech verb that follows a quotation
    and has no subject (the parser makes it the verb's object); not the addressee of "told"."""
    if verb.lemma_.lower() in ADDRESSEE_VERBS or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.text == "," and verb.i > 1:  # '"…", said X' (a house style with the comma outside)
        before = verb.doc[verb.i - 2]
    if before.tag_ != "''" and before.text not in CLOSING_QUOTE_MARKS:
        return None
    objects = [o for o in children(verb, ("dobj",)) if o.i > verb.i]
    return objects[0] if objects else None


ADDRESSEE_VERBS = frozenset({"tell"})  # their object is who is spoken to
CLOSING_QUOTE_MARKS = frozenset({'"', "\u201d", "\u00bb"})


def relays_a_saying(verb: Token) -> bool:
    """ "... as saying": the relaying verb's "as" phrase holds a speech verb."""
    verbs = load_rules().verbs
    return any(
        c.lower_ == "as" and any(p.lemma_.lower() in verbs for p in children(c, ("pcomp", "pobj")))
        for c in children(verb, ("prep",))
    )


def attribution_source(sentence: Span, outside: tuple[int, int] | None = None) -> Token | None:
    """The source of "according to X" in the sentence ("according to a statement by X" -> X), optionally
    only outside a character span (a quotation's own "according to the data ..." is its speaker's words)."""
    rules = load_rules()
    for token in sentence:
        if token.lower_ not in rules.attribution_preps:
            continue
        if outside and outside[0] <= token.idx < outside[1]:
            continue
        for prep in (t for t in token.subtree if t.lower_ == "to"):
            for source in children(prep, ("pobj",)):
                inner = [o for p in children(source, ("prep",)) for o in children(p, ("pobj",))]
                if source.lemma_.lower() in rules.source_nouns and inner:
                    return inner[0]
                return source
    return None


def quote_speaker(
    doc: Doc, span: tuple[int, int], resolver: SpeakerResolver, previous: Entity | None
) -> tuple[Entity | None, bool]:
    """The speaker of a quotation — a speech verb outside it in its sentences, or "according to" — and
    whether its sentences attribute it so; an unattributed quotation has the previous speaker, and so has
    one whose speech verb's subject is left unresolved, unless that subject is an "it"/"they"/"this" that
    names someone else ("it says" of a campaign named before)."""
    sentences = sentences_touching(doc, *span)
    verbs = [v for sentence in sentences for v in speech_verbs(sentence, outside=span)]
    for verb in attaching_verbs(verbs, span):
        speaker = resolver.resolve_named(speaker_of(verb), previous)
        if speaker is not None:
            return speaker, True
    for sentence in sentences:  # no verb it hangs on names a speaker: the verbs in their order
        for verb in (v for v in verbs if v.sent == sentence):
            said_by = speaker_of(verb)
            speaker = resolver.resolve(said_by, previous)
            if speaker is not None:
                return speaker, True
            if not falls_back_to_previous(said_by):
                previous = None
        source = attribution_source(sentence, outside=span)
        if source is not None:
            return resolver.resolve(source), True
    return previous, bool(verbs)


def quotes_a_text(doc: Doc, span: tuple[int, int], lexicon: Lexicon | None = None) -> bool:
    """The speech verb a quotation hangs on (else the first of its sentences) has a text for its subject
    ("the Act states: '…'", "Another saying says that '…'": a text quoted) or no one ("no candidate
    mentioned '…'"): no one's statement."""
    verbs = [v for sentence in sentences_touching(doc, *span) for v in speech_verbs(sentence, outside=span)]
    first = next(iter(attaching_verbs(verbs, span) or verbs), None)
    return first is not None and says_nothing(speaker_of(first), lexicon)


def quoted_name(doc: Doc, span: tuple[int, int]) -> bool:
    """A quotation set in apposition to a noun before it names that thing ("his event, "Storm the Castle,
    They Can't Stop Us", was posted as a joke": a title), unless the noun is a statement's own
    (``statement_nouns``: "his message, "we will never give up", was clear")."""
    first = next((t for s in sentences_touching(doc, *span) for t in s if within(t, span)), None)
    if first is None or first.dep_ != "appos" or within(first.head, span) or first.head.i > first.i:
        return False
    return first.head.lemma_.lower() not in load_rules().statement_nouns


def quoted_nickname(doc: Doc, span: tuple[int, int]) -> bool:
    """A quotation that is what someone or something is called ('nicknamed the "Iron Lady of the North"',
    'known as "the city that never sleeps"'): a name given, no statement (``naming_verbs``)."""
    rules = load_rules()
    for top in quotation_tops(doc, span):
        through_as = top.head.lower_ == "as"
        head = top.head.head if through_as else top.head
        naming = rules.naming_as_verbs if through_as else rules.naming_verbs
        if head != top and head.lemma_.lower() in naming and not within(head, span):
            return True
    return False


def stands_alone(text: str, span: tuple[int, int]) -> bool:
    """The quotation is a sentence of its own in the text (a quoted paragraph continuing a speaker's
    words: it ends a sentence and nothing but a line break or the next sentence follows), not a
    phrase quoted inside a sentence of the writer's ("dubbed the "home of winter sports"")."""
    before = text[: max(span[0] - 1, 0)].rstrip(" \t")
    after = text[span[1] + 1 :].lstrip(" \t")
    opens_sentence = not before or before[-1] in SENTENCE_BREAKS
    ends_sentence = text[span[0] : span[1]].rstrip()[-1:] in SENTENCE_ENDS
    return opens_sentence and ends_sentence and (not after or after[0] == "\n" or after[0].isupper())


SENTENCE_BREAKS = frozenset('.!?:;\n"\u201d\u00bb)-')


def is_attribution_only(clause: Token, rules: SpeechRules) -> bool:
    """A reported clause that is itself just "the governor said" (its speech verb with no content)."""
    if clause.lemma_.lower() not in rules.verbs:
        return False
    return not any(child.dep_ in CONTENT_DEPS for child in clause.children)


CONTENT_DEPS = frozenset({"ccomp", "dobj", "xcomp", "prep", "dative", "advcl", "attr"})


def reported_statements(sentence: Span, quoted: list[tuple[int, int]]) -> list[tuple[Token, Span]]:
    """(speech verb, reported clause) pairs of "X said (that) ..." outside quotation marks.

    The clause must lie inside the sentence segment (parses can run across lines of furniture).
    """
    rules = load_rules()
    found = []
    for verb in speech_verbs(sentence):
        for clause in children(verb, ("ccomp",)):
            tokens = [t for t in clause.subtree if t.dep_ != "mark" or t.head != clause]
            tokens = with_stranded_subject(clause, tokens, verb)
            tokens = before_another_speaker(clause, fronted_clause(tokens, verb), rules)
            if not tokens or set_off_by_colon(tokens, verb) or asks_a_question(verb, clause, rules):
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            if start < sentence.start_char or end > sentence.end_char:
                continue
            if any(q[0] <= start < q[1] or q[0] < end <= q[1] for q in quoted):
                continue
            if words_outside(tokens, quoted) < MIN_OWN_WORDS:
                continue  # 'tweeted "Deeply saddened by the loss"': the quotation is stored itself
            if len(tokens) >= 3 and not is_attribution_only(clause, rules):
                found.append((verb, sentence.doc.char_span(start, end, alignment_mode="expand")))
    return outermost(found)


MIN_OWN_WORDS = 3


def asks_a_question(verb: Token, clause: Token, rules: SpeechRules) -> bool:
    """A clause of "ask" opened by a question word ("when asked how the festival would respond", "asked
    whether talks would resume") is the question put, not a statement ("asked that the trial wait" is one);
    so is one of a speech verb negated ("he has not said what he plans to do": nothing was said)."""
    first = min(clause.subtree, key=lambda t: t.i)  # a fronted "what" may follow in a non-projective subtree
    if verb.lemma_.lower() not in rules.question_verbs and not children(verb, ("neg",)):
        return False
    return first.lower_ in rules.question_words


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def with_stranded_subject(clause: Token, tokens: list[Token], verb: Token) -> list[Token]:
    """A reported clause with no subject of its own whose subject the parse left on the speech verb's
    side ("announced the voice recorder has been recovered": the recorder as the verb's object; "said the
    team would confirm the twists are real": the twists closing the clause before) starts with that phrase."""
    if children(clause, tuple(SUBJECT_DEPS)) or tokens[0].i <= verb.i + 1:
        return tokens
    if verb.lemma_.lower() in ADDRESSEE_VERBS or children(clause, ("mark",)):
        return tokens  # "told the court the man had remarried", "told Reuters that …": whom it is told
    before = verb.doc[tokens[0].i - 1]
    while before.head != verb and before.head != before:
        before = before.head
    if before.head != verb or before.dep_ not in STRANDING_DEPS or before.i > clause.i:
        return tokens
    start = before.left_edge.i
    while verb.doc[start].dep_ == "mark" and start < tokens[0].i:
        start += 1
    return list(verb.doc[start : tokens[0].i]) + tokens


STRANDING_DEPS = frozenset({"dobj", "ccomp"})


def set_off_by_colon(tokens: list[Token], verb: Token) -> bool:
    """A clause before the speech verb, set off from it by a colon or semicolon, is the writer's ("The
    researchers noted implications: Reyes remarked, ..."), not what the verb reports."""
    if tokens[-1].i >= verb.i:
        return False
    return any(t.text in (":", ";") for t in verb.doc[tokens[-1].i + 1 : verb.i])


def words_outside(tokens: list[Token], quoted: list[tuple[int, int]]) -> int:
    """How many words of a clause stand outside quotation marks."""
    return sum(1 for t in tokens if not t.is_punct and not any(q[0] <= t.idx < q[1] for q in quoted))


def outermost(found: list[tuple[Token, Span | None]]) -> list[tuple[Token, Span | None]]:
    """The reported clauses of a speech verb not lying inside another of its clauses (a clause whose
    subject the parse left at the end of the one before is joined to it, `with_stranded_subject`)."""
    return [(v, clause) for v, clause in found if clause is None or not within_another(v, clause, found)]


def within_another(verb: Token, clause: Span, found: list[tuple[Token, Span | None]]) -> bool:
    """Whether a clause lies inside a longer clause of the same speech verb."""
    return any(
        other_verb == verb
        and other is not None
        and other.start_char <= clause.start_char
        and clause.end_char <= other.end_char
        and len(other.text) > len(clause.text)
        for other_verb, other in found
    )


def fronted_clause(tokens: list[Token], verb: Token) -> list[Token]:
    """A reported clause before its speaker ("Jets did not strike the town, the ministry's spokesman Jan
    Novak said") runs to the comma before the speaker's phrase: a parse may hang the clause's tail on the
    speaker ("the town's ministry")."""
    said_by = subject(verb)
    if said_by is None or said_by.i < tokens[-1].i or tokens[0].i > verb.i or verb.dep_ == "relcl":
        return tokens
    named_before = [c.left_edge.i for c in children(said_by, ("appos",)) if c.i < said_by.i]
    speaker_start = min([said_by.i, verb.i, *named_before])  # "Jan Novak, a spokesman for the ministry, said"
    commas = [t.i for t in verb.doc[tokens[-1].i + 1 : speaker_start] if t.text == ","]
    if not commas:
        return tokens
    added = verb.doc[tokens[-1].i + 1 : commas[-1]]
    if any(t.text in CLAUSE_BREAKS or t.tag_ in QUOTE_TAGS for t in added):
        return tokens  # "...; however, its website notes", a quotation: not one fronted clause
    return list(verb.doc[tokens[0].i : commas[-1]])


CLAUSE_BREAKS = frozenset({";", ":", '"', "\u201c", "\u201d", "\u00ab", "\u00bb"})
QUOTE_TAGS = frozenset({"``", "''"})


def before_another_speaker(clause: Token, tokens: list[Token], rules: SpeechRules) -> list[Token]:
    """A reported clause up to another speaker's statement joined to it ("X said the vote should count,
    while Y said MPs need a choice": Y's words are Y's statement); a joined verb with no reported clause
    of its own ("and the rise indicated solid growth") stays."""
    others = [
        t
        for t in clause.subtree
        if joins_another_statement(t, rules)
        and t.lemma_.lower() in rules.verbs
        and children(t, ("nsubj",))
        and children(t, ("ccomp",))
    ]
    if not others:
        return tokens
    cut = min(t.left_edge.i for t in others)
    kept = [t for t in tokens if t.i < cut]
    while kept and (kept[-1].is_punct or kept[-1].dep_ == "cc"):
        kept.pop()
    return kept


def joins_another_statement(verb: Token, rules: SpeechRules) -> bool:
    """A clause joined as a statement of its own ("and Y said", "while Y said"), not a reason or a
    condition ("because voters said they wanted a say" is part of X's words)."""
    if verb.dep_ == "conj":
        return True
    marks = {c.lower_ for c in children(verb, ("mark",))}
    return verb.dep_ == "advcl" and bool(marks & rules.contrast_marks)


def find_quotes(
    doc: Doc,
    index: MentionIndex,
    article: Article,
    segments: list[Span] | None = None,
    whole_text: str | None = None,
    lexicon: Lexicon | None = None,
) -> list[Quote]:
    """Quotations and reported statements of an article, in text order, with their speakers.

    ``segments``: the sentence segments to read (the coder passes those that are not furniture);
    quotations starting outside them are ignored. ``whole_text``: the article's text when ``doc`` is
    a view of it with sentences blanked at the same offsets (quotation marks are paired in it); a
    quotation the view blanked is not read (its attribution was not parsed), nor one standing alone
    after blanked text (whose speaker may be in the gap). ``lexicon``: for "it says".
    """
    resolver = SpeakerResolver(index, lexicon)
    resolver.statement_end = 0
    resolver.names_descriptions = True
    view = doc_text(doc)
    text = whole_text or view
    quoted = quoted_spans(text)
    quotes: list[Quote] = []
    previous: Entity | None = None
    previous_end = 0
    pending = sorted(quoted)
    for sentence in segments if segments is not None else list(doc.sents):
        while pending and pending[0][0] < sentence.start_char:
            pending.pop(0)
        while pending and pending[0][0] < sentence.end_char:
            span = pending.pop(0)
            if not view[span[0] : span[1]].strip():
                continue  # blanked on the fast path: who said it was not read
            after_gap = unread(view, text, previous_end, span[0])
            speaker, attributed = quote_speaker(doc, span, resolver, None if after_gap else previous)
            if not attributed and (after_gap or not stands_alone(text, span)):
                continue  # a phrase quoted in the writer's sentence (a title, slogan or scare quote)
            if quoted_name(doc, span) or quotes_a_text(doc, span, lexicon) or quoted_nickname(doc, span):
                continue
            if not attributed:
                speaker = paragraph_person(doc, span, resolver) or speaker
            previous, previous_end = speaker, span[1]
            resolver.statement_end = previous_end
            quotes.append(make_quote(text, span, previous, article))
        for verb, clause in reported_statements(sentence, quoted):
            if clause is None:
                continue
            speaker = resolver.resolve(speaker_of(verb), previous)
            if speaker is not None:
                previous, previous_end = speaker, clause.end_char
                resolver.statement_end = previous_end
                quotes.append(make_quote(text, (clause.start_char, clause.end_char), speaker, article))
    return sorted(quotes, key=lambda q: q.span)


def paragraph_person(doc: Doc, span: tuple[int, int], resolver: SpeakerResolver) -> Entity | None:
    """A quotation standing alone after a sentence about someone other than the last speaker ('Ann Orr said
    "…". Tom Reyes runs the ward. "…"') is that person's: the paragraph turned to them."""
    quotation = doc.char_span(span[0], span[1], alignment_mode="expand")
    return resolver.topic_since_statement(quotation[0]) if quotation else None


def unread(view: str, text: str, start: int, end: int) -> bool:
    """Whether the fast path blanked some of the text between two offsets (the view differs from the
    article there)."""
    return view is not text and view[start:end] != text[start:end]


def make_quote(text: str, span: tuple[int, int], speaker: Entity | None, article: Article) -> Quote:
    """A Quote record; its span trimmed of the spaces and the joining punctuation at its edges."""
    start, end = span
    while start < end and (text[start].isspace() or text[start] in LEADING_JOINERS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quote(
        text=text[start:end],
        span=(start, end),
        speaker=speaker,
        article_id=article.article_id,
        date=article.published,
    )


LEADING_JOINERS = frozenset(",;:")
FIRST_PERSON = frozenset({"we", "i"})


def quoted_speaker(quotes: list[Quote], offset: int) -> Entity | None:
    """The speaker of the quotation that contains a character offset, if one is known."""
    for quote in quotes:
        if quote.span[0] <= offset < quote.span[1] and quote.speaker is not None:
            return quote.speaker
    return None
