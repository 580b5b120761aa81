"""operations: letters taken over from an earlier register; PostgreSQL's full-text index

Revision ID: 0015_operations
Revises: 0014_referrals
Create Date: 2026-12-05 00:00:00

- ``letters.imported``: set on letters taken over from an earlier register (a legacy Excel
  import keeps their numbers and dates); false for every letter registered here.
- PostgreSQL: ``letter_texts.search_tsv`` is ``to_tsvector('simple', search_text)``, stored
  and computed by the server, with a GIN index, so a search is answered from the index
  instead of scanning every letter's text (SQLite has its FTS5 table since 0002).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015_operations'
down_revision = '0014_referrals'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE (SQLite takes a NOT NULL column with a default): a batch copy of
    # «letters» would drop the table that every letter's parties, texts and files refer to.
    op.add_column('letters', sa.Column('imported', sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(
            "ALTER TABLE letter_texts ADD COLUMN search_tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED"
        )
        op.execute(
            "CREATE INDEX ix_letter_texts_search_tsv ON letter_texts USING gin (search_tsv)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP INDEX IF EXISTS ix_letter_texts_search_tsv")
        op.execute("ALTER TABLE letter_texts DROP COLUMN IF EXISTS search_tsv")
    with op.batch_alter_table('letters') as batch:
        batch.drop_column('imported')
