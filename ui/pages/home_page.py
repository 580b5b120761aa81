"""پیشخوان: the page a clerk opens to. A greeting with today's date, then the tiles every feature
contributes through the UI registry (a count, a state colour, the page it opens), then the
features' panels (correspondence: my referrals by due date, today's letters, replies past
their date). Everything is re-read when shown and after every committed change."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.events import DomainEvent
from secretariat.kernel.jalali import format_jalali, today_tehran
from secretariat.kernel.registry import load
from ui.features import Panel, Tile, TileData, panels_for, tiles_for
from ui.labels import count_text
from ui.pages.base import Page
from ui.pages.page_header import page_title
from ui.widgets.form_scroll import form_scroll

TILES_PER_ROW = 6  # at most; the rows share the tiles evenly (7 tiles: 4 and 3, not 6 and 1)
PANEL_COLUMNS = 1  # each panel as wide as the page; a panel lays out its own sections


def tiles_per_row(count: int) -> int:
    rows = max(1, math.ceil(count / TILES_PER_ROW))
    return max(1, math.ceil(count / rows))


class TileButton(QPushButton):
    """A tile: its count large, its title below; the state colours it; a click opens its page."""

    def __init__(self, tile: Tile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile = tile
        self.opens = tile.page  # or the page its data names (a manager's: everyone's cases)
        self.setObjectName("homeTile")
        self.setProperty("state", "normal")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(60)
        self.count = QLabel("…")
        self.count.setObjectName("tileCount")
        self.title = QLabel(self.translated(tile.title_source))
        self.title.setObjectName("tileTitle")
        self.title.setWordWrap(True)
        for label in (self.count, self.title):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.count)
        layout.addWidget(self.title)
        self.setAccessibleName(self.title.text())
        # Room for a title of two lines (six tiles to a row wrap the longer ones).
        for label in (self.count, self.title):
            label.ensurePolished()  # the style sheet's fonts
        self.setMinimumHeight(self.count.fontMetrics().height()
                              + 2 * self.title.fontMetrics().lineSpacing() + 16)

    @staticmethod
    def translated(source: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Navigation", source)

    def show_data(self, data: TileData) -> None:
        self.count.setText(count_text(data.count) if data.count is not None else "—")
        self.opens = data.page or self.tile.page
        if data.title:
            self.title.setText(data.title)
        self.setProperty("state", data.state)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setAccessibleName(f"{self.title.text()}: {self.count.text()}")


class HomePage(Page):
    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, parent)
        self.greeting = QLabel()
        self.greeting.setProperty("role", "hint")
        self.tiles: dict[str, TileButton] = {}
        tiles_grid = QGridLayout()
        tiles_grid.setSpacing(10)
        tiles = tiles_for(user.role)
        per_row = tiles_per_row(len(tiles))
        for i, tile in enumerate(tiles):
            button = TileButton(tile)
            button.clicked.connect(lambda _on=False, b=button: self.pageRequested.emit(b.opens))
            self.tiles[tile.key] = button
            tiles_grid.addWidget(button, i // per_row, i % per_row)
        self.panels: dict[str, QWidget] = {}
        panels_grid = QGridLayout()
        panels_grid.setSpacing(12)
        for i, panel in enumerate(panels_for(user.role)):
            widget = self._build_panel(panel)
            self.panels[panel.key] = widget
            panels_grid.addWidget(widget, i // PANEL_COLUMNS, i % PANEL_COLUMNS)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(tiles_grid)
        body_layout.addSpacing(8)
        body_layout.addLayout(panels_grid, 1)
        self.empty = QLabel(self.tr("Nothing to show here for your role yet."))
        self.empty.setVisible(not self.tiles and not self.panels)
        body_layout.addWidget(self.empty)
        scroll = form_scroll(body)
        title_row = QHBoxLayout()
        title_row.addWidget(page_title(self.tr("Home")))
        title_row.addSpacing(16)
        title_row.addWidget(self.greeting, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(scroll, 1)
        self.follow((DomainEvent,), lambda _event: self.refresh_tiles())

    def _build_panel(self, panel: Panel) -> QWidget:
        factory: Callable[..., QWidget] = load(panel.factory)
        return factory(self.ctx, self.user, self.pageRequested.emit)

    def activate(self) -> None:
        name = self.user.full_name or self.user.username
        self.greeting.setText(self.tr("Hello, {name}. Today is {date}.").format(
            name=name, date=format_jalali(today_tehran())))
        self.refresh_tiles()

    def refresh_tiles(self) -> None:
        ctx, user = self.ctx, self.user
        for key, button in self.tiles.items():
            function: Callable[[AppContext, CurrentUser], TileData] = load(button.tile.function)
            self.requests.run(f"tile:{key}", lambda f=function: f(ctx, user),  # type: ignore[misc]
                              button.show_data)
