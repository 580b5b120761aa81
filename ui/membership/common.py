"""What membership's screens share: words for codes, amounts in the chosen unit, previews."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from secretariat.kernel.jalali import format_jalali
from secretariat.kernel.text.digits import to_persian_digits
from secretariat.membership import api as membership
from secretariat.membership.api import Status
from ui.printing.background import ProgressCallback, render_in_background
from ui.printing.preview_dialog import show_preview
from ui.tasks import Task

STATUS_COLOURS = {
    Status.ACTIVE: "#1b7a3a", Status.GRACE: "#b26a00", Status.EXPIRED: "#b00020",
    Status.PENDING: "#5b6675", Status.SUSPENDED: "#8a4b00", Status.TERMINATED: "#6b7785",
}
# «Membership never gates a transferred case»: shown wherever an expert sees memberships.
NEVER_GATES = "عضویت هرگز شرط رسیدگی به پرونده‌های واگذارشده نیست"


def status_text(status: str) -> str:
    return Status.label_of(status)


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(Status(status), "#000000")) if status in Status.labels() \
        else QColor("#000000")


def day_text(day: date | None) -> str:
    return format_jalali(day) if day is not None else "—"


def digits(value: object) -> str:
    return to_persian_digits(str(value))


class Amounts:
    """Amounts in the unit the officer chose (rial or toman), read once per screen load."""

    unit = "rial"

    @classmethod
    def text(cls, rials: int) -> str:
        return membership.format_amount(rials, cls.unit)


def preview(parent: QWidget, work: Callable[[], bytes], title: str, file_name: str) -> Task:
    """Build a PDF off the UI thread, then show it in the print preview."""
    label = QCoreApplication.translate("MembershipPrint", "Preparing the document…")

    def run(_progress: ProgressCallback) -> bytes:
        return work()

    def done(data: bytes) -> None:
        show_preview(data, title, file_name, parent)

    return render_in_background(parent, run, label, done)
