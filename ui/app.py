"""The windowed entry point: ``secretariat-gui`` (``python -m ui``).

Qt's own arguments work as usual, e.g. ``-platform offscreen``.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtWidgets import QApplication

import secretariat
from secretariat.kernel.paths import DATA_DIR_ENV, default_data_dir
from ui.bootstrap import configure_application
from ui.crash import install_excepthook, setup_logging
from ui.gc_policy import collect_on_ui_thread
from ui.platform_check import install_platform_guard
from ui.startup import Startup
from ui.tasks import wait_for_tasks

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    """Run the application; ``argv`` is like ``sys.argv`` (program name first)."""
    args = list(sys.argv if argv is None else argv) or ["secretariat-gui"]
    data_dir = default_data_dir()
    log_path = setup_logging(data_dir)
    install_platform_guard(log_path)  # no window system: a sentence, not Qt's plugin report
    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    configure_application(app)
    app.setProperty("automatic_backups", True)  # ui.operations.auto_backup: the real app only
    collect_on_ui_thread(app)
    install_excepthook()
    log.info("Secretariat %s starting; data folder %s; log %s",
             secretariat.__version__, data_dir, log_path)

    startup = Startup(data_dir, data_dir_locked=bool(os.environ.get(DATA_DIR_ENV)))
    startup.start()
    try:
        code = app.exec()
    finally:
        wait_for_tasks()
        startup.close()
    log.info("Secretariat exiting with code %s", code)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
