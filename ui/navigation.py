"""The main window's pages: title, who may see them, and how to build them.

Later work replaces a ``None`` factory (the «coming soon» placeholder) with its page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.permissions import Permission, role_allows
from ui.i18n import QT_TRANSLATE_NOOP

PageFactory = Callable[[AppContext, CurrentUser], QWidget]


def _inbox_page(ctx: AppContext, user: CurrentUser) -> QWidget:
    from ui.pages.inbox_page import InboxPage

    return InboxPage(ctx, user)


def _letters_page(ctx: AppContext, user: CurrentUser) -> QWidget:
    from ui.pages.letters.register_page import LettersPage

    return LettersPage(ctx, user)


def _contacts_page(ctx: AppContext, user: CurrentUser) -> QWidget:
    from ui.pages.contacts_page import ContactsPage

    return ContactsPage(ctx, user)


def _users_page(ctx: AppContext, user: CurrentUser) -> QWidget:
    from ui.pages.users_page import UsersPage

    return UsersPage(ctx, user)


def _audit_page(ctx: AppContext, user: CurrentUser) -> QWidget:
    from ui.pages.audit_page import AuditPage

    return AuditPage(ctx, user)


def _settings_page(ctx: AppContext, user: CurrentUser) -> QWidget:
    from ui.pages.settings_page import SettingsPage

    return SettingsPage(ctx, user)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title_source: str  # English; translated in the "Navigation" context
    permission: Permission
    factory: PageFactory | None = None  # None: not built yet, a placeholder is shown

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title_source)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("inbox", QT_TRANSLATE_NOOP("Navigation", "Inbox"), Permission.READ_LETTERS,
             _inbox_page),
    PageSpec("letters", QT_TRANSLATE_NOOP("Navigation", "Correspondence"),
             Permission.READ_LETTERS, _letters_page),
    PageSpec("contacts", QT_TRANSLATE_NOOP("Navigation", "Contacts"), Permission.READ_LETTERS,
             _contacts_page),
    PageSpec("cases", QT_TRANSLATE_NOOP("Navigation", "Assigned tasks"), Permission.WORK_CASES),
    PageSpec("associations", QT_TRANSLATE_NOOP("Navigation", "Associations and members"),
             Permission.MANAGE_MEMBERSHIP),
    PageSpec("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), Permission.READ_LETTERS),
    PageSpec("users", QT_TRANSLATE_NOOP("Navigation", "Users"), Permission.MANAGE_USERS,
             _users_page),
    PageSpec("audit", QT_TRANSLATE_NOOP("Navigation", "Audit log"), Permission.READ_AUDIT,
             _audit_page),
    PageSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"),
             Permission.MANAGE_SETTINGS, _settings_page),
)


def pages_for(role: str) -> list[PageSpec]:
    """The pages ``role`` may use, in navigation order; the others are not shown at all."""
    return [page for page in PAGES if role_allows(role, page.permission)]
