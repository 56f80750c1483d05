"""Latent space: where an autoencoder puts each test image in its code, and what it draws back from the plane.

Left, the codes of the test samples coloured by class (the two units themselves, or their first two
principal components for wider codes). Right, for a two-unit code, the decoder's output over a grid of
the plane ("walking the latent plane"), on the same axes: the digit drawn at a point is the one the
decoder makes of that code.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import LatentView, Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import (
    LABEL_PT,
    TEXT_COLOR,
    DesignTraits,
    Panel,
    PlotWidget,
    stable_range,
    style_plot,
    swatch,
    text_font,
)
from playground.ui.plots.colors import class_color
from playground.ui.plots.tiles import TileLayout, compose, display_tiles

POINT_SIZE = 7
UNLABELLED = "#8C8C8C"
AXIS_LABELS = {"code": ("z₁", "z₂"), "pca": (N_("PC 1"), N_("PC 2")), "line": ("z₁", N_("class"))}


def walk_rect(extent: tuple[float, float, float, float], layout: TileLayout) -> QRectF:
    """The rectangle of the composed walk picture that puts each tile's centre on the code it decodes.

    Tile (row, col) decodes the grid point (``linspace(xmin, xmax, g)[col]``, ``linspace(ymin, ymax, g)[row]``);
    one pitch (tile plus gap) of the picture spans one grid step of the plane.
    """
    xmin, xmax, ymin, ymax = extent
    g_x, g_y = layout.cols, layout.rows
    dx = (xmax - xmin) / (g_x - 1) if g_x > 1 and xmax > xmin else 1.0
    dy = (ymax - ymin) / (g_y - 1) if g_y > 1 and ymax > ymin else 1.0
    ux, uy = dx / (layout.tile_w + layout.pad), dy / (layout.tile_h + layout.pad)
    left = xmin - (layout.pad + layout.tile_w / 2) * ux
    bottom = ymin - (layout.pad + layout.tile_h / 2) * uy
    return QRectF(left, bottom, layout.width * ux, layout.height * uy)


def walk_picture(walk: np.ndarray) -> tuple[np.ndarray, TileLayout]:
    """(g, g, C, H, W) decodings, row 0 at the lowest code → a picture for a y-up plot, and its layout.

    Composed top row first (the highest code 2), then flipped: the plot puts array row 0 at the bottom.
    """
    g_y, g_x = walk.shape[:2]
    tiles = display_tiles(walk[::-1].reshape(g_y * g_x, *walk.shape[2:]))
    picture, layout = compose(tiles, g_x)
    return np.ascontiguousarray(picture[::-1]), layout


class LatentPanel(Panel):
    """Scatter of the test codes by class; beside it the decoder's pictures over the latent plane."""

    title = N_("Latent space")
    probes = frozenset({"latent"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Autoencoders with a Latent layer marking their code."""
        return traits.task == "reconstruction" and "Latent" in traits.kinds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = QLabel()
        self.legend.setFont(text_font())
        self.legend.setWordWrap(True)
        self.legend.setToolTip(tr("The colour of each class; every dot is one test sample"))
        self.walk_toggle = QCheckBox(tr("Decoded grid"))
        self.walk_toggle.setFont(text_font())
        self.walk_toggle.setChecked(True)
        self.walk_toggle.setToolTip(
            tr(
                "Show what the decoder draws at each point of a grid over the latent plane "
                "(for a code of two units that the decoder reads alone)"
            )
        )
        self.walk_toggle.toggled.connect(self._on_walk_toggled)

        self.scatter_plot = PlotWidget()
        item = self.scatter_plot.getPlotItem()
        style_plot(item, *AXIS_LABELS["code"], minor_labels=False)
        item.setMouseEnabled(False, False)
        self.points = pg.ScatterPlotItem(size=POINT_SIZE, pxMode=True, pen=pg.mkPen(255, 255, 255, 200, width=0.8))
        item.addItem(self.points)
        self.scatter_plot.setToolTip(tr("The code of each test sample, coloured by its class"))

        self.walk_plot = PlotWidget()
        walk_item = self.walk_plot.getPlotItem()
        style_plot(walk_item, *AXIS_LABELS["code"], minor_labels=False)
        walk_item.setMouseEnabled(False, False)
        # Same axes as the scatter: a digit here sits where its code sits there.
        walk_item.setXLink(item)
        walk_item.setYLink(item)
        self.walk_image = pg.ImageItem(axisOrder="row-major")
        walk_item.addItem(self.walk_image)
        self.walk_plot.setToolTip(tr("Each small picture is the decoder's output for the code at its centre"))

        self.caption = QLabel()
        self.caption.setFont(text_font(12))
        self.caption.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        top.addWidget(self.walk_toggle)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.box.addWidget(self.scatter_plot, 1)
        self.box.addWidget(self.walk_plot, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addLayout(self.box, 1)
        layout.addWidget(self.caption)

        self.dataset: Dataset | None = None
        self._palette = np.array([], dtype=object)
        self._labels: np.ndarray | None = None
        self._brushes: np.ndarray | None = None
        self._method = "code"
        self._ranges: list[tuple[float, float] | None] = [None, None]
        self._view: LatentView | None = None
        self.walk_rect: QRectF | None = None
        """Where the decoded grid is drawn, in code coordinates (None while it is not shown)."""
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """One brush per class (made once per dataset) and the legend with the class names."""
        self.dataset = dataset
        names = self._class_names()
        self._palette = np.array([pg.mkBrush(class_color(k)) for k in range(len(names))] + [pg.mkBrush(UNLABELLED)])
        self._labels = self._brushes = None
        self.legend.setText(" &nbsp; ".join(swatch(class_color(k), name) for k, name in enumerate(names)))
        if self._method == "line":
            self._set_method_axes("line")  # the lanes are named after the classes

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot.latent`` (only setters on the items made in ``__init__``)."""
        view = snapshot.latent
        if view is None:
            if self._view is None:  # the probe was not part of this snapshot: the next one has it
                self.show_hint(tr("Waiting for the latent codes…"))
            return
        self._view = view
        self.hide_hint()
        if view.method != self._method:
            self._set_method_axes(view.method)
        x = view.codes[:, 0]
        y = self._lanes(view.labels) if view.method == "line" else view.codes[:, 1]
        self.points.setData(x, y, brush=self._brushes_for(view.labels))
        self._draw_walk(view)
        self._frame(x, y, view)
        self.caption.setText(self._caption_text(view, snapshot.names.get(view.node, view.node)))

    def clear(self) -> None:
        """No run: no points, no grid, the hint."""
        self._view = None
        self._ranges = [None, None]
        self.points.setData([], [])
        self.walk_image.clear()
        self.walk_rect = None
        self.walk_plot.setVisible(False)
        self.walk_toggle.setEnabled(False)
        self.caption.setText("")
        self.show_hint()

    # --- layout -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # The two plots want to be square-ish: side by side in a wide dock, stacked in a tall one.
        wide = event.size().width() >= 0.9 * event.size().height()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        super().resizeEvent(event)

    # --- drawing ----------------------------------------------------------------------------

    def _class_names(self) -> list[str]:
        dataset = self.dataset
        if dataset is None:
            return []
        if dataset.class_names:
            return list(dataset.class_names)
        return [tr("class {k}", k=k) for k in range(dataset.n_classes)]

    def _brushes_for(self, labels: np.ndarray) -> np.ndarray:
        """A brush per point, reused while the labels stay the same (the test set does not change in a run)."""
        if self._brushes is not None and self._labels is not None and np.array_equal(labels, self._labels):
            return self._brushes
        top = int(labels.max()) + 1 if labels.size else 0
        if len(self._palette) - 1 < top:  # no dataset told the classes: colour the ones seen
            self._palette = np.array([pg.mkBrush(class_color(k)) for k in range(top)] + [pg.mkBrush(UNLABELLED)])
        index = np.where(labels >= 0, labels, len(self._palette) - 1)
        self._labels, self._brushes = labels.copy(), self._palette[index]
        return self._brushes

    @staticmethod
    def _lanes(labels: np.ndarray) -> np.ndarray:
        """One horizontal lane per class for a one-unit code (unlabelled samples on lane 0)."""
        return np.maximum(labels, 0).astype(np.float32)

    def _set_method_axes(self, method: str) -> None:
        self._method = method
        self._ranges = [None, None]
        x_label, y_label = AXIS_LABELS.get(method, AXIS_LABELS["code"])
        style = {"color": TEXT_COLOR, "font-size": f"{LABEL_PT}pt"}
        for plot in (self.scatter_plot, self.walk_plot):
            plot.getPlotItem().setLabel("bottom", tr(x_label), **style)
            plot.getPlotItem().setLabel("left", tr(y_label), **style)
        left = self.scatter_plot.getPlotItem().getAxis("left")
        if method == "line":
            names = self._class_names() or [tr("all")]
            left.setTicks([[(float(k), name) for k, name in enumerate(names)]])
        else:
            left.setTicks(None)

    def _draw_walk(self, view: LatentView) -> None:
        # Only images can be drawn as tiles: the decodings of a point autoencoder are short vectors.
        has_walk = view.walk is not None and view.walk.ndim == 5 and view.walk.size > 0
        self.walk_toggle.setEnabled(has_walk)
        shown = has_walk and self.walk_toggle.isChecked()
        self.walk_plot.setVisible(shown)
        self.walk_rect = None
        if not shown:
            return
        picture, layout = walk_picture(view.walk)
        self.walk_rect = walk_rect(view.walk_extent, layout)
        self.walk_image.setImage(picture, levels=(0.0, 1.0), autoLevels=False, rect=self.walk_rect)

    def _frame(self, x: np.ndarray, y: np.ndarray, view: LatentView) -> None:
        """Widen or narrow the (linked) axes only when the codes leave them or shrink well inside."""
        item = self.scatter_plot.getPlotItem()
        spans = [[x], [y]]
        rect = self.walk_rect
        if rect is not None:
            spans[0].append(np.array([rect.left(), rect.right()]))
            spans[1].append(np.array([rect.top(), rect.bottom()]))
        for axis, parts in enumerate(spans):
            values = np.concatenate(parts)
            values = values[np.isfinite(values)]
            if values.size == 0:
                continue
            lo, hi = float(values.min()), float(values.max())
            if view.method == "line" and axis == 1:
                lo, hi = lo - 0.4, hi + 0.4
            new = stable_range(self._ranges[axis], lo, hi)
            if new is not None:
                self._ranges[axis] = new
                item.setXRange(*new, padding=0) if axis == 0 else item.setYRange(*new, padding=0)

    def _caption_text(self, view: LatentView, name: str) -> str:
        n = len(view.codes)
        if view.method == "pca":
            return tr(
                "PCA projection of the {units} units of {layer} (first two components) · {n} test samples",
                units=view.units,
                layer=name,
                n=n,
            )
        if view.method == "line":
            return tr("The single unit of {layer}, one row per class · {n} test samples", layer=name, n=n)
        return tr("The 2 units of {layer} · {n} test samples", layer=name, n=n)

    def _on_walk_toggled(self) -> None:
        if self._view is not None:
            self._draw_walk(self._view)
            self._ranges = [None, None]  # the grid's own extent no longer counts (or counts again)
            x = self._view.codes[:, 0]
            y = self._lanes(self._view.labels) if self._view.method == "line" else self._view.codes[:, 1]
            self._frame(x, y, self._view)
