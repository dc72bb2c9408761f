"""Short texts written for the scale tests (never copied from ../shared), and an Article maker."""

from __future__ import annotations

from dataclasses import asdict

from eventwire.records import Article

# A made-up wire story: the lede, background without events, a pronoun, a surname-only mention.
STORY = (
    "OSLO (Wire) - The foreign ministers of Norway and Chile met in Oslo on Monday to discuss fishing "
    "quotas, officials said.\n\n"
    "The weather in the city was cold and grey for most of the week. Tourists crowded the harbour.\n\n"
    "Chilean Foreign Minister Ana Rivas later signed a trade agreement with her Norwegian counterpart. "
    "She praised the talks.\n\n"
    "Analysts expect the price of salmon to stay high this year. Markets were calm.\n\n"
    "Rivas also criticised the sanctions imposed on fishing fleets last year."
)

# One-line stories in the style of the dumps the Spark job reads (JSON lines).
WIRE = [
    {
        "title": "Ministers meet in Lima",
        "date": "2024-03-05",
        "url": "https://example.org/a1",
        "text": "LIMA - The foreign ministers of Chile and Peru met in Lima on Monday to discuss the "
        "maritime border. The two governments signed an agreement on fishing rights. Officials said "
        "the talks were friendly.",
    },
    {
        "title": "Police arrest protesters",
        "date": "2024-03-06",
        "url": "https://example.org/a2",
        "text": "Kenyan police arrested dozens of protesters in Nairobi on Tuesday after demonstrators "
        "marched against new taxes. The opposition condemned the arrests. The weather was mild.",
    },
    {
        "title": "Talks in Lima",
        "date": "2024-03-05",
        "url": "https://example.net/b1",
        "text": "Chile and Peru held talks in Lima on Monday. The foreign ministers of Chile and Peru met "
        "to discuss the maritime border, and both signed an agreement on fishing rights.",
    },
    {
        "title": "Markets",
        "date": "2024-03-07",
        "text": "Stocks rose on Wednesday as investors looked ahead to the central bank meeting. Oil "
        "prices were steady.",
    },
    {"title": "Ministers meet in Lima", "date": "2024-03-05", "url": "https://example.org/a1", "text": ""},
]


def article(text: str, published: str | None = "2024-03-05", article_id: str = "a1") -> Article:
    """An article made from our own text (offsets: the whole text is clean)."""
    return Article(
        article_id=article_id,
        source_path=f"test/{article_id}.txt",
        text=text,
        published=published,
        offsets=[(0, 0, len(text))],
    )


def analysed_rows(analyses) -> list[tuple[str, list[dict], list[dict], list[dict]]]:
    """What two analyses of the same articles must share: ids, events, mentions and quotes, in order."""
    return [
        (
            an.article.article_id,
            [e.to_dict() for e in an.events],
            [asdict(m) for m in an.mentions],
            [q.to_dict() for q in an.quotes],
        )
        for an in analyses
    ]
