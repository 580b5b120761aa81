"""Qt's Jalali calendar, kept in step with the core's conversion (secretariat.jalali).

Qt's own Jalali arithmetic agrees with the core library for 1300–1435 and
differs from 1436 on, so the picker is limited to that range and every
conversion goes through the core by year/month/day.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCalendar, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from secretariat.kernel.jalali import from_jalali, jalali_parts, year_range

FIRST_YEAR = 1300
LAST_YEAR = 1435  # Qt's Jalali calendar differs from the core library from 1436 on
WEEKEND_COLOUR = QColor("#c62828")


def jalali_calendar() -> QCalendar:
    return QCalendar(QCalendar.System.Jalali)


def to_qdate(day: date) -> QDate:
    """The QDate of ``day``, built from the core's Jalali year/month/day."""
    year, month, dom = jalali_parts(day)
    return QDate(year, month, dom, jalali_calendar())


def from_qdate(qdate: QDate) -> date:
    """The date the core gives for the Jalali year/month/day Qt shows for ``qdate``."""
    parts = jalali_calendar().partsFromDate(qdate)
    return from_jalali(parts.year, parts.month, parts.day)


def picker_range() -> tuple[date, date]:
    calendar = jalali_calendar()
    return (from_jalali(FIRST_YEAR, 1, 1),
            from_jalali(LAST_YEAR, 12, calendar.daysInMonth(12, LAST_YEAR)))


class JalaliCalendarWidget(QCalendarWidget):
    """Jalali months, Saturday first, Friday (not Saturday/Sunday) as the weekend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendar(jalali_calendar())
        self.setLocale(QLocale("fa_IR"))
        self.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # «ش ی د س چ پ ج»: the full Persian names do not fit the columns.
        self.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        self.setGridVisible(False)
        first, last = picker_range()
        # The date rules: nothing after next year can be picked (the core refuses it).
        next_year = year_range()[1]
        last = min(last, from_jalali(next_year, 12, jalali_calendar().daysInMonth(12, next_year)))
        self.setDateRange(to_qdate(first), to_qdate(last))
        self._mark_weekend()
        self.name_parts()

    def name_parts(self) -> None:
        """Qt's own month buttons and day grid, named for a screen reader."""
        for name, words in (("qt_calendar_prevmonth", self.tr("Previous month")),
                            ("qt_calendar_nextmonth", self.tr("Next month")),
                            ("qt_calendar_calendarview", self.tr("Days of the month"))):
            part = self.findChild(QWidget, name)
            if part is not None:
                part.setAccessibleName(words)

    def _mark_weekend(self) -> None:
        # Qt colours Saturday and Sunday by default; in Iran the weekend is Friday.
        normal = QTextCharFormat()
        normal.setForeground(QBrush(self.palette().color(self.foregroundRole())))
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(WEEKEND_COLOUR))
        for day in Qt.DayOfWeek:
            self.setWeekdayTextFormat(day, weekend if day == Qt.DayOfWeek.Friday else normal)

    def selected_day(self) -> date:
        return from_qdate(self.selectedDate())

    def set_selected_day(self, day: date) -> None:
        self.setSelectedDate(to_qdate(day))
