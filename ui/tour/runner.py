"""Render every screen of every feature into PNGs, on a throwaway database of sample data.

    python -m ui.tour --out DIR [--lang fa|en] [--size 1366x768] [--scale 1.5]
                      [--taskbar 40] [--letters 200] [--palette]

The screens come from the UI registry (``ui.features``): each feature's ``tour`` module seeds
its sample data through its api and builds its pages and dialogs (``ui.tour.support``). The
tour runs offscreen on a screen of ``--size`` device pixels less ``--taskbar`` (the room a
Windows taskbar takes), at ``--scale`` (Windows' 125 % / 150 % display scaling, Qt's
``QT_SCALE_FACTOR``). ``DIR/screens.json`` lists each screen: its name, its file, its size
in device pixels and whether it fits. The exit code is 1 when a screen does not fit the
screen it was shown on, or a tour module failed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

_SIZE_HELP = "the screen in device pixels, e.g. 1366x768 or 1920x1080"


@dataclass(frozen=True)
class Shot:
    name: str
    file: str
    feature: str
    width: int  # the PNG, in device pixels
    height: int
    window_width: int  # the window with its frame, in logical pixels
    window_height: int
    fits: bool  # within the screen's available area
    unnamed: list[str]  # inputs a screen reader would find without a name


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m ui.tour", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNGs")
    parser.add_argument("--lang", choices=("fa", "en"), default="fa")
    parser.add_argument("--size", default="1366x768", help=_SIZE_HELP)
    parser.add_argument("--scale", type=float, default=1.0,
                        help="display scaling, e.g. 1.25 or 1.5 (default 1)")
    parser.add_argument("--taskbar", type=int, default=40,
                        help="device pixels the taskbar takes at the bottom (default 40)")
    parser.add_argument("--letters", type=int, default=200, help="letters in the register")
    parser.add_argument("--only", default="", help="only screens whose name contains this")
    parser.add_argument("--palette", action="store_true",
                        help="256-colour PNGs, a quarter of the size (the set kept in docs/)")
    args = parser.parse_args(argv)
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size: {_SIZE_HELP}")
    if width < 640 or height < 480 or not 1 <= args.scale <= 3:
        parser.error("--size at least 640x480, --scale between 1 and 3")
    args.width, args.height = width, height
    return args


def _offscreen_screen(folder: Path, width: int, height: int) -> str:
    """The offscreen platform with one screen of this many device pixels (the available
    area: what the taskbar leaves)."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "tour", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    work = Path(tempfile.mkdtemp(prefix="secretariat-tour-"))
    # Before Qt starts: the screen, the scaling, a data folder and settings of our own.
    os.environ["QT_QPA_PLATFORM"] = _offscreen_screen(work, args.width,
                                                      args.height - args.taskbar)
    if args.scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    else:
        os.environ.pop("QT_SCALE_FACTOR", None)
    os.environ["SECRETARIAT_DATA_DIR"] = str(work / "data")
    os.environ.pop("SECRETARIAT_DATABASE_URL", None)
    return run(args, work)


def run(args: argparse.Namespace, work: Path) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.bootstrap import configure_application
    from ui.gc_policy import collect_on_ui_thread

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qs"))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    configure_application(app, args.lang)
    # As in the app: a cycle of widgets freed by the collector on a worker thread (a page's
    # background read) crashes Qt later on the UI thread; collect on the UI thread only.
    collector = collect_on_ui_thread(app)
    try:
        return tour(app, args, work)
    finally:
        collector.deleteLater()


def tour(app: object, args: argparse.Namespace, work: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from secretariat.kernel import setup
    from secretariat.kernel.context import open_context
    from secretariat.kernel.paths import resource_path
    from secretariat.kernel.registry import load
    from ui.features import UI_FEATURES
    from ui.tour.support import Sample, set_sample, settle

    set_sample(Sample(letters=args.letters))
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    ctx = open_context(work / "data", create=True)
    admin = setup.initialize(ctx, "admin", "tour-password-1", "مریم احمدی",
                             logo=resource_path("icons", "secretariat.png"))
    modules = [(f.name, load(f.tour)) for f in UI_FEATURES if f.tour]
    failures: list[str] = []
    for name, module in modules:
        try:
            module.seed(ctx, admin)
        except Exception:  # noqa: BLE001 - reported, and the exit code says so
            failures.append(f"{name}: seed failed\n{traceback.format_exc()}")
    shots: list[Shot] = []
    for feature, module in modules:
        shown: list[object] = []
        try:
            for screen_name, widget in module.screens(ctx, admin):
                shown.append(widget)
                if args.only and args.only not in screen_name:
                    continue
                shots.append(_shoot(out, feature, screen_name, widget, settle, args.palette))
        except Exception:  # noqa: BLE001 - reported, and the exit code says so
            failures.append(f"{feature}: screens failed\n{traceback.format_exc()}")
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        settle()
        _delete(shown)
    _write_index(out, args, shots)
    too_big = [s for s in shots if not s.fits]
    for shot in too_big:
        print(f"does not fit: {shot.name} {shot.window_width}x{shot.window_height}",
              file=sys.stderr)
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{len(shots)} screens in {out}")
    for widget in QApplication.topLevelWidgets():
        widget.close()
    settle()
    ctx.close()
    return 1 if too_big or failures else 0


def _delete(widgets: list[object]) -> None:
    """Delete a feature's windows through Qt once their reads are done, then collect.

    Left to Python's collector, a window in a reference cycle is destroyed whenever and on
    whichever thread the collector runs, in no order Qt expects (a crash, now and then)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    from ui.tour.support import settle

    for widget in widgets:
        if isinstance(widget, QWidget) and shiboken6.isValid(widget) and widget.parent() is None:
            widget.deleteLater()
    widgets.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle()
    gc.collect()


def _shoot(out: Path, feature: str, name: str, widget: object,
           settle: Callable[[], None], palette: bool = False) -> Shot:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    if not widget.isVisible():
        widget.show()
    settle()
    picture = widget.grab()
    file = f"{feature}-{name}.png"  # the order is screens.json's
    copy = 2
    while (out / file).exists():  # the same name twice: keep both
        file, copy = f"{feature}-{name}-{copy}.png", copy + 1
    picture.save(str(out / file))
    if palette:
        _to_palette(out / file)
    window = widget.window()
    screen = window.screen()
    # The window, frame included, within the screen's available area (logical pixels).
    placed = QRect(window.frameGeometry())
    fits = screen is None or screen.availableGeometry().contains(placed)
    return Shot(name, file, feature, picture.width(), picture.height(), placed.width(),
                placed.height(), fits, unnamed_inputs(window))


def _to_palette(file: Path) -> None:
    """A screen has few colours: 256 of them, undithered, look the same and weigh far less."""
    from PIL import Image

    with Image.open(file) as image:
        small = image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
    small.save(file, optimize=True)


def unnamed_inputs(window: object) -> list[str]:
    """The visible inputs and buttons of ``window`` that Qt's accessibility gives no name."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QWidget

    from ui.accessibility import INPUT_TYPES, is_internal

    assert isinstance(window, QWidget)
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUT_TYPES) or not widget.isVisibleTo(window):
            continue
        if (widget.inherits("QHeaderView") or widget.window() is not window
                or is_internal(widget)):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__}#{widget.objectName()}")
    return missing


def _write_index(out: Path, args: argparse.Namespace, shots: list[Shot]) -> None:
    index = {
        "size": f"{args.width}x{args.height}", "taskbar": args.taskbar, "scale": args.scale,
        "lang": args.lang, "letters": args.letters,
        "screens": [asdict(s) for s in shots],
    }
    (out / "screens.json").write_text(json.dumps(index, ensure_ascii=False, indent=1),
                                      encoding="utf-8")
