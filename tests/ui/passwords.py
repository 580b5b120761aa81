"""Passwords of the accounts the UI test fixtures create."""

ADMIN_PASSWORD = "admin-pass-1"
CLERK_PASSWORD = "clerk-pass-1"
