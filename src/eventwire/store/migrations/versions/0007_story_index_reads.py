"""The ingest's story reads answered from narrow indexes, so their cost stays flat as the database grows.

- ``ix_articles_id_story`` (article_id, story_id, published): the story and date of an article found
  through a story key or profile, without reading the article's wide row (its story id is stored after
  the text, so SQLite followed the text's overflow pages to reach it);
- ``ix_articles_story_published`` (story_id, published, article_id, copy_of) replaces
  ``ix_articles_story_id``: a story's size, anchor, date span, core and copies read from the index alone;
- ``ix_story_keys_key_date_article`` (key, date, article_id) replaces ``ix_story_keys_key_date``: a key's
  articles without a lookup in the table;
- SQLite: ``story_terms`` becomes a WITHOUT ROWID table, one B-tree (the term) instead of two.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_id_story", "articles", ["article_id", "story_id", "published"])
    op.create_index(
        "ix_articles_story_published", "articles", ["story_id", "published", "article_id", "copy_of"]
    )
    op.drop_index("ix_articles_story_id", "articles")
    op.create_index("ix_story_keys_key_date_article", "story_keys", ["key", "date", "article_id"])
    op.drop_index("ix_story_keys_key_date", "story_keys")
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_story_terms(without_rowid=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_story_terms(without_rowid=False)
    op.create_index("ix_story_keys_key_date", "story_keys", ["key", "date"])
    op.drop_index("ix_story_keys_key_date_article", "story_keys")
    op.create_index("ix_articles_story_id", "articles", ["story_id"])
    op.drop_index("ix_articles_story_published", "articles")
    op.drop_index("ix_articles_id_story", "articles")


def _rebuild_story_terms(without_rowid: bool) -> None:
    """Copy ``story_terms`` into a table of the other kind (SQLite cannot alter it in place)."""
    op.execute(
        "CREATE TABLE story_terms_new (term VARCHAR(96) NOT NULL, n_docs INTEGER NOT NULL, "
        "PRIMARY KEY (term))" + (" WITHOUT ROWID" if without_rowid else "")
    )
    op.execute("INSERT INTO story_terms_new (term, n_docs) SELECT term, n_docs FROM story_terms")
    op.execute("DROP TABLE story_terms")
    op.execute("ALTER TABLE story_terms_new RENAME TO story_terms")
