"""Unexpected errors: written to a rotating log file and shown in a Persian dialog.

The window never just vanishes: an exception that escapes a slot reaches
``sys.excepthook``, which logs it and shows what happened (with the traceback
under "details"). Expected errors (``SecretariatError``) get their Persian
sentence instead of a traceback.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from secretariat.kernel.errors import SecretariatError
from ui.messages import error_text

LOG_FILE_NAME = "secretariat.log"
log = logging.getLogger("secretariat.ui")
_log_file: Path | None = None
_showing_dialog = False


def setup_logging(data_dir: Path) -> Path | None:
    """Log to ``<data dir>/logs/secretariat.log`` (1 MB x 5); stderr if that folder is unusable."""
    global _log_file
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        logs_dir = data_dir / "logs"
        logs_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            logs_dir / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        _log_file = logs_dir / LOG_FILE_NAME
    except OSError:
        handler = logging.StreamHandler()
        _log_file = None
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return _log_file


def log_file() -> Path | None:
    return _log_file


def install_excepthook() -> None:
    sys.excepthook = _excepthook
    qInstallMessageHandler(_qt_message_to_log)


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report_exception(exc.with_traceback(tb))


def _qt_message_to_log(msg_type: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(msg_type, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def report_exception(exc: BaseException, parent: object = None) -> None:
    """Log ``exc`` and tell the user: its sentence if expected, else the crash dialog."""
    widget = parent if isinstance(parent, QWidget) else QApplication.activeWindow()
    if isinstance(exc, SecretariatError):
        log.warning("%s: %s", type(exc).__name__, exc)
        show_message(widget, QMessageBox.Icon.Warning, error_text(exc))
        return
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error\n%s", details)
    show_unexpected_error(widget, details)


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    """A non-blocking message box (``open()``, not ``exec()``): no nested event loop."""
    box = QMessageBox(icon, QCoreApplication.translate("ErrorReport", "Secretariat"), text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_unexpected_error(parent: QWidget | None, details: str) -> QMessageBox | None:
    global _showing_dialog
    if _showing_dialog:
        return None  # an error while painting would otherwise open dialogs forever; it is logged
    _showing_dialog = True
    text = QCoreApplication.translate(
        "ErrorReport", "An unexpected error occurred. Your data is safe; the last action may not "
        "have been completed. If it happens again, send the log file to your administrator.")
    if _log_file is not None:
        text += "\n\n" + QCoreApplication.translate("ErrorReport", "Log file: {path}").format(
            path="\u2066" + str(_log_file) + "\u2069")
    title = QCoreApplication.translate("ErrorReport", "Unexpected error")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(_dialog_closed)
    box.open()
    return box


def _dialog_closed(_result: int) -> None:
    global _showing_dialog
    _showing_dialog = False
