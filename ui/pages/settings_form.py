"""Organisation settings (shared, in the database) and this workstation's database URL.

Used by the settings page and the settings dialog alike.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from secretariat.kernel import org_settings
from secretariat.kernel.config import DATABASE_URL_ENV, LocalSettings
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.org_settings import OrgSettings
from secretariat.kernel.text.digits import to_ascii_digits, to_persian_digits
from ui.i18n import ltr_in_rtl
from ui.operations.move_dialog import move_button
from ui.tasks import run_task
from ui.widgets.form_errors import FormErrors
from ui.widgets.logo_picker import LogoPicker

ORG_TEXT_FIELDS = ("org_name", "secretariat_code", "address", "phone", "number_format")
DIGIT_FIELDS = ("secretariat_code", "phone")  # shown with Persian digits, stored with ASCII


@dataclass(frozen=True)
class LoadedSettings:
    org: OrgSettings
    local: LocalSettings
    logo: Path | None  # the stored logo file


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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(org_box)
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
                                  org_settings.logo_path(ctx, org))

        run_task(read, on_finished=self._loaded, context=self)

    def _loaded(self, data: LoadedSettings) -> None:
        self.org, self.local = data.org, data.local
        for name in ORG_TEXT_FIELDS:
            value = getattr(data.org, name)
            self.inputs[name].setText(to_persian_digits(value) if name in DIGIT_FIELDS else value)
        self.logo.set_current(data.logo)
        self.database_url.setText(data.local.database_url or "")
        self.setEnabled(True)
        self.loaded.emit()

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

        def write() -> OrgSettings:
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
            return result

        self.setEnabled(False)
        run_task(write, on_finished=self._saved, on_failed=self._failed, context=self)

    def _saved(self, org: OrgSettings) -> None:
        self.org = org
        self.setEnabled(True)
        self.logo.set_current(org_settings.logo_path(self.ctx, org))
        self.org_saved.emit(org)
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.failed.emit()
        self.errors.show_failure(exc, self)
