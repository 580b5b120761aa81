"""The UI twin of ``secretariat/features.py``: each feature's navigation pages, home tiles and
home panels, and its screen-tour module.

One entry per feature. Pages, tiles and panels name their code by import path strings, so the
main window imports a page's module only when the page is first shown. Titles are English
translation sources (context "Navigation"); the Persian is in the feature's .ts file. The
navigation lists only pages that exist (a page without a factory is a planned one and is not
shown); the home page (پیشخوان) shows every tile and panel the user's role may see, in order.
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
    """A navigation page: ``factory(ctx, user)`` builds it (None: planned, not shown).
    ``permission`` "" : everyone's."""

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
    """A home tile: ``function(ctx, user) -> TileData`` runs off the UI thread. Its count
    also shows beside its page in the navigation unless ``badge`` is False."""

    key: str
    title_source: str
    function: str
    page: str
    permission: str
    order: int = 100
    badge: bool = True


@dataclass(frozen=True)
class Panel:
    """A section of the home page below the tiles: ``factory(ctx, user, open_page)`` builds
    a widget (``open_page(key)`` shows a navigation page) that keeps itself up to date."""

    key: str
    title_source: str
    factory: str
    permission: str
    order: int = 100

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title_source)


@dataclass(frozen=True)
class LetterSection:
    """A tab another feature adds to the letter page (correspondence's screens never import
    that feature): ``factory(ctx, user, parent)`` builds a widget whose
    ``show_letter(letter) -> int`` fills it and returns the count shown beside the title."""

    key: str
    title_source: str
    factory: str
    permission: str

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title_source)


@dataclass(frozen=True)
class UiFeature:
    name: str
    pages: tuple[Page, ...] = ()
    tiles: tuple[Tile, ...] = ()
    panels: tuple[Panel, ...] = ()
    letter_sections: tuple[LetterSection, ...] = ()
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
            Page("home", QT_TRANSLATE_NOOP("Navigation", "Home"), "",
                 "ui.pages.home_page:HomePage", order=0),
            Page("users", QT_TRANSLATE_NOOP("Navigation", "Users"), "manage_users",
                 "ui.pages.users_page:UsersPage", order=70),
            Page("audit", QT_TRANSLATE_NOOP("Navigation", "Audit log"), "read_audit",
                 "ui.pages.audit_page:AuditPage", order=80),
            Page("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "manage_settings",
                 "ui.pages.settings_page:SettingsPage", order=90),
        ),
        tour="ui.tour.shell",
    ),
    UiFeature(
        "correspondence",
        pages=(
            Page("inbox", QT_TRANSLATE_NOOP("Navigation", "Inbox"), "read_letters",
                 "ui.pages.inbox_page:InboxPage", order=10),
            Page("letters", QT_TRANSLATE_NOOP("Navigation", "Correspondence"), "read_letters",
                 "ui.pages.letters.register_page:LettersPage", order=20),
        ),
        tiles=(
            Tile("inbox", QT_TRANSLATE_NOOP("Navigation", "Referrals waiting for me"),
                 "ui.pages.inbox_page:inbox_tile", "inbox", "read_letters", order=10),
            Tile("today", QT_TRANSLATE_NOOP("Navigation", "Letters registered today"),
                 "ui.pages.home_letters:today_tile", "letters", "read_letters", order=20,
                 badge=False),
            Tile("late_replies", QT_TRANSLATE_NOOP("Navigation", "Replies past their date"),
                 "ui.pages.home_letters:late_replies_tile", "letters", "read_letters",
                 order=30, badge=False),
        ),
        panels=(
            Panel("letters", QT_TRANSLATE_NOOP("Navigation", "Letters"),
                  "ui.pages.home_letters:HomeLetters", "read_letters", order=10),
        ),
        tour="ui.tour.correspondence",
    ),
    UiFeature(
        "printing",
        tour="ui.printing._tour",
    ),
    UiFeature(
        "contacts",
        pages=(
            Page("contacts", QT_TRANSLATE_NOOP("Navigation", "Contacts"), "read_contacts",
                 "ui.pages.contacts_page:ContactsPage", order=30),
        ),
        tour="ui.tour.contacts",
    ),
    UiFeature(
        "cases",
        pages=(
            Page("my_cases", QT_TRANSLATE_NOOP("Navigation", "My cases"), "work_cases",
                 "ui.cases.cases_page:my_cases_page", order=40),
            Page("all_cases", QT_TRANSLATE_NOOP("Navigation", "All cases"), "manage_cases",
                 "ui.cases.cases_page:all_cases_page", order=41),
            Page("workgroup", QT_TRANSLATE_NOOP("Navigation", "Facilitation workgroup"),
                 "work_cases", "ui.cases.workgroup_page:WorkgroupPage", order=42),
            Page("case_report", QT_TRANSLATE_NOOP("Navigation", "Cases report"), "manage_cases",
                 "ui.cases.report_page:ReportPage", order=43),
            Page("duties", QT_TRANSLATE_NOOP("Navigation", "MoU and duty types"),
                 "manage_duties", "ui.cases.duties_page:DutiesPage", order=44),
            Page("calendar", QT_TRANSLATE_NOOP("Navigation", "Working-day calendar"),
                 "work_cases", "ui.cases.calendar_page:CalendarPage", order=45),
        ),
        tiles=(
            Tile("cases_overdue", QT_TRANSLATE_NOOP("Navigation", "My overdue cases"),
                 "ui.cases.tiles:overdue_tile", "my_cases", "work_cases", order=5),
            Tile("cases_due_soon", QT_TRANSLATE_NOOP("Navigation", "My cases due soon"),
                 "ui.cases.tiles:due_soon_tile", "my_cases", "work_cases", order=6),
            Tile("resolutions_late",
                 QT_TRANSLATE_NOOP("Navigation", "Open resolutions past their deadline"),
                 "ui.cases.tiles:late_resolutions_tile", "workgroup", "work_cases", order=7),
        ),
        letter_sections=(
            LetterSection("cases", QT_TRANSLATE_NOOP("Navigation", "Cases"),
                          "ui.cases.letter_section:letter_cases_section", "read_cases"),
        ),
        tour="ui.cases._tour",
    ),
    UiFeature(
        "membership",
        pages=(
            Page("associations", QT_TRANSLATE_NOOP("Navigation", "Associations"),
                 "manage_membership", "ui.membership.associations_page:AssociationsPage",
                 order=50),
            Page("member_units", QT_TRANSLATE_NOOP("Navigation", "Member units"),
                 "read_membership", "ui.membership.units_page:UnitsPage", order=51),
            Page("memberships", QT_TRANSLATE_NOOP("Navigation", "Memberships"),
                 "read_membership", "ui.membership.members_page:MembersPage", order=52),
            Page("member_reminders", QT_TRANSLATE_NOOP("Navigation", "Renewals and arrears"),
                 "manage_membership", "ui.membership.reminders_page:RemindersPage", order=53),
        ),
        tiles=(
            Tile("membership_expiring",
                 QT_TRANSLATE_NOOP("Navigation", "Memberships expiring within 30 days"),
                 "ui.membership.reminders_page:expiring_tile", "member_reminders",
                 "manage_membership", order=50),
            Tile("membership_grace", QT_TRANSLATE_NOOP("Navigation", "Memberships in grace"),
                 "ui.membership.reminders_page:grace_tile", "member_reminders",
                 "manage_membership", order=51),
            Tile("membership_arrears", QT_TRANSLATE_NOOP("Navigation", "Memberships in arrears"),
                 "ui.membership.reminders_page:arrears_tile", "member_reminders",
                 "manage_membership", order=52),
        ),
        tour="ui.membership._tour",
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


def _allowed(role: str, permission: str) -> bool:
    return not permission or role_allows(role, permission)


def pages_for(role: str) -> list[Page]:
    """The pages ``role`` may use that exist, in navigation order; the others are not shown."""
    return sorted((p for p in _pages() if p.factory and _allowed(role, p.permission)),
                  key=lambda p: p.order)


def window_hooks() -> list[str]:
    return [hook for feature in UI_FEATURES for hook in feature.window]


def tiles_for(role: str) -> list[Tile]:
    tiles = (t for f in UI_FEATURES for t in f.tiles)
    return sorted((t for t in tiles if _allowed(role, t.permission)), key=lambda t: t.order)


def panels_for(role: str) -> list[Panel]:
    panels = (p for f in UI_FEATURES for p in f.panels)
    return sorted((p for p in panels if _allowed(role, p.permission)), key=lambda p: p.order)


def tours() -> list[str]:
    """The screen-tour modules, in registry order (``python -m ui.tour``)."""
    return [f.tour for f in UI_FEATURES if f.tour]


def letter_sections_for(role: str) -> list[LetterSection]:
    """The tabs other features add to the letter page, for this role."""
    return [s for f in UI_FEATURES for s in f.letter_sections if _allowed(role, s.permission)]


def build_page(page: Page, ctx: AppContext, user: CurrentUser) -> Any:
    factory: Callable[[AppContext, CurrentUser], Any] = load(page.factory or "")
    return factory(ctx, user)
