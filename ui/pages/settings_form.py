"""Organisation settings (shared, in the database) and this workstation's database URL.

Used by the settings page and the settings dialog alike.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence import api as correspondence
from secretariat.correspondence.api import ReferralSettings
from secretariat.kernel import org_settings, signing
from secretariat.kernel.config import DATABASE_URL_ENV, LocalSettings
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.org_settings import OrgSettings
from secretariat.kernel.text.digits import to_ascii_digits, to_persian_digits
from ui.i18n import ltr_in_rtl
from ui.operations.move_dialog import move_button
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.logo_picker import LogoPicker
from ui.widgets.referral_settings_box import ReferralSettingsBox

ORG_TEXT_FIELDS = ("org_name", "secretariat_code", "address", "phone", "email", "website",
                   "number_format")
DIGIT_FIELDS = ("secretariat_code", "phone")  # shown with Persian digits, stored with ASCII


@dataclass(frozen=True)
class LoadedSettings:
    org: OrgSettings
    local: LocalSettings
    logo: Path | None  # the stored logo file
    referrals: ReferralSettings
    public_key: bytes | None  # what printed QR codes are verified with


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


class SettingsForm(QWidget):
    loaded = Signal()
    saved = Signal()
    org_saved = Signal(object)  # OrgSettings
    failed = Signal()

    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.org: OrgSettings | None = None
        self.local = LocalSettings()
        self.errors = FormErrors()
        self.inputs = {name: QLineEdit() for name in ORG_TEXT_FIELDS}
        self.inputs["secretariat_code"].setMaximumWidth(120)
        for name in ("email", "website"):  # Latin text: typed and read left to right
            self.inputs[name].setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.logo = LogoPicker()
        self.database_url = QLineEdit()
        self.database_url.setPlaceholderText(
            self.tr("Empty: the embedded database in the data folder"))

        org_box = QGroupBox(self.tr("Organisation (all workstations)"))
        org_form = QFormLayout(org_box)
        labels = {
            "org_name": self.tr("Organisation name:"),
            "secretariat_code": self.tr("Secretariat code:"),
            "address": self.tr("Address:"),
            "phone": self.tr("Phone:"),
            "email": self.tr("Email:"),
            "website": self.tr("Website:"),
            "number_format": self.tr("Letter number format:"),
        }
        for name in ORG_TEXT_FIELDS:
            org_form.addRow(labels[name], self.errors.add_field(name, self.inputs[name]))
            if name == "secretariat_code":
                org_form.addRow(self.tr("Logo:"), self.errors.add_field("logo", self.logo))
        org_form.addRow("", _hint(self.tr(
            "In the format, {year} is the Jalali year, {code} the letter kind's code and {seq} "
            "the sequence number.")))

        local_box = QGroupBox(self.tr("This workstation"))
        local_form = QFormLayout(local_box)
        local_form.addRow(self.tr("Data folder:"), QLabel(ltr_in_rtl(str(ctx.data_dir))))
        local_form.addRow(self.tr("Database URL:"),
                          self.errors.add_field("database_url", self.database_url))
        note = self.tr("A new database URL takes effect when the application is restarted.")
        if os.environ.get(DATABASE_URL_ENV):
            note += " " + self.tr("The SECRETARIAT_DATABASE_URL environment variable "
                                  "overrides this setting.")
        local_form.addRow("", _hint(note))
        # The operations feature's: copy this database to a server, with a connection test.
        local_form.addRow("", move_button(ctx, user, self))

        self.referrals = ReferralSettingsBox()
        self.public_key: bytes | None = None
        self.fingerprint = QLabel("—")
        self.fingerprint.setObjectName("publicKeyFingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.export_key_button = QPushButton(self.tr("Export public key…"))
        self.export_key_button.setEnabled(False)
        self.export_key_button.clicked.connect(self.export_public_key)
        key_row = QHBoxLayout()
        key_row.setContentsMargins(0, 0, 0, 0)
        key_row.addWidget(self.fingerprint, 1)
        key_row.addWidget(self.export_key_button)
        key_box = QGroupBox(self.tr("Printed QR codes"))
        key_form = QFormLayout(key_box)
        key_form.addRow(self.tr("Public key (fingerprint):"), key_row)
        key_form.addRow("", _hint(self.tr(
            "Printed letters and receipts carry a QR code signed with this office's key. Whoever "
            "has the exported public key can check a printed code, without this database, with "
            "{command}; Tools ▸ Verify a printed code checks it here.").format(
                command=ltr_in_rtl("secretariat verify --public-key FILE"))))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(org_box)
        layout.addWidget(key_box)
        layout.addWidget(self.referrals)
        layout.addWidget(local_box)
        layout.addWidget(self.errors.message_label)
        layout.addStretch()
        self.setEnabled(False)  # until loaded

    # --- load -----------------------------------------------------------------------

    def load(self) -> None:
        ctx = self.ctx

        def read() -> LoadedSettings:
            org = org_settings.get_org_settings(ctx)
            return LoadedSettings(org, LocalSettings.load(ctx.data_dir),
                                  org_settings.logo_path(ctx, org),
                                  correspondence.referral_settings(ctx),
                                  signing.database_public_key(ctx))

        run_task(read, on_finished=self._loaded, context=self)

    def _loaded(self, data: LoadedSettings) -> None:
        self.org, self.local = data.org, data.local
        for name in ORG_TEXT_FIELDS:
            value = getattr(data.org, name)
            self.inputs[name].setText(to_persian_digits(value) if name in DIGIT_FIELDS else value)
        self.logo.set_current(data.logo)
        self.database_url.setText(data.local.database_url or "")
        self.referrals.show_settings(data.referrals)
        self.public_key = data.public_key
        if data.public_key is not None:
            self.fingerprint.setText(signing.fingerprint(data.public_key))
        self.export_key_button.setEnabled(data.public_key is not None)
        self.setEnabled(True)
        self.loaded.emit()

    def export_public_key(self) -> None:
        if self.public_key is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the public key"),
                                              "public-key.pem", "PEM (*.pem)")
        if name:
            self.write_public_key(Path(name))

    def write_public_key(self, path: Path) -> None:
        assert self.public_key is not None
        try:
            path.write_text(signing.public_key_pem(self.public_key), encoding="ascii")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export the public key"), self.tr(
                "The file could not be written: {0}").format(exc.strerror or str(exc)))

    # --- save -----------------------------------------------------------------------

    def changes(self) -> dict[str, str]:
        assert self.org is not None
        typed = {name: self.inputs[name].text().strip() for name in ORG_TEXT_FIELDS}
        for name in DIGIT_FIELDS:
            typed[name] = to_ascii_digits(typed[name])  # stored with ASCII digits
        return {name: value for name, value in typed.items() if value != getattr(self.org, name)}

    def save(self) -> None:
        if self.org is None:
            return
        self.errors.clear()
        ctx, user, changes = self.ctx, self.user, self.changes()
        new_logo, logo_cleared = self.logo.chosen_file(), self.logo.was_cleared()
        url = self.database_url.text().strip() or None
        referral_changes = self.referrals.changes()

        def write() -> tuple[OrgSettings, ReferralSettings]:
            referrals = (correspondence.update_referral_settings(ctx, user, **referral_changes)
                         if referral_changes else correspondence.referral_settings(ctx))
            if new_logo is not None:
                changes["logo_file"] = org_settings.import_logo(ctx, new_logo)
            elif logo_cleared:
                changes["logo_file"] = ""
            result = (org_settings.update_org_settings(ctx, user, **changes) if changes
                      else org_settings.get_org_settings(ctx))
            local = LocalSettings.load(ctx.data_dir)
            if local.database_url != url:
                local.database_url = url
                local.save(ctx.data_dir)
            return result, referrals

        self.setEnabled(False)
        run_task(write, on_finished=self._saved, on_failed=self._failed, context=self)

    def _saved(self, saved: tuple[OrgSettings, ReferralSettings]) -> None:
        org, referrals = saved
        self.org = org
        self.referrals.show_settings(referrals)
        self.setEnabled(True)
        self.logo.set_current(org_settings.logo_path(self.ctx, org))
        self.org_saved.emit(org)
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.failed.emit()
        self.errors.show_failure(exc, self)
