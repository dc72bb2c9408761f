"""Sentences that assert nothing: questions ("Shoot on sight?", "Why bother fighting ...?") and
imperatives ("Thank you for your support.", "Please visit our website"). What they name is asked
for or urged by the writer, not reported as done, so they yield no events."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import children

CLOSING = "\"'”’» )]"
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def asserts_nothing(sentence: Span, lexicon: Lexicon) -> bool:
    """A question, or an imperative that opens the sentence."""
    return is_question(sentence) or is_imperative(sentence, lexicon)


def is_question(sentence: Span) -> bool:
    """The sentence ends with a question mark (before closing quotes or brackets)."""
    return sentence.text.rstrip().rstrip(CLOSING).endswith("?")


def is_imperative(sentence: Span, lexicon: Lexicon) -> bool:
    """A bare-infinitive main verb without subject or auxiliary at the start of the sentence,
    after at most a politeness word (``imperative_openers``: please, do, let's ...)."""
    root = sentence.root
    if root.tag_ not in ("VB", "VBP") or children(root, SUBJECT_DEPS) or children(root, ("aux", "auxpass")):
        return False
    openers = lexicon.word_set("imperative_openers")
    before = [t for t in sentence if t.i < root.i and not t.is_punct and t.lower_ not in openers]
    return not before
