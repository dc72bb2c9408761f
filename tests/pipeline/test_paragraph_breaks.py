"""A blank line starts a sentence (nlp.pipeline.paragraph_breaks): a headline or lede without a full stop
is not parsed as one sentence with the paragraph after it (texts written for this test)."""

from __future__ import annotations

import pytest

from eventwire.nlp import load_pipeline

HEADLINE = "Two ministers discussed border security in the capital on Sunday"
BODY = "The interior minister and his counterpart agreed to open a new crossing, officials said."


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_blank_line_ends_a_sentence_without_a_stop(nlp) -> None:
    assert sentences(nlp, f"{HEADLINE}\n\n{BODY}") == [HEADLINE, BODY]


def test_a_single_line_break_inside_a_sentence_does_not(nlp) -> None:
    """Twin: a wrapped line (one break) stays inside its sentence."""
    wrapped = "The interior minister and his counterpart agreed\nto open a new crossing, officials said."
    assert sentences(nlp, wrapped) == [wrapped]


def test_blank_lines_of_a_masked_text_count_the_same(nlp) -> None:
    """The fast path blanks unparsed sentences but keeps their line breaks: the boundary holds."""
    text = f"{HEADLINE}\n\n{' ' * 20}\n\n{BODY}"
    assert sentences(nlp, text) == [HEADLINE, BODY]


def test_the_stock_pipeline_is_left_as_shipped() -> None:
    assert "paragraph_breaks" not in load_pipeline(indexed_rules=False).pipe_names
    assert "paragraph_breaks" in load_pipeline().pipe_names


@pytest.mark.parametrize(
    "paragraph",
    [
        "Maria Kowalska has left the clinic in the north after a month, her lawyer said.",
        "Jan Nowak resigned as mayor of the town on Friday.",
    ],
)
def test_a_name_opening_a_paragraph_stays_whole(nlp, paragraph) -> None:
    """Given only the paragraph's start, the parser had ended a sentence after its first word ("Maria" |
    "Kowalska has left"), cutting the name in two; twin: the same paragraph after a full stop."""
    text = f"Actress leaves clinic\n\n{paragraph}"
    assert sentences(nlp, text) == ["Actress leaves clinic", paragraph]
    names = [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
    assert names == [" ".join(paragraph.split()[:2])]
    assert sentences(nlp, f"An actress left a clinic. {paragraph}")[1] == paragraph
