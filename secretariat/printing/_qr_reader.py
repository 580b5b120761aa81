"""Reading QR codes back from a PDF or a scanned image (``secretariat verify FILE``, the Verify
dialog).

A PDF page is rendered with PDFium (pypdfium2) at a scanner's resolution; an image is read as
it is. zxing-cpp finds the codes, at any angle. Both libraries are imported here only, on
first use, so nothing else pays for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from secretariat.kernel.errors import ValidationError

PDF_DPI = 300  # a letter's code is 20 mm across: about five pixels a module at 300 dpi
MAX_PDF_PAGES = 20
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"})


def _codes_in_image(image: Any) -> list[str]:
    import zxingcpp

    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    found = zxingcpp.read_barcodes(image, formats=qr_only)
    return [code.text for code in found if code.valid and code.text]


def _pdf_codes(path: Path) -> list[str]:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        raise ValidationError("file", "file_unreadable", detail=str(exc)) from exc
    try:
        for index in range(min(len(document), MAX_PDF_PAGES)):
            page = document[index]
            try:
                image = page.render(scale=PDF_DPI / 72, grayscale=True).to_pil()
            finally:
                page.close()
            codes = _codes_in_image(image)
            if codes:
                return codes  # every page of a letter carries the same code
        return []
    finally:
        document.close()


def _image_codes(path: Path) -> list[str]:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.load()
            return _codes_in_image(image.convert("L"))
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ValidationError("file", "file_unreadable", detail=str(exc)) from exc


def codes_in_file(path: Path) -> list[str]:
    """The texts of the QR codes found in a PDF (its first page that has one) or an image
    (PNG, JPEG, TIFF...), without repeats. ValidationError ``no_code_found`` when none is,
    ``file_unreadable`` when the file cannot be read."""
    if not path.is_file():
        raise ValidationError("file", "file_unreadable", detail=str(path))
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        codes = _pdf_codes(path)
    elif suffix in IMAGE_SUFFIXES:
        codes = _image_codes(path)
    else:
        raise ValidationError("file", "not_pdf_or_image", name=path.name)
    if not codes:
        raise ValidationError("file", "no_code_found", name=path.name)
    return list(dict.fromkeys(codes))
