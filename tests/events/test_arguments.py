"""Actors and recipients: meetings, visits, hosting, compound actors, passives, unresolved phrases."""

from __future__ import annotations


def mentions(entities):
    return {e.mention for e in entities}


def test_a_meeting_lists_all_participants_as_actors(code):
    events, _ = code("Iran met Iraq and Turkey in Tehran on Sunday.")
    assert [e.event_type for e in events] == ["CONSULT"]
    assert mentions(events[0].actor) == {"Iran", "Iraq", "Turkey"}
    assert events[0].recipient == []


def test_meeting_with_partner(code):
    events, _ = code("The Peruvian president met with the Chilean foreign minister in Lima.")
    assert [e.event_type for e in events] == ["CONSULT"]
    assert len(events[0].actor) == 2 and events[0].recipient == []


def test_visit_has_visitor_as_actor_and_host_as_recipient(code):
    events, _ = code("The French president visited Egypt on Tuesday.")
    assert [(e.event_type, e.mode) for e in events] == [("CONSULT", "visit")]
    assert mentions(events[0].recipient) == {"Egypt"}


def test_hosting_puts_the_visitor_first(code):
    events, _ = code("Japan hosted a delegation from Canada in Tokyo.")
    assert [(e.event_type, e.mode) for e in events] == [("CONSULT", "visit")]
    assert "Canada" in mentions(events[0].actor)
    assert mentions(events[0].recipient) == {"Japan"}


def test_compound_actor_is_one_event_with_two_actors(code):
    events, _ = code("The United States and France condemned Russia on Friday.")
    assert [e.event_type for e in events] == ["ACCUSE"]
    assert mentions(events[0].actor) == {"The United States", "France"}
    assert mentions(events[0].recipient) == {"Russia"}


def test_passive_voice_swaps_roles(code):
    events, _ = code("Two journalists were arrested by Egypt on Monday.")
    assert [e.event_type for e in events] == ["COERCE"]
    assert mentions(events[0].actor) == {"Egypt"}
    assert mentions(events[0].recipient) == {"Two journalists"}


def test_resolved_mentions_carry_their_entity(code):
    events, _ = code("Russia attacked Ukraine on Thursday.")
    actor, recipient = events[0].actor[0], events[0].recipient[0]
    assert (actor.country, recipient.country) == ("RUS", "UKR")
    assert actor.span == (0, 6)


def test_argument_without_a_mention_is_kept_as_text(code):
    events, _ = code("Masked men kidnapped three aid workers on Sunday.")
    assert [(e.event_type, e.mode) for e in events] == [("ASSAULT", "abduct")]
    assert mentions(events[0].actor) == {"Masked men"}
    assert events[0].actor[0].kb_id is None


def test_pronoun_subject_of_reported_clause_is_the_reporter(code):
    events, _ = code("Kenya said it had released the detained sailors.")
    assert [e.event_type for e in events] == ["RETREAT"]
    assert mentions(events[0].actor) == {"Kenya"}
