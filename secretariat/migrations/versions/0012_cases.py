"""cases: transferred duties (MoU, duty types), cases with their clock and timeline, letters
linked, site visits and files, the admin's calendar days, the workgroup's meetings and
resolutions

Revision ID: 0012_cases
Revises: 0011c_compact_storage
Create Date: 2026-12-05 12:47:01

New tables only: nothing existing changes. Case numbers use the kernel's counters table
(scope «case», the Jalali year as period).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import secretariat.kernel.db.types


revision = '0012_cases'
down_revision = '0011c_compact_storage'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_calendar_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_case_calendar_days'))
    )
    op.create_table('case_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('minutes_number', sa.String(length=64), nullable=False),
    sa.Column('attendees', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_meetings'))
    )
    op.create_table('case_mous',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('counterparty', sa.String(length=300), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('letter_number', sa.String(length=64), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], name=op.f('fk_case_mous_letter_id_letters')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_mous'))
    )
    op.create_table('case_duty_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mou_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('clause', sa.String(length=100), nullable=False),
    sa.Column('service_days', sa.Integer(), nullable=False),
    sa.Column('warn_percent', sa.Integer(), nullable=False),
    sa.Column('site_visit', sa.Boolean(), nullable=False),
    sa.Column('pauses', sa.Boolean(), nullable=False),
    sa.Column('report_group', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['mou_id'], ['case_mous.id'], name=op.f('fk_case_duty_types_mou_id_case_mous')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_duty_types')),
    sa.UniqueConstraint('code', name=op.f('uq_case_duty_types_code'))
    )
    op.create_table('cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('duty_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('applicant_id', sa.Integer(), nullable=True),
    sa.Column('applicant_code', sa.String(length=14), nullable=False),
    sa.Column('org_letter_id', sa.Integer(), nullable=True),
    sa.Column('ref_124', sa.String(length=64), nullable=False),
    sa.Column('tracking_no', sa.String(length=64), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('classification', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('warn_on', sa.Date(), nullable=False),
    sa.Column('paused_days', sa.Integer(), nullable=False),
    sa.Column('paused_since', sa.Date(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('sla_final', sa.String(length=8), nullable=False),
    sa.Column('days_to_close', sa.Integer(), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['applicant_id'], ['contacts.id'], name=op.f('fk_cases_applicant_id_contacts')),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_cases_assignee_id_users')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_cases_created_by_id_users')),
    sa.ForeignKeyConstraint(['duty_id'], ['case_duty_types.id'], name=op.f('fk_cases_duty_id_case_duty_types')),
    sa.ForeignKeyConstraint(['org_letter_id'], ['letters.id'], name=op.f('fk_cases_org_letter_id_letters')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('number', name=op.f('uq_cases_number')),
    sa.UniqueConstraint('year', 'seq', name='uq_cases_sequence')
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_applicant_id', ['applicant_id'], unique=False)
        batch_op.create_index('ix_cases_assignee_open_due', ['assignee_id', 'closed_on', 'due_on'], unique=False)
        batch_op.create_index('ix_cases_duty_id', ['duty_id'], unique=False)
        batch_op.create_index('ix_cases_open_due', ['closed_on', 'due_on'], unique=False)
        batch_op.create_index('ix_cases_org_letter_id', ['org_letter_id'], unique=False)
        batch_op.create_index('ix_cases_received_on', ['received_on'], unique=False)
        batch_op.create_index('ix_cases_status', ['status'], unique=False)

    op.create_table('case_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('from_status', sa.String(length=24), nullable=False),
    sa.Column('to_status', sa.String(length=24), nullable=False),
    sa.Column('detail', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['by_id'], ['users.id'], name=op.f('fk_case_events_by_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_events_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_events'))
    )
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.create_index('ix_case_events_case_id', ['case_id'], unique=False)

    op.create_table('case_letters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_letters_case_id_cases')),
    sa.ForeignKeyConstraint(['letter_id'], ['letters.id'], name=op.f('fk_case_letters_letter_id_letters')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_letters')),
    sa.UniqueConstraint('case_id', 'letter_id', name='uq_case_letters_pair')
    )
    with op.batch_alter_table('case_letters', schema=None) as batch_op:
        batch_op.create_index('ix_case_letters_letter_id', ['letter_id'], unique=False)

    op.create_table('case_resolutions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('agency', sa.String(length=20), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('follow_up_of_id', sa.Integer(), nullable=True),
    sa.Column('created_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_resolutions_case_id_cases')),
    sa.ForeignKeyConstraint(['follow_up_of_id'], ['case_resolutions.id'], name=op.f('fk_case_resolutions_follow_up_of_id_case_resolutions')),
    sa.ForeignKeyConstraint(['meeting_id'], ['case_meetings.id'], name=op.f('fk_case_resolutions_meeting_id_case_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_resolutions'))
    )
    with op.batch_alter_table('case_resolutions', schema=None) as batch_op:
        batch_op.create_index('ix_case_resolutions_case_id', ['case_id'], unique=False)
        batch_op.create_index('ix_case_resolutions_open', ['status', 'deadline'], unique=False)

    op.create_table('case_site_visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('expert_id', sa.Integer(), nullable=True),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_site_visits_case_id_cases')),
    sa.ForeignKeyConstraint(['expert_id'], ['users.id'], name=op.f('fk_case_site_visits_expert_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_site_visits'))
    )
    with op.batch_alter_table('case_site_visits', schema=None) as batch_op:
        batch_op.create_index('ix_case_site_visits_case_id', ['case_id'], unique=False)

    op.create_table('case_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.Column('added_at', secretariat.kernel.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_case_files_added_by_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_files_case_id_cases')),
    sa.ForeignKeyConstraint(['visit_id'], ['case_site_visits.id'], name=op.f('fk_case_files_visit_id_case_site_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_files'))
    )
    with op.batch_alter_table('case_files', schema=None) as batch_op:
        batch_op.create_index('ix_case_files_case_id', ['case_id'], unique=False)
        batch_op.create_index('ix_case_files_sha256', ['sha256'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('case_files', schema=None) as batch_op:
        batch_op.drop_index('ix_case_files_sha256')
        batch_op.drop_index('ix_case_files_case_id')

    op.drop_table('case_files')
    with op.batch_alter_table('case_site_visits', schema=None) as batch_op:
        batch_op.drop_index('ix_case_site_visits_case_id')

    op.drop_table('case_site_visits')
    with op.batch_alter_table('case_resolutions', schema=None) as batch_op:
        batch_op.drop_index('ix_case_resolutions_open')
        batch_op.drop_index('ix_case_resolutions_case_id')

    op.drop_table('case_resolutions')
    with op.batch_alter_table('case_letters', schema=None) as batch_op:
        batch_op.drop_index('ix_case_letters_letter_id')

    op.drop_table('case_letters')
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.drop_index('ix_case_events_case_id')

    op.drop_table('case_events')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_status')
        batch_op.drop_index('ix_cases_received_on')
        batch_op.drop_index('ix_cases_org_letter_id')
        batch_op.drop_index('ix_cases_open_due')
        batch_op.drop_index('ix_cases_duty_id')
        batch_op.drop_index('ix_cases_assignee_open_due')
        batch_op.drop_index('ix_cases_applicant_id')

    op.drop_table('cases')
    op.drop_table('case_duty_types')
    op.drop_table('case_mous')
    op.drop_table('case_meetings')
    op.drop_table('case_calendar_days')
