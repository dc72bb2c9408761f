"""Which speech verb a quotation hangs on: the verbs met going up the dependency parse from the quotation,
one hung on the quotation itself, one right beside its marks (``attaching_verbs``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.events.speech_rules import load_rules
from eventwire.events.triggers import children

SENTENCE_ENDS = frozenset(".!?\u2026")


def sentences_touching(doc: Doc, start: int, end: int) -> list[Span]:
    """Sentences overlapping a character span."""
    return [s for s in doc.sents if s.start_char < end and s.end_char > start]


def attaching_verbs(verbs: list[Token], span: tuple[int, int]) -> list[Token]:
    """The speech verbs a quotation hangs on in the parse, nearest first: the first met going up from the
    quotation's words (the verb whose clause holds it: "X responded, when Y said: '…'" is Y's), one hung
    on the quotation itself ('"…," he said' parsed the other way round), then one right beside its marks
    ('"…," said X', 'X said: "…"'). The other speech verbs of its sentences are read after these."""
    if not verbs:
        return []
    found: list[Token] = []
    for token in quotation_tops(verbs[0].doc, span):
        found += [v for v in governing_verbs(token, verbs, span) if v not in found]
    found += [v for v in verbs if v not in found and hung_on_quotation(v, span)]
    beside = [v for v in verbs if beside_marks(v, span) and not joined_inside(v, span)]
    after = [v for v in beside if v in found and v.idx >= span[1] and plainly_after(v, span)]
    return after + [v for v in found if v not in after] + [v for v in beside if v not in found]


def plainly_after(verb: Token, span: tuple[int, int]) -> bool:
    """A speech verb right after the closing mark in the same line, with no conjunction or contrast
    between ('"…," Tom Reyes said', not '"…" while Tom Reyes said' nor a line below): it speaks before
    the clause the parse hung the quotation in ('Ann Cole said the data was thin "…," Tom Reyes said')."""
    doc = verb.doc
    between = [t for t in doc[verb.sent.start : verb.i] if t.idx >= span[1]]
    if "\n" in doc.text[span[1] : verb.idx] or not named_after_marks(verb, span):
        return False
    return not any(t.dep_ == "cc" or t.lower_ in load_rules().contrast_marks for t in between)


def named_after_marks(verb: Token, span: tuple[int, int]) -> bool:
    """The verb's subject is a name after the closing mark ('"…," Tom Reyes said'; '"…," said Tom Reyes'),
    not a pronoun the sentence's own speaker may be ('X indicated: "…" he said'), nor a word inside the
    quotation the parse made its subject (a scrape's glued mark: 'the right,"?he said')."""
    subjects = children(verb, ("nsubj",))
    return all(s.idx >= span[1] and s.pos_ == "PROPN" for s in subjects)


def hung_on_quotation(verb: Token, span: tuple[int, int]) -> bool:
    """'"…," he said' parsed with the speech verb under the quotation's verb (not one coordinated with
    it, whose subject would be the quotation's own: '"… constitutes an emergency" and said …')."""
    return verb.head != verb and within(verb.head, span) and not joined_inside(verb, span)


def joined_inside(verb: Token, span: tuple[int, int]) -> bool:
    """A speech verb coordinated with a verb inside the quotation (it would share the quotation's subject)."""
    return verb.dep_ == "conj" and within(verb.head, span)


def quotation_tops(doc: Doc, span: tuple[int, int]) -> list[Token]:
    """The tokens of a quotation whose head lies outside it (or that head their sentence)."""
    tokens = [t for s in sentences_touching(doc, *span) for t in s if within(t, span)]
    return [t for t in tokens if t.head == t or not within(t.head, span)]


def within(token: Token, span: tuple[int, int]) -> bool:
    """Whether a token starts inside a character span."""
    return span[0] <= token.idx < span[1]


def governing_verbs(token: Token, verbs: list[Token], span: tuple[int, int]) -> list[Token]:
    """The speech verbs met going up the parse from a token at the top of a quotation, the one that reports
    it first: a speech verb inside another's reported clause is reported by it ("Ann Cole told a
    magazine the frequency of spiky skulls suggested a pattern: '…'", "Cole added that the crews had
    been maintaining '…'": Cole's), one in an adverbial or relative clause speaks itself ("X responded,
    when Y said: '…'": Y)."""
    found: list[Token] = []
    while token.head != token:
        token = token.head
        if within(token, span):
            return []  # back inside the quotation: another top leads out
        if token in verbs:
            found.append(token)
    if not found:
        return []
    reporting = reporting_verb(found[0], verbs)
    return [reporting, *(v for v in found if v != reporting)]


REPORTED_DEPS = frozenset({"ccomp", "xcomp", "conj"})


def reporting_verb(verb: Token, verbs: list[Token]) -> Token:
    """The speech verb whose reported clause holds a speech verb of another sense than saying (through
    clausal complements and coordination without a subject of its own: "Cole told a magazine the data
    suggested …"), else the verb itself; a verb of saying (``direct_speech_verbs``) speaks itself."""
    if verb.lemma_.lower() in load_rules().direct_speech_verbs:
        return verb  # "Doctors say they still 'have no idea' …, his lawyer told CNN": the doctors'
    token = verb
    while token.head != token and token.dep_ in REPORTED_DEPS:
        if token.dep_ == "conj" and children(token, ("nsubj", "nsubjpass")):
            break  # "Ann Cole warned of it, and Tom Reyes said '…'": Reyes speaks
        token = token.head
        if token in verbs:
            verb = token
    return verb


def beside_marks(verb: Token, span: tuple[int, int]) -> bool:
    """A speech verb right after the closing mark ('"…," said X', '"…," the foreign minister said') or
    right before the opening one ('X said: "…"', 'X told reporters on Monday: "…"'), with no other verb
    or sentence end between."""
    doc = verb.doc
    if verb.idx >= span[1]:
        between = [t for t in doc[verb.sent.start : verb.i] if t.idx >= span[1]]
    else:
        between = [t for t in doc[verb.i + 1 : verb.sent.end] if t.idx < span[0]]
    words = [t for t in between if not t.is_punct and not t.is_space]
    if any(t.text in SENTENCE_ENDS for t in between[1:]):
        return False
    return len(words) <= MAX_WORDS_BESIDE and not any(t.pos_ in ("VERB", "AUX") for t in words)


MAX_WORDS_BESIDE = 4  # '"…," the foreign minister said'; 'X told reporters on Monday: "…"'
