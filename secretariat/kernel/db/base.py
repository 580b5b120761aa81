"""Declarative base with a naming convention, so migrations get stable constraint names."""

from __future__ import annotations

from sqlalchemy import MetaData, Table
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Full-text tables are SQLite virtual tables (and their shadow tables) made by hand in
# migrations; on PostgreSQL the full-text column and its index are. Autogenerate must
# neither create nor drop them.
UNMANAGED_TABLE_PREFIXES = ("letter_fts",)
UNMANAGED_NAMES = {"column": ("search_tsv",), "index": ("ix_letter_texts_search_tsv",)}


def is_managed_name(name: str | None, type_: str, _parents: object = None) -> bool:
    """Alembic ``include_name`` hook: skip the hand-made full-text tables and columns."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(UNMANAGED_TABLE_PREFIXES)
    return name not in UNMANAGED_NAMES.get(type_, ())


def table_of(mapped: type[Base]) -> Table:
    """The Core table of a mapped class (bulk statements skip the ORM's bookkeeping)."""
    table = mapped.__table__
    assert isinstance(table, Table)
    return table
