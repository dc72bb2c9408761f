"""Round 6: long sentences coded clause by clause when their whole parse codes nothing
(``clauses.py``; sentences written for these tests)."""

from __future__ import annotations

from eventwire.events import EventCoder, mentions_from_entities
from eventwire.events.clauses import background_clause, clause_spans, load_clause_rules, reparse
from eventwire.records import Article


def clause_texts(nlp, text: str) -> list[list[str]]:
    doc = nlp(text)
    return [[text[a:b] for a, b in spans] for spans in clause_spans(doc[:], load_clause_rules())]


def test_semicolon_and_comma_conjunction_cut_a_long_sentence(nlp) -> None:
    text = (
        "The ministry of Norway said on Monday that the talks had stalled again; "
        "rebels shelled the northern town overnight, while the army moved reinforcements to the front."
    )
    clauses = clause_texts(nlp, text)
    assert ["rebels shelled the northern town overnight"] in clauses
    assert ["while the army moved reinforcements to the front"] in clauses


def test_and_without_a_new_subject_and_as_well_as_do_not_cut(nlp) -> None:
    text = (
        "The ministers of the two countries discussed trade and energy on Monday in the capital, "
        "and signed several agreements on fisheries, as well as a memorandum on customs."
    )
    assert clause_texts(nlp, text) == []


def test_brackets_are_a_clause_of_their_own_and_hidden_from_the_one_around_them(nlp) -> None:
    text = (
        "Officials in the capital (where soldiers arrested twelve students on Tuesday) said that "
        "the situation was calm and that the schools would open again next week."
    )
    clauses = clause_texts(nlp, text)
    assert ["where soldiers arrested twelve students on Tuesday"] in clauses
    around = next(c for c in clauses if c[0].startswith("Officials"))
    assert len(around) == 2 and not any("soldiers" in piece for piece in around)


def test_short_sentences_are_not_cut(nlp) -> None:
    assert clause_texts(nlp, "Rebels shelled the town; the army withdrew.") == []


def test_a_reparsed_clause_keeps_the_article_offsets(nlp) -> None:
    text = "The talks in the capital of Peru failed after a week of bitter quarrels; gunmen attacked a bus."
    doc = nlp(text)
    start = text.index("gunmen")
    clause = reparse(nlp, doc, ((start, len(text) - 1),))
    assert clause is not None
    assert clause.text == "gunmen attacked a bus"
    assert clause[0].idx == start
    assert not background_clause(clause, load_clause_rules())


def test_a_clause_opened_by_when_is_background(nlp) -> None:
    text = "The house was empty on Monday, but when the blast occurred, firefighters removed the dogs."
    doc = nlp(text)
    start = text.index("when")
    clause = reparse(nlp, doc, ((start, text.index(",", start)),))
    assert clause is not None and background_clause(clause, load_clause_rules())


CLAUSE_TEXT = (
    "After weeks of negotiations over the price of gas and the transit fees owed to Kiev, the talks "
    "broke down on Friday, while Russian troops shelled the outskirts of the town."
)


def code_with(nlp, text: str, reparse_clauses: bool):
    doc = nlp(text)
    coder = EventCoder(reparse_clauses=reparse_clauses, nlp=nlp)
    article = Article(article_id="a", source_path="t.txt", text=text)
    return coder(doc, mentions_from_entities(doc), article)[0]


def test_an_event_of_a_misparsed_clause_is_coded_with_the_whole_sentence_as_evidence(nlp) -> None:
    assault = [e for e in code_with(nlp, CLAUSE_TEXT, True) if e.event_type == "ASSAULT"]
    assert assault
    event = assault[0]
    assert CLAUSE_TEXT[slice(*event.reports[0].trigger_span)] == "shelled"
    assert event.reports[0].span == (0, len(CLAUSE_TEXT))
    assert any(a.name == "Russian" for a in event.actor)


def test_without_the_fallback_the_misparsed_clause_gives_nothing(nlp) -> None:
    assert not [e for e in code_with(nlp, CLAUSE_TEXT, False) if e.event_type == "ASSAULT"]
