"""The first-run wizard's pages: data folder, organisation, first administrator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from secretariat.kernel import accounts, setup
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.org_settings import DEFAULT_ORG_NAME, LOGO_EXTENSIONS
from secretariat.kernel.text.digits import to_persian_digits
from ui.dialogs.change_password_dialog import password_field
from ui.widgets.caps_lock import CapsLockWarning
from ui.widgets.form_errors import FormErrors
from ui.widgets.logo_picker import LogoPicker
from ui.widgets.password_guide import PasswordGuide


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


class DataFolderPage(QWizardPage):
    def __init__(self, data_dir: Path, locked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr("This wizard prepares the secretariat's database and its first "
                                 "administrator. It is shown only once."))
        self.folder = QLineEdit(str(data_dir))
        self.folder.setReadOnly(True)
        self.folder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.change_button = QPushButton(self.tr("Change…"))
        # Not the page's default button: Enter moves the wizard on (the wizard's Next).
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self._browse)
        self.change_button.setEnabled(not locked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("Data folder (database, attachments, backups):"))
        caption.setBuddy(self.folder)
        layout.addWidget(caption)
        layout.addLayout(row)
        layout.addWidget(_hint(
            self.tr("The folder is set by the SECRETARIAT_DATA_DIR environment variable.")
            if locked else
            self.tr("Keep the default unless your administrator chose another folder. "
                    "Back up this folder regularly.")))
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        layout.addStretch()
        # A new computer for an office that exists: set it up from a backup instead.
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        layout.addWidget(_hint(self.tr("Moving to a new computer or recovering from a failure? "
                                       "Restore the office from its backup instead.")))
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch()
        layout.addLayout(restore_row)
        self._show_state()

    def data_dir(self) -> Path:
        return Path(self.folder.text())

    def set_data_dir(self, path: Path) -> None:
        self.folder.setText(str(path))
        self._show_state()

    def _show_state(self) -> None:
        """Say what finishing the wizard will do with this folder."""
        if setup.database_exists(self.data_dir()):
            self.state.setText(self.tr("This folder holds a database; it will be used."))
        else:
            self.state.setText(self.tr(
                "There is no database in this folder yet: “Create database” at the end makes "
                "one here. To use an existing database, choose its folder with “Change…”."))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"),
                                                  self.folder.text())
        if chosen:
            self.set_data_dir(Path(chosen))


class OrganisationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Organisation"))
        self.setSubTitle(self.tr("The name and logo are printed on letters; the secretariat "
                                 "code goes into letter numbers."))
        self.errors = FormErrors()
        self.org_name = QLineEdit(DEFAULT_ORG_NAME)
        self.secretariat_code = QLineEdit(to_persian_digits("1"))
        self.secretariat_code.setMaximumWidth(120)
        self.logo = LogoPicker()
        form = QFormLayout(self)
        form.addRow(self.tr("Organisation name:"), self.errors.add_field("org_name", self.org_name))
        form.addRow(self.tr("Secretariat code:"),
                    self.errors.add_field("secretariat_code", self.secretariat_code))
        form.addRow(self.tr("Logo:"), self.errors.add_field("logo", self.logo))

    def validatePage(self) -> bool:
        self.errors.clear()
        logo = self.logo.chosen_file()
        checks = [
            ("org_name", not self.org_name.text().strip(), "required"),
            ("secretariat_code", not self.secretariat_code.text().strip(), "required"),
            ("logo", logo is not None and logo.suffix.lower() not in LOGO_EXTENSIONS,
             "invalid_logo"),
        ]
        failed = [(field, code) for field, bad, code in checks if bad]
        for field, code in failed:
            self.errors.show_error(ValidationError(field, code))
        return not failed


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("This account manages users and settings. Keep its password "
                                 "safe; it cannot be recovered."))
        self.errors = FormErrors()
        self.username = QLineEdit("admin")
        self.full_name = QLineEdit()
        self.password = password_field()
        self.repeat_password = password_field()
        form = QFormLayout()
        form.addRow(self.tr("Username:"), self.errors.add_field("username", self.username))
        form.addRow(self.tr("Full name:"), self.errors.add_field("full_name", self.full_name))
        form.addRow(self.tr("Password:"), self.errors.add_field("password", self.password))
        form.addRow(self.tr("Repeat password:"),
                    self.errors.add_field("repeat_password", self.repeat_password))
        self.caps_lock = CapsLockWarning(self.password, self.repeat_password)
        form.addRow("", self.caps_lock)
        form.addRow(_hint(self.tr("Username: Latin letters and digits, e.g. «admin».")))
        self.password_guide = PasswordGuide(
            self.password, lambda: (self.username.text(), self.full_name.text()))
        self.password_guide.watch(self.username, self.full_name)
        form.addRow(self.password_guide)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.message_label)
        layout.addStretch()

    def check_fields(self) -> bool:
        """The checks the services would make, before any slow work starts."""
        self.errors.clear()
        ok = True
        for check in (lambda: accounts.clean_username(self.username.text()),
                      lambda: accounts.check_password(self.password.text(), "password",
                                                      self.username.text(),
                                                      self.full_name.text())):
            try:
                check()
            except ValidationError as exc:
                self.errors.show_error(exc)
                ok = False
        if ok and self.password.text() != self.repeat_password.text():
            self.errors.show_error(ValidationError("repeat_password", "passwords_differ"))
            ok = False
        return ok
