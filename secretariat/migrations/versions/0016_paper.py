"""paper: the database's signing key pair for the printed QR codes

Revision ID: 0016_paper
Revises: 0015_operations
Create Date: 2026-12-22 00:00:00

An Ed25519 key pair is made for the database (a new one at ``init``, an existing one here at
its upgrade): the private key goes into this user's key store beside the audit key
(``secretariat.kernel.signing``; other workstations import it with ``secretariat keys
import``), the public key into ``database_identity.signing_key`` so every copy of the
database can verify a printed code.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from secretariat.kernel import signing

revision = '0016_paper'
down_revision = '0015_operations'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('database_identity', sa.Column('signing_key', sa.String(length=64),
                                                 nullable=True))
    identity = sa.table('database_identity', sa.column('id', sa.String),
                        sa.column('signing_key', sa.String))
    connection = op.get_bind()
    for (database_id,) in connection.execute(sa.select(identity.c.id)).all():
        # A key this workstation already holds for the database is kept (an upgrade run
        # again after a downgrade): a signing key is never replaced by a schema change.
        private = signing.ensure_key_pair(database_id)
        public = signing.encode_public(signing.public_of(private))
        connection.execute(identity.update().where(identity.c.id == database_id)
                           .values(signing_key=public))


def downgrade() -> None:
    # The private key stays in the key store: a key is never destroyed by a schema change.
    with op.batch_alter_table('database_identity') as batch:
        batch.drop_column('signing_key')
