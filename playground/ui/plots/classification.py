"""Classification: the confusion matrix, test samples with their predicted labels, and accuracy per class.

The matrix colours each cell by its share of the true class (row): the diagonal in blue (right),
errors in vermillion, so both read at a glance and stay distinct for colour-blind viewers. Clicking a
test sample picks it for the feature-map panel (``option_changed("sample", index)``); the samples' grid
itself is ``sample_grid.SampleGrid``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import ClassificationView, Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import TEXT_COLOR, DesignTraits, Panel, PlotWidget, style_plot, text_font
from playground.ui.plots.sample_grid import MAX_SAMPLES, SampleGrid, short_name
from playground.ui.plots.tiles import TileLayout
from playground.ui.theme import OKABE_ITO

MAX_CELL_TEXTS = 16
"""Counts are written in the cells of matrices up to this many classes; larger ones show them on hover."""
RIGHT_COLOR = OKABE_ITO[1]  # blue
WRONG_COLOR = OKABE_ITO[5]  # vermillion
NO_RESULTS_HINT = N_("Waiting for the test-set results…")
NOT_CLASSIFIER_HINT = N_(
    "The confusion matrix is drawn for multi-class classifiers: set the Output task to multi-class"
)


def confusion_rgba(confusion: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(k, k) counts → (k, k, 4) uint8 colours and (k, k) colour strength in [0, 1].

    The strength is the square root of the cell's share of its row: a 5 % confusion is already
    visible (22 % strength) while a near-perfect diagonal is saturated.
    """
    counts = np.asarray(confusion, dtype=np.float64)
    totals = counts.sum(axis=1, keepdims=True)
    share = np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0)
    strength = np.sqrt(share)
    k = counts.shape[0]
    tint = np.empty((k, k, 3))
    tint[:] = _rgb(WRONG_COLOR)
    tint[np.arange(k), np.arange(k)] = _rgb(RIGHT_COLOR)
    rgb = 255.0 + (tint - 255.0) * strength[..., None]
    rgba = np.empty((k, k, 4), np.uint8)
    rgba[..., :3] = np.round(rgb).astype(np.uint8)
    rgba[..., 3] = 255
    return rgba, strength


def _rgb(color: str) -> np.ndarray:
    c = QColor(color)
    return np.array([c.red(), c.green(), c.blue()], np.float64)


class ClassificationPanel(Panel):
    """Confusion matrix (left), the first test samples labelled with their predictions (right), accuracy per
    class (below)."""

    title = N_("Classification")
    probes = frozenset({"classification"})

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        return traits.data_kind == "images" and traits.task == "multiclass"  # the engine measures multi-class only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accuracy_label = QLabel()
        self.accuracy_label.setFont(text_font(bold=True))
        self.accuracy_label.setToolTip(tr("Share of the test samples the network classifies right"))
        self.readout = QLabel()
        self.readout.setFont(text_font(11))
        self.readout.setStyleSheet("color: #444;")
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.matrix = PlotWidget()
        self.matrix.setToolTip(
            tr("Confusion matrix: rows are the true classes, columns the predicted ones; hover a cell for its count")
        )
        matrix_item = self.matrix.getPlotItem()
        style_plot(matrix_item, tr("predicted"), tr("true"))
        matrix_item.setMouseEnabled(False, False)
        matrix_item.invertY(True)  # class 0 in the top row, as the matrix is printed
        self.matrix_image = pg.ImageItem(axisOrder="row-major")
        matrix_item.addItem(self.matrix_image)
        self.matrix.scene().sigMouseMoved.connect(self._on_matrix_hover)
        matrix_item.getViewBox().sigTransformChanged.connect(self._fit_cell_texts)
        self.cell_texts: list[pg.TextItem] = []

        self.samples = SampleGrid()
        self.samples.clicked.connect(self._on_sample_clicked)
        self.samples.hovered.connect(self._on_sample_hovered)
        # The grid's parts, under the names the panel has always shown them by.
        self.samples_view: pg.ViewBox = self.samples.view
        self.samples_image: pg.ImageItem = self.samples.image
        self.wrong_frames: QGraphicsPathItem = self.samples.wrong_frames
        self.selected_frame: QGraphicsRectItem = self.samples.selected_frame
        self.sample_labels: list[pg.TextItem] = self.samples.labels

        self.bars_plot = PlotWidget()
        self.bars_plot.setToolTip(tr("Share of each class's test samples classified right; dashed: overall"))
        bars_item = self.bars_plot.getPlotItem()
        style_plot(bars_item, "", tr("correct"))
        bars_item.setMouseEnabled(False, False)
        bars_item.setYRange(0, 1.12, padding=0)  # room for the "100%" label
        bars_item.getAxis("left").setTicks([[(0.0, "0"), (0.5, "50%"), (1.0, "100%")]])
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=pg.mkBrush(RIGHT_COLOR), pen=pg.mkPen(None))
        bars_item.addItem(self.bars)
        self.overall_line = pg.InfiniteLine(angle=0, pen=pg.mkPen("#222", width=1.5, style=Qt.PenStyle.DashLine))
        bars_item.addItem(self.overall_line)

        header = QHBoxLayout()
        header.addWidget(self.accuracy_label)
        header.addStretch(1)
        header.addWidget(self.readout)
        top = QHBoxLayout()
        top.addWidget(self.matrix, 1)
        top.addWidget(self.samples, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 4, 6, 4)
        box.setSpacing(2)
        box.addLayout(header)
        box.addLayout(top, 3)
        box.addWidget(self.bars_plot, 1)
        self.bars_plot.setMinimumHeight(70)

        self.dataset: Dataset | None = None
        self.class_names: list[str] = []
        self.view: ClassificationView | None = None
        """The results drawn now (None before the first)."""
        self._pending: int | None = None
        """A clicked sample the worker has not confirmed yet: older snapshots must not move the frame back."""
        self._k = 0
        self._texts: list[str] = []
        self.clear()

    @property
    def layout_(self) -> TileLayout | None:
        """Where the samples sit in ``samples_image`` (None without image data)."""
        return self.samples.layout_

    @property
    def selected(self) -> int:
        """The test sample whose feature maps are shown (framed), -1 for none."""
        return self.samples.selected

    @property
    def _image_h(self) -> int:
        return self.samples.image_h

    def sample_at(self, scene_pos: QPointF) -> int | None:
        """The test sample under a point of the samples' scene, or None."""
        return self.samples.sample_at(scene_pos)

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Show the first test samples (images only) and name the classes."""
        self.dataset = dataset
        self.class_names = list(dataset.class_names) if dataset is not None else []
        if dataset is not None and len(self.class_names) < dataset.n_classes:
            self.class_names = [str(i) for i in range(max(dataset.n_classes, 2))]
        images = dataset is not None and dataset.kind == "images" and len(dataset.x_test)
        self.samples.set_images(np.asarray(dataset.x_test[:MAX_SAMPLES]) if images else None)
        self._pending = None
        self._set_classes(self._k)  # the class names on the axes
        if self.view is not None:
            self._draw(self.view)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw ``snapshot.classification``; keep what is drawn when the snapshot lacks it."""
        view = snapshot.classification
        if view is None:
            if snapshot.task not in ("multiclass", ""):
                self.show_hint(tr(NOT_CLASSIFIER_HINT))
            elif self.view is None:
                self.show_hint(tr(NO_RESULTS_HINT))
            return
        self.hide_hint()
        if snapshot.feature_sample == self._pending:
            self._pending = None
        if self._pending is None and snapshot.feature_sample >= 0 and snapshot.feature_sample != self.selected:
            self.samples.select(snapshot.feature_sample)  # another panel may pick the sample too
        self._draw(view, snapshot.test_accuracy)

    def clear(self) -> None:
        """No run: empty matrix, bars and labels, the hint."""
        self.view = None
        self._set_classes(0)
        self.matrix_image.clear()
        self.bars.setOpts(x=[], height=[])
        self.overall_line.setVisible(False)
        self.accuracy_label.setText(tr("Test accuracy: –"))
        self.readout.setText("")
        self.samples.clear_labels()
        self.show_hint()

    # --- drawing ----------------------------------------------------------------------------

    def _draw(self, view: ClassificationView, accuracy: float | None = None) -> None:
        self.view = view
        confusion = np.asarray(view.confusion)
        k = confusion.shape[0]
        if k != self._k:
            self._set_classes(k)
        rgba, strength = confusion_rgba(confusion)
        self.matrix_image.setImage(rgba, autoLevels=False, rect=QRectF(-0.5, -0.5, k, k))
        if k <= MAX_CELL_TEXTS:
            for i, text in enumerate(self.cell_texts):
                r, c = divmod(i, k)
                value = str(int(confusion[r, c]))
                if value != self._texts[i]:  # text layout is the costly part: only redo what changed
                    self._texts[i] = value
                    text.setText(value, color="#ffffff" if strength[r, c] > 0.62 else TEXT_COLOR)

        total = int(confusion.sum())
        if accuracy is None:
            accuracy = float(np.trace(confusion)) / total if total else float("nan")
        shown = tr("Test accuracy: {accuracy}", accuracy=f"{accuracy:.1%}")
        self.accuracy_label.setText(shown if np.isfinite(accuracy) else tr("Test accuracy: –"))
        heights = np.nan_to_num(np.asarray(view.class_accuracy, np.float64), nan=0.0)
        self.bars.setOpts(x=np.arange(k), height=heights)
        self.overall_line.setVisible(bool(np.isfinite(accuracy)))
        if np.isfinite(accuracy):
            self.overall_line.setValue(accuracy)

        if self.layout_ is not None and self.dataset is not None:
            self.samples.show_predictions(self.dataset.y_test, view.predictions, self._name)

    def _set_classes(self, k: int) -> None:
        """Axis ticks, cell texts and bar ticks for ``k`` classes (only when the number changes)."""
        self._k = k
        shown = k or len(self.class_names) or 10  # before the first results: the data's classes, empty
        stride = max(1, -(-shown // 16))  # at most ~16 tick labels: they must not overlap
        ticks = [[(float(i), short_name(self._name(i), 6)) for i in range(0, shown, stride)]]
        matrix_item = self.matrix.getPlotItem()
        for axis in ("left", "bottom"):
            matrix_item.getAxis(axis).setTicks(ticks)
        self.bars_plot.getPlotItem().getAxis("bottom").setTicks(ticks)
        matrix_item.setRange(xRange=(-0.5, shown - 0.5), yRange=(-0.5, shown - 0.5), padding=0)
        self.bars_plot.getPlotItem().setXRange(-0.6, shown - 0.4, padding=0)
        wanted = k * k if k <= MAX_CELL_TEXTS else 0
        while len(self.cell_texts) < wanted:
            text = pg.TextItem(anchor=(0.5, 0.5))
            matrix_item.addItem(text, ignoreBounds=True)
            self.cell_texts.append(text)
        for text in self.cell_texts[wanted:]:
            matrix_item.removeItem(text)
        del self.cell_texts[wanted:]
        for i, text in enumerate(self.cell_texts):
            r, c = divmod(i, k)
            text.setPos(c, r)
            text.setFont(text_font(10, bold=r == c))
        self._texts = [""] * len(self.cell_texts)
        self._fit_cell_texts()

    def _fit_cell_texts(self) -> None:
        """Counts only where a cell is wide enough for three digits (else hover shows them)."""
        if not self.cell_texts:
            return
        cell = self.matrix.getPlotItem().getViewBox().viewPixelSize()[0]
        visible = cell > 0 and 1.0 / cell >= 24
        for text in self.cell_texts:
            text.setVisible(visible)

    def _name(self, k: int) -> str:
        return self.class_names[k] if k < len(self.class_names) else str(k)

    # --- mouse ------------------------------------------------------------------------------

    def _on_sample_clicked(self, index: int) -> None:
        self._pending = index
        self.option_changed.emit("sample", index)

    def _on_sample_hovered(self, index: int) -> None:
        if self.dataset is None:
            return
        true = int(self.dataset.y_test[index])
        if self.view is not None and index < len(self.view.predictions):
            predicted = self._name(int(self.view.predictions[index]))
            text = tr(
                "test sample {index}: true {true}, predicted {predicted}",
                index=index,
                true=self._name(true),
                predicted=predicted,
            )
        else:
            text = tr("test sample {index}: true {true}", index=index, true=self._name(true))
        self.readout.setText(text)

    def _on_matrix_hover(self, pos: QPointF) -> None:
        if self.view is None:
            return
        point = self.matrix.getPlotItem().getViewBox().mapSceneToView(pos)
        r, c = round(point.y()), round(point.x())
        confusion = self.view.confusion
        if not (0 <= r < confusion.shape[0] and 0 <= c < confusion.shape[1]):
            return
        of = int(confusion[r].sum())
        self.readout.setText(
            tr(
                "true {true} → predicted {predicted}: {count} of {total}",
                true=self._name(r),
                predicted=self._name(c),
                count=int(confusion[r, c]),
                total=of,
            )
        )
