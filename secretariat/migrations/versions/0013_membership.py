"""membership: associations, member units, types, memberships, periods, payments, decisions

Revision ID: 0013_membership
Revises: 0012_cases
Create Date: 2026-12-05 12:53:13

Names and addresses of associations and units are rows of the shared address book
(contacts); these tables link to them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import secretariat.kernel.db.types


revision = '0013_membership'
down_revision = '0012_cases'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('membership_associations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('registration_no', sa.String(length=50), nullable=False),
    sa.Column('chair', sa.String(length=200), nullable=False),
    sa.Column('secretary', sa.String(length=200), nullable=False),
    sa.Column('logo_sha256', sa.String(length=64), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_membership_associations_contact_id_contacts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_associations')),
    sa.UniqueConstraint('code', name=op.f('uq_membership_associations_code'))
    )
    with op.batch_alter_table('membership_associations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_associations_contact_id'), ['contact_id'], unique=False)

    op.create_table('membership_units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('person', sa.String(length=8), nullable=False),
    sa.Column('national_id', sa.String(length=11), nullable=False),
    sa.Column('economic_code', sa.String(length=14), nullable=False),
    sa.Column('registration_no', sa.String(length=50), nullable=False),
    sa.Column('registration_office', sa.String(length=200), nullable=False),
    sa.Column('registration_date', sa.Date(), nullable=True),
    sa.Column('isic', sa.String(length=10), nullable=False),
    sa.Column('industrial_park', sa.String(length=200), nullable=False),
    sa.Column('website', sa.String(length=200), nullable=False),
    sa.Column('rep_name', sa.String(length=200), nullable=False),
    sa.Column('rep_national_id', sa.String(length=10), nullable=False),
    sa.Column('rep_mobile', sa.String(length=11), nullable=False),
    sa.Column('rep_post', sa.String(length=200), nullable=False),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_membership_units_contact_id_contacts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_units')),
    sa.UniqueConstraint('national_id', name=op.f('uq_membership_units_national_id'))
    )
    with op.batch_alter_table('membership_units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_units_contact_id'), ['contact_id'], unique=False)

    op.create_table('membership_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('association_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('entry_fee', sa.BigInteger(), nullable=False),
    sa.Column('yearly_fee', sa.BigInteger(), nullable=False),
    sa.Column('renewal_fee', sa.BigInteger(), nullable=True),
    sa.Column('vote', sa.Boolean(), nullable=False),
    sa.Column('period_rule', sa.String(length=16), nullable=False),
    sa.Column('period_months', sa.Integer(), nullable=True),
    sa.Column('grace_days', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['association_id'], ['membership_associations.id'], name=op.f('fk_membership_types_association_id_membership_associations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_types')),
    sa.UniqueConstraint('association_id', 'name', name=op.f('uq_membership_types_association_id'))
    )
    op.create_table('membership_unit_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('added_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['membership_units.id'], name=op.f('fk_membership_unit_documents_unit_id_membership_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_unit_documents'))
    )
    with op.batch_alter_table('membership_unit_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_unit_documents_unit_id'), ['unit_id'], unique=False)

    op.create_table('membership_memberships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('association_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('type_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('suspended_from', sa.Date(), nullable=True),
    sa.Column('terminated_on', sa.Date(), nullable=True),
    sa.Column('paid_through', sa.Date(), nullable=True),
    sa.Column('first_unpaid_start', sa.Date(), nullable=True),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['association_id'], ['membership_associations.id'], name=op.f('fk_membership_memberships_association_id_membership_associations')),
    sa.ForeignKeyConstraint(['type_id'], ['membership_types.id'], name=op.f('fk_membership_memberships_type_id_membership_types')),
    sa.ForeignKeyConstraint(['unit_id'], ['membership_units.id'], name=op.f('fk_membership_memberships_unit_id_membership_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_memberships')),
    sa.UniqueConstraint('association_id', 'seq', name=op.f('uq_membership_memberships_association_id')),
    sa.UniqueConstraint('number', name=op.f('uq_membership_memberships_number'))
    )
    with op.batch_alter_table('membership_memberships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_memberships_first_unpaid_start'), ['first_unpaid_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_memberships_paid_through'), ['paid_through'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_memberships_unit_id'), ['unit_id'], unique=False)

    op.create_table('membership_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['membership_id'], ['membership_memberships.id'], name=op.f('fk_membership_decisions_membership_id_membership_memberships')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_decisions'))
    )
    with op.batch_alter_table('membership_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_decisions_membership_id'), ['membership_id'], unique=False)

    op.create_table('membership_payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.Column('receipt_year', sa.Integer(), nullable=False),
    sa.Column('receipt_seq', sa.Integer(), nullable=False),
    sa.Column('receipt', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=8), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('reversed_at', secretariat.kernel.db.types.UTCDateTime(), nullable=True),
    sa.Column('reversed_by', sa.String(length=64), nullable=False),
    sa.Column('reversal_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['membership_id'], ['membership_memberships.id'], name=op.f('fk_membership_payments_membership_id_membership_memberships')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_payments')),
    sa.UniqueConstraint('receipt', name=op.f('uq_membership_payments_receipt')),
    sa.UniqueConstraint('receipt_year', 'receipt_seq', name=op.f('uq_membership_payments_receipt_year'))
    )
    with op.batch_alter_table('membership_payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_payments_membership_id'), ['membership_id'], unique=False)

    op.create_table('membership_periods',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('due', sa.BigInteger(), nullable=False),
    sa.Column('paid', sa.BigInteger(), nullable=False),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['membership_id'], ['membership_memberships.id'], name=op.f('fk_membership_periods_membership_id_membership_memberships')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_periods')),
    sa.UniqueConstraint('membership_id', 'seq', name=op.f('uq_membership_periods_membership_id'))
    )
    op.create_table('membership_payment_allocations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('payment_id', sa.Integer(), nullable=False),
    sa.Column('period_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['payment_id'], ['membership_payments.id'], name=op.f('fk_membership_payment_allocations_payment_id_membership_payments')),
    sa.ForeignKeyConstraint(['period_id'], ['membership_periods.id'], name=op.f('fk_membership_payment_allocations_period_id_membership_periods')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_payment_allocations'))
    )
    with op.batch_alter_table('membership_payment_allocations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_payment_allocations_payment_id'), ['payment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_payment_allocations_period_id'), ['period_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('membership_payment_allocations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_payment_allocations_period_id'))
        batch_op.drop_index(batch_op.f('ix_membership_payment_allocations_payment_id'))

    op.drop_table('membership_payment_allocations')
    op.drop_table('membership_periods')
    with op.batch_alter_table('membership_payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_payments_membership_id'))

    op.drop_table('membership_payments')
    with op.batch_alter_table('membership_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_decisions_membership_id'))

    op.drop_table('membership_decisions')
    with op.batch_alter_table('membership_memberships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_memberships_unit_id'))
        batch_op.drop_index(batch_op.f('ix_membership_memberships_paid_through'))
        batch_op.drop_index(batch_op.f('ix_membership_memberships_first_unpaid_start'))

    op.drop_table('membership_memberships')
    with op.batch_alter_table('membership_unit_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_unit_documents_unit_id'))

    op.drop_table('membership_unit_documents')
    op.drop_table('membership_types')
    with op.batch_alter_table('membership_units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_units_contact_id'))

    op.drop_table('membership_units')
    with op.batch_alter_table('membership_associations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_associations_contact_id'))

    op.drop_table('membership_associations')
