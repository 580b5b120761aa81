"""مکاتبات: the registers, one tab per kind, with search, filters, saved filters and columns.

The table is a ``LetterWindowModel``: only the rows in view are read, so the
page opens as fast on a million letters as on a hundred.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.correspondence.api import (
    LetterCancelled,
    LetterChanged,
    LetterKind,
    LetterPermission,
    LetterQuery,
    LetterRegistered,
    ReferralSent,
)
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.errors import SecretariatError
from secretariat.kernel.permissions import role_allows
from secretariat.operations import api as operations
from secretariat.operations.api import ProgressFn, StopFn
from ui import letter_labels as labels
from ui.crash import report_exception
from ui.dialogs.letter_form import LetterFormDialog
from ui.dialogs.letter_view import open_letter_view
from ui.excel_export import export_button
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages import error_text
from ui.models.letter_window_model import LetterWindowModel
from ui.pages.base import Page
from ui.pages.letters.column_chooser import ColumnChooser
from ui.pages.letters.filter_bar import LetterFilterBar
from ui.pages.letters.register_table import RegisterTable
from ui.pages.letters.saved_filters import SavedFilters
from ui.pages.page_header import page_title
from ui.preferences import Preferences
from ui.printing.actions import allow_letter_print, letter_print_action
from ui.widgets.empty_state import EmptyState
from ui.widgets.tables import select_row

FILTERS_OPEN_KEY = "letter_filters_open"

NEW_LETTER_TEXTS = {
    "incoming": QT_TRANSLATE_NOOP("LettersPage", "Register incoming letter…"),
    "outgoing": QT_TRANSLATE_NOOP("LettersPage", "Register outgoing letter…"),
    "internal": QT_TRANSLATE_NOOP("LettersPage", "Register internal letter…"),
}
KINDS: tuple[str | None, ...] = (LetterKind.INCOMING.value, LetterKind.OUTGOING.value,
                                 LetterKind.INTERNAL.value, None)


class LettersPage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.preferences = Preferences(ctx.data_dir, user.username)
        self.saved = SavedFilters(self.preferences)
        self.can_register = role_allows(user.role, LetterPermission.REGISTER)

        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        for kind in KINDS:
            self.tabs.addTab(labels.kind_label(kind) if kind else self.tr("All letters"))
        self.tabs.currentChanged.connect(lambda _i: self.reload())

        self.model = LetterWindowModel(ctx, user, self)
        self.model.loaded.connect(self._first_rows_shown)
        self.model.counted.connect(self._counted)
        self.model.failed.connect(self._failed)
        self.table = RegisterTable(self.model)
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.sortChanged.connect(self._sorted)
        self.filters = LetterFilterBar(ctx, user)
        self.filters.changed.connect(self.reload)
        # The filters fold away under a button, so the register keeps the page's height.
        self.filters_button = QToolButton()
        self.filters_button.setCheckable(True)
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filters_button.toggled.connect(self._show_filters)
        self.filters_button.setChecked(bool(self.preferences.get(FILTERS_OPEN_KEY, False)))
        self._show_filters(self.filters_button.isChecked())
        self.columns = ColumnChooser(self.table, self.preferences)

        self.saved_combo = QComboBox()
        self.saved_combo.setMinimumWidth(160)
        self.saved_combo.activated.connect(self._saved_chosen)
        self.save_filter_button = QPushButton(self.tr("Save filter…"))
        self.save_filter_button.clicked.connect(self.ask_filter_name)
        self.delete_filter_button = QPushButton(self.tr("Delete filter"))
        self.delete_filter_button.clicked.connect(self.delete_saved_filter)
        self._fill_saved()

        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_letter)
        self.new_button.setVisible(self.can_register)
        self.new_menu = QMenu(self)
        for kind in KINDS[:-1]:
            assert kind is not None
            action = self.new_menu.addAction(self._new_text(kind))
            action.triggered.connect(lambda _on=False, k=kind: self.new_letter(k))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_current)
        self.print_action = letter_print_action(self, ctx, user, self.current_letter_id)
        self.addAction(self.print_action)  # Ctrl+P on the selected letter
        self.print_button = QPushButton(self.print_action.text())
        self.print_button.clicked.connect(self.print_action.trigger)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_print())
        self.model.loaded.connect(self._update_print)  # the chosen row's letter arrived
        self._update_print()
        self._add_shortcuts()

        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(page_title(self.tr("Correspondence")))
        title_row.addSpacing(16)
        title_row.addWidget(self.tabs)
        title_row.addStretch()
        title_row.addWidget(self.new_button)
        layout.addLayout(title_row)
        search_row = QHBoxLayout()
        search_row.addWidget(self.filters.search, 1)
        search_row.addWidget(self.filters.match_count)
        search_row.addWidget(self.filters_button)
        search_row.addSpacing(12)
        search_row.addWidget(QLabel(self.tr("Saved filters:")))
        search_row.addWidget(self.saved_combo)
        search_row.addWidget(self.save_filter_button)
        search_row.addWidget(self.delete_filter_button)
        layout.addLayout(search_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.filters.error)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(self.table)
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.open_button)
        actions_row.addWidget(self.print_button)
        # The register as it is filtered and sorted now, to Excel (the operations feature's).
        self.excel_button = export_button(self, "register", self._export)
        self.excel_button.setVisible(role_allows(user.role, LetterPermission.EXPORT))
        actions_row.addWidget(self.excel_button)
        actions_row.addStretch()
        actions_row.addWidget(self.columns)
        layout.addLayout(actions_row)
        self._update_new_button()
        # A letter registered, edited or cancelled anywhere (a form, a letter window, the
        # inbox) shows here without reopening the page.
        self.follow((LetterRegistered, LetterChanged, LetterCancelled, ReferralSent),
                    lambda _event: self.refresh())

    def _add_shortcuts(self) -> None:
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_letter),
                           (QKeySequence.StandardKey.Refresh, self.refresh),
                           (QKeySequence.StandardKey.Find, self.focus_search),
                           (QKeySequence("Ctrl+Shift+F"), self.filters_button.toggle)):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(scope)
            action.triggered.connect(lambda _on=False, s=slot: s())
            self.addAction(action)

    # --- reading -------------------------------------------------------------------

    def activate(self) -> None:
        if self.model.total() is None and not self.model.rowCount():
            self.reload()
        else:
            self.refresh()

    def current_kind(self) -> str | None:
        return KINDS[self.tabs.currentIndex()]

    def base_query(self) -> LetterQuery:
        query = self.model.query
        return LetterQuery(kind=self.current_kind(), sort=query.sort, descending=query.descending)

    def _show_filters(self, shown: bool) -> None:
        self.filters.setVisible(shown)
        if shown != bool(self.preferences.get(FILTERS_OPEN_KEY, False)):
            self.preferences.set(FILTERS_OPEN_KEY, shown)
        self._update_filters_button()

    def _update_filters_button(self) -> None:
        active = self.filters.active_count()
        self.filters_button.setText(
            self.tr("Filters ({n})").format(n=labels.digits(active)) if active
            else self.tr("Filters"))
        self.filters_button.setToolTip(self.tr("Show or hide the filters (Ctrl+Shift+F)"))

    def reload(self) -> None:
        self._update_filters_button()
        query = self.filters.query(self.base_query())
        if query is None:
            if not self.filters.isVisible():
                self.filters_button.setChecked(True)  # the message is in the filters
            return
        self.filters.show_count(None, bool(query.text))
        self._update_new_button()
        self.model.set_query(query)

    def refresh(self) -> None:
        self.model.refresh()

    def _export(self, path: Path, progress: ProgressFn, should_stop: StopFn) -> int:
        query, ctx, user = self.model.query, self.ctx, self.user
        return operations.export_letters(ctx, user, query, path, progress, should_stop)

    def _sorted(self) -> None:
        self.filters.show_count(None, bool(self.model.query.text))

    def _first_rows_shown(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            select_row(self.table, 0)
        self._explain_empty()

    def _explain_empty(self) -> None:
        """An empty register says why, with the button that changes it."""
        query = self.model.query
        narrowed = bool(query.text) or self.filters.active_count() > 0
        if narrowed:
            self.empty.set_message(self.tr("No letter matches this search or these filters."),
                                   self.tr("Clear the search and filters"),
                                   self.clear_search_and_filters)
        elif self.current_kind() is not None and self.can_register:
            kind = self.current_kind() or LetterKind.INCOMING.value
            self.empty.set_message(
                self.tr("No {kind} letter has been registered yet.").format(
                    kind=labels.kind_label(kind)),
                self._new_text(kind), self.new_letter)
        else:
            self.empty.set_message(self.tr("No letter has been registered yet."))
        self.empty.loaded()

    def clear_search_and_filters(self) -> None:
        self.filters.search.clear()
        self.filters.clear()

    def _counted(self, total: int) -> None:
        self.filters.show_count(total, bool(self.model.query.text))
        self._first_rows_shown()  # a list that was empty and has rows now (after a refresh)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, SecretariatError):
            self.filters.error.setText(error_text(exc))
            self.filters.error.show()
            self.filters.match_count.clear()
        else:
            report_exception(exc, self)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # --- saved filters ---------------------------------------------------------------

    def _fill_saved(self, select: str | None = None) -> None:
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("(none)"), None)
        for name in self.saved.names():
            self.saved_combo.addItem(name, name)
        index = self.saved_combo.findData(select) if select else 0
        self.saved_combo.setCurrentIndex(max(index, 0))
        self.delete_filter_button.setEnabled(self.saved_combo.count() > 1)

    def _saved_chosen(self, index: int) -> None:
        name = self.saved_combo.itemData(index)
        query = self.saved.get(name) if name else None
        if query is not None:
            self.apply_query(query)

    def apply_query(self, query: LetterQuery) -> None:
        """Show a whole query: its kind's tab, its filters and its order."""
        self.model.query = replace(self.model.query, sort=query.sort,
                                   descending=query.descending)
        self.table.show_sort_indicator()
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(KINDS.index(query.kind) if query.kind in KINDS else 3)
        self.tabs.blockSignals(False)
        self.filters.apply(query)  # reports one change: the page reads again

    def ask_filter_name(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save filter"))
        dialog.setLabelText(self.tr("Name of this filter:"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.save_filter)
        dialog.open()
        return dialog

    def save_filter(self, name: str) -> None:
        name = name.strip()
        query = self.filters.query(self.base_query())
        if not name or query is None:
            return
        self.saved.save(name, query)
        self._fill_saved(select=name)

    def delete_saved_filter(self) -> None:
        name = self.saved_combo.currentData()
        if name:
            self.saved.delete(name)
            self._fill_saved()

    # --- letters ---------------------------------------------------------------------

    @staticmethod
    def _new_text(kind: str) -> str:
        return QCoreApplication.translate("LettersPage", NEW_LETTER_TEXTS[kind])

    def _update_new_button(self) -> None:
        kind = self.current_kind()
        if kind is None:
            self.new_button.setText(self.tr("Register a letter"))
            self.new_button.setMenu(self.new_menu)
        else:
            self.new_button.setMenu(None)  # type: ignore[arg-type]
            self.new_button.setText(self._new_text(kind))

    def new_letter(self, kind: str | None = None) -> QWidget | None:
        if not self.can_register:
            return None
        kind = kind or self.current_kind() or LetterKind.INCOMING.value
        dialog = LetterFormDialog(self.ctx, self.user, kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openRequested.connect(lambda letter_id: self.open_letter(letter_id, dialog))
        dialog.show()
        return dialog

    def current_letter_id(self) -> int | None:
        letter = self.table.current_letter()
        return letter.id if letter else None

    def _update_print(self) -> None:
        letter = self.table.current_letter()
        allow_letter_print(self.print_action, letter.kind if letter else None,
                           self.print_button)

    def open_current(self) -> QWidget | None:
        letter_id = self.current_letter_id()
        return self.open_letter(letter_id) if letter_id is not None else None

    def open_letter(self, letter_id: int, over: QWidget | None = None) -> QWidget:
        return open_letter_view(self.ctx, self.user, letter_id, over or self)
