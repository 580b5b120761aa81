"""Printing's public module: the register's documents as PDF, the print layout settings, and
the right-to-left PDF toolkit other features print their own documents with.

Documents are read through ``correspondence.api`` (confidentiality applies: a letter the
user may not see is NotFound and nothing is rendered). Functions return PDF bytes;
``save_pdf`` writes them atomically.

The toolkit (for a case report, a membership card...): ``register_fonts`` and the font
names, ``RtlParagraph``/``rtl_cell`` (platypus), ``draw_rtl_line``/``draw_rtl_paragraph``/
``draw_centred`` (canvas), ``break_lines``/``visual_line``/``ltr_isolate`` (text), ``draw_qr``
and ``short_code`` (the characters printed under it),
``fa`` (Persian digits), ``jalali``/``jalali_time``, ``new_pdf_canvas``, ``canvas_with_totals``
(page n of N), ``draw_classification``, ``draw_watermark``, ``write_pdf``.

Printed codes: ``verify_code`` checks a QR code's text (signature with the public key alone;
the register too when a database is at hand), ``codes_in_file`` reads the codes of a PDF or a
scan. Another feature signs its own documents' codes with ``secretariat.kernel.signed_codes``
(``CodeFields.of(DocumentKind.MEMBERSHIP_CARD, ...)`` and ``signed_code``).
"""

from __future__ import annotations

from secretariat.kernel.signed_codes import DocumentKind, Reason
from secretariat.printing._qr_reader import codes_in_file
from secretariat.printing._service import (
    PRINT_LETTERS,
    SAMPLE_BODY,
    CodeVerdict,
    calibration_pdf,
    envelope_pdf,
    letter_pdf,
    receipt_pdf,
    register_pdf,
    register_rows,
    sample_letter_pdf,
    save_pdf,
    verify_code,
)
from secretariat.printing.documents.common import (
    canvas_with_totals,
    draw_classification,
    draw_watermark,
    fa,
    jalali,
    jalali_time,
    new_pdf_canvas,
    page_of,
    text_digits,
)
from secretariat.printing.documents.qr import draw_qr
from secretariat.printing.documents.verification import short_code
from secretariat.printing.fonts import (
    FAMILY,
    FONT_BOLD,
    FONT_MEDIUM,
    FONT_REGULAR,
    font_files,
    license_file,
    register_fonts,
)
from secretariat.printing.layout_settings import (
    DEFAULT_LAYOUT,
    ENVELOPE_SIZES,
    FONT_SIZE_RANGE,
    MARGIN_RANGE,
    MAX_NAME_LINES,
    PREPRINTED_FIELD_LABELS,
    RECEIPT_SIZES,
    FieldBox,
    PreprintedFields,
    PrintLayout,
    get_print_layout,
    update_print_layout,
    validate_layout,
)
from secretariat.printing.rtl import (
    Align,
    LogicalLine,
    RtlParagraph,
    break_lines,
    draw_centred,
    draw_left_aligned,
    draw_lines,
    draw_rtl_line,
    draw_rtl_paragraph,
    line_width,
    ltr_isolate,
    rtl_cell,
    visual_line,
)

__all__ = [
    "DEFAULT_LAYOUT",
    "ENVELOPE_SIZES",
    "FAMILY",
    "FONT_BOLD",
    "FONT_MEDIUM",
    "FONT_REGULAR",
    "FONT_SIZE_RANGE",
    "MARGIN_RANGE",
    "MAX_NAME_LINES",
    "PREPRINTED_FIELD_LABELS",
    "PRINT_LETTERS",
    "RECEIPT_SIZES",
    "SAMPLE_BODY",
    "Align",
    "CodeVerdict",
    "DocumentKind",
    "FieldBox",
    "LogicalLine",
    "PreprintedFields",
    "PrintLayout",
    "Reason",
    "RtlParagraph",
    "break_lines",
    "calibration_pdf",
    "canvas_with_totals",
    "codes_in_file",
    "draw_centred",
    "draw_classification",
    "draw_left_aligned",
    "draw_lines",
    "draw_qr",
    "draw_rtl_line",
    "draw_rtl_paragraph",
    "draw_watermark",
    "envelope_pdf",
    "fa",
    "font_files",
    "get_print_layout",
    "jalali",
    "jalali_time",
    "letter_pdf",
    "license_file",
    "line_width",
    "ltr_isolate",
    "new_pdf_canvas",
    "page_of",
    "receipt_pdf",
    "register_fonts",
    "register_pdf",
    "register_rows",
    "rtl_cell",
    "sample_letter_pdf",
    "save_pdf",
    "short_code",
    "text_digits",
    "update_print_layout",
    "validate_layout",
    "verify_code",
    "visual_line",
]
