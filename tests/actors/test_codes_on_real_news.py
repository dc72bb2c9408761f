"""Country codes the article's context must not override (session 20, from the events audit on real
news): a longer name holding a KB name, acronyms without support, parties of another country's
party system, and a demonym describing a named body. Each rule with its negative twin."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.actors.acronyms import spelled_out
from eventwire.records import Mention

Resolve = Callable[..., list[Mention]]

UK_LEDE = "MPs at Westminster debated the budget on Monday, and Downing Street defended it. "
SYRIA_LEDE = "Syrian rebels fought government forces near Aleppo, and the Syrian army shelled Homs. "
US_LEDE = "The White House sent the budget to Capitol Hill, where Republicans in the Senate welcomed it. "


def best(mentions: list[Mention], text: str) -> tuple[str | None, str | None]:
    top = mention_with(mentions, text).candidates[0]
    return top.country, top.kb_id


def countries(mentions: list[Mention], text: str) -> set[str | None]:
    return {m.candidates[0].country for m in mentions if text in m.text}


# --- a longer proper name holding a KB name is its own body


def test_a_name_ending_in_an_institution_is_another_body(resolve: Resolve) -> None:
    mentions = resolve(UK_LEDE + "The Trades Union Congress criticised the budget plans.")
    body = mention_with(mentions, "Trades Union Congress").candidates[0]
    assert body.country != "USA" and body.sectors == ["LAB"]


def test_the_institution_with_its_owner_stays_the_institution(resolve: Resolve) -> None:
    mentions = resolve(UK_LEDE + "The US Congress criticised the trade plans.")
    assert best(mentions, "Congress")[0] == "USA"


def test_a_longer_name_takes_the_country_its_own_words_give(resolve: Resolve) -> None:
    mentions = resolve(SYRIA_LEDE + "The Indian National Congress condemned the shelling.")
    assert best(mentions, "National Congress")[0] == "IND"


# --- acronyms need support in the article


def test_an_acronym_spelled_out_as_something_else_is_not_the_kb_body(resolve: Resolve) -> None:
    text = "Developers argued on Internet Relay Chat (IRC) about the release. The IRC logs leaked on Friday."
    assert not [m for m in resolve(text) if m.text == "IRC"]


def test_an_acronym_spelled_out_as_the_kb_body_is_that_body(resolve: Resolve) -> None:
    text = (
        "The International Rescue Committee (IRC) said camps in Lebanon were full. The IRC asked for funds."
    )
    assert {m.candidates[0].kb_id for m in resolve(text) if m.text == "IRC"} == {"org:irc"}


def test_an_acronym_not_spelled_out_stays_the_kb_body(resolve: Resolve) -> None:
    text = "The IRC said camps in Lebanon were full."
    assert best(resolve(text), "IRC") == ("NGO", "org:irc")


def test_state_and_igo_acronyms_need_no_support(resolve: Resolve) -> None:
    mentions = resolve("NATO and the UN met in Brussels on Friday.")
    assert best(mentions, "NATO")[0] == "IGO" and best(mentions, "UN")[1] == "org:un"


def test_expansions_are_read_on_either_side_of_the_brackets() -> None:
    assert spelled_out("IRC", "chat on Internet Relay Chat (IRC) rooms") == ["Internet Relay Chat"]
    assert spelled_out("IRC", "the IRC (International Rescue Committee) said") == [
        "International Rescue Committee"
    ]
    assert spelled_out("IRC", "the IRC (a chat network) said") == []


# --- a party name several countries' parties share


def test_democrats_in_a_uk_article_are_the_liberal_democrats(resolve: Resolve) -> None:
    mentions = resolve(UK_LEDE + "Labour and the Tories clashed, and the Democrats abstained.")
    assert best(mentions, "Democrats") == ("GBR", "party:gbr_libdems")


def test_democrats_in_a_us_article_are_the_us_party(resolve: Resolve) -> None:
    mentions = resolve(US_LEDE + "The Democrats abstained.")
    assert best(mentions, "Democrats") == ("USA", "agency:usa_democrats")


def test_uk_party_names_are_british_parties(resolve: Resolve) -> None:
    mentions = resolve(SYRIA_LEDE + "The Lib Dems and the Tories called for a ceasefire.")
    assert best(mentions, "Lib Dems")[0] == "GBR" and best(mentions, "Tories")[0] == "GBR"


def test_a_labour_party_in_an_israeli_article_is_israeli(resolve: Resolve) -> None:
    mentions = resolve("The Knesset met in Jerusalem. The Labour Party lost seats to Likud.")
    assert best(mentions, "Labour Party")[0] == "ISR"


# --- a demonym describing a named body outweighs the article's country


def test_a_demonym_and_a_descriptor_give_the_named_body_its_country(resolve: Resolve) -> None:
    mentions = resolve(SYRIA_LEDE + "Russian state bank Varnobank lent money to the Syrian government.")
    assert best(mentions, "Varnobank")[0] == "RUS"


def test_a_relation_noun_keeps_the_named_one_his_own_country(resolve: Resolve) -> None:
    mentions = resolve(SYRIA_LEDE + "Russian ally Bashar al-Assad met the rebels.", "2016-05-01")
    assert best(mentions, "Assad")[0] == "SYR"


def test_a_name_keeps_the_country_it_was_described_with(resolve: Resolve) -> None:
    text = (
        SYRIA_LEDE
        + "Russian state bank Varnobank lent money to Damascus. Later Varnobank met Syrian officials."
    )
    assert [m.candidates[0].country for m in resolve(text) if m.text == "Varnobank"] == ["RUS"]


def test_a_bare_unknown_name_still_takes_the_articles_country(resolve: Resolve) -> None:
    text = SYRIA_LEDE + "Later Varnobank met Syrian officials."
    assert best(resolve(text), "Varnobank")[0] == "SYR"


def test_an_acronym_spelled_out_in_other_words_for_the_body_stays_the_body(resolve: Resolve) -> None:
    text = "Fighters of the Islamic State of Iraq and Syria (ISIS) attacked the town, and ISIS took it."
    assert {m.candidates[0].kb_id for m in resolve(text) if m.text == "ISIS"} == {"grp:isis"}


def test_another_countrys_demonym_before_a_national_body_names_its_own_body(resolve: Resolve) -> None:
    mentions = resolve(
        "Fighting went on near Tripoli. The Libyan House of Representatives rejected the deal."
    )
    found = mention_with(mentions, "House of Representatives").candidates[0]
    assert (found.country, found.sectors) == ("LBY", ["LEG"])


def test_the_bodys_own_countrys_demonym_keeps_the_kb_body(resolve: Resolve) -> None:
    mentions = resolve("The American House of Representatives passed the bill on Friday.")
    assert best(mentions, "House of Representatives")[0] == "USA"


# --- a one-word name matching only foreign namesakes' family name


def test_a_family_name_of_foreign_namesakes_yields_to_the_articles_country(resolve: Resolve) -> None:
    mentions = resolve(UK_LEDE + "Lord Dubs urged the government to think again.")
    assert best(mentions, "Dubs")[0] == "GBR"


def test_the_namesakes_country_stands_when_the_article_is_about_it(resolve: Resolve) -> None:
    text = "Czech police in Prague detained two men, and the Czech government met. Mr Dubs urged calm."
    assert best(resolve(text), "Dubs")[0] == "CZE"


# --- a reference word heading a longer name refers back to nobody


def test_a_court_with_a_name_of_its_own_is_not_the_court_named_before(resolve: Resolve) -> None:
    text = (
        "The European Court of Human Rights ruled in Strasbourg. "
        + UK_LEDE
        + "The Court of Appeal backed it."
    )
    found = mention_with(resolve(text), "Court of Appeal").candidates[0]
    assert found.country != "IGO" and found.sectors == ["JUD"]


def test_the_bare_court_still_refers_back(resolve: Resolve) -> None:
    text = "The European Court of Human Rights heard the case in Strasbourg. The Court ruled on Friday."
    assert [m.candidates[0].kb_id for m in resolve(text) if m.text == "Court"] == ["org:echr"]


def test_capitalised_words_before_a_party_name_make_another_party(resolve: Resolve) -> None:
    text = "German police in Berlin guarded the count. The Social Democrats won the vote."
    assert best(resolve(text), "Social Democrats")[0] == "DEU"


def test_a_chamber_before_a_party_name_keeps_the_party(resolve: Resolve) -> None:
    mentions = resolve(US_LEDE + "Senate Democrats blocked the bill.")
    assert best(mentions, "Democrats") == ("USA", "agency:usa_democrats")


def test_a_demonym_and_an_apposed_descriptor_give_the_name_its_country(resolve: Resolve) -> None:
    mentions = resolve(SYRIA_LEDE + "French planemaker Varnair signed a deal with the Syrian government.")
    assert best(mentions, "Varnair")[0] == "FRA"
