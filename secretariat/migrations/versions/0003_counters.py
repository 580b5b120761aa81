"""counters: one gapless counter table for every feature; the letters' numbers move in

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-10 00:00:00

Each letter_counters row (secretariat_code, kind, year, last_seq) becomes the counters
row (scope «letter:<secretariat_code>:<kind>», period year, last last_seq): every number
already given stays given, and the next one follows it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('counters',
    sa.Column('scope', sa.String(length=100), nullable=False),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('scope', 'period', name=op.f('pk_counters'))
    )
    op.execute(
        "INSERT INTO counters (scope, period, last) "
        "SELECT 'letter:' || secretariat_code || ':' || kind, year, last_seq FROM letter_counters"
    )
    op.drop_table('letter_counters')


def downgrade() -> None:
    op.create_table('letter_counters',
    sa.Column('secretariat_code', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('secretariat_code', 'kind', 'year', name=op.f('pk_letter_counters'))
    )
    letters = sa.table('counters', sa.column('scope', sa.String), sa.column('period', sa.Integer),
                       sa.column('last', sa.Integer))
    bind = op.get_bind()
    for scope, period, last in bind.execute(
            sa.select(letters.c.scope, letters.c.period, letters.c.last)
            .where(letters.c.scope.like('letter:%'))):
        code, _, kind = scope[len('letter:'):].rpartition(':')
        bind.execute(sa.text(
            "INSERT INTO letter_counters (secretariat_code, kind, year, last_seq) "
            "VALUES (:code, :kind, :year, :last)"),
            {"code": code, "kind": kind, "year": period, "last": last})
    op.drop_table('counters')
