"""contact scope: who made each contact, and the indexes the scoped contact list probes

Revision ID: 0017_contact_scope
Revises: 0016_paper
Create Date: 2026-12-23 00:00:00

A contact is listed to a user who made it or who may see a record naming it. Contacts made
before this revision keep ``created_by_id`` NULL, which stays visible to everyone: nothing
recorded who made them, and guessing (the first letter's registrar) could hide a party from
the people who have worked with it for years.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017_contact_scope'
down_revision = '0016_paper'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a nullable column with its REFERENCES in place; a batch copy of the
        # address book would drop a table every letter points at.
        op.execute("ALTER TABLE contacts ADD COLUMN created_by_id INTEGER "
                   "CONSTRAINT fk_contacts_created_by_id_users REFERENCES users (id)")
    else:
        op.add_column('contacts', sa.Column('created_by_id', sa.Integer(), nullable=True))
        op.create_foreign_key(op.f('fk_contacts_created_by_id_users'), 'contacts', 'users',
                              ['created_by_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_contacts_created_by_id_users'),
                                 type_='foreignkey')
        batch_op.drop_column('created_by_id')
