"""Round 10's split parse: event units through the whole pipeline, context units through cheap
components only, merged into one ``Doc`` of the excerpt."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.tokens import Doc

from eventwire.nlp.mask import masked_text
from eventwire.pipeline import Stages, text_article
from eventwire.scale.cues import CueFinder
from eventwire.scale.merge_docs import Misaligned, in_spans, merge_into
from eventwire.scale.rules import load_rules
from eventwire.scale.select import Policy, SentenceSelector, with_selector
from eventwire.scale.split import SplitPipeline, SplitPlans

TEXT = (
    "Rosa Delgado Mena became mayor of Valencia last spring.\n\n"
    "Protesters blocked the harbour road near Lisbon on Monday. "
    "She met the Portuguese prime minister in Lisbon on Tuesday."
)


def spans_of(text: str, *sentences: str) -> list[tuple[int, int]]:
    return [(text.index(s), text.index(s) + len(s)) for s in sentences]


def split_doc(stages: Stages, text: str, parse: list, context: list, components: tuple = ("ner",)) -> Doc:
    nlp = stages.nlp
    parsed = nlp(masked_text(text, parse))
    context_doc = nlp.make_doc(masked_text(text, context))
    for name in components:
        context_doc = nlp.get_pipe(name)(context_doc)
    return merge_into(nlp.make_doc(masked_text(text, sorted(parse + context))), parsed, context_doc, context)


def test_a_context_unit_is_one_flat_sentence_with_its_entities(stages: Stages) -> None:
    first, second, third = "Rosa Delgado Mena became mayor of Valencia last spring.", "Protesters", "She met"
    context = spans_of(TEXT, first)
    parse = [(context[0][1] + 2, len(TEXT))]
    doc = split_doc(stages, TEXT, parse, context)
    assert doc.text == TEXT
    sentences = [s for s in doc.sents if s.text.strip()]
    assert sentences[0].text.strip() == first
    assert all(t.dep_ == "dep" for t in sentences[0] if t.i != sentences[0].root.i)
    assert ("Rosa Delgado Mena", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert any(s.text.startswith(second) for s in sentences) and any(
        s.text.startswith(third) for s in sentences
    )


def test_parsed_units_keep_the_parsers_tree(stages: Stages) -> None:
    context = spans_of(TEXT, "Rosa Delgado Mena became mayor of Valencia last spring.")
    parse = [(context[0][1] + 2, len(TEXT))]
    doc = split_doc(stages, TEXT, parse, context)
    alone = stages.nlp(masked_text(TEXT, parse))
    parsed_tokens = [t for t in doc if t.idx >= parse[0][0] and not t.is_space]
    by_idx = {t.idx: t for t in alone}
    assert parsed_tokens
    for token in parsed_tokens:
        other = by_idx[token.idx]
        assert (token.dep_, token.head.idx, token.tag_, token.lemma_) == (
            other.dep_,
            other.head.idx,
            other.tag_,
            other.lemma_,
        )


def test_context_without_a_tagger_has_no_tags_and_no_grammar(stages: Stages) -> None:
    context = spans_of(TEXT, "Rosa Delgado Mena became mayor of Valencia last spring.")
    parse = [(context[0][1] + 2, len(TEXT))]
    doc = split_doc(stages, TEXT, parse, context)
    unit = [t for t in doc if t.idx < context[0][1] and not t.is_space]
    assert all(t.tag_ == "" and t.lemma_ == "" for t in unit)
    assert {t.dep_ for t in unit} == {"ROOT", "dep"}


def test_a_unit_boundary_inside_a_token_is_misaligned(stages: Stages) -> None:
    text = "Troops shelled the town.Rebels fled north."
    cut = text.index("Rebels") + 3
    with pytest.raises(Misaligned):
        split_doc(stages, text, [(0, cut)], [(cut, len(text))])


def test_in_spans() -> None:
    spans = [(0, 5), (10, 12)]
    assert [in_spans(i, spans) for i in (0, 4, 5, 9, 10, 11, 12)] == [
        True,
        True,
        False,
        False,
        True,
        True,
        False,
    ]


def split_stages(stages: Stages, **rules: object) -> Stages:
    finder = CueFinder.load(stages.nlp, stages.resolver.kb, replace(load_rules(), **rules))
    return with_selector(stages, SentenceSelector(finder, Policy.events))


def test_the_selector_splits_only_when_the_rules_name_context_components(stages: Stages) -> None:
    plain = split_stages(stages)
    split = split_stages(stages, context_components=("ner",))
    assert not isinstance(plain.nlp, SplitPipeline) and isinstance(split.nlp, SplitPipeline)
    assert plain.selector.split_spans(TEXT)[1] == []
    parse, context = split.selector.split_spans(TEXT)
    assert sorted(parse + context) == plain.selector.spans(TEXT)
    blocked = spans_of(TEXT, "Protesters blocked the harbour road near Lisbon on Monday.")[0]
    assert blocked in parse and blocked not in context


def test_the_pronouns_person_comes_from_a_context_unit(stages: Stages) -> None:
    text = (
        "Weather in the region stayed mild all week, forecasters said in their notes.\n\n"
        "Officials described a calm morning at the port and the markets.\n\n"
        "Rosa Delgado Mena arrived in the capital late on Sunday evening.\n\n"
        "She met the Portuguese prime minister in Lisbon on Tuesday."
    )
    article = text_article(text, "2021-03-02", "test")
    split = split_stages(stages, context_components=("ner",), lede_sentences=0, parse_lede=False)
    _, context = split.selector.split_spans(text)
    assert spans_of(text, "Rosa Delgado Mena arrived in the capital late on Sunday evening.")[0] in context
    whole = next(iter(split_stages(stages, lede_sentences=0).analyse([article])))
    quick = next(iter(split.analyse([article])))
    assert whole.events, "the meeting is an event"
    assert [[a.name for a in e.actor] for e in quick.events] == [
        [a.name for a in e.actor] for e in whole.events
    ]
    assert any("Delgado" in a.name for e in quick.events for a in e.actor)
    assert split.selector.plans.merged == 1


def test_a_text_without_a_plan_goes_through_the_whole_pipeline(stages: Stages) -> None:
    pipeline = SplitPipeline(stages.nlp, SplitPlans(), ("ner",))
    doc, carried = next(iter(pipeline.pipe([(TEXT, 7)], as_tuples=True)))
    assert carried == 7 and doc.has_annotation("DEP") and doc.text == TEXT
    assert [t.dep_ for t in doc] == [t.dep_ for t in stages.nlp(TEXT)]


def test_unknown_context_components_are_a_one_line_error(stages: Stages) -> None:
    with pytest.raises(ValueError, match="context_components"):
        SplitPipeline(stages.nlp, SplitPlans(), ("parsr",))


def test_the_default_rules_do_not_split_and_the_split_file_does() -> None:
    from importlib import resources
    from pathlib import Path

    folder = Path(str(resources.files("eventwire") / "data" / "scale"))
    assert load_rules().context_components == ()
    split = load_rules(folder / "selection_split.yaml")
    assert split.context_components == ("ner",) and split.parse_antecedents and split.country_context
    assert not split.loose_cue_with_names


def test_an_entity_cut_at_a_blank_begins_again() -> None:
    import numpy

    from eventwire.scale.merge_docs import BEGIN, INSIDE, OUTSIDE, _begin_cut_entities

    iob = numpy.asarray([BEGIN, INSIDE, OUTSIDE, INSIDE, INSIDE, INSIDE], dtype=numpy.uint64)
    types = numpy.asarray([5, 5, 0, 7, 7, 9], dtype=numpy.uint64)
    _begin_cut_entities(iob, types)
    assert iob.tolist() == [BEGIN, INSIDE, OUTSIDE, BEGIN, INSIDE, BEGIN]
