"""A meeting named as where an act took place ("agreed at the Lisbon summit") names no party of the
act: the place or host in its name is the venue. Sentences written for these tests; each with a twin
where the prepositional object still names whose act it was."""

from __future__ import annotations

import pytest
from event_helpers import first_of


@pytest.fixture(scope="module")
def code(resolved_code):
    """Code a text as one article with the actors stage's mentions (the packaged KB only)."""
    return resolved_code


def names(entities) -> list[str]:
    return [e.name for e in entities]


def test_a_named_summit_is_no_recipient_of_an_agreement(code) -> None:
    event = first_of(code, "At the Lisbon Summit, the allies agreed on a new strategic concept.", "AGREE")
    assert "Lisbon" not in names(event.recipient)


def test_named_talks_are_no_recipient(code) -> None:
    event = first_of(code, "During the Doha negotiations, the rebels rejected a truce.", "REJECT")
    assert not any("Doha" in n for n in names(event.recipient))


def test_twin_whose_act_an_objection_names_is_still_the_recipient(code) -> None:
    event = first_of(code, "The senator objected to the Turkish invasion.", "ACCUSE")
    assert any("Turk" in (e.mention or e.name) for e in event.recipient)


# a joint actor that names the recipient: the recipient's copy is the slip


def test_a_joint_actor_does_not_name_one_of_its_members_again_as_recipient(code) -> None:
    text = "Kenya and Uganda held talks, in which the two countries agreed on withdrawing troops from Uganda."
    event = first_of(code, text, "AGREE")
    assert {e.country for e in event.actor} == {"KEN", "UGA"}
    assert not event.recipient


def test_twin_a_group_of_a_joint_actors_country_stays_the_recipient(code) -> None:
    event = first_of(code, "Kenya and Uganda accused Ugandan rebels of the attack.", "ACCUSE")
    assert [e.mention for e in event.recipient] == ["Ugandan rebels"]
