"""Accessible names, so a screen reader reads every form: each input is named after its label.

Qt names a field after a ``QLabel`` whose buddy it is. Form rows whose field is wrapped (an
error line under it, a date field's button beside it) leave the label's buddy on the
wrapper, and many inputs have no label at all (a search box, a filter). ``name_inputs``
walks a window: it makes each form label the buddy of the input inside its field (Alt+its
mnemonic then reaches the input too), and names every input and button still unnamed after
its label, placeholder or tooltip. The application's ``WindowGuard`` runs it for every
window as it is shown; pages run it when first shown.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INPUT_TYPES = (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSpinBox,
               QAbstractItemView, QAbstractButton)
# Parts Qt builds inside another input, which names them itself (a spin box's line, a combo
# box's line, a line edit's clear button, a table's corner button).
_INTERNAL_PARENTS = (QAbstractSpinBox, QComboBox, QLineEdit)
_INTERNAL_NAMES = ("qt_tableview_cornerbutton", "qt_spinbox_lineedit")


def is_internal(widget: QWidget) -> bool:
    """A part of another input rather than an input of its own."""
    parent = widget.parentWidget()
    return (widget.objectName() in _INTERNAL_NAMES
            or (parent is not None and isinstance(parent, _INTERNAL_PARENTS)))
_MNEMONIC = re.compile(r"&(?!&)")
_TRAILING = re.compile(r"[:：…\s]+$")


def spoken(text: str) -> str:
    """A label's words as a name: no mnemonic ampersand, no trailing colon or ellipsis."""
    return _TRAILING.sub("", _MNEMONIC.sub("", text)).replace("&&", "&").strip()


def input_of(widget: QWidget | None) -> QWidget | None:
    """The input a form field holds: the widget itself, its focus proxy, or the first input
    inside it."""
    seen = 0
    while widget is not None and seen < 5:
        seen += 1
        if isinstance(widget, INPUT_TYPES) and not isinstance(widget, QLabel):
            return widget
        proxy = widget.focusProxy()
        if proxy is not None and proxy is not widget:
            widget = proxy
            continue
        for child in widget.findChildren(QWidget):
            if isinstance(child, INPUT_TYPES):
                return child
        return None
    return widget


def _name(widget: QWidget, text: str) -> None:
    words = spoken(text)
    if words and not widget.accessibleName():
        widget.setAccessibleName(words)


def _form_rows(root: QWidget) -> None:
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if not isinstance(label, QLabel) or field is None:
                continue
            target = input_of(field)
            if target is None:
                continue
            label.setBuddy(target)
            _name(target, label.text())
            # The parts of a compound field (a date's line and its calendar button) say
            # whose parts they are.
            for part in field.findChildren(QLineEdit):
                _name(part, label.text())


def _cell_name(widget: QWidget) -> str:
    """An input in a table's cell: its row's and its column's headers («تاریخ — فاصله از بالا»)."""
    viewport = widget.parentWidget()
    table = viewport.parentWidget() if viewport is not None else None
    if not isinstance(table, QTableWidget):
        return ""
    index = table.indexAt(widget.geometry().center())
    if not index.isValid():
        return ""
    row = table.verticalHeaderItem(index.row())
    column = table.horizontalHeaderItem(index.column())
    words = [item.text() for item in (row, column) if item is not None and item.text()]
    return " — ".join(words)


def _place_name(widget: QWidget) -> str:
    """A list's name from where it stands: its group box, its tab, the page's title."""
    child: QWidget | None = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return parent.title()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(),
                                                                 QTabWidget):
            tabs = parent.parentWidget()
            assert isinstance(tabs, QTabWidget)
            index = tabs.indexOf(child) if child is not None else -1
            if index >= 0:
                return tabs.tabText(index)
        title = parent.findChild(QLabel, "pageTitle")
        if title is not None and title.text():
            return title.text()
        if parent.isWindow():
            return parent.windowTitle()
        child, parent = parent, parent.parentWidget()
    return ""


def name_inputs(root: QWidget) -> None:
    """Name every input and button of ``root`` that has no accessible name yet."""
    _form_rows(root)
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            target = input_of(buddy) or buddy
            _name(target, label.text())
    for widget in root.findChildren(QWidget):
        if (widget.accessibleName() or not isinstance(widget, INPUT_TYPES)
                or is_internal(widget)):
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
            if spoken(text) and any(ch.isalpha() for ch in text):
                continue  # Qt reads a button's own words
            _name(widget, widget.toolTip() or text)
        elif isinstance(widget, QLineEdit):
            _name(widget, widget.placeholderText() or widget.toolTip() or _cell_name(widget))
        elif isinstance(widget, QComboBox):
            _name(widget, widget.toolTip() or widget.placeholderText() or _cell_name(widget))
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            _name(widget, widget.placeholderText() or widget.toolTip() or _place_name(widget))
        elif isinstance(widget, QAbstractItemView):
            _name(widget, widget.toolTip() or _place_name(widget))
        else:
            _name(widget, widget.toolTip() or _cell_name(widget))
