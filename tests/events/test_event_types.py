"""Each PLOVER event type is coded from a plain news sentence, with its quad class."""

from __future__ import annotations

import pytest

SENTENCES = [
    ("AGREE", "Canada and Chile agreed on Tuesday to cooperate on fisheries enforcement."),
    ("CONSULT", "The foreign minister of Norway met his Kenyan counterpart in Nairobi on Monday."),
    ("SUPPORT", "The government of Peru praised Chile for its handling of the border dispute."),
    ("CONCEDE", "The military government lifted the nationwide curfew on Sunday."),
    ("COOPERATE", "Kenya extradited two suspects to Germany last week."),
    ("AID", "Japan sent emergency food aid to flood victims in Kenya."),
    ("RETREAT", "Rebel fighters released twelve hostages on Friday."),
    ("REQUEST", "The opposition leader urged the president to resign."),
    ("ACCUSE", "Iran accused Israel of sabotaging its nuclear facility."),
    ("REJECT", "The parliament rejected the peace plan on Wednesday."),
    ("THREATEN", "Russia threatened Ukraine with severe consequences."),
    ("PROTEST", "Thousands of teachers protested outside the education ministry on Monday."),
    ("SANCTION", "The European Union imposed sanctions on three Russian banks."),
    ("MOBILIZE", "Turkey deployed additional troops along its southern border."),
    ("COERCE", "Police arrested forty protesters in the capital on Saturday."),
    ("ASSAULT", "Gunmen attacked a police station in the north of the country, killing four officers."),
]

QUADS = {
    "AGREE": "verbal cooperation",
    "CONSULT": "verbal cooperation",
    "SUPPORT": "verbal cooperation",
    "CONCEDE": "verbal cooperation",
    "COOPERATE": "material cooperation",
    "AID": "material cooperation",
    "RETREAT": "material cooperation",
    "REQUEST": "verbal conflict",
    "ACCUSE": "verbal conflict",
    "REJECT": "verbal conflict",
    "THREATEN": "verbal conflict",
    "PROTEST": "material conflict",
    "SANCTION": "material conflict",
    "MOBILIZE": "material conflict",
    "COERCE": "material conflict",
    "ASSAULT": "material conflict",
}


@pytest.mark.parametrize(("expected", "text"), SENTENCES, ids=[s[0] for s in SENTENCES])
def test_each_type_is_coded_with_its_quad_class(code, expected, text):
    events, _ = code(text)
    assert [e.event_type for e in events] == [expected]
    assert events[0].quad_class == QUADS[expected]


def test_all_sixteen_types_are_covered():
    assert {t for t, _ in SENTENCES} == set(QUADS)


@pytest.mark.parametrize(
    ("text", "event_type", "mode"),
    [
        ("Israeli warplanes carried out airstrikes on Gaza overnight.", "ASSAULT", "aerial"),
        ("Hundreds of dock workers went on strike over pay on Monday.", "PROTEST", "strike"),
        ("The interior minister resigned on Thursday after the scandal.", "RETREAT", "resign"),
        ("Iran accused Israel of sabotaging its nuclear facility.", "ACCUSE", "allege"),
        ("Police arrested forty protesters in the capital on Saturday.", "COERCE", "arrest"),
    ],
)
def test_modes_come_from_the_pattern_or_the_sentence(code, text, event_type, mode):
    events, _ = code(text)
    coded = [e for e in events if e.event_type == event_type]
    assert coded and coded[0].mode == mode


def test_event_nouns_with_support_verbs_are_triggers(code):
    events, _ = code("France and Germany held talks on energy security in Berlin on Friday.")
    assert [e.event_type for e in events] == ["CONSULT"]
    assert {e.mention for e in events[0].actor} == {"France", "Germany"}


def test_a_merely_mentioned_event_noun_is_not_an_event(code):
    events, _ = code("The report discussed the history of sanctions in the region.")
    assert events == []


def test_sentence_without_any_trigger_gives_nothing(code):
    events, _ = code("The weather in the capital was mild for the season.")
    assert events == []
