"""Change one's own password (required after an administrator has reset it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel import accounts
from secretariat.kernel.context import AppContext, CurrentUser
from ui.tasks import run_task
from ui.widgets.caps_lock import CapsLockWarning
from ui.widgets.form_errors import FormErrors
from ui.widgets.password_guide import PasswordGuide


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(420)
        self.old_password = password_field()
        self.new_password = password_field()
        self.repeat_password = password_field()
        self.errors = FormErrors()

        intro = QLabel(
            self.tr("An administrator has reset your password. Choose a new one to continue.")
            if forced else self.tr("Choose a new password."))
        intro.setWordWrap(True)
        self.password_guide = PasswordGuide(self.new_password,
                                            lambda: (user.username, user.full_name))
        form = QFormLayout()
        form.addRow(self.tr("Current password:"),
                    self.errors.add_field("old_password", self.old_password))
        form.addRow(self.tr("New password:"),
                    self.errors.add_field("new_password", self.new_password, "password"))
        form.addRow(self.tr("Repeat new password:"),
                    self.errors.add_field("repeat_password", self.repeat_password))
        form.addRow(self.password_guide)
        self.caps_lock = CapsLockWarning(self.old_password, self.new_password,
                                         self.repeat_password)
        form.addRow("", self.caps_lock)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.errors.clear()
        old, new = self.old_password.text(), self.new_password.text()
        if new != self.repeat_password.text():
            self.errors.show_text("repeat_password", self.tr("The two passwords differ."))
            return
        self.buttons.setEnabled(False)
        run_task(lambda: accounts.change_own_password(self.ctx, self.user, old, new),
                 on_finished=lambda _none: self.accept(), on_failed=self._failed, context=self)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_failure(exc, self)
