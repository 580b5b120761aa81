"""The UI twin of ``secretariat/features.py``: each feature's navigation pages and home tiles.

One entry per feature. Pages and tiles name their code by import path strings, so the main
window imports a page's module only when the page is first shown. Titles are English
translation sources (context "Navigation"); the Persian is in the feature's .ts file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import role_allows
from secretariat.kernel.registry import load
from ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Page:
    """A navigation page: ``factory(ctx, user)`` builds it (None: a «coming soon» page)."""

    key: str
    title_source: str
    permission: str
    factory: str | None = None
    order: int = 100

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title_source)


@dataclass(frozen=True)
class TileData:
    """What a home tile shows: a title, a count, a state colour and the page it opens."""

    title: str
    count: int | None = None
    state: str = "normal"  # normal | attention | warning
    page: str | None = None


@dataclass(frozen=True)
class Tile:
    """A home tile: ``function(ctx, user) -> TileData`` runs off the UI thread."""

    key: str
    title_source: str
    function: str
    page: str
    permission: str
    order: int = 100


@dataclass(frozen=True)
class UiFeature:
    name: str
    pages: tuple[Page, ...] = ()
    tiles: tuple[Tile, ...] = ()
    # The screen tour (``python -m ui.tour``): a module with ``seed(ctx, admin) -> None`` (sample
    # data through the feature's api) and ``screens(ctx, user) -> Iterator[tuple[str, QWidget]]``
    # (each page and dialog built on that data, not shown).
    tour: str | None = None
    # ``hook(window) -> None`` run once the main window is built: a feature's menu entries
    # (``window.menus["tools"]``), status-bar widgets, what it does while the app runs and at
    # closing (an event filter on the window).
    window: tuple[str, ...] = ()


UI_FEATURES: tuple[UiFeature, ...] = (
    UiFeature(
        "shell",
        pages=(
            Page("users", QT_TRANSLATE_NOOP("Navigation", "Users"), "manage_users",
                 "ui.pages.users_page:UsersPage", order=70),
            Page("audit", QT_TRANSLATE_NOOP("Navigation", "Audit log"), "read_audit",
                 "ui.pages.audit_page:AuditPage", order=80),
            Page("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "manage_settings",
                 "ui.pages.settings_page:SettingsPage", order=90),
        ),
    ),
    UiFeature(
        "correspondence",
        pages=(
            Page("inbox", QT_TRANSLATE_NOOP("Navigation", "Inbox"), "read_letters",
                 "ui.pages.inbox_page:InboxPage", order=10),
            Page("letters", QT_TRANSLATE_NOOP("Navigation", "Correspondence"), "read_letters",
                 "ui.pages.letters.register_page:LettersPage", order=20),
            Page("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "read_letters",
                 order=60),
        ),
        tiles=(
            Tile("inbox", QT_TRANSLATE_NOOP("Navigation", "Inbox"),
                 "ui.pages.inbox_page:inbox_tile", "inbox", "read_letters", order=10),
        ),
    ),
    UiFeature(
        "contacts",
        pages=(
            Page("contacts", QT_TRANSLATE_NOOP("Navigation", "Contacts"), "read_contacts",
                 "ui.pages.contacts_page:ContactsPage", order=30),
        ),
    ),
    UiFeature(
        "cases",  # planned: its page is «coming soon» until the feature arrives
        pages=(
            Page("cases", QT_TRANSLATE_NOOP("Navigation", "Assigned tasks"), "work_cases",
                 order=40),
        ),
    ),
    UiFeature(
        "membership",  # planned
        pages=(
            Page("associations", QT_TRANSLATE_NOOP("Navigation", "Associations and members"),
                 "manage_membership", order=50),
        ),
    ),
    UiFeature(
        "operations",
        pages=(
            Page("backups", QT_TRANSLATE_NOOP("Navigation", "Backups"), "manage_backups",
                 "ui.operations.backups_page:BackupsPage", order=85),
        ),
        tiles=(
            Tile("backups", QT_TRANSLATE_NOOP("Navigation", "Backups"),
                 "ui.operations.backup_status:backup_tile", "backups", "manage_backups",
                 order=85),
        ),
        window=("ui.operations.window:install",),
    ),
)


def _pages() -> Iterator[Page]:
    for feature in UI_FEATURES:
        yield from feature.pages


def pages_for(role: str) -> list[Page]:
    """The pages ``role`` may use, in navigation order; the others are not shown at all."""
    return sorted((p for p in _pages() if role_allows(role, p.permission)),
                  key=lambda p: p.order)


def window_hooks() -> list[str]:
    return [hook for feature in UI_FEATURES for hook in feature.window]


def tiles_for(role: str) -> list[Tile]:
    tiles = (t for f in UI_FEATURES for t in f.tiles)
    return sorted((t for t in tiles if role_allows(role, t.permission)), key=lambda t: t.order)


def build_page(page: Page, ctx: AppContext, user: CurrentUser) -> Any:
    factory: Callable[[AppContext, CurrentUser], Any] = load(page.factory or "")
    return factory(ctx, user)
