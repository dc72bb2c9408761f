"""The actors stage: resolve mentions of people, organisations and places to standard actors.

Public interface:
    KnowledgeBase.load(extra_dirs=(), include_user=True) -> KnowledgeBase
        The packaged knowledge base (countries, organisations, armed groups, office holders with
        dated roles), the curated files, the user's folder ($EVENTWIRE_KB_DIR) and extra folders.
    KnowledgeBase.lookup(name, date=None) -> list[Entity]
        Candidates for a name as of a date, best first, each with kb_id, name, country, sectors,
        role (held on that date) and score.
    ActorResolver(kb)(doc, article) -> list[Mention]
        Every actor mention in a parsed article, with candidates resolved as of article.published.
    ActorResolver(kb).resolve_span(doc, (start, end), article) -> Mention | None
        Resolve one given character span of the article (in the context of the whole article).
    add_user_file(path) -> int
        Validate a CSV or YAML file of the user's own entities and roles and store it in the user
        KB folder; returns the number of entities. Raises KBFileError (one line: file, row, reason).
    explain(kb, name, date=None) -> list[dict]
        What a name resolves to and why: kb_id, name, country, sectors, role, score, alias, why.
    country_names(text) -> list[CountryName]
        The country names, aliases and demonyms a short text (a headline) states, whatever its case,
        longest match first, from the packaged country table alone (no KnowledgeBase load).
"""

from __future__ import annotations

from eventwire.actors.explain import explain
from eventwire.actors.headline import CountryName, country_names
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.paths import user_kb_dir
from eventwire.actors.resolve import ActorResolver
from eventwire.actors.user import add_user_file
from eventwire.actors.userfiles import KBFileError

__all__ = [
    "ActorResolver",
    "CountryName",
    "KBFileError",
    "KnowledgeBase",
    "add_user_file",
    "country_names",
    "explain",
    "user_kb_dir",
]
