"""Round 6: arguments through relative clauses, participles, appositions and deep passive agents
(sentences written for these tests)."""

from __future__ import annotations

from event_helpers import of_type


def names(entities) -> list[str]:
    return [e.name for e in entities]


def test_relative_pronoun_subject_is_its_antecedent(code) -> None:
    events, _ = code("Rebels, who attacked the town on Monday, were arrested by the police.")
    assault = of_type(events, "ASSAULT")
    assert assault and names(assault[0].actor) == ["Rebels"]
    coerce = of_type(events, "COERCE")
    assert coerce and names(coerce[0].actor) == ["police"]


def test_a_relative_clause_about_a_happening_names_no_actor(code) -> None:
    events, _ = code("The group claimed responsibility for the attack, which killed twelve people.")
    assert not any("group" in names(e.actor) for e in of_type(events, "ASSAULT"))


def test_participle_agent_of_an_event_noun(code) -> None:
    events, _ = code("The airstrike carried out by Israeli jets killed three people.")
    assault = of_type(events, "ASSAULT")
    assert assault and "Israeli" in names(assault[0].actor)


def test_passive_agent_hung_on_a_place(code) -> None:
    events, _ = code("Two journalists were detained at a checkpoint in the north of the country by soldiers.")
    coerce = of_type(events, "COERCE")
    assert coerce and names(coerce[0].actor) == ["soldiers"]


def test_deep_agent_needs_people(code) -> None:
    events, _ = code("The minister was accused of corruption in a report by the anti-graft commission.")
    accuse = of_type(events, "ACCUSE")
    assert accuse and not accuse[0].actor


def test_relative_clause_of_another_party_is_not_merged(code) -> None:
    events, _ = code("The militants that killed five soldiers in the north were captured by the army.")
    assert any(names(e.actor) == ["militants"] for e in of_type(events, "ASSAULT"))
    assert not any({"militants", "army"} <= set(names(e.actor)) for e in events)


def test_apposition_gives_an_unresolved_name_its_country(code) -> None:
    events, _ = code("Sergei Ivanov, the foreign minister of Russia, met the president of Turkey in Ankara.")
    consult = of_type(events, "CONSULT")
    assert consult
    ivanov = [a for a in consult[0].actor if a.name == "Sergei Ivanov"]
    assert ivanov and ivanov[0].country == "RUS"


def test_a_participle_without_an_agent_only_describes_its_noun(code) -> None:
    events, _ = code("The ministers discussed the trade agreement signed between Chile and Peru.")
    assert [e.event_type for e in events] == ["CONSULT"]
    events, _ = code("Chile and Peru signed a trade agreement on Tuesday.")
    assert of_type(events, "SUPPORT") or of_type(events, "AGREE")
