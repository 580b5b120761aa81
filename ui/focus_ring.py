"""A visible focus: a clear ring on whichever field, button or list has the keyboard.

Styles differ (Windows draws a faint dotted line, and only after the keyboard was used); a
clerk working from the keyboard must see at a glance where Tab has taken them. One ring
widget follows the focus through the whole application: it is laid over the focused widget
(a child of its parent, so it moves and scrolls with it), drawn on the widget's edge, and
lets the mouse through.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QMenu, QWidget

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


class FocusTracker(QObject):
    """Moves the ring to the widget with the focus and keeps it on it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        self.target: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        if new is None or _skip(new) or new.parentWidget() is None:
            self._hide()
            return
        self.target = new
        new.installEventFilter(self)
        self._place()

    def _ring_for(self, parent: QWidget) -> FocusRing:
        if self.ring is None or not shiboken6.isValid(self.ring):
            self.ring = FocusRing(parent)
        elif self.ring.parentWidget() is not parent:
            self.ring.setParent(parent)
        return self.ring

    def _hide(self) -> None:
        if self.ring is not None and shiboken6.isValid(self.ring):
            self.ring.hide()

    def _place(self) -> None:
        target = self.target
        if target is None or not shiboken6.isValid(target):
            self._hide()
            return
        parent = target.parentWidget()
        if parent is None or not target.isVisible():
            self._hide()
            return
        ring = self._ring_for(parent)
        ring.target = target
        ring.setGeometry(QRect(target.geometry()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        ring.show()
        ring.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
                QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._place()
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
