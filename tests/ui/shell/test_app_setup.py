"""The application is set up once: right-to-left, fa_IR, Vazirmatn, our and Qt's translations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from secretariat.kernel.paths import resource_path
from ui.bootstrap import translation_files

pytestmark = pytest.mark.gui


def test_layout_direction_is_right_to_left_for_the_whole_application(qapp: QApplication) -> None:
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLabel("x").layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_default_locale_is_persian_iran() -> None:
    locale = QLocale()
    assert locale.name() == "fa_IR"
    assert locale.toString(1404) == "۱٬۴۰۴"


def test_vazirmatn_is_loaded_and_is_the_application_font(qapp: QApplication) -> None:
    assert "Vazirmatn" in QFontDatabase.families()
    assert qapp.font().family() == "Vazirmatn"
    assert QFontDatabase.isSmoothlyScalable("Vazirmatn")


def test_our_translation_and_qtbase_are_installed() -> None:
    names = [path.name for path in translation_files()]
    features = {p.name for p in resource_path("translations").glob("*_fa.qm")} - {
        "secretariat_fa.qm"}
    assert {"cases_fa.qm", "membership_fa.qm", "printing_fa.qm",
            "operations_fa.qm"} <= features
    # The shell's first, then every feature's (one each), then Qt's own.
    assert names[0] == "secretariat_fa.qm" and names[-1] == "qtbase_fa.qm"
    assert sorted(names[1:-1]) == sorted(features)
    assert QCoreApplication.translate("Navigation", "Inbox") == "کارتابل"
    # Standard buttons come from Qt's own catalogue.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "انصراف"
