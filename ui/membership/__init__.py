"""Membership's screens: associations and types, member units, memberships with their periods
and payments, renewals and arrears, import and export. They use ``secretariat.membership.api``
only (and ``contacts.api``/printing's preview through the shared UI helpers)."""
