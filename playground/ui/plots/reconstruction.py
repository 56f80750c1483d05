"""Reconstructions: an autoencoder's test images beside what it received and what it drew back.

Each sample is one column: its clean input on top, the corrupted copy the network saw (denoising
autoencoders only) and the reconstruction below. All rows share the grey levels 0..1, so a paler or
blurrier reconstruction really is paler or blurrier. Many samples wrap into bands of rows, as many
columns per band as draws the tiles largest in the panel. Autoencoders of 2D points have no images:
their inputs and reconstructions are drawn as points in the plane, joined by lines.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import ReconstructionView, Snapshot
from playground.graph.settings import FEATURES
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import (
    LABEL_PT,
    TEXT_COLOR,
    DesignTraits,
    LayoutWidget,
    Panel,
    PlotWidget,
    stable_range,
    style_plot,
    swatch,
    text_font,
)
from playground.ui.plots.tiles import TileLayout, compose, display_tiles

ROW_NAMES = (N_("input"), N_("corrupted"), N_("reconstruction"))
MAX_SAMPLES = 32
"""At most this many samples are drawn (the probe sends the first test samples)."""
BAND_GAP = 0.5
"""Space between two bands of rows, in tile heights."""
LABEL_GAP_PX = 8
INPUT_COLOR = "#555555"
OUTPUT_COLOR = "#E69F00"


def band_shape(n: int, cols: int, rows: int, tile_h: int, tile_w: int) -> tuple[int, int]:
    """(height, width) in pixels of ``n`` samples in bands of ``cols`` columns and ``rows`` rows of tiles."""
    bands = math.ceil(n / cols)
    layout = TileLayout(rows * cols, tile_h, tile_w, cols)
    gap = max(1, round(BAND_GAP * tile_h))
    return bands * layout.height + (bands - 1) * gap, layout.width


def best_columns(n: int, rows: int, tile_h: int, tile_w: int, width: float, height: float) -> int:
    """The samples per band that draw the tiles largest in a ``width``×``height`` pixel box.

    Bands are filled evenly (16 samples in two bands: 8 and 8, not 15 and 1); a tie keeps fewer bands.
    """
    best, best_scale = n, -1.0
    for bands in range(1, n + 1):
        cols = math.ceil(n / bands)
        if math.ceil(n / cols) != bands:
            continue  # this many bands cannot all be used
        h, w = band_shape(n, cols, rows, tile_h, tile_w)
        scale = min(width / w, height / h)
        if scale > best_scale * 1.001:
            best, best_scale = cols, scale
    return best


def compose_bands(rows: list[np.ndarray], cols: int) -> tuple[np.ndarray, list[float]]:
    """Rows of (n, h, w[, 3]) tiles → one picture in bands, and the pixel row at the middle of each row of tiles.

    Band ``b`` holds samples ``b*cols`` … ``b*cols + cols - 1``, one row of tiles per entry of ``rows``;
    missing samples in the last band and the gaps are NaN (transparent).
    """
    n, h = rows[0].shape[0], rows[0].shape[1]
    k = len(rows)
    gap = max(1, round(BAND_GAP * h))
    parts: list[np.ndarray] = []
    centres: list[float] = []
    top = 0
    for start in range(0, n, cols):
        tiles = np.full((k * cols, *rows[0].shape[1:]), np.nan, np.float32)
        for r, row in enumerate(rows):
            chunk = row[start : start + cols]
            tiles[r * cols : r * cols + len(chunk)] = chunk
        picture, layout = compose(tiles, cols)
        if parts:
            parts.append(np.full((gap, *picture.shape[1:]), np.nan, np.float32))
            top += gap
        centres += [top + layout.origin(r * cols)[0] + h / 2 for r in range(k)]
        parts.append(picture)
        top += picture.shape[0]
    return np.concatenate(parts), centres


class ReconstructionPanel(Panel):
    """Test images, their corrupted copies and the reconstructions, with the test error in the caption."""

    title = N_("Reconstructions")
    probes = frozenset({"reconstruction"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only autoencoders reconstruct their input."""
        return traits.task == "reconstruction"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setFont(text_font(bold=True))
        self.caption.setWordWrap(True)
        self.caption.setToolTip(
            tr("Mean squared difference between the test inputs and their reconstructions, over the whole test set")
        )

        self.tiles_widget = LayoutWidget()
        self.view: pg.ViewBox = self.tiles_widget.addViewBox(lockAspect=True, enableMouse=False)
        self.view.invertY(True)  # the first band at the top, images upright
        self.view.setMenuEnabled(False)
        self.view.sigResized.connect(self._fit)
        self.tiles_widget.setToolTip(
            tr(
                "One column per test image: the input, what the network received (denoising only) and its "
                "reconstruction. Every row uses the same grey levels, 0 black to 1 white."
            )
        )
        self.image = pg.ImageItem(axisOrder="row-major")
        self.view.addItem(self.image)
        self.row_labels: list[pg.TextItem] = []
        self._label_metrics = QFontMetrics(text_font(LABEL_PT))

        # Autoencoders of points: inputs and reconstructions in the plane of the first two features.
        self.vectors = PlotWidget()
        item = self.vectors.getPlotItem()
        style_plot(item, "x₁", "x₂", minor_labels=False)
        item.setAspectLocked(True)  # the features share units, as on the decision boundary
        item.setMouseEnabled(False, False)
        self.links = pg.PlotDataItem(pen=pg.mkPen("#999999", width=1.2), connect="pairs")
        self.input_points = pg.ScatterPlotItem(size=8, brush=pg.mkBrush(INPUT_COLOR), pen=pg.mkPen("w"))
        self.output_points = pg.ScatterPlotItem(
            size=9, brush=pg.mkBrush(255, 255, 255, 200), pen=pg.mkPen(OUTPUT_COLOR, width=2.2)
        )
        for it in (self.links, self.input_points, self.output_points):
            item.addItem(it)
        self.vectors.setToolTip(tr("Filled dots: test inputs; rings: their reconstructions; a line joins each pair"))
        self.legend = QLabel(
            f"{swatch(INPUT_COLOR, tr('input'))} &nbsp; "
            f"<span style='color:{OUTPUT_COLOR}'>○</span>&nbsp;{tr('reconstruction')}"
        )
        self.legend.setFont(text_font())
        self.legend.setToolTip(tr("A line joins each test point to its reconstruction"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.legend)
        layout.addWidget(self.tiles_widget, 1)
        layout.addWidget(self.vectors, 1)

        self.dataset: Dataset | None = None
        self.row_names: list[str] = []
        """The captions of the rows of tiles in use, top to bottom, band after band."""
        self.columns = 0
        """Samples per band."""
        self.samples = 0
        """Samples drawn."""
        self.tile_shape = (0, 0)
        """(height, width) of one tile in pixels of the picture."""
        self._rows: list[np.ndarray] = []
        self._names: list[str] = []
        self._fitted: tuple | None = None
        self._ranges: list[tuple[float, float] | None] = [None, None]
        self._drawn = False
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Remember the feature names (axis labels of point autoencoders)."""
        self.dataset = dataset
        names = [tr(FEATURES.get(f, f)) for f in dataset.features] if dataset is not None else []
        item = self.vectors.getPlotItem()
        style = {"color": TEXT_COLOR, "font-size": f"{LABEL_PT}pt"}
        item.setLabel("bottom", names[0] if names else "x₁", **style)
        item.setLabel("left", names[1] if len(names) > 1 else "", **style)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot.reconstruction`` (only setters on the items made in ``__init__``)."""
        view = snapshot.reconstruction
        if view is None or len(view.inputs) == 0:
            if not self._drawn:  # the probe was not part of this snapshot: the next one has it
                self.show_hint(tr("Waiting for the reconstructions…"))
            return
        self._drawn = True
        self.hide_hint()
        count = min(len(view.inputs), MAX_SAMPLES)
        images = view.inputs.ndim == 4
        self.tiles_widget.setVisible(images)
        self.vectors.setVisible(not images)
        self.legend.setVisible(not images)
        if images:
            self._draw_images(view, count)
        else:
            self._draw_vectors(view, count)
        error = f"{view.error:.4g}"
        features = int(np.prod(view.inputs.shape[1:]))
        if not images and features > 2:
            caption = tr(
                "Reconstruction error (test MSE): {error} · first 2 of {features} features shown",
                error=error,
                features=features,
            )
        else:
            caption = tr("Reconstruction error (test MSE): {error}", error=error)
        self.caption.setText(caption)

    def clear(self) -> None:
        """No run: no tiles, no points, the hint."""
        self._drawn = False
        self._rows = []
        self._names = []
        self.row_names = []
        self.columns = self.samples = 0
        self.tile_shape = (0, 0)
        self._fitted = None
        self._ranges = [None, None]
        self.image.clear()
        for label in self.row_labels:
            label.setVisible(False)
        for it in (self.input_points, self.output_points, self.links):
            it.setData([], [])
        self.caption.setText("")
        self.tiles_widget.setVisible(True)
        self.vectors.setVisible(False)
        self.legend.setVisible(False)
        self.show_hint()

    # --- images -----------------------------------------------------------------------------

    def _draw_images(self, view: ReconstructionView, count: int) -> None:
        inputs = view.inputs[:count]
        rows = [display_tiles(inputs)]
        names = [tr(ROW_NAMES[0])]
        if not np.array_equal(view.corrupted[:count], inputs):
            rows.append(display_tiles(view.corrupted[:count].reshape(inputs.shape)))
            names.append(tr(ROW_NAMES[1]))
        rows.append(display_tiles(view.outputs[:count].reshape(inputs.shape)))
        names.append(tr(ROW_NAMES[2]))
        self._rows, self._names = rows, names
        self._fit()

    def _fit(self, *_args: object) -> None:
        """Pick the columns per band for the view's size, draw the tiles, and frame them with room for captions.

        The range changes only with the view's size or the layout, so the picture never jitters.
        """
        if not self._rows:
            return
        n, h, w = self._rows[0].shape[:3]
        k = len(self._rows)
        self.samples, self.tile_shape = n, (h, w)
        label_px = max(self._label_metrics.horizontalAdvance(name) for name in self._names) + 2 * LABEL_GAP_PX
        size = self.view.width(), self.view.height()
        if size[0] <= label_px or size[1] <= 0:
            size = (420.0, 280.0)  # not laid out yet: a typical dock; the resize fits it again
        cols = best_columns(n, k, h, w, size[0] - label_px, size[1])
        picture, centres = compose_bands(self._rows, cols)
        self.image.setImage(picture, levels=(0.0, 1.0), autoLevels=False)
        key = (size, cols, picture.shape[:2], tuple(self._names))
        if key == self._fitted:
            return
        self._fitted = key
        self.columns = cols
        self.row_names = self._names * (len(centres) // k)
        scale = min((size[0] - label_px) / picture.shape[1], size[1] / picture.shape[0])
        while len(self.row_labels) < len(centres):
            label = pg.TextItem(color=TEXT_COLOR, anchor=(1, 0.5))
            label.setFont(text_font(LABEL_PT))
            self.view.addItem(label, ignoreBounds=True)
            self.row_labels.append(label)
        for i, label in enumerate(self.row_labels):
            label.setVisible(i < len(centres))
            if i < len(centres):
                label.setText(self.row_names[i])
                label.setPos(-LABEL_GAP_PX / scale, centres[i])
        left = label_px / scale
        self.view.setRange(QRectF(-left, 0, picture.shape[1] + left, picture.shape[0]), padding=0)

    # --- vectors (autoencoders of points) --------------------------------------------------------

    def _draw_vectors(self, view: ReconstructionView, count: int) -> None:
        inputs = view.inputs[:count].reshape(count, -1)
        outputs = view.outputs[:count].reshape(count, -1)
        self.row_names = []

        def plane(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            y = values[:, 1] if values.shape[1] > 1 else np.zeros(len(values), np.float32)
            return values[:, 0], y

        (xi, yi), (xo, yo) = plane(inputs), plane(outputs)
        self.input_points.setData(xi, yi)
        self.output_points.setData(xo, yo)
        self.links.setData(np.column_stack([xi, xo]).ravel(), np.column_stack([yi, yo]).ravel())
        item = self.vectors.getPlotItem()
        for axis, values in enumerate((np.concatenate([xi, xo]), np.concatenate([yi, yo]))):
            finite = values[np.isfinite(values)]
            if finite.size == 0:
                continue
            new = stable_range(self._ranges[axis], float(finite.min()), float(finite.max()))
            if new is not None:
                self._ranges[axis] = new
                item.setXRange(*new, padding=0) if axis == 0 else item.setYRange(*new, padding=0)
