"""Settings in a dialog (Tools ▸ Settings): the same form as the settings page, scrolling inside
the dialog so that its buttons stay on a small screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from secretariat.kernel.context import AppContext, CurrentUser
from ui.pages.settings_form import SettingsForm
from ui.widgets.form_scroll import focus_first_field, form_scroll
from ui.window_fit import remember_window

DEFAULT_SIZE = QSize(680, 700)


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.setSizeGripEnabled(True)
        self.form = SettingsForm(ctx, user)
        scroll = form_scroll(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.form.save)
        self.buttons.rejected.connect(self.reject)
        self.form.saved.connect(self.accept)
        # The fields are enabled once the settings are read; then the first one takes the
        # keyboard (until then Qt had put it on «ذخیره»).
        self.form.loaded.connect(lambda: focus_first_field(self.form))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        remember_window(self, "settings", DEFAULT_SIZE)
        self.form.load()
