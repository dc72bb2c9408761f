"""Round 23: whole records. Coordinated passives share their "by" agent and their undergoer, a gerund after
a passive is its subject's act, a document speaks for its author, a tally stands for the people it counts,
what an attack uses is no recipient. Sentences written for these tests; each rule with a twin where it must
not fire."""

from __future__ import annotations

import pytest
from event_helpers import first_of

from eventwire.events.entities import dedupe
from eventwire.records import Entity


@pytest.fixture(scope="module")
def code(resolved_code):
    """Code a text as one article with the actors stage's mentions (the packaged KB only)."""
    return resolved_code


def names(entities) -> list[str]:
    return [e.name for e in entities]


# "have been detained and forcibly disappeared by the rebels": the agent of the last participle is both's


def test_a_coordinated_participle_shares_its_agent(code) -> None:
    text = "According to the monitor, 800 people have been detained and forcibly disappeared by the rebels."
    event = first_of(code, text, "COERCE")
    assert names(event.actor) == ["rebels"]


def test_twin_a_participle_with_its_own_auxiliary_keeps_its_agent(code) -> None:
    event = first_of(code, "He was shot and his brother was arrested by police.", "COERCE")
    assert names(event.actor) == ["police"]
    assert names(event.recipient) == ["his brother"]


# "had sneaked into a convoy and were later identified and arrested": the fighters were arrested


def test_a_bare_participle_after_a_coordinated_passive_shares_its_undergoer(code) -> None:
    text = "Rebel fighters had sneaked into a convoy and were later identified and arrested at a checkpoint."
    event = first_of(code, text, "COERCE")
    assert event.actor == []
    assert names(event.recipient) == ["Rebel fighters"]


def test_twin_an_active_coordinated_verb_keeps_the_subject_as_actor(code) -> None:
    event = first_of(code, "Rebel fighters sneaked into the town and arrested two officials.", "COERCE")
    assert names(event.actor) == ["Rebel fighters"]


# "was jailed for shooting a burglar": whoever was jailed shot; "jailed the farmer for shooting": the farmer


def test_a_gerund_after_a_passive_is_its_subjects_act(code) -> None:
    event = first_of(code, "The farmer was jailed for shooting a burglar.", "ASSAULT")
    assert names(event.actor) == ["farmer"]
    assert names(event.recipient) == ["burglar"]


def test_a_gerund_after_an_object_noun_is_the_objects_act(code) -> None:
    event = first_of(code, "The court jailed the farmer for shooting a burglar.", "ASSAULT")
    assert names(event.actor) == ["farmer"]


def test_people_praised_for_an_act_did_it(code) -> None:
    event = first_of(code, "The minister praised the police for arresting the gang.", "COERCE")
    assert names(event.actor) == ["police"]


def test_twin_a_gerund_after_an_active_clause_is_its_subjects_act(code) -> None:
    event = first_of(code, "Police searched the house after arresting two men.", "COERCE")
    assert names(event.actor) == ["Police"]


# "a total of 31 minors have been killed": the minors are the recipient


def test_a_tally_stands_for_the_people_it_counts(code) -> None:
    event = first_of(code, "A total of 31 minors have been killed by police since June.", "ASSAULT")
    assert names(event.recipient) == ["31 minors"]


def test_twin_a_bare_count_of_people_is_the_recipient_as_before(code) -> None:
    event = first_of(code, "31 minors have been killed by police since June.", "ASSAULT")
    assert names(event.recipient) == ["31 minors"]


# "issued resolutions condemning", "a letter from the ministry denying": the author speaks, not the paper


def test_resolutions_speak_for_whoever_issued_them(code) -> None:
    text = "The council has issued more than 60 resolutions condemning the country's record."
    event = first_of(code, text, "ACCUSE")
    assert names(event.actor) == ["council"]


def test_a_letter_speaks_for_its_sender_to_its_receiver(code) -> None:
    text = "Amnesty International received a letter from the Interior Ministry denying the permit."
    event = first_of(code, text, "REJECT")
    assert names(event.actor) == ["Interior Ministry"]
    assert names(event.recipient) == ["Amnesty International"]


def test_twin_a_statement_issued_still_speaks_for_its_issuer(code) -> None:
    event = first_of(code, "The ministry issued a statement condemning the attack.", "ACCUSE")
    assert names(event.actor) == ["ministry"]


# "used water canons and tear gas against protesters": the weapons are the means


def test_what_an_attack_uses_is_no_recipient(code) -> None:
    text = "In the city, the police used water canons and tear gas against protesters."
    event = first_of(code, text, "ASSAULT")
    assert names(event.recipient) == ["protesters"]


def test_twin_force_used_against_protesters_names_them(code) -> None:
    event = first_of(code, "The police used force against protesters.", "ASSAULT")
    assert names(event.recipient) == ["protesters"]


# "seized the substance", "prohibiting enforcement of the travel ban": no party


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The police seized the substance on Monday.", "COERCE"),
        ("A judge issued an injunction prohibiting enforcement of the travel ban.", "COERCE"),
    ],
)
def test_a_substance_or_an_enforcement_is_no_party(code, text: str, event_type: str) -> None:
    assert first_of(code, text, event_type).recipient == []


def test_twin_a_suspect_seized_is_the_recipient(code) -> None:
    event = first_of(code, "The police seized the suspect on Monday.", "COERCE")
    assert names(event.recipient) == ["suspect"]


# "launched an offensive to oust the rebels": the purpose names the target


@pytest.mark.parametrize(
    "text",
    [
        "The army launched an offensive to oust the rebels from the city.",
        "The army launched an offensive last month, in an effort to drive out the militias.",
    ],
)
def test_the_purpose_of_an_offensive_names_its_target(code, text: str) -> None:
    event = first_of(code, text, "ASSAULT")
    assert len(event.recipient) == 1
    assert event.recipient[0].name in ("rebels", "militias")


def test_twin_an_offensive_to_help_names_no_target(code) -> None:
    event = first_of(code, "The army launched an offensive to help the refugees.", "ASSAULT")
    assert event.recipient == []


# "released from a Wisconsin jail": the jail is where the captive was


def test_a_jail_someone_is_released_from_is_no_party(code) -> None:
    event = first_of(code, "The suspect was released from a Wisconsin jail on Friday.", "RETREAT")
    assert "Wisconsin jail" not in names(event.recipient)


def test_twin_a_jail_stormed_is_the_target(code) -> None:
    event = first_of(code, "Gunmen stormed a Wisconsin jail on Friday.", "COERCE")
    assert names(event.recipient) == ["Wisconsin jail"]


# "a criminal investigation of X's lending practices": X is investigated


def test_the_owner_of_what_an_investigation_examines_is_the_recipient(code) -> None:
    text = "The ministry launched a criminal investigation of Zenith Bank's lending practices."
    event = first_of(code, text, "ACCUSE")
    assert names(event.recipient) == ["Zenith Bank"]


def test_twin_an_investigation_of_unowned_practices_names_no_one(code) -> None:
    text = "The ministry launched a criminal investigation of the lending practices."
    event = first_of(code, text, "ACCUSE")
    assert event.recipient == []


# "called on them to lay down their arms": the pronoun stands for the rebels met before


def test_a_pronoun_called_on_is_the_recipient(code) -> None:
    text = "The minister met the rebels and called on them to lay down their arms."
    event = first_of(code, text, "REQUEST")
    assert names(event.recipient) == ["rebels"]


def test_twin_a_pronoun_with_no_antecedent_names_no_one(code) -> None:
    event = first_of(code, "The minister called on them to lay down their arms.", "REQUEST")
    assert event.recipient == []


# "X is one of the few senators who have condemned ...": X condemned


def test_one_of_a_class_acts_for_the_class_clause(code) -> None:
    text = "Senator Mary Collins is one of the few senators who have condemned the strikes."
    event = first_of(code, text, "ACCUSE")
    assert names(event.actor) == ["Mary Collins"]


def test_twin_a_class_with_no_member_named_acts_itself(code) -> None:
    event = first_of(code, "The few senators who have backed the bill met on Monday.", "SUPPORT")
    assert names(event.actor) == ["senators"]


# "shot Khan ... aiming at him": a pronoun resolved to a party already listed is no second party


def test_a_pronoun_standing_for_a_listed_party_is_dropped() -> None:
    named = Entity(name="Sam Okoro", mention="Okoro", kb_id=None, country=None, sectors=[], span=(40, 45))
    pronoun = Entity(name="Sam Okoro", mention="him", kb_id=None, country=None, sectors=[], span=(20, 23))
    assert dedupe([named, pronoun]) == [named]


def test_twin_a_pronoun_standing_for_someone_else_stays() -> None:
    named = Entity(name="Sam Okoro", mention="Okoro", kb_id=None, country=None, sectors=[], span=(40, 45))
    pronoun = Entity(name="Ada Bello", mention="him", kb_id=None, country=None, sectors=[], span=(20, 23))
    assert dedupe([named, pronoun]) == [named, pronoun]


# "killed while embedded with militia fighters attacking the town": the fighters' attack is another happening


def test_a_participle_describing_a_party_is_no_part_of_the_killing(code) -> None:
    text = "A local photographer was killed while embedded with militia fighters attacking the town."
    events, _ = code(text)
    killing = next(e for e in events if "local photographer" in names(e.recipient))
    assert names(killing.recipient) == ["local photographer"]
    assert killing.actor == []


def test_twin_a_participle_on_the_attack_itself_is_one_happening(code) -> None:
    events, _ = code("A bombing killing five people hit the market on Monday.")
    assert [names(e.recipient) for e in events if e.event_type == "ASSAULT"] == [["people"]]
