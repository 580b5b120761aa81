"""Application-wide setup: right-to-left, Persian locale, Vazirmatn, translations, style."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

import secretariat
from secretariat.kernel.paths import APP_NAME, resource_path
from secretariat.printing.api import FAMILY, font_files
from ui.focus_ring import install_focus_ring
from ui.i18n import requested_language, set_language
from ui.keys import install_layout_twins
from ui.style import STYLE_SHEET
from ui.window_fit import install_window_guard

log = logging.getLogger(__name__)

APP_TRANSLATION = "secretariat_fa"  # the shell's catalogue; each UI feature may have its own
QT_TRANSLATION = "qtbase_fa"
FONT_POINT_SIZE = 10
# QTranslator objects must outlive the application's use of them.
_translators: list[QTranslator] = []


def configure_application(app: QApplication, language: str | None = None) -> None:
    """Everything that is set once for the whole application (idempotent).

    ``language``: "fa" (the default, right to left) or "en" (the English sources, left to
    right: for reviewing the screens); None reads ``SECRETARIAT_LANG``."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(secretariat.__version__)
    set_language(language or requested_language())
    persian = (language or requested_language()) != "en"
    # Set once here; widgets inherit it. Never mirror individual widgets by hand.
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if persian
                           else Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale("fa_IR") if persian else QLocale("en_GB"))
    family = load_fonts()
    if family:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    if persian:
        install_translators(app)
    icon = resource_path("icons", "secretariat.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    app.setStyleSheet(STYLE_SHEET)
    install_layout_twins(app)
    install_window_guard(app)
    install_focus_ring(app)


def load_fonts() -> str | None:
    """Register the bundled Vazirmatn files; returns the family name, or None if none loaded."""
    if FAMILY in QFontDatabase.families():
        return FAMILY
    loaded: str | None = None
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font not loaded: %s", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        loaded = loaded or (families[0] if families else None)
    return loaded


def translation_files() -> list[Path]:
    """Our Persian catalogues (the shell's, then every feature's ``<name>_fa.qm``), then Qt's
    own (standard buttons, dialogs, context menus)."""
    ours = resource_path("translations")
    shell = ours / (APP_TRANSLATION + ".qm")
    files = [shell, *sorted(p for p in ours.glob("*_fa.qm")
                            if p != shell and not p.name.startswith("qt"))]
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for candidate in (qt_dir / (QT_TRANSLATION + ".qm"),
                      resource_path("translations", QT_TRANSLATION + ".qm")):
        if candidate.is_file():
            files.append(candidate)
            break
    return files


def install_translators(app: QApplication) -> None:
    if _translators:
        return
    for path in translation_files():
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _translators.append(translator)
        else:
            log.warning("translation not loaded: %s", path)
