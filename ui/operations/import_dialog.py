"""Importing an earlier register from Excel: choose the workbook, map its columns, check
(a dry run: nothing is written), read the refused rows and why (and save them as a
workbook), then import: one transaction, audited, numbers and dates kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence.api import KIND_LABELS
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.sheet_import import ReadSheet
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.operations import api as operations
from secretariat.operations.api import ImportMapping, RegisterImport
from ui.crash import report_exception, show_message
from ui.excel_export import default_path
from ui.i18n import ltr_in_rtl
from ui.progress import run_with_progress
from ui.tasks import run_task
from ui.widgets.column_mapping import ColumnMapping
from ui.widgets.form_scroll import form_scroll


class RegisterImportDialog(QDialog):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.user = ctx, user
        self.path: Path | None = None
        self.sheet: ReadSheet | None = None
        self.checked: RegisterImport | None = None
        self.setWindowTitle(self.tr("Import an earlier register"))
        self.resize(760, 640)

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("An Excel workbook (.xlsx), one letter per row"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)

        self.columns = ColumnMapping(operations.IMPORT_FIELDS)
        self.columns.changed.connect(self._mapping_changed)
        scroll = form_scroll(self.columns, frame=True)
        scroll.setMinimumHeight(240)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("(from the kind column)"), "")
        for code, label in KIND_LABELS.items():
            self.kind.addItem(label, code)
        self.kind.currentIndexChanged.connect(lambda _i: self._mapping_changed())
        kind_form = QFormLayout()
        kind_form.addRow(self.tr("Every row is a letter of kind:"), self.kind)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.refused = QTableWidget(0, 2)
        self.refused.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why it was refused")])
        self.refused.horizontalHeader().setStretchLastSection(True)
        self.refused.verticalHeader().hide()
        self.refused.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.refused.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton(self.tr("Check (writes nothing)"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.report_button = self.buttons.addButton(self.tr("Save the report…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(self.confirm_import)
        self.report_button.clicked.connect(self.save_report)
        self.buttons.rejected.connect(self.reject)

        hint = QLabel(self.tr(
            "Imported letters keep their numbers and dates and are marked as imported; a number "
            "already in the register is refused. Check first: nothing is written until you "
            "import, and then every accepted row goes in together."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("Which column holds what:")))
        layout.addWidget(scroll, 1)
        layout.addLayout(kind_form)
        layout.addWidget(self.summary)
        layout.addWidget(self.refused, 1)
        layout.addWidget(self.buttons)
        self._mapping_changed()

    # --- the workbook --------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(self, self.tr("The earlier register"), "",
                                                 self.tr("Excel workbooks (*.xlsx)"))
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        self.path = path
        self.file.setText(str(path))
        run_task(lambda: operations.preview(path), self._loaded, lambda exc: report_exception(
            exc, self), context=self)

    def _loaded(self, found: tuple[ReadSheet, dict[str, str]]) -> None:
        self.sheet, guessed = found
        self.columns.set_sheet(self.sheet, guessed)
        self.summary.setText(self.tr("{rows} rows in sheet «{sheet}».").format(
            rows=to_persian_digits(str(len(self.sheet.rows))), sheet=self.sheet.title))

    # --- the mapping ---------------------------------------------------------------------

    def mapping(self) -> ImportMapping:
        values = {"kind": self.kind.currentData()} if self.kind.currentData() else {}
        columns = self.columns.mapping()
        if values:
            columns.pop("kind", None)
        return ImportMapping(columns, values, self.sheet.title if self.sheet else None)

    def _mapping_changed(self) -> None:
        self.checked = None  # a check is about one mapping
        ready = self.sheet is not None and not self.columns.missing()
        has_kind = bool(self.kind.currentData()) or "kind" in self.columns.mapping()
        self.check_button.setEnabled(ready and has_kind)
        self.import_button.setEnabled(False)
        self.report_button.setEnabled(False)

    # --- checking and importing ------------------------------------------------------------

    def run(self, dry_run: bool) -> None:
        if self.path is None:
            return
        ctx, user, path, mapping = self.ctx, self.user, self.path, self.mapping()

        def work(_progress: object, _stop: object) -> RegisterImport:
            return operations.import_register(ctx, user, path, mapping, dry_run=dry_run)

        title = self.tr("Checking the rows…") if dry_run else self.tr("Importing…")
        run_with_progress(self, title, work, self._done, cancellable=False)

    def _done(self, result: RegisterImport) -> None:
        self.checked = result
        self.summary.setText((self.tr(
            "Check: of {rows} rows, {added} can be imported and {refused} are refused. "
            "Nothing was written.") if result.dry_run else self.tr(
            "Imported: {added} letters of {rows} rows; {refused} refused.")).format(
                rows=to_persian_digits(str(result.rows)),
                added=to_persian_digits(str(result.added)),
                refused=to_persian_digits(str(len(result.refused)))))
        self.refused.setRowCount(len(result.refused))
        for i, r in enumerate(result.refused):
            self.refused.setItem(i, 0, QTableWidgetItem(to_persian_digits(str(r.row))))
            self.refused.setItem(i, 1, QTableWidgetItem(r.reason))
        self.refused.resizeColumnToContents(0)
        self.refused.setVisible(bool(result.refused))
        self.report_button.setEnabled(True)
        self.import_button.setEnabled(result.dry_run and result.added > 0)
        if not result.dry_run:
            self.check_button.setEnabled(False)

    def confirm_import(self) -> None:
        if self.checked is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr(
            "Import {added} letters into the register? Refused rows are left out.").format(
                added=to_persian_digits(str(self.checked.added))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.run(dry_run=False))
        box.open()

    def save_report(self) -> None:
        if self.checked is None:
            return
        chosen, _f = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), default_path("import-report"),
            self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return
        result, path = self.checked, Path(chosen).with_suffix(".xlsx")

        def saved(written: Path) -> None:
            show_message(self, QMessageBox.Icon.Information, self.tr(
                "The report was saved: {path}").format(path=ltr_in_rtl(str(written))))

        run_task(lambda: operations.save_report(result, path), saved,
                 lambda exc: report_exception(exc, self), context=self)
