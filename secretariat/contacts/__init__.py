"""Contacts: the one address book of organisations and persons that letters, cases and
membership name. Public module: ``secretariat.contacts.api``; the rest is private."""
