"""The working-day calendar: a Jalali month with weekends and holidays marked (official ones,
the admin's closures, official days the admin removed), the month's holidays listed, and for
the admin: add or remove a day, and the weekend (Friday, or Thursday and Friday)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.cases import api as cases
from secretariat.cases.api import (
    CalendarChanged,
    CalendarDayView,
    CasePermission,
    HolidaySource,
    Weekend,
)
from secretariat.kernel import jalali
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import JALALI_MONTHS, jalali_parts
from secretariat.kernel.permissions import role_allows
from ui.bidi import isolate_cells
from ui.cases import labels
from ui.pages.base import Page
from ui.pages.page_header import page_title

# Saturday first, as a Persian calendar reads (right to left in this layout).
WEEKDAYS = ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه")
DAY_ROLE = Qt.ItemDataRole.UserRole + 1
COLOURS = {
    "weekend": "#eceff1",
    HolidaySource.OFFICIAL: "#fbe3e1",
    HolidaySource.ADDED: "#ffe0b2",
    HolidaySource.REMOVED: "#e3f4e8",
}


class CalendarPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.year, self.month, _day = jalali_parts(jalali.today_tehran())
        self.days: list[CalendarDayView] = []
        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        previous = QPushButton(self.tr("Previous month"))
        previous.clicked.connect(lambda: self.step_month(-1))
        following = QPushButton(self.tr("Next month"))
        following.clicked.connect(lambda: self.step_month(1))
        this_month = QPushButton(self.tr("This month"))
        this_month.clicked.connect(self.go_today)
        self.grid = QTableWidget(6, 7)
        self.grid.setHorizontalHeaderLabels(list(WEEKDAYS))
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        isolate_cells(self.grid)  # a holiday's name may mix Persian, Latin and numbers
        self.holidays = QListWidget()
        isolate_cells(self.holidays)
        self.holidays.setMaximumWidth(300)
        admin = role_allows(user.role, CasePermission.CALENDAR)
        self.add_button = QPushButton(self.tr("Make the chosen day a holiday…"))
        self.add_button.clicked.connect(self.add_holiday)
        self.remove_button = QPushButton(self.tr("Make the chosen day a working day"))
        self.remove_button.clicked.connect(self.remove_holiday)
        self.weekend = QComboBox()
        for w in Weekend:
            self.weekend.addItem(w.label, w.value)
        self.weekend.activated.connect(lambda _i: self.set_weekend())
        for widget in (self.add_button, self.remove_button, self.weekend):
            widget.setEnabled(admin)

        nav = QHBoxLayout()
        nav.addWidget(self.title)
        nav.addStretch()
        nav.addWidget(previous)
        nav.addWidget(this_month)
        nav.addWidget(following)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Holidays of the month:")))
        side.addWidget(self.holidays, 1)
        legend = QLabel(self.tr("Grey: weekend · red: official holiday · orange: added by the "
                                "admin · green: official holiday removed (a working day)"))
        legend.setWordWrap(True)
        legend.setProperty("role", "hint")
        side.addWidget(legend)
        side.addWidget(QLabel(self.tr("Weekend:")))
        side.addWidget(self.weekend)
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        body = QHBoxLayout()
        body.addWidget(self.grid, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Working-day calendar")))
        layout.addLayout(nav)
        layout.addLayout(body, 1)
        self.follow((CalendarChanged,))

    def activate(self) -> None:
        ctx, user, year, month = self.ctx, self.user, self.year, self.month

        def read() -> tuple[list[CalendarDayView], Weekend]:
            return cases.month_days(ctx, user, year, month), cases.get_weekend(ctx, user)

        self.requests.run("month", read, self._show)

    def step_month(self, months: int) -> None:
        index = self.year * 12 + self.month - 1 + months
        self.year, self.month = divmod(index, 12)
        self.month += 1
        self.activate()

    def go_today(self) -> None:
        self.year, self.month, _day = jalali_parts(jalali.today_tehran())
        self.activate()

    def _show(self, found: tuple[list[CalendarDayView], Weekend]) -> None:
        self.days, weekend = found
        self.weekend.setCurrentIndex(max(0, self.weekend.findData(weekend.value)))
        self.title.setText(f"{JALALI_MONTHS[self.month - 1]} {labels.digits(self.year)}")
        self.grid.clearContents()
        column = (self.days[0].day.weekday() + 2) % 7  # Saturday is column 0
        row = 0
        today = jalali.today_tehran()
        self.holidays.clear()
        for info in self.days:
            text = labels.digits(jalali_parts(info.day)[2])
            if info.title:
                text += "\n" + info.title
            item = QTableWidgetItem(text)
            item.setData(DAY_ROLE, info.day)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            colour = COLOURS.get(info.source) if info.source else None
            if colour is None and info.weekend:
                colour = COLOURS["weekend"]
            if colour:
                item.setBackground(QBrush(QColor(colour)))
            if info.day == today:
                bold = QFont(item.font())
                bold.setBold(True)
                item.setFont(bold)
            if info.source:
                state = self.tr(" (removed: a working day)") if (
                    info.source == HolidaySource.REMOVED) else ""
                self.holidays.addItem(f"{labels.date_text(info.day)} — {info.title}{state}")
            self.grid.setItem(row, column, item)
            column += 1
            if column == 7:
                column, row = 0, row + 1

    def chosen_day(self) -> CalendarDayView | None:
        item = self.grid.currentItem()
        day = item.data(DAY_ROLE) if item is not None else None
        return next((d for d in self.days if d.day == day), None)

    def add_holiday(self) -> None:
        day = self.chosen_day()
        if day is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Holiday"), self.tr(
            "Why is {day} a day off?").format(day=labels.date_text(day.day)))
        if not ok:
            return
        ctx, user = self.ctx, self.user
        self.requests.run("change", lambda: cases.add_holiday(ctx, user, day.day, title),
                          lambda _h: self.activate())

    def remove_holiday(self) -> None:
        day = self.chosen_day()
        if day is None:
            return
        ctx, user = self.ctx, self.user
        self.requests.run("change", lambda: cases.remove_holiday(ctx, user, day.day),
                          lambda _r: self.activate())

    def set_weekend(self) -> None:
        ctx, user, value = self.ctx, self.user, str(self.weekend.currentData())
        self.requests.run("change", lambda: cases.set_weekend(ctx, user, value),
                          lambda _w: self.activate())
