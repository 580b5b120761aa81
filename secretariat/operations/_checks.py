"""Operations' checks for ``secretariat check`` (named in the registry)."""

from __future__ import annotations

from sqlalchemy import text

from secretariat.kernel.context import AppContext
from secretariat.kernel.integrity import CheckReport, Problem

SEARCH_INDEX = "ix_letter_texts_search_tsv"


def check_search_index(ctx: AppContext, report: CheckReport) -> bool:
    """PostgreSQL answers searches from a GIN index (migration 0015): is it there and valid?
    (SQLite's full-text table is the register's own.)"""
    with ctx.read() as session:
        if session.get_bind().dialect.name != "postgresql":
            return False
        valid = session.execute(text(
            "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE c.relname = :name"), {"name": SEARCH_INDEX}).scalar()
    if not valid:
        report.problems.append(Problem("search_index_missing", {}))
    return True
