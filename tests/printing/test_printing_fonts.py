"""The bundled fonts: the right files, licensed, registered once, bold reachable through the family."""

from __future__ import annotations

import struct
from pathlib import Path

from reportlab.lib.fonts import tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from secretariat.printing import fonts
from tests.printing.pdf_inspect import embedded_font_names


def _table_tags(ttf: Path) -> set[bytes]:
    data = ttf.read_bytes()
    (num_tables,) = struct.unpack(">H", data[4:6])
    return {data[12 + 16 * i : 16 + 16 * i] for i in range(num_tables)}


def test_font_files_are_the_static_vazirmatn_weights() -> None:
    files = fonts.font_files()
    assert [f.name for f in files] == [
        "Vazirmatn-Regular.ttf",
        "Vazirmatn-Medium.ttf",
        "Vazirmatn-Bold.ttf",
    ]
    for ttf in files:
        assert ttf.is_file()
        tags = _table_tags(ttf)
        assert b"glyf" in tags
        assert b"fvar" not in tags, f"{ttf.name} is a variable font"


def test_licence_ships_beside_the_fonts() -> None:
    licence = fonts.license_file()
    assert licence.parent == fonts.font_files()[0].parent
    assert "SIL Open Font License" in licence.read_text(encoding="utf-8")


def test_register_fonts_is_idempotent_and_maps_the_family() -> None:
    fonts.register_fonts()
    fonts.register_fonts()
    for name in (fonts.FONT_REGULAR, fonts.FONT_MEDIUM, fonts.FONT_BOLD):
        assert pdfmetrics.getFont(name).fontName == name
    assert tt2ps(fonts.FAMILY, 0, 0) == fonts.FONT_REGULAR
    assert tt2ps(fonts.FAMILY, 1, 0) == fonts.FONT_BOLD


def test_bold_markup_embeds_the_bold_file(tmp_path: Path) -> None:
    fonts.register_fonts()
    pdf = tmp_path / "bold.pdf"
    style = ParagraphStyle("p", fontName=fonts.FONT_REGULAR, fontSize=12)
    SimpleDocTemplate(str(pdf)).build([Paragraph("plain <b>bold</b>", style)])
    embedded = {name.split("+", 1)[1] for name in embedded_font_names(pdf)}
    assert {"Vazirmatn-Regular", "Vazirmatn-Bold"} <= embedded
