"""The Jalali date field and picker agree with secretariat.jalali, and Friday is the weekend."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from secretariat.kernel.jalali import from_jalali, is_leap_year, jalali_parts, year_range
from ui.widgets.jalali_calendar import (
    FIRST_YEAR,
    LAST_YEAR,
    WEEKEND_COLOUR,
    JalaliCalendarWidget,
    from_qdate,
    jalali_calendar,
    picker_range,
    to_qdate,
)
from ui.widgets.jalali_date_edit import JalaliDateEdit

pytestmark = pytest.mark.gui


def test_qt_jalali_calendar_agrees_with_the_core_for_every_day_of_1300_to_1435() -> None:
    calendar = jalali_calendar()
    days = 0
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for month in range(1, 13):
            for day in range(1, calendar.daysInMonth(month, year) + 1):
                qt_day = QDate(year, month, day, calendar).toPython()
                assert qt_day == from_jalali(year, month, day), (year, month, day)
                days += 1
    first, last = picker_range()
    assert days == (last - first).days + 1  # and no day of the core's calendar is missing
    # The other way round, from the Gregorian side.
    moment = first
    while moment <= last:
        parts = calendar.partsFromDate(QDate(moment.year, moment.month, moment.day))
        assert (parts.year, parts.month, parts.day) == jalali_parts(moment)
        moment += timedelta(days=1)


def test_picker_is_limited_to_the_years_where_qt_agrees(qtbot: QtBot) -> None:
    widget = JalaliCalendarWidget()
    qtbot.addWidget(widget)
    assert from_qdate(widget.minimumDate()) == from_jalali(1300, 1, 1)
    next_year = year_range()[1]
    last_day = 30 if is_leap_year(next_year) else 29
    assert from_qdate(widget.maximumDate()) == from_jalali(next_year, 12, last_day)
    for day in (date(2025, 3, 20), date(2025, 3, 21), from_jalali(1403, 12, 30)):
        assert from_qdate(to_qdate(day)) == day


def test_friday_is_the_weekend_and_saturday_starts_the_week(qtbot: QtBot) -> None:
    widget = JalaliCalendarWidget()
    qtbot.addWidget(widget)
    assert widget.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    colour = {day: widget.weekdayTextFormat(day).foreground().color() for day in Qt.DayOfWeek}
    assert colour[Qt.DayOfWeek.Friday] == WEEKEND_COLOUR
    assert colour[Qt.DayOfWeek.Saturday] != WEEKEND_COLOUR
    assert colour[Qt.DayOfWeek.Sunday] != WEEKEND_COLOUR


@pytest.mark.parametrize("typed", ["۱۴۰۳/۱۲/۳۰", "1403/12/30", "1403-12-30", "۱۴۰۳/۱۲/۳۰ "])
def test_typed_dates_in_persian_or_ascii_digits(qtbot: QtBot, typed: str) -> None:
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    with qtbot.waitSignal(edit.dateChanged):
        edit.line_edit.setText(typed)
        edit.line_edit.editingFinished.emit()
    assert edit.date() == date(2025, 3, 20)
    assert edit.line_edit.text() == "۱۴۰۳/۱۲/۳۰"
    assert edit.is_valid()


def test_invalid_date_is_reported_in_persian(qtbot: QtBot) -> None:
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    edit.line_edit.setText("1404/12/30")
    edit.line_edit.editingFinished.emit()
    assert not edit.is_valid()
    assert edit.error().startswith("تاریخ")
    assert edit.date() is None


def test_empty_is_allowed_only_when_asked(qtbot: QtBot) -> None:
    optional = JalaliDateEdit()
    required = JalaliDateEdit(allow_empty=False)
    qtbot.addWidget(optional)
    qtbot.addWidget(required)
    assert optional.date() is None
    assert required.date() is not None
    required.setDate(None)
    assert required.date() is not None


def test_picking_from_the_popup_sets_the_date(qtbot: QtBot) -> None:
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setDate(from_jalali(1403, 1, 1))
    edit.show_popup()
    assert edit.calendar is not None
    shown = edit.calendar.calendar().partsFromDate(edit.calendar.selectedDate())
    assert (shown.year, shown.month, shown.day) == (1403, 1, 1)
    with qtbot.waitSignal(edit.dateChanged):
        edit.calendar.clicked.emit(QDate(1403, 1, 13, jalali_calendar()))
    assert edit.date() == from_jalali(1403, 1, 13)
    assert edit.line_edit.text() == "۱۴۰۳/۰۱/۱۳"


def test_a_gregorian_date_is_refused_with_the_jalali_date_one_click_away(qtbot: QtBot) -> None:
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    edit.line_edit.setText("2026/11/20")
    edit.line_edit.editingFinished.emit()
    assert edit.date() is None and not edit.is_valid()
    assert edit.error() == "تاریخ: این تاریخ میلادی به نظر می‌رسد؛ ۱۴۰۵/۰۸/۲۹ را در نظر داشتید؟"
    assert edit.suggestion_action.isVisible()
    assert edit.suggestion_action.text() == "۱۴۰۵/۰۸/۲۹"
    with qtbot.waitSignal(edit.dateChanged):
        edit.suggestion_action.trigger()
    assert edit.date() == date(2026, 11, 20)
    assert edit.line_edit.text() == "۱۴۰۵/۰۸/۲۹" and edit.is_valid()
    assert not edit.suggestion_action.isVisible()


def test_a_year_no_one_would_mean_is_refused(qtbot: QtBot) -> None:
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    edit.line_edit.setText("۱۲۰۰/۰۱/۰۱")
    edit.line_edit.editingFinished.emit()
    assert edit.date() is None
    assert "۱۳۰۰" in edit.error()
    assert not edit.suggestion_action.isVisible()


def test_a_fresh_field_shows_no_suggestion_button(qtbot: QtBot) -> None:
    """The suggestion's button appears only with a suggestion (not a stray tick in every
    date field)."""
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    buttons = edit.line_edit.findChildren(QToolButton)
    assert buttons and not any(b.isVisible() for b in buttons)
    edit.line_edit.setText("2026/11/20")
    edit.line_edit.editingFinished.emit()
    assert any(b.isVisible() for b in buttons)
