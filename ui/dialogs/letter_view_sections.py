"""The tabs of the letter page: every field, links both ways, referral tree, history."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from secretariat.correspondence.api import (
    LetterDetail,
    LetterKind,
    LetterRef,
    ReferralNode,
    ReferralStatus,
)
from secretariat.kernel.audit import AuditRow
from ui import letter_labels as labels
from ui.bidi import BidiDelegate, isolate_cells, label_text
from ui.models.letter_window_model import CANCELLED_COLOUR, OVERDUE_COLOUR

LETTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
REFERRAL_ROLE = Qt.ItemDataRole.UserRole + 2


def _value_label(text: str) -> QLabel:
    label = QLabel(label_text(text or labels.DASH))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailsSection(QWidget):
    """Every field of the letter, read-only and selectable (to copy a number)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}

    def show_letter(self, letter: LetterDetail) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values.clear()
        for key, caption, text in self._rows(letter):
            label = _value_label(text)
            self.values[key] = label
            self.form.addRow(caption, label)

    def _rows(self, letter: LetterDetail) -> list[tuple[str, str, str]]:
        rows = [
            ("number", self.tr("Number:"), labels.number_text(letter.number)),
            ("kind", self.tr("Kind:"), labels.kind_label(letter.kind)),
            ("registered_on", self.tr("Registration date:"),
             labels.date_text(letter.registered_on)),
            ("status", self.tr("Status:"), self._status(letter)),
            ("classification", self.tr("Classification:"),
             labels.classification_label(letter.classification)),
            ("urgency", self.tr("Urgency:"), labels.urgency_label(letter.urgency)),
        ]
        if letter.kind == LetterKind.INCOMING:
            rows += [
                ("sender", self.tr("Sender:"), labels.party_text(letter.sender)),
                ("sender_number", self.tr("Sender's number:"), labels.digits(letter.sender_number)),
                ("sender_date", self.tr("Sender's date:"), labels.date_text(letter.sender_date)),
            ]
        if letter.kind == LetterKind.INTERNAL:
            rows += [("from_unit", self.tr("From unit:"), letter.from_unit),
                     ("to_unit", self.tr("To unit:"), letter.to_unit)]
        if letter.recipients:
            rows.append(("recipients", self.tr("Recipients:"),
                         "\n".join(labels.party_text(p) for p in letter.recipients)))
        if letter.cc:
            rows.append(("cc", self.tr("Copies to:"), "\n".join(
                f"{labels.party_text(p)} — {labels.purpose_label(p.purpose)}"
                for p in letter.cc)))
        rows += [
            ("subject", self.tr("Subject:"), letter.subject),
            ("summary", self.tr("Summary:"), letter.summary),
            ("keywords", self.tr("Keywords:"), "، ".join(letter.keywords)),
        ]
        if letter.kind == LetterKind.OUTGOING:
            signed = labels.person_text(letter.signatory_name, letter.signatory_post,
                                        letter.signatory or "")
            if letter.signed_at:
                signed += " — " + labels.datetime_text(letter.signed_at)
            rows += [
                ("signatory", self.tr("Signatory:"), signed),
                ("dispatch", self.tr("Dispatch:"), self._dispatch(letter)),
                ("postal_tracking_code", self.tr("Postal tracking code:"),
                 labels.digits(letter.postal_tracking_code)),
                ("reply_expected_by", self.tr("Reply expected by:"), self._reply_wait(letter)),
            ]
        creator = labels.person_text(letter.created_by_name, "", letter.created_by)
        rows.append(("created", self.tr("Registered by:"),
                     f"{creator} — {labels.datetime_text(letter.created_at)}"))
        if letter.cancellation is not None:
            c = letter.cancellation
            rows.append(("cancellation", self.tr("Cancelled:"), self.tr(
                "{reason} (by {name}, {at})").format(
                    reason=c.reason, name=c.by_name or c.by, at=labels.datetime_text(c.at))))
        return rows

    def _status(self, letter: LetterDetail) -> str:
        text = labels.status_label(letter.status)
        if letter.archive_code:
            text += " — " + self.tr("archive code {code}").format(
                code=labels.digits(letter.archive_code))
        return text

    def _dispatch(self, letter: LetterDetail) -> str:
        if not letter.dispatch_method:
            return ""
        text = labels.dispatch_label(letter.dispatch_method)
        if letter.dispatch_date:
            text += " — " + labels.date_text(letter.dispatch_date)
        return text

    def _reply_wait(self, letter: LetterDetail) -> str:
        if letter.reply_expected_by is None:
            return ""
        text = labels.date_text(letter.reply_expected_by)
        if letter.replied_by is not None:
            text += " — " + self.tr("answered by {number}").format(
                number=labels.number_text(letter.replied_by.number))
        elif letter.overdue:
            text += " — " + self.tr("overdue")
        return text


class LinksSection(QTreeWidget):
    """عطف/بازگشت and پیرو, both ways; double-click opens the linked letter."""

    letterChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Link"), self.tr("Number"), self.tr("Date"),
                              self.tr("Subject")])
        self.setRootIsDecorated(False)
        isolate_cells(self)
        self.itemActivated.connect(self._activated)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_letter(self, letter: LetterDetail) -> int:
        self.clear()
        groups: list[tuple[str, tuple[LetterRef, ...]]] = [
            (self.tr("In reply to"), (letter.reply_to,) if letter.reply_to else ()),
            (self.tr("Follows"), (letter.follows,) if letter.follows else ()),
            (self.tr("Replies to this letter"), letter.replies),
            (self.tr("Followed by"), letter.followed_by),
        ]
        if letter.replied_by is not None and letter.replied_by not in letter.replies:
            groups.append((self.tr("Reply received"), (letter.replied_by,)))
        for caption, refs in groups:
            for ref in refs:
                item = QTreeWidgetItem([caption, labels.number_text(ref.number),
                                        labels.date_text(ref.registered_on), ref.subject])
                item.setData(0, LETTER_ID_ROLE, ref.id)
                if ref.cancelled:
                    for column in range(4):
                        item.setForeground(column, QBrush(CANCELLED_COLOUR))
                    item.setToolTip(3, self.tr("Cancelled"))
                self.addTopLevelItem(item)
        return self.topLevelItemCount()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        letter_id = item.data(0, LETTER_ID_ROLE)
        if isinstance(letter_id, int):
            self.letterChosen.emit(letter_id)


class WrappingDelegate(BidiDelegate):
    """Rows as tall as their wrapped text at the column's present width (a tree view asks
    its delegate without telling the width, and would cut long text at two lines)."""

    PADDING = 8

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return hint
        width = self.tree.header().sectionSize(index.column()) - 2 * self.PADDING
        if index.column() == 0:
            width -= self.tree.indentation() * (1 + _depth(index))
        box = option.fontMetrics.boundingRect(
            QRect(0, 0, max(width, 40), 100_000),
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)
        return QSize(hint.width(), max(hint.height(), box.height() + self.PADDING))


def _depth(index: QModelIndex | QPersistentModelIndex) -> int:
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth


class ReferralTree(QTreeWidget):
    """Who referred the letter to whom and when, the type and priority, the هامش, the due
    date, where it stands and the recipient's reply; onward referrals nested under the one
    they came from. Long هامش and replies wrap onto several lines. Late ones in red."""

    WHO, KIND, MARGIN, DUE, STATUS, REPLY = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("From → to"), self.tr("Type"), self.tr("Margin note"),
                              self.tr("Due"), self.tr("Status"), self.tr("Reply")])
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(WrappingDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        for column in (self.KIND, self.DUE, self.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.MARGIN, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.WHO, 230), (self.REPLY, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        # Rows grow to the wrapped text's height whenever a column's width changes.
        header.sectionResized.connect(lambda *_a: self.scheduleDelayedItemsLayout())

    def show_referrals(self, roots: tuple[ReferralNode, ...]) -> int:
        self.clear()
        count = 0

        def add(node: ReferralNode, parent: QTreeWidgetItem | None) -> None:
            nonlocal count
            count += 1
            who = (f"{labels.person_text(node.from_name, node.from_post, node.from_user)} ← "
                   f"{labels.person_text(node.to_name, node.to_post, node.to_user)}\n"
                   f"{labels.datetime_text(node.created_at)}")
            kind = labels.referral_kind_label(node.kind)
            if node.priority != "normal":
                kind += "\n" + labels.priority_label(node.priority)
            item = QTreeWidgetItem([
                who, kind, node.instruction,
                labels.date_text(node.due_on) if node.due_on else "",
                self._status(node), node.note,
            ])
            item.setData(0, REFERRAL_ROLE, node)
            item.setToolTip(self.MARGIN, node.instruction)
            item.setToolTip(self.REPLY, node.note)
            if node.overdue:
                for column in range(6):
                    item.setForeground(column, QBrush(OVERDUE_COLOUR))
            if parent is None:
                self.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for child in node.children:
                add(child, item)

        for root in roots:
            add(root, None)
        self.expandAll()
        return count

    def _status(self, node: ReferralNode) -> str:
        if node.status == ReferralStatus.CLOSED:
            return self.tr("Closed {at}").format(at=labels.datetime_text(node.closed_at))
        if node.read_at is None:
            return self.tr("Not read yet")
        return self.tr("Read {at}").format(at=labels.datetime_text(node.read_at))


class HistorySection(QTableWidget):
    """The letter's audit entries and its referrals', oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Date and time"), self.tr("User"),
                                        self.tr("Action"), self.tr("Changed")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        isolate_cells(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_history(self, rows: tuple[AuditRow, ...]) -> None:
        self.setRowCount(len(rows))
        for line, row in enumerate(rows):
            action = labels.action_label(row.action, row.entity)
            if row.entity != "letter":
                action = f"{labels.entity_label(row.entity)}: {action}"
            who = labels.person_text(row.actor_name, row.actor_post, row.actor)
            cells = (labels.datetime_text(row.at), who, action, changed_fields(row))
            for column, text in enumerate(cells):
                self.setItem(line, column, QTableWidgetItem(text))
        self.resizeRowsToContents()


def changed_fields(row: AuditRow) -> str:
    """«موضوع، وضعیت»: the fields whose value differs between before and after."""
    if row.before is None or row.after is None:
        return ""
    keys = [k for k in dict.fromkeys([*row.before, *row.after])
            if row.before.get(k) != row.after.get(k) and k not in labels.UNNAMED_CHANGES]
    return "، ".join(labels.field_name(k) for k in keys)
