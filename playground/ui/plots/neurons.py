"""Neurons: a small heatmap of every hidden unit's output over the input plane, grouped by layer.

Hovering a small map shows it large beside the grid. The maps share the decision boundary's
colour map, so a unit that already separates the classes looks like a small boundary.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot
from playground.ui.plots.base import LayoutWidget, Panel, PlotWidget, style_plot, text_font
from playground.ui.plots.boundary import grid_rect
from playground.ui.plots.colors import binary_colormap

MAX_LAYERS = 12
MAX_UNITS = 32
COLUMNS = 8
GAP = 0.12
"""Space between tiles, in tile widths."""
LABEL_WIDTH = 2.2
"""Room left of each layer's tiles for its name, in tile widths."""


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
    m = max(float(np.percentile(np.abs(finite), 98)), 1e-6)
    return -m, m


class NeuronPanel(Panel):
    """Tiles of each hidden unit's response; the hovered tile drawn large on the right."""

    title = "Neurons"
    probes = frozenset({"neurons"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles_widget = LayoutWidget()
        self.tiles_view: pg.ViewBox = self.tiles_widget.addViewBox(lockAspect=True, enableMouse=False)
        self.tiles_view.invertY(True)  # first layer at the top
        self.tiles_view.setMenuEnabled(False)
        self.tiles_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.tiles_widget.setToolTip("Each small map is one unit's output over the input plane; hover to enlarge")
        self.highlight = pg.QtWidgets.QGraphicsRectItem()
        self.highlight.setPen(pg.mkPen("#222", width=2.5, cosmetic=True))
        self.highlight.setZValue(10)
        self.highlight.setVisible(False)
        self.tiles_view.addItem(self.highlight, ignoreBounds=True)

        self.large = PlotWidget()
        large_item = self.large.getPlotItem()
        style_plot(large_item, "x₁", "x₂")
        large_item.setAspectLocked(True)
        large_item.setMouseEnabled(False, False)
        self.large_image = pg.ImageItem(axisOrder="col-major")
        self.large_image.setColorMap(binary_colormap())
        large_item.addItem(self.large_image)
        self.large_title = QLabel()
        self.large_title.setFont(text_font(bold=True))
        self.large_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.levels_label = QLabel()
        self.levels_label.setFont(text_font(12))
        self.levels_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.levels_label.setToolTip("The output range the colours span for this layer")

        right = QVBoxLayout()
        right.addWidget(self.large_title)
        right.addWidget(self.large, 1)
        right.addWidget(self.levels_label)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(6, 4, 6, 4)
        self.box.addWidget(self.tiles_widget, 3)
        self.box.addLayout(right, 2)

        self.tiles: list[pg.ImageItem] = []
        self.labels: list[pg.TextItem] = []
        self.tile_keys: list[tuple[str, int]] = []
        """(layer id, unit) of each tile in use, in the order of ``self.tiles``."""
        self.hovered: tuple[str, int] | None = None
        self._layout_key: list[tuple[str, int]] = []
        self._rects: list[QRectF] = []
        self._levels: dict[str, tuple[float, float]] = {}
        self._snapshot: Snapshot | None = None
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
                self.show_hint("Waiting for the neuron maps…")
            return
        self._snapshot = snapshot
        self.hide_hint()
        key = [(nid, min(snapshot.neuron_maps[nid].shape[0], MAX_UNITS)) for nid in layers]
        if key != self._layout_key:
            self._arrange(key, snapshot)
        self._levels = {nid: map_levels(snapshot.neuron_maps[nid][:MAX_UNITS]) for nid in layers}
        for tile, (nid, unit), rect in zip(self.tiles, self.tile_keys, self._rects, strict=False):
            # Maps are (units, rows = y, cols = x); ImageItem wants x first, and y grows downward in
            # this view (first layer on top), so flip the rows to keep the plane's "up" up. The rect
            # goes with every image: ImageItem scales by the image size it has when it gets one.
            tile.setImage(
                snapshot.neuron_maps[nid][unit].T[:, ::-1], autoLevels=False, levels=self._levels[nid], rect=rect
            )
        if self.hovered not in self.tile_keys:
            self.hovered = self.tile_keys[0]
        self._show_large()

    def clear(self) -> None:
        """No run: no tiles, the hint."""
        self._snapshot = None
        self.hovered = None
        self._arrange([], None)
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

    def _arrange(self, key: list[tuple[str, int]], snapshot: Snapshot | None) -> None:
        """Place one tile per unit, layer by layer (only when the design's layers change).

        Tiles and labels are kept in pools and reused, so a reset or a new design adds items only
        when it needs more than any design before.
        """
        self._layout_key = key
        self.tile_keys = [(nid, u) for nid, units in key for u in range(units)]
        while len(self.tiles) < len(self.tile_keys):
            tile = pg.ImageItem(axisOrder="col-major")
            tile.setColorMap(binary_colormap())
            self.tiles_view.addItem(tile)
            self.tiles.append(tile)
        while len(self.labels) < len(key):
            label = pg.TextItem(color="#222", anchor=(1, 0.5))
            label.setFont(text_font(11))
            self.tiles_view.addItem(label)
            self.labels.append(label)
        row = 0.0
        rects = []
        for i, (nid, units) in enumerate(key):
            rows = -(-units // COLUMNS)
            self.labels[i].setText(snapshot.names.get(nid, nid) if snapshot else nid)
            self.labels[i].setPos(-0.25, row + 0.5)
            for u in range(units):
                rects.append(QRectF(u % COLUMNS, row + u // COLUMNS, 1 - GAP, 1 - GAP))
            row += rows + 0.35  # a little extra space between layers
        for tile in self.tiles[: len(rects)]:
            tile.setVisible(True)
        for tile in self.tiles[len(rects) :]:
            tile.clear()
            tile.setVisible(False)
        for i, label in enumerate(self.labels):
            label.setVisible(i < len(key))
        self._rects = rects
        self.highlight.setVisible(False)
        if key:
            self.tiles_view.setRange(QRectF(-LABEL_WIDTH, -0.2, COLUMNS + LABEL_WIDTH + 0.1, row), padding=0)

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
        self.large_image.setImage(image.T, autoLevels=False, levels=self._levels[nid], rect=rect)
        xmin, xmax, ymin, ymax = snapshot.extent
        self.large.getPlotItem().setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)
        self.large_title.setText(f"{snapshot.names.get(nid, nid)} · unit {unit + 1}")
        lo, hi = self._levels[nid]
        self.levels_label.setText(f"colours span {lo:.3g} … {hi:.3g}")
        r = self._rects[self.tile_keys.index(self.hovered)]
        self.highlight.setRect(r.adjusted(-0.04, -0.04, 0.04, 0.04))
        self.highlight.setVisible(True)
