"""Parts of the data panel's preview: the sample images by class, and the colours of the points."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor

from playground.ui.i18n import tr
from playground.ui.plots.tiles import compose
from playground.ui.theme import OKABE_ITO, REGRESSION_COLORS

PREVIEW_PER_CLASS = 8
"""Training images shown per class, one row per class."""
PREVIEW_CLASSES = 12
"""At most this many class rows (the user's images may have up to 64 classes)."""

# Regression targets: blue (low) → orange (high), both ends distinguishable without red/green.
_REGRESSION_MAP = pg.ColorMap([0.0, 0.5, 1.0], [QColor(c) for c in REGRESSION_COLORS])


def preview_tiles(x: np.ndarray, y: np.ndarray, classes: int, per_class: int) -> tuple[np.ndarray, np.ndarray]:
    """(classes·per_class, H, W, 3) RGB tiles, a row of the first images of each class (white where a class has
    fewer), and the index into ``x`` of each tile (-1 for a blank)."""
    _, c, h, w = x.shape
    indices = np.full(classes * per_class, -1, np.int64)
    for k in range(classes):
        found = np.flatnonzero(y == k)[:per_class]
        indices[k * per_class : k * per_class + len(found)] = found
    tiles = np.ones((len(indices), h, w, 3), np.float32)
    picked = x[indices[indices >= 0]]
    rgb = np.repeat(picked[:, :1], 3, axis=1) if c != 3 else picked
    tiles[indices >= 0] = np.clip(np.moveaxis(rgb, 1, -1), 0.0, 1.0)
    return tiles, indices


def short_name(name: str, limit: int = 8) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def point_brushes(y: np.ndarray, task: str, n_classes: int) -> list[Any]:
    if task == "classification":
        palette = [pg.mkBrush(QColor(c)) for c in OKABE_ITO[: max(n_classes, 2)]]
        return [palette[int(c) % len(palette)] for c in np.asarray(y).ravel()]
    values = np.asarray(y, dtype=np.float64).ravel()
    lo, hi = (float(values.min()), float(values.max())) if values.size else (0.0, 1.0)
    scaled = (values - lo) / (hi - lo) if hi > lo else np.full_like(values, 0.5)
    colors = _REGRESSION_MAP.map(scaled, mode="qcolor")
    return [pg.mkBrush(c) for c in colors]


class ImagePreview(pg.GraphicsLayoutWidget):
    """A white view of sample images (one row per class) with the class names on the left."""

    def __init__(self) -> None:
        super().__init__()
        self.setBackground("w")
        self.setMinimumHeight(140)
        self.setToolTip(tr("The first training images of each class, one row per class"))
        self.view: pg.ViewBox = self.addViewBox(lockAspect=True, enableMouse=False)
        self.view.invertY(True)  # first class on top
        self.view.setMenuEnabled(False)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image_item)
        self.class_labels: list[pg.TextItem] = []
        self.preview_indices = np.zeros(0, np.int64)
        """Index into the training images of each preview tile, row by row (-1: blank)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(280, 260)

    def clear(self) -> None:
        """Show nothing (another kind of data, or none)."""
        self.image_item.clear()
        for label in self.class_labels:
            label.setVisible(False)

    def show_dataset(self, ds: Any) -> str:
        """The first PREVIEW_PER_CLASS training images of each class in a row, the class name at its left.

        Returns the caption: how many images of what size, classes and split.
        """
        shown = min(ds.n_classes, PREVIEW_CLASSES)
        per_class = int(min(PREVIEW_PER_CLASS, np.bincount(ds.y_train, minlength=1).max()))
        tiles, self.preview_indices = preview_tiles(ds.x_train, ds.y_train, shown, per_class)
        pad = max(1, tiles.shape[2] // 8)
        picture, layout = compose(tiles, per_class, pad=pad, fill=1.0)
        self.image_item.setImage(picture, autoLevels=False, levels=(0.0, 1.0))
        while len(self.class_labels) < shown:
            label = pg.TextItem(color="#222", anchor=(1, 0.5))
            self.view.addItem(label, ignoreBounds=True)
            self.class_labels.append(label)
        for k, label in enumerate(self.class_labels):
            label.setVisible(k < shown)
            if k < shown:
                row, _ = layout.origin(k * per_class)
                label.setText(short_name(ds.class_names[k] if k < len(ds.class_names) else str(k)))
                label.setPos(-pad, row + layout.tile_h / 2)
        # Room on the left for the class names (about three tile widths at most).
        margin = layout.tile_w * (1.2 if max(len(n) for n in ds.class_names[:shown] or ("0",)) <= 2 else 3.0)
        self.view.setRange(QRectF(-margin, 0, layout.width + margin, layout.height), padding=0.02)
        n_train, n_test = len(ds.x_train), len(ds.x_test)
        values = {
            "images": n_train + n_test,
            "shape": "×".join(map(str, ds.image_shape)),
            "classes": ds.n_classes,
            "shown": shown,
            "train": n_train,
            "test": n_test,
        }
        if shown < ds.n_classes:
            text = tr(
                "{images} images of {shape} · {classes} classes (first {shown} shown) · {train} train / {test} test",
                **values,
            )
        else:
            text = tr("{images} images of {shape} · {classes} classes · {train} train / {test} test", **values)
        return text + (f"\n{ds.source}" if ds.source else "")
