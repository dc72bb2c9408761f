"""Round 8's tighter selection: cue windows, weak cues, a possible actor, person antecedents."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.events.vocabulary import trigger_requirements
from eventwire.nlp.segment import build_segmenter
from eventwire.scale.cues import CueFinder, UnitCues
from eventwire.scale.rules import SelectionRules, SelectionRulesError, load_rules
from eventwire.scale.select import Policy, SentenceSelector, chosen_units, person_antecedent

SIGN_TREATY = {"sign": ((frozenset({"treaty"}),),), "riot": ((),)}


def toy_finder(rules: SelectionRules) -> CueFinder:
    """A finder whose only triggers are "sign" (needs "treaty") and "riot" (needs nothing)."""
    return CueFinder(
        build_segmenter(),
        lambda word: frozenset({word, word.removesuffix("ed")}),
        SIGN_TREATY,
        actor_keys=["police"],
        country_keys=[],
        rules=rules,
        stop_words=frozenset({"the", "a", "it"}),
    )


def only_unit(finder: CueFinder, text: str) -> UnitCues:
    units = finder(text)
    assert len(units) == 1, units
    return units[0]


def test_a_pattern_word_must_be_within_the_window_of_its_trigger() -> None:
    near = "They signed the treaty on Monday."
    far = "The treaty, long awaited by farmers and traders in every valley of the north, was signed."
    anywhere = toy_finder(replace(load_rules(), cue_window=0, weak_cues=frozenset()))
    windowed = toy_finder(replace(load_rules(), cue_window=4, weak_cues=frozenset()))
    assert only_unit(anywhere, near).event and only_unit(anywhere, far).event
    assert only_unit(windowed, near).event and not only_unit(windowed, far).event


def test_a_weak_cue_does_not_make_a_sentence_worth_parsing() -> None:
    text = "Crowds rioted and then signed the treaty."
    rules = replace(load_rules(), cue_window=0, weak_cues=frozenset())
    assert toy_finder(rules).event_cues(["crowds", "rioted", "and", "then", "signed", "the", "treaty"]) == {
        "riot",
        "sign",
    }
    assert only_unit(toy_finder(replace(rules, weak_cues=frozenset({"riot"}))), text).event
    assert not only_unit(toy_finder(replace(rules, weak_cues=frozenset({"riot", "sign"}))), text).event


@pytest.fixture(scope="module")
def actor_selector(selector: SentenceSelector) -> SentenceSelector:
    """The real cue pass with a possible actor required of every cue sentence."""
    rules = replace(
        selector.cues.rules, cue_needs_actor=True, actor_pronouns=frozenset({"they", "he", "she"})
    )
    return SentenceSelector(selector.cues.with_rules(rules), Policy.events)


def test_a_cue_sentence_without_a_possible_actor_is_not_parsed(actor_selector: SentenceSelector) -> None:
    assert actor_selector.spans("the storm destroyed two bridges near the river.") == []
    for text in (
        "They destroyed two bridges near the river.",  # a pronoun
        "then rebels destroyed two bridges near the river.",  # an agent noun
        "then the united nations destroyed two bridges near the river.",  # a knowledge-base name
        "the storm destroyed two bridges near Okoro's farm.",  # a capitalised word
    ):
        assert actor_selector.spans(text) == [(0, len(text))], text


def test_without_the_actor_rule_the_cue_alone_is_enough(selector: SentenceSelector) -> None:
    rules = replace(selector.cues.rules, cue_needs_actor=False)
    plain = SentenceSelector(selector.cues.with_rules(rules), Policy.events)
    text = "the storm destroyed two bridges near the river."
    assert plain.spans(text) == [(0, len(text))]


def unit(i: int, *, event=False, pronoun=False, named=False, surnames=(), caps=()) -> UnitCues:
    return UnitCues(
        (i * 10, i * 10 + 5), 8, event, named, pronoun, False, frozenset(surnames), frozenset(caps)
    )


def test_a_pronoun_brings_the_last_sentence_naming_a_person_however_far_back() -> None:
    units = [
        unit(0, named=True, surnames={"Okoro"}, caps={"Ada", "Okoro"}),  # "Ada Okoro ..."
        *[unit(i, named=True, caps={"Lagos"}) for i in range(1, 8)],  # places only
        unit(8, event=True, pronoun=True),  # "she ..."
    ]
    assert person_antecedent(units, 8) == 0
    units[4] = unit(4, named=True, caps={"Okoro", "Lagos"})  # "Okoro ... Lagos": a surname-only mention
    assert person_antecedent(units, 8) == 4
    rules = replace(
        load_rules(),
        lede_sentences=0,
        antecedent_named=False,
        antecedent_full_name=False,
        antecedent_person=True,
    )
    assert chosen_units(units, Policy.events, rules) == [4, 8]


def test_full_names_skip_leading_function_words(selector: SentenceSelector) -> None:
    assert selector.cues.surnames("In Lagos the rain stopped.") == frozenset()
    assert selector.cues.surnames("The minister met Ada Okoro.") == frozenset({"Okoro"})


def test_the_packaged_weak_cues_are_trigger_lemmas() -> None:
    requirements = trigger_requirements()
    assert load_rules().weak_cues <= requirements.keys()


def test_malformed_rules_give_a_one_line_reason(tmp_path) -> None:
    path = tmp_path / "selection.yaml"
    path.write_text("lede_sentences: 3\nlede_min_words: 6\nantecedent_pronouns: he\nantecedent_window: 5\n")
    with pytest.raises(SelectionRulesError, match="expected a list of words"):
        load_rules(path)


def test_a_loose_cue_counts_where_the_unit_names_a_person_or_a_country() -> None:
    rules = replace(load_rules(), lede_sentences=0, loose_cue_with_names=True)
    loose = UnitCues(
        (0, 5), 8, False, True, False, False, frozenset({"Okoro"}), frozenset(), loose_event=True
    )
    plain = replace(loose, surnames=frozenset())
    assert chosen_units([loose], Policy.events, rules) == [0]
    assert chosen_units([plain], Policy.events, rules) == []
    assert chosen_units([loose], Policy.events, replace(rules, loose_cue_with_names=False)) == []


def test_the_tight_rules_load_and_name_only_trigger_lemmas() -> None:
    from importlib import resources

    path = resources.files("eventwire") / "data" / "scale" / "selection_tight.yaml"
    tight = load_rules(path)
    assert tight.cue_window > 0 and tight.weak_cues <= trigger_requirements().keys()
    assert tight.loose_cue_with_names and not load_rules().weak_cues


def test_an_unfinished_unit_before_a_chosen_one_is_parsed_with_it() -> None:
    rules = replace(
        load_rules(), lede_sentences=0, cue_window=0, weak_cues=frozenset(), unfinished_previous=True
    )
    finder = toy_finder(rules)
    text = "The sky was blue in the north.\nREAD:\nThey signed the treaty.\nThe sky was grey."
    units = finder(text)
    assert [u.finished for u in units] == [True, False, True, True]
    assert chosen_units(units, Policy.events, rules) == [1, 2]
    assert chosen_units(units, Policy.events, replace(rules, unfinished_previous=False)) == [2]
    assert (
        not only_unit(finder, "Two senators, Sens.").finished and only_unit(finder, 'He said "no."').finished
    )
