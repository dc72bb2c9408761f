"""A sector a person stands for, when the NER took the person's name for an organisation: "the Trump
administration" is the United States' government, whatever country the article is mostly about."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.records import Mention

SYRIA_LEDE = (
    "Syrian commanders said on Monday that the withdrawal from northern Syria would leave them exposed. "
    "Syria's government in Damascus did not comment, and the Syrian army moved units north. "
)


def test_a_leaders_administration_is_his_countrys_government(resolve: Callable[..., list[Mention]]) -> None:
    sentence = "Arab states have been pressing the Trump administration to delay the move."
    mentions = resolve(SYRIA_LEDE + sentence, "2019-01-12")
    best = mention_with(mentions, "Trump administration").candidates[0]
    assert (best.country, best.sectors) == ("USA", ["GOV"])


def test_an_unknown_name_before_a_sector_keeps_the_articles_country(
    resolve: Callable[..., list[Mention]],
) -> None:
    mentions = resolve(SYRIA_LEDE + "Officials of the Varnholt administration met the envoy.", "2019-01-12")
    found = [m for m in mentions if "administration" in m.text]
    assert all(m.candidates[0].country != "USA" for m in found)
