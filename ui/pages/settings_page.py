"""The settings page in the navigation: the settings form with a Save button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from secretariat.kernel.context import AppContext, CurrentUser
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.pages.settings_form import SettingsForm
from ui.widgets.form_scroll import form_scroll


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.form = SettingsForm(ctx, user)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.form.save)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.form.saved.connect(lambda: self.status.setText(self.tr("Settings saved.")))
        self.form.failed.connect(self.status.clear)
        scroll = form_scroll(self.form, frame=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Settings")))
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._loaded = False

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.form.load()
