"""Correspondence on the home page: its tiles (referrals waiting, letters registered today,
replies past their date) and its panel (my referrals by due date, today's letters in and
out, letters whose reply is past its date). Double-click or Enter opens a letter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence import api as letters
from secretariat.correspondence.api import (
    HomeSummary,
    LetterCancelled,
    LetterChanged,
    LetterQuery,
    LetterRegistered,
    ReferralAnswered,
    ReferralRead,
    ReferralSent,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.jalali import today_tehran
from ui import letter_labels as labels
from ui.dialogs.letter_view import open_letter_view
from ui.events import bridge
from ui.features import TileData
from ui.models.home_models import MyReferralsModel, ShortLettersModel
from ui.models.row_list_model import RowListModel
from ui.tasks import Requests
from ui.widgets.empty_state import EmptyState
from ui.widgets.tables import configure_list_table

ROWS = 5
WATCHED = (LetterRegistered, LetterChanged, LetterCancelled, ReferralSent, ReferralRead,
           ReferralAnswered)


def today_tile(ctx: AppContext, user: CurrentUser) -> TileData:
    today = today_tehran()
    count = letters.count_letters(ctx, user, LetterQuery(date_from=today, date_to=today,
                                                        cancelled=False))
    return TileData(title="", count=count, state="normal", page="letters")


def late_replies_tile(ctx: AppContext, user: CurrentUser) -> TileData:
    count = letters.count_letters(ctx, user, LetterQuery(reply_overdue=True))
    return TileData(title="", count=count, state="warning" if count else "normal",
                    page="letters")


class _Section(QGroupBox):
    """A titled small table with its count, an empty state and a link to the full page."""

    def __init__(self, title: str, model: RowListModel, empty_text: str, link_text: str,
                 link: Callable[[], object], widths: dict[int, int] | None = None) -> None:
        super().__init__(title)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        configure_list_table(self.table, stretch=2, widths=widths)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        # Room for the rows the home page shows, and no more: the page fits a laptop screen.
        self.table.setFixedHeight(rows.defaultSectionSize() * ROWS
                                  + self.table.horizontalHeader().sizeHint().height() + 4)
        self.empty = EmptyState(self.table)
        self.empty.set_message(empty_text)
        self.count = QLabel()
        self.count.setProperty("role", "hint")
        self.link = QPushButton(link_text)
        self.link.setObjectName("linkButton")
        self.link.setFlat(True)
        self.link.clicked.connect(link)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.link)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

    def show_rows(self, rows: object, total: int) -> None:
        self.model.set_rows(rows)  # type: ignore[arg-type]
        shown = self.model.rowCount()
        self.count.setText(self.tr("{shown} of {total}").format(
            shown=labels.count_text(shown), total=labels.count_text(total))
            if total > shown else "")
        self.empty.loaded()


class HomeLetters(QWidget):
    """The correspondence panel of the home page."""

    def __init__(self, ctx: AppContext, user: CurrentUser,
                 open_page: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.requests = Requests(self)
        self.referrals = _Section(
            self.tr("My referrals, by due date"), MyReferralsModel(),
            self.tr("No referral is waiting for you."), self.tr("Open the inbox"),
            lambda: open_page("inbox"), widths={3: 150})
        self.late = _Section(
            self.tr("Replies past their date"), ShortLettersModel(with_reply_date=True),
            self.tr("No letter is waiting for a reply past its date."),
            self.tr("Open the register"), lambda: open_page("letters"))
        self.incoming = _Section(
            self.tr("Incoming today"), ShortLettersModel(),
            self.tr("No incoming letter has been registered today."),
            self.tr("Open the register"), lambda: open_page("letters"))
        self.outgoing = _Section(
            self.tr("Outgoing and internal today"), ShortLettersModel(),
            self.tr("No outgoing or internal letter has been registered today."),
            self.tr("Open the register"), lambda: open_page("letters"))
        self.referrals.table.activated.connect(lambda index: self._open_referral(index.row()))
        for section in (self.late, self.incoming, self.outgoing):
            section.table.activated.connect(
                lambda index, s=section: self._open_letter(s, index.row()))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(self.referrals, 0, 0)
        grid.addWidget(self.late, 0, 1)
        grid.addWidget(self.incoming, 1, 0)
        grid.addWidget(self.outgoing, 1, 1)
        grid.setRowStretch(2, 1)
        bridge(ctx).on(self, WATCHED, lambda _event: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        ctx, user = self.ctx, self.user
        self.requests.run("home", lambda: letters.home_summary(ctx, user, limit=ROWS),
                          self._show)

    def _show(self, home: HomeSummary) -> None:
        self.referrals.show_rows(home.my_referrals, home.my_referrals_open)
        self.late.show_rows(home.late_replies.rows, home.late_replies.total)
        self.incoming.show_rows(home.today_incoming.rows, home.today_incoming.total)
        self.outgoing.show_rows(home.today_outgoing.rows, home.today_outgoing.total)

    def _open_referral(self, row: int) -> QWidget:
        model = self.referrals.model
        assert isinstance(model, MyReferralsModel)
        item = model.item_at(row)
        return open_letter_view(self.ctx, self.user, item.letter.id, self, item.referral.id)

    def _open_letter(self, section: _Section, row: int) -> QWidget:
        model = section.model
        assert isinstance(model, ShortLettersModel)
        return open_letter_view(self.ctx, self.user, model.letter_at(row).id, self)
