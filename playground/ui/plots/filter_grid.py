"""How a convolution layer's kernels are laid out as tiles: orientation, caps, axis ticks and the caption.

Pure numpy (no Qt), so the arrangement can be checked without a window. A first layer (one input
channel) is one tile per filter; a deeper layer is a matrix with a row per output filter and a column
per input channel, turned round (a column per filter) when that draws the tiles larger.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.graph.i18n import tr
from playground.ui.plots.tiles import TileLayout, compose, grid_columns

MAX_FLAT = 64
"""Filters shown for a layer with one input channel (one tile each)."""
MAX_ROWS = 16
"""Output filters shown for a layer with several input channels (one row each)."""
MAX_COLS = 8
"""Input channels shown (one column each)."""


def as_kernels(values: np.ndarray, kind: str) -> np.ndarray:
    """(out, in, kh, kw) kernels: torch stores a ConvTranspose2d's weights as (in, out, kh, kw)."""
    return values.transpose(1, 0, 2, 3) if kind == "ConvTranspose2d" else values


@dataclass(frozen=True)
class FilterGrid:
    """What is drawn of one layer: the tiles' picture, where they sit and how many of each axis are shown."""

    picture: np.ndarray
    layout: TileLayout
    matrix: bool
    """True: a row per output filter and a column per input channel; False: one tile per filter."""
    filters: int
    in_channels: int
    shown_filters: int
    shown_channels: int
    transposed: bool = False
    """A matrix turned round for a wide panel: a column per filter and a row per input channel."""

    def tile_of(self, index: int) -> tuple[int, int]:
        """(filter, input channel), 0-based, of tile ``index``."""
        if not self.matrix:
            return index, 0
        if self.transposed:
            channel, f = divmod(index, self.shown_filters)
            return f, channel
        return divmod(index, self.shown_channels)

    def index_of(self, f: int, channel: int) -> int:
        """The tile index of filter ``f``'s kernel for input ``channel`` (0-based)."""
        if not self.matrix:
            return f
        return channel * self.shown_filters + f if self.transposed else f * self.shown_channels + channel

    def kernel(self, f: int, channel: int) -> np.ndarray:
        """The drawn values of filter ``f``'s kernel for input ``channel``."""
        r, c = self.layout.origin(self.index_of(f, channel))
        return self.picture[r : r + self.layout.tile_h, c : c + self.layout.tile_w]

    def caption(self) -> str:
        """How many filters are on show, and of what size."""
        size = f"{self.layout.tile_h}×{self.layout.tile_w}"
        if self.shown_filters < self.filters:
            filters = tr("showing {shown} of {total} filters", shown=self.shown_filters, total=self.filters)
        elif self.filters == 1:
            filters = tr("{count} filter", count=self.filters)
        else:
            filters = tr("{count} filters", count=self.filters)
        if not self.matrix:
            return tr("{filters}, {size}", filters=filters, size=size)
        if self.shown_channels < self.in_channels:
            channels = tr("{shown} of {total} inputs", shown=self.shown_channels, total=self.in_channels)
        else:
            channels = tr("{count} inputs", count=self.in_channels)
        return tr("{filters} × {channels}, {size}", filters=filters, channels=channels, size=size)


def arrange_filters(kernels: np.ndarray, aspect: float) -> FilterGrid:
    """Compose (out, in, kh, kw) ``kernels`` into one picture filling a box ``aspect`` times as wide as high."""
    out_ch, in_ch, kh, kw = kernels.shape
    if in_ch == 1:
        shown = min(out_ch, MAX_FLAT)
        picture, layout = compose(kernels[:shown, 0], grid_columns(shown, aspect * kh / kw))
        return FilterGrid(picture, layout, False, out_ch, in_ch, shown, 1)
    rows, cols = min(out_ch, MAX_ROWS), min(in_ch, MAX_COLS)
    shown = kernels[:rows, :cols]
    # Filters down the side fit a tall panel; a wide one gets larger tiles with the filters across.
    box = aspect * kh / kw
    transposed = min(box / rows, 1 / cols) > min(box / cols, 1 / rows)
    if transposed:
        picture, layout = compose(shown.transpose(1, 0, 2, 3).reshape(rows * cols, kh, kw), rows)
    else:
        picture, layout = compose(shown.reshape(rows * cols, kh, kw), cols)
    return FilterGrid(picture, layout, True, out_ch, in_ch, rows, cols, transposed)


def index_ticks(count: int, centre: float, step: float, names: list[str] | None = None) -> list[tuple[float, str]]:
    """Axis ticks at the centres of ``count`` tiles: 1-based numbers, thinned so that they do not crowd."""
    stride = 1 if count <= 8 else 4
    picks = [i for i in range(count) if i == 0 or (i + 1) % stride == 0]
    return [(centre + i * step, names[i] if names else str(i + 1)) for i in picks]
