"""hardening: wrong sign-ins counted by the name tried, for the delay and the lockout

Revision ID: 0013b_hardening
Revises: 0013_membership
Create Date: 2026-12-21 00:00:00

The users table's own counters counted real names only, so a made-up name answered faster
and was never slowed down; the new table counts every name tried.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import secretariat.kernel.db.types

revision = '0013b_hardening'
down_revision = '0013_membership'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('login_failures',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failed_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.Column('locked_until', secretariat.kernel.db.types.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_login_failures'))
    )


def downgrade() -> None:
    op.drop_table('login_failures')
