"""The main window: navigation on the right, pages by role, status bar, menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from secretariat.kernel.context import AppContext, CurrentUser
from ui.main_window import MainWindow
from ui.pages.placeholder_page import PlaceholderPage

pytestmark = pytest.mark.gui

ALL_PAGES = ["inbox", "letters", "contacts", "my_cases", "all_cases", "workgroup", "case_report",
             "duties", "calendar", "associations", "member_units", "memberships",
             "member_reminders", "reports", "users", "audit", "backups",
             "settings"]


def main_window(qtbot: QtBot, ctx: AppContext, user: CurrentUser) -> MainWindow:
    window = MainWindow(ctx, user)
    qtbot.addWidget(window)
    window.show()
    return window


def test_admin_sees_every_page_in_persian(qtbot: QtBot, ctx: AppContext, admin: CurrentUser) -> None:
    window = main_window(qtbot, ctx, admin)
    assert window.page_keys() == ALL_PAGES
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["کارتابل", "مکاتبات", "مخاطبان", "پرونده‌های من", "همهٔ پرونده‌ها",
                      "کارگروه تسهیل و رفع موانع تولید", "گزارش پرونده‌ها",
                      "تفاهم‌نامه و انواع وظیفه", "تقویم روزهای کاری", "انجمن‌ها",
                      "واحدهای عضو", "عضویت‌ها", "تمدید و بدهی", "گزارش‌ها", "کاربران",
                      "گزارش ممیزی", "پشتیبان‌ها", "تنظیمات"]
    assert window.settings_action.isVisible()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&فایل", "&ابزار", "&راهنما"]


def test_status_bar_shows_user_role_and_database(qtbot: QtBot, ctx: AppContext,
                                                 admin: CurrentUser) -> None:
    window = main_window(qtbot, ctx, admin)
    assert window.user_label.text() == "کاربر: مریم احمدی (مدیر سامانه)"
    assert ctx.database_label in window.database_label.text()
    assert window.database_label.text().startswith("پایگاه داده:")
    assert window.statusBar().isAncestorOf(window.database_label)


def test_clerk_does_not_see_admin_pages(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser) -> None:
    window = main_window(qtbot, ctx, clerk)
    assert window.page_keys() == ["inbox", "letters", "contacts", "reports"]
    assert not window.settings_action.isVisible()
    assert window.password_action.isVisible()
    assert window.user_label.text() == "کاربر: علی رضایی (کاربر دبیرخانه)"


def test_navigation_is_on_the_right(qtbot: QtBot, ctx: AppContext, admin: CurrentUser) -> None:
    window = main_window(qtbot, ctx, admin)
    nav_left = window.navigation.mapTo(window, QPoint(0, 0)).x()
    stack_left = window.stack.mapTo(window, QPoint(0, 0)).x()
    assert nav_left > stack_left
    assert nav_left + window.navigation.width() == window.width()


def test_unbuilt_pages_show_a_tidy_placeholder(qtbot: QtBot, ctx: AppContext,
                                               admin: CurrentUser) -> None:
    window = main_window(qtbot, ctx, admin)
    page = window.show_page("reports")
    assert isinstance(page, PlaceholderPage)
    assert window.stack.currentWidget() is page
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert texts == ["گزارش‌ها", "به‌زودی"]


def test_about_dialog_shows_the_version_and_font_licence(qtbot: QtBot, ctx: AppContext,
                                                         admin: CurrentUser) -> None:
    import secretariat
    from secretariat.kernel.text.digits import to_persian_digits

    window = main_window(qtbot, ctx, admin)
    dialog = window.open_about()
    version = to_persian_digits(secretariat.__version__)
    assert dialog.version_label.text() == f"نسخه {version}"  # type: ignore[attr-defined]
    licence = dialog.licence.toPlainText()  # type: ignore[attr-defined]
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    dialog.close()


def test_register_book_and_letterhead_are_in_the_menus(qtbot: QtBot, ctx: AppContext, admin: CurrentUser) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(ctx, admin)
    qtbot.addWidget(window)
    assert window.register_book_action.isVisible()
    assert window.letterhead_action.isVisible()
    dialog = window.open_register_book()
    assert dialog.isVisible()
    dialog.close()
    settings = window.open_letterhead_settings()
    assert settings.isVisible()
    settings.close()
