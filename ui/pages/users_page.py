"""Users (admin): the list of accounts; add, edit and reset a password through dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel import accounts
from secretariat.kernel.accounts import UserInfo
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.events import UserChanged
from ui.crash import report_exception
from ui.dialogs.reset_password_dialog import ResetPasswordDialog
from ui.dialogs.user_dialog import UserDialog
from ui.models.users_model import UsersTableModel
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.widgets.tables import configure_list_table, select_row


class UsersPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.model = UsersTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table, stretch=1)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("New user…"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setToolTip(self.tr(
            "Lift the lockout of an account locked after too many wrong passwords."))
        self.unlock_button.clicked.connect(self.unlock)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button,
                       self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Users")))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()
        self.follow((UserChanged,))

    def activate(self) -> None:
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        ctx, user = self.ctx, self.user
        self.requests.run("list", lambda: accounts.list_users(ctx, user),
                          lambda users: self._show(users, select))

    def _show(self, users: list[UserInfo], select: str | None) -> None:
        selected = self.selected_user()
        current = select or (selected.username if selected else None)
        self.model.set_users(users)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            select_row(self.table, row)
        self._update_buttons()

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        selected = self.selected_user()
        chosen = selected is not None
        self.edit_button.setEnabled(chosen)
        self.reset_button.setEnabled(chosen)
        self.unlock_button.setEnabled(selected is not None and selected.locked_until is not None)

    def unlock(self) -> None:
        """Lift the selected account's lockout (the kernel's ``unlock_user``, audited)."""
        chosen = self.selected_user()
        if chosen is None or chosen.locked_until is None:
            return
        ctx, user, name = self.ctx, self.user, chosen.username
        self.unlock_button.setEnabled(False)
        self.requests.run("unlock", lambda: accounts.unlock_user(ctx, user, name),
                          lambda _done: self.refresh(name), self._unlock_failed)

    def _unlock_failed(self, exc: BaseException) -> None:
        self.refresh()
        report_exception(exc, self)

    # --- dialogs (opened window-modal with open(): no nested event loop) -----------------

    def add_user(self) -> UserDialog:
        return self._open_user_dialog(None)

    def edit_user(self) -> UserDialog | None:
        chosen = self.selected_user()
        return self._open_user_dialog(chosen) if chosen else None

    def _open_user_dialog(self, existing: UserInfo | None) -> UserDialog:
        dialog = UserDialog(self.ctx, self.user, existing, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.refresh(dialog.saved_user.username if dialog.saved_user else None))
        dialog.open()
        return dialog

    def reset_password(self) -> ResetPasswordDialog | None:
        chosen = self.selected_user()
        if chosen is None:
            return None
        dialog = ResetPasswordDialog(self.ctx, self.user, chosen.username, self,
                                     chosen.full_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.refresh(chosen.username))
        dialog.open()
        return dialog
