"""Clauses of a long sentence, each re-parsed on its own when the whole sentence codes nothing.

The small English model misparses long sentences (a subject hung on the wrong verb, a clause
after a semicolon parsed as an apposition). A sentence that codes no event although it is long is
cut at semicolons and dashes, at a comma before a clause conjunction ("…, while rebels shelled
…"; "and"/"but" only before a new subject), around brackets and quotations, and each clause is
parsed again alone. The text outside the clause is blanked (``eventwire.nlp.masked_text``), so
every offset stays an offset of the article and evidence spans need no mapping.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.events.patterns import read_yaml
from eventwire.nlp.mask import masked_text
from eventwire.nlp.text import doc_text, remember_text

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
CharSpans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class ClauseRules:
    """Where a long sentence is cut into clauses (``clauses.yaml``)."""

    min_tokens: int
    min_clause_tokens: int
    separators: frozenset[str]
    comma_conjunctions: frozenset[str]
    needs_subject: frozenset[str]
    not_clauses: tuple[tuple[str, ...], ...]
    background_openers: frozenset[str]
    brackets: tuple[tuple[str, str], ...]
    quotes: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def load_clause_rules() -> ClauseRules:
    """The clause splitting rules of the data folder."""
    data = read_yaml("clauses.yaml")
    return ClauseRules(
        min_tokens=int(data.get("min_tokens", 18)),
        min_clause_tokens=int(data.get("min_clause_tokens", 4)),
        separators=frozenset(data.get("separators", [])),
        comma_conjunctions=frozenset(w.lower() for w in data.get("comma_conjunctions", [])),
        needs_subject=frozenset(w.lower() for w in data.get("needs_subject", [])),
        not_clauses=tuple(tuple(p.lower().split()) for p in data.get("not_clauses", [])),
        background_openers=frozenset(w.lower() for w in data.get("background_openers", [])),
        brackets=tuple((str(a), str(b)) for a, b in data.get("brackets", [])),
        quotes=tuple((str(a), str(b)) for a, b in data.get("quotes", [])),
    )


def clause_spans(sentence: Span, rules: ClauseRules) -> list[CharSpans]:
    """The sentence's clauses as character spans (a clause around a bracket has two pieces).

    Empty when the sentence is short or has a single clause.
    """
    if len(sentence) < rules.min_tokens:
        return []
    inserts, hidden = enclosed_pieces(sentence, rules)
    cuts = [t.i for t in sentence if is_cut(t, sentence, rules) and t.i not in hidden]
    clauses: list[CharSpans] = []
    bounds = [sentence.start, *cuts, sentence.end]
    for start, end in pairwise(bounds):
        tokens = [t for t in sentence.doc[start:end] if t.i not in hidden and not t.is_punct]
        if len(tokens) >= rules.min_clause_tokens:
            clauses.append(pieces(tokens))
    clauses += [pieces(list(tokens)) for tokens in inserts if len(tokens) >= rules.min_clause_tokens]
    return clauses if len(clauses) > 1 else []


def enclosed_pieces(sentence: Span, rules: ClauseRules) -> tuple[list[list[Token]], set[int]]:
    """Bracketed and quoted runs of words (without their marks), and every token index they hide
    from the clause around them (marks included)."""
    inserts: list[list[Token]] = []
    hidden: set[int] = set()
    opener: tuple[Token, str] | None = None
    pairs = rules.brackets + rules.quotes
    for token in sentence:
        if opener is not None and token.text == opener[1] and token.i > opener[0].i:
            inner = [t for t in sentence.doc[opener[0].i + 1 : token.i] if not t.is_punct]
            inserts.append(inner)
            hidden |= set(range(opener[0].i, token.i + 1))
            opener = None
        elif opener is None:
            closing = next((b for a, b in pairs if token.text == a), None)
            if closing is not None:
                opener = (token, closing)
    return inserts, hidden


def is_cut(token: Token, sentence: Span, rules: ClauseRules) -> bool:
    """Whether a clause ends before this token: a separator, or a comma before a clause conjunction."""
    if token.text in rules.separators:
        return True
    doc = sentence.doc
    if token.text != "," or token.i + 1 >= sentence.end:
        return False
    word = doc[token.i + 1]
    if word.lower_ not in rules.comma_conjunctions or opens_phrase(word, rules.not_clauses):
        return False
    return word.lower_ not in rules.needs_subject or opens_new_subject(word, sentence)


def opens_phrase(word: Token, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words from ``word`` on spell one of the phrases ("as well as")."""
    doc = word.doc
    return any(
        tuple(t.lower_ for t in doc[word.i : word.i + len(phrase)]) == phrase for phrase in phrases
    )


def background_clause(clause: Span, rules: ClauseRules) -> bool:
    """A clause opened by a word of time, cause or concession, or a relative pronoun ("when the
    blast occurred", "who attacked the town"): background, as in the whole sentence's parse."""
    words = [t for t in clause if not t.is_space and not t.is_punct]
    while words and words[0].lower_ in rules.needs_subject:  # "but when the blast occurred"
        words = words[1:]
    return bool(words) and words[0].lower_ in rules.background_openers


def opens_new_subject(conjunction: Token, sentence: Span) -> bool:
    """Whether the words after "and"/"but" have a subject of their own: the next word is no verb and
    a finite verb follows before the next punctuation."""
    doc = sentence.doc
    following = doc[conjunction.i + 1 : sentence.end]
    if not len(following) or following[0].pos_ in ("VERB", "AUX"):
        return False
    for token in following:
        if token.is_punct:
            return False
        if token.tag_ in FINITE_TAGS:
            return True
    return False


def pieces(tokens: list[Token]) -> CharSpans:
    """Character spans of runs of consecutive tokens."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and runs[-1][-1].i + 1 == token.i:
            runs[-1].append(token)
        else:
            runs.append([token])
    return tuple((run[0].idx, run[-1].idx + len(run[-1].text)) for run in runs)


def reparse(nlp: Language, doc: Doc, spans: CharSpans) -> Span | None:
    """The clause parsed alone: the article text with everything else blanked, and the clause's span
    in that parse (its offsets are the article's)."""
    text = masked_text(doc_text(doc), list(spans))
    parsed = remember_text(nlp(text), text)
    clause = parsed.char_span(spans[0][0], spans[-1][1], alignment_mode="expand")
    return clause if clause is not None and len(clause) else None
