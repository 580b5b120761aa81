"""Moving the office's database to a server (Settings ▸ this workstation): the server's
address, a connection test, the copy with its progress, the verdict (every table's count,
``check`` on the server), and then using the server from this workstation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.config import LocalSettings
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.permissions import role_allows
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.operations import api as operations
from secretariat.operations.api import CopyResult
from ui.crash import show_message
from ui.i18n import ltr_in_rtl
from ui.messages import error_text
from ui.progress import run_with_progress
from ui.tasks import run_task

PLACEHOLDER = "postgresql+psycopg://user:password@server/secretariat"


class MoveDatabaseDialog(QDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.user = ctx, user
        self.result_: CopyResult | None = None
        self.setWindowTitle(self.tr("Move the database to a server"))
        self.setMinimumWidth(620)
        self.url = QLineEdit()
        self.url.setPlaceholderText(PLACEHOLDER)
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.url.textChanged.connect(lambda _t: self._url_changed())
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.clicked.connect(self.test)
        self.state = QLabel()
        self.state.setWordWrap(True)
        explanation = QLabel(self.tr(
            "Every letter, contact, referral, user, setting and the audit log are copied from "
            "{source} to an empty database on the server; then every table's rows are "
            "counted and the integrity check runs there. This database is not changed. Other "
            "workstations must not register anything while the copy runs.").format(
                source=ltr_in_rtl(ctx.database_label)))
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server database:"), self.url)
        form.addRow("", self.test_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(self.tr("Copy"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.use_button = self.buttons.addButton(self.tr("Use the server from now on"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.use_button.clicked.connect(self.use_server)
        self.use_button.setVisible(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self._url_changed()

    def _url_changed(self) -> None:
        has = bool(self.url.text().strip())
        self.test_button.setEnabled(has)
        self.copy_button.setEnabled(False)  # after a test that found an empty database

    def test(self) -> None:
        url = self.url.text().strip()
        self.state.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        run_task(lambda: operations.test_connection(url), self._tested, self._test_failed,
                 context=self)

    def _tested(self, found: dict[str, object]) -> None:
        self.test_button.setEnabled(True)
        if found["empty"]:
            self.state.setText(self.tr("Connected to {engine} {version}; the database is "
                                       "empty and ready.").format(
                engine=found["engine"], version=found["version"]))
            self.copy_button.setEnabled(True)
        else:
            self.state.setText(self.tr("Connected, but the database is in use already: the copy "
                                       "goes only to an empty database."))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.state.setText(error_text(exc) if isinstance(exc, SecretariatError) else str(exc))

    def copy(self) -> None:
        url = self.url.text().strip()
        ctx, user = self.ctx, self.user
        self.copy_button.setEnabled(False)
        run_with_progress(self, self.tr("Copying the database…"),
                          lambda progress, stop: operations.copy_database(ctx, user, url, progress,
                                                                          stop),
                          self._copied, self._copy_failed)

    def _copy_failed(self, exc: BaseException) -> None:
        self.copy_button.setEnabled(True)
        self.state.setText(error_text(exc) if isinstance(exc, SecretariatError) else str(exc))

    def _copied(self, result: CopyResult) -> None:
        self.result_ = result
        rows = to_persian_digits(str(sum(result.counts.values())))
        letters = to_persian_digits(str(result.counts.get("letters", 0)))
        if result.ok:
            self.state.setText(self.tr(
                "Copied {rows} rows ({letters} letters) to {target}; every count matches and "
                "the integrity check passed on the server.").format(
                    rows=rows, letters=letters, target=ltr_in_rtl(result.target)))
            self.use_button.setVisible(True)
        else:
            self.state.setText(self.tr("The copy was made but the check on the server found "
                                       "problems:") + "\n" + "\n".join(result.problems))

    def use_server(self) -> None:
        settings = LocalSettings.load(self.ctx.data_dir)
        settings.database_url = self.url.text().strip()
        settings.save(self.ctx.data_dir)
        show_message(self, QMessageBox.Icon.Information, self.tr(
            "This workstation uses the server from the next start. Restart the application; "
            "on the other workstations set the same address and import the keys "
            "(secretariat keys export / import)."))
        self.accept()


def move_button(ctx: AppContext, user: CurrentUser, parent: QWidget) -> QPushButton:
    """«Move to a server…» for Settings ▸ this workstation (admins only)."""
    button = QPushButton(QCoreApplication.translate("MoveDatabaseDialog",
                                                    "Move to a database server…"))
    button.setVisible(role_allows(user.role, operations.MOVE_DATABASE))
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def clicked() -> None:
        MoveDatabaseDialog(ctx, user, parent).open()

    button.clicked.connect(clicked)
    return button
