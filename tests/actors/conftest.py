"""Shared fixtures for the actors stage: the knowledge base, the resolver and a parse helper."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.actors import ActorResolver, KnowledgeBase
from eventwire.nlp import load_pipeline
from eventwire.records import Article, Mention

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The packaged knowledge base only (the user's own folder is not read)."""
    return KnowledgeBase.load(include_user=False)


@pytest.fixture(scope="session")
def resolver(kb: KnowledgeBase) -> ActorResolver:
    return ActorResolver(kb)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def resolve(resolver: ActorResolver, nlp: Language) -> Callable[..., list[Mention]]:
    """Parse ``text`` and return its mentions as of ``date``."""

    def run(text: str, date: str | None = None) -> list[Mention]:
        article = Article(article_id="t", source_path="test", text=text, published=date)
        return resolver(nlp(text), article)

    return run


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture(autouse=True)
def _user_kb_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets an empty user KB folder of its own."""
    folder = tmp_path / "user-kb"
    monkeypatch.setenv("EVENTWIRE_KB_DIR", str(folder))
    return folder
