"""Comparison loss curves: every variant's test loss (and, dashed, its training loss) in one plot.

One colour per variant (Okabe–Ito, colour-blind safe); the legend above the plot names them. The loss axis
turns logarithmic by itself when the variants' losses span more than ``LOG_SPAN`` (a diverging or a perfect
variant would otherwise flatten all the others into a line).
"""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.engine.data import Dataset
from playground.engine.snapshot import Snapshot
from playground.graph.variants import MAX_VARIANTS
from playground.ui.i18n import N_, number, tr
from playground.ui.plots.base import DesignTraits, Panel, PlotWidget, stable_range, style_plot, swatch, text_font
from playground.ui.plots.loss import LossAxis, decimate, nice_ceiling
from playground.ui.theme import OKABE_ITO

LOG_SPAN = 30.0
"""Largest/smallest loss ratio above which the loss axis is logarithmic."""
TRAIN_CURVES_UP_TO = 8
"""With more variants than this the dashed training curves start hidden (32 curves are a tangle)."""
LINE_COLORS = tuple("#B8A500" if c == "#F0E442" else c for c in OKABE_ITO)
"""Okabe–Ito with the yellow darkened: a thin yellow line vanishes on white."""


def variant_color(index: int) -> str:
    """The colour of variant ``index``: Okabe–Ito, then the same colours darker for variants 9 to 16."""
    base = LINE_COLORS[index % len(LINE_COLORS)]
    if index < len(LINE_COLORS):
        return base
    return pg.mkColor(base).darker(170).name()


def variant_style(index: int) -> Qt.PenStyle:
    """Solid for the first eight variants, dash-dot for the next (their colours repeat darker)."""
    return Qt.PenStyle.SolidLine if index < len(LINE_COLORS) else Qt.PenStyle.DashDotLine


class CompareLossPanel(Panel):
    """The test loss of every variant of a comparison over the steps, with the training loss dashed."""

    title = N_("Comparison: loss")
    probes: frozenset[str] = frozenset()

    @classmethod
    def shows_for(cls, traits: DesignTraits) -> bool:
        """Only a comparison (the project has variants)."""
        return traits.variants > 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = PlotWidget(axisItems={"left": LossAxis()})
        item = self.plot.getPlotItem()
        style_plot(item, tr("step"), tr("loss"))
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setMouseEnabled(False, False)
        item.disableAutoRange()  # ranges follow the data in jumps (stable_range), not every frame
        self.test_curves: list[pg.PlotDataItem] = []
        self.train_curves: list[pg.PlotDataItem] = []
        for i in range(MAX_VARIANTS):  # every curve a comparison can need, made once
            color, style = variant_color(i), variant_style(i)
            self.train_curves.append(item.plot(pen=pg.mkPen(color, width=1.6, style=Qt.PenStyle.DashLine)))
            self.test_curves.append(item.plot(pen=pg.mkPen(color, width=2.8, style=style)))

        self.legend = QLabel()
        self.legend.setFont(text_font())
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setToolTip(tr("Each variant's colour; solid lines: test loss, dashed lines: training loss"))
        self.show_train = QCheckBox(tr("Training loss"))
        self.show_train.setFont(text_font())
        self.show_train.setChecked(True)
        self.show_train.setToolTip(tr("Also draw each variant's training loss, dashed in the variant's colour"))
        self.show_train.toggled.connect(self._redraw)
        self.summary = QLabel()
        self.summary.setFont(text_font())
        self.summary.setWordWrap(True)
        self.summary.setToolTip(tr("The variant with the lowest test loss at the latest step"))

        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        top.addWidget(self.show_train, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.summary)

        self._snapshot: Snapshot | None = None
        self._labels: list[str] = []
        self._log = False
        self._x_top: float | None = None
        self._y_range: tuple[float, float] | None = None
        self.clear()

    # --- the panel interface ----------------------------------------------------------------

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The curves do not depend on the data points."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Redraw every variant's curves from ``snapshot.comparison``."""
        view = snapshot.comparison
        if view is None:
            self.show_hint(tr("Nothing is compared: use Compare ▸ Compare With a Copy"))
            return
        self.hide_hint()
        self._snapshot = snapshot
        if view.labels != self._labels:
            self._labels = list(view.labels)
            self.show_train.setChecked(len(view.labels) <= TRAIN_CURVES_UP_TO)
            self.legend.setText(
                # Non-breaking spaces keep each label on one line when the legend wraps.
                " &nbsp; ".join(
                    swatch(variant_color(i), html.escape(tr(label)).replace(" ", "&nbsp;"))
                    for i, label in enumerate(self._labels)
                )
            )
        self._redraw()

    def clear(self) -> None:
        """No run: empty curves and the hint."""
        self._snapshot = None
        for curve in (*self.test_curves, *self.train_curves):
            curve.setData([], [])
        self._x_top = self._y_range = None
        self.summary.setText("")
        self.show_hint()

    # --- drawing ----------------------------------------------------------------------------

    def _redraw(self) -> None:
        if self._snapshot is None or self._snapshot.comparison is None:
            return
        view = self._snapshot.comparison
        histories = [decimate(s.history) for s in view.snapshots]
        train_shown = self.show_train.isChecked()
        columns = slice(1, 3) if train_shown else slice(2, 3)  # the axes fit the curves on show
        values = np.concatenate([h[:, columns].ravel() for h in histories] or [np.zeros(0)])
        positive = values[np.isfinite(values) & (values > 0)]
        log = positive.size > 0 and float(positive.max() / positive.min()) > LOG_SPAN
        if log != self._log:
            self._log = log
            self.plot.getPlotItem().setLogMode(y=log)
            self._y_range = None
        for i in range(MAX_VARIANTS):
            if i >= len(histories):
                self.test_curves[i].setData([], [])
                self.train_curves[i].setData([], [])
                continue
            rows = histories[i]
            train, test = rows[:, 1], rows[:, 2]
            if log:  # a zero loss has no place on a log axis: a gap
                train, test = np.where(train > 0, train, np.nan), np.where(test > 0, test, np.nan)
            self.test_curves[i].setData(rows[:, 0], test, connect="finite")
            if train_shown:
                self.train_curves[i].setData(rows[:, 0], train, connect="finite")
            else:
                self.train_curves[i].setData([], [])
        self._fit_ranges(histories, positive if log else values[np.isfinite(values)])
        self.summary.setText(best_text(self._snapshot))

    def _fit_ranges(self, histories: list[np.ndarray], values: np.ndarray) -> None:
        item = self.plot.getPlotItem()
        last = max((float(h[-1, 0]) for h in histories if len(h)), default=0.0)
        top = nice_ceiling(last)
        if top != self._x_top:
            self._x_top = top
            item.setXRange(0, top, padding=0.02)
        if values.size == 0:
            return
        if self._log:
            lo, hi = float(np.log10(values.min())), float(np.log10(values.max()))
        else:
            lo, hi = min(float(values.min()), 0.0), float(values.max())
        new = stable_range(self._y_range, lo, hi, margin=0.05)
        if new is not None:
            self._y_range = new
            item.setYRange(*new, padding=0)

    def curve_data(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """The (steps, test losses) drawn for variant ``index`` (for tests and exports)."""
        x, y = self.test_curves[index].getData()
        return (np.zeros(0), np.zeros(0)) if x is None else (x, y)


def best_text(snapshot: Snapshot) -> str:
    """'Lowest test loss: B (editing) 0.123' over the variants that have a finite test loss."""
    view = snapshot.comparison
    if view is None:
        return ""
    scored = [
        (s.test_loss, label)
        for s, label, failure in zip(view.snapshots, view.labels, view.failures or [""] * len(view.labels), strict=True)
        if not failure and np.isfinite(s.test_loss)
    ]
    if not scored:
        return tr("Every variant diverged")
    loss, label = min(scored)
    decimals = max(3, 2 - math.floor(math.log10(loss))) if loss > 0 else 3  # 3 significant digits of a tiny loss
    return tr("Lowest test loss: {label} ({loss})", label=tr(label), loss=number(loss, min(decimals, 12)))
