"""The data panel's plane of 2D points: train points filled, test points outlined, on the theme's background."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QSize

from playground.ui.data_preview import point_brushes
from playground.ui.i18n import tr
from playground.ui.plots.base import current_theme

_POINT_SIZE = 6
GAN_REAL_COLOR = "#009E73"
"""Real samples of a GAN target (the GAN panel draws them in the same green)."""


class PreviewPlot(pg.PlotWidget):
    """pyqtgraph's plot asks for 600×480; a modest hint lets the panel fit short docks."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(280, 220)


def points_plot() -> tuple[PreviewPlot, pg.ScatterPlotItem, pg.ScatterPlotItem]:
    """A square plane without axes or mouse zoom, and its (train, test) scatter items, created once."""
    plot = PreviewPlot(background=current_theme().background)
    plot.setMinimumHeight(140)
    plot.setAspectLocked(True)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(False, False)
    plot.getPlotItem().hideAxis("left")
    plot.getPlotItem().hideAxis("bottom")
    plot.setToolTip(tr("The data: training points filled, test points outlined"))
    # Items are created once and updated with setData (pyqtgraph's fast path).
    train = pg.ScatterPlotItem(size=_POINT_SIZE, pxMode=True)
    test = pg.ScatterPlotItem(size=_POINT_SIZE, pxMode=True)
    plot.addItem(train)
    plot.addItem(test)
    return plot, train, test


def draw_points(plot: pg.PlotWidget, train: pg.ScatterPlotItem, test: pg.ScatterPlotItem, ds: Any) -> None:
    """Show dataset ``ds``'s points (a GAN target: its real samples only) and fit the plane to its extent."""
    if ds.kind == "gan":  # real samples only: there are no classes, and the test sample looks the same
        real = pg.mkBrush(GAN_REAL_COLOR)
        train.setData(ds.points_train[:, 0], ds.points_train[:, 1], brush=real, pen=pg.mkPen(None))
        test.setData([], [])
    else:
        train_brushes = point_brushes(ds.y_train, ds.task, ds.n_classes)
        test_colors = point_brushes(ds.y_test, ds.task, ds.n_classes)
        outline = (220, 220, 220, 110) if current_theme().dark else (0, 0, 0, 90)
        train.setData(
            ds.points_train[:, 0], ds.points_train[:, 1], brush=train_brushes, pen=pg.mkPen(*outline, width=0.6)
        )
        test.setData(
            ds.points_test[:, 0],
            ds.points_test[:, 1],
            brush=pg.mkBrush(255, 255, 255, 0),
            pen=[pg.mkPen(b.color(), width=1.4) for b in test_colors],
        )
    xmin, xmax, ymin, ymax = ds.extent
    plot.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)
