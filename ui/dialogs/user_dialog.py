"""Add a user, or edit one (role, clearance, active, full name, post title)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel import accounts
from secretariat.kernel.accounts import UserInfo
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.permissions import Clearance, Role
from ui.dialogs.change_password_dialog import password_field
from ui.i18n import ltr_in_rtl
from ui.labels import clearance_label, role_label
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.password_guide import PasswordGuide


def code_combo(codes: list[str], label: Callable[[str], str]) -> QComboBox:
    """A combo box showing Persian names, holding the stored codes."""
    combo = QComboBox()
    for code in codes:
        combo.addItem(label(code), code)
    return combo


def select_code(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(max(combo.findData(code), 0))


class UserDialog(QDialog):
    """``existing`` None: a new user (with a password); else edits that user."""

    def __init__(self, ctx: AppContext, actor: CurrentUser, existing: UserInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.existing = ctx, actor, existing
        self.saved_user: UserInfo | None = None
        self.setWindowTitle(self.tr("New user") if existing is None else self.tr("Edit user"))
        self.setMinimumWidth(460)
        self.errors = FormErrors()
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.post_title = QLineEdit()
        self.role = code_combo([r.value for r in Role], role_label)
        self.clearance = code_combo([c.value for c in Clearance], clearance_label)
        self.active = QCheckBox(self.tr("Active (may sign in)"))
        self.password = password_field()
        self.repeat_password = password_field()

        form = QFormLayout()
        if existing is None:
            form.addRow(self.tr("Username:"), self.errors.add_field("username", self.username))
        else:
            form.addRow(self.tr("Username:"), QLabel(ltr_in_rtl(existing.username)))
        form.addRow(self.tr("Full name:"), self.errors.add_field("full_name", self.full_name))
        form.addRow(self.tr("Post title:"), self.errors.add_field("post_title", self.post_title))
        form.addRow(self.tr("Role:"), self.errors.add_field("role", self.role))
        form.addRow(self.tr("Clearance:"), self.errors.add_field("clearance", self.clearance))
        if existing is None:
            select_code(self.role, Role.CLERK)
            form.addRow(self.tr("Password:"), self.errors.add_field("password", self.password))
            form.addRow(self.tr("Repeat password:"),
                        self.errors.add_field("repeat_password", self.repeat_password))
            self.password_guide = PasswordGuide(
                self.password, lambda: (self.username.text(), self.full_name.text()))
            self.password_guide.watch(self.username, self.full_name)
            form.addRow(self.password_guide)
        else:
            self.full_name.setText(existing.full_name)
            self.post_title.setText(existing.post_title)
            select_code(self.role, existing.role)
            select_code(self.clearance, existing.clearance)
            self.active.setChecked(existing.active)
            form.addRow("", self.errors.add_field("active", self.active))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.message_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.errors.clear()
        ctx, actor = self.ctx, self.actor
        full_name, post_title = self.full_name.text(), self.post_title.text()
        role, clearance = self.role.currentData(), self.clearance.currentData()
        if self.existing is None:
            if self.password.text() != self.repeat_password.text():
                self.errors.show_error(ValidationError("repeat_password", "passwords_differ"))
                return
            username, password = self.username.text(), self.password.text()
            work = lambda: accounts.add_user(  # noqa: E731
                ctx, actor, username, password, role, clearance, full_name, post_title)
        else:
            name, active = self.existing.username, self.active.isChecked()
            work = lambda: accounts.update_user(  # noqa: E731
                ctx, actor, name, full_name=full_name, post_title=post_title, role=role,
                clearance=clearance, active=active)
        self.buttons.setEnabled(False)
        run_task(work, on_finished=self._saved, on_failed=self._failed, context=self)

    def _saved(self, user: UserInfo) -> None:
        self.saved_user = user
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_failure(exc, self)
