"""A scrolling holder for a form or a long page (the form scrolls, its buttons stay)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


def form_scroll(content: QWidget, frame: bool = False) -> QScrollArea:
    """``content`` in a resizable scroll area that is never itself in the Tab order.

    Qt gives a QScrollArea StrongFocus, so a dialog opened from the keyboard landed on the
    scroll area (a ring round the whole form) and the clerk had to press Tab before typing.
    The fields inside still take the focus, and Tab still scrolls each into view."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if not frame:
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def focus_first_field(container: QWidget) -> bool:
    """Give the keyboard to the first field of ``container`` Tab would reach (enabled,
    visible, taking Tab focus), so a form opens ready to type. False when it has none."""
    widget = container.nextInFocusChain()
    while widget is not container and widget is not None:
        if (container.isAncestorOf(widget) and widget.isEnabled()
                and widget.isVisibleTo(container.window())
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False
