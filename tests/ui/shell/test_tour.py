"""The screen tour renders every screen of every feature, and each fits the screen asked for:
a 1366×768 laptop less its taskbar, and a 1920×1080 screen at 150 % scaling (in English, left
to right). Each runs in its own process: the screen's size and scaling are set before Qt
starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[3]
EXPECTED = {"wizard-data-folder", "login-caps-lock", "main-home-clerk", "main-audit-selected",
            "letters-incoming", "letter-form-discard-question", "referral-dialog-filled",
            "letter-referral-tree", "inbox-clerk", "inbox-empty", "print-preview-letter",
            "letterhead", "contacts-nothing-found"}


def run_tour(out: Path, *args: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "SECRETARIAT_"))}
    result = subprocess.run(
        [sys.executable, "-m", "ui.tour", "--out", str(out), "--letters", "12", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    index: dict[str, object] = json.loads((out / "screens.json").read_text(encoding="utf-8"))
    return index


@pytest.mark.parametrize(("size", "scale", "lang", "limit", "palette"), [
    ("1366x768", "1", "fa", (1366, 728), False),
    ("1920x1080", "1.5", "en", (1920, 1040), True),
])
def test_every_screen_is_rendered_and_fits(tmp_path: Path, size: str, scale: str, lang: str,
                                           limit: tuple[int, int], palette: bool) -> None:
    index = run_tour(tmp_path, "--size", size, "--scale", scale, "--lang", lang,
                     *(["--palette"] if palette else []))
    screens = index["screens"]
    assert isinstance(screens, list)
    names = {s["name"] for s in screens}
    assert EXPECTED <= names, EXPECTED - names
    for shot in screens:
        png = tmp_path / shot["file"]
        assert png.is_file() and png.stat().st_size > 1000, shot["file"]
        with Image.open(png) as image:
            assert image.size == (shot["width"], shot["height"])
            assert (image.mode == "P") is palette  # --palette: 256 colours (docs/screens)
        # The PNG is in device pixels: it fits the screen less the taskbar.
        assert shot["width"] <= limit[0] and shot["height"] <= limit[1], shot
        assert shot["fits"], shot
        assert shot["unnamed"] == [], shot  # every input has an accessible name
    main = next(s for s in screens if s["name"] == "main-home-clerk")
    assert main["width"] >= limit[0] - 10  # a laptop screen: the window opens maximised
