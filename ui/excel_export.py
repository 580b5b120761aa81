"""«Excel…» on the lists: the register (with its filters), contacts, the کارتابل.

A list page adds ``export_button(self, suggested_name, export)``; ``export(path, progress,
should_stop) -> count`` runs off the UI thread with a progress dialog, then says how many
rows went where. The file is written whole or not at all (``kernel.workbook``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from secretariat.kernel.jalali import format_jalali, today_tehran
from secretariat.kernel.progress import ProgressFn, StopFn
from secretariat.kernel.text.digits import to_persian_digits
from ui.crash import show_message
from ui.i18n import ltr_in_rtl
from ui.progress import run_with_progress
from ui.tasks import Task

ExportFn = Callable[[Path, ProgressFn, StopFn], int]



def default_path(stem: str) -> str:
    day = format_jalali(today_tehran(), persian=False).replace("/", "-")
    return str(Path(QDir.homePath()) / f"{stem}-{day}.xlsx")


def ask_path(parent: QWidget, stem: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExcelExport", "Export to Excel"), default_path(stem), QCoreApplication.translate("ExcelExport", "Excel workbooks (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def run_export(parent: QWidget, path: Path, export: ExportFn) -> Task:
    def done(count: int) -> None:
        show_message(parent, QMessageBox.Icon.Information, QCoreApplication.translate("ExcelExport",
            "{n} rows were written to {path}").format(
                n=to_persian_digits(str(count)), path=ltr_in_rtl(str(path))))

    return run_with_progress(
        parent, QCoreApplication.translate("ExcelExport", "Exporting to Excel…"),
        lambda progress, stop: export(path, progress, stop), done)


def export_button(parent: QWidget, stem: str, export: ExportFn,
                  ask: Callable[[QWidget, str], Path | None] = ask_path) -> QPushButton:
    """A button «خروجی اکسل…» that asks where, then exports."""
    button = QPushButton(QCoreApplication.translate("ExcelExport", "Excel…"))
    button.setToolTip(QCoreApplication.translate("ExcelExport", "Export this list, as it is filtered, to an Excel workbook"))

    def clicked() -> None:
        path = ask(parent, stem)
        if path is not None:
            run_export(parent, path, export)

    button.clicked.connect(clicked)
    return button
