"""Headline amounts: a periodic report of one template states a new amount each day; two such reports
of different days whose headline amounts all differ are two happenings."""

from __future__ import annotations

from eventwire.records import Article
from eventwire.stories.amounts import different_amounts, same_amount, stated_amounts
from eventwire.stories.conflict import conflict
from eventwire.stories.evidence import Evidence, article_evidence

HELP = (
    "The central bank said it had given the money market {amount} of help this afternoon, buying bills "
    "from the discount houses. Earlier it had forecast a shortage in the market of around 400 mln."
)


def test_amounts_with_a_currency_or_percent_word_are_read_and_scaled():
    assert stated_amounts("NORVALIA MONEY MARKET GIVEN 85 MLN STG HELP") == ["stg:8.5e+07"]
    assert stated_amounts("Acme buys Widgetco for $1.2 billion") == ["dlrs:1.2e+09"]
    assert stated_amounts("WIDGET SALES UP 8.6 PCT, PRICES UP 3%") == ["pct:8.6", "pct:3"]


def test_numbers_without_a_unit_are_no_amounts():
    assert stated_amounts("ACME TO IDLE 2,800 WORKERS AT TWO PLANTS") == []
    assert stated_amounts(None) == []


def test_amounts_agree_within_a_relative_tolerance_of_one_unit():
    assert same_amount("dlrs:2.6e+09", "dlrs:2.61e+09")
    assert not same_amount("dlrs:2.6e+09", "dlrs:2.4e+09")
    assert not same_amount("dlrs:5", "pct:5")


def test_different_amounts_need_two_days_and_no_shared_amount():
    assert different_amounts(["stg:85"], "1987-03-02", ["stg:24"], "1987-03-03") is True
    assert different_amounts(["stg:85"], "1987-03-02", ["stg:24"], "1987-03-02") is False
    assert different_amounts(["stg:85", "pct:2"], "1987-03-02", ["pct:2"], "1987-03-05") is False
    assert different_amounts([], "1987-03-02", ["stg:24"], "1987-03-03") is None
    assert different_amounts(["stg:85"], None, ["stg:24"], "1987-03-03") is None


def _evidence(aid: str, amount: str, published: str) -> tuple[Evidence, str]:
    title = f"NORVALIA MONEY MARKET GIVEN {amount.upper()} HELP"
    article = Article(aid, f"/{aid}", text=HELP.format(amount=amount), title=title, published=published)
    return article_evidence(article, [], []), published


def test_one_template_on_two_days_conflicts_on_amount_and_a_retelling_does_not():
    monday = _evidence("a", "85 mln stg", "1987-03-02")
    tuesday = _evidence("b", "24 mln stg", "1987-03-03")
    retold = _evidence("c", "85 mln stg", "1987-03-03")
    assert monday[0].amounts == ["stg:8.5e+07"]
    assert Evidence.from_json(monday[0].to_json()).amounts == ["stg:8.5e+07"]
    assert "amount" in conflict(*monday, *tuesday).kinds
    assert "amount" not in conflict(*monday, *retold).kinds  # ("day": "this afternoon", a day later)


def test_a_running_tallys_counts_are_amounts_a_one_off_toll_is_not():
    # round 17: a tally stated anew each day ("12 medals", "1,200 new cases") has the count as its unit
    assert stated_amounts("Norvalian skiers win 12 medals on day nine") == ["medals:12"]
    assert stated_amounts("Health ministry reports 1,200 new cases") == ["new-cases:1200"]
    assert stated_amounts("Quake toll rises to 120 deaths") == []  # revised in one happening's follow-ups
    assert stated_amounts("Team wins two medals") == []  # a number word counts only with a scale


def _tally(aid: str, count: str, published: str) -> tuple[Evidence, str]:
    title = f"Norvalian athletes harvest {count} medals at the winter games"
    text = f"Norvalian athletes won {count} medals at the winter games, the team's press office said."
    article = Article(aid, f"/{aid}", text=text, title=title, outlet="Wire", published=published)
    return article_evidence(article, [], []), published


def test_two_days_counts_of_one_tally_conflict_and_a_retold_count_does_not():
    monday = _tally("a", "12", "2017-02-06")
    tuesday = _tally("b", "9", "2017-02-07")
    retold = _tally("c", "12", "2017-02-07")
    assert "amount" in conflict(*monday, *tuesday).kinds
    assert "amount" not in conflict(*monday, *retold).kinds
