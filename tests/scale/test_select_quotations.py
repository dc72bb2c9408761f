"""Round 19: the fast path parses a statement's quotation with the speech verb that attributes it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from scale_texts import article

from eventwire.nlp.segment import build_segmenter
from eventwire.pipeline import Stages, analyse
from eventwire.scale.cues import CueFinder
from eventwire.scale.quotes import outside_quotations
from eventwire.scale.rules import SelectionRules, load_rules
from eventwire.scale.select import SentenceSelector, chosen_units

RIOT = {"riot": ((),)}  # the toy finder's only trigger, needing no other word
QUOTES = replace(load_rules(), quotation_sentences=True, quotation_continuations=True)
NO_QUOTES = replace(QUOTES, quotation_sentences=False, quotation_continuations=False)


def toy_finder(rules: SelectionRules) -> CueFinder:
    """A finder whose only trigger is "riot"; speech verbs are the events stage's."""
    return CueFinder(
        build_segmenter(),
        lambda word: frozenset({word}),
        RIOT,
        actor_keys=["police"],
        country_keys=[],
        rules=rules,
        stop_words=frozenset({"the", "a", "it", "they"}),
    )


def chosen_texts(rules: SelectionRules, text: str) -> list[str]:
    finder = toy_finder(rules)
    units = finder(text)
    return [text[slice(*units[i].span)] for i in chosen_units(units, "events", rules)]


OPENING = (  # an event cue, and a lede (three sentences of six words or more) the rest follows
    "Youths rioted in the old port on Sunday night. Most shops along the quay stayed shut on Monday. "
    "Buses ran late all morning across the city. "
)


def test_a_quotation_with_its_speech_verb_is_parsed() -> None:
    said = '"Nobody here has slept for three nights in a row," Ana Rivas says.'
    assert said in chosen_texts(QUOTES, OPENING + said)
    assert said not in chosen_texts(NO_QUOTES, OPENING + said)


def test_every_sentence_of_a_quotation_comes_with_its_attribution() -> None:
    first, second = '"We stayed open through all of it.', 'Nobody can make us leave now," Ana Rivas says.'
    chosen = chosen_texts(QUOTES, OPENING + first + " " + second)
    assert first in chosen and second in chosen


def test_a_quoted_title_without_a_speech_verb_is_not() -> None:
    title = 'The festival showed "A Long Walk Down the Valley" last year.'
    assert title not in chosen_texts(QUOTES, OPENING + title)


def test_a_speech_verb_inside_the_quotation_does_not_attribute_it() -> None:
    inside = 'Posters read "they say we will never give up here" on every wall.'
    assert inside not in chosen_texts(QUOTES, OPENING + inside)
    outside = outside_quotations(inside, (0, len(inside)), [(14, 47)])
    assert "say" not in outside and outside.startswith("Posters read") and outside.endswith("on every wall.")


def test_the_attribution_after_the_closing_mark_comes_with_the_quotation() -> None:
    quote = '"We will rebuild every shop on this street."'
    attribution = "Marta Lind says."  # "says", not "said": the toy finder has no lemmatizer
    chosen = chosen_texts(QUOTES, OPENING + quote + " " + attribution)
    assert quote in chosen and attribution in chosen


def test_a_quotation_standing_alone_right_after_a_chosen_one_continues_it() -> None:
    said = '"Nobody here has slept for three nights in a row," Ana Rivas says.'
    more = '"The noise starts after midnight and goes on until dawn."'
    assert more in chosen_texts(QUOTES, OPENING + said + " " + more)
    no_continuations = replace(QUOTES, quotation_continuations=False)
    assert more not in chosen_texts(no_continuations, OPENING + said + " " + more)


def test_a_quotation_standing_alone_after_the_writer_s_own_sentence_is_not() -> None:
    said = '"Nobody here has slept for three nights in a row," Ana Rivas says.'
    more = '"The noise starts after midnight and goes on until dawn."'
    text = OPENING + said + " The mayor was away. " + more
    assert more not in chosen_texts(QUOTES, text)


def test_a_pronoun_speaker_brings_the_sentence_naming_the_person() -> None:
    named = "Ana Rivas runs a bakery by the harbour."
    said = '"Nobody here has slept for three nights in a row," she says.'
    chosen = chosen_texts(QUOTES, OPENING + named + " " + said)
    assert said in chosen and named in chosen


def test_an_article_without_an_event_cue_is_still_not_parsed() -> None:
    calm = 'The harbour was quiet. "It has been a very calm summer for all of us," Ana Rivas says.'
    assert chosen_texts(QUOTES, calm) == []


@pytest.fixture(scope="module")
def quotation_stages(stages: Stages, selector: SentenceSelector) -> tuple[Stages, Stages]:
    """The fast path with the quotation rule, and without it."""
    with_quotes = SentenceSelector(selector.cues.with_rules(QUOTES))
    without = SentenceSelector(selector.cues.with_rules(NO_QUOTES))
    return replace(stages, selector=with_quotes), replace(stages, selector=without)


STATEMENTS = (
    "Police arrested three protesters in Nairobi on Monday. The weather has been dry for months.\n"
    '"We are running out of water and time for the herders," said Mary Wanjiru, a local official. '
    '"The next rains are not due until April at the earliest."\n'
    'The river is low. "Nobody knows how long the cattle can last out here," Peter Otieno said.\n'
    'Farmers planted late. "It is a disaster for every family in the valley," he said.\n'
)


def test_the_fast_path_stores_the_statements_the_full_path_stores(stages, quotation_stages) -> None:
    fast, without = quotation_stages
    text = article(STATEMENTS)

    def statements(these: Stages) -> list[tuple[str, str | None]]:
        quotes = next(iter(analyse(these, [text]))).quotes
        return [(q.text.split()[0], q.speaker.name if q.speaker else None) for q in quotes]

    exact = statements(stages)
    assert ("Nobody", "Peter Otieno") in exact and ("It", "Peter Otieno") in exact
    assert statements(fast) == exact
    assert ("Nobody", "Peter Otieno") not in statements(without)
