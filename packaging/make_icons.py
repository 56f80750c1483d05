"""Render the app icon (``resources/icons/nn-playground.svg``) to the PNG sizes desktops and PyInstaller use.

Writes ``resources/icons/nn-playground-<size>.png`` for 16…512 px. PyInstaller turns the 256 px PNG into the
Windows ``.ico`` and the macOS ``.icns`` itself (with Pillow). Run after changing the SVG:
``.venv/bin/python packaging/make_icons.py``; the PNGs are committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "nn-playground.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / 'nn-playground.svg'}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"nn-playground-{size}.png"
        if not image.save(str(out)):
            print(f"cannot write {out}", file=sys.stderr)
            return 1
        print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
