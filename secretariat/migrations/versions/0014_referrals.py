"""referrals: a kind (for action / information / comment) and a priority

Revision ID: 0014_referrals
Revises: 0013b_hardening
Create Date: 2026-12-20 00:00:00

Every referral made before keeps its meaning: for action, normal priority (the defaults).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014_referrals'
down_revision = '0013b_hardening'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), nullable=False,
                                      server_default='action'))
        batch_op.add_column(sa.Column('priority', sa.String(length=16), nullable=False,
                                      server_default='normal'))


def downgrade() -> None:
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_column('priority')
        batch_op.drop_column('kind')
