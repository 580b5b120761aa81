"""The users table: one row per account, read-only; the page edits through dialogs."""

from __future__ import annotations

from secretariat.kernel.accounts import UserInfo
from secretariat.kernel.jalali import format_jalali, format_jalali_datetime
from ui.labels import clearance_label, role_label, yes_no
from ui.models.row_list_model import RowListModel


class UsersTableModel(RowListModel):
    COLUMNS = ("username", "full_name", "post_title", "role", "clearance", "active",
               "created_at", "last_login_at", "locked_until")

    def __init__(self) -> None:
        super().__init__((self.tr("Username"), self.tr("Full name"), self.tr("Post title"),
                          self.tr("Role"), self.tr("Clearance"), self.tr("Active"),
                          self.tr("Created"), self.tr("Last sign-in"),
                          self.tr("Locked until")))

    def set_users(self, users: list[UserInfo]) -> None:
        self.set_rows(users)

    def user_at(self, row: int) -> UserInfo:
        user: UserInfo = self.row_at(row)
        return user

    def row_of(self, username: str) -> int:
        return self.find_row(lambda u: u.username == username)

    def cell_text(self, row: UserInfo, column: int) -> str:
        name = self.COLUMNS[column]
        if name == "role":
            return role_label(row.role)
        if name == "clearance":
            return clearance_label(row.clearance)
        if name == "active":
            return yes_no(row.active)
        if name == "created_at":
            return format_jalali(row.created_at)
        if name == "last_login_at":
            return format_jalali_datetime(row.last_login_at) if row.last_login_at else "—"
        if name == "locked_until":  # too many wrong passwords: «رفع قفل» lifts it
            return format_jalali_datetime(row.locked_until) if row.locked_until else ""
        return str(getattr(row, name))
