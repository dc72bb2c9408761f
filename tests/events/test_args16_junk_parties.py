"""Round 16: a party that is no party — a number, an ordinal, a quantity, a weapon, an abstract noun — is
dropped from an event's actors and recipients (``events/party_kinds.py``), by what the mention is, not by its
text (sentences written for these tests; each rule with a twin where it must not fire)."""

from __future__ import annotations

from event_helpers import of_type

from eventwire.events.party_kinds import noun_kind, noun_kinds


def parties(code, text: str, event_type: str) -> tuple[list[str], list[str]]:
    events, _ = code(text)
    found = of_type(events, event_type)
    assert found, [e.event_type for e in events]
    return [e.mention for e in found[0].actor], [e.mention for e in found[0].recipient]


def test_the_noun_kinds_are_data_with_every_kind(code) -> None:
    kinds = set(noun_kinds().values())
    assert {"weapon", "object", "body_part", "quantity", "abstract"} <= kinds
    assert noun_kinds()["knife"] == "weapon" and noun_kinds()["swath"] == "quantity"


def test_a_swath_of_land_seized_is_no_recipient(code) -> None:
    _, recipients = parties(code, "A Kurdish militia seized a swath of farmland near the border.", "COERCE")
    assert recipients == []


def test_a_number_of_soldiers_attacked_are_the_recipients(code) -> None:
    _, recipients = parties(code, "Militants attacked a number of soldiers at the checkpoint.", "ASSAULT")
    assert recipients == ["soldiers"]


def test_the_counts_of_a_conviction_are_no_recipient(code) -> None:
    _, recipients = parties(code, "Senator Brown was found guilty on all counts.", "SANCTION")
    assert recipients == ["Brown"]


def test_an_ordinal_is_no_actor(code) -> None:
    actors, _ = parties(
        code, "The first accused the mayor of fraud, and the second accused him of bribery.", "ACCUSE"
    )
    assert actors == []


def test_months_of_records_seized_are_no_recipient(code) -> None:
    _, recipients = parties(code, "Police seized six months of records from the office.", "COERCE")
    assert recipients == []


def test_a_count_beside_the_people_it_counts_is_dropped(code) -> None:
    _, recipients = parties(code, "Two soldiers and one more were killed by the rebels.", "ASSAULT")
    assert recipients == ["Two soldiers"]


def test_a_count_beside_a_named_victim_is_dropped(code) -> None:
    _, recipients = parties(code, "Rebels killed 14 and the mayor.", "ASSAULT")
    assert recipients == ["mayor"]


def test_a_number_is_no_actor(code) -> None:
    actors, _ = parties(code, "The two agreed to meet again in March.", "AGREE")
    assert actors == []


def test_a_lone_count_of_victims_keeps_the_event_but_lists_no_party(code) -> None:
    """Round 26's convention: the count still weighs as victims (the killing is coded), listed as no one."""
    actors, recipients = parties(code, "Gunmen killed twelve in the market on Sunday.", "ASSAULT")
    assert actors == ["Gunmen"] and recipients == []


def test_an_owned_weapon_stands_for_its_owner(code) -> None:
    actors, _ = parties(code, "Syrian army rockets struck the village on Monday.", "ASSAULT")
    assert actors == ["Syrian"]


def test_a_proposal_with_a_named_maker_stands_for_it(code) -> None:
    _, recipients = parties(code, "The minister welcomed the Kenyan proposal.", "SUPPORT")
    assert recipients == ["Kenyan"]


def test_a_deal_is_no_participant_of_talks(code) -> None:
    actors, _ = parties(code, "The deal to open talks with Kenya came despite protests.", "CONSULT")
    assert actors == ["Kenya"]


def test_a_kind_is_read_from_the_lemma(nlp) -> None:
    doc = nlp("They hid the knives in the cars.")
    assert noun_kind(doc[3]) == "weapon" and noun_kind(doc[6]) == "object" and noun_kind(doc[0]) is None


def test_a_bare_more_beside_the_counted_people_is_dropped(code) -> None:
    _, recipients = parties(code, "Armed groups killed 130 people and wounded hundreds more.", "ASSAULT")
    assert recipients == ["130 people"]


def test_navy_seals_are_people_not_animals(code) -> None:
    _, recipients = parties(code, "Gunmen wounded three additional SEALs in the raid on Sunday.", "ASSAULT")
    assert recipients == ["three additional SEALs"]
