"""Unexpected errors: logged to the rotating file and shown in a Persian dialog with details."""

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
    path = crash.setup_logging(tmp_path)
    assert path == tmp_path / "logs" / "secretariat.log"
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
            root.removeHandler(handler)
            handler.close()


def test_unexpected_error_is_logged_and_shown_with_details(qtbot: QtBot, log_path: Path) -> None:
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
    assert "ZeroDivisionError" in box.detailedText()
    assert "ZeroDivisionError" in log_path.read_text(encoding="utf-8")
    # A second error while the first dialog is open is logged, not stacked.
    assert crash.show_unexpected_error(parent, "again") is None
    box.done(0)
    qtbot.waitUntil(lambda: not crash._showing_dialog)
