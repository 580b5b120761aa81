"""Sign in. Password verification (Argon2, ~0.2 s) runs off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel import accounts
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import LoginThrottled, SecretariatError
from ui.crash import report_exception
from ui.messages import error_text
from ui.tasks import run_task
from ui.widgets.caps_lock import CapsLockWarning


def _sign_in(ctx: AppContext, username: str, password: str) -> tuple[CurrentUser, bool]:
    user = accounts.authenticate(ctx, username, password)
    return user, accounts.must_change_password(ctx, user)


class LoginDialog(QDialog):
    """After ``accepted``: ``user`` is who signed in; ``must_change`` asks for a new password."""

    def __init__(self, ctx: AppContext, org_name: str = "", logo: Path | None = None,
                 username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: CurrentUser | None = None
        self.must_change = False
        self.setWindowTitle(self.tr("Sign in — Secretariat"))
        self.setMinimumWidth(420)

        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.caps_lock = CapsLockWarning(self.password)
        self.message = QLabel()
        self.message.setProperty("role", "formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Exit"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Username:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.caps_lock)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header(org_name, logo))
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def _header(self, org_name: str, logo: Path | None) -> QHBoxLayout:
        header = QHBoxLayout()
        pixmap = QPixmap(str(logo)) if logo else QPixmap()
        if not pixmap.isNull():
            picture = QLabel()
            picture.setPixmap(pixmap.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
            header.addWidget(picture)
        titles = QVBoxLayout()
        if org_name:
            name = QLabel(org_name)
            name.setObjectName("orgName")
            name.setWordWrap(True)
            titles.addWidget(name)
        titles.addWidget(QLabel(self.tr("Secretariat — please sign in")))
        header.addLayout(titles, 1)
        return header

    def try_sign_in(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self._show(self.tr("Enter your username."))
            self.username.setFocus()
            return
        self._set_busy(True)
        run_task(lambda: _sign_in(self.ctx, username, password),
                 on_finished=self._signed_in, on_failed=self._failed, context=self)

    def _signed_in(self, result: tuple[CurrentUser, bool]) -> None:
        self.user, self.must_change = result
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, SecretariatError):
            report_exception(exc, self)
            return
        self._show(error_text(exc))
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, LoginThrottled):
            seconds = int(exc.params.get("seconds", 1))
            self.sign_in_button.setEnabled(False)
            QTimer.singleShot(seconds * 1000, self, lambda: self.sign_in_button.setEnabled(True))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.buttons):
            widget.setEnabled(not busy)
        if busy:
            self.message.hide()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
