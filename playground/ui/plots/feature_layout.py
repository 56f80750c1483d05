"""Where the feature maps panel puts its tiles: gaps, columns and tile size for a box, block sizes.

Plain arithmetic in tile units (one unit = one tile's edge), no Qt: the panel measures its labels and
its size, these functions decide the grid.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

GAP = 0.12
"""Space between tiles, in tile widths."""
LAYER_GAP = 0.45
"""Extra space between layers, in tile widths."""
MARGIN = 0.3
"""Room around the tiles, in tile widths."""


@dataclass(frozen=True)
class LayerPlace:
    """Where one layer's channels sit in the view (one unit = one tile) and how they are composed."""

    nid: str
    channels: int
    cols: int
    pad: int
    """Pixels of the layer's own maps between two tiles."""
    top: float
    height: float
    """Height of the layer's block in units (at least its label's height)."""


def layer_gap(h: int, w: int) -> tuple[int, float]:
    """(pixels, tile widths) between two tiles of an h×w map: about GAP, at least one pixel."""
    edge = max(h, w)
    pad = max(1, round(edge * GAP))
    return pad, pad / edge


def tiles_width(channels: int, cols: int, gap: float) -> float:
    """Width in units of ``channels`` tiles wrapped at ``cols`` columns, ``gap`` units apart."""
    return min(cols, channels) * (1 + gap) - gap


def tiles_height(channels: int, cols: int, gap: float) -> float:
    """Height in units of ``channels`` tiles wrapped at ``cols`` columns, ``gap`` units apart."""
    return math.ceil(channels / cols) * (1 + gap) - gap


def fit_tiles(
    layers: list[tuple[int, float]], width: float, height: float, label_w: float, label_h: float
) -> tuple[int, float]:
    """(columns, tile edge in pixels) giving the largest tiles for ``layers`` of (channels, gap) in a box.

    Every layer wraps at the same number of columns; a layer's block is at least ``label_h`` pixels
    high (its label sits beside it, ``label_w`` pixels wide), layers are LAYER_GAP tiles apart and MARGIN
    tiles are left around them.
    """
    widest = max((c for c, _ in layers), default=1)
    best = (1, 0.0)
    for cols in range(1, widest + 1):
        units_w = max(tiles_width(c, cols, g) for c, g in layers) + 2 * MARGIN
        rows = [tiles_height(c, cols, g) for c, g in layers]

        def needed(t: float, rows: list[float] = rows) -> float:
            return sum(max(r * t, label_h) for r in rows) + ((len(rows) - 1) * LAYER_GAP + 2 * MARGIN) * t

        lo, hi = 0.0, max((width - label_w) / units_w, 0.0)
        if needed(hi) <= height:
            lo = hi
        else:
            for _ in range(30):  # bisection: ``needed`` grows with t
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if needed(mid) <= height else (lo, mid)
        if lo > best[1] * 1.01:  # fewer columns unless more give clearly larger tiles
            best = (cols, lo)
    return best
