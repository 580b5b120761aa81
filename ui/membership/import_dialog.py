"""Importing member units from Excel: choose the file, map its columns (the recognised ones
are mapped already), check it (a dry run: counts and every refused row with why, which can be
saved as a workbook), then import — nothing is written before that last click, and the import
is one transaction."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.sheet_import import ReadSheet
from secretariat.membership import api as membership
from secretariat.membership.api import UNIT_FIELDS, ImportOutcome
from ui.membership.common import digits
from ui.tasks import Requests
from ui.widgets.column_mapping import ColumnMapping
from ui.widgets.form_errors import FormErrors
from ui.widgets.form_scroll import form_scroll
from ui.widgets.tables import configure_list_table


class ImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.setWindowTitle(self.tr("Import member units from Excel"))
        self.resize(860, 620)
        self.requests = Requests(self)
        self.errors = FormErrors()
        self.path: Path | None = None
        self.checked: ImportOutcome | None = None
        self.report = Path(tempfile.mkdtemp(prefix="units-import-")) / "report.xlsx"
        self.mapping_widget = ColumnMapping(UNIT_FIELDS)
        self.mapping_widget.changed.connect(self._mapping_changed)
        self.has_sheet = False
        self.file_label = QLabel(self.tr("No file chosen."))
        self.choose_button = QPushButton(self.tr("Choose the Excel file…"))
        self.choose_button.clicked.connect(self.choose)
        self.mapping_area = form_scroll(self.mapping_widget, frame=True)
        self.mapping_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mapping_area.setMinimumHeight(160)
        self.mapping_widget.setEnabled(False)
        self.check_button = QPushButton(self.tr("Check (nothing is written)"))
        self.check_button.clicked.connect(self.dry_run)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.refused = QTableWidget(0, 2)
        self.refused.setHorizontalHeaderLabels((self.tr("Row"), self.tr("Why it was refused")))
        configure_list_table(self.refused)
        self.save_report_button = QPushButton(self.tr("Save the report…"))
        self.save_report_button.clicked.connect(self.save_report)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_report_button)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Which column holds what (* required):")))
        layout.addWidget(self.mapping_area, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.refused, 1)
        layout.addWidget(self.errors.message_label)
        layout.addLayout(buttons)
        self._update()

    def _update(self) -> None:
        ready = self.path is not None and self.has_sheet
        self.check_button.setEnabled(ready)
        self.save_report_button.setEnabled(self.checked is not None and bool(
            self.checked.reasons))
        self.import_button.setEnabled(self.checked is not None and self.checked.added > 0)
        if self.checked is not None:
            self.import_button.setText(self.tr("Import {n} units").format(
                n=digits(self.checked.added)))

    def choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the Excel file"), "",
                                                    "Excel (*.xlsx)")
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        self.errors.clear()
        self.path, self.checked, self.has_sheet = path, None, False
        self.file_label.setText(path.name)
        self.requests.run("read", lambda: membership.unit_sheet(path), self._read,
                          self._failed)

    def _read(self, found: tuple[ReadSheet, dict[str, str]]) -> None:
        sheet, mapping = found
        self.mapping_widget.set_sheet(sheet, mapping)
        self.mapping_widget.setEnabled(True)
        self.has_sheet = True
        self.summary.setText(self.tr("{n} rows in the file.").format(n=digits(len(sheet.rows))))
        self._update()

    def _mapping_changed(self) -> None:
        self.checked = None  # a new mapping needs a new check
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.errors.show_failure(exc, self)
        self._update()

    def dry_run(self) -> None:
        if self.path is None or not self.has_sheet:
            return
        self.errors.clear()
        ctx, user, path, report = self.ctx, self.user, self.path, self.report
        mapping = self.mapping_widget.mapping()
        self.requests.run("check", lambda: membership.import_units(
            ctx, user, path, mapping, dry_run=True, report=report), self._checked, self._failed)

    def _checked(self, outcome: ImportOutcome) -> None:
        self.checked = outcome
        self.summary.setText(self.tr(
            "{added} units can be added; {refused} rows are refused and {duplicates} are "
            "duplicates (listed below). Nothing has been written yet.").format(
                added=digits(outcome.added), refused=digits(outcome.refused),
                duplicates=digits(outcome.duplicates)))
        self.refused.setRowCount(len(outcome.reasons))
        for index, (row, reason) in enumerate(outcome.reasons):
            self.refused.setItem(index, 0, QTableWidgetItem(digits(row)))
            self.refused.setItem(index, 1, QTableWidgetItem(reason))
        self._update()

    def save_report(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                    "refused-rows.xlsx", "Excel (*.xlsx)")
        if name and self.report.is_file():
            shutil.copyfile(self.report, name)

    def run_import(self) -> None:
        if self.path is None or not self.has_sheet or self.checked is None:
            return
        ctx, user, path = self.ctx, self.user, self.path
        mapping = self.mapping_widget.mapping()
        self.import_button.setEnabled(False)
        self.requests.run("import", lambda: membership.import_units(ctx, user, path, mapping),
                          self._imported, self._failed)

    def _imported(self, outcome: ImportOutcome) -> None:
        self.summary.setText(self.tr("{n} units were imported.").format(
            n=digits(outcome.added)))
        self.checked = None
        self._update()
        self.imported.emit(outcome.added)
