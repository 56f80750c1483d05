"""Arranging many small images (filters, feature maps, digits) into one picture for one ``ImageItem``.

One image item per panel, refilled with ``setImage``, is far cheaper than a widget per tile. Tiles are
laid out row by row; ``tile_at`` turns a click position back into a tile index.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class TileLayout:
    """Where ``count`` tiles of ``tile_h``×``tile_w`` pixels sit in a grid of ``cols`` columns."""

    count: int
    tile_h: int
    tile_w: int
    cols: int
    pad: int = 1

    @property
    def rows(self) -> int:
        return max(1, math.ceil(self.count / max(self.cols, 1)))

    @property
    def height(self) -> int:
        return self.rows * (self.tile_h + self.pad) + self.pad

    @property
    def width(self) -> int:
        return self.cols * (self.tile_w + self.pad) + self.pad

    def origin(self, index: int) -> tuple[int, int]:
        """(row, column) pixel of tile ``index``'s top-left corner in the composed picture."""
        r, c = divmod(index, self.cols)
        return self.pad + r * (self.tile_h + self.pad), self.pad + c * (self.tile_w + self.pad)

    def tile_at(self, row: float, col: float) -> int | None:
        """The tile under pixel (row, col) of the composed picture, or None for padding and empty cells."""
        if row < 0 or col < 0:
            return None
        r, rr = divmod(int(row), self.tile_h + self.pad)
        c, cc = divmod(int(col), self.tile_w + self.pad)
        if rr < self.pad or cc < self.pad or c >= self.cols:
            return None
        index = r * self.cols + c
        return index if index < self.count else None


def grid_columns(count: int, aspect: float = 1.0) -> int:
    """Columns that make ``count`` square tiles fill a box ``aspect`` times as wide as high."""
    if count <= 0:
        return 1
    return max(1, min(count, round(math.sqrt(count * aspect))))


def display_tiles(values: np.ndarray) -> np.ndarray:
    """(n, C, H, W) images → (n, H, W) grey (one channel) or (n, H, W, 3) RGB tiles, clipped to 0..1.

    Clipping keeps shared levels honest: an output of 1.3 is drawn white, like an input of 1.
    Images with another number of channels show their first channel.
    """
    tiles = values.transpose(0, 2, 3, 1) if values.shape[1] == 3 else values[:, 0]
    return np.clip(tiles, 0.0, 1.0).astype(np.float32)


def compose(tiles: np.ndarray, cols: int, pad: int = 1, fill: float = np.nan) -> tuple[np.ndarray, TileLayout]:
    """(n, h, w) or (n, h, w, channels) tiles → one (H, W[, channels]) picture, row-major, ``fill`` between tiles.

    ``NaN`` as the fill lets a colour map draw the gaps in its NaN colour (pyqtgraph: transparent).
    """
    n, h, w = tiles.shape[:3]
    layout = TileLayout(n, h, w, max(1, cols), pad)
    out = np.full((layout.height, layout.width) + tiles.shape[3:], fill, dtype=np.float32)
    for i in range(n):
        r, c = layout.origin(i)
        out[r : r + h, c : c + w] = tiles[i]
    return out, layout


def symmetric_level(values: np.ndarray, percentile: float = 100.0) -> float:
    """The ``percentile`` of |value| (100: the largest), at least a tiny positive number: the ± scale of a
    diverging colour map. Below 100, a few outliers saturate instead of washing out every other value."""
    finite = np.abs(values[np.isfinite(values)])
    level = float(np.percentile(finite, percentile)) if finite.size else 0.0
    return max(level, 1e-12)
