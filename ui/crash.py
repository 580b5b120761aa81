"""The GUI's error boundary: unexpected errors are written to the log and shown as a short
sentence saying what to do.

The window never just vanishes: an exception that escapes a slot reaches
``sys.excepthook``, which logs its traceback (``<data>/logs/secretariat.log``, the same
private rotating file as the command line's) and shows a short message naming the log file;
the traceback itself is never shown. Expected errors (``SecretariatError``) get their
Persian sentence; the system's own words behind a database or file error go to the log.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.logs import echo_to_stderr, start_file_log
from secretariat.kernel.logs import log_file as current_log_file
from secretariat.kernel.private import private_dir
from ui.messages import error_text

log = logging.getLogger("secretariat.ui")
_showing_dialog = False


def setup_logging(data_dir: Path) -> Path | None:
    """Log to ``<data dir>/logs/secretariat.log`` (1 MB × 5, owner-only); stderr when the
    folder cannot be written. The GUI makes the (private) data folder for its log; only the
    first-run wizard makes a database in it."""
    try:
        private_dir(data_dir)
    except OSError:
        pass  # start_file_log finds no folder and the log goes to stderr
    path = start_file_log(data_dir)
    if path is None:
        echo_to_stderr()
    return path


def log_file() -> Path | None:
    return current_log_file()


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
        log.warning("refused: %s %s", exc.code, getattr(exc, "field", "") or "",
                    exc_info=exc.__cause__)  # a database or file error's own words
        show_message(widget, QMessageBox.Icon.Warning, error_text(exc))
        return
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error\n%s", details)
    show_unexpected_error(widget)


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    """A non-blocking message box (``open()``, not ``exec()``): no nested event loop."""
    box = QMessageBox(icon, QCoreApplication.translate("ErrorReport", "Secretariat"), text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_unexpected_error(parent: QWidget | None) -> QMessageBox | None:
    """The boundary's dialog. The traceback went to the log and is not shown: a clerk cannot
    act on it, and the administrator reads it in the log file the dialog names."""
    global _showing_dialog
    if _showing_dialog:
        return None  # an error while painting would otherwise open dialogs forever; it is logged
    _showing_dialog = True
    text = QCoreApplication.translate(
        "ErrorReport", "An unexpected error occurred. Your data is safe; the last action may not "
        "have been completed. If it happens again, send the log file to your administrator.")
    path = log_file()
    if path is not None:
        text += "\n\n" + QCoreApplication.translate("ErrorReport", "Log file: {path}").format(
            path="\u2066" + str(path) + "\u2069")
    title = QCoreApplication.translate("ErrorReport", "Unexpected error")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(_dialog_closed)
    box.open()
    return box


def _dialog_closed(_result: int) -> None:
    global _showing_dialog
    _showing_dialog = False
