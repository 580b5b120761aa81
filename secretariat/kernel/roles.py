"""Who people are to the application: roles and clearance levels."""

from __future__ import annotations

from secretariat.kernel.vocab import LabeledEnum


class Role(LabeledEnum):
    ADMIN = "admin", "مدیر سامانه", "System administrator"
    MANAGER = "manager", "مدیر", "Manager"
    CLERK = "clerk", "کاربر دبیرخانه", "Secretariat clerk"
    EXPERT = "expert", "کارشناس", "Expert"
    OFFICER = "officer", "مسئول انجمن‌ها", "Associations officer"
    VIEWER = "viewer", "فقط مشاهده", "Viewer"


class Clearance(LabeledEnum):
    """A user's clearance; a letter's classification uses the same levels."""

    NORMAL = "normal", "عادی", "Normal"
    CONFIDENTIAL = "confidential", "محرمانه", "Confidential"
    SECRET = "secret", "خیلی محرمانه", "Highly confidential"

    @property
    def rank(self) -> int:
        return list(Clearance).index(self)
