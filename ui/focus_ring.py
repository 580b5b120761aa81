"""A visible focus: a clear ring on whichever field, button or list has the keyboard.

Styles differ (Windows draws a faint dotted line, and only after the keyboard was used); a
clerk working from the keyboard must see at a glance where Tab has taken them. One ring
widget follows the focus through the whole application: it is laid over the focused widget
(a child of its parent, so it moves and scrolls with it), drawn on the widget's edge, and
lets the mouse through.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QMenu, QSplitter, QWidget

RING_COLOUR = QColor("#0b57d0")
RING_WIDTH = 2
# Drawn over the widget's own edge, not around it: a form's field sits in a holder with no
# margin, which would clip anything outside the field.
MARGIN = 0
_SKIPPED = ("QMenu", "QMenuBar", "QListWidget#navigation")


class FocusRing(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(RING_COLOUR, RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)


def _skip(widget: QWidget) -> bool:
    if isinstance(widget, QMenu) or widget.isWindow():
        return True
    name = type(widget).__name__
    return name in _SKIPPED or f"{name}#{widget.objectName()}" in _SKIPPED


def _ring_parent(target: QWidget) -> QWidget | None:
    """The widget the ring is laid in: the target's parent, so that it moves and scrolls with
    it, except a QSplitter, which takes every child widget for a pane of its own (the ring
    became an empty third pane beside a splitter's focused list, shifting the others)."""
    parent = target.parentWidget()
    while isinstance(parent, QSplitter):
        parent = parent.parentWidget()
    return parent


class FocusTracker(QObject):
    """Moves the ring to the widget with the focus and keeps it on it.

    The ring is placed from the event loop (a zero timer), never from inside a focus change
    or an event of the focused widget: focus also moves while a window is being destroyed,
    and re-parenting the ring then would touch widgets half gone.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        self.target: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._place)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        self._hide()
        if new is None or _skip(new) or new.parentWidget() is None:
            return
        self.target = new
        new.installEventFilter(self)
        self._timer.start()

    def _valid_ring(self) -> FocusRing | None:
        ring = self.ring
        return ring if ring is not None and shiboken6.isValid(ring) else None

    def _hide(self) -> None:
        ring = self._valid_ring()
        if ring is not None:
            ring.hide()

    def _place(self) -> None:
        target = self.target
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            self._hide()
            return
        parent = _ring_parent(target)
        if parent is None:
            self._hide()
            return
        ring = self._valid_ring()
        if ring is None:
            ring = self.ring = FocusRing(parent)
        elif ring.parentWidget() is not parent:
            ring.setParent(parent)
        ring.target = target
        place = QRect(target.mapTo(parent, QPoint(0, 0)), target.size())
        ring.setGeometry(place.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        ring.show()
        ring.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target:
            kind = event.type()
            if kind == QEvent.Type.Hide:
                self._hide()
            elif kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
                self._timer.start()
        return False


_tracker: FocusTracker | None = None


def install_focus_ring(app: QApplication) -> FocusTracker:
    global _tracker
    if _tracker is None:
        _tracker = FocusTracker(app)
    return _tracker


def focus_ring() -> FocusRing | None:
    """The ring (tests, screenshots), if one has been shown."""
    if _tracker is None or _tracker.ring is None or not shiboken6.isValid(_tracker.ring):
        return None
    return _tracker.ring
