"""Round 14: who did it to whom on real news — datelines are no actors, "among" names bystanders when the
trigger has its own actor, an apology welcomed is the apologiser's, a handed-over suspect is no recipient
(sentences written for these tests; each rule with a twin where it must not fire)."""

from __future__ import annotations

from event_helpers import of_type


def parties(code, text: str, event_type: str) -> tuple[list[str], list[str]]:
    events, _ = code(text)
    found = of_type(events, event_type)
    assert found, [e.event_type for e in events]
    return [e.mention for e in found[0].actor], [e.mention for e in found[0].recipient]


def names(code, text: str, event_type: str) -> tuple[list[str], list[str]]:
    events, _ = code(text)
    found = of_type(events, event_type)
    assert found, [e.event_type for e in events]
    return [e.name for e in found[0].actor], [e.name for e in found[0].recipient]


def test_a_dateline_with_a_credit_is_no_actor(code) -> None:
    actors, recipients = parties(
        code,
        "LONDON, March 3 (Reuters) - Britain's finance minister urged the banks to lend more.",
        "REQUEST",
    )
    assert actors == ["Britain"]  # the minister's mention (the parser took LONDON for the subject)
    assert recipients == ["banks"]


def test_a_dateline_with_a_country_is_no_actor(code) -> None:
    actors, _ = parties(
        code, "Lima, Peru - The main opposition party has urged Chile to return the prisoners.", "REQUEST"
    )
    assert "Lima" not in actors and any("party" in a for a in actors)


def test_a_name_set_off_by_dashes_is_still_the_actor(code) -> None:
    actors, _ = parties(code, "Hamas - the Islamist movement - attacked Israel on Monday.", "ASSAULT")
    assert actors == ["Hamas"]


def test_among_civilians_is_where_the_troops_fought(code) -> None:
    actors, _ = parties(
        code, "Government troops were forced to fight among civilians in the old city.", "ASSAULT"
    )
    assert actors == ["troops"] or actors == ["Government troops"]


def test_fighting_among_factions_names_the_fighters(code) -> None:
    actors, _ = parties(code, "Fighting among rival militias killed ten people in the port.", "ASSAULT")
    assert any("militias" in a for a in actors)


def test_whose_apology_was_welcomed_is_the_recipient(code) -> None:
    _, recipients = names(
        code,
        "Senator Smith insulted the governor on Monday. The governor welcomed his apology on Tuesday.",
        "SUPPORT",
    )
    assert recipients == ["Senator Smith"] or recipients == ["Smith"]


def test_a_defended_record_is_no_one_elses(code) -> None:
    text = "Senator Smith insulted the governor on Monday. The governor defended his record on Tuesday."
    events, _ = code(text)
    # round 19 (senses.own_deed): one's own record defended is no SUPPORT at all; nothing coded is Smith's
    assert all(not e.recipient for e in of_type(events, "SUPPORT"))


def test_a_suspect_handed_over_is_no_recipient(code) -> None:
    actors, recipients = parties(code, "Chile handed over the two suspects to Argentina.", "COOPERATE")
    assert actors == ["Chile"] and recipients == ["Argentina"]


def test_a_receiver_hung_on_the_object_is_the_recipient(code) -> None:
    events, _ = code("The Chilean government offered to hand over the two suspects to Argentina on Monday.")
    assert events and all([e.mention for e in ev.recipient] == ["Argentina"] for ev in events)


def test_a_deportation_keeps_the_deported(code) -> None:
    _, recipients = parties(code, "Police deported the migrants to Mexico.", "COERCE")
    assert "migrants" in recipients


def test_a_demand_reiterated_is_the_actors_own(code) -> None:
    _, recipients = parties(
        code,
        "The United Nations reiterated its demand today that Israel ease restrictions"
        " on the movement of workers.",
        "REQUEST",
    )
    assert recipients == ["Israel"]


def test_whose_removal_is_called_for_is_the_recipient(code) -> None:
    _, recipients = parties(
        code, "Opposition lawmakers called for the minister's removal after the scandal.", "REQUEST"
    )
    assert recipients == ["minister"]


def test_a_removal_of_their_own_names_no_recipient(code) -> None:
    _, recipients = parties(
        code, "Opposition lawmakers called for their removal after the scandal.", "REQUEST"
    )
    assert recipients == []


def test_whoever_posted_on_a_platform_blames(code) -> None:
    actors, recipients = parties(
        code, "The secretary of state posted a message on Twitter blaming Iran for the attacks.", "ACCUSE"
    )
    assert "Twitter" not in actors and recipients == ["Iran"]


def test_a_named_group_blaming_someone_is_the_actor(code) -> None:
    actors, _ = parties(code, "Hamas issued a statement on Monday blaming Israel for the attacks.", "ACCUSE")
    assert actors == ["Hamas"]


def test_a_target_belonging_to_a_named_owner_stands_for_it(code) -> None:
    _, recipients = parties(code, "Rebels attacked a ship belonging to Iran.", "ASSAULT")
    assert recipients == ["Iran"]


def test_a_target_carrying_something_to_a_named_place_stays_the_target(code) -> None:
    _, recipients = parties(code, "Rebels attacked a ship carrying grain to Iran.", "ASSAULT")
    assert recipients == ["ship"]
