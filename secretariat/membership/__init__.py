"""Association membership: associations, member units (contacts of the shared address book),
membership types, memberships with one row per period, payments and receipts, cards and
certificates, reminders, and the member directory in Excel. Public module: ``api``."""
