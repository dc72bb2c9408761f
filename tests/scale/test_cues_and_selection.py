"""The cheap pass (cues per sentence) and the choice of sentences to parse."""

from __future__ import annotations

from dataclasses import replace

from scale_texts import STORY, article

from eventwire.events.vocabulary import lookup_forms, trigger_requirements
from eventwire.scale.cues import UnitCues
from eventwire.scale.rules import load_rules
from eventwire.scale.select import Policy, chosen_units


def cues_of(selector, text: str) -> UnitCues:
    units = selector.cues(text)
    assert len(units) == 1, units
    return units[0]


def test_event_cues_need_the_trigger_and_the_words_its_pattern_needs(selector) -> None:
    assert cues_of(selector, "Police arrested five men in the capital.").event
    assert cues_of(selector, "The two sides held talks on Monday.").event  # licensed event noun
    assert not cues_of(selector, "Reporters found the summit long and the rooms warm.").event  # no licence
    assert not cues_of(selector, "The weather was mild and the markets were calm.").event


def test_trigger_requirements_list_licensing_verbs_for_nouns() -> None:
    requirements = trigger_requirements()
    assert any(not alternative for alternative in requirements["arrest"])  # a bare verb pattern
    assert all(any("hold" in group for group in alt) for alt in requirements["meeting"])  # nouns only
    assert "stage" in lookup_forms("staged") and "kidnap" in lookup_forms("kidnapped")


def test_actor_and_pronoun_cues(selector) -> None:
    unit = cues_of(selector, "Yesterday the Kenyan police said she had left.")
    assert unit.named and unit.pronoun and unit.country
    plain = cues_of(selector, "It was cold and the rain did not stop.")
    assert not plain.named and not plain.pronoun and not plain.country
    assert cues_of(selector, "Ana Rivas spoke.").surnames == frozenset({"Rivas"})


def unit(i: int, *, event=False, words=8, named=False, pronoun=False, country=False, surnames=(), caps=()):
    return UnitCues(
        (i * 10, i * 10 + 5), words, event, named, pronoun, country, frozenset(surnames), frozenset(caps)
    )


def test_events_policy_keeps_cue_sentences_the_lede_and_pronoun_antecedents() -> None:
    rules = load_rules()
    units = [
        unit(0, words=3),  # a short title line: not the lede
        unit(1),  # lede
        unit(2),  # lede
        unit(3),  # lede (third, in case the cheap splitter cut one of the first two)
        unit(4, named=True),  # names someone: the antecedent of unit 6's pronoun
        unit(5),
        unit(6, event=True, pronoun=True),
        unit(7),
        unit(8, event=True),
        unit(9, country=True),
    ]
    assert chosen_units(units, Policy.events, rules) == [1, 2, 3, 4, 6, 8]
    assert chosen_units(units, Policy.exact, rules) == list(range(10))


def test_a_pronoun_also_brings_the_nearest_earlier_full_name() -> None:
    rules = replace(
        load_rules(),
        lede_sentences=0,
        antecedent_full_name=True,
        antecedent_person=False,
        unfinished_previous=False,
    )
    units = [
        unit(0),
        unit(1, named=True, surnames={"Okafor"}),  # a full name: who "he" most likely is
        unit(2),
        unit(3, named=True),  # names only a place: the nearest "named" sentence
        unit(4, event=True, pronoun=True),
        unit(5, named=True, surnames={"Lindqvist"}),  # after the pronoun: not an antecedent
    ]
    assert chosen_units(units, Policy.events, rules) == [1, 3, 4]
    assert chosen_units(units, Policy.events, replace(rules, antecedent_full_name=False)) == [3, 4]
    assert chosen_units(units, Policy.events, replace(rules, antecedent_window=2)) == [3, 4]


def test_no_event_cue_means_nothing_to_parse() -> None:
    units = [unit(i, named=True, country=True) for i in range(5)]
    assert chosen_units(units, Policy.events, load_rules()) == []
    assert chosen_units(units, Policy.context, load_rules()) == []


def test_context_policy_adds_country_sentences_and_earlier_full_names() -> None:
    rules = load_rules()
    units = [
        unit(0),
        unit(1),
        unit(2),
        unit(3, surnames={"Rivas"}),  # "Ana Rivas": full name of a later surname-only mention
        unit(4, surnames={"Lund"}),  # a full name nobody refers back to
        unit(5, country=True),
        unit(6, event=True, caps={"Rivas"}),
    ]
    assert chosen_units(units, Policy.events, rules) == [0, 1, 2, 6]
    assert chosen_units(units, Policy.context, rules) == [0, 1, 2, 3, 5, 6]


def test_selector_blanks_sentences_without_cues(selector) -> None:

    story = article(STORY)
    view = selector.excerpt(story)
    assert len(view.text) == len(story.text) and view.article_id == story.article_id
    assert "The weather in the city was cold" in view.text  # the lede's second sentence
    assert "Analysts expect the price of salmon" not in view.text and "Markets were calm" not in view.text
    assert "signed a trade agreement" in view.text and "criticised the sanctions" in view.text
    for start, end in selector.spans(story.text):
        assert view.text[start:end] == story.text[start:end]
