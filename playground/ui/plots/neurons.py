"""Neurons: a small heatmap of every hidden unit's output over the input plane, grouped by layer.

Hovering a small map shows it large beside the grid. The maps share the decision boundary's
colour map, so a unit that already separates the classes looks like a small boundary. All tiles
are coloured in numpy through one lookup table and drawn as a single image: a few dozen image
items, each building its own colour table per frame, cost more than everything else on screen.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import DesignTraits, LayoutWidget, Panel, plane_plot, text_font
from playground.ui.plots.boundary import grid_rect
from playground.ui.plots.colors import binary_colormap

MAX_LAYERS = 12
MAX_UNITS = 32
COLUMNS = 8
GAP = 0.12
"""Space between tiles, in tile widths."""
LABEL_WIDTH = 2.2
"""Room left of each layer's tiles for its name, in tile widths."""
LAYER_GAP = 0.35
"""Extra space between layers, in tile widths."""


def colour_table(colormap: pg.ColorMap) -> np.ndarray:
    """(256, 4) uint8 RGBA lookup table of ``colormap`` (built once, used for every tile)."""
    return np.ascontiguousarray(colormap.getLookupTable(0.0, 1.0, 256, alpha=True), dtype=np.uint8)


def colour_maps(values: np.ndarray, levels: tuple[float, float], table: np.ndarray) -> np.ndarray:
    """Values → RGBA through ``table``, ``levels`` spanning it; NaN gets the middle colour."""
    lo, hi = levels
    scaled = np.subtract(values, lo, dtype=np.float32)
    scaled *= 255.0 / max(hi - lo, 1e-12)
    if not np.isfinite(scaled).all():
        np.nan_to_num(scaled, copy=False, nan=127.5)
    np.clip(scaled, 0, 255, out=scaled)
    # One 32-bit lookup per pixel instead of four byte lookups.
    packed = np.ascontiguousarray(table).view(np.uint32).ravel()
    return packed[scaled.astype(np.uint8, order="C")].view(np.uint8).reshape(*scaled.shape, 4)


def pick_neuron_layers(maps: dict[str, np.ndarray], kinds: dict[str, str]) -> list[str]:
    """Hidden layers to show: Activation outputs when there are any, else every hidden node."""
    ids = list(maps)
    preferred = [nid for nid in ids if kinds.get(nid) == "Activation"]
    return (preferred or ids)[:MAX_LAYERS]


def map_levels(values: np.ndarray) -> tuple[float, float]:
    """Colour levels for one layer: (0, 1) for outputs in [0, 1] (as the boundary), else symmetric around 0.

    The symmetric range ends at the 98th percentile of |value|: a ReLU's few huge outputs in the
    plane's corners would otherwise wash every map out to near white.
    """
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return 0.0, 1.0
    if finite.min() >= 0 and finite.max() <= 1:
        return 0.0, 1.0
    # Every few values are enough for a colour range, and a partition costs a fraction of np.percentile.
    sample = np.abs(finite[:: max(1, finite.size // 8192)])
    k = int(0.98 * (sample.size - 1))
    m = max(float(np.partition(sample, k)[k]), 1e-6)
    return -m, m


class NeuronPanel(Panel):
    """Tiles of each hidden unit's response; the hovered tile drawn large on the right."""

    title = N_("Neurons")
    probes = frozenset({"neurons"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only a 2D classifier or regressor has an input plane to draw over."""
        return traits.on_plane

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles_widget = LayoutWidget()
        self.tiles_view: pg.ViewBox = self.tiles_widget.addViewBox(lockAspect=True, enableMouse=False)
        self.tiles_view.invertY(True)  # first layer at the top
        self.tiles_view.setMenuEnabled(False)
        self.tiles_view.sigResized.connect(self._fit_range)
        self.tiles_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.tiles_widget.setToolTip(tr("Each small map is one unit's output over the input plane; hover to enlarge"))
        self.highlight = pg.QtWidgets.QGraphicsRectItem()
        self.highlight.setPen(pg.mkPen("#222", width=2.5, cosmetic=True))
        self.highlight.setZValue(10)
        self.highlight.setVisible(False)
        self.tiles_view.addItem(self.highlight, ignoreBounds=True)

        self.large = plane_plot()
        large_item = self.large.getPlotItem()
        self.large_image = pg.ImageItem(axisOrder="col-major")
        self.large_image.setColorMap(binary_colormap())
        large_item.addItem(self.large_image)
        self.large_title = QLabel()
        self.large_title.setFont(text_font(bold=True))
        self.large_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.levels_label = QLabel()
        self.levels_label.setFont(text_font(12))
        self.levels_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.levels_label.setToolTip(tr("The output range the colours span for this layer"))

        right = QVBoxLayout()
        right.addWidget(self.large_title)
        right.addWidget(self.large, 1)
        right.addWidget(self.levels_label)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(6, 4, 6, 4)
        self.box.addWidget(self.tiles_widget, 3)
        self.box.addLayout(right, 2)

        self.table = colour_table(binary_colormap())
        self.mosaic = pg.ImageItem(axisOrder="row-major")
        """Every tile in one RGBA image (transparent between tiles)."""
        self.tiles_view.addItem(self.mosaic)
        self._pixels = np.zeros((1, 1, 4), np.uint8)
        self._cell = 1
        self._size = 1
        self._origins: list[tuple[int, int]] = []
        """Top-left pixel of each tile in ``self._pixels``, in the order of ``tile_keys``."""
        self.labels: list[pg.TextItem] = []
        self.tile_keys: list[tuple[str, int]] = []
        """(layer id, unit) of each tile in use, top to bottom, left to right."""
        self.hovered: tuple[str, int] | None = None
        self._layout_key: list[tuple[str, int]] = []
        self._rects: list[QRectF] = []
        self.levels: dict[str, tuple[float, float]] = {}
        """Colour range of each shown layer (``map_levels``)."""
        self._snapshot: Snapshot | None = None
        self._large_extent: tuple[float, float, float, float] | None = None
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The maps cover the snapshot's extent; the points are drawn by the boundary panel."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Set every tile's image (and the large one) from ``snapshot.neuron_maps``."""
        layers = pick_neuron_layers(snapshot.neuron_maps, snapshot.kinds)
        if not layers:
            # Every valid design has a hidden node: the probe was not in this snapshot.
            if not self.tile_keys:
                self.show_hint(tr("Waiting for the neuron maps…"))
            return
        self._snapshot = snapshot
        self.hide_hint()
        key = [(nid, min(snapshot.neuron_maps[nid].shape[0], MAX_UNITS)) for nid in layers]
        size = snapshot.neuron_maps[layers[0]].shape[1]
        if key != self._layout_key or size != self._size:
            self._arrange(key, snapshot, size)
        self.levels = {nid: map_levels(snapshot.neuron_maps[nid][:MAX_UNITS]) for nid in layers}
        origins = iter(self._origins)
        for nid, units in key:
            # Maps are (units, rows = y, cols = x); y grows downward in this view (first layer on
            # top), so flip the rows to keep the plane's "up" up.
            rgba = colour_maps(snapshot.neuron_maps[nid][:units, ::-1, :], self.levels[nid], self.table)
            for unit in range(units):
                x, y = next(origins)
                self._pixels[y : y + size, x : x + size] = rgba[unit]
        self.mosaic.setImage(self._pixels, autoLevels=False)
        if self.hovered not in self.tile_keys:
            self.hovered = self.tile_keys[0]
        self._show_large()

    def clear(self) -> None:
        """No run: no tiles, the hint."""
        self._snapshot = None
        self.hovered = None
        self._arrange([], None, 1)
        self.large_image.clear()
        self.large_title.setText("")
        self.levels_label.setText("")
        self.show_hint()

    # --- layout -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # Both parts want to be square-ish: side by side in a wide dock, stacked in a tall one.
        wide = event.size().width() >= event.size().height()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        super().resizeEvent(event)

    @staticmethod
    def _pad(size: int) -> int:
        """Pixels between two tiles of ``size`` pixels (GAP of a tile's width)."""
        return max(1, round(size * GAP / (1 - GAP)))

    def _arrange(self, key: list[tuple[str, int]], snapshot: Snapshot | None, size: int) -> None:
        """Place one tile per unit, layer by layer (only when the design's layers or the map size change).

        The mosaic's pixels are laid out in cells of ``size`` + gap pixels; one cell is one unit of
        the view, so labels and hover rectangles use tile widths. Labels are pooled and reused.
        """
        self._layout_key = key
        self.tile_keys = [(nid, u) for nid, units in key for u in range(units)]
        self._size = size
        cell = self._cell = size + self._pad(size)
        while len(self.labels) < len(key):
            label = pg.TextItem(color="#222", anchor=(1, 0.5))
            label.setFont(text_font(11))
            self.tiles_view.addItem(label)
            self.labels.append(label)
        top, origins, rects = 0, [], []
        for i, (nid, units) in enumerate(key):
            self.labels[i].full_name = snapshot.names.get(nid, nid) if snapshot else nid
            self.labels[i].setText(self.labels[i].full_name)  # shortened by _fit_range if the view is narrow
            self.labels[i].setPos(-0.25, top / cell + 0.5)
            for u in range(units):
                x, y = (u % COLUMNS) * cell, top + (u // COLUMNS) * cell
                origins.append((x, y))
                rects.append(QRectF(x / cell, y / cell, size / cell, size / cell))
            top += -(-units // COLUMNS) * cell + round(LAYER_GAP * cell)
        for i, label in enumerate(self.labels):
            label.setVisible(i < len(key))
        self._origins, self._rects = origins, rects
        self.highlight.setVisible(False)
        if not key:
            self._pixels = np.zeros((1, 1, 4), np.uint8)
            self.mosaic.clear()
            self.mosaic.setVisible(False)
            return
        height = top - round(LAYER_GAP * cell)
        self._pixels = np.zeros((height, COLUMNS * cell, 4), np.uint8)  # transparent between tiles
        self.mosaic.setVisible(True)
        self.mosaic.setImage(self._pixels, autoLevels=False, rect=QRectF(0, 0, COLUMNS, height / cell))
        self._rows = height / cell
        self._fit_range()

    def _fit_range(self) -> None:
        """Show every tile and leave room left of them for the longest layer name at the view's current size.

        The view keeps its aspect, so a unit (a tile's width) is as many pixels across as down: the names' width
        in units follows from the pixels the tiles get, which in turn is what the names leave of the width.
        """
        if not self._layout_key:
            return
        rows = self._rows + 0.4
        label_units = LABEL_WIDTH
        size = self.tiles_view.rect()
        names = [label for label in self.labels if label.isVisible()]
        if names and size.width() > 0 and size.height() > 0:
            widths = []
            for label in names:  # a name longer than ~40 % of the view is shortened in its middle: "neu…on12"
                metrics = QFontMetricsF(label.textItem.font())
                text = metrics.elidedText(label.full_name, Qt.TextElideMode.ElideMiddle, 0.4 * size.width())
                if label.textItem.toPlainText() != text:
                    label.setText(text)
                widths.append(metrics.horizontalAdvance(text))
            text_px = max(widths) + 12  # the text items' own margins
            scale = min((size.width() - text_px) / (COLUMNS + 0.35), size.height() / rows)  # pixels per unit
            if scale > 0:
                label_units = max(LABEL_WIDTH, text_px / scale + 0.25)  # the names end 0.25 units left of the tiles
        self.tiles_view.setRange(QRectF(-label_units, -0.2, COLUMNS + label_units + 0.1, rows), padding=0)

    def tile_rgba(self, key: tuple[str, int]) -> np.ndarray:
        """The RGBA pixels drawn for tile ``key`` = (layer id, unit), rows top to bottom."""
        x, y = self._origins[self.tile_keys.index(key)]
        return self._pixels[y : y + self._size, x : x + self._size]

    def tile_rect(self, key: tuple[str, int]) -> QRectF:
        """Where tile ``key`` sits in the tiles view (tile widths)."""
        return QRectF(self._rects[self.tile_keys.index(key)])

    # --- hover ------------------------------------------------------------------------------

    def _on_mouse_moved(self, pos: QPointF) -> None:
        point = self.tiles_view.mapSceneToView(pos)
        for key, rect in zip(self.tile_keys, self._rects, strict=False):
            if rect.contains(point):
                if key != self.hovered:
                    self.hovered = key
                    self._show_large()
                return

    def _show_large(self) -> None:
        snapshot = self._snapshot
        if snapshot is None or self.hovered is None:
            return
        nid, unit = self.hovered
        image = snapshot.neuron_maps[nid][unit]
        rect = grid_rect(snapshot.extent, image.shape[0], image.shape[1])
        self.large_image.setImage(image.T, autoLevels=False, levels=self.levels[nid], rect=rect)
        if snapshot.extent != self._large_extent:  # the axes redraw only when the plane changes
            self._large_extent = snapshot.extent
            xmin, xmax, ymin, ymax = snapshot.extent
            self.large.getPlotItem().setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)
        self.large_title.setText(tr("{name} · unit {unit}", name=snapshot.names.get(nid, nid), unit=unit + 1))
        lo, hi = self.levels[nid]
        self.levels_label.setText(tr("colours span {low} … {high}", low=f"{lo:.3g}", high=f"{hi:.3g}"))
        r = self._rects[self.tile_keys.index(self.hovered)]
        self.highlight.setRect(r.adjusted(-0.04, -0.04, 0.04, 0.04))
        self.highlight.setVisible(True)
