"""The main window: navigation on the right, pages by role, status bar, menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from secretariat.kernel.context import AppContext, CurrentUser
from ui import features
from ui.features import Page, UiFeature
from ui.main_window import MainWindow
from ui.pages.home_page import HomePage

pytestmark = pytest.mark.gui

# The pages that exist on this branch (planned features' pages are not listed).
ALL_PAGES = ["home", "inbox", "letters", "contacts", "my_cases", "all_cases", "workgroup",
             "case_report", "duties", "calendar", "associations", "member_units", "memberships",
             "member_reminders", "users", "audit", "backups", "settings"]


def main_window(qtbot: QtBot, ctx: AppContext, user: CurrentUser) -> MainWindow:
    window = MainWindow(ctx, user)
    qtbot.addWidget(window)
    window.show()
    return window


def test_admin_sees_every_page_in_persian(qtbot: QtBot, ctx: AppContext, admin: CurrentUser) -> None:
    window = main_window(qtbot, ctx, admin)
    existing = [p.key for p in features.pages_for("admin")]
    assert window.page_keys() == existing
    assert [k for k in existing if k in ALL_PAGES] == ALL_PAGES
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["پیشخوان", "کارتابل", "مکاتبات", "مخاطبان", "پرونده‌های من",
                      "همهٔ پرونده‌ها", "کارگروه تسهیل و رفع موانع تولید", "گزارش پرونده‌ها",
                      "تفاهم‌نامه و انواع وظیفه", "تقویم روزهای کاری", "انجمن‌ها",
                      "واحدهای عضو", "عضویت‌ها", "تمدید و بدهی", "کاربران", "گزارش ممیزی",
                      "پشتیبان‌ها", "تنظیمات"]
    assert "گزارش‌ها" not in titles and "به‌زودی" not in titles  # no planned pages shown
    assert window.settings_action.isVisible()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&فایل", "&ابزار", "&راهنما"]


def test_status_bar_shows_user_role_and_database(qtbot: QtBot, ctx: AppContext,
                                                 admin: CurrentUser) -> None:
    """Finding 15: where the data is, in words; the file's path only on hovering."""
    window = main_window(qtbot, ctx, admin)
    assert window.user_label.text() == "کاربر: مریم احمدی (مدیر سامانه)"
    assert window.database_label.text() == "پایگاه داده: همین رایانه"
    assert str(ctx.data_dir) not in window.database_label.text()
    assert window.database_label.toolTip() == ctx.database_label
    assert window.statusBar().isAncestorOf(window.database_label)


def test_clerk_does_not_see_admin_pages(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser) -> None:
    window = main_window(qtbot, ctx, clerk)
    assert window.page_keys() == ["home", "inbox", "letters", "contacts"]
    assert not window.settings_action.isVisible()
    assert window.password_action.isVisible()
    assert window.user_label.text() == "کاربر: علی رضایی (کاربر دبیرخانه)"


def test_navigation_is_on_the_right(qtbot: QtBot, ctx: AppContext, admin: CurrentUser) -> None:
    window = main_window(qtbot, ctx, admin)
    nav_left = window.navigation.mapTo(window, QPoint(0, 0)).x()
    stack_left = window.stack.mapTo(window, QPoint(0, 0)).x()
    assert nav_left > stack_left
    assert nav_left + window.navigation.width() == window.width()


def test_the_window_opens_on_the_home_page(qtbot: QtBot, ctx: AppContext,
                                           clerk: CurrentUser) -> None:
    window = main_window(qtbot, ctx, clerk)
    assert isinstance(window.stack.currentWidget(), HomePage)
    assert window.navigation.currentRow() == 0


def test_navigation_lists_only_features_that_exist(monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding 9: a planned feature (a page without a factory) is not in the navigation; a
    feature that arrives through the registry is."""
    planned = UiFeature("later", pages=(Page("later", "Later", "read_letters", order=5),))
    arrived = UiFeature("arrived", pages=(
        Page("arrived", "Arrived", "read_letters", "ui.pages.home_page:HomePage", order=6),))
    monkeypatch.setattr(features, "UI_FEATURES", (*features.UI_FEATURES, planned, arrived))
    keys = [p.key for p in features.pages_for("clerk")]
    assert "later" not in keys and "arrived" in keys
    assert all(p.factory for p in features.pages_for("admin"))


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


def test_every_page_title_fits_the_navigation(qtbot: QtBot, ctx: AppContext,
                                              admin: CurrentUser) -> None:
    """A feature's long title («کارگروه تسهیل و رفع موانع تولید») is read whole, not cut or
    scrolled sideways."""
    window = main_window(qtbot, ctx, admin)
    nav = window.navigation
    assert nav.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    metrics = QFontMetrics(nav.font())
    room = nav.viewport().width() - 28  # the items' padding
    for row in range(nav.count()):
        assert metrics.horizontalAdvance(nav.item(row).text()) <= room, nav.item(row).text()
