"""The register as a table that reads only the rows in view, a block at a time.

A register can hold a million letters. Loading them all took 6–46 s and 630 MB;
Qt's append-only ``canFetchMore``/``fetchMore`` needed minutes to reach the
end. This model instead claims every row (``rowCount`` is the match count) and
reads a block of ``BLOCK`` rows only when the view paints one of them:

- the block after (or before) a loaded block is read by key (``page_letters``
  after/before the neighbour's edge row): as cheap at row 900,000 as at row 0;
- a block with no loaded neighbour (the scroll bar dragged far) is read by
  position (``letters_at``), counted from whichever end of the order is nearer,
  so the end of the register is as cheap as its start;
- at most ``MAX_BLOCKS`` blocks stay in memory (least recently used go first).

Reads run on the thread pool (ui.tasks); a row not read yet shows «…» until its
block arrives. The first page is shown before the (slower) count is known; the
count then grows the table to its full length.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from secretariat.correspondence import api as queries
from secretariat.correspondence.api import LetterQuery, LetterSort, LetterSummary, PageKey, page_key
from secretariat.kernel.context import AppContext, CurrentUser
from ui import letter_labels as labels
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import run_task

_Index = QModelIndex | QPersistentModelIndex

BLOCK = 100
MAX_BLOCKS = 40  # at most 4,000 rows in memory, whatever the register's size
BLOCKS_PER_READ = 3  # a screenful spans at most two blocks; a third for the direction of travel
LETTER_ROLE = Qt.ItemDataRole.UserRole + 1
LOADING_TEXT = "…"
OVERDUE_COLOUR = QColor("#c62828")
CANCELLED_COLOUR = QColor("#8a8f98")


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source, "LetterWindowModel" context
    sort: LetterSort | None = None
    width: int = 110  # initial width in pixels (the view does not measure a million rows)


COLUMNS: tuple[Column, ...] = (
    Column("number", QT_TRANSLATE_NOOP("LetterWindowModel", "Number"), LetterSort.ID, 100),
    Column("registered_on", QT_TRANSLATE_NOOP("LetterWindowModel", "Date"),
           LetterSort.REGISTERED_ON, 80),
    Column("kind", QT_TRANSLATE_NOOP("LetterWindowModel", "Kind"), None, 50),
    Column("counterpart", QT_TRANSLATE_NOOP("LetterWindowModel", "Sender / recipient"), None,
           190),
    Column("subject", QT_TRANSLATE_NOOP("LetterWindowModel", "Subject"), LetterSort.SUBJECT, 300),
    Column("sender_number", QT_TRANSLATE_NOOP("LetterWindowModel", "Sender's number"), None,
           100),
    Column("sender_date", QT_TRANSLATE_NOOP("LetterWindowModel", "Sender's date"), None, 90),
    Column("urgency", QT_TRANSLATE_NOOP("LetterWindowModel", "Urgency"), None, 55),
    Column("classification", QT_TRANSLATE_NOOP("LetterWindowModel", "Classification"), None,
           90),
    Column("status", QT_TRANSLATE_NOOP("LetterWindowModel", "Status"), None, 80),
    Column("attachments", QT_TRANSLATE_NOOP("LetterWindowModel", "Attachments"), None, 50),
    Column("reply_expected_by", QT_TRANSLATE_NOOP("LetterWindowModel", "Reply due"), None, 90),
    Column("archive_code", QT_TRANSLATE_NOOP("LetterWindowModel", "Archive code"), None, 90),
)
COLUMN_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)


def cell_text(letter: LetterSummary, key: str) -> str:
    if key == "number":
        return labels.number_text(letter.number)
    if key == "registered_on":
        return labels.date_text(letter.registered_on)
    if key == "kind":
        return labels.kind_label(letter.kind)
    if key == "counterpart":
        return labels.counterpart_text(letter)
    if key == "subject":
        return letter.subject
    if key == "sender_number":
        return labels.digits(letter.sender_number)
    if key == "sender_date":
        return labels.date_text(letter.sender_date) if letter.sender_date else ""
    if key == "urgency":
        return labels.urgency_label(letter.urgency)
    if key == "classification":
        return labels.classification_label(letter.classification)
    if key == "status":
        return (labels.word("cancelled") if letter.cancelled
                else labels.status_label(letter.status))
    if key == "attachments":
        return labels.word("yes") if letter.has_attachments else ""
    if key == "reply_expected_by":
        return labels.date_text(letter.reply_expected_by) if letter.reply_expected_by else ""
    if key == "archive_code":
        return labels.digits(letter.archive_code)
    raise KeyError(key)


@dataclass(frozen=True)
class _Read:
    """How to read one block: by key next to a loaded neighbour, or by position."""

    block: int
    after: PageKey | None = None
    before: PageKey | None = None


class LetterWindowModel(QAbstractTableModel):
    """``set_query`` (re)starts; ``loaded`` follows the first page, ``counted`` the count."""

    loaded = Signal()
    counted = Signal(int)
    failed = Signal(object)  # the exception of a read

    def __init__(self, ctx: AppContext, user: CurrentUser, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.ctx, self.user = ctx, user
        self.query = LetterQuery()
        self._generation = 0
        self._rows = 0  # what rowCount says: the first page, then the count
        self._total: int | None = None
        self._blocks: OrderedDict[int, list[LetterSummary]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._reading = False
        self._counting: int | None = None  # the generation whose count is on its way
        self._started = False
        self._schedule = QTimer(self)
        self._schedule.setSingleShot(True)
        self._schedule.setInterval(0)
        self._schedule.timeout.connect(self._read_wanted)
        self._headers = [self.tr(c.title) for c in COLUMNS]
        self._strike = QFont()
        self._strike.setStrikeOut(True)

    # --- starting and refreshing -------------------------------------------------------

    def set_query(self, query: LetterQuery) -> None:
        """Show ``query``'s letters from the top."""
        self.query = query
        self._generation += 1
        self._started = True
        self.beginResetModel()
        self._rows, self._total = 0, None
        self._blocks.clear()
        self._wanted.clear()
        self.endResetModel()
        generation, ctx, user = self._generation, self.ctx, self.user
        self._reading = True
        run_task(lambda: queries.page_letters(ctx, user, query, limit=BLOCK),
                 on_finished=lambda page: self._first_page(generation, page),
                 on_failed=lambda exc: self._failed(generation, exc), context=self)

    def refresh(self) -> None:
        """Read again in place (after a change): the view keeps its position and selection."""
        if not self._started:
            return
        self._generation += 1
        self._blocks.clear()
        self._wanted.clear()
        self._reading = False
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))
        self._count(self._generation)
        if not self._rows:
            self._request(0)

    def _first_page(self, generation: int, page: queries.LetterPage) -> None:
        if generation != self._generation:
            return
        self._reading = False
        rows = list(page.rows)
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._blocks[0] = rows
            self._rows = len(rows)
            self.endInsertRows()
        else:
            self._blocks[0] = []
        self.loaded.emit()
        if page.has_more:
            self._count(generation)
        else:
            self._counted(generation, len(rows))
        self._read_wanted()

    def _count(self, generation: int) -> None:
        ctx, user, query = self.ctx, self.user, self.query
        self._counting = generation
        run_task(lambda: queries.count_letters(ctx, user, query),
                 on_finished=lambda total: self._counted(generation, total),
                 on_failed=lambda exc: self._failed(generation, exc), context=self)

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._counting = None
        self._total = total
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()
        elif total < self._rows:
            self.beginRemoveRows(QModelIndex(), total, self._rows - 1)
            self._rows = total
            self.endRemoveRows()
        self.counted.emit(total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self._counting = None
        self.failed.emit(exc)

    # --- reading blocks ----------------------------------------------------------------

    def _request(self, block: int) -> None:
        self._wanted[block] = None
        self._wanted.move_to_end(block)
        if not self._reading and not self._schedule.isActive():
            self._schedule.start()

    def _plan(self, block: int) -> _Read:
        sort = self.query.sort
        previous = self._blocks.get(block - 1)
        if previous and len(previous) == BLOCK:
            return _Read(block, after=page_key(previous[-1], sort))
        following = self._blocks.get(block + 1)
        if following:
            return _Read(block, before=page_key(following[0], sort))
        return _Read(block)

    def _read_wanted(self) -> None:
        if self._reading or not self._wanted:
            return
        # The most recently painted blocks: a block scrolled past while another read
        # ran is no longer on screen and is not worth reading.
        blocks = [b for b in reversed(self._wanted) if b not in self._blocks]
        self._wanted.clear()
        plans = [self._plan(b) for b in blocks[:BLOCKS_PER_READ]]
        if not plans:
            return
        self._reading = True
        generation, ctx, user, query, total = (self._generation, self.ctx, self.user,
                                               self.query, self._total)

        def read() -> list[tuple[int, list[LetterSummary]]]:
            return [(plan.block, _read_block(ctx, user, query, plan, total)) for plan in plans]

        run_task(read, on_finished=lambda found: self._blocks_read(generation, found),
                 on_failed=lambda exc: self._failed(generation, exc), context=self)

    def _blocks_read(self, generation: int,
                     found: list[tuple[int, list[LetterSummary]]]) -> None:
        if generation != self._generation:
            return
        self._reading = False
        for block, rows in found:
            self._blocks[block] = rows
            self._blocks.move_to_end(block)
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        last_column = len(COLUMNS) - 1
        for block, _rows in found:
            first = block * BLOCK
            last = min(self._rows, first + BLOCK) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        self._read_wanted()

    # --- what the view and the page ask ----------------------------------------------

    def is_idle(self) -> bool:
        """Nothing being read, nothing waiting, and the count known (tests, benchmarks); after
        a refresh, the new count, not the one from before it."""
        return (not self._reading and not self._wanted and not self._schedule.isActive()
                and self._counting != self._generation
                and (self._total is not None or not self._started))

    def total(self) -> int | None:
        """The match count, once known."""
        return self._total

    def letter_at(self, row: int) -> LetterSummary | None:
        """The letter of ``row`` if its block is in memory (it is asked for otherwise)."""
        if not 0 <= row < self._rows:
            return None
        block = row // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            self._request(block)
            return None
        self._blocks.move_to_end(block)
        offset = row - block * BLOCK
        return rows[offset] if offset < len(rows) else None

    def row_of(self, letter_id: int) -> int:
        """The row of a letter among those in memory, or -1."""
        for block, rows in self._blocks.items():
            for offset, letter in enumerate(rows):
                if letter.id == letter_id:
                    return block * BLOCK + offset
        return -1

    def loaded_blocks(self) -> int:
        return len(self._blocks)

    def column_of(self, key: str) -> int:
        return COLUMN_KEYS.index(key)

    # --- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        letter = self.letter_at(index.row())
        if letter is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return LOADING_TEXT
            return None
        return self._role_data(letter, COLUMNS[index.column()].key, role)

    def _role_data(self, letter: LetterSummary, key: str, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(letter, key)
        if role == LETTER_ROLE:
            return letter
        if role == Qt.ItemDataRole.ForegroundRole:
            if letter.cancelled:
                return QBrush(CANCELLED_COLOUR)
            if letter.overdue:
                return QBrush(OVERDUE_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and letter.cancelled:
            return self._strike
        if role == Qt.ItemDataRole.ToolTipRole:
            if letter.cancelled:
                return labels.word("cancelled")
            if letter.overdue:
                return labels.word("overdue")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by number (registration order), date or subject; other columns do not sort."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        sort = COLUMNS[column].sort
        assert sort is not None
        if (self.query.sort, self.query.descending) != (sort, descending):
            self.set_query(replace(self.query, sort=sort.value, descending=descending))

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(COLUMNS) if c.sort == self.query.sort)


def _read_block(ctx: AppContext, user: CurrentUser, query: LetterQuery, plan: _Read,
                total: int | None) -> list[LetterSummary]:
    """Runs on a worker: one block's rows in the query's order."""
    reader: Callable[[], list[LetterSummary]]
    if plan.after is not None:
        after = plan.after
        reader = lambda: list(queries.page_letters(  # noqa: E731
            ctx, user, query, after=after, limit=BLOCK).rows)
    elif plan.before is not None:
        before = plan.before
        reader = lambda: list(queries.page_letters(  # noqa: E731
            ctx, user, query, before=before, limit=BLOCK).rows)
    else:
        reader = lambda: queries.letters_at(  # noqa: E731
            ctx, user, query, plan.block * BLOCK, limit=BLOCK, total=total)
    return reader()
