"""Decision boundary: the network's output over the input plane, with the data points on top."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot
from playground.ui.i18n import N_, tr
from playground.ui.plots.base import DesignTraits, Panel, plane_plot, swatch, text_font
from playground.ui.plots.colors import binary_colormap, class_color, class_rgba, regression_colormap
from playground.ui.theme import REGRESSION_COLORS

POINT_SIZE = 8


def grid_rect(extent: tuple[float, float, float, float], rows: int, cols: int) -> QRectF:
    """The image rectangle whose pixel centres sit on the grid points spanning ``extent``.

    The probe samples the plane at ``linspace(xmin, xmax, cols)``: those are pixel centres, so the
    image reaches half a cell beyond the extent on every side.
    """
    xmin, xmax, ymin, ymax = extent
    dx = (xmax - xmin) / max(cols - 1, 1)
    dy = (ymax - ymin) / max(rows - 1, 1)
    return QRectF(xmin - dx / 2, ymin - dy / 2, xmax - xmin + dx, ymax - ymin + dy)


class BoundaryPanel(Panel):
    """Heatmap of the output over the plane; train points filled, test points outlined."""

    title = N_("Decision boundary")
    probes = frozenset({"boundary"})
    neuron: str | None = None
    """"dense1 · unit 3" while a hidden unit's map is shown instead of the output (``show_neuron``)."""
    _caption: pg.TextItem | None = None

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only a 2D classifier or regressor has an input plane to draw over."""
        return traits.on_plane

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plane_plot()
        item = self.plot.getPlotItem()
        # Scalar outputs (binary probability, regression value) go through a colour map;
        # multi-class outputs are coloured in numpy and shown as RGBA in a second item.
        self.heat = pg.ImageItem(axisOrder="col-major")
        self.heat.setColorMap(binary_colormap())
        self.classes_image = pg.ImageItem(axisOrder="col-major")
        self.train_points = pg.ScatterPlotItem(size=POINT_SIZE, pxMode=True)
        self.test_points = pg.ScatterPlotItem(size=POINT_SIZE, pxMode=True)
        for z, it in enumerate((self.heat, self.classes_image, self.train_points, self.test_points)):
            it.setZValue(z)
            item.addItem(it)

        self.discretize = QCheckBox(tr("Discretize"))
        self.discretize.setFont(text_font())
        self.discretize.setToolTip(
            tr(
                "Show the hard decision instead of the confidence: class 1 where P ≥ 0.5 (binary), "
                "the most likely class (multi-class)"
            )
        )
        self.discretize.toggled.connect(self._on_discretize_toggled)
        self.legend = QLabel()
        self.legend.setFont(text_font())
        self.legend.setWordWrap(True)  # a narrow panel wraps the legend instead of cutting it off
        self.legend.setToolTip(tr("What the colours mean: filled dots are training points, rings are test points"))

        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        top.addWidget(self.discretize)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)

        self.dataset: Dataset | None = None
        self._snapshot: Snapshot | None = None
        self._extent: tuple[float, float, float, float] | None = None
        self._value_range = (0.0, 1.0)
        self._heat_task = "binary"
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Draw ``dataset``'s points (train filled, test outlined) and frame its extent (images have no plane)."""
        if dataset is not None and dataset.kind != "points":
            dataset = None
        self.dataset = dataset
        if dataset is None:
            self.train_points.setData([], [])
            self.test_points.setData([], [])
            self.legend.setText("")
            return
        if dataset.task == "regression":
            targets = np.concatenate([dataset.y_train.ravel(), dataset.y_test.ravel()]).astype(np.float64)
            lo, hi = (float(targets.min()), float(targets.max())) if targets.size else (0.0, 1.0)
            self._value_range = (lo, hi) if hi > lo else (lo - 0.5, hi + 0.5)
            fill_train = self._value_brushes(dataset.y_train)
            fill_test = self._value_brushes(dataset.y_test)
            low = swatch(REGRESSION_COLORS[0], tr("low {value}", value=f"{lo:.3g}"))
            high = swatch(REGRESSION_COLORS[2], tr("high {value}", value=f"{hi:.3g}"))
            self.legend.setText(tr("{low} &nbsp; {high} &nbsp; predicted value; dots: targets", low=low, high=high))
        else:
            palette = [pg.mkBrush(class_color(k)) for k in range(max(dataset.n_classes, 2))]
            fill_train = [palette[int(c)] for c in dataset.y_train.ravel()]
            fill_test = [palette[int(c)] for c in dataset.y_test.ravel()]
            entries = [swatch(class_color(k), tr("class {k}", k=k)) for k in range(max(dataset.n_classes, 2))]
            self.legend.setText(" &nbsp; ".join(entries) + " &nbsp; " + tr("● train ○ test"))
        self.discretize.setEnabled(dataset.task != "regression")
        self.train_points.setData(
            dataset.points_train[:, 0],
            dataset.points_train[:, 1],
            brush=fill_train,
            pen=pg.mkPen(255, 255, 255, 230, width=1.2),
        )
        self.test_points.setData(
            dataset.points_test[:, 0],
            dataset.points_test[:, 1],
            brush=pg.mkBrush(255, 255, 255, 200),
            pen=[pg.mkPen(b.color(), width=2.2) for b in fill_test],
        )
        self._frame(dataset.extent)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Colour the plane by ``snapshot.boundary`` (only setters on the items made in ``__init__``)."""
        if snapshot.boundary is None:
            # The probe was not part of this snapshot (the panel was just shown): the next one has it.
            if self._snapshot is None:
                self.show_hint(tr("Waiting for the boundary…"))
            return
        self._snapshot = snapshot
        self.hide_hint()
        self._draw(snapshot)

    def clear(self) -> None:
        """No run: drop the heatmap (the data points stay) and show the hint."""
        self._snapshot = None
        self.heat.clear()
        self.classes_image.clear()
        self.show_hint()

    # --- drawing ----------------------------------------------------------------------------

    def _on_discretize_toggled(self) -> None:
        if self._snapshot is not None and self._snapshot.boundary is not None:
            self._draw(self._snapshot)

    def _draw(self, snapshot: Snapshot) -> None:
        if self.neuron is not None:
            return  # a hovered unit's map is on show; show_output draws the output again
        boundary = snapshot.boundary
        rect = grid_rect(snapshot.extent, boundary.shape[0], boundary.shape[1])
        discrete = self.discretize.isChecked() and self.discretize.isEnabled()
        # The grid is row-major with y as the row index; ImageItem wants x first: transpose.
        if boundary.ndim == 3:
            self.heat.setVisible(False)
            self.classes_image.setVisible(True)
            rgba = class_rgba(boundary, discrete)
            self.classes_image.setImage(rgba.transpose(1, 0, 2), autoLevels=False, levels=(0, 255), rect=rect)
        else:
            self.classes_image.setVisible(False)
            self.heat.setVisible(True)
            if snapshot.task != self._heat_task:  # the lookup table changes only with the task
                self._heat_task = snapshot.task
                self.heat.setColorMap(regression_colormap() if snapshot.task == "regression" else binary_colormap())
            if snapshot.task == "regression":
                levels = self._value_range
                values = boundary
            else:
                levels = (0.0, 1.0)
                values = (boundary >= 0.5).astype(np.float32) if discrete else boundary
            self.heat.setImage(values.T, autoLevels=False, levels=levels, rect=rect)
        if snapshot.extent != self._extent:
            self._frame(snapshot.extent)

    # --- one hidden unit in place of the output (hovering its map on the canvas) ---------------

    def show_neuron(
        self,
        name: str,
        unit: int,
        values: np.ndarray,
        levels: tuple[float, float],
        extent: tuple[float, float, float, float],
    ) -> None:
        """Show unit ``unit`` (0-based) of layer ``name``: its n×n map over ``extent`` coloured over ``levels``."""
        self.neuron = tr("{name} · unit {unit}", name=name, unit=unit + 1)
        self.classes_image.setVisible(False)
        self.heat.setVisible(True)
        self.heat.setColorMap(binary_colormap())
        self._heat_task = ""  # the output's next drawing sets its own colour map again
        self.heat.setImage(values.T, autoLevels=False, levels=levels, rect=grid_rect(extent, *values.shape))
        if self._caption is None:
            self._caption = pg.TextItem(anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 225), border=pg.mkPen("#999"))
            self._caption.setZValue(10)
            self.plot.getPlotItem().addItem(self._caption, ignoreBounds=True)
        self._caption.setHtml(
            f"<div style='font-size:12pt; color:#222'><b>{self.neuron}</b><br>"
            f"{class_color_name(0)} {levels[0]:.3g} &nbsp;→&nbsp; {class_color_name(1)} {levels[1]:.3g}</div>"
        )
        self._caption.setPos(extent[0], extent[3])
        self._caption.setVisible(True)
        self.hide_hint()

    def show_output(self) -> None:
        """Back to the network's output after ``show_neuron``."""
        if self.neuron is None:
            return
        self.neuron = None
        if self._caption is not None:
            self._caption.setVisible(False)
        if self._snapshot is not None:
            self._draw(self._snapshot)
        else:
            self.clear()

    def _frame(self, extent: tuple[float, float, float, float]) -> None:
        self._extent = extent
        xmin, xmax, ymin, ymax = extent
        self.plot.getPlotItem().setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)

    def _value_brushes(self, values: np.ndarray) -> list[QColor]:
        lo, hi = self._value_range
        scaled = np.clip((np.asarray(values, dtype=np.float64).ravel() - lo) / (hi - lo), 0.0, 1.0)
        return [pg.mkBrush(c) for c in regression_colormap().map(scaled, mode="qcolor")]


def class_color_name(k: int) -> str:
    """Rich text: a square in class ``k``'s colour (the end of the colour map a unit's map uses)."""
    return f'<span style="color:{class_color(k)}">■</span>'
