"""``ui.app.main`` end to end, in a child process (it installs its own exception hook)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[3]

# Runs main() and, once the first window is up, reports what is on screen.
PROBE = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication(sys.argv)

    def visible():
        return [w for w in QApplication.topLevelWidgets() if w.isVisible()]

    def report():
        for widget in visible():
            text = widget.text() if isinstance(widget, QMessageBox) else ""
            print("WINDOW", type(widget).__name__, widget.windowTitle(), "|", text, flush=True)
        if ACTION == "raise" and not getattr(report, "raised", False):
            report.raised = True
            QTimer.singleShot(0, lambda: 1 / 0)
            QTimer.singleShot(500, report)
            return
        QApplication.exit(7)

    def wait_for_window():
        if visible() and not any(type(w).__name__ == "QProgressDialog" for w in visible()):
            report()
        else:
            QTimer.singleShot(100, wait_for_window)

    ACTION = sys.argv[-1]
    QTimer.singleShot(100, wait_for_window)
    from ui.app import main
    print("EXIT", main(sys.argv[:-1]), flush=True)
""")


def run_app(tmp_path: Path, action: str = "look", **env: str) -> str:
    environment = {**os.environ, "SECRETARIAT_DATA_DIR": str(tmp_path / "data"),
                   "PYTHONPATH": str(REPO)}
    environment.pop("SECRETARIAT_DATABASE_URL", None)
    environment.update(env)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "-platform", "offscreen", action],
        cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120,
    )
    assert "Traceback" not in done.stderr or action == "raise", done.stderr
    return done.stdout


def test_a_fresh_data_folder_starts_the_first_run_wizard(tmp_path: Path) -> None:
    out = run_app(tmp_path)
    assert "WINDOW FirstRunWizard دبیرخانه — راه‌اندازی نخستین" in out
    assert "EXIT 7" in out
    # Only finishing the wizard makes a database; the log is in the (private) data folder.
    assert not (tmp_path / "data" / "secretariat.sqlite").exists()
    assert (tmp_path / "data" / "logs" / "secretariat.log").is_file()
    if os.name == "posix":
        assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700


def test_an_unreachable_database_gives_a_persian_message(tmp_path: Path) -> None:
    url = "sqlite:///" + str(tmp_path / "missing-folder" / "db.sqlite")
    out = run_app(tmp_path, SECRETARIAT_DATABASE_URL=url)
    assert "WINDOW QMessageBox دبیرخانه | پروندهٔ پایگاه داده" in out
    assert "پیدا نشد" in out and "Error" not in out


def test_an_error_in_a_slot_shows_a_dialog_and_the_window_stays(tmp_path: Path) -> None:
    out = run_app(tmp_path, action="raise")
    assert "WINDOW QMessageBox خطای پیش‌بینی‌نشده" in out
    assert out.count("WINDOW FirstRunWizard") == 2  # still there after the error
    log = (tmp_path / "data" / "logs" / "secretariat.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log
