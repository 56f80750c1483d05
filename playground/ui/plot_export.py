"""Pictures of the live panels (PNG and SVG, for slides) and the metric history as CSV.

Both write what the window already shows or holds: the panels are drawn again into an image or an SVG
painter, the history is the newest snapshot's array. Files are written atomically.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from playground.graph.project import atomic_write
from playground.ui.i18n import tr

HISTORY_COLUMNS = ("step", "train_loss", "test_loss")
GAN_HISTORY_COLUMNS = ("step", "d_loss", "g_loss", "distance")


def slug(title: str) -> str:
    """A file-name stem from a panel title: "GAN: real vs generated" → "gan-real-vs-generated"."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "panel"


def png_bytes(widget: QWidget) -> bytes:
    """The widget as it looks on screen, as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        raise OSError(tr("the picture could not be encoded as PNG"))
    buffer.close()
    return bytes(data.data())


def svg_bytes(widget: QWidget, title: str) -> bytes:
    """The widget drawn into an SVG document (vector lines and text, for slides that scale)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = widget.size() if widget.width() > 0 else QSize(480, 360)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(tr("NN Playground panel"))
    painter = QPainter(generator)
    try:
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def export_panels(panels: list[Any], folder: str | Path) -> list[Path]:
    """Write every panel in ``panels`` as ``<title>.png`` and ``<title>.svg`` into ``folder``; the paths written.

    Raises ``OSError`` (with the file named) when a file cannot be written; those written before stay.
    """
    target = Path(folder)
    written: list[Path] = []
    for panel in panels:
        stem = slug(panel.title)  # the English title (marked N_): file names stay ASCII in every language
        for suffix, data in ((".png", png_bytes(panel)), (".svg", svg_bytes(panel, tr(panel.title)))):
            path = target / f"{stem}{suffix}"
            atomic_write(path, data)
            written.append(path)
    return written


def history_csv(snapshot: Any) -> str:
    """The run's metric history as CSV text: step and losses, and for a GAN the energy distance too."""
    gan = getattr(snapshot, "gan", None)
    if snapshot.task == "gan" and gan is not None:
        rows, columns = np.asarray(gan.history, dtype=np.float64), GAN_HISTORY_COLUMNS
    elif snapshot.task == "gan":
        rows, columns = np.asarray(snapshot.history, dtype=np.float64), GAN_HISTORY_COLUMNS[:3]
    else:
        rows, columns = np.asarray(snapshot.history, dtype=np.float64), HISTORY_COLUMNS
    out = io.StringIO()
    out.write(",".join(columns) + "\n")
    for row in rows.reshape(-1, len(columns)):
        out.write(",".join([str(int(row[0]))] + [f"{v:.8g}" for v in row[1:]]) + "\n")
    return out.getvalue()


def export_history(snapshot: Any, path: str | Path) -> Path:
    """Write ``history_csv(snapshot)`` to ``path`` (atomically); ``OSError`` if it cannot be written."""
    target = Path(path)
    atomic_write(target, history_csv(snapshot).encode("utf-8"))
    return target
