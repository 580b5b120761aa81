"""Print preview: the PDF as it will come out, then print, save as PDF, or open elsewhere.

QPdfView paints asynchronously (pages appear a moment after the dialog), so
nothing here waits for it; the document itself is loaded synchronously from
the bytes the core produced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.printing.api import save_pdf
from ui.crash import report_exception
from ui.printing.pdf_output import LoadedPdf, match_paper, print_pdf, temp_copy
from ui.window_fit import remember_window

ZOOM_STEP = 1.25


class PdfPreviewDialog(QDialog):
    """Shows ``data`` (a PDF); ``file_name`` is what Save offers and the viewer copy is called."""

    def __init__(self, data: bytes, title: str, file_name: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        # Fitted to the screen (a 1366×768 laptop too); its place remembered per screen.
        remember_window(self, "print-preview", QSize(900, 780))
        self.file_name = file_name if file_name.endswith(".pdf") else file_name + ".pdf"
        self.pdf = LoadedPdf(data, self)
        self.printer: QPrinter | None = None
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.toolbar = QToolBar(self)
        # Parented now: QToolBar.addWidget leaves the label owned by Python, and the garbage
        # collector then frees it before the toolbar that still holds it (a crash).
        self.pages_label = QLabel(self.tr("{count} page(s)").format(
            count=to_persian_digits(str(self.pdf.page_count))), self.toolbar)  # fmt: skip
        self.print_action = self._action(self.tr("Print…"), self.choose_printer,
                                         QKeySequence.StandardKey.Print)  # fmt: skip
        self.save_action = self._action(self.tr("Save as PDF…"), self.choose_file,
                                        QKeySequence.StandardKey.Save)  # fmt: skip
        self.open_action = self._action(self.tr("Open in PDF viewer"), self.open_externally)
        self.toolbar.addSeparator()
        self._action(self.tr("Zoom in"), self.zoom_in, QKeySequence.StandardKey.ZoomIn)
        self._action(self.tr("Zoom out"), self.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self._action(self.tr("Fit width"), self.fit_width)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.pages_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.finished.connect(self._release)

    def _action(self, text: str, slot: object,
                shortcut: QKeySequence.StandardKey | None = None) -> QAction:  # fmt: skip
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # --- zoom ------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(6.0, self.view.zoomFactor() * factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- print -----------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        match_paper(printer, self.pdf)
        printer.setFromTo(1, self.pdf.page_count)
        return printer

    def choose_printer(self) -> None:
        """The system's print dialog (any installed printer); printing starts on OK."""
        self.printer = self.make_printer()
        dialog = QPrintDialog(self.printer, self)
        dialog.setMinMax(1, self.pdf.page_count)
        dialog.accepted.connect(lambda: self.print_to(self.printer))
        QDialog.open(dialog)  # non-blocking; the stubs only know open(receiver, member)

    def print_to(self, printer: QPrinter | None) -> int:
        if printer is None:
            return 0
        try:
            return print_pdf(self.pdf, printer)
        except OSError as exc:
            report_exception(exc, self)
            return 0

    # --- files -----------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.file_name, self.tr("PDF files (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            save_pdf(self.pdf.data, path)
        except (OSError, SecretariatError) as exc:
            report_exception(exc, self)
            return False
        return True

    def open_externally(self) -> Path | None:
        try:
            copy = temp_copy(self.pdf.data, self.file_name)
        except OSError as exc:
            report_exception(exc, self)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def _release(self) -> None:
        self.pdf.close()


def show_preview(data: bytes, title: str, file_name: str,
                 parent: QWidget | None = None) -> PdfPreviewDialog:  # fmt: skip
    """Open a preview window (non-blocking) that deletes itself when closed."""
    dialog = PdfPreviewDialog(data, title, file_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
