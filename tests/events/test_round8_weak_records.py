"""Round 8, item 2: records an analyst would distrust (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.events.consistency import bare_repeats, resolve_self_direction, self_directed
from eventwire.events.constructions import reported_obligation
from eventwire.events.modality import load_rules
from eventwire.events.patterns import load_lexicon
from eventwire.records import Entity, Event


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def entity(name: str, mention: str, start: int, kb_id: str | None = None) -> Entity:
    return Entity(name=name, mention=mention, kb_id=kb_id, span=(start, start + len(mention)))


def event(actor: list[Entity], recipient: list[Entity], event_type: str = "REQUEST") -> Event:
    return Event(
        event_id="e", event_type=event_type, actor=actor, recipient=recipient, reports=[], confidence=0.8
    )


def test_a_pronoun_object_resolved_to_the_subject_is_dropped(lexicon) -> None:
    trump = entity("Donald Trump", "Trump", 0, "Q22686")
    record = event([trump], [entity("Donald Trump", "him", 20, "Q22686")])
    assert self_directed(record, lexicon)
    resolve_self_direction(record, lexicon)
    assert record.actor == [trump] and not record.recipient


def test_a_pronoun_subject_resolved_to_the_object_is_dropped(lexicon) -> None:
    putin = entity("Vladimir Putin", "Putin", 20, "Q7747")
    record = event([entity("Vladimir Putin", "she", 0, "Q7747")], [putin])
    resolve_self_direction(record, lexicon)
    assert not record.actor and record.recipient == [putin]


def test_the_same_mention_on_both_sides_stays_an_actor_only(lexicon) -> None:
    speaker = entity("Sean Spicer", "Sean Spicer", 5)
    record = event([speaker], [entity("Sean Spicer", "Sean Spicer", 5)])
    resolve_self_direction(record, lexicon)
    assert record.actor == [speaker] and not record.recipient


def test_a_country_named_on_both_sides_keeps_the_recipient(lexicon) -> None:
    record = event(
        [entity("Iran", "Iran", 0, "IRN")],
        [entity("Iran", "the Islamic Republic of Iran", 40, "IRN")],
        "SANCTION",
    )
    resolve_self_direction(record, lexicon)
    assert not record.actor and record.recipient


def test_people_the_resolver_placed_in_one_country_are_a_domestic_event(lexicon) -> None:
    record = event(
        [entity("United States", "police", 0, "USA")],
        [entity("United States", "protesters", 20, "USA")],
        "COERCE",
    )
    assert not self_directed(record, lexicon)
    resolve_self_direction(record, lexicon)
    assert record.actor and record.recipient and record.confidence == 0.8


def test_a_bare_event_repeating_a_reported_type_is_a_back_reference() -> None:
    met = event([entity("France", "France", 0), entity("Kenya", "Kenya", 10)], [], "CONSULT")
    bare = event([], [], "CONSULT")
    other = event([], [], "ASSAULT")
    assert bare_repeats([met, bare, other]) == [bare]


def test_a_meeting_that_came_as_something_is_not_a_second_meeting(code) -> None:
    text = "The presidents of France and Kenya met in Paris. The meeting came as tensions rose in the region."
    events, _ = code(text)
    assert len([e for e in events if e.event_type == "CONSULT"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your support.",
        "Please visit our website for more information.",
        "If you are looking for older stories, please visit our archive page.",
        "For more details, contact the embassy in Rome.",
        "Should the army attack the rebels?",
        "Why bother fighting for freedom when the leader has given up?",
    ],
)
def test_questions_and_imperatives_report_no_event(code, text) -> None:
    events, _ = code(text)
    assert not events


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("After the vote, police arrested two protesters in the capital.", "COERCE"),
        ("On Monday, the French president met the Kenyan president in Paris.", "CONSULT"),
    ],
)
def test_a_fronted_clause_before_a_statement_keeps_it_a_statement(code, text, etype) -> None:
    events, _ = code(text)
    assert any(e.event_type == etype for e in events)


def test_a_statement_after_a_question_is_still_coded(code) -> None:
    events, _ = code("What happened next? Police arrested five men on Monday.")
    assert any(e.event_type == "COERCE" for e in events)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ('"We must create all the conditions for growth," the minister said.', "create"),
        ("They said they must withdraw the troops.", "withdraw"),
        ("Russia said Ukraine must withdraw its troops.", ""),
    ],
)
def test_an_obligation_the_speaker_puts_on_itself_is_no_reported_obligation(nlp, text, verb) -> None:
    doc = nlp(text)
    obliged = {t.lower_ for t in doc if t.pos_ == "VERB" and reported_obligation(t, load_rules())}
    assert obliged == ({"withdraw"} if not verb else set())


def test_an_obligation_put_on_another_party_is_still_a_request(code) -> None:
    events, _ = code("Russia said Ukraine must withdraw its troops.")
    assert any(e.event_type == "REQUEST" for e in events)


def test_a_statement_run_into_a_question_is_still_coded(code) -> None:
    events, _ = code("Gunmen killed two farmers near the border Did anyone report it?")
    assert any(e.event_type == "ASSAULT" for e in events)


def test_a_country_abbreviation_is_no_pronoun(lexicon) -> None:
    record = event([entity("United States", "US", 0, "USA")], [entity("United States", "us", 9, "USA")])
    resolve_self_direction(record, lexicon)
    assert record.actor and not record.recipient


def test_a_relative_pronoun_object_is_its_antecedent_when_it_names_a_party(code) -> None:
    events, _ = code("The rebels, whom the army attacked on Monday, fled north.")
    attack = [e for e in events if e.event_type == "ASSAULT"]
    assert attack and "rebels" in {e.mention for e in attack[0].recipient}


def test_the_plural_holders_of_coordinated_offices_are_all_actors(code) -> None:
    events, _ = code("The presidents of France and Kenya met in Paris.")
    meeting = [e for e in events if e.event_type == "CONSULT"]
    assert meeting and {"France", "Kenya"} <= {e.mention for e in meeting[0].actor}


def test_a_singular_office_does_not_take_the_next_conjunct(code) -> None:
    events, _ = code("The head of the mission and the army commander met.")
    meeting = [e for e in events if e.event_type == "CONSULT"]
    assert meeting and len(meeting[0].actor) == 2


@pytest.mark.parametrize(
    ("text", "asked", "asker"),
    [
        ("Maria Lopez said that Peter Smith had urged her to resign.", "Maria Lopez", "Peter Smith"),
        ("John Baker said that Michael Brown urged him to stay.", "John Baker", "Michael Brown"),
    ],
)
def test_an_object_pronoun_skips_its_own_clause_subject(code, text, asked, asker) -> None:
    events, _ = code(text)
    request = [e for e in events if e.event_type == "REQUEST"]
    assert request and [e.name for e in request[0].recipient] == [asked]
    assert asker in {e.name for e in request[0].actor}


def test_a_definite_event_noun_without_participants_is_a_back_reference(code) -> None:
    events, _ = code("The meeting comes amid a surge in support for the opposition.")
    assert not [e for e in events if e.event_type == "CONSULT"]


def test_an_indefinite_or_owned_event_noun_is_still_coded(code) -> None:
    events, _ = code("Clashes broke out in the capital on Sunday.")
    assert [e for e in events if e.event_type == "ASSAULT"]


def test_weak_kinds_name_why_a_record_is_distrusted(lexicon) -> None:
    from eventwire.events.diagnose import WEAK_KINDS, weak_kinds

    police = Entity(name="Chile", mention="police", kb_id="CHL", country="CHL", span=(0, 6))
    crowd = Entity(name="Chile", mention="protesters", kb_id="CHL", country="CHL", span=(20, 30))
    assert weak_kinds(event([], [], "ASSAULT"), lexicon) == [WEAK_KINDS[0]]
    assert weak_kinds(event([police], [crowd], "COERCE"), lexicon) == [WEAK_KINDS[2], WEAK_KINDS[3]]
    him = Entity(name="Chile", mention="him", kb_id="CHL", country="CHL", span=(40, 43))
    assert WEAK_KINDS[1] in weak_kinds(event([police], [him]), lexicon)


def test_an_event_noun_reported_with_a_support_verb_is_kept_without_participants(code) -> None:
    events, _ = code("The arrests were made when the two were intercepted on the road.")
    assert [e for e in events if e.event_type == "COERCE"]


def test_lower_cased_text_is_not_read_as_an_imperative(code) -> None:
    events, _ = code("anand police are meeting community leaders and appealing for peace.")
    assert events


def test_the_owner_of_a_restated_refusal_is_no_recipient(nlp) -> None:
    from eventwire.events import EventCoder, mentions_from_entities
    from eventwire.records import Article

    text = "The minister reiterated Peru's refusal to use its lands as a launching pad for any aggression."
    doc = nlp(text)
    article = Article(article_id="t", source_path="t", text=text)
    events, _ = EventCoder(min_confidence=0.0)(doc, mentions_from_entities(doc), article)
    rejections = [e for e in events if e.event_type == "REJECT"]
    assert rejections and not [e for e in rejections if "Peru" in {r.mention for r in e.recipient}]


def test_the_owner_of_another_party_s_demand_is_still_the_recipient(code) -> None:
    events, _ = code("The minister rejected Chile's demand for access to the sea.")
    assert any("Chile" in {r.mention for r in e.recipient} for e in events if e.event_type == "REJECT")


def test_the_actor_among_other_recipients_is_dropped_from_them(lexicon) -> None:
    usa = entity("United States", "the United States", 0, "USA")
    record = event(
        [usa], [entity("United States", "the two countries", 40, "USA"), entity("Iraq", "Iraq", 60, "IRQ")]
    )
    resolve_self_direction(record, lexicon)
    assert record.actor == [usa] and [r.name for r in record.recipient] == ["Iraq"]
