"""The variant grid: one cell per variant of a comparison, arranged by the variants' row and column labels.

Each cell shows the variant's decision boundary as a thumbnail (2D point data; coloured as the boundary panel
colours it), its test accuracy (or test loss), and under the thumbnail a strip of bars, one per trainable
layer from input to output, whose heights are the log10 gradient norms on a scale shared by all cells and
whose colours say vanishing / healthy / exploding. Laid out like a lecture figure: hidden units across,
hidden layers down.
"""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import ComparisonView, Snapshot
from playground.graph.variants import MAX_VARIANTS
from playground.ui.i18n import N_, number, tr
from playground.ui.plots.base import DesignTraits, Panel, PlotWidget, swatch, text_font
from playground.ui.plots.colors import NEUTRAL, class_color, class_rgba, pale, regression_colormap, state_color
from playground.ui.plots.gradients import STATES, layer_states
from playground.ui.theme import ERROR_COLOR

PITCH_X, PITCH_Y = 1.08, 1.36
"""Distance between cells in plot units: a thumbnail is 1 × 1 (its caption on it), the gradient strip under it."""
STRIP_H, STRIP_GAP = 0.24, 0.03
CAPTION_PT = 12
HEADER_PT = 13
POINT_PX = 2
MAX_POINTS_PER_CELL = 150
THUMBNAIL_MAP = pg.ColorMap(
    [0.0, 0.5, 1.0], [pale(class_color(0), 0.2), pg.mkColor(NEUTRAL), pale(class_color(1), 0.2)]
)
"""P(class 1) in a thumbnail: the boundary panel's colours, stronger, so a small picture still shows the regions."""
NO_BARS = {"x": [], "height": [], "y0": [], "width": [], "brushes": []}
"""An empty bar strip: every per-bar list emptied together (pyqtgraph broadcasts them against each other)."""


def grid_cells(
    labels: list[str], rows: list[str], cols: list[str]
) -> tuple[list[tuple[int, int]], list[str], list[str]]:
    """(row, column) of each variant, and the row and column headers.

    When every variant names a row and a column, the cells follow those labels in order of first appearance
    (headers are the labels); otherwise the variants fill a near-square grid in order (no headers).
    """
    if labels and all(rows) and all(cols) and len(rows) == len(cols) == len(labels):
        row_names = list(dict.fromkeys(rows))
        col_names = list(dict.fromkeys(cols))
        cells = [(row_names.index(r), col_names.index(c)) for r, c in zip(rows, cols, strict=True)]
        if len(set(cells)) == len(cells):  # two variants in one cell: fall back to the plain grid
            return cells, row_names, col_names
    n_cols = max(1, math.ceil(math.sqrt(len(labels))))
    return [divmod(i, n_cols) for i in range(len(labels))], [], []


def thumbnail_rgba(boundary: np.ndarray, task: str, value_range: tuple[float, float]) -> np.ndarray:
    """A boundary grid (n, n) or (n, n, k) → (n, n, 4) uint8 in the boundary panel's colours (row 0 at y min)."""
    if boundary.ndim == 3:
        return class_rgba(boundary, discrete=False)
    if task == "regression":
        lo, hi = value_range
        scaled = np.clip((boundary - lo) / (hi - lo if hi > lo else 1.0), 0.0, 1.0)
        return regression_colormap().map(scaled, mode="byte")
    return THUMBNAIL_MAP.map(np.clip(boundary, 0.0, 1.0), mode="byte")


class VariantGridPanel(Panel):
    """Every variant's boundary, score and gradient strip in a grid of cells (row/column labels as headers)."""

    title = N_("Comparison: variants")
    probes = frozenset({"boundary", "grad_norms"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only a comparison (the project has variants)."""
        return traits.variants > 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = PlotWidget()
        item = self.plot.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setAspectLocked(True)
        item.setMouseEnabled(False, False)
        self.images = [pg.ImageItem(axisOrder="col-major") for _ in range(MAX_VARIANTS)]
        self.captions = [
            pg.TextItem(anchor=(0, 0), color="#222", fill=pg.mkBrush(255, 255, 255, 205)) for _ in range(MAX_VARIANTS)
        ]
        self.row_headers = [pg.TextItem(anchor=(1, 0.5), color="#222") for _ in range(MAX_VARIANTS)]
        self.col_headers = [pg.TextItem(anchor=(0.5, 1), color="#222") for _ in range(MAX_VARIANTS)]
        self.bars = pg.BarGraphItem(**NO_BARS)
        self.points = pg.ScatterPlotItem(size=POINT_PX, pxMode=True, pen=None)
        for image in self.images:
            item.addItem(image)
        for text in self.captions:
            text.setFont(text_font(CAPTION_PT))
        for text in (*self.row_headers, *self.col_headers):
            text.setFont(text_font(HEADER_PT, bold=True))
        for it in (self.points, self.bars, *self.captions, *self.row_headers, *self.col_headers):
            item.addItem(it)
        self.points.setZValue(5)
        for text in self.captions:
            text.setZValue(10)  # over the points of its thumbnail
        item.getViewBox().sigResized.connect(self._wrap_captions)

        self.legend = QLabel()
        self.legend.setFont(text_font())
        self.legend.setWordWrap(True)
        self.legend.setToolTip(
            tr(
                "Each cell: a variant's decision boundary, its test score, and its gradient norms per layer "
                "(input on the left; bar height: log10 of the norm, the same scale in every cell)"
            )
        )
        self.legend.setText(
            tr("Cells: test accuracy (regression: test loss). Gradient bars:")
            + " "
            + " &nbsp; ".join(swatch(state_color(s), tr(label)) for s, label in zip(STATES, _STATE_LABELS, strict=True))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)

        self.dataset: Dataset | None = None
        self._value_range = (0.0, 1.0)
        self._layout_key: tuple | None = None
        self._cells: list[tuple[int, int]] = []
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Keep the training points (drawn small in every thumbnail) and the range of regression targets."""
        self.dataset = dataset if dataset is not None and dataset.kind == "points" else None
        if self.dataset is not None and self.dataset.task == "regression":
            y = np.asarray(self.dataset.y_train, dtype=np.float64).ravel()
            lo, hi = (float(y.min()), float(y.max())) if y.size else (0.0, 1.0)
            self._value_range = (lo, hi) if hi > lo else (lo - 0.5, hi + 0.5)
        self._layout_key = None  # the points move with the layout: place them again

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Fill every cell from ``snapshot.comparison`` (setters on the items made in ``__init__``)."""
        view = snapshot.comparison
        if view is None:
            self.show_hint(tr("Nothing is compared: use Compare ▸ Compare With a Copy"))
            return
        self.hide_hint()
        self._place(view)
        self._draw_cells(view)
        self._draw_gradients(view)

    def clear(self) -> None:
        """No run: empty cells and the hint."""
        for image in self.images:
            image.clear()
        for text in (*self.captions, *self.row_headers, *self.col_headers):
            text.setText("")
        self.bars.setOpts(**NO_BARS)
        self.points.setData([], [])
        self._layout_key = None
        self.show_hint()

    # --- drawing ----------------------------------------------------------------------------

    def cell_origin(self, index: int) -> tuple[float, float]:
        """The bottom-left corner of variant ``index``'s thumbnail in plot units."""
        row, col = self._cells[index]
        return col * PITCH_X, -row * PITCH_Y

    def _place(self, view: ComparisonView) -> None:
        """Lay the cells out (only when the variants change) and frame them."""
        key = (tuple(view.labels), tuple(view.rows), tuple(view.cols), self.dataset is not None)
        if key == self._layout_key:
            return
        self._layout_key = key
        self._cells, row_names, col_names = grid_cells(view.labels, view.rows, view.cols)
        n_rows = 1 + max(r for r, _ in self._cells)
        n_cols = 1 + max(c for _, c in self._cells)
        for i, header in enumerate(self.row_headers):
            header.setText(tr(row_names[i]) if i < len(row_names) else "")
            header.setPos(-0.08, -i * PITCH_Y + 0.5)
        for i, header in enumerate(self.col_headers):
            header.setText(tr(col_names[i]) if i < len(col_names) else "")
            header.setPos(i * PITCH_X + 0.5, 1.04)
        self._place_points(len(view.labels))
        left = -0.55 if row_names else -0.05
        top = 1.32 if col_names else 1.02
        bottom = -(n_rows - 1) * PITCH_Y - STRIP_H - 2 * STRIP_GAP
        self.plot.getPlotItem().setRange(
            xRange=(left, (n_cols - 1) * PITCH_X + 1.05), yRange=(bottom, top), padding=0.01
        )

    def _place_points(self, count: int) -> None:
        """The training points, shrunk into every thumbnail (a subset when there are many)."""
        d = self.dataset
        if d is None or not len(d.points_train):
            self.points.setData([], [])
            return
        step = max(1, math.ceil(len(d.points_train) / MAX_POINTS_PER_CELL))
        pts = d.points_train[::step]
        xmin, xmax, ymin, ymax = d.extent
        u = (pts[:, 0] - xmin) / (xmax - xmin)
        v = (pts[:, 1] - ymin) / (ymax - ymin)
        if d.task == "regression":
            brushes = [pg.mkBrush(60, 60, 60, 160)] * len(pts)
        else:
            palette = [pg.mkBrush(class_color(k)) for k in range(max(d.n_classes, 2))]
            brushes = [palette[int(c)] for c in d.y_train[::step].ravel()]
        xs, ys, all_brushes = [], [], []
        for i in range(count):
            x0, y0 = self.cell_origin(i)
            xs.append(u + x0)
            ys.append(v + y0)
            all_brushes += brushes
        self.points.setData(np.concatenate(xs), np.concatenate(ys), brush=all_brushes)

    def _draw_cells(self, view: ComparisonView) -> None:
        headers = bool(self.col_headers[0].toPlainText())
        for i, image in enumerate(self.images):
            caption = self.captions[i]
            if i >= len(view.snapshots):
                image.clear()
                caption.setText("")
                continue
            snap = view.snapshots[i]
            x0, y0 = self.cell_origin(i)
            if snap.boundary is not None:
                rgba = thumbnail_rgba(snap.boundary, snap.task, self._value_range)
                image.setImage(rgba.transpose(1, 0, 2), autoLevels=False, levels=(0, 255), rect=QRectF(x0, y0, 1, 1))
            else:
                image.clear()
            failure = view.failures[i] if i < len(view.failures) else ""
            # Under row and column headers a cell holds only its score (the legend says which); otherwise two
            # lines, so a long label stays inside its cell.
            name = "" if headers else f"<b>{html.escape(tr(view.labels[i]))}</b><br>"
            if failure:
                score = f"<span style='color:{ERROR_COLOR}'>{tr('diverged')}</span>"
            elif headers:
                score = number(snap.test_accuracy if snap.test_accuracy is not None else snap.test_loss, 2)
            elif snap.test_accuracy is not None:
                score = tr("test acc. {value}", value=number(snap.test_accuracy, 2))
            else:
                score = tr("test loss {value}", value=number(snap.test_loss, 3))
            caption.setHtml(f"<div style='font-size:{CAPTION_PT}pt; color:#222'>{name}{score}</div>")
            caption.setPos(x0, y0 + 1.0)
        self._wrap_captions()

    def _wrap_captions(self) -> None:
        """Wrap each caption at its cell's width in pixels, so a long (translated) label never runs into the next."""
        units_per_pixel = self.plot.getPlotItem().getViewBox().viewPixelSize()[0]
        if units_per_pixel > 0:
            for caption in self.captions:
                caption.setTextWidth(max(40.0, 0.98 / units_per_pixel))

    def _draw_gradients(self, view: ComparisonView) -> None:
        """One bar per trainable layer under each thumbnail: log10 of its gradient norm, on a shared scale."""
        norms = [[g for g in s.grad_norms.values()] for s in view.snapshots]
        logs = [math.log10(g) for row in norms for g in row if g > 0 and math.isfinite(g)]
        if not logs:
            self.bars.setOpts(**NO_BARS)
            return
        lo, hi = min(logs) - 0.5, max(logs)
        hi = hi if hi > lo else lo + 1.0
        xs, heights, bases, widths, brushes = [], [], [], [], []
        for i, row in enumerate(norms):
            if not row:
                continue
            x0, y0 = self.cell_origin(i)
            width = 1.0 / len(row)
            for k, (g, state) in enumerate(zip(row, layer_states(row), strict=True)):
                level = (math.log10(g) - lo) / (hi - lo) if g > 0 and math.isfinite(g) else (1.0 if g else 0.0)
                xs.append(x0 + (k + 0.5) * width)
                heights.append(STRIP_H * min(max(level, 0.04), 1.0))
                bases.append(y0 - STRIP_GAP - STRIP_H)
                widths.append(0.8 * width)
                brushes.append(pg.mkBrush(state_color(state)))
        self.bars.setOpts(x=xs, height=heights, y0=bases, width=widths, brushes=brushes, pen=None)

    def caption_text(self, index: int) -> str:
        """The caption of variant ``index``'s cell as plain text (for tests)."""
        return self.captions[index].toPlainText()


_STATE_LABELS = (N_("vanishing"), N_("healthy"), N_("exploding"))
