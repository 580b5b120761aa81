"""The bundled Vazirmatn fonts (SIL OFL 1.1) and their registration with reportlab.

Only static TTFs are shipped: reportlab cannot pick a weight of a variable font.
The Qt application loads the same files (``font_files()``) so screen and paper
use one typeface.
"""

from __future__ import annotations

from pathlib import Path
from threading import Lock

from reportlab.pdfbase import pdfmetrics

from secretariat.kernel.paths import resource_path
from secretariat.printing.text_layer import LogicalTextTTFont

FAMILY = "Vazirmatn"
FONT_REGULAR = "Vazirmatn"
FONT_MEDIUM = "Vazirmatn-Medium"
FONT_BOLD = "Vazirmatn-Bold"

# reportlab font name -> file under resources/fonts/
_FONT_FILES: dict[str, str] = {
    FONT_REGULAR: "Vazirmatn-Regular.ttf",
    FONT_MEDIUM: "Vazirmatn-Medium.ttf",
    FONT_BOLD: "Vazirmatn-Bold.ttf",
}
LICENSE_FILE = "OFL.txt"

_lock = Lock()
_registered = False


def font_files() -> list[Path]:
    """The bundled TTF files (regular, medium, bold)."""
    return [resource_path("fonts", file_name) for file_name in _FONT_FILES.values()]


def license_file() -> Path:
    return resource_path("fonts", LICENSE_FILE)


def register_fonts() -> None:
    """Register the Vazirmatn weights with reportlab; safe to call any number of times.

    The family lets ``<b>`` in reportlab markup resolve to the bold file; there
    is no italic Vazirmatn, so italic maps to the upright faces. The fonts write a
    text layer of logical letters (``text_layer``), so copy and search work.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for font_name, file_name in _FONT_FILES.items():
            pdfmetrics.registerFont(LogicalTextTTFont(font_name, str(resource_path("fonts", file_name))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=FONT_REGULAR, bold=FONT_BOLD, italic=FONT_REGULAR, boldItalic=FONT_BOLD
        )
        _registered = True
