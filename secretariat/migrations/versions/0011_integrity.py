"""integrity: the database's identity, and its secret key kept outside the database

Revision ID: 0011_integrity
Revises: 0003
Create Date: 2026-12-20 00:00:00

A one-row table names the database (a random id); the key store in this user's config
folder gets the database's audit key under that id (``secretariat.kernel.keys``). Other
workstations of a PostgreSQL office import it with ``secretariat keys import``.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import secretariat.kernel.db.types
from secretariat.kernel import keys

revision = '0011_integrity'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    identity = op.create_table('database_identity',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_database_identity'))
    )
    database_id = keys.new_database_id()
    op.bulk_insert(identity, [{"id": database_id,
                               "created_at": datetime.now(UTC).replace(microsecond=0)}])
    keys.KeyStore().ensure(database_id, keys.AUDIT_KEY)


def downgrade() -> None:
    # The key file stays in the key store: a key is never destroyed by a schema change.
    op.drop_table('database_identity')
