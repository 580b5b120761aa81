"""Finding 8: user text mixing Persian, Latin and numbers keeps its order in every list and
label (first-strong isolation per cell and per label; letter numbers isolated inside)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from secretariat.kernel.context import AppContext, CurrentUser
from tests.conftest import WaitTasks
from ui.bidi import FSI, PDI, BidiDelegate, isolate, isolate_cells, label_text, strip_marks
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

FILE_NAME = "Scan نامه 12.pdf"
NUMBER_IN_LATIN = "Ref ۱۴۰۵/و/۱۲ from Tehran"
CONTACT = "شرکت ABC Co. (سهامی خاص)"


def x_of(text: str, index: int, rtl: bool = True) -> float:
    """Where character ``index`` of ``text`` is drawn on one line laid out by Qt in a
    right-to-left (or left-to-right) paragraph, as a list cell lays it out."""
    layout = QTextLayout(text, QFont("Vazirmatn", 10))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                            else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    runs = layout.glyphRuns(index, 1)
    assert runs, f"no glyph for {text[index]!r}"
    return min(point.x() for point in runs[0].positions())


def test_isolate_wraps_text_and_letter_numbers() -> None:
    assert isolate(FILE_NAME) == FSI + FILE_NAME + PDI
    assert isolate(NUMBER_IN_LATIN) == f"{FSI}Ref {FSI}۱۴۰۵/و/۱۲{PDI} from Tehran{PDI}"
    assert isolate("پیرو 1405/ص/3 و ۱۴۰۵/۰۹/۰۱") == f"{FSI}پیرو {FSI}1405/ص/3{PDI} و ۱۴۰۵/۰۹/۰۱{PDI}"
    assert isolate("") == "" and isolate(isolate("x")) == isolate("x")
    assert strip_marks(label_text(NUMBER_IN_LATIN)) == NUMBER_IN_LATIN
    assert label_text("a\nب").count(FSI) == 2  # each line its own isolate


def test_a_latin_first_file_name_keeps_its_order_in_a_right_to_left_cell() -> None:
    shown = isolate(FILE_NAME)
    start, pdf = shown.index("S"), shown.index("pdf")
    assert x_of(shown, start) < x_of(shown, pdf)  # read left to right, as typed
    raw_start, raw_pdf = FILE_NAME.index("S"), FILE_NAME.index("pdf")
    assert x_of(FILE_NAME, raw_start) > x_of(FILE_NAME, raw_pdf)  # without: scrambled


def test_a_letter_number_inside_latin_text_reads_year_first_from_the_right() -> None:
    shown = isolate(NUMBER_IN_LATIN)
    year, seq, ref = shown.index("۱۴۰۵"), shown.index("۱۲" + PDI), shown.index("Ref")
    assert x_of(shown, ref) < x_of(shown, seq) < x_of(shown, year)
    # Latin text is laid out left to right (its first letter): without the number's own
    # isolate the year is read first from the left, the sequence last — scrambled.
    raw_year, raw_seq = NUMBER_IN_LATIN.index("۱۴۰۵"), NUMBER_IN_LATIN.index("۱۲")
    assert x_of(NUMBER_IN_LATIN, raw_year, rtl=False) < x_of(NUMBER_IN_LATIN, raw_seq,
                                                              rtl=False)
    assert x_of(shown, year, rtl=False) > x_of(shown, seq, rtl=False)


def test_the_delegate_isolates_each_cell_and_leaves_the_data_alone(qtbot: QtBot) -> None:
    model = QStandardItemModel(0, 1)
    for text in (FILE_NAME, NUMBER_IN_LATIN, CONTACT):
        model.appendRow(QStandardItem(text))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = isolate_cells(view)
    option = QStyleOptionViewItem()
    index: QModelIndex = model.index(2, 0)
    delegate.initStyleOption(option, index)
    assert option.text == FSI + CONTACT + PDI
    assert model.data(index) == CONTACT  # copying, sorting and searching see what was typed


def test_every_list_of_every_page_isolates_its_cells(qtbot: QtBot, ctx: AppContext,
                                                     admin: CurrentUser,
                                                     wait_tasks: WaitTasks) -> None:
    window = MainWindow(ctx, admin)
    qtbot.addWidget(window)
    window.show()
    for key in window.page_keys():
        page = window.show_page(key)
        wait_tasks()
        for view in page.findChildren(QAbstractItemView):
            if view.inherits("QHeaderView") or view.window() is not window:
                continue  # headers hold our words; popups of combo boxes are not lists
            assert isinstance(view.itemDelegate(), BidiDelegate), (key, type(view).__name__)
