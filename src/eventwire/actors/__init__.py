"""The actors stage: resolve mentions of people, organisations and places to standard actors.

Public interface:
    KnowledgeBase.load(extra_dirs=()) -> KnowledgeBase
        The packaged knowledge base plus the user's additions.
    KnowledgeBase.lookup(name, date=None) -> list[Entity]
        Candidates for a name as of a date, best first, each with kb_id, name, country, sectors,
        role (held on that date) and score.
    ActorResolver(kb)(doc, article) -> list[Mention]
        Every actor mention in a parsed article, with candidates resolved as of article.published.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import Article, Entity, Mention


class KnowledgeBase:
    @classmethod
    def load(cls, extra_dirs=()) -> KnowledgeBase:
        raise NotImplementedError  # SKELETON: being built

    def lookup(self, name: str, date: str | None = None) -> list[Entity]:
        raise NotImplementedError  # SKELETON: being built


class ActorResolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, doc: Doc, article: Article) -> list[Mention]:
        raise NotImplementedError  # SKELETON: being built
