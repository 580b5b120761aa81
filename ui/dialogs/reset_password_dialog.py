"""An administrator sets a new password for a user."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel import accounts
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from ui.dialogs.change_password_dialog import password_field
from ui.i18n import ltr_in_rtl
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.password_guide import PasswordGuide


class ResetPasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, actor: CurrentUser, username: str,
                 parent: QWidget | None = None, full_name: str = "") -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.username = ctx, actor, username
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(440)
        self.errors = FormErrors()
        self.password = password_field()
        self.repeat_password = password_field()
        self.must_change = QCheckBox(self.tr("Ask for a new password at the next sign-in"))
        self.must_change.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("User:"), QLabel(ltr_in_rtl(username)))
        form.addRow(self.tr("New password:"), self.errors.add_field("password", self.password))
        form.addRow(self.tr("Repeat password:"),
                    self.errors.add_field("repeat_password", self.repeat_password))
        self.password_guide = PasswordGuide(self.password, lambda: (username, full_name))
        form.addRow(self.password_guide)
        form.addRow("", self.must_change)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.errors.clear()
        password = self.password.text()
        if password != self.repeat_password.text():
            self.errors.show_error(ValidationError("repeat_password", "passwords_differ"))
            return
        ctx, actor, name, must = self.ctx, self.actor, self.username, self.must_change.isChecked()
        self.buttons.setEnabled(False)
        run_task(lambda: accounts.reset_password(ctx, actor, name, password, must_change=must),
                 on_finished=lambda _none: self.accept(), on_failed=self._failed, context=self)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_failure(exc, self)
