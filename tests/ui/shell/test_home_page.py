"""The home page (پیشخوان): the registry's tiles in order with their state and page, the
correspondence panel (my referrals by due date, today's letters, late replies), empty states."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from secretariat.correspondence import api as letters
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import today_tehran
from tests.conftest import WaitTasks
from tests.ui.letters_support import incoming, outgoing, register
from ui import features
from ui.dialogs.letter_form import LetterFormDialog
from ui.features import Tile, TileData, UiFeature
from ui.main_window import MainWindow
from ui.pages.home_letters import HomeLetters
from ui.pages.home_page import HomePage, tiles_per_row
from ui.widgets.empty_state import EmptyState

pytestmark = pytest.mark.gui


def another_feature_tile(_ctx: AppContext, _user: CurrentUser) -> TileData:
    """A tile another feature contributes (cases' «late cases», say)."""
    return TileData(title="", count=3, state="warning", page="letters")


def open_home(qtbot: QtBot, ctx: AppContext, user: CurrentUser,
              wait_tasks: WaitTasks) -> tuple[MainWindow, HomePage]:
    window = MainWindow(ctx, user)
    qtbot.addWidget(window)
    window.show()
    page = window.stack.currentWidget()
    assert isinstance(page, HomePage)
    wait_tasks()
    return window, page


def test_tiles_come_from_the_registry_in_order_and_open_their_page(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, clerk: CurrentUser,
        wait_tasks: WaitTasks, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = UiFeature("cases-like", tiles=(
        Tile("late_cases", "Late cases", f"{__name__}:another_feature_tile", "letters",
             "read_letters", order=15, badge=False),))
    monkeypatch.setattr(features, "UI_FEATURES", (*features.UI_FEATURES, extra))
    letter = register(ctx, admin, incoming("نامهٔ امروز"))
    letters.refer_letter(ctx, admin, letter.id, ["clerk"], "جهت اقدام")
    window, home = open_home(qtbot, ctx, clerk, wait_tasks)
    assert list(home.tiles) == ["inbox", "late_cases", "today", "late_replies"]
    inbox = home.tiles["inbox"]
    assert inbox.title.text() == "ارجاع‌های در انتظار من"
    assert inbox.count.text() == "۱" and inbox.property("state") == "normal"
    other = home.tiles["late_cases"]
    assert other.count.text() == "۳" and other.property("state") == "warning"
    assert home.tiles["today"].count.text() == "۱"
    inbox.click()
    assert window.stack.currentWidget() is window.show_page("inbox")
    assert window.navigation.currentRow() == window.page_keys().index("inbox")


def test_the_letters_panel_lists_referrals_by_due_date_and_today_s_letters(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, clerk: CurrentUser,
        wait_tasks: WaitTasks) -> None:
    today = today_tehran()
    first = register(ctx, admin, incoming("دیرتر"))
    second = register(ctx, admin, incoming("زودتر"))
    register(ctx, admin, outgoing("پاسخ امروز"))
    letters.refer_letter(ctx, admin, first.id, ["clerk"], "جهت اقدام", today + timedelta(days=9))
    letters.refer_letter(ctx, admin, second.id, ["clerk"], "جهت اقدام", today + timedelta(days=1))
    _window, home = open_home(qtbot, ctx, clerk, wait_tasks)
    panel = home.panels["letters"]
    assert isinstance(panel, HomeLetters)
    model = panel.referrals.model
    subjects = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert subjects == ["زودتر", "دیرتر"]
    assert panel.incoming.model.rowCount() == 2 and panel.outgoing.model.rowCount() == 1
    assert not panel.incoming.empty.is_showing()
    assert panel.late.empty.is_showing()  # nothing late: it says so
    assert panel.late.empty.text.text() == "هیچ نامه‌ای از مهلت پاسخ نگذشته است."


def test_an_empty_office_says_so_on_every_list(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                                wait_tasks: WaitTasks) -> None:
    """Finding 10: no blank grids; each empty list has its sentence."""
    _window, home = open_home(qtbot, ctx, clerk, wait_tasks)
    panel = home.panels["letters"]
    assert isinstance(panel, HomeLetters)
    for section in (panel.referrals, panel.late, panel.incoming, panel.outgoing):
        assert section.empty.is_showing() and section.empty.text.text()
    assert home.greeting.text().startswith("سلام، علی رضایی.")


def test_empty_states_on_the_list_pages(qtbot: QtBot, ctx: AppContext, clerk: CurrentUser,
                                        wait_tasks: WaitTasks) -> None:
    window, _home = open_home(qtbot, ctx, clerk, wait_tasks)
    expected = {
        "inbox": ("هیچ ارجاعی در انتظار شما نیست.", "رفتن به دفتر نامه‌ها"),
        "letters": ("هنوز هیچ نامهٔ وارده ثبت نشده است.", "ثبت نامهٔ وارده…"),
        "contacts": ("هنوز مخاطبی نیست.", "مخاطب تازه…"),
    }
    for key, (sentence, button) in expected.items():
        page = window.show_page(key)
        wait_tasks()
        empty = page.findChild(EmptyState)
        assert empty is not None and empty.is_showing(), key
        assert empty.text.text().startswith(sentence), key
        assert empty.button.isVisibleTo(empty) and empty.button.text() == button, key
    letters_page = window.show_page("letters")
    empty = letters_page.findChild(EmptyState)
    assert empty is not None
    empty.button.click()  # the button that fills the list: the form for the first letter
    [form] = letters_page.findChildren(LetterFormDialog)
    assert form.isVisible() and form.kind == "incoming"
    form.close()


def test_tiles_share_their_rows_evenly() -> None:
    assert [tiles_per_row(n) for n in (1, 3, 6, 7, 9, 12, 13)] == [1, 3, 6, 4, 5, 6, 5]


def test_a_tile_opens_and_badges_the_page_its_data_names(
        qtbot: QtBot, ctx: AppContext, clerk: CurrentUser, wait_tasks: WaitTasks,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A manager's «late cases» count everyone's cases: the tile opens that page (the data's
    ``page``), and its count sits beside it, not beside the page the registry names."""
    extra = UiFeature("cases-like", tiles=(
        Tile("late_cases", "Late cases", f"{__name__}:another_feature_tile", "contacts",
             "read_letters", order=15),))
    monkeypatch.setattr(features, "UI_FEATURES", (*features.UI_FEATURES, extra))
    window, home = open_home(qtbot, ctx, clerk, wait_tasks)
    titles = {window.page_keys()[row]: window.navigation.item(row).text()
              for row in range(window.navigation.count())}
    assert titles["letters"] == "مکاتبات (۳)" and titles["contacts"] == "مخاطبان"
    home.tiles["late_cases"].click()
    assert window.stack.currentWidget() is window.show_page("letters")
