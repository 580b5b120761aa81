"""compact storage: the SQLite search index keeps the only copy of the search text

Revision ID: 0011c_compact_storage
Revises: 0011b_audit_keyed
Create Date: 2026-12-20 00:00:02

At a million letters the database held about 4 KB a letter: the normalised search text was
stored in letter_texts and again (with three prefix indexes) in the FTS5 index, and every
audit entry repeated the whole letter (0011b made those compact). On SQLite the index
becomes contentless (the text is derived from the letter; the service computes it again to
remove an entry) with one prefix index, for two-letter prefixes (longer ones are fast from
the main index), and letter_texts.search_text is emptied. PostgreSQL keeps the column: its
search reads it. The file shrinks at the VACUUM that follows the upgrade.

The index is filled from the letters' rows with the code that will later remove entries,
not from the stored texts: a text stored by an older release that differs from what the
code computes now would otherwise stay in the index for ever (a contentless entry can only
be removed with the exact text it was indexed with).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.orm import Session

from secretariat.correspondence.api import index_all_letters

revision = '0011c_compact_storage'
down_revision = '0011b_audit_keyed'
branch_labels = None
depends_on = None

CONTENTLESS = (
    "CREATE VIRTUAL TABLE letter_fts USING fts5("
    "search_text, content='', tokenize='unicode61', prefix='2', columnsize=0)"
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute("DROP TABLE letter_fts")
    op.execute(CONTENTLESS)
    # A session on the migration's own connection (and transaction): the same reads the
    # application's rebuild makes.
    session = Session(bind=bind)
    try:
        index_all_letters(session)
    finally:
        session.close()
    op.execute("UPDATE letter_texts SET search_text = '' WHERE search_text <> ''")


def downgrade() -> None:
    raise NotImplementedError(
        "the search texts are no longer stored: restore the backup taken before the upgrade")
