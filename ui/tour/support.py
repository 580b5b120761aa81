"""What tour modules share: the sample's size, waiting for a screen to settle, popups.

A tour module (named by a ``UiFeature.tour``) has two functions:

    def seed(ctx: AppContext, admin: CurrentUser) -> None
        Sample data through the feature's api (``sample().letters`` says how large).
    def screens(ctx: AppContext, user: CurrentUser) -> Iterator[tuple[str, QWidget]]
        Each page and dialog built on that data. The tour shows a widget that is not shown
        yet, waits for its background reads, grabs it and moves on; a module that must act
        on a shown screen first (open a popup, pick a row) calls ``settle()`` before it
        yields. Whatever the module leaves open is closed at the end.

``user`` is the first administrator (every page is allowed); a module that shows another
person's view builds it for that person (``person(ctx, admin, username)``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from secretariat.kernel import accounts
from secretariat.kernel.context import AppContext, CurrentUser
from ui.tasks import tasks_running

SETTLE_TIMEOUT_S = 30


@dataclass(frozen=True)
class Sample:
    letters: int = 200  # the register's size


_sample = Sample()


def set_sample(sample: Sample) -> None:
    global _sample
    _sample = sample


def sample() -> Sample:
    return _sample


def settle(rounds: int = 3) -> None:
    """Let background reads finish and the widgets lay out and repaint."""
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    quiet = 0
    while quiet < rounds and time.monotonic() < deadline:
        QApplication.processEvents()
        if tasks_running():
            quiet = 0
            time.sleep(0.005)
        else:
            quiet += 1


def person(ctx: AppContext, admin: CurrentUser, username: str) -> CurrentUser:
    """Another user of the sample data, as the screens see them once signed in."""
    info = accounts.get_user(ctx, admin, username)
    return CurrentUser(info.id, info.username, info.full_name, info.role, info.clearance)


def with_popup(window: QWidget, popup: QWidget | None) -> QLabel:
    """The window with a popup (a completer's list, a menu) painted where it shows: a grab()
    of the window alone leaves out its popups, which are windows of their own."""
    picture: QPixmap = window.grab()
    if popup is not None and popup.isVisible():
        painter = QPainter(picture)
        corner = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
        painter.drawPixmap(corner, popup.grab())
        painter.end()
    label = QLabel()
    label.setPixmap(picture)
    label.resize(picture.deviceIndependentSize().toSize())
    return label


# The office the sample data is about (any tour module may refer to them by user name).
PASSWORD = "tour-password-1"
PEOPLE: tuple[tuple[str, str, str, str, str], ...] = (
    # username, role, full name, post title, clearance
    ("clerk", "clerk", "علی رضایی", "کارمند دبیرخانه", "normal"),
    ("clerk2", "clerk", "سمیه نوروزی", "مسئول دبیرخانه", "normal"),
    ("manager", "manager", "زهرا کریمی", "مدیر امور اداری و دبیرخانه", "confidential"),
    ("expert1", "expert", "حسین محمدی", "کارشناس امور صنایع و معادن", "confidential"),
    ("expert2", "expert", "فاطمه حسینی", "کارشناس حقوقی", "normal"),
    ("officer", "officer", "نرگس موسوی", "مسئول امور انجمن‌ها", "normal"),
)


def ensure_people(ctx: AppContext, admin: CurrentUser) -> None:
    """The sample office's users (made once, whichever tour module asks first)."""
    known = {card.username for card in accounts.people(ctx, admin, active_only=False)}
    for username, role, name, post, clearance in PEOPLE:
        if username not in known:
            accounts.add_user(ctx, admin, username, PASSWORD, role, clearance,
                              full_name=name, post_title=post)
