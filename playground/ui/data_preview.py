"""Helpers of the data panel's preview: sample-image tiles and the colours of the points."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from playground.ui.theme import OKABE_ITO, REGRESSION_COLORS

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
