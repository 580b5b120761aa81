"""Settings in a dialog (Tools ▸ Settings): the same form as the settings page."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from secretariat.kernel.context import AppContext, CurrentUser
from ui.pages.settings_form import SettingsForm


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(600)
        self.form = SettingsForm(ctx, user)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.form.save)
        self.buttons.rejected.connect(self.reject)
        self.form.saved.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.loaded.connect(self._fit)
        self.form.load()

    def _fit(self) -> None:
        # Wrapped hint lines make the form layout underestimate its height; give it what it asks.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
