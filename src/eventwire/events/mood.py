"""Sentences that assert nothing: questions ("Shoot on sight?", "Why bother fighting ...?") and
imperatives ("Thank you for your support.", "Please visit our website"). What they name is asked
for or urged by the writer, not reported as done, so they yield no events: a sentence that is a
question from its first word (``question_start``; round 23: also a quoted question before its speech tag,
``tagged_question``) or opens with an imperative (``is_imperative``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import children

CLOSING = "\"'”’» )]"
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
QUESTION_TAG_WORDS = 5  # "he asked", "the minister asked on Monday"


def question_start(sentence: Span, lexicon: Lexicon) -> int | None:
    """Index of the token where the sentence's question begins, None if it asks nothing.

    A question mark ends it (before closing quotes or brackets). When the sentence splitter missed
    a boundary ("... beheaded a tourist Did we cover it?"), the question begins at the last
    capitalised question word (``question_openers``) and what comes before it is a statement.
    """
    if not sentence.text.rstrip().rstrip(CLOSING).endswith("?") and not tagged_question(sentence, lexicon):
        return None
    openers = lexicon.word_set("question_openers")
    inner = [t.i for t in sentence[1:] if t.is_title and t.lower_ in openers and not t.nbor(-1).is_punct]
    return inner[-1] if inner else sentence.start


def tagged_question(sentence: Span, lexicon: Lexicon) -> bool:
    """A quoted question and its speech tag ("'Isn't the reason ...?,' he asked."; round 23): the words after
    the last question mark are a few, one of them a verb of asking or saying (``question_tag_verbs``)."""
    marks = [t.i for t in sentence if t.is_punct and "?" in t.text]
    if not marks:
        return False
    after = [t for t in sentence.doc[marks[-1] + 1 : sentence.end] if not t.is_punct]
    tags = lexicon.word_set("question_tag_verbs")
    return 0 < len(after) <= QUESTION_TAG_WORDS and any(t.lemma_.lower() in tags for t in after)


FRONTED_DEPS = ("advcl", "prep", "advmod", "npadvmod")  # "If you are looking for news, please visit ..."


def is_imperative(sentence: Span, lexicon: Lexicon) -> bool:
    """A bare-infinitive main verb without subject or auxiliary at the start of a capitalised
    sentence, after at most a politeness word (``imperative_openers``: please, do, let's ...) and a
    fronted clause or phrase set off by a comma ("If you are looking for news, please visit ...")."""
    root = sentence.root
    if root.tag_ not in ("VB", "VBP") or children(root, SUBJECT_DEPS) or children(root, ("aux", "auxpass")):
        return False
    words = [t for t in sentence if not t.is_punct]
    if not words or not words[0].is_title:
        return False  # lower-cased text ("anand police are meeting ...") cannot tell a name from a verb
    openers = lexicon.word_set("imperative_openers")
    fronted = {t.i for child in fronted_before(root) for t in child.subtree}
    before = [t for t in words if t.i < root.i and t.lower_ not in openers and t.i not in fronted]
    return not before


def fronted_before(root: Token) -> list[Token]:
    """The root's adverbial clauses and phrases that stand before it followed by a comma."""
    fronted = []
    for child in root.lefts:
        after = child.doc[child.right_edge.i + 1] if child.right_edge.i + 1 < len(child.doc) else None
        if child.dep_ in FRONTED_DEPS and after is not None and after.text == ",":
            fronted.append(child)
    return fronted
