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
