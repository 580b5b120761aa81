"""The print preview: QtPdf shows the pages, QPrinter prints them on white, files are written."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape

from secretariat.printing.api import PrintLayout
from secretariat.printing.documents.letter import render_letter
from secretariat.printing.documents.register_book import render_register
from tests.printing import doc_samples as s
from ui.printing.pdf_output import LoadedPdf, match_paper, print_pdf
from ui.printing.preview_dialog import PdfPreviewDialog

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def letter_pdf() -> bytes:
    return render_letter(s.letter(paragraphs=10), s.letterhead(), PrintLayout())


@pytest.fixture(scope="module")
def register_pdf() -> bytes:
    return render_register(s.register(40))


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def test_preview_shows_every_page_on_white(qtbot: QtBot, letter_pdf: bytes, tmp_path: Path) -> None:
    dialog = PdfPreviewDialog(letter_pdf, "نامه", "letter-1403-ص-125", None)
    qtbot.addWidget(dialog)
    dialog.resize(800, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pdf.page_count == len(PdfReader(_write(tmp_path, letter_pdf)).pages) >= 2
    assert "۲" in dialog.pages_label.text() or "۳" in dialog.pages_label.text()
    # QPdfView paints asynchronously: wait until the first page has ink on white paper.
    def painted() -> bool:
        image = dialog.view.viewport().grab().toImage()
        centre = image.pixelColor(image.width() // 2, 40)
        return centre == QColor("white")

    qtbot.waitUntil(painted, timeout=10_000)
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_page_images_are_composited_on_white(letter_pdf: bytes) -> None:
    pdf = LoadedPdf(letter_pdf)
    image = pdf.page_image(0, 40)
    assert image.pixelColor(2, 2) == QColor("white")  # not transparent (black when printed)
    pdf.close()


def test_print_all_pages_to_a_pdf_printer(qtbot: QtBot, letter_pdf: bytes, tmp_path: Path) -> None:
    dialog = PdfPreviewDialog(letter_pdf, "نامه", "letter", None)
    qtbot.addWidget(dialog)
    out = tmp_path / "printed.pdf"
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(120)
    assert dialog.print_to(printer) == dialog.pdf.page_count
    reader = PdfReader(out)
    assert len(reader.pages) == dialog.pdf.page_count
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=2)


def test_landscape_register_prints_landscape_and_honours_the_range(
    register_pdf: bytes, tmp_path: Path
) -> None:
    pdf = LoadedPdf(register_pdf)
    out = tmp_path / "register.pdf"
    printer = _pdf_printer(out)
    match_paper(printer, pdf)
    printer.setFromTo(2, 2)
    assert print_pdf(pdf, printer) == 1
    box = PdfReader(out).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(landscape(A4), abs=2)
    pdf.close()


def test_save_and_open_in_system_viewer(qtbot: QtBot, letter_pdf: bytes, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = PdfPreviewDialog(letter_pdf, "نامه", "letter-1", None)
    qtbot.addWidget(dialog)
    assert dialog.save_to(tmp_path / "saved")
    assert (tmp_path / "saved.pdf").read_bytes() == letter_pdf
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    copy = dialog.open_externally()
    assert copy is not None and copy.read_bytes() == letter_pdf
    assert opened and Path(opened[0].toLocalFile()) == copy
    copy.unlink()


def _write(folder: Path, data: bytes) -> Path:
    path = folder / "doc.pdf"
    path.write_bytes(data)
    return path
