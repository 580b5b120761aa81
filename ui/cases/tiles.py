"""The cases' home tiles (run off the UI thread): what an expert sees first after signing
in — their overdue cases, their cases due soon — and the workgroup's resolutions past their
deadline. A manager's tiles count everyone's cases."""

from __future__ import annotations

from secretariat.cases import api as cases
from secretariat.cases.api import CasePermission
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import role_allows
from ui.features import TileData


def _counts(ctx: AppContext, user: CurrentUser) -> cases.CaseCounts:
    return cases.case_counts(ctx, user, mine=not _manages(user))


def _manages(user: CurrentUser) -> bool:
    return role_allows(user.role, CasePermission.MANAGE)


def _cases_page(user: CurrentUser) -> str:
    """A manager's counts are everyone's cases: the tile opens (and badges) that page."""
    return "all_cases" if _manages(user) else "my_cases"


def overdue_tile(ctx: AppContext, user: CurrentUser) -> TileData:
    count = _counts(ctx, user).overdue
    return TileData(title="", count=count, state="warning" if count else "normal",
                    page=_cases_page(user))


def due_soon_tile(ctx: AppContext, user: CurrentUser) -> TileData:
    count = _counts(ctx, user).due_soon
    return TileData(title="", count=count, state="attention" if count else "normal",
                    page=_cases_page(user))


def late_resolutions_tile(ctx: AppContext, user: CurrentUser) -> TileData:
    count = _counts(ctx, user).resolutions_late
    return TileData(title="", count=count, state="warning" if count else "normal",
                    page="workgroup")
