"""The sign dialog names the chosen signatory and says when someone signs for them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from secretariat.correspondence import api as letters
from secretariat.kernel.context import AppContext, CurrentUser
from tests.conftest import MakeUser
from tests.ui.letters_support import outgoing, register
from ui.dialogs.letter_view import LetterViewDialog
from ui.dialogs.letter_view_actions import SignDialog

pytestmark = pytest.mark.gui


def _view(qtbot: QtBot, ctx: AppContext, user: CurrentUser, letter_id: int) -> LetterViewDialog:
    view = LetterViewDialog(ctx, user, letter_id, None)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    return view


def test_an_admin_signs_for_the_chosen_signatory(
    qtbot: QtBot, ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    make_user("manager1", "manager")
    draft = register(ctx, admin, outgoing("دعوت به نشست", draft=True, signatory="manager1"))
    view = _view(qtbot, ctx, admin, draft.id)
    assert view.sign_button.isEnabled()
    dialog = view.sign()
    assert isinstance(dialog, SignDialog)
    assert dialog.signatory.text() == "کاربر manager1"  # not the admin's name
    assert "کاربر manager1" in dialog.on_behalf.text() and dialog.on_behalf.isVisible()
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.run()
    signed = letters.get_letter(ctx, admin, draft.id)
    assert signed.signatory == "manager1" and signed.number is not None


def test_the_signatory_signs_without_a_note(
    qtbot: QtBot, ctx: AppContext, admin: CurrentUser, make_user: MakeUser
) -> None:
    manager = make_user("manager1", "manager")
    draft = register(ctx, admin, outgoing("دعوت به نشست", draft=True, signatory="manager1"))
    view = _view(qtbot, ctx, manager, draft.id)
    dialog = view.sign()
    assert isinstance(dialog, SignDialog)
    assert dialog.on_behalf.text() == "" and not dialog.on_behalf.isVisible()
