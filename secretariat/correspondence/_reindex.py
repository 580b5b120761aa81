"""Rebuilding the search index from the letters: after rows were copied in from another
database (a copy carries tables, and the SQLite index is not one), or after
``SEARCH_TEXT_VERSION`` changed (a migration calls it)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secretariat.correspondence import _search_index as search_index
from secretariat.correspondence._models import Letter
from secretariat.correspondence._records import all_search_texts
from secretariat.kernel import audit, keys
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import Permission, require


def rebuild_search_index(ctx: AppContext, actor: CurrentUser) -> int:
    """Index every letter again (admin only; one transaction, audited); returns how many."""
    require(actor, Permission.MANAGE_SETTINGS)
    with ctx.write() as session:
        index_all_letters(session)
        count = int(session.scalar(select(func.count()).select_from(Letter)) or 0)
        audit.record(session, actor, "rebuild_search_index", "database",
                     keys.database_id(session), None, {"letters": count})
        return count


def index_all_letters(session: Session) -> None:
    """The rebuild inside the caller's transaction (a migration's, on its connection)."""
    search_index.rebuild(session, all_search_texts(session))
