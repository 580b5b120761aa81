"""Every window fits the screen it opens on, comes back where it was, and never opens off-screen.

The office laptop is 1366×768 with a taskbar (about 1366×728 left), and a 1920×1080 screen at
150 % scaling leaves about 1280×690. Fixed sizes chosen on a large screen put a dialog's
buttons under the taskbar. So:

- ``fit_to_screen`` shrinks a window (and its minimum size) to the screen's available area,
  less the title bar and borders the window manager adds, and moves it fully onto it; the
  application's ``WindowGuard`` does this for every window as it is shown. Forms keep their
  buttons outside their scroll area, so a shorter window scrolls the fields, not the buttons.
- ``remember_window`` keeps a window's size, position and maximised state per screen
  (``QSettings``, this workstation's user) and restores them only where they fit.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from secretariat.kernel.paths import APP_NAME
from ui.accessibility import name_inputs

# What a window manager adds around a window before it is shown (Windows 10/11 at 100 %:
# a 31 px title bar and 8 px borders; used until the real frame is known).
FRAME_ALLOWANCE = QSize(16, 40)
SETTINGS_GROUP = "windows"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def screen_of(widget: QWidget) -> QScreen:
    screen = widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen


def frame_allowance(widget: QWidget) -> QSize:
    frame = widget.frameGeometry().size() - widget.geometry().size()
    return frame if frame.width() > 0 or frame.height() > 0 else QSize(FRAME_ALLOWANCE)


def usable_area(widget: QWidget) -> QRect:
    """Where the window's own area (without its frame) may lie on its screen."""
    area = screen_of(widget).availableGeometry()
    frame = frame_allowance(widget)
    return QRect(area.x(), area.y(), max(200, area.width() - frame.width()),
                 max(150, area.height() - frame.height()))


def fit_to_screen(widget: QWidget, wanted: QSize | None = None) -> None:
    """Size ``widget`` to ``wanted`` (or its present size) within the screen, and on it."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    area = usable_area(widget)
    limit = area.size()
    minimum = widget.minimumSize()
    if minimum.width() > limit.width() or minimum.height() > limit.height():
        widget.setMinimumSize(minimum.boundedTo(limit))
    size = (wanted or widget.size()).boundedTo(limit)
    if size != widget.size():
        widget.resize(size)
    widget.move(_inside(QRect(widget.pos(), widget.size()), area).topLeft())


def _inside(rect: QRect, area: QRect) -> QRect:
    """``rect`` moved (not resized) so that it lies within ``area`` as far as it can."""
    x = min(max(rect.x(), area.x()), area.right() - rect.width() + 1)
    y = min(max(rect.y(), area.y()), area.bottom() - rect.height() + 1)
    return QRect(QPoint(max(x, area.x()), max(y, area.y())), rect.size())


def centre_on(widget: QWidget, over: QWidget | None) -> None:
    area = usable_area(widget)
    anchor = over.window().geometry() if over is not None and over.isVisible() else area
    rect = QRect(QPoint(0, 0), widget.size())
    rect.moveCenter(anchor.center())
    widget.move(_inside(rect, area).topLeft())


def _key(name: str, screen: QScreen) -> str:
    size = screen.size()
    label = screen.name() or "screen"
    return f"{SETTINGS_GROUP}/{name}/{label}-{size.width()}x{size.height()}"


class WindowMemory(QObject):
    """Restores a window's place on this screen when it is first shown, saves it as it
    closes or hides. A place that no longer fits (another screen, another resolution,
    a screen unplugged) falls back to ``default`` centred on the screen."""

    def __init__(self, window: QWidget, name: str, default: QSize,
                 maximise_below: int = 0) -> None:
        super().__init__(window)
        self.target, self.name, self.default = window, name, default
        self.maximise_below = maximise_below
        self.restored = False
        window.installEventFilter(self)

    def restore(self) -> None:
        self.restored = True
        window = self.target
        screen = screen_of(window)
        stored = settings().value(_key(self.name, screen))
        area = usable_area(window)
        if isinstance(stored, (bytes, bytearray, QByteArray)) and window.restoreGeometry(
                QByteArray(stored)):
            geometry = QRect(window.pos(), window.size())
            if area.intersects(geometry) and not window.isMaximized():
                fit_to_screen(window)
            elif not window.isMaximized():
                self._default(area)
            return
        self._default(area)

    def _default(self, area: QRect) -> None:
        window = self.target
        window.resize(self.default.boundedTo(area.size()))
        centre_on(window, window.parentWidget())
        if self.maximise_below and area.width() < self.maximise_below:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def save(self) -> None:
        if self.restored:
            settings().setValue(_key(self.name, screen_of(self.target)),
                                self.target.saveGeometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Also called while the window is being destroyed, when this object's Python side
        # may already be gone.
        target = getattr(self, "target", None)
        if target is not None and watched is target:
            kind = event.type()
            if kind == QEvent.Type.Show and not self.restored:
                self.restore()
            elif kind in (QEvent.Type.Close, QEvent.Type.Hide):
                self.save()
        return False


def remember_window(window: QWidget, name: str, default: QSize,
                    maximise_below: int = 0) -> WindowMemory:
    """Keep ``window``'s place per screen under ``name``; first time: ``default`` (maximised
    on a screen narrower than ``maximise_below``)."""
    return WindowMemory(window, name, default, maximise_below)


class WindowGuard(QObject):
    """The application's event filter: each window, as it is shown, is fitted to its screen
    and its inputs get accessible names (``ui.accessibility``); a shown window that grows
    (a panel appears in it) is kept on its screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Resize):
            return False
        if (not isinstance(watched, QWidget) or not watched.isWindow()
                or _is_popup(watched)):
            return False
        if kind == QEvent.Type.Show:
            fit_to_screen(watched)
            name_inputs(watched)
        elif watched.isVisible() and not _on_screen(watched):
            fit_to_screen(watched)
        return False


def _on_screen(widget: QWidget) -> bool:
    return usable_area(widget).contains(QRect(widget.pos(), widget.size()))


def _is_popup(widget: QWidget) -> bool:
    kind = widget.windowType()
    return kind in (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


_guard: WindowGuard | None = None


def install_window_guard(app: QApplication) -> None:
    global _guard
    if _guard is None:
        _guard = WindowGuard(app)
        app.installEventFilter(_guard)
