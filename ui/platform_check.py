"""When Qt cannot open a window at all, say so in words (Persian and English), not Qt's text.

On a bare Linux machine the window system part of Qt (its "platform plugin") needs a few
system libraries (libxcb-cursor0 ...) and a display. Without them Qt prints its own plugin
report and aborts. ``install_platform_guard`` (before the QApplication is made) catches that
report: it prints what is wrong and what to do, writes Qt's own words to the log, and ends
the program with exit code 1 instead of a crash.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

EXIT_CODE = 1
_seen: list[str] = []
_log_file: Path | None = None

MISSING_XCB_CURSOR = (
    "نرم‌افزار نمی‌تواند پنجره‌اش را باز کند: کتابخانهٔ libxcb-cursor0 روی این رایانه نصب "
    "نیست.\nنصب در دبیان/اوبونتو:  sudo apt install libxcb-cursor0\n\n"
    "Secretariat cannot open its window: the libxcb-cursor0 library is not installed.\n"
    "On Debian/Ubuntu:  sudo apt install libxcb-cursor0"
)
NO_DISPLAY = (
    "نرم‌افزار نمی‌تواند پنجره‌اش را باز کند: نمایشگری در دسترس نیست.\n"
    "برنامه را در یک نشست گرافیکی اجرا کنید (متغیر DISPLAY)، یا برای آزمون بی‌نمایشگر "
    "QT_QPA_PLATFORM=offscreen را بگذارید.\n\n"
    "Secretariat cannot open its window: no display is available.\n"
    "Run it in a desktop session (DISPLAY), or set QT_QPA_PLATFORM=offscreen to run "
    "without one."
)
GENERIC = (
    "نرم‌افزار نمی‌تواند پنجره‌اش را باز کند: بخش نمایش Qt راه نیفتاد. بسته‌های لازم در "
    "README (بخش «رابط گرافیکی در لینوکس») آمده است.\n\n"
    "Secretariat cannot open its window: Qt's display support did not start. The packages "
    "it needs are listed in the README (\"The GUI on Linux\")."
)


def explanation(report: str, environ: dict[str, str] | None = None) -> str:
    """What to tell the user, from Qt's own report of the failure."""
    env = os.environ if environ is None else environ
    text = report.lower()
    if "xcb-cursor" in text:
        return MISSING_XCB_CURSOR
    if "could not connect to display" in text or (
            "xcb" in text and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")):
        return NO_DISPLAY
    return GENERIC


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = getattr(context, "category", "") or ""
    if kind == QtMsgType.QtFatalMsg and ("platform plugin" in message or category.startswith(
            "qt.qpa")):
        report = "\n".join([*_seen, message])
        _keep(report)
        sys.stderr.write(explanation(report) + "\n")
        sys.stderr.flush()
        os._exit(EXIT_CODE)  # Qt aborts after a fatal message: leave first, cleanly
    if category.startswith("qt.qpa") or "platform plugin" in message:
        _seen.append(message)  # kept for the report; not shown unless it turns fatal
        return
    sys.stderr.write(message + "\n")


def _keep(report: str) -> None:
    """Qt's own words go to the log file (for whoever helps), not to the screen."""
    if _log_file is None:
        return
    try:
        with _log_file.open("a", encoding="utf-8") as log:
            log.write("Qt could not start its platform plugin:\n" + report + "\n")
    except OSError:
        pass  # the sentence on the screen is what matters


def install_platform_guard(log_file: Path | None = None) -> None:
    """Before the QApplication is made (ui.crash's handler replaces this one after)."""
    global _log_file
    _log_file = log_file
    qInstallMessageHandler(_handler)
