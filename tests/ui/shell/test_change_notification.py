"""What one window changes, the others show without being reopened (ui/events.py)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from secretariat.correspondence import api as letters
from secretariat.kernel.context import AppContext, CurrentUser
from tests.conftest import WaitTasks
from tests.helpers import must
from tests.ui.letters_support import incoming
from ui.dialogs.letter_form import LetterFormDialog
from ui.main_window import MainWindow
from ui.pages.letters.register_page import LettersPage
from ui.tasks import run_task

pytestmark = pytest.mark.gui


def _subjects(page: LettersPage) -> list[str]:
    found = (page.model.letter_at(row) for row in range(page.model.rowCount()))
    return [letter.subject for letter in found if letter is not None]


def test_a_letter_from_the_form_shows_in_the_open_register_and_the_badge_follows(
        qtbot: QtBot, ctx: AppContext, admin: CurrentUser, clerk: CurrentUser, wait_tasks: WaitTasks) -> None:
    letters.register_letter(ctx, admin, incoming("نامهٔ پیشین"))
    window = MainWindow(ctx, admin)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("letters")
    assert isinstance(page, LettersPage)
    qtbot.waitUntil(lambda: _subjects(page) == ["نامهٔ پیشین"], timeout=10_000)
    inbox_row = window.page_keys().index("inbox")
    assert window.navigation.item(inbox_row).text() == "کارتابل"

    # The form registers through a worker; the register page is not told by the form.
    form = LetterFormDialog(ctx, admin, "incoming", window)
    qtbot.addWidget(form)
    form.fields.subject.setText("نامهٔ تازه از فرم")
    assert form.fields.sender_field is not None
    form.fields.sender_field.line_edit.setText("شرکت فولاد البرز")
    with qtbot.waitSignal(form.registered, timeout=10_000):
        form.save()
    qtbot.waitUntil(lambda: _subjects(page)[:1] == ["نامهٔ تازه از فرم"], timeout=10_000)

    # Someone refers it to the admin (here: another window's worker): the badge counts it.
    new_id = must(page.model.letter_at(0)).id
    run_task(lambda: letters.refer_letter(ctx, clerk, new_id, ["admin"], "جهت اقدام"))
    qtbot.waitUntil(lambda: window.navigation.item(inbox_row).text() == "کارتابل (۱)",
                    timeout=10_000)
    wait_tasks()
