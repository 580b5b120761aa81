"""The main window: navigation on the right, the selected page beside it, status bar below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from secretariat.correspondence.api import LetterPermission
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.events import DomainEvent, SettingsChanged
from secretariat.kernel.org_settings import OrgSettings, get_org_settings
from secretariat.kernel.permissions import Permission, role_allows
from secretariat.kernel.registry import load
from secretariat.kernel.text.digits import to_persian_digits
from ui.dialogs.about_dialog import AboutDialog
from ui.dialogs.change_password_dialog import ChangePasswordDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.events import bridge
from ui.features import Page, Tile, TileData, build_page, pages_for, tiles_for, window_hooks
from ui.labels import person_text, role_label
from ui.pages.base import Page as BasePage
from ui.tasks import Requests
from ui.window_fit import remember_window

NAVIGATION_WIDTH = 200  # at least; wider for a feature's long page title, up to the most
NAVIGATION_MAX_WIDTH = 280
NAVIGATION_PADDING = 40  # the items' padding and the list's frame
DEFAULT_SIZE = QSize(1280, 800)
MAXIMISE_BELOW = 1500  # on a laptop screen the window opens maximised the first time


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, user: CurrentUser, org: OrgSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.specs = pages_for(user.role)
        self._pages: dict[str, QWidget] = {}
        self.set_org(org or OrgSettings())
        self.memory = remember_window(self, "main", DEFAULT_SIZE, MAXIMISE_BELOW)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in self.specs:
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.title)  # whole, should a long one be cut short
            self.navigation.addItem(item)
        self.navigation.setFixedWidth(self._navigation_width())
        self.stack = QStackedWidget()
        self.navigation.currentRowChanged.connect(self._row_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)  # first in a right-to-left layout: on the right
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self.requests = Requests(self)
        self.tiles = tiles_for(user.role)
        bridge(ctx).on(self, (DomainEvent,), self._changed)
        if self.specs:
            self.navigation.setCurrentRow(0)
        self.refresh_badges()
        for hook in window_hooks():  # the features' menu entries, status widgets, timers
            load(hook)(self)

    # --- pages ---------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def show_page(self, key: str) -> QWidget:
        """Select ``key`` in the navigation and return its page (built on first use)."""
        self.navigation.setCurrentRow(self.page_keys().index(key))
        return self._pages[key]

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        spec = self.specs[row]
        page = self._pages.get(spec.key)
        if page is None:
            page = self._build_page(spec)
            self._pages[spec.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)  # shown: the page reloads itself (ui.pages.base)

    def _build_page(self, spec: Page) -> QWidget:
        page: QWidget = build_page(spec, self.ctx, self.user)
        if isinstance(page, BasePage):
            page.pageRequested.connect(self._page_requested)
        return page

    def _page_requested(self, key: str) -> None:
        if key in self.page_keys():
            self.show_page(key)

    # --- what changed elsewhere -----------------------------------------------------

    def _changed(self, event: DomainEvent) -> None:
        """Any committed change: recount the badges; settings: the title too."""
        self.refresh_badges()
        if isinstance(event, SettingsChanged):
            ctx = self.ctx
            self.requests.run("org", lambda: get_org_settings(ctx), self.set_org)

    def _navigation_width(self) -> int:
        """Wide enough for the longest title with a count beside it, within bounds."""
        self.navigation.ensurePolished()  # the style sheet's font
        metrics = QFontMetrics(self.navigation.font())
        widest = max((metrics.horizontalAdvance(f"{spec.title} (۹۹)") for spec in self.specs),
                     default=0)
        return max(NAVIGATION_WIDTH, min(widest + NAVIGATION_PADDING, NAVIGATION_MAX_WIDTH))

    def refresh_badges(self) -> None:
        """Each home tile of a page in the navigation puts its count beside the page's title
        (the first such tile, in tile order, when several open the same page)."""
        keys = self.page_keys()
        ctx, user = self.ctx, self.user
        badged: set[str] = set()
        for tile in self.tiles:
            if not tile.badge or tile.page not in keys or tile.page in badged:
                continue  # a page's badge is its first tile's count (the home page shows all)
            badged.add(tile.page)
            function: Callable[[AppContext, CurrentUser], TileData] = load(tile.function)
            self._ask_tile(tile, function, ctx, user)

    def _ask_tile(self, tile: Tile, function: Callable[[AppContext, CurrentUser], TileData],
                  ctx: AppContext, user: CurrentUser) -> None:
        # The function is resolved on the UI thread and only called on the worker.
        self.requests.run(f"tile:{tile.key}", lambda: function(ctx, user),
                          lambda data: self._show_badge(tile.page, data))

    def _show_badge(self, key: str, data: TileData) -> None:
        keys = self.page_keys()
        if data.page in keys and data.page != key:  # the tile opens another page for this user
            self.navigation.item(keys.index(key)).setText(self.specs[keys.index(key)].title)
            key = str(data.page)
        row = keys.index(key)
        title = self.specs[row].title
        text = to_persian_digits(str(data.count)) if data.count else ""
        self.navigation.item(row).setText(f"{title} ({text})" if text else title)

    # --- menus and status bar ---------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.register_book_action = QAction(self.tr("Print the &register book…"), self)
        self.register_book_action.triggered.connect(self.open_register_book)
        self.register_book_action.setVisible(role_allows(self.user.role, LetterPermission.EXPORT))
        file_menu.addAction(self.register_book_action)
        file_menu.addSeparator()
        self.exit_action = QAction(self.tr("E&xit"), self)
        self.exit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.exit_action.triggered.connect(self.close)
        file_menu.addAction(self.exit_action)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_action.setVisible(role_allows(self.user.role, Permission.MANAGE_SETTINGS))
        tools_menu.addAction(self.settings_action)
        self.letterhead_action = QAction(self.tr("&Letterhead and printing…"), self)
        self.letterhead_action.triggered.connect(self.open_letterhead_settings)
        self.letterhead_action.setVisible(role_allows(self.user.role, Permission.MANAGE_SETTINGS))
        tools_menu.addAction(self.letterhead_action)
        self.verify_action = QAction(self.tr("&Verify a printed code…"), self)
        self.verify_action.triggered.connect(self.open_verify)
        tools_menu.addAction(self.verify_action)
        self.password_action = QAction(self.tr("Change &password…"), self)
        self.password_action.triggered.connect(self.open_change_password)
        tools_menu.addAction(self.password_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.menus = {"file": file_menu, "tools": tools_menu, "help": help_menu}
        self.about_action = QAction(self.tr("&About Secretariat"), self)
        self.about_action.triggered.connect(self.open_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        who = person_text(self.user.full_name, "", self.user.username)
        self.user_label = QLabel(self.tr("User: {name} ({role})").format(
            name=who, role=role_label(self.user.role)))
        # Where the data is, in words; the file's path (or the server) only on hovering.
        on_server = "://" in self.ctx.database_label
        self.database_label = QLabel(self.tr("Database: the office server") if on_server
                                     else self.tr("Database: this computer"))
        self.database_label.setToolTip(self.ctx.database_label)
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)

    def set_org(self, org: OrgSettings) -> None:
        self.org = org
        self.setWindowTitle(self.tr("Secretariat — {org}").format(org=org.org_name))

    # --- dialogs ------------------------------------------------------------------------

    def open_settings(self) -> QWidget:
        dialog = SettingsDialog(self.ctx, self.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_register_book(self) -> QWidget:
        # Deferred: printing pulls in reportlab, which the sign-in window does not need.
        from ui.printing.register_dialog import open_register_book

        return open_register_book(self, self.ctx, self.user)

    def open_verify(self) -> QWidget:
        # Deferred: printing pulls in reportlab, which the sign-in window does not need.
        from ui.printing.verify_dialog import open_verify_dialog

        return open_verify_dialog(self, self.ctx)

    def open_letterhead_settings(self) -> QWidget:
        # Deferred: printing pulls in reportlab, which the sign-in window does not need.
        from ui.printing.letterhead_dialog import open_letterhead_settings

        return open_letterhead_settings(self, self.ctx, self.user)

    def open_change_password(self) -> QWidget:
        dialog = ChangePasswordDialog(self.ctx, self.user, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_about(self) -> QWidget:
        dialog = AboutDialog(self.org, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
