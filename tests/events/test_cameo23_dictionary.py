"""Round 23: the CAMEO verb dictionary's patterns. A verb entry with a fixed object ("take leave") lends its
lemma to none of its block's patterns ("called off the trip" is no "took a trip"); a dictionary pattern of a
type that needs a party on the other side (COOPERATE, AID, SANCTION, REQUEST, CONSULT) codes nothing without
a recipient ("paid 2 million dollars in taxes", "need help", "sent a letter of support"); block patterns
whose CAMEO code is no PLOVER event by the current manual are left out (appointing a minister, announcing
plans, holding or voting in elections, using aircraft, handling a situation, redoubling efforts, a reaffirmed
determination, interviewing refugees), and research is no investigation; a bare dictionary verb of violence or
confinement needs a party, a place or people as its object ("decimated the economy" is no ASSAULT). Sentences
written for these tests; each probe has a twin that keeps its event."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_helpers import types

from eventwire.events.patterns import build_lexicon, data_dir, read_tsv, read_yaml


@pytest.mark.parametrize(
    ("text", "lost", "twin", "kept"),
    [
        (
            "The Kenyan president took a two-day trip to Moscow.",
            "SANCTION",
            "Kenya called off the trip to Moscow on Monday.",
            "SANCTION",
        ),
        (
            "France paid 2 million dollars in fines last year.",
            "COOPERATE",
            "Germany paid 2 million dollars to Jordan for the refugee camps.",
            "COOPERATE",
        ),
        (
            "The Nigerian army bought new weapons last year.",
            "COOPERATE",
            "Egypt bought weapons from Russia last year.",
            "COOPERATE",
        ),
        (
            "Japan gave 5 million euros last year.",
            "AID",
            "Japan gave 5 million euros to Kenya for the drought.",
            "AID",
        ),
        (
            "Kenya needs help after the floods.",
            "REQUEST",
            "Syria needs support from Russia, the minister said.",
            "REQUEST",
        ),
        (
            "The Egyptian president sent a letter of support before the signing.",
            "CONSULT",
            "The prime minister sent a message to the Egyptian president on Monday.",
            "CONSULT",
        ),
        (
            "The Syrian army used helicopters to carry the wounded.",
            "ACCUSE",
            "The Syrian army used car bombs against the rebels.",
            "ASSAULT",
        ),
        (
            "The Democratic Party held primary elections in four states on Tuesday.",
            "AGREE",
            "The military junta agreed to hold elections next year.",
            "AGREE",
        ),
    ],
)
def test_the_dictionary_pattern_codes_no_event_and_its_twin_keeps_it(
    resolved_code, text: str, lost: str, twin: str, kept: str
) -> None:
    assert lost not in types(resolved_code(text)[0]), text
    assert kept in types(resolved_code(twin)[0]), twin


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese president appointed a new minister on Monday.",
        "The Sudanese president appointed his chief of staff as prime minister on Monday.",
        "Two million Kenyans voted in the election on Sunday.",
    ],
)
def test_appointments_and_votes_are_no_cooperation(resolved_code, text: str) -> None:
    assert not types(resolved_code(text)[0]) & {"COOPERATE", "AGREE"}, text


def test_a_fixed_object_verb_takes_none_of_its_blocks_patterns() -> None:
    lexicon = build_lexicon()
    take = {p.source for p in lexicon.verbs["take"].all()}
    call = {p.source for p in lexicon.verbs["call"].all()}
    trip = next(r["source"] for r in read_tsv(data_dir() / "cameo_patterns.tsv") if r["nouns"] == "trip")
    assert (
        trip in call and trip not in take
    )  # "call off" is in the block; "take leave" is too, with its object


def test_dictionary_patterns_of_addressed_types_need_a_recipient() -> None:
    lexicon = build_lexicon()
    cameo = [p for e in lexicon.verbs.values() for p in e.all() if p.source.startswith("CAMEO")]
    assert all(p.needs_recipient for p in cameo if p.event_type in {"COOPERATE", "AID", "REQUEST"})
    assert not any(p.needs_recipient for p in cameo if p.event_type in {"ASSAULT", "ACCUSE", "AGREE"})
    curated = [p for e in lexicon.verbs.values() for p in e.all() if p.source == "triggers.yaml"]
    assert {p.lemma for p in curated if p.needs_recipient} == {"express"}  # round 24: a wish needs someone


def test_patterns_of_no_event_are_left_out_of_the_built_table() -> None:
    sources = {r["source"] for r in read_tsv(Path(data_dir()) / "cameo_patterns.tsv")}
    overrides = read_yaml("cameo_overrides.yaml")
    dropped = [line for line, code in overrides["pattern_codes"].items() if code is None]
    assert dropped and not {f"CAMEO.2.0.txt:{line}" for line in dropped} & sources
    assert "CAMEO.2.0.txt:4219" in sources  # "use weapons" stays


@pytest.mark.parametrize(
    ("text", "lost", "twin", "kept"),
    [
        (
            "The Kenyan government has redoubled its efforts to stop the smugglers.",
            "MOBILIZE",
            "Kenya redoubled its military presence along the border.",
            "MOBILIZE",
        ),
        (
            "The Kenyan reporter interviewed refugees in Jordan.",
            "ACCUSE",
            "Kenyan police interrogated the refugees on Monday.",
            "ACCUSE",
        ),
        (
            "Research conducted by the Kenyan ministry found that prices had risen.",
            "ACCUSE",
            "The Kenyan government ordered an inquiry into the killings.",
            "ACCUSE",
        ),
        (
            "The Kenyan government handled the situation well.",
            "ACCUSE",
            "The Kenyan ministry conducted an investigation into the killings.",
            "ACCUSE",
        ),
        (
            "France reaffirmed its determination to win the election.",
            "AGREE",
            "France reaffirmed its commitment to the African Union on Monday.",
            "SUPPORT",
        ),
    ],
)
def test_a_recoded_pattern_codes_no_event_and_its_twin_keeps_it(
    resolved_code, text: str, lost: str, twin: str, kept: str
) -> None:
    assert lost not in types(resolved_code(text)[0]), text
    assert kept in types(resolved_code(twin)[0]), twin


@pytest.mark.parametrize(
    ("text", "lost", "twin", "kept"),
    [
        (
            "Kenya devastated the local car industry with its tariffs.",
            "ASSAULT",
            "The rebels devastated the town of Goma last week.",
            "ASSAULT",
        ),
        (
            "The Kenyan army decimated the local economy.",
            "ASSAULT",
            "Kenyan police decimated the rebel group.",
            "ASSAULT",
        ),
        (
            "Kenya flattened the curve of infections.",
            "ASSAULT",
            "Kenyan troops flattened the village.",
            "ASSAULT",
        ),
        (
            "The United States confined its role in the war to air strikes.",
            "COERCE",
            "The Kenyan police confined the activists to their homes.",
            "COERCE",
        ),
        (
            "The Kenyan court disallowed the evidence.",
            "COERCE",
            "The Kenyan government forbade the protest on Monday.",
            "COERCE",
        ),
    ],
)
def test_a_bare_dictionary_verb_needs_its_kind_of_object(
    resolved_code, text: str, lost: str, twin: str, kept: str
) -> None:
    assert lost not in types(resolved_code(text)[0]), text
    assert kept in types(resolved_code(twin)[0]), twin
