"""correspondence: letters, contacts, referrals, attachments, the FTS5 search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 01:49:01.865898
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import secretariat.kernel.db.types

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_norm', sa.String(length=300), nullable=False),
    sa.Column('post_title', sa.String(length=200), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('mobile', sa.String(length=20), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('national_id', sa.String(length=10), nullable=False),
    sa.Column('legal_id', sa.String(length=11), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['merged_into_id'], ['contacts.id'], name=op.f('fk_contacts_merged_into_id_contacts')),
    sa.ForeignKeyConstraint(['organisation_id'], ['contacts.id'], name=op.f('fk_contacts_organisation_id_contacts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index('ix_contacts_name_norm', ['name_norm'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('letter_counters',
    sa.Column('secretariat_code', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('secretariat_code', 'kind', 'year', name=op.f('pk_letter_counters'))
    )
    op.create_table('letters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=True),
    sa.Column('secretariat_code', sa.String(length=32), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('seq', sa.Integer(), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('sender_id', sa.Integer(), nullable=True),
    sa.Column('sender_number', sa.String(length=100), nullable=False),
    sa.Column('sender_date', sa.Date(), nullable=True),
    sa.Column('urgency', sa.String(length=16), nullable=False),
    sa.Column('classification', sa.String(length=16), nullable=False),
    sa.Column('keywords', sa.Text(), nullable=False),
    sa.Column('signatory_id', sa.Integer(), nullable=True),
    sa.Column('signed_at', secretariat.kernel.db.types.UTCDateTime(), nullable=True),
    sa.Column('dispatch_method', sa.String(length=32), nullable=False),
    sa.Column('dispatch_date', sa.Date(), nullable=True),
    sa.Column('postal_tracking_code', sa.String(length=64), nullable=False),
    sa.Column('reply_expected_by', sa.Date(), nullable=True),
    sa.Column('replied_by_id', sa.Integer(), nullable=True),
    sa.Column('from_unit', sa.String(length=200), nullable=False),
    sa.Column('to_unit', sa.String(length=200), nullable=False),
    sa.Column('reply_to_id', sa.Integer(), nullable=True),
    sa.Column('follows_id', sa.Integer(), nullable=True),
    sa.Column('archive_code', sa.String(length=64), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.Column('cancelled_by_id', sa.Integer(), nullable=True),
    sa.Column('cancelled_at', secretariat.kernel.db.types.UTCDateTime(), nullable=True),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['cancelled_by_id'], ['users.id'], name=op.f('fk_letters_cancelled_by_id_users')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_letters_created_by_id_users')),
    sa.ForeignKeyConstraint(['follows_id'], ['letters.id'], name=op.f('fk_letters_follows_id_letters')),
    sa.ForeignKeyConstraint(['replied_by_id'], ['letters.id'], name=op.f('fk_letters_replied_by_id_letters')),
    sa.ForeignKeyConstraint(['reply_to_id'], ['letters.id'], name=op.f('fk_letters_reply_to_id_letters')),
    sa.ForeignKeyConstraint(['sender_id'], ['contacts.id'], name=op.f('fk_letters_sender_id_contacts')),
    sa.ForeignKeyConstraint(['signatory_id'], ['users.id'], name=op.f('fk_letters_signatory_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letters')),
    sa.UniqueConstraint('number', name=op.f('uq_letters_number')),
    sa.UniqueConstraint('secretariat_code', 'kind', 'year', 'seq', name='uq_letters_sequence')
    )
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.create_index('ix_letters_classification', ['classification'], unique=False)
        batch_op.create_index('ix_letters_follows_id', ['follows_id'], unique=False)
        batch_op.create_index('ix_letters_kind', ['kind'], unique=False)
        batch_op.create_index('ix_letters_kind_classification', ['kind', 'classification'], unique=False)
        batch_op.create_index('ix_letters_registered_on', ['registered_on'], unique=False)
        batch_op.create_index('ix_letters_reply_expected_by', ['reply_expected_by'], unique=False)
        batch_op.create_index('ix_letters_reply_to_id', ['reply_to_id'], unique=False)
        batch_op.create_index('ix_letters_sender_id', ['sender_id'], unique=False)
        batch_op.create_index('ix_letters_status', ['status'], unique=False)
        batch_op.create_index('ix_letters_status_classification', ['status', 'classification'], unique=False)

    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.Column('added_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_attachments_added_by_id_users')),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], name=op.f('fk_attachments_letter_id_letters')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments')),
    sa.UniqueConstraint('letter_id', 'sha256', name='uq_attachments_letter_file')
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index('ix_attachments_sha256', ['sha256'], unique=False)

    op.create_table('letter_parties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_letter_parties_contact_id_contacts')),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], name=op.f('fk_letter_parties_letter_id_letters')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter_parties'))
    )
    with op.batch_alter_table('letter_parties', schema=None) as batch_op:
        batch_op.create_index('ix_letter_parties_contact_id', ['contact_id'], unique=False)
        batch_op.create_index('ix_letter_parties_letter_id', ['letter_id'], unique=False)

    op.create_table('letter_texts',
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], name=op.f('fk_letter_texts_letter_id_letters')),
    sa.PrimaryKeyConstraint('letter_id', name=op.f('pk_letter_texts'))
    )
    op.create_table('referrals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('from_user_id', sa.Integer(), nullable=False),
    sa.Column('to_user_id', sa.Integer(), nullable=False),
    sa.Column('instruction', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.Column('read_at', secretariat.kernel.db.types.UTCDateTime(), nullable=True),
    sa.Column('closed_at', secretariat.kernel.db.types.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['from_user_id'], ['users.id'], name=op.f('fk_referrals_from_user_id_users')),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], name=op.f('fk_referrals_letter_id_letters')),
    sa.ForeignKeyConstraint(['parent_id'], ['referrals.id'], name=op.f('fk_referrals_parent_id_referrals')),
    sa.ForeignKeyConstraint(['to_user_id'], ['users.id'], name=op.f('fk_referrals_to_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index('ix_referrals_inbox', ['to_user_id', 'status'], unique=False)
        batch_op.create_index('ix_referrals_letter_id', ['letter_id'], unique=False)

    # Full-text search on SQLite: an FTS5 index over letter_texts.search_text (the
    # normalised text the service writes), rowid = letter id. Written by the service,
    # not by triggers. PostgreSQL matches search_text with LIKE instead.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE letter_fts USING fts5("
            "search_text, content='letter_texts', content_rowid='letter_id', "
            "tokenize='unicode61', prefix='2 3 4')"
        )

def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS letter_fts")
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index('ix_referrals_letter_id')
        batch_op.drop_index('ix_referrals_inbox')

    op.drop_table('referrals')
    op.drop_table('letter_texts')
    with op.batch_alter_table('letter_parties', schema=None) as batch_op:
        batch_op.drop_index('ix_letter_parties_letter_id')
        batch_op.drop_index('ix_letter_parties_contact_id')

    op.drop_table('letter_parties')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index('ix_attachments_sha256')

    op.drop_table('attachments')
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.drop_index('ix_letters_status_classification')
        batch_op.drop_index('ix_letters_status')
        batch_op.drop_index('ix_letters_sender_id')
        batch_op.drop_index('ix_letters_reply_to_id')
        batch_op.drop_index('ix_letters_reply_expected_by')
        batch_op.drop_index('ix_letters_registered_on')
        batch_op.drop_index('ix_letters_kind_classification')
        batch_op.drop_index('ix_letters_kind')
        batch_op.drop_index('ix_letters_follows_id')
        batch_op.drop_index('ix_letters_classification')

    op.drop_table('letters')
    op.drop_table('letter_counters')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_organisation_id'))
        batch_op.drop_index('ix_contacts_name_norm')

    op.drop_table('contacts')
