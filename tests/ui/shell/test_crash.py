"""Unexpected errors: logged to the rotating file with their traceback, and shown as a short
Persian sentence naming what to do (never the traceback)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui import crash

pytestmark = pytest.mark.gui


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    tmp_path.mkdir(exist_ok=True)
    path = crash.setup_logging(tmp_path)
    assert path == tmp_path / "logs" / "secretariat.log"
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
            root.removeHandler(handler)
            handler.close()


def test_unexpected_error_is_logged_and_shown_without_the_traceback(
    qtbot: QtBot, log_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        _ = 1 / 0
    except ZeroDivisionError as exc:
        crash.report_exception(exc, parent)
    box = parent.findChild(QMessageBox)
    assert box is not None
    assert box.windowTitle() == "خطای پیش‌بینی‌نشده"
    assert "داده‌های شما سالم است" in box.text()
    assert str(log_path) in box.text()
    assert box.detailedText() == "" and "ZeroDivisionError" not in box.text()
    logged = log_path.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in logged and "Traceback" in logged
    assert log_path.stat().st_mode & 0o077 == 0  # the log is private to its owner
    # A second error while the first dialog is open is logged, not stacked.
    assert crash.show_unexpected_error(parent) is None
    box.done(0)
    qtbot.waitUntil(lambda: not crash._showing_dialog)
