"""Round 12: who did it to whom on real news — reflexives, describing verbs, people addressed, whose act
a reaction is about, what a seizure took, participles that are passive or a stance, who did a deed
after a preposition of time, "with" clauses and glued credits (sentences written for these tests;
each rule with a twin where it must not fire)."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from eventwire.events.party_names import vetted, vetted_parties
from eventwire.records import Article, Entity, Mention


def parties(code, text: str, event_type: str) -> tuple[list[str], list[str]]:
    events, _ = code(text)
    found = of_type(events, event_type)
    assert found, [e.event_type for e in events]
    return [e.mention for e in found[0].actor], [e.mention for e in found[0].recipient]


def test_a_lone_reflexive_is_no_second_party(code) -> None:
    _, recipients = parties(
        code, "A suicide bomber blew himself up near a police station on Monday.", "ASSAULT"
    )
    assert recipients == []


def test_a_reflexive_beside_other_victims_counts_the_actors_among_them(code) -> None:
    _, recipients = parties(code, "The gunmen killed two guards and themselves.", "ASSAULT")
    assert recipients == ["two guards", "themselves"]


def test_reflexives_are_vetted_as_a_group() -> None:
    himself = Entity(name="himself", mention="himself", score=0.3)
    guards = Entity(name="two guards", mention="two guards", score=0.3)
    assert vetted_parties([himself], actor=False) == []
    assert vetted_parties([guards, himself], actor=False) == [guards, himself]


def test_a_verb_after_an_adjective_used_as_a_noun_is_no_party(code) -> None:
    _, recipients = parties(
        code, "The court kept convicting the guilty and penalising them harshly.", "SANCTION"
    )
    assert recipients == ["guilty"]


def test_a_person_of_ones_own_side_is_addressed_by_words(code) -> None:
    _, recipients = parties(
        code, "The prime minister praised his deputy for her work on the budget.", "SUPPORT"
    )
    assert recipients == ["his deputy"]


def test_an_envoy_of_ones_own_is_still_an_asset_of_a_material_act(code) -> None:
    _, recipients = parties(code, "Kenya recalled its ambassador on Friday.", "SANCTION")
    assert recipients == []


def test_whose_invasion_is_criticised_is_the_recipient(code) -> None:
    _, recipients = parties(code, "Germany strongly criticised the Russian invasion of Ukraine.", "ACCUSE")
    assert recipients == ["Russian"]
    _, recipients = parties(code, "Germany strongly criticised the invasion.", "ACCUSE")
    assert recipients == []


def test_whose_act_a_reaction_objects_to_is_the_recipient(code) -> None:
    _, recipients = parties(code, "Syria has objected to the Turkish invasion.", "ACCUSE")
    assert recipients == ["Turkish"]
    _, recipients = parties(code, "Syria has objected to the plan.", "ACCUSE")
    assert recipients == []


def test_what_a_seizure_took_control_of_is_the_recipient(code) -> None:
    _, recipients = parties(code, "Rebel fighters took full control of Goma on Sunday.", "COERCE")
    assert recipients == ["Goma"]
    _, recipients = parties(code, "Rebel fighters took full control of the situation on Sunday.", "COERCE")
    assert recipients == []


def test_who_stands_accused_undergoes_the_accusation(code) -> None:
    actors, recipients = parties(
        code, "The minister stands accused of taking bribes from a builder.", "ACCUSE"
    )
    assert (actors, recipients) == ([], ["minister"])


def test_a_bare_participle_clause_is_passive(code) -> None:
    actors, recipients = parties(code, "Three men are in custody in Kenya, accused of fraud.", "ACCUSE")
    assert (actors, recipients) == ([], ["Three men"])
    actors, recipients = parties(
        code, "The police detained three men in Kenya, accusing them of fraud.", "COERCE"
    )
    assert (actors, recipients) == (["police"], ["three men"])


def test_being_opposed_to_something_is_the_subjects_stance(code) -> None:
    actors, recipients = parties(code, "Hungary is opposed to the sanctions plan of Germany.", "REJECT")
    assert (actors, recipients) == (["Hungary"], ["Germany"])
    actors, recipients = parties(code, "Germany's sanctions plan was opposed by Hungary.", "REJECT")
    assert (actors, recipients) == (["Hungary"], ["Germany"])  # round 13: a plan alone names no party


def test_after_a_time_preposition_the_subject_did_the_deed(code) -> None:
    actors, _ = parties(
        code, "Kenya welcomed Egypt back, seven years after expelling its ambassador.", "SANCTION"
    )
    assert actors == ["Kenya"]
    actors, _ = parties(code, "The league praised Kenya for expelling the smugglers.", "SANCTION")
    assert actors == ["Kenya"]


def test_a_with_clause_of_its_own_is_no_party(code) -> None:
    _, recipients = parties(
        code, "Dozens of workers were injured in the blast, with several suffering burns.", "ASSAULT"
    )
    assert recipients == ["workers"]
    _, recipients = parties(code, "The army shared intelligence with several militias.", "COOPERATE")
    assert recipients == ["several militias"]


@pytest.mark.parametrize(
    ("name", "kept"),
    [("CNN)Authorities in Ohio", "Authorities in Ohio"), ("Authorities (CNN)", "Authorities (CNN)")],
)
def test_a_credit_glued_before_a_name_is_dropped(name: str, kept: str) -> None:
    entity = vetted(Entity(name=name, mention=name, score=0.3), actor=True)
    assert entity is not None and entity.name == kept


def test_a_mention_of_several_parties_gives_each_of_them(nlp, coder) -> None:
    """ "the two sides" of a meeting (a group mention of the actors stage) acts as both participants."""
    text = "The two sides agreed to reopen the border."
    doc = nlp(text)
    members = [
        Entity(name=n, mention=n, country=c, kb_id=c) for n, c in (("Kenya", "KEN"), ("Uganda", "UGA"))
    ]
    mention = Mention(
        text="two sides", span=(4, 13), sentence=0, kind="GPE", candidates=members, group=members
    )
    events, _ = coder(doc, [mention], Article(article_id="t", source_path="t", text=text))
    agreed = of_type(events, "AGREE")
    assert agreed and [e.country for e in agreed[0].actor] == ["KEN", "UGA"]


def test_offences_are_no_prepositional_party(code) -> None:
    _, recipients = parties(code, "The generals are charged with war crimes.", "ACCUSE")
    assert recipients == ["generals"]
    _, recipients = parties(code, "The army shared intelligence with several militias.", "COOPERATE")
    assert recipients == ["several militias"]


def test_the_side_fought_is_the_recipient_the_side_met_a_partner(code) -> None:
    assert parties(code, "Troops fought the rebels near Goma.", "ASSAULT") == (["Troops"], ["rebels"])
    actors, recipients = parties(code, "Troops clashed with the rebels near Goma.", "ASSAULT")
    assert (actors, recipients) == (["Troops", "rebels"], [])
    assert parties(code, "Kenya met the rebels in Nairobi.", "CONSULT") == (["Kenya", "rebels"], [])


def test_ones_own_opposition_voiced_is_no_party(code) -> None:
    _, recipients = parties(code, "Kenya strongly voiced its opposition to Uganda.", "ACCUSE")
    assert recipients == ["Uganda"]


def test_a_bracketed_participle_says_nothing_of_the_subject(code) -> None:
    text = "Kenya is training fighters to drive out the militant groups (banned in Uganda), the expert said."
    events, _ = code(text)
    assert not any("Kenya" in [e.mention for e in event.recipient] for event in events)


@pytest.mark.parametrize("group", ["MPs", "MEPs", "senators"])
def test_members_of_parliament_are_people_a_minister_can_apologise_to(code, group: str) -> None:
    # the tagger reads "MPs" as a singular noun with the lemma "mps": the plural form is listed itself
    _, recipients = parties(code, f"The Prime Minister apologised to {group} on Tuesday.", "SUPPORT")
    assert recipients == [group]


def test_the_other_side_of_a_refused_meeting_is_the_recipient(code) -> None:
    actors, recipients = parties(code, "The president refused to meet Putin on Monday.", "REJECT")
    assert actors == ["president"] and recipients == ["Putin"]


def test_a_refused_meeting_without_another_side_has_no_recipient(code) -> None:
    _, recipients = parties(code, "The president refused to meet on Monday.", "REJECT")
    assert recipients == []
