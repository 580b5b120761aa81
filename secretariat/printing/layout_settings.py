"""How letters and slips are laid out on paper: letterhead, margins, pre-printed paper positions.

Stored organisation-wide as one JSON setting (``print_layout``) next to the
organisation settings, audited like them. Reading is lenient (a value this
version does not understand falls back to its default, so an old or hand-edited
setting never stops printing); writing is strict (``validate_layout``).

Positions on pre-printed paper are millimetres from the paper's LEFT and TOP
edges, the way a person measures them with a ruler on the printed calibration page.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from sqlalchemy.orm import Session

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.events import SettingsChanged
from secretariat.kernel.org_settings import get_setting, put_setting
from secretariat.kernel.permissions import Permission, require
from secretariat.kernel.text.clean import clean_line
from secretariat.kernel.text.digits import to_ascii_digits, to_persian_digits

LAYOUT_KEY = "print_layout"
PAPER_WIDTH_MM, PAPER_HEIGHT_MM = 210.0, 297.0  # A4, the paper letterhead is printed on
RECEIPT_SIZES = ("A6", "roll80")
ENVELOPE_SIZES = ("DL", "C5")
MARGIN_RANGE = (0.0, 60.0)
FONT_SIZE_RANGE = (9.0, 16.0)
MAX_NAME_LINES = 4


@dataclass(frozen=True)
class FieldBox:
    """A field's place on pre-printed paper: left and top edges and width, in mm."""

    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float = 0.0  # only the body box has a height


@dataclass(frozen=True)
class PreprintedFields:
    """Where each field goes on the office's pre-printed letterhead paper (A4)."""

    date: FieldBox = FieldBox(15.0, 30.0, 42.0)
    number: FieldBox = FieldBox(15.0, 38.0, 42.0)
    attachments: FieldBox = FieldBox(15.0, 46.0, 42.0)
    recipient: FieldBox = FieldBox(20.0, 56.0, 170.0)
    subject: FieldBox = FieldBox(20.0, 80.0, 170.0)
    body: FieldBox = FieldBox(20.0, 92.0, 170.0, 170.0)
    qr: FieldBox = FieldBox(15.0, 265.0, 20.0)  # the code is width × width

    @staticmethod
    def names() -> tuple[str, ...]:
        return tuple(f.name for f in fields(PreprintedFields))


PREPRINTED_FIELD_LABELS: dict[str, str] = {
    "date": "تاریخ",
    "number": "شماره",
    "attachments": "پیوست",
    "recipient": "گیرنده",
    "subject": "موضوع",
    "body": "متن نامه",
    "qr": "رمزینهٔ QR",
}


@dataclass(frozen=True)
class PrintLayout:
    name_lines: tuple[str, ...] = ()  # the letterhead's name lines; () = the organisation's name
    show_logo: bool = True
    bismillah: bool = True  # «بسمه تعالی» above the letterhead
    show_footer: bool = True  # address / phone / postal code at the foot of letters
    postal_code: str = ""  # the organisation's (footer and envelopes), 10 digits
    margin_top_mm: float = 12.0
    margin_bottom_mm: float = 12.0
    margin_right_mm: float = 20.0
    margin_left_mm: float = 20.0
    body_font_size: float = 12.0
    a5_for_short_letters: bool = False  # A5 when the letter fits on one A5 page
    qr_code: bool = True
    preprinted: bool = False  # print letters on pre-printed paper (fields only)
    preprinted_fields: PreprintedFields = field(default_factory=PreprintedFields)
    receipt_size: str = "A6"  # A6 | roll80
    envelope_size: str = "DL"  # DL | C5


DEFAULT_LAYOUT = PrintLayout()



# --- JSON ------------------------------------------------------------------------------

def layout_to_json(layout: PrintLayout) -> dict[str, Any]:
    data = asdict(layout)
    data["name_lines"] = list(layout.name_lines)
    return data


def _box_from_json(value: Any, default: FieldBox) -> FieldBox:
    if not isinstance(value, dict):
        return default
    numbers: dict[str, float] = {}
    for f in fields(FieldBox):
        raw = value.get(f.name, getattr(default, f.name))
        numbers[f.name] = float(raw) if _is_number(raw) else getattr(default, f.name)
    return FieldBox(**numbers)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def layout_from_json(data: Any) -> PrintLayout:
    """A layout from stored JSON; anything missing or malformed keeps its default."""
    if not isinstance(data, dict):
        return DEFAULT_LAYOUT
    values: dict[str, Any] = {}
    for f in fields(PrintLayout):
        if f.name not in data:
            continue
        raw = data[f.name]
        default = getattr(DEFAULT_LAYOUT, f.name)
        if f.name == "name_lines":
            if isinstance(raw, list) and all(isinstance(line, str) for line in raw):
                values[f.name] = tuple(raw)
        elif f.name == "preprinted_fields":
            if isinstance(raw, dict):
                values[f.name] = PreprintedFields(**{
                    name: _box_from_json(raw.get(name), getattr(default, name))
                    for name in PreprintedFields.names()
                })
        elif isinstance(default, bool):
            if isinstance(raw, bool):
                values[f.name] = raw
        elif isinstance(default, float):
            if _is_number(raw):
                values[f.name] = float(raw)
        elif isinstance(raw, str):
            values[f.name] = raw
    return replace(DEFAULT_LAYOUT, **values)


# --- validation ------------------------------------------------------------------------

def _check_range(name: str, value: float, low: float, high: float) -> None:
    if not low <= value <= high:
        raise ValidationError(name, "out_of_range", min=_num(low), max=_num(high))


def _num(value: float) -> str:
    return to_persian_digits(f"{value:g}")


def _check_box(name: str, box: FieldBox) -> None:
    prefix = f"preprinted_fields.{name}"
    _check_range(prefix + ".x_mm", box.x_mm, 0.0, PAPER_WIDTH_MM - 5)
    _check_range(prefix + ".y_mm", box.y_mm, 0.0, PAPER_HEIGHT_MM - 5)
    _check_range(prefix + ".width_mm", box.width_mm, 5.0, PAPER_WIDTH_MM - box.x_mm)
    if name == "body":
        _check_range(prefix + ".height_mm", box.height_mm, 20.0, PAPER_HEIGHT_MM - box.y_mm)


def validate_layout(layout: PrintLayout) -> None:
    """ValidationError on the first value that would print badly or off the paper."""
    if len(layout.name_lines) > MAX_NAME_LINES:
        raise ValidationError("name_lines", "too_many_lines", max=MAX_NAME_LINES)
    for line in layout.name_lines:
        if len(line) > 200:
            raise ValidationError("name_lines", "too_long", max=200)
    code = layout.postal_code.strip()
    if code and not (code.isascii() and code.isdigit() and len(code) == 10):
        raise ValidationError("postal_code", "invalid_postal_code")
    for name in ("margin_top_mm", "margin_bottom_mm", "margin_right_mm", "margin_left_mm"):
        _check_range(name, getattr(layout, name), *MARGIN_RANGE)
    _check_range("body_font_size", layout.body_font_size, *FONT_SIZE_RANGE)
    if layout.margin_left_mm + layout.margin_right_mm > PAPER_WIDTH_MM / 2:
        raise ValidationError("margin_left_mm", "margins_too_wide")
    for name, allowed in (("receipt_size", RECEIPT_SIZES), ("envelope_size", ENVELOPE_SIZES)):
        value = getattr(layout, name)
        if value not in allowed:
            raise ValidationError(name, "invalid_choice", value=value, allowed="، ".join(allowed))
    for name in PreprintedFields.names():
        _check_box(name, getattr(layout.preprinted_fields, name))


# --- storage ---------------------------------------------------------------------------

def load_layout(session: Session) -> PrintLayout:
    return layout_from_json(get_setting(session, LAYOUT_KEY))


def get_print_layout(ctx: AppContext) -> PrintLayout:
    with ctx.read() as session:
        return load_layout(session)


def update_print_layout(ctx: AppContext, actor: CurrentUser, layout: PrintLayout) -> PrintLayout:
    """Save the layout (administrators); nothing is written when a value is refused."""
    require(actor, Permission.MANAGE_SETTINGS)
    layout = replace(
        layout,
        postal_code=to_ascii_digits(layout.postal_code).strip(),
        name_lines=tuple(text for text in (clean_line(line, "name_lines", 200)
                                           for line in layout.name_lines) if text),
    )
    validate_layout(layout)
    with ctx.write() as session:
        put_setting(session, actor, LAYOUT_KEY, layout_to_json(layout))
        ctx.emit(SettingsChanged((LAYOUT_KEY,)), actor)
    return layout
