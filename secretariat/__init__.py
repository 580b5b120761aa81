"""Secretariat core: domain, database, services, printing and CLI. No Qt here."""

__version__ = "0.1.0"
