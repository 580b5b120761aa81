"""Finding 1: without a display (or without libxcb-cursor0) the GUI says so in Persian and
English and ends with code 1, instead of Qt's platform-plugin report and an abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.platform_check import GENERIC, MISSING_XCB_CURSOR, NO_DISPLAY, explanation

ROOT = Path(__file__).resolve().parents[3]
QT_REPORT = ('qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it '
             "was found.\nThis application failed to start because no Qt platform plugin "
             "could be initialized.")


def test_the_sentence_fits_the_cause() -> None:
    cursor = "From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin."
    assert explanation(cursor + "\n" + QT_REPORT, {"DISPLAY": ":0"}) == MISSING_XCB_CURSOR
    assert explanation(QT_REPORT, {}) == NO_DISPLAY
    assert explanation('Could not load the Qt platform plugin "windows"', {}) == GENERIC
    for text in (MISSING_XCB_CURSOR, NO_DISPLAY, GENERIC):
        assert "نرم‌افزار نمی‌تواند پنجره‌اش را باز کند" in text and "Secretariat cannot" in text


def test_the_gui_without_a_display_explains_itself(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY") and not k.startswith("QT_")}
    env.update(QT_QPA_PLATFORM="xcb", SECRETARIAT_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-m", "ui"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1  # not an abort (134)
    assert "نرم‌افزار نمی‌تواند پنجره‌اش را باز کند" in result.stderr
    assert "Secretariat cannot open its window" in result.stderr
    assert "qt.qpa.plugin" not in result.stderr and "platform plugin" not in result.stderr
    log = (tmp_path / "data" / "logs" / "secretariat.log").read_text(encoding="utf-8")
    assert "platform plugin" in log  # Qt's own words are kept for whoever helps
