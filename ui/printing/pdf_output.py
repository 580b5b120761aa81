"""PDF bytes to screen, paper and files: QtPdf documents, printing through QPrinter, temp copies.

QtPdf renders pages with a transparent background: every page image is laid on
white before it goes to a printer (a printer driver may treat transparency as
black, and a PDF "printer" keeps it).
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300  # enough for text; 600 dpi A4 pages would take 140 MB each
TEMP_FOLDER = "secretariat-print"
TEMP_MAX_AGE_SECONDS = 24 * 3600


class LoadedPdf:
    """A QPdfDocument over in-memory bytes (the buffer must live as long as the document).

    Give a ``parent`` when a view shows the document: the view keeps a plain pointer
    to it, so Qt (not Python's garbage collector) must decide when it goes.
    """

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        self.data = data
        self._bytes = QByteArray(data)
        self.buffer = QBuffer(self._bytes, parent) if parent is not None else QBuffer(self._bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent) if parent is not None else QPdfDocument()
        self.document.load(self.buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError(f"not a readable PDF ({self.document.error()})")

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def page_points(self, page: int) -> QSizeF:
        size: QSizeF = self.document.pagePointSize(page)
        return size

    def page_image(self, page: int, dpi: float) -> QImage:
        """The page at ``dpi``, on white."""
        points = self.page_points(page)
        size = QSize(max(1, round(points.width() / 72 * dpi)),
                     max(1, round(points.height() / 72 * dpi)))  # fmt: skip
        rendered = self.document.render(page, size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return image

    def close(self) -> None:
        self.document.close()
        self.buffer.close()

    def dispose(self) -> None:
        """Close, and let Qt delete the objects (once no view shows them any more)."""
        self.close()
        self.document.deleteLater()
        self.buffer.deleteLater()


def match_paper(printer: QPrinter, pdf: LoadedPdf) -> None:
    """Give the printer the first page's paper size and orientation (A4, A5, DL, roll...)."""
    if pdf.page_count == 0:
        return
    points = pdf.page_points(0)
    width, height = points.width(), points.height()
    portrait = QSizeF(min(width, height), max(width, height))
    size = QPageSize(portrait, QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)  # fmt: skip
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if width > height
                               else QPageLayout.Orientation.Portrait)  # fmt: skip
    printer.setFullPage(True)  # the PDF has its own margins


def print_pdf(pdf: LoadedPdf, printer: QPrinter) -> int:
    """Print the pages the printer's range asks for (all by default); returns pages printed.

    Each page is scaled to fit the paper, centred, keeping its proportions.
    """
    first = printer.fromPage() or 1
    last = printer.toPage() or pdf.page_count
    pages = range(max(1, first) - 1, min(last, pdf.page_count))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    printed = 0
    try:
        for page in pages:
            if printed:
                printer.newPage()
            image = pdf.page_image(page, dpi)
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(_fitted(target, image.size()), image)
            printed += 1
    finally:
        painter.end()
    return printed


def _fitted(target: QRectF, size: QSize) -> QRectF:
    scale = min(target.width() / size.width(), target.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(target.x() + (target.width() - width) / 2,
                  target.y() + (target.height() - height) / 2, width, height)  # fmt: skip


def temp_copy(data: bytes, name: str) -> Path:
    """A copy of the PDF for the system viewer, in a temp folder cleared of day-old copies."""
    folder = Path(tempfile.gettempdir()) / TEMP_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    now = time.time()
    for old in folder.glob("*.pdf"):
        # A copy still open in a viewer (Windows) cannot go: it is tried again next time.
        with contextlib.suppress(OSError):
            if now - old.stat().st_mtime > TEMP_MAX_AGE_SECONDS:
                old.unlink()
    handle = tempfile.NamedTemporaryFile(prefix=Path(name).stem + "-", suffix=".pdf",
                                         dir=folder, delete=False)  # fmt: skip
    with handle:
        handle.write(data)
    return Path(handle.name)
