"""How long people wait before anything happens: the CLI and the GUI from a cold process.

    python benchmarks/startup.py [--runs 7]

Prints one JSON object: the median (and all runs) in seconds of
  version      `secretariat --version`
  letter_list  `secretariat letter list --json` on a small database (5 letters; includes
               signing in, i.e. one Argon2 verification)
  gui_login    `secretariat-gui` until the sign-in window is shown (offscreen)
Targets (docs/ARCHITECTURE.md): version ≤ 0.25 s, letter_list ≤ 0.8 s (aim 0.5), gui_login
≤ 1.0 s. Each run is a new process, as a user's would be.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "startup-bench-1"

# The GUI child: start the real app and leave as soon as the sign-in window is on screen.
GUI_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
def shown():
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "LoginDialog" and widget.isVisible():
            QApplication.exit(0)
            return
    QTimer.singleShot(5, shown)
QTimer.singleShot(0, shown)
from ui.app import main
raise SystemExit(main(sys.argv))
"""


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECRETARIAT_")}
    env.update(SECRETARIAT_DATA_DIR=str(data_dir), SECRETARIAT_USER="admin",
               SECRETARIAT_PASSWORD=PASSWORD, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(data_dir.parent / "config"))
    return env


def _timed(args: list[str], env: dict[str, str], stdin: str = "") -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, input=stdin, text=True, check=True, capture_output=True)
    return time.perf_counter() - start


def _seed(data_dir: Path, env: dict[str, str]) -> None:
    cli = [sys.executable, "-m", "secretariat"]
    subprocess.run([*cli, "init", "--admin", "admin"], env=env, check=True, capture_output=True)
    letter = {"kind": "incoming", "subject": "درخواست تسهیلات", "sender": "شرکت فولاد البرز"}
    for _ in range(5):
        subprocess.run([*cli, "letter", "add", "--json", "-"], env=env, check=True,
                       input=json.dumps(letter, ensure_ascii=False), text=True,
                       capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="secretariat-startup-") as tmp:
        data_dir = Path(tmp) / "data"
        env = _env(data_dir)
        _seed(data_dir, env)
        cli = [sys.executable, "-m", "secretariat"]
        measured = {
            "version": [_timed([*cli, "--version"], env) for _ in range(args.runs)],
            "letter_list": [_timed([*cli, "letter", "list", "--json"], env)
                            for _ in range(args.runs)],
            "gui_login": [_timed([sys.executable, "-c", GUI_CHILD, "-platform", "offscreen"],
                                 env) for _ in range(args.runs)],
        }
    result = {name: {"median_s": round(statistics.median(runs), 3),
                     "runs_s": [round(r, 3) for r in runs]}
              for name, runs in measured.items()}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
