"""An index page (a section front: linked headlines with short teasers) is one clear ingest error, while an
article with a block of related headlines, and a round-up of whole stories, stay articles. Pages written
for these tests."""

from __future__ import annotations

from ingest_helpers import read_error, read_one

from eventwire.ingest import Errors

BODY = (
    "<p>The foreign ministers of Norway and Sweden met in Oslo on Monday to discuss fishing rights in the "
    "Barents Sea, officials said after the talks, which lasted more than four hours.</p>"
    "<p>Both ministers said they would meet again in Stockholm next month to settle the remaining points "
    "of the agreement, which covers quotas for cod and haddock for the next five years.</p>"
    "<p>Fishing organisations in both countries welcomed the talks but warned that the quotas must reflect "
    "the latest scientific advice on the health of the stocks in the northern waters.</p>"
)


def page(main: str, title: str = "News") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
        f"<main>{main}</main><footer><p>Copyright Example Times</p></footer></body></html>"
    )


def teaser(i: int, words: str = "The minister arrived on Monday for talks with officials.") -> str:
    headline = f'<h2><a href="/news/{i}">Minister visits region as talks go on, part {i}</a></h2>'
    return f"<article>{headline}<p>{words}</p></article>"


def test_a_section_front_is_an_index_page(write) -> None:
    path = write("world.html", page("<h1>World</h1>" + "".join(teaser(i) for i in range(12))))
    error = read_error(path)
    assert error.reason.startswith("an index page, not an article (12 linked headlines")
    assert str(error).startswith(str(path)) and "\n" not in str(error)


def test_an_article_with_related_headlines_is_an_article(write) -> None:
    related = (
        "<div class='related'><h3>Related</h3>"
        + "".join(
            f'<h4><a href="/news/{i}">Another story about fishing quotas, number {i}</a></h4>'
            for i in range(8)
        )
        + "</div>"
    )
    path = write("talks.html", page(f"<article><h1>Ministers meet in Oslo</h1>{BODY}{related}</article>"))
    article = read_one(path)
    assert "Barents Sea" in article.text


def test_a_round_up_of_whole_stories_is_an_article(write) -> None:
    story = BODY.replace("<p>", "").replace("</p>", " ")
    path = write("briefing.html", page("".join(teaser(i, story) for i in range(7))))
    article = read_one(path)
    assert "Barents Sea" in article.text


def test_few_linked_headlines_are_no_index(write) -> None:
    path = write("few.html", page("".join(teaser(i) for i in range(3))))
    error_or_article = read_one(path)
    assert "talks with officials" in error_or_article.text


def test_the_error_is_in_the_catalogue() -> None:
    assert Errors.E033.startswith("an index page")
