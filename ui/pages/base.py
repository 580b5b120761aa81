"""What every navigation page shares: it loads what it shows when it is shown, and again when
the core says something it shows has changed (``ui.events``); its queries go through one
``Requests`` (the newest answer wins); ``pageRequested`` asks the main window to show another
page (a home tile, a link)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.events import DomainEvent
from ui.accessibility import name_inputs
from ui.events import bridge
from ui.tasks import Requests


class Page(QWidget):
    pageRequested = Signal(str)  # a navigation page's key

    def __init__(self, ctx: AppContext, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.requests = Requests(self)
        self._named = False

    def activate(self) -> None:
        """Load (or reload) what the page shows; runs each time the page is shown."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._named:  # built after its window was shown: name its inputs now
            self._named = True
            name_inputs(self)
        if not event.spontaneous():  # not when the window comes back from being minimised
            self.activate()

    def follow(self, types: tuple[type[DomainEvent], ...],
               handler: Callable[[DomainEvent], None] | None = None) -> None:
        """Reload (or call ``handler``) when the core commits an event of ``types``. A hidden
        page does nothing now: it reloads anyway when it is next shown."""

        def changed(event: DomainEvent) -> None:
            if not self.isVisible():
                return
            if handler is not None:
                handler(event)
            else:
                self.activate()

        bridge(self.ctx).on(self, types, changed)
