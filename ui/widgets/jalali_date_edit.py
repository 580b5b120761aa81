"""A Jalali date field: type «۱۴۰۳/۱۲/۳۰» (Persian or ASCII digits) or pick from a calendar.

QDateEdit is not used: in a right-to-left application it shows the date
sections reversed. The typed text is parsed by ``secretariat.jalali`` (the one
source of truth), and the value is a ``datetime.date``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.errors import ValidationError
from secretariat.kernel.jalali import format_jalali, parse_jalali, today_tehran
from ui.messages import error_text
from ui.widgets.jalali_calendar import JalaliCalendarWidget, from_qdate, picker_range


class JalaliDateEdit(QWidget):
    """``date()`` is None while the field is empty (allowed only with ``allow_empty``)."""

    dateChanged = Signal(object)  # datetime.date | None

    def __init__(self, parent: QWidget | None = None, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self._allow_empty = allow_empty
        self._date: dt.date | None = None
        self._error: str = ""
        self.line_edit = QLineEdit()
        # An example in this year, so the hint never shows a year long gone.
        self.line_edit.setPlaceholderText(self.tr("e.g. {date}").format(
            date=format_jalali(today_tehran())))
        self.line_edit.setMaxLength(14)
        self.line_edit.editingFinished.connect(self._parse_text)
        self.suggestion_action = QAction(self.line_edit)  # «۱۴۰۵/۰۸/۲۹ را در نظر داشتید؟»
        self.suggestion_action.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DialogApplyButton))
        self.suggestion_action.triggered.connect(self._use_suggestion)
        self.line_edit.addAction(self.suggestion_action,
                                 QLineEdit.ActionPosition.TrailingPosition)
        # Hidden after adding: QLineEdit shows the button of an action hidden before.
        self.suggestion_action.setVisible(False)
        self.popup_button = QToolButton()
        self.popup_button.setText("▾")
        self.popup_button.setToolTip(self.tr("Choose from the calendar"))
        self.popup_button.setAccessibleName(self.tr("Choose from the calendar"))
        self.popup_button.clicked.connect(self.show_popup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.popup_button)
        self.setFocusProxy(self.line_edit)
        self.popup: QFrame | None = None
        self.calendar: JalaliCalendarWidget | None = None
        if not allow_empty:
            self.setDate(today_tehran())

    # --- value ---------------------------------------------------------------------

    def date(self) -> dt.date | None:
        return self._date

    def setDate(self, value: dt.date | None) -> None:
        if value is None and not self._allow_empty:
            value = today_tehran()
        self.line_edit.setText(format_jalali(value) if value else "")
        self._set_valid(value)

    def error(self) -> str:
        """The Persian message for the current text ('' when it is a valid date)."""
        return self._error

    def is_valid(self) -> bool:
        return not self._error

    def _parse_text(self) -> None:
        text = self.line_edit.text().strip()
        if not text and self._allow_empty:
            self._set_valid(None)
            return
        try:
            value = parse_jalali(text)
        except ValidationError as exc:
            self._error = error_text(exc)
            self.line_edit.setProperty("invalid", True)
            self.line_edit.setToolTip(self._error)
            self.line_edit.setStyleSheet("border: 1px solid #b00020;")
            # A Gregorian date typed by habit: offer the Jalali date it means, one click away.
            meant = exc.params.get("suggestion") if exc.code == "gregorian_date" else None
            self.suggestion_action.setVisible(meant is not None)
            if meant is not None:
                self.suggestion_action.setText(meant)
                self.suggestion_action.setToolTip(
                    self.tr("Use {date}").format(date=meant))
            return
        self.line_edit.setText(format_jalali(value))  # shown back the same way: Persian digits
        self._set_valid(value)

    def _use_suggestion(self) -> None:
        self.line_edit.setText(self.suggestion_action.text())
        self._parse_text()

    def _set_valid(self, value: dt.date | None) -> None:
        self._error = ""
        self.suggestion_action.setVisible(False)
        self.line_edit.setToolTip("")
        self.line_edit.setStyleSheet("")
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)

    # --- calendar popup ---------------------------------------------------------------

    def show_popup(self) -> None:
        if self.popup is None:
            self.popup = QFrame(self, Qt.WindowType.Popup)
            self.popup.setFrameShape(QFrame.Shape.StyledPanel)
            self.calendar = JalaliCalendarWidget(self.popup)
            self.calendar.setMinimumSize(300, 220)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            box = QVBoxLayout(self.popup)
            box.setContentsMargins(2, 2, 2, 2)
            box.addWidget(self.calendar)
        assert self.calendar is not None
        first, last = picker_range()
        shown = self._date if self._date and first <= self._date <= last else today_tehran()
        self.calendar.set_selected_day(shown)
        self.popup.adjustSize()
        # Below the field, its right edge on the field's right edge (right-to-left), and
        # wholly on the screen (above the field when there is no room below it).
        corner = self.mapToGlobal(QPoint(self.width(), self.height()))
        place = QRect(QPoint(corner.x() - self.popup.width(), corner.y()), self.popup.size())
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            if place.bottom() > area.bottom():
                place.moveBottom(self.mapToGlobal(QPoint(0, 0)).y() - 1)
            place.moveLeft(max(area.left(), min(place.left(), area.right() - place.width() + 1)))
            place.moveTop(max(area.top(), min(place.top(), area.bottom() - place.height() + 1)))
        self.popup.move(place.topLeft())
        self.popup.show()
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self.setDate(from_qdate(qdate))
        if self.popup is not None:
            self.popup.hide()
        self.line_edit.setFocus()
