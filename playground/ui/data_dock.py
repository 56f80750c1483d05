"""The data panel: the data settings (undoable) and a scatter preview of the generated points.

Changing the features also sets the Input layer's shape to ``[n_features]`` in the same undo
step, so the design stays valid and one Ctrl+Z takes both back.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.graph import GraphError, SetParam
from playground.graph.params import ParamError
from playground.graph.settings import DATA_PARAMS, DATASETS
from playground.ui.document import Document
from playground.ui.forms import ParamForm
from playground.ui.theme import ERROR_COLOR, OKABE_ITO, REGRESSION_COLORS

_POINT_SIZE = 6
# Regression targets: blue (low) → orange (high), both ends distinguishable without red/green.
_REGRESSION_MAP = pg.ColorMap([0.0, 0.5, 1.0], [QColor(c) for c in REGRESSION_COLORS])


class _PreviewPlot(pg.PlotWidget):
    """pyqtgraph's plot asks for 600×480; a modest hint lets the panel fit short docks."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(280, 220)


class DataPanel(QWidget):
    """Form over ``DATA_PARAMS`` plus a pyqtgraph preview (train filled, test outlined)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.form = ParamForm(DATA_PARAMS, columns=2)
        self.form.edited.connect(self._on_edited)
        self.dataset_help = QLabel()
        self.dataset_help.setWordWrap(True)
        self.dataset_help.setStyleSheet("color: #555;")

        self.plot = _PreviewPlot(background="w")
        self.plot.setMinimumHeight(140)
        self.plot.setAspectLocked(True)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.getPlotItem().hideAxis("left")
        self.plot.getPlotItem().hideAxis("bottom")
        self.plot.setToolTip("The data: training points filled, test points outlined")
        # Items are created once and updated with setData (pyqtgraph's fast path).
        self.train_points = pg.ScatterPlotItem(size=_POINT_SIZE, pxMode=True)
        self.test_points = pg.ScatterPlotItem(size=_POINT_SIZE, pxMode=True)
        self.plot.addItem(self.train_points)
        self.plot.addItem(self.test_points)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.form)
        layout.addWidget(self.dataset_help)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.message)

        document.settings_changed.connect(self._on_settings_changed)
        document.project_replaced.connect(self._on_project_replaced)
        self._on_project_replaced()

    # --- user edits → document ------------------------------------------------------------

    def _on_edited(self, name: str, value: Any) -> None:
        data = self.document.project.data
        if value == data[name]:
            self.form.clear_error(name)
            return
        try:
            if name == "features":
                self._set_features(value)
            else:
                self.document.set_setting("data", name, value)
        except GraphError as e:
            self.form.show_error(name, str(e))
            self.form.set_value(name, data[name])
            return
        self.form.clear_error(name)

    def _set_features(self, value: Any) -> None:
        """Features and the Input shape change together, as one undo step."""
        spec = next(s for s in DATA_PARAMS if s.name == "features")
        try:
            features = spec.validate(value)
        except ParamError as e:
            raise GraphError(f"{spec.label} {e}: keep at least one feature") from None
        stack = self.document.undo_stack
        graph = self.document.project.graph
        stack.beginMacro(f"Use {len(features)} feature{'s' if len(features) != 1 else ''}")
        try:
            self.document.set_setting("data", "features", features)
            for node in graph.nodes_of_kind("Input"):
                if node.params["shape"] != [len(features)]:
                    self.document.push(SetParam(node.id, "shape", [len(features)]))
        finally:
            stack.endMacro()

    # --- model → widgets -------------------------------------------------------------------

    def _on_settings_changed(self, section: str, name: str) -> None:
        if section != "data":
            return
        self.form.set_value(name, self.document.project.data[name])
        self.form.clear_error(name)
        self._update_enabled()
        self.update_preview()  # numpy only, a few milliseconds even for 20,000 points

    def _on_project_replaced(self) -> None:
        self.form.set_values(self.document.project.data)
        for spec in DATA_PARAMS:
            self.form.clear_error(spec.name)
        self._update_enabled()
        self.update_preview()

    def _update_enabled(self) -> None:
        info = DATASETS[self.document.project.data["dataset"]]
        # The class count only matters for datasets that do not fix it.
        self.form.fields["classes"].setEnabled(info.task == "classification" and not info.fixed_classes)
        self.dataset_help.setText(info.help)

    def update_preview(self) -> None:
        """Regenerate the data (numpy only, fast) and redraw both scatter items."""
        from playground.engine.data import make_dataset  # lazy: keeps window start-up light

        try:
            ds = make_dataset(self.document.project.data)
        except Exception as e:  # a generator bug must not take the window down; say what happened
            self.train_points.setData([], [])
            self.test_points.setData([], [])
            self.message.setText(f"Cannot preview the data: {e}")
            self.message.show()
            return
        self.message.hide()
        train_brushes = _brushes(ds.y_train, ds.task, ds.n_classes)
        test_colors = _brushes(ds.y_test, ds.task, ds.n_classes)
        self.train_points.setData(
            ds.points_train[:, 0], ds.points_train[:, 1], brush=train_brushes, pen=pg.mkPen(0, 0, 0, 90, width=0.6)
        )
        self.test_points.setData(
            ds.points_test[:, 0], ds.points_test[:, 1], brush=pg.mkBrush(255, 255, 255, 0),
            pen=[pg.mkPen(b.color(), width=1.4) for b in test_colors],
        )
        xmin, xmax, ymin, ymax = ds.extent
        self.plot.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)

    def point_counts(self) -> tuple[int, int]:
        """(train, test) points currently drawn."""
        return len(self.train_points.data), len(self.test_points.data)


def _brushes(y: np.ndarray, task: str, n_classes: int) -> list[Any]:
    if task == "classification":
        palette = [pg.mkBrush(QColor(c)) for c in OKABE_ITO[: max(n_classes, 2)]]
        return [palette[int(c) % len(palette)] for c in np.asarray(y).ravel()]
    values = np.asarray(y, dtype=np.float64).ravel()
    lo, hi = (float(values.min()), float(values.max())) if values.size else (0.0, 1.0)
    scaled = (values - lo) / (hi - lo) if hi > lo else np.full_like(values, 0.5)
    colors = _REGRESSION_MAP.map(scaled, mode="qcolor")
    return [pg.mkBrush(c) for c in colors]

