"""Draw the application icon: resources/icons/secretariat.{svg,png,ico}.

One vector drawing (a letter with a seal on a teal tile) is the source; the PNG
and the multi-size ICO are rendered from it with QtSvg so every size comes from
the same shapes, and Pillow packs the ICO. Run it again after changing the SVG:

    python installer/make_icon.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)

# 256-unit canvas. Small details (the text lines) are thick enough to survive 16 px.
SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#17808f"/>
      <stop offset="1" stop-color="#0b4f5c"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="44" fill="url(#tile)"/>
  <path d="M64 40 H160 L196 76 V216 H64 Z" fill="#ffffff"/>
  <path d="M160 40 V76 H196 Z" fill="#cfe3e7"/>
  <rect x="84" y="96" width="92" height="14" rx="7" fill="#0b4f5c"/>
  <rect x="84" y="126" width="92" height="14" rx="7" fill="#7aa7b0"/>
  <rect x="134" y="156" width="42" height="14" rx="7" fill="#7aa7b0"/>
  <circle cx="100" cy="182" r="24" fill="#d9a521"/>
  <circle cx="100" cy="182" r="14" fill="none" stroke="#ffffff" stroke-width="5"/>
</svg>
"""


def render_png(svg_bytes: bytes, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg_bytes))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; runtime wants str
    return bytes(buffer.data().data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # QPainter wants an application object
    ICONS_DIR.mkdir(parents=True, exist_ok=True)
    svg_bytes = SVG.encode()
    (ICONS_DIR / "secretariat.svg").write_bytes(svg_bytes)
    images = {size: Image.open(io.BytesIO(render_png(svg_bytes, size))) for size in ICO_SIZES}
    images[256].save(ICONS_DIR / "secretariat.png", optimize=True)
    largest = images[256]
    largest.save(
        ICONS_DIR / "secretariat.ico",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != 256],
    )
    del app
    for name in ("secretariat.svg", "secretariat.png", "secretariat.ico"):
        print(ICONS_DIR / name, (ICONS_DIR / name).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
