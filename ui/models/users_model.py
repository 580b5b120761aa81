"""The users table: one row per account, read-only; the page edits through dialogs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from secretariat.jalali import format_jalali, format_jalali_datetime
from secretariat.services.accounts import UserInfo
from ui.labels import clearance_label, role_label, yes_no

_Index = QModelIndex | QPersistentModelIndex


class UsersTableModel(QAbstractTableModel):
    COLUMNS = ("username", "full_name", "post_title", "role", "clearance", "active",
               "created_at", "last_login_at")

    def __init__(self) -> None:
        super().__init__()
        self._users: list[UserInfo] = []
        self._headers = (self.tr("Username"), self.tr("Full name"), self.tr("Post title"),
                         self.tr("Role"), self.tr("Clearance"), self.tr("Active"),
                         self.tr("Created"), self.tr("Last sign-in"))

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserInfo:
        return self._users[row]

    def row_of(self, username: str) -> int:
        return next((i for i, u in enumerate(self._users) if u.username == username), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(self._users[index.row()], self.COLUMNS[index.column()])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    @staticmethod
    def _text(user: UserInfo, column: str) -> str:
        if column == "role":
            return role_label(user.role)
        if column == "clearance":
            return clearance_label(user.clearance)
        if column == "active":
            return yes_no(user.active)
        if column == "created_at":
            return format_jalali(user.created_at)
        if column == "last_login_at":
            return format_jalali_datetime(user.last_login_at) if user.last_login_at else "—"
        return str(getattr(user, column))
